//! What tests set up over the API — groups, members, events, answers — and small readers of what
//! the API answers. Each fixture asserts that its request worked, showing the answer when it did
//! not, so a test reads as its story and fails where the setup broke.

use std::ops::Index;

use reqwest::{Method, Response};
use serde_json::{Value, json};

use crate::{Person, TestApp};

/// `base` with `changes` laid over it, field by field: a field in `changes` replaces the one in
/// `base`, and a `null` removes it (the API then uses its default).
pub fn with_changes(mut base: Value, changes: Value) -> Value {
    let fields = base.as_object_mut().expect("the base is a JSON object");
    let Value::Object(changes) = changes else {
        panic!("the changes are a JSON object: {changes}");
    };
    for (key, value) in changes {
        if value.is_null() {
            fields.remove(&key);
        } else {
            fields.insert(key, value);
        }
    }
    base
}

/// The `id` of something the API created (or listed).
pub fn id_of(created: &Value) -> String {
    created["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no id in {created}"))
        .to_owned()
}

/// The string `field` of each object in the JSON array `list`, in order: the names in a list
/// of people, the actions in an audit log…
pub fn field_of_each(list: &Value, field: &str) -> Vec<String> {
    list.as_array()
        .unwrap_or_else(|| panic!("a JSON array: {list}"))
        .iter()
        .map(|item| {
            item[field]
                .as_str()
                .unwrap_or_else(|| panic!("no {field} in {item}"))
                .to_owned()
        })
        .collect()
}

/// A response's body as JSON (panics when it is not JSON).
pub async fn json_body(response: Response) -> Value {
    response.json().await.expect("a JSON body")
}

/// A response's status and body; a body that is not JSON is kept as a JSON string.
pub async fn status_and_json(response: Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let text = response.text().await.expect("a body");
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, body)
}

/// An event the API created (`201 Created`): its id, and the whole answer (`event["field"]`
/// reads a field of it).
#[derive(Debug, Clone)]
pub struct Created {
    pub id: String,
    pub json: Value,
}

impl Index<&str> for Created {
    type Output = Value;

    fn index(&self, field: &str) -> &Value {
        &self.json[field]
    }
}

/// POSTs `body` to `path` as `person`, asserts `201 Created` (showing the answer otherwise)
/// and returns the answer.
async fn post_created(person: &Person, path: &str, body: &Value) -> Value {
    let response = person.post(path, body).await;
    let (status, json) = status_and_json(response).await;
    assert_eq!(status, 201, "POST {path} {body}: {json}");
    json
}

// ----------------------------------------------------------------------------- groups

/// Creates a group as `organizer` from `fields` exactly as given (they include the slug, by
/// which groups are known); returns the created group.
pub async fn create_group(organizer: &Person, fields: Value) -> Value {
    post_created(organizer, "/api/v1/groups", &fields).await
}

/// The fields of an open, public group in Leeds named "Group `slug`" (Europe/London), with
/// `changes` laid over them (see [`with_changes`]).
pub fn group_in_leeds(slug: &str, changes: Value) -> Value {
    let base = json!({
        "slug": slug, "name": format!("Group {slug}"), "timezone": "Europe/London",
        "join_mode": "open", "visibility": "public", "city": "Leeds"
    });
    with_changes(base, changes)
}

/// Ada (`ada@{slug}.example.org`, so a test may have several) organizing a new group "PyLeeds"
/// in Europe/London: open, or by invitation when `visibility` is `private`.
pub async fn ada_organizing(app: &TestApp, slug: &str, visibility: &str) -> Person {
    let ada = app.person("Ada", &format!("ada@{slug}.example.org")).await;
    let join_mode = if visibility == "private" {
        "invite"
    } else {
        "open"
    };
    create_group(
        &ada,
        json!({"slug": slug, "name": "PyLeeds", "timezone": "Europe/London",
               "visibility": visibility, "join_mode": join_mode}),
    )
    .await;
    ada
}

/// `person` asks to join `slug`, accepting code-of-conduct version `conduct_version`; the
/// answer is the test's to check.
pub async fn join_group(person: &Person, slug: &str, conduct_version: i64) -> Response {
    person
        .post(
            &format!("/api/v1/groups/{slug}/join"),
            &json!({"conduct_version": conduct_version}),
        )
        .await
}

/// `person` joins `slug`, accepting its first code of conduct; asserts `200`.
pub async fn join(person: &Person, slug: &str) {
    let (status, body) = status_and_json(join_group(person, slug, 1).await).await;
    assert_eq!(status, 200, "{} joins {slug}: {body}", person.email);
}

/// A new account for `name` (`{name in lower case}@example.org`) that joined `slug` over the
/// API.
pub async fn joined_member(app: &TestApp, slug: &str, name: &str) -> Person {
    let person = app
        .person(name, &format!("{}@example.org", name.to_lowercase()))
        .await;
    join(&person, slug).await;
    person
}

/// A new account for `name` (`{name in lower case}@example.org`) invited into the private
/// group `slug` by `organizer`, who accepted the emailed invitation.
pub async fn invited_member(app: &TestApp, organizer: &Person, slug: &str, name: &str) -> Person {
    let email = format!("{}@example.org", name.to_lowercase());
    let person = app.person(name, &email).await;
    post_created(
        organizer,
        &format!("/api/v1/groups/{slug}/invitations"),
        &json!({"email": email}),
    )
    .await;
    let token = app
        .expect_one_mail_to(&email)
        .await
        .link_token("/invitations/");
    let accepted = person
        .post(
            "/api/v1/invitations/accept",
            &json!({"token": token, "conduct_version": 1}),
        )
        .await;
    assert_eq!(accepted.status(), 200, "{email} accepts the invitation");
    person
}

// ----------------------------------------------------------------------------- events

/// Schedules an event in group `slug` as `organizer`, from `fields` exactly as given.
pub async fn create_event(organizer: &Person, slug: &str, fields: Value) -> Created {
    let json = post_created(organizer, &format!("/api/v1/groups/{slug}/events"), &fields).await;
    Created {
        id: id_of(&json),
        json,
    }
}

/// The fields of the meetup the page tests schedule: "December meetup", Wednesday 16 December
/// 2026, 18:30–21:00 Europe/London, at The Tech Hub, whose address is `venue_address` (the
/// discovery tests write it on two lines, the event page tests on one); `changes` laid over
/// them (see [`with_changes`]).
pub fn tech_hub_meetup(venue_address: &str, changes: Value) -> Value {
    let base = json!({
        "title": "December meetup",
        "starts_at": "2026-12-16T18:30",
        "ends_at": "2026-12-16T21:00",
        "timezone": "Europe/London",
        "venue": {"name": "The Tech Hub", "address": venue_address},
    });
    with_changes(base, changes)
}

/// `person`'s RSVP to `event` with `body` (`{"response": "yes", …}`); the answer is the
/// test's to check.
pub async fn rsvp(person: &Person, event: &str, body: Value) -> Response {
    person
        .send(Method::PUT, &format!("/api/v1/events/{event}/rsvp"), &body)
        .await
}

/// `person` answers `response` (`yes` or `no`) to `event`; asserts `200` and returns the RSVP.
pub async fn answer(person: &Person, event: &str, response: &str) -> Value {
    let (status, body) =
        status_and_json(rsvp(person, event, json!({"response": response})).await).await;
    assert_eq!(status, 200, "{} answers {response}: {body}", person.email);
    body
}

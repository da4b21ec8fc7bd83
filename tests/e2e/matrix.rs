//! The authorization matrix (SECURITY §14): every kind of person × every privileged group
//! operation × a public and a private group, against a table written out by hand. Zero
//! mismatches allowed; the failure message lists them all.

use muster_core::{policy::MembershipStatus, roles::Role};
use muster_e2e::{MEMBERSHIP_KINDS, MatrixTally, Person, TestApp, backend_test, create_group};
use reqwest::Method;
use serde_json::json;

const OPERATIONS: [&str; 17] = [
    "view",
    "members",
    "settings",
    "conduct",
    "requests",
    "audit",
    "reports",
    "invite",
    "transfer",
    "role",
    "archive",
    "placeholders",
    "photos",
    "photo_storage",
    "threads",
    "start_thread",
    "discussion_settings",
];

/// Expected status per operation, in the order of [`OPERATIONS`].
fn expected(actor: &str, private: bool) -> Vec<u16> {
    let mut all = expected_for_the_group(actor, private).to_vec();
    all.extend(expected_for_photos(actor, private));
    all.extend(expected_for_discussions(actor, private));
    all
}

/// The group's threads (seen like the group), starting one (active members who accepted the
/// current code of conduct: the "conduct" operation before it published a new version, so
/// only those who published one themselves have accepted it), and choosing who starts them
/// (those who manage the group).
fn expected_for_discussions(actor: &str, private: bool) -> [u16; 3] {
    match (actor, private) {
        ("anonymous", false) => [200, 401, 401],
        ("anonymous", true) => [404, 401, 401],
        ("outsider" | "pending" | "invited", false) => [200, 409, 403],
        ("banned", false) => [200, 403, 403],
        ("outsider" | "pending" | "invited" | "banned", true) => [404, 404, 404],
        ("member" | "event_organizer" | "assistant_organizer", _) => [200, 409, 403],
        ("co_organizer" | "organizer", _) => [200, 201, 200],
        // Administrators manage any group, but write only where they are members.
        ("admin", _) => [200, 409, 200],
        _ => unreachable!("{actor}"),
    }
}

/// The group's photos (seen like the group) and their storage and reports (those who run
/// events).
fn expected_for_photos(actor: &str, private: bool) -> [u16; 2] {
    match (actor, private) {
        ("anonymous", false) => [200, 401],
        ("anonymous", true) => [404, 401],
        ("outsider" | "pending" | "invited" | "banned", false) => [200, 403],
        ("outsider" | "pending" | "invited" | "banned", true) => [404, 404],
        ("member", _) => [200, 403],
        ("event_organizer" | "assistant_organizer" | "co_organizer" | "organizer" | "admin", _) => {
            [200, 200]
        }
        _ => unreachable!("{actor}"),
    }
}

fn expected_for_the_group(actor: &str, private: bool) -> [u16; 12] {
    const ORGANIZER: [u16; 12] = [200, 200, 200, 200, 200, 200, 200, 201, 422, 204, 200, 200];
    const CO_ORGANIZER: [u16; 12] = [200, 200, 200, 200, 200, 200, 200, 201, 403, 204, 200, 200];
    const ASSISTANT: [u16; 12] = [200, 200, 403, 403, 200, 200, 200, 201, 403, 403, 403, 200];
    const NOTHING: [u16; 12] = [200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403];
    const HIDDEN: [u16; 12] = [404; 12];
    match (actor, private) {
        ("anonymous", false) => [200, 200, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
        ("anonymous", true) => [404, 404, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
        ("outsider" | "pending" | "invited" | "banned", false) => NOTHING,
        ("outsider" | "pending" | "invited" | "banned", true) => HIDDEN,
        ("member" | "event_organizer", _) => NOTHING,
        ("assistant_organizer", _) => ASSISTANT,
        ("co_organizer", _) => CO_ORGANIZER,
        ("organizer" | "admin", _) => ORGANIZER,
        _ => unreachable!("{actor}"),
    }
}

async fn call(person: &Person, slug: &str, operation: &str, target: &str) -> u16 {
    let base = format!("/api/v1/groups/{slug}");
    let response = match operation {
        "view" => person.get(&base).await,
        "members" => person.get(&format!("{base}/members")).await,
        "settings" => {
            person
                .send(
                    Method::PATCH,
                    &base,
                    &json!({"summary": "Changed by the matrix"}),
                )
                .await
        }
        "conduct" => person
            .send(
                Method::PUT,
                &format!("{base}/conduct"),
                &json!({"text": "Be excellent to each other, always, at every meetup and online."}),
            )
            .await,
        "requests" => person.get(&format!("{base}/requests")).await,
        "audit" => person.get(&format!("{base}/audit")).await,
        "reports" => person.get(&format!("{base}/reports")).await,
        "archive" => person.get(&format!("{base}/archive")).await,
        "placeholders" => person.get(&format!("{base}/placeholders")).await,
        "photos" => person.get(&format!("{base}/photos")).await,
        "photo_storage" => person.get(&format!("{base}/photos/storage")).await,
        "threads" => person.get(&format!("{base}/threads")).await,
        "start_thread" => {
            person
                .post(
                    &format!("{base}/threads"),
                    &json!({"title": "From the matrix", "body": "Hello."}),
                )
                .await
        }
        "discussion_settings" => {
            person
                .send(
                    Method::PUT,
                    &format!("{base}/discussion-settings"),
                    &json!({"organizers_only": false}),
                )
                .await
        }
        "invite" => {
            person
                .post(
                    &format!("{base}/invitations"),
                    // One address per inviter: a single address may only get a few emails.
                    &json!({"email": format!("guest-{}@example.org", person.id)}),
                )
                .await
        }
        "transfer" => {
            person
                .post(
                    &format!("{base}/ownership"),
                    &json!({"user_id": target, "password": "wrong password"}),
                )
                .await
        }
        // Toggle the target member's role between member and event organizer.
        "role" => {
            let current = person
                .get(&format!("{base}/members"))
                .await
                .json::<serde_json::Value>()
                .await
                .ok()
                .and_then(|m| {
                    m.as_array().and_then(|a| {
                        a.iter()
                            .find(|p| p["id"] == target)
                            .map(|p| p["role"].as_str().unwrap_or("").to_owned())
                    })
                })
                .unwrap_or_default();
            let role = if current == "event_organizer" {
                "member"
            } else {
                "event_organizer"
            };
            person
                .send(
                    Method::PUT,
                    &format!("{base}/members/{target}/role"),
                    &json!({"role": role}),
                )
                .await
        }
        _ => unreachable!(),
    };
    response.status().as_u16()
}

backend_test!(async fn every_role_gets_exactly_what_the_matrix_grants(backend) {
    let app = TestApp::spawn(backend).await;
    let owner = app.person("Owner", "owner@example.org").await;
    for (slug, visibility, join_mode) in [("matrix-public", "public", "approval"), ("matrix-private", "private", "invite")] {
        create_group(&owner, json!({"slug": slug, "name": slug, "timezone": "UTC", "visibility": visibility, "join_mode": join_mode})).await;
    }
    // The person whose role the "role" operation changes.
    let target = app.person("Target", "target@example.org").await;
    let mut actors: Vec<(&str, Person)> = vec![("anonymous", app.visitor()), ("admin", app.admin("Admin", "admin@example.org").await)];
    for slug in ["matrix-public", "matrix-private"] {
        app.add_membership(slug, &target.id, Role::Member, MembershipStatus::Active).await;
        for (kind, membership) in &MEMBERSHIP_KINDS {
            let email = format!("{kind}-{slug}@example.org");
            let person = app.person(kind, &email).await;
            if let Some((role, status)) = membership {
                app.add_membership(slug, &person.id, *role, *status).await;
            }
        }
    }
    for (kind, _) in &MEMBERSHIP_KINDS {
        actors.push((kind, app.person(kind, &format!("{kind}-both@example.org")).await));
    }
    let mut tally = MatrixTally::default();
    for (slug, private) in [("matrix-public", false), ("matrix-private", true)] {
        // Each actor acts with the membership made for this group.
        for (kind, generic) in &actors {
            let person = if matches!(*kind, "anonymous" | "admin") {
                generic.clone()
            } else {
                // This group's account, acting under the generic actor's id.
                app.logged_in(generic.id.clone(), &format!("{kind}-{slug}@example.org")).await
            };
            let want = expected(kind, private);
            for (i, operation) in OPERATIONS.iter().enumerate() {
                tally.record(kind, operation, slug, want[i], call(&person, slug, operation, &target.id).await);
            }
        }
        // The organizer row, with the group's own owner.
        let want = expected("organizer", private);
        for (i, operation) in OPERATIONS.iter().enumerate() {
            tally.record("organizer", operation, slug, want[i], call(&owner, slug, operation, &target.id).await);
        }
    }
    tally.assert_as_expected(2 * 11 * OPERATIONS.len());
    app.deliver_mail().await;
});

//! The authorization matrix (SECURITY §14): every kind of person × every privileged group
//! operation × a public and a private group, against a table written out by hand. Zero
//! mismatches allowed; the failure message lists them all.

use muster_core::{
    Clock,
    id::{GroupId, UserId},
    policy::MembershipStatus,
    roles::Role,
};
use muster_db::{groups, memberships, memberships::MembershipRow};
use muster_e2e::{Person, TestApp, backend_test};
use reqwest::Method;
use serde_json::json;

const OPERATIONS: [&str; 12] = [
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
];

/// Expected status per operation, in the order of [`OPERATIONS`].
fn expected(actor: &str, private: bool) -> [u16; 12] {
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

async fn add_membership(
    app: &TestApp,
    group: GroupId,
    user: &str,
    role: Role,
    status: MembershipStatus,
) {
    let user = UserId::parse(user).unwrap();
    let now = app.clock.now();
    app.db
        .write(move |c| {
            let mut row = MembershipRow::new(group, user, role, status, now);
            row.conduct_version = Some(1);
            memberships::insert(c, &row)
        })
        .await
        .unwrap();
}

backend_test!(async fn every_role_gets_exactly_what_the_matrix_grants(backend) {
    let app = TestApp::spawn(backend).await;
    let owner = app.person("Owner", "owner@example.org").await;
    for (slug, visibility, join_mode) in [("matrix-public", "public", "approval"), ("matrix-private", "private", "invite")] {
        let created = owner
            .post("/api/v1/groups", &json!({"slug": slug, "name": slug, "timezone": "UTC", "visibility": visibility, "join_mode": join_mode}))
            .await;
        assert_eq!(created.status(), 201);
    }
    // The person whose role the "role" operation changes.
    let target = app.person("Target", "target@example.org").await;
    let mut actors: Vec<(&str, Person)> = vec![("anonymous", app.visitor()), ("admin", app.admin("Admin", "admin@example.org").await)];
    let kinds = [
        ("outsider", None),
        ("pending", Some((Role::Member, MembershipStatus::Pending))),
        ("invited", Some((Role::Member, MembershipStatus::Invited))),
        ("banned", Some((Role::Member, MembershipStatus::Banned))),
        ("member", Some((Role::Member, MembershipStatus::Active))),
        ("event_organizer", Some((Role::EventOrganizer, MembershipStatus::Active))),
        ("assistant_organizer", Some((Role::AssistantOrganizer, MembershipStatus::Active))),
        ("co_organizer", Some((Role::CoOrganizer, MembershipStatus::Active))),
    ];
    for slug in ["matrix-public", "matrix-private"] {
        let group = app.db.read(move |c| groups::find_by_slug(c, slug)).await.unwrap().unwrap();
        add_membership(&app, group.id, &target.id, Role::Member, MembershipStatus::Active).await;
        for (kind, membership) in &kinds {
            let email = format!("{kind}-{slug}@example.org");
            let person = app.person(kind, &email).await;
            if let Some((role, status)) = membership {
                add_membership(&app, group.id, &person.id, *role, *status).await;
            }
        }
    }
    for (kind, _) in &kinds {
        actors.push((kind, app.person(kind, &format!("{kind}-both@example.org")).await));
    }
    let mut mismatches = Vec::new();
    let mut checked = 0;
    for (slug, private) in [("matrix-public", false), ("matrix-private", true)] {
        let group = app.db.read(move |c| groups::find_by_slug(c, slug)).await.unwrap().unwrap();
        // Each actor acts with the membership made for this group.
        for (kind, generic) in &actors {
            let person = if matches!(*kind, "anonymous" | "admin") {
                generic.clone()
            } else {
                let login = TestApp::new_client();
                let email = format!("{kind}-{slug}@example.org");
                login.post(app.url("/api/v1/auth/login")).json(&json!({"email": email, "password": muster_e2e::PASSWORD})).send().await.unwrap();
                let mut p = generic.clone();
                p.client = login;
                p
            };
            let want = expected(kind, private);
            for (i, operation) in OPERATIONS.iter().enumerate() {
                let got = call(&person, slug, operation, &target.id).await;
                checked += 1;
                if got != want[i] {
                    mismatches.push(format!("{kind} {operation} on {slug}: expected {}, got {got}", want[i]));
                }
            }
        }
        // The organizer row, with the group's own owner.
        let want = expected("organizer", private);
        for (i, operation) in OPERATIONS.iter().enumerate() {
            let got = call(&owner, slug, operation, &target.id).await;
            checked += 1;
            if got != want[i] {
                mismatches.push(format!("organizer {operation} on {slug}: expected {}, got {got}", want[i]));
            }
        }
        let _ = group;
    }
    assert!(mismatches.is_empty(), "{} of {checked} checks mismatched:\n{}", mismatches.len(), mismatches.join("\n"));
    assert_eq!(checked, 2 * 11 * OPERATIONS.len());
    app.deliver_mail().await;
});

//! RSVP throughput: `wrk` sends `PUT /api/v1/events/{id}/rsvp` (a random member answering yes
//! or no) over 64 connections to the real server, on SQLite and — when
//! MUSTER_TEST_POSTGRES_URL is set — PostgreSQL. The event has fewer seats than members, so
//! answers fill it, join the waitlist, free seats and promote waiting people all the time.
//! Afterwards the seats are audited: taken seats must equal the people going and never exceed
//! the capacity, and nobody may wait while a seat is free.
//!
//! `cargo bench -p muster-e2e --bench rsvp [-- MEMBERS SECONDS EVENTS]` (needs `wrk` on the
//! PATH; EVENTS, default 1, spreads the answers over that many events of the group)
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use futures_util::{StreamExt, stream};
use muster_core::{policy::MembershipStatus, roles::Role};
use muster_e2e::{
    Backend, PASSWORD, TestApp,
    bench::{number_args, runtime},
    create_event, create_group,
};
use serde_json::json;

const CAPACITY: i64 = 100;

const SCRIPT: &str = r#"
local cookies = {}
for line in io.lines(os.getenv("RSVP_COOKIES")) do cookies[#cookies + 1] = line end
local paths = {}
for p in string.gmatch(os.getenv("RSVP_PATHS"), "[^ ]+") do paths[#paths + 1] = p end
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
request = function()
  local cookie = cookies[math.random(#cookies)]
  local answer = (math.random(2) == 1) and "yes" or "no"
  local path = paths[math.random(#paths)]
  return wrk.format("PUT", path, {["Cookie"] = cookie, ["Content-Type"] = "application/json"},
    '{"response":"' .. answer .. '"}')
end
"#;

async fn run(backend: Backend, members: usize, seconds: u64, events: usize) {
    let app = TestApp::spawn_with(backend, |s| {
        s.http_workers = 2;
        s.db_pool_size = 8;
    })
    .await;
    app.allow_unsent_mail();
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(
        &ada,
        json!({"slug": "bench", "name": "Bench group", "timezone": "UTC"}),
    )
    .await;
    let mut event_ids = Vec::new();
    for i in 0..events {
        let event = create_event(
            &ada,
            "bench",
            json!({"title": format!("Bench meetup {i}"), "starts_at": "2026-12-16T18:30:00Z",
                   "ends_at": "2026-12-16T21:00:00Z", "capacity": CAPACITY}),
        )
        .await;
        event_ids.push(event.id);
    }

    // Members: accounts, memberships, and a logged-in session each.
    let cookies: Vec<String> = stream::iter(0..members)
        .map(|i| {
            let app = &app;
            async move {
                let email = format!("member{i}@example.org");
                let (id, _) = muster::commands::create_user_with_cost(
                    &app.db,
                    &email,
                    &format!("Member {i}"),
                    false,
                    PASSWORD,
                    muster_core::secrets::HashCost::TESTS_ONLY,
                )
                .await
                .unwrap();
                app.add_membership(
                    "bench",
                    &id.to_string(),
                    Role::Member,
                    MembershipStatus::Active,
                )
                .await;
                let response = app
                    .log_in_with(&reqwest::Client::new(), &email, PASSWORD)
                    .await;
                assert_eq!(response.status(), 200);
                response
                    .headers()
                    .get("set-cookie")
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .split(';')
                    .next()
                    .unwrap()
                    .to_owned()
            }
        })
        .buffer_unordered(16)
        .collect()
        .await;
    let dir = tempfile::tempdir().unwrap();
    let cookie_file = dir.path().join("cookies.txt");
    std::fs::write(&cookie_file, cookies.join("\n") + "\n").unwrap();
    let script = dir.path().join("rsvp.lua");
    std::fs::write(&script, SCRIPT).unwrap();

    let output = tokio::task::spawn_blocking({
        let (url, script) = (app.url("/"), script.clone());
        let paths: Vec<String> = event_ids
            .iter()
            .map(|id| format!("/api/v1/events/{id}/rsvp"))
            .collect();
        let paths = paths.join(" ");
        move || {
            Command::new("wrk")
                .args(["-t2", "-c64", &format!("-d{seconds}s"), "--latency", "-s"])
                .arg(&script)
                .arg(url)
                .env("RSVP_COOKIES", &cookie_file)
                .env("RSVP_PATHS", paths)
                .output()
                .expect("wrk runs (install it: apt-get install wrk)")
        }
    })
    .await
    .unwrap();
    let report = String::from_utf8_lossy(&output.stdout);
    println!(
        "--- {backend:?}: {members} members, {events} event(s) of {CAPACITY} seats, {seconds} s, 64 connections"
    );
    for line in report.lines() {
        if line.contains("Requests/sec")
            || line.contains("Latency")
            || line.contains("99%")
            || line.contains("50%")
            || line.contains("requests in")
            || line.contains("Non-2xx")
        {
            println!("{}", line.trim());
        }
    }

    // The audit, event by event.
    for event_id in &event_ids {
        let list = ada
            .get_json(&format!("/api/v1/events/{event_id}/attendees"))
            .await;
        let going = list["going"].as_array().unwrap().len() as i64;
        let waiting = list["waitlist"].as_array().unwrap().len() as i64;
        let taken = list["seats_taken"].as_i64().unwrap();
        println!(
            "audit: seats taken {taken}, people going {going}, waiting {waiting}, capacity {CAPACITY}"
        );
        assert_eq!(taken, going, "seats match the people going");
        assert!(taken <= CAPACITY, "never oversold");
        assert!(
            waiting == 0 || taken == CAPACITY,
            "nobody waits while a seat is free"
        );
    }
    println!("oversold seats: 0");
}

fn main() {
    let numbers = number_args();
    let members = numbers.first().copied().unwrap_or(1000);
    let seconds = numbers.get(1).map_or(10, |&s| s as u64);
    let events = numbers.get(2).copied().unwrap_or(1);
    runtime().block_on(async {
        run(Backend::Sqlite, members, seconds, events).await;
        if Backend::postgres_admin_url().is_some() {
            run(Backend::Postgres, members, seconds, events).await;
        }
    });
    // Exit without tearing down the runtime's blocking threads (libpq's exit handlers race
    // them).
    std::process::exit(0);
}

//! Reminders: how fast the worker delivers them to a local SMTP server (the test sink, real
//! SMTP over loopback, one pooled connection per worker), and how long the scheduler tick takes
//! with 10,000 upcoming events. SQLite, and — when MUSTER_TEST_POSTGRES_URL is set —
//! PostgreSQL with one and two workers.
//!
//! A reminder is the full path: the tick materializes it; the worker re-checks the event and
//! the person's answer and preferences, mints its three single-purpose links, renders text and
//! HTML, sends, and records the outcome.
//!
//! `cargo bench -p muster-e2e --bench reminders [-- PEOPLE EVENTS]` (defaults 5,000 and 10,000)
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use chrono::Duration as Span;
use diesel::RunQueryDsl;
use muster_core::{Clock, id::UserId};
use muster_db::{events::EventRow, groups};
use muster_e2e::{
    Backend, Person, TestApp,
    bench::{ms, number_args, percentile, runtime},
    create_event, create_group, insert_going,
};
use muster_worker::WorkerOptions;
use serde_json::json;

/// `organizer`'s open group `slug` ("Group `slug`", UTC).
async fn group(organizer: &Person, slug: &str) {
    create_group(
        organizer,
        json!({"slug": slug, "name": format!("Group {slug}"), "timezone": "UTC",
               "join_mode": "open"}),
    )
    .await;
}

/// `people` going to one event a week ahead; at the six-day moment, `workers` deliver them.
async fn delivery(backend: Backend, workers: usize, people: usize) {
    let app = TestApp::spawn(backend).await;
    let organizer = app.person("Olu", "olu@example.org").await;
    group(&organizer, "bench").await;
    let event = create_event(
        &organizer,
        "bench",
        json!({"title": "Bench meetup", "starts_at": "2026-11-09T18:30:00Z",
               "ends_at": "2026-11-09T21:00:00Z", "announce": false}),
    )
    .await;
    app.deliver_mail().await;
    app.seed_going("bench", &event.id, people).await;
    app.advance(Span::days(1) + Span::hours(10));
    let started = Instant::now();
    let tick = app.tick().await;
    let tick_time = started.elapsed();
    assert_eq!(tick.reminders_queued, people);

    let options = WorkerOptions {
        batch_size: 100,
        ..WorkerOptions::default()
    };
    let before = app.smtp.received().len();
    let started = Instant::now();
    let report = app.deliver_in_parallel(workers, options).await;
    let elapsed = started.elapsed();
    assert_eq!(report.sent, people, "{report:?}");
    assert_eq!(app.smtp.received().len() - before, people);
    println!(
        "{backend:?}, {workers} worker(s): tick queued {people} reminders in {:.0} ms; \
         delivered in {:.2} s = {:.0} reminders/s",
        tick_time.as_secs_f64() * 1000.0,
        elapsed.as_secs_f64(),
        people as f64 / elapsed.as_secs_f64()
    );
}

/// `events` upcoming events, one every 10 minutes from now on (~70 days), in 3 groups, each
/// with its organizer going: the tick's reminder scan covers the 14 days ahead.
async fn tick_time(backend: Backend, events: usize) {
    let app = TestApp::spawn(backend).await;
    app.allow_unsent_mail();
    let organizer = app.person("Olu", "olu@example.org").await;
    let slugs: Vec<String> = (0..3).map(|i| format!("group{i}")).collect();
    for slug in &slugs {
        group(&organizer, slug).await;
    }
    let now = app.clock.now();
    let me = UserId::parse(
        organizer.get_json("/api/v1/me").await["id"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    app.db
        .write(move |c| {
            let mut groups_rows = Vec::new();
            for slug in &slugs {
                groups_rows.push(groups::find_by_slug(c, slug)?.unwrap());
            }
            for i in 0..events {
                let starts_at = now + Span::minutes(10 * i64::try_from(i).unwrap() + 5);
                let group = groups_rows[i % groups_rows.len()].id;
                let ends_at = starts_at + Span::hours(2);
                let row = EventRow {
                    created_by: Some(me),
                    announced_at: Some(now),
                    ..EventRow::imported(
                        group,
                        &format!("Meetup {i}"),
                        "",
                        (starts_at, ends_at),
                        "UTC",
                        now,
                    )
                };
                muster_db::events::insert(c, &row)?;
                insert_going(c, row.id, me, "unknown", now)?;
            }
            diesel::sql_query("ANALYZE").execute(c)?;
            Ok(())
        })
        .await
        .unwrap();

    let started = Instant::now();
    let first = app.tick().await;
    let first_time = started.elapsed();
    let mut quiet = Vec::new();
    for _ in 0..21 {
        let started = Instant::now();
        let report = app.tick().await;
        quiet.push(started.elapsed());
        assert_eq!(report.reminders_queued, 0);
    }
    // Minute by minute from here: each tick finds the moments that came since the last one.
    let mut minutely = Vec::new();
    let mut queued = 0;
    for _ in 0..21 {
        app.advance(Span::minutes(1));
        let started = Instant::now();
        let report = app.tick().await;
        minutely.push(started.elapsed());
        queued += report.reminders_queued;
    }
    println!(
        "{backend:?}, {events} upcoming events: first tick {:.0} ms ({} reminders queued, {} \
         missed); a tick with nothing due: median {:.1} ms; minute by minute: median {:.1} ms \
         ({queued} reminders queued over 21 ticks)",
        ms(first_time),
        first.reminders_queued,
        first.reminders_missed,
        ms(percentile(&quiet, 0.5)),
        ms(percentile(&minutely, 0.5)),
    );
}

fn main() {
    let numbers = number_args();
    let people = numbers.first().copied().unwrap_or(5000);
    let events = numbers.get(1).copied().unwrap_or(10_000);
    runtime().block_on(async {
        delivery(Backend::Sqlite, 1, people).await;
        delivery(Backend::Sqlite, 2, people).await;
        if Backend::postgres_admin_url().is_some() {
            delivery(Backend::Postgres, 1, people).await;
            delivery(Backend::Postgres, 2, people).await;
        }
        tick_time(Backend::Sqlite, events).await;
        if Backend::postgres_admin_url().is_some() {
            tick_time(Backend::Postgres, events).await;
        }
    });
}

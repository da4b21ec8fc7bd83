//! Group archive export and import time for a group with 500 events and 5,000 members
//! (40 answers and 2 talks per event; a quarter of the members named), on SQLite and — when
//! MUSTER_TEST_POSTGRES_URL is set — PostgreSQL.
//!
//! `cargo bench -p muster-e2e --bench archive [-- EVENTS MEMBERS]`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use diesel::RunQueryDsl;
use muster_app::archives::{self as archive, ImportOptions, Source};
use muster_core::{Clock, id::TalkId};
use muster_db::{events::EventRow, talks::TalkRow};
use muster_e2e::{
    Backend, TestApp,
    bench::{ms, number_args, percentile, runtime},
    create_group, insert_going, insert_member,
};
use serde_json::json;

async fn seed(app: &TestApp, events: usize, members: usize) {
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(
        &ada,
        json!({"slug": "pybench", "name": "Python Bench", "timezone": "Europe/London",
               "join_mode": "open", "visibility": "public", "city": "Leeds"}),
    )
    .await;
    let now = app.clock.now();
    app.db
        .write(move |c| {
            let group = muster_db::groups::find_by_slug(c, "pybench")?.unwrap();
            let mut people = Vec::with_capacity(members);
            for i in 0..members {
                let (email, name) = (format!("m{i}@example.org"), format!("Member {i}"));
                let user = insert_member(c, group.id, &email, &name, now)?;
                if i % 4 == 0 {
                    let named = muster_db::memberships::MemberChoices {
                        hidden: None,
                        in_archive: Some(true),
                        updated_at: now,
                    };
                    muster_db::memberships::set_choices(c, group.id, user, &named)?;
                }
                people.push(user);
            }
            for e in 0..events {
                let starts_at = now - chrono::Duration::days(7 * (events - e) as i64);
                let ends_at = starts_at + chrono::Duration::hours(3);
                let description = "Talks, questions and **pizza**. ".repeat(10);
                let row = EventRow {
                    description_html: String::new(),
                    capacity: Some(60),
                    seats_taken: 40,
                    guest_limit: 1,
                    announce: true,
                    ..EventRow::imported(
                        group.id,
                        &format!("Meetup number {e}"),
                        &description,
                        (starts_at, ends_at),
                        "Europe/London",
                        starts_at,
                    )
                };
                let id = row.id;
                muster_db::events::insert(c, &row)?;
                for t in 0..2 {
                    muster_db::talks::append(
                        c,
                        TalkRow {
                            id: TalkId::new(),
                            event_id: id,
                            position: t,
                            title: format!("Talk {t} of meetup {e}"),
                            speaker_name: format!("Speaker {t}"),
                            speaker_user_id: None,
                            abstract_: "What it is about, in a paragraph or two.".into(),
                            abstract_html: String::new(),
                            slides_url: "https://slides.example.org/x".into(),
                            video_url: String::new(),
                            lightning: false,
                            standby: false,
                            created_at: starts_at,
                            updated_at: starts_at,
                        },
                    )?;
                }
                for k in 0..40 {
                    let user = people[(e * 37 + k * 101) % people.len()];
                    let attendance = if k % 2 == 0 { "attended" } else { "unknown" };
                    insert_going(c, id, user, attendance, starts_at)?;
                }
            }
            muster_db::groups::refresh_member_count(c, group.id)?;
            diesel::sql_query("ANALYZE").execute(c)?;
            Ok(())
        })
        .await
        .unwrap();
}

async fn run(backend: Backend, events: usize, members: usize) {
    let app = TestApp::spawn(backend).await;
    seed(&app, events, members).await;
    let source = || Source {
        instance_name: "Bench".into(),
        base_url: "https://muster.example.org".into(),
    };
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..5 {
        let started = Instant::now();
        let export = archive::export(&app.db, "pybench", source(), app.clock.now())
            .await
            .unwrap()
            .unwrap();
        times.push(started.elapsed());
        last = Some(export);
    }
    let mut export = last.unwrap();
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut export.file, &mut bytes).unwrap();
    println!(
        "{backend:?}: export of {} events, {} members ({} named): median {:.0} ms, max {:.0} ms; \
         ZIP {:.1} MiB ({} files in it)",
        export.archive.events.len(),
        export.archive.member_count,
        export.archive.members.len(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 1.0)),
        bytes.len() as f64 / 1024.0 / 1024.0,
        export.archive.events.len() + 5,
    );
    let other = TestApp::spawn(backend).await;
    let started = Instant::now();
    let file = archive::read_zip(&bytes).unwrap();
    let imported = archive::import(&other.db, file, ImportOptions::default(), other.clock.now())
        .await
        .unwrap()
        .unwrap();
    println!(
        "{backend:?}: import of the same archive into an empty instance: {:.0} ms ({imported:?})",
        ms(started.elapsed())
    );
}

fn main() {
    let args = number_args();
    let events = args.first().copied().unwrap_or(500);
    let members = args.get(1).copied().unwrap_or(5_000);
    let runtime = runtime();
    runtime.block_on(run(Backend::Sqlite, events, members));
    if Backend::postgres_admin_url().is_some() {
        runtime.block_on(run(Backend::Postgres, events, members));
    }
}

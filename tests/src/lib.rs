//! # muster-e2e — the end-to-end test harness
//!
//! * [`TestApp::spawn`] builds Muster through [`muster_server::Application::build`] — the same
//!   function `muster serve` uses — on a random port, with a fresh database: a temporary SQLite
//!   file, or a freshly created PostgreSQL database (dropped afterwards) when
//!   `MUSTER_TEST_POSTGRES_URL` is set.
//! * [`backend_test!`] turns one async test body into two tests, `…::sqlite` and
//!   `…::postgres`, so every end-to-end test runs on both backends. Without
//!   `MUSTER_TEST_POSTGRES_URL` the PostgreSQL half is skipped with a notice — unless
//!   `MUSTER_TEST_REQUIRE_POSTGRES=1` (set by `.ci/run` and the README's test command), which
//!   turns a skip into a failure.
//! * [`SmtpSink`] is a real SMTP server on loopback that records every message it accepts and
//!   can be told to refuse with 4xx/5xx, so email tests exercise lettre's real SMTP client.
//! * Time is a [`muster_core::ManualClock`] the test moves forward explicitly.
//! * [`ical_parsers`] reads `.ics` feeds back with independent parsers (Python's `icalendar`
//!   and `vobject`, installed by `./scripts/test`, and the Rust `ical` crate) for comparison
//!   with the database.
//! * Fixtures are shared, one of each: a test module defines only what is its own. Over the
//!   API: groups, members, events and answers ([`create_group`], [`join`], [`joined_member`],
//!   [`create_event`], [`answer`]…) and pages and forms ([`Person::page`],
//!   [`Person::submit_form`]); straight in the database, for crowds and states the API cannot
//!   make: [`TestApp::add_membership`], [`TestApp::seeded_member`], [`TestApp::seed_going`],
//!   [`insert_going`], [`TestApp::count_rows`]. [`bench`] is what the benchmarks' `main`s share.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::missing_panics_doc)]

mod app;
mod archive_files;
pub mod bench;
mod database;
mod fixtures;
mod forms;
pub mod ical_parsers;
mod mail;
mod matrix;
mod person;
mod process;
mod seed;
mod smtp;

pub use app::{PASSWORD, START, TestApp};
pub use archive_files::unzip;
pub use database::{Backend, TestDatabase};
pub use fixtures::{
    Created, ada_organizing, answer, create_event, create_group, field_of_each, group_in_leeds,
    id_of, invited_member, join, join_group, joined_member, json_body, rsvp, status_and_json,
    tech_hub_meetup, with_changes,
};
pub use forms::{csrf_token_in, form_post};
pub use mail::Mail;
pub use matrix::{MEMBERSHIP_KINDS, MatrixTally};
pub use person::{Person, text_unescaped, unescape_apostrophes};
pub use process::{WorkerProcess, muster_binary, muster_command, run_import, run_muster};
pub use seed::{insert_going, insert_member};
pub use smtp::{ReceivedMail, SmtpReply, SmtpSink};

/// Defines an async end-to-end test that runs once per backend.
///
/// ```ignore
/// backend_test!(async fn home_page_renders(backend) {
///     let app = TestApp::spawn(backend).await;
///     …
/// });
/// ```
#[macro_export]
macro_rules! backend_test {
    ($(#[$meta:meta])* async fn $name:ident($backend:ident) $body:block) => {
        $(#[$meta])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run($backend: $crate::Backend) $body

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                run($crate::Backend::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if $crate::Backend::postgres_available() {
                    run($crate::Backend::Postgres).await;
                }
            }
        }
    };
}

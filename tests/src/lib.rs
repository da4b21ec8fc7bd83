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
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::missing_panics_doc)]

mod app;
mod database;
mod forms;
pub mod ical_parsers;
mod mail;
mod person;
mod process;
mod smtp;

pub use app::{PASSWORD, START, TestApp, insert_member};
pub use database::{Backend, TestDatabase};
pub use forms::{csrf_token_in, form_post};
pub use mail::Mail;
pub use person::Person;
pub use process::{WorkerProcess, muster_binary, muster_command, run_import, run_muster};
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

//! Emails per second delivered by outbox workers to a local SMTP server (the test sink, real
//! SMTP over loopback), on SQLite and — when MUSTER_TEST_POSTGRES_URL is set — PostgreSQL.
//!
//! `cargo bench -p muster-e2e --bench outbox [-- COUNT]`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use muster_e2e::{
    Backend, TestApp,
    bench::{number_args, runtime},
};
use muster_worker::WorkerOptions;

async fn run(backend: Backend, workers: usize, count: usize) {
    let app = TestApp::spawn(backend).await;
    app.enqueue_emails(count).await;
    let options = WorkerOptions {
        batch_size: 100,
        ..WorkerOptions::default()
    };
    let started = Instant::now();
    let report = app.deliver_in_parallel(workers, options).await;
    let elapsed = started.elapsed();
    assert_eq!(report.sent, count);
    assert_eq!(app.smtp.received().len(), count);
    println!(
        "{backend:?}, {workers} worker(s): {count} emails in {:.2} s = {:.0} emails/s",
        elapsed.as_secs_f64(),
        count as f64 / elapsed.as_secs_f64()
    );
}

fn main() {
    let count = number_args().first().copied().unwrap_or(5000);
    runtime().block_on(async {
        run(Backend::Sqlite, 1, count).await;
        if Backend::postgres_admin_url().is_some() {
            run(Backend::Postgres, 1, count).await;
            run(Backend::Postgres, 2, count).await;
        }
    });
}

//! Login latency with production argon2id parameters (m = 19 MiB, t = 2, p = 1): the time a
//! POST /api/v1/auth/login takes end to end over HTTP, sequentially and with 2 in parallel.
//!
//! `cargo bench -p muster-e2e --bench login [-- COUNT]`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use muster_core::secrets::HashCost;
use muster_e2e::{
    Backend, PASSWORD, TestApp,
    bench::{ms, number_args, percentile, runtime},
};
use serde_json::json;

fn main() {
    let count = number_args().first().copied().unwrap_or(100);
    runtime().block_on(async {
        let app = TestApp::spawn_with(Backend::Sqlite, |s| {
            s.password_cost = HashCost::OWASP;
            s.http_workers = 2;
        })
        .await;
        muster::commands::create_user(&app.db, "bench@example.org", "Bench", false, PASSWORD)
            .await
            .unwrap();
        let body = json!({"email": "bench@example.org", "password": PASSWORD});
        let client = reqwest::Client::new();
        let login = |client: reqwest::Client, url: String, body: serde_json::Value| async move {
            let started = Instant::now();
            let response = client.post(url).json(&body).send().await.unwrap();
            assert_eq!(response.status(), 200);
            started.elapsed()
        };
        let url = app.url("/api/v1/auth/login");
        let mut times = Vec::new();
        for _ in 0..count {
            times.push(login(client.clone(), url.clone(), body.clone()).await);
        }
        println!(
            "sequential login, {count} requests: median {:.1} ms, p95 {:.1} ms, max {:.1} ms",
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.95)),
            ms(percentile(&times, 1.0))
        );
        let started = Instant::now();
        let mut parallel = Vec::new();
        for _ in 0..count / 2 {
            let (a, b) = tokio::join!(
                login(client.clone(), url.clone(), body.clone()),
                login(client.clone(), url.clone(), body.clone())
            );
            parallel.push(a);
            parallel.push(b);
        }
        println!(
            "2 concurrent logins: {:.1} logins/s, median {:.1} ms, p95 {:.1} ms",
            parallel.len() as f64 / started.elapsed().as_secs_f64(),
            ms(percentile(&parallel, 0.5)),
            ms(percentile(&parallel, 0.95))
        );
    });
}

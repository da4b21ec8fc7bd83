//! The application under test, running for real on a random loopback port.

use std::sync::Arc;

use actix_web::dev::ServerHandle;
use muster::{Application, Settings};
use muster_core::{ManualClock, Timestamp};
use muster_db::Db;

use crate::{Backend, SmtpSink, TestDatabase};

/// A running Muster with its own database, data directory, clock and SMTP sink.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`
    pub address: String,
    pub port: u16,
    /// A client that keeps cookies and does not follow redirects (tests look at them).
    pub client: reqwest::Client,
    pub clock: ManualClock,
    pub db: Db,
    pub smtp: SmtpSink,
    pub data_dir: tempfile::TempDir,
    handle: ServerHandle,
    // Dropped last: the server must not outlive its database.
    pub database: TestDatabase,
}

impl TestApp {
    /// Starts Muster on `backend` with a clock standing at a fixed, recent instant.
    pub async fn spawn(backend: Backend) -> TestApp {
        let database = TestDatabase::create(backend);
        let data_dir = tempfile::tempdir().expect("temporary data directory");
        let clock = ManualClock::new(
            Timestamp::parse_rfc3339("2026-11-02T09:00:00Z").expect("a valid instant"),
        );
        let smtp = SmtpSink::start().await;
        let settings = Settings {
            bind: "127.0.0.1:0".to_owned(),
            database_url: Some(database.url().to_url_string()),
            http_workers: 1,
            db_pool_size: 4,
            handle_signals: false,
            ..Settings::with_data_dir(data_dir.path())
        };
        let app = Application::build(settings, Arc::new(clock.clone()))
            .await
            .unwrap_or_else(|e| panic!("the test app failed to start: {e}"));
        let port = app.port();
        let db = app.db().clone();
        let handle = app.handle();
        tokio::spawn(app.run_until_stopped());
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .build()
            .expect("an HTTP client");
        TestApp {
            address: format!("http://127.0.0.1:{port}"),
            port,
            client,
            clock,
            db,
            smtp,
            data_dir,
            handle,
            database,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {e}"))
    }

    /// Stops the server, letting in-flight requests finish.
    pub async fn stop(&self) {
        self.handle.stop(true).await;
    }
}

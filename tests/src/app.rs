//! The application under test, running for real on a random loopback port.

use std::{sync::Arc, time::Duration};

use actix_web::dev::ServerHandle;
use muster::Settings;
use muster_core::{ManualClock, Timestamp, secrets::HashCost};
use muster_db::{Db, outbox};
use muster_server::Application;
use muster_worker::{Report, Scheduler, TickReport, Worker};
use serde_json::Value;

use crate::{Backend, Mail, SmtpSink, TestDatabase};

/// A running Muster with its own database, data directory, clock and SMTP sink. Its outbox
/// worker does not run by itself: tests deliver email explicitly with [`TestApp::deliver_mail`],
/// and a test that leaves due email unsent fails when the app is dropped.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`
    pub address: String,
    pub port: u16,
    /// A client that keeps cookies and does not follow redirects (tests look at them).
    pub client: reqwest::Client,
    pub clock: ManualClock,
    pub db: Db,
    pub smtp: SmtpSink,
    pub worker: Worker,
    pub scheduler: Scheduler,
    pub data_dir: tempfile::TempDir,
    handle: ServerHandle,
    allow_unsent: std::sync::atomic::AtomicBool,
    // Dropped last: the server must not outlive its database.
    pub database: TestDatabase,
}

/// Group notices that event actions queue as a side effect (announcements, answers confirmed,
/// change and cancellation notices, join requests, reminders). The `notifications` tests
/// deliver and check each of them; other tests may leave them queued.
const NOTICE_KINDS: [&str; 6] = [
    "event_announcement",
    "rsvp_confirmed",
    "event_changed",
    "event_cancelled",
    "join_request",
    "event_reminder",
];

/// The instant every test starts at.
pub const START: &str = "2026-11-02T09:00:00Z";

/// A password that passes the policy.
pub const PASSWORD: &str = "correct horse battery staple";

impl TestApp {
    /// Starts Muster on `backend` with a clock standing at [`START`].
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_with(backend, |_| {}).await
    }

    /// Like [`TestApp::spawn`], letting the test adjust the settings first.
    pub async fn spawn_with(backend: Backend, adjust: impl FnOnce(&mut Settings)) -> TestApp {
        let database = TestDatabase::create(backend);
        let data_dir = tempfile::tempdir().expect("temporary data directory");
        let clock = ManualClock::new(Timestamp::parse_rfc3339(START).expect("a valid instant"));
        let smtp = SmtpSink::start().await;
        let mut settings = Settings {
            bind: "127.0.0.1:0".to_owned(),
            database_url: Some(database.url().to_url_string()),
            http_workers: 1,
            db_pool_size: 4,
            handle_signals: false,
            smtp_url: Some(smtp.url()),
            run_worker: false,
            password_cost: HashCost::TESTS_ONLY,
            instance_name: "Test Meetups".to_owned(),
            ..Settings::with_data_dir(data_dir.path())
        };
        adjust(&mut settings);
        let app = Application::build(settings, Arc::new(clock.clone()))
            .await
            .unwrap_or_else(|e| panic!("the test app failed to start: {e}"));
        let port = app.port();
        let db = app.db().clone();
        let handle = app.handle();
        let worker = app.worker();
        let scheduler = app.scheduler();
        tokio::spawn(app.run_until_stopped());
        TestApp {
            address: format!("http://127.0.0.1:{port}"),
            port,
            client: Self::new_client(),
            clock,
            db,
            smtp,
            worker,
            scheduler,
            data_dir,
            handle,
            allow_unsent: false.into(),
            database,
        }
    }

    /// A fresh browser: its own cookie jar, no redirects followed.
    ///
    /// The server closes a keep-alive connection after 5 idle seconds. A client that picks
    /// such a connection at that very moment sends into a closing socket and gets "error
    /// sending request" (browsers retry; reqwest does not), so idle connections are dropped
    /// well before: a test that seeds 200 people, each logged in through their own
    /// connection, and then has them all answer at once, met exactly that race.
    pub fn new_client() -> reqwest::Client {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .pool_idle_timeout(std::time::Duration::from_secs(2))
            .build()
            .expect("an HTTP client")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {}", crate::person::causes(&e)))
    }

    /// A JSON request with this app's cookie jar.
    pub async fn send_json(
        &self,
        method: reqwest::Method,
        path: &str,
        body: &Value,
    ) -> reqwest::Response {
        crate::person::send_json(&self.client, method, &self.url(path), body).await
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> reqwest::Response {
        self.send_json(reqwest::Method::POST, path, body).await
    }

    /// Runs the scheduler tick once (as a worker would every minute).
    pub async fn tick(&self) -> TickReport {
        self.scheduler.tick().await.expect("the scheduler tick ran")
    }

    /// Delivers every due email through the real SMTP path, and returns what the pass did.
    pub async fn deliver_mail(&self) -> Report {
        self.worker
            .run_until_idle()
            .await
            .expect("the outbox worker ran")
    }

    /// Delivers due email and returns the messages the SMTP sink received in this call.
    pub async fn deliver_and_collect(&self) -> Vec<Mail> {
        let before = self.smtp.received().len();
        self.deliver_mail().await;
        self.smtp.received()[before..]
            .iter()
            .map(Mail::parse)
            .collect()
    }

    /// The one email that arrives next for `to`.
    pub async fn expect_one_mail_to(&self, to: &str) -> Mail {
        let mail: Vec<Mail> = self
            .deliver_and_collect()
            .await
            .into_iter()
            .filter(|m| m.to == to)
            .collect();
        assert_eq!(mail.len(), 1, "expected one email to {to}, got {mail:#?}");
        mail.into_iter().next().expect("one email")
    }

    /// Puts `count` emails, one to each of `person0@example.org`…, into the outbox.
    pub async fn enqueue_emails(&self, count: usize) {
        let now = muster_core::Clock::now(&self.clock);
        self.db
            .write(move |c| {
                for i in 0..count {
                    let email = muster_app::mailer::Outgoing {
                        about: None,
                        calendar: None,
                        to_email: format!("person{i}@example.org"),
                        to_name: Some(format!("Person {i}")),
                        message: muster_mail::MailMessage::PasswordChanged {
                            name: format!("Person {i}"),
                        },
                        link: None,
                        locale: None,
                    };
                    muster_app::mailer::enqueue(c, email, now)?;
                }
                Ok(())
            })
            .await
            .expect("enqueue");
    }

    /// A worker of its own, delivering to this app's SMTP sink (for several-worker tests).
    pub fn another_worker(&self, options: muster_worker::WorkerOptions) -> Worker {
        Worker::new(
            self.db.clone(),
            Arc::new(self.clock.clone()),
            muster_mail::Transport::smtp(&self.smtp.url()).expect("the sink's URL"),
            muster_worker::MailSettings {
                from_name: "Test Meetups".into(),
                from_email: "noreply@localhost".into(),
                instance_name: "Test Meetups".into(),
                base_url: self.address.clone(),
                default_locale: muster_i18n::Locale::En,
            },
            options,
        )
    }

    /// Delivers every due email with `workers` workers of their own running at once; returns
    /// their reports added up (benchmarks time this).
    pub async fn deliver_in_parallel(
        &self,
        workers: usize,
        options: muster_worker::WorkerOptions,
    ) -> Report {
        // Each worker a task of its own, as each `muster worker` is a process of its own: their
        // rendering and sending run side by side, not interleaved on one thread.
        let tasks: Vec<_> = (0..workers)
            .map(|_| {
                let worker = self.another_worker(options);
                tokio::spawn(async move { worker.run_until_idle().await })
            })
            .collect();
        let mut total = Report::default();
        for task in tasks {
            total.add(
                task.await
                    .expect("the worker's task ended")
                    .expect("the outbox worker ran"),
            );
        }
        total
    }

    /// Waits until no due email is left (for tests where the in-process worker delivers).
    pub async fn wait_until_outbox_drained(&self, timeout: Duration) {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let now = muster_core::Clock::now(&self.clock);
            let due = self
                .db
                .read(move |c| outbox::due_count(c, now, &[]))
                .await
                .expect("count");
            if due == 0 {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "{due} email(s) still due after {timeout:?}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Sets the app's clock to the machine's own "now" and returns it, for tests that start a
    /// `muster` process (which runs on the machine's clock): their dates are then relative to
    /// today, so they cannot go stale as the calendar moves on.
    pub fn use_real_clock(&self) -> chrono::DateTime<chrono::Utc> {
        let now = chrono::Utc::now();
        self.clock.set(now.into());
        now
    }

    /// Moves the clock.
    pub fn advance(&self, by: chrono::Duration) {
        self.clock.advance(by);
    }

    /// Declares that this test leaves due email unsent on purpose.
    pub fn allow_unsent_mail(&self) {
        self.allow_unsent
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// Stops the server, letting in-flight requests finish.
    pub async fn stop(&self) {
        self.handle.stop(true).await;
    }

    /// Signs up through the API and follows the emailed link; returns the verification link.
    pub async fn signup_verified(&self, name: &str, email: &str) -> String {
        let response = self
            .post_json(
                "/api/v1/auth/signup",
                &serde_json::json!({"email": email, "password": PASSWORD, "name": name}),
            )
            .await;
        assert_eq!(
            response.status(),
            201,
            "{}",
            response.text().await.unwrap_or_default()
        );
        let mail = self.expect_one_mail_to(email).await;
        let link = mail.link_containing("/account/verify/");
        let token = link.rsplit('/').next().expect("a token").to_owned();
        let verified = self
            .post_json("/api/v1/auth/verify", &serde_json::json!({"token": token}))
            .await;
        assert_eq!(verified.status(), 200);
        link
    }

    /// Logs this app's client in through the API.
    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.log_in_with(&self.client, email, password).await
    }

    /// Logs `client` (a browser or script of the test's own) in through the API; the answer
    /// is the test's to check.
    pub async fn log_in_with(
        &self,
        client: &reqwest::Client,
        email: &str,
        password: &str,
    ) -> reqwest::Response {
        crate::person::send_json(
            client,
            reqwest::Method::POST,
            &self.url("/api/v1/auth/login"),
            &serde_json::json!({"email": email, "password": password}),
        )
        .await
    }

    /// Signs `client` up as `name` at `email` and logs it in without confirming the address:
    /// someone signed in who is not verified.
    pub async fn sign_up_unconfirmed(&self, client: &reqwest::Client, name: &str, email: &str) {
        let signup = crate::person::send_json(
            client,
            reqwest::Method::POST,
            &self.url("/api/v1/auth/signup"),
            &serde_json::json!({"email": email, "password": PASSWORD, "name": name}),
        )
        .await;
        assert_eq!(signup.status(), 201, "sign-up of {email}");
        self.deliver_mail().await;
        let login = self.log_in_with(client, email, PASSWORD).await;
        assert_eq!(login.status(), 200, "login of {email}");
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if std::thread::panicking() || self.allow_unsent.load(std::sync::atomic::Ordering::Relaxed)
        {
            return;
        }
        let now = muster_core::Clock::now(&self.clock);
        let due = self
            .db
            .read_conn_within(Duration::from_millis(500))
            .ok()
            .and_then(|mut c| outbox::due_count(&mut c, now, &NOTICE_KINDS).ok())
            .unwrap_or(0);
        assert_eq!(
            due, 0,
            "the test left {due} due email(s) unsent; deliver them or call allow_unsent_mail()"
        );
    }
}

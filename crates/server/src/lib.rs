//! # muster-server — the running instance
//!
//! The composition root: [`Application::build`] assembles a running Muster from the command
//! line's [`Settings`] — data directory, database (migrated), the use cases (`muster-app`),
//! the HTTP server (`muster-web`) and the outbox worker and scheduler (`muster-worker`). The
//! `muster` executable's `main` (this crate's binary) calls it for `muster serve`, and so do
//! the end-to-end tests, so the tests run exactly what production runs. Every other command
//! is `muster::commands`.

pub mod logs;

use std::sync::Arc;

use actix_web::dev::{Server, ServerHandle};
use anyhow::Context;
use muster::{
    Settings, StartupError, base_url, bind, cli::ServeArgs, mail_settings, mail_transport,
    one_line, open_database, password_hasher, prepare_data_dir,
};
use muster_app::{App, Config};
use muster_core::{Clock, SystemClock};
use muster_db::{Backend, Db};
use muster_web::{AppState, ServerOptions};
use muster_worker::{Scheduler, Worker, WorkerOptions};
use tokio::sync::watch;

/// `muster serve`
pub async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let app = Application::build(Settings::from_serve(args), Arc::new(SystemClock)).await?;
    app.run_until_stopped()
        .await
        .context("the HTTP server failed")?;
    Ok(())
}

/// A built, not yet running, Muster.
pub struct Application {
    port: u16,
    base_url: String,
    server: Server,
    state: AppState,
    worker: Worker,
    run_worker: bool,
}

impl Application {
    /// Assembles everything in the order that makes failures cheapest to report: data
    /// directory, database, listener.
    pub async fn build(settings: Settings, clock: Arc<dyn Clock>) -> Result<Self, StartupError> {
        prepare_data_dir(&settings.data_dir)?;
        let url = settings.database_url()?;
        let db = open_database(&url, settings.db_pool_size).await?;
        let listener = bind(&settings.bind)?;
        let local = listener
            .local_addr()
            .map_err(|e| StartupError::Server(e.to_string()))?;
        let base_url = base_url(settings.base_url.as_deref(), local)?;
        let mail = mail_settings(
            settings.mail_from.as_deref(),
            &settings.instance_name,
            &base_url,
            settings.default_locale,
        )?;
        let mail_from = mail.from_email.clone();
        let transport = mail_transport(settings.smtp_url.as_deref(), &settings.data_dir)?;
        let hasher = password_hasher(settings.password_cost).await?;
        if settings.federation && settings.federation_allow_private_addresses {
            tracing::warn!(
                "federation may reach loopback and private addresses over plain http \
                 (--federation-allow-private-addresses): for tests only, never on a public server"
            );
        }
        let federation = muster_app::federation::Federation::new(
            &base_url,
            settings.federation,
            settings.federation_allow_private_addresses,
        );
        let worker = Worker::new(
            db.clone(),
            clock.clone(),
            transport,
            mail,
            WorkerOptions::default(),
        )
        .with_federation(federation);
        let state = AppState::new(App::new(
            db,
            clock,
            Config {
                base_url: base_url.clone(),
                instance_name: settings.instance_name.clone(),
                trust_forwarded_for: settings.trust_forwarded_for,
                dormant_after_months: settings.dormant_after_months,
                fetch_allow_private: settings.fetch_allow_private.clone(),
                adoption_grace_days: settings.adoption_grace_days,
                photo_quota_bytes: i64::from(settings.photo_quota_mb) * 1024 * 1024,
                mail_from,
                default_locale: settings.default_locale,
                federation: settings.federation,
                federation_allow_private_addresses: settings.federation_allow_private_addresses,
                map_tiles: settings.map_tiles.clone(),
            },
            hasher,
        ));
        announce_setup(&state, &base_url).await;
        let server = muster_web::server(
            listener,
            state.clone(),
            ServerOptions {
                workers: settings.http_workers,
                handle_signals: settings.handle_signals,
                ..ServerOptions::default()
            },
        )
        .map_err(|e| StartupError::Server(one_line(&e.to_string())))?;
        tracing::info!(
            address = %local,
            base_url = %base_url,
            database = %url,
            backend = %match url.backend() { Backend::Sqlite => "sqlite", Backend::Postgres => "postgres" },
            "muster is listening"
        );
        Ok(Self {
            port: local.port(),
            base_url,
            server,
            state,
            worker,
            run_worker: settings.run_worker,
        })
    }

    /// The outbox worker this application uses (tests drive it explicitly).
    pub fn worker(&self) -> Worker {
        self.worker.clone()
    }

    /// The scheduler tick this application runs (tests drive it explicitly).
    pub fn scheduler(&self) -> Scheduler {
        Scheduler::new(self.state.db.clone(), self.state.clock.clone())
            .with_federation(self.state.federation.clone())
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    pub fn db(&self) -> &Db {
        &self.state.db
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Stops the server (gracefully, finishing in-flight requests) when called.
    pub fn handle(&self) -> ServerHandle {
        self.server.handle()
    }

    /// Serves (and, unless disabled, delivers email) until stopped by SIGINT/SIGTERM or the
    /// handle. The worker finishes the email in hand before the process exits.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let (stop, stopped) = watch::channel(false);
        let worker = self
            .run_worker
            .then(|| tokio::spawn(self.worker.clone().run(stopped)));
        let scheduler = self.run_worker.then(|| {
            let scheduler = Scheduler::new(self.state.db.clone(), self.state.clock.clone())
                .with_federation(self.state.federation.clone());
            tokio::spawn(scheduler.run(stop.subscribe()))
        });
        let served = self.server.await;
        let _ = stop.send(true);
        if let Some(worker) = worker {
            let _ = worker.await;
        }
        if let Some(scheduler) = scheduler {
            let _ = scheduler.await;
        }
        served?;
        tracing::info!("muster stopped");
        Ok(())
    }
}

/// Logs the one-time set-up URL while the instance has no administrator.
async fn announce_setup(state: &AppState, base_url: &str) {
    match muster_app::accounts::setup::prepare(&state.db, state.now()).await {
        Ok(Some(token)) => tracing::warn!(
            "no administrator yet: open {base_url}/setup?token={} within 24 hours to create one (or run `muster admin create-user --admin`)",
            token.expose()
        ),
        Ok(None) => {}
        Err(error) => tracing::warn!(%error, "could not prepare the set-up token"),
    }
}

//! # muster-web
//!
//! The HTTP face of Muster, built on actix-web: server-rendered HTML pages (askama templates
//! from `frontend/templates`, static assets from `frontend/static` embedded in the binary), the
//! JSON API under `/api/v1` described by the OpenAPI document at `/api/openapi.json`, health
//! and readiness probes, and Prometheus metrics.
//!
//! The web layer never sends mail: it writes outbox rows in the same transaction as the change
//! that causes them, and the worker delivers.
//!
//! [`server`] builds the whole HTTP server; the `muster` binary and the end-to-end tests both
//! call it, so tests exercise exactly what runs in production.

pub mod account;
pub mod archive;
pub mod assets;
pub mod auth;
pub mod cache;
pub mod calendars;
pub mod claims;
pub mod crawlers;
pub mod csrf;
pub mod error;
pub mod events;
pub mod extract;
pub mod federation;
pub mod groups;
pub mod health;
pub mod imports;
pub mod lang;
pub mod maps;
pub mod messages;
pub mod metrics;
pub mod middleware;
pub mod near;
pub mod notifications;
pub mod openapi;
pub mod outbox;
pub mod page_cache;
pub mod pages;
pub mod people;
pub mod routes;
pub mod state;
pub mod unreadable;
pub mod zones;

use std::net::TcpListener;

use actix_http::{HttpService, Protocol};
use actix_service::{IntoServiceFactory, ServiceFactoryExt, fn_service, map_config};
use actix_web::{
    App,
    dev::{AppConfig, Server},
    middleware::{Compress, from_fn},
    rt::net::TcpStream,
    web,
};

pub use error::{ApiError, AppError, PageError};
pub use state::AppState;

/// Largest request body accepted by JSON and form extractors.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Longest address (path and query string) answered; longer ones get 414 URI Too Long. Above
/// 64 KiB the HTTP parser refuses the request before it reaches the application, and
/// [`unreadable`] gives the same answer.
pub const MAX_URI_BYTES: usize = 8 * 1024;

/// Runtime options for the HTTP server itself.
#[derive(Debug, Clone, Copy)]
pub struct ServerOptions {
    /// HTTP worker threads.
    pub workers: usize,
    /// Seconds in-flight requests get to finish after SIGTERM/SIGINT.
    pub shutdown_timeout_secs: u64,
    /// Whether actix installs its own SIGINT/SIGTERM handlers (off in tests).
    pub handle_signals: bool,
}

impl Default for ServerOptions {
    fn default() -> Self {
        Self {
            workers: 2,
            shutdown_timeout_secs: 30,
            handle_signals: true,
        }
    }
}

/// Every route of the application, each with its access policy (see [`routes`]).
pub(crate) fn register_routes(table: &mut routes::RouteTable<'_>) {
    pages::routes(table);
    lang::routes(table);
    health::routes(table);
    metrics::routes(table);
    openapi::routes(table);
    assets::routes(table);
    crawlers::routes(table);
    federation::routes(table);
    people::routes(table);
    account::routes(table);
    groups::routes(table);
    events::routes(table);
    calendars::routes(table);
    claims::routes(table);
    notifications::routes(table);
    messages::routes(table);
    archive::routes(table);
    imports::routes(table);
    outbox::routes(table);
}

/// Builds the HTTP server on an already-bound listener.
///
/// What `actix_web::HttpServer` would build, with one difference: each connection's stream is
/// wrapped in [`unreadable::Connection`], so that requests the HTTP parser refuses before the
/// application sees them (a 100 KB address) still get a clear answer.
pub fn server(
    listener: TcpListener,
    state: AppState,
    options: ServerOptions,
) -> std::io::Result<Server> {
    let data = web::Data::new(state);
    let local = listener.local_addr()?;
    let app = move || {
        let app = App::new()
            .app_data(data.clone())
            .app_data(error::json_config())
            .app_data(error::form_config())
            .app_data(error::query_config())
            .app_data(error::path_config())
            .configure(routes::RouteTable::register)
            .default_service(web::to(error::not_found))
            // Listed innermost first: authentication runs before every handler, error pages
            // get the site chrome and the security headers, text is gzipped for clients that
            // accept it (what is compressed already is not), and `observe` sees every status.
            .wrap(from_fn(lang::scope))
            .wrap(from_fn(csrf::set_visitor_cookie))
            .wrap(from_fn(auth::authenticate))
            .wrap(from_fn(middleware::refuse_long_uris))
            .wrap(from_fn(middleware::render_error_pages))
            .wrap(from_fn(middleware::security_headers))
            .wrap(from_fn(middleware::keep_compressed_as_is))
            .wrap(Compress::default())
            .wrap(from_fn(middleware::drop_identity_encoding))
            .wrap(from_fn(middleware::observe));
        actix_service::apply_fn_factory(app, middleware::catch_panics)
    };
    let mut builder = Server::build()
        .workers(options.workers.max(1))
        .shutdown_timeout(options.shutdown_timeout_secs);
    if !options.handle_signals {
        builder = builder.disable_signals();
    }
    let stopping = builder.graceful_shutdown_signal();
    let builder = builder.listen("muster", listener, move || {
        let stopping = stopping.clone();
        let http = HttpService::build()
            // Connections finish their request and close when the server stops.
            .graceful_shutdown_signal(move || {
                let stopping = stopping.clone();
                async move { stopping.notified().await }
            })
            // As `HttpServer` has it: a second for the client to take an answer sent before
            // its request was read whole (a refusal) before the connection closes.
            .client_disconnect_timeout(std::time::Duration::from_secs(1))
            .local_addr(local)
            .finish(map_config(
                app()
                    .into_factory()
                    .map_err(|error: actix_web::Error| error.error_response()),
                |_| AppConfig::default(),
            ));
        fn_service(|io: TcpStream| async move {
            let peer = io.peer_addr().ok();
            Ok((unreadable::Connection::new(io), Protocol::Http1, peer))
        })
        .and_then(http)
    })?;
    Ok(builder.run())
}

//! # muster-db
//!
//! Persistence for Muster, written once against [`DbConnection`], a diesel `MultiConnection`
//! over SQLite (bundled, the zero-configuration default) and PostgreSQL (the path past one
//! machine). The backend is chosen at run time from the database URL.
//!
//! * [`DatabaseUrl`] parses `sqlite://PATH` and `postgres://…` and refuses anything else.
//! * [`Db`] owns the pools. SQLite gets a read pool and a single-connection write pool, so
//!   writers queue in-process instead of failing with `SQLITE_BUSY`; every SQLite connection is
//!   tuned (foreign keys, busy timeout, WAL, `synchronous=NORMAL`). Blocking diesel work runs on
//!   tokio's blocking pool through [`Db::read`] and [`Db::write`].
//! * [`migrations`] embeds `migrations/sqlite` and `migrations/postgres` (same names, one set
//!   per backend) and runs them at start-up and from `muster migrate`.
//! * [`schema`] is the single diesel schema both backends share: portable column types only
//!   (text, integers, booleans, UTC timestamps); ids are UUIDv7 text.
//! * Repositories (`users`, `sessions`, `outbox`, …) are plain functions taking
//!   `&mut DbConnection`, called inside [`Db::read`] / [`Db::write`].
//! * The reads every page makes (the session, the page version, a membership, an answer…)
//!   run through `on_backend!` on the connection's own backend, where diesel finds their
//!   prepared statements by type instead of writing their SQL out again on each call.

pub mod adoptions;
pub mod api_tokens;
pub mod archives;
pub mod audit;
pub mod backup;
pub mod conduct;
pub mod connection;
pub mod discussions;
pub mod email_tokens;
pub mod event_imports;
pub mod events;
pub mod federation;
pub mod feed_tokens;
pub mod feeds;
pub mod groups;
pub mod images;
pub mod introspect;
pub mod invitations;
pub mod known_devices;
pub mod listings;
pub mod memberships;
pub mod migrations;
pub mod notifications;
pub mod numbers;
pub mod outbox;
pub mod page_versions;
pub mod photos;
pub mod placeholders;
pub mod pool;
pub mod profiles;
pub mod rate_limits;
pub mod rsvps;
pub mod schema;
pub mod series;
pub mod sessions;
pub mod settings;
pub mod talks;
mod types;
pub mod users;

pub use connection::{Backend, DatabaseUrl, DbConnection, DbUrlError, KeepPrepared};
pub use pool::{Db, DbError, PoolOptions};

//! The end-to-end suite: one test binary (fast to link), one module per capability. Every test
//! drives the real server over HTTP and runs on SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accounts;
mod adoption;
mod archives;
mod backup;
mod browser;
mod calendars;
mod crawlers;
mod directory_import;
mod discovery;
mod discussions;
mod event_pages;
mod events;
mod federation;
mod foundation;
mod group_pages;
mod groups;
mod http;
mod ical_import;
mod languages;
mod login_throttle;
mod matrix;
mod meetup_import;
mod memory;
mod near_me;
mod notifications;
mod numbers;
mod openapi;
mod outbox;
mod page_cache;
mod photos;
mod policy;
mod profiles;
mod time_zones;

//! Accounts: sign-up, email verification, login and sessions, password reset, profile,
//! address change, personal API tokens, account deletion, and the first administrator.
//!
//! One file per capability, each holding its JSON API handlers (under `/api/v1`), its HTML
//! pages (under `/account/…`: plain forms, no JavaScript needed), their request and response
//! types and their routes — the same slices as `muster_app::accounts`:
//!
//! - [`signup`]; [`session`]: logging in and out, and the sessions one has;
//! - [`email_links`]: what emailed links do (verifying the address, resetting the password,
//!   confirming a new address);
//! - [`settings`]: the profile, the password, the address, deleting the account;
//! - [`tokens`]: personal API tokens; [`setup`]: the first administrator;
//! - shared: [`views`] (the JSON views of the signed-in person and of an accepted request).

pub mod email_links;
pub mod session;
pub mod settings;
pub mod setup;
pub mod signup;
pub mod tokens;
pub mod views;

use crate::{error::AppError, routes::RouteTable};

pub fn routes(table: &mut RouteTable<'_>) {
    signup::routes(table);
    session::routes(table);
    email_links::routes(table);
    settings::routes(table);
    tokens::routes(table);
    setup::routes(table);
}

/// The message `key` in the language of the page being answered.
fn tr(key: &str) -> String {
    muster_i18n::tr(crate::lang::current(), key)
}

/// An id from the path; one that cannot be an id names nothing (404).
fn parse_id<T>(text: &str) -> Result<muster_core::Id<T>, AppError> {
    muster_core::Id::parse(text).map_err(|_| AppError::not_found())
}

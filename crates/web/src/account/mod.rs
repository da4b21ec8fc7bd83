//! Accounts: sign-up, email verification, login and sessions, password reset, profile,
//! address change, personal API tokens, account deletion, and the first administrator.

pub mod api;
pub mod pages;
pub mod setup;

use crate::{error::AppError, routes::RouteTable};

pub fn routes(table: &mut RouteTable<'_>) {
    api::routes(table);
    pages::routes(table);
    setup::routes(table);
}

/// An id from the path; one that cannot be an id names nothing (404).
fn parse_id<T>(text: &str) -> Result<muster_core::Id<T>, AppError> {
    muster_core::Id::parse(text).map_err(|_| AppError::not_found())
}

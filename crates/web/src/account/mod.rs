//! Accounts: sign-up, email verification, login and sessions, password reset, profile,
//! address change, personal API tokens, account deletion, and the first administrator.

pub mod api;
pub mod pages;
pub mod service;
pub mod setup;

use crate::routes::RouteTable;

pub fn routes(table: &mut RouteTable<'_>) {
    api::routes(table);
    pages::routes(table);
    setup::routes(table);
}

//! Groups: creation and settings, the directory, membership and roles, the code of conduct,
//! invitations, conduct reports and the audit log — as HTML pages and as the JSON API.
//!
//! Every group route loads a [`GroupAccess`] (the group, the caller and their membership) and
//! asks [`muster_core::policy::decide`] before doing anything.

pub mod adoption;
pub mod api;
pub mod atom;
pub mod images;
pub mod pages;

use crate::routes::RouteTable;

pub fn routes(table: &mut RouteTable<'_>) {
    api::routes(table);
    pages::routes(table);
    adoption::routes(table);
    images::routes(table);
    atom::routes(table);
}

//! Events: scheduling (one-off and recurring), RSVPs with capacity and a fair waitlist,
//! organizers' attendee management and check-in, talks and comments — as the JSON API and as
//! HTML pages.
//!
//! Every event route loads an [`EventAccess`] (the event, its group, the caller and their
//! membership); visibility follows the group (a private group's events are 404 to outsiders)
//! and drafts are 404 to everyone who cannot manage events.

pub mod api;
pub mod pages;

use crate::routes::RouteTable;

pub fn routes(table: &mut RouteTable<'_>) {
    api::routes(table);
    pages::routes(table);
}

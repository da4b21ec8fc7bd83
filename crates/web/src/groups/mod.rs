//! Groups: creation and settings, the directory, membership and roles, the code of conduct,
//! invitations, conduct reports and the audit log — as HTML pages and as the JSON API.
//!
//! One file per capability, each holding its JSON API handlers (under `/api/v1`), its HTML
//! page handlers, their request and response types and their routes — the same slices as
//! `muster_app::groups`:
//!
//! - [`settings`]: creating a group, its settings and deleting it; [`images`]: its logo;
//! - [`group_page`]: one group (its page and its JSON); [`directory`]: finding groups;
//! - [`membership`]: joining, leaving, one's own choices and the member list;
//!   [`moderation`]: organizers managing members (requests, bans, roles, ownership);
//!   [`invitations`];
//! - [`conduct`]: the code of conduct and conduct reports; [`audit`]: the audit log;
//! - [`adoption`]: taking over a dormant group; [`atom`]: the group's Atom feed;
//! - shared: [`views`] (the group header of every page, the JSON view of a group).
//!
//! Every group route loads a [`GroupAccess`] (the group, the caller and their membership) and
//! asks [`muster_core::policy::decide`] before doing anything.

pub mod adoption;
pub mod atom;
pub mod audit;
pub mod conduct;
pub mod directory;
pub mod discussions;
pub mod group_page;
pub mod images;
pub mod invitations;
pub mod membership;
pub mod moderation;
pub mod numbers;
pub mod photos;
pub mod settings;
pub mod views;

use muster_app::groups::GroupAccess;
use muster_core::{id::UserId, policy::Action, roles::Capability};

use crate::{
    auth::{CurrentUser, MaybeUser},
    error::AppError,
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    shared_paths(table);
    directory::routes(table);
    settings::routes(table);
    group_page::routes(table);
    membership::routes(table);
    moderation::routes(table);
    conduct::routes(table);
    invitations::routes(table);
    audit::routes(table);
    adoption::routes(table);
    images::routes(table);
    numbers::routes(table);
    photos::routes(table);
    discussions::routes(table);
    atom::routes(table);
}

/// Paths whose methods belong to different files, registered once: the first resource that
/// matches a path answers every method on it (405 for those it lacks).
fn shared_paths(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups")
        .get(Access::Public, directory::directory)
        .post(Access::Verified, settings::create)
        .done();
    table
        .resource("/api/v1/groups/{slug}")
        .get(Access::Public, group_page::get)
        .patch(Access::Authenticated, settings::update)
        .delete(Access::Authenticated, settings::delete)
        .done();
}

// ----------------------------------------------------------------------------- loading

/// The group, for the JSON API.
async fn access(state: &AppState, slug: &str, user: &MaybeUser) -> Result<GroupAccess, AppError> {
    GroupAccess::load(state, slug, user.caller()).await
}

async fn access_for(
    state: &AppState,
    slug: &str,
    user: &CurrentUser,
) -> Result<GroupAccess, AppError> {
    GroupAccess::load(state, slug, user.caller()).await
}

fn parse_user(text: &str) -> Result<UserId, AppError> {
    UserId::parse(text).map_err(|_| AppError::not_found())
}

/// The group, for a page, once the caller may take `action` there.
async fn load(
    state: &AppState,
    slug: &str,
    user: &MaybeUser,
    action: Action,
) -> Result<GroupAccess, AppError> {
    let access = GroupAccess::load(state, slug, user.caller()).await?;
    access.check(action)?;
    Ok(access)
}

/// The group, for a page only its moderators may see.
async fn moderated(
    state: &AppState,
    slug: &str,
    user: &MaybeUser,
) -> Result<GroupAccess, AppError> {
    load(state, slug, user, Action::Use(Capability::ModerateMembers)).await
}

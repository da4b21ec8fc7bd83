//! A person's profile as one viewer sees it: their name, face, pronouns, bio and links, the
//! groups they belong to that the viewer may see, and the talks they gave there.
//!
//! Who sees it: anyone, while the person is listed. Someone who keeps out of lists
//! ([`UserRow::unlisted`]) has no profile page for anybody but themselves (404). A group shows
//! only when the viewer may see the group (a private one: its members) and the person has not
//! hidden themselves from that group's member list; the person always sees all of theirs.

use std::sync::Arc;

use muster_core::{group::Visibility, id::UserId};
use muster_db::{
    events::EventRow,
    groups::GroupRow,
    memberships::MembershipRow,
    profiles,
    talks::TalkRow,
    users::{self, UserRow},
};

use crate::{App, AppError};

/// A profile, already filtered for its viewer.
#[derive(Debug)]
pub struct Profile {
    pub person: UserRow,
    /// The viewer is the person (they see a note that the page is theirs).
    pub own: bool,
    pub groups: Vec<(MembershipRow, GroupRow)>,
    pub talks: Vec<(TalkRow, EventRow, GroupRow)>,
}

/// The profile of the person `id`, for `viewer`; 404 when there is none to show them.
pub async fn profile(
    app: &App,
    id: &str,
    viewer: Option<&Arc<UserRow>>,
) -> Result<Profile, AppError> {
    let id = UserId::parse(id).map_err(|_| AppError::not_found())?;
    let viewer_id = viewer.map(|v| v.id);
    let own = viewer_id == Some(id);
    let found = app
        .db
        .read(move |c| {
            let Some(person) = users::find(c, id)? else {
                return Ok(None);
            };
            if person.deleted_at.is_some() || (person.unlisted && !own) {
                return Ok(None);
            }
            let groups = profiles::memberships_of(c, id)?;
            let talks = profiles::talks_of(c, id)?;
            let mine = match viewer_id {
                Some(v) if !own => profiles::active_group_ids(c, v)?,
                _ => Vec::new(),
            };
            Ok(Some((person, groups, talks, mine)))
        })
        .await?;
    let (person, groups, talks, mine) = found.ok_or_else(AppError::not_found)?;
    let admin = viewer.is_some_and(|v| v.is_admin);
    let sees =
        |g: &GroupRow| own || admin || g.visibility() == Visibility::Public || mine.contains(&g.id);
    Ok(Profile {
        groups: groups
            .into_iter()
            .filter(|(m, g)| sees(g) && (own || !m.hidden))
            .collect(),
        talks: talks.into_iter().filter(|(_, _, g)| sees(g)).collect(),
        person,
        own,
    })
}

//! Each group's page version: a number that the database's own triggers raise whenever
//! something its public pages show changes (the group, its events, venues, hosts, talks,
//! answers, comments, members, and the names of the people taking part). Rendered pages are
//! kept while it stays the same; because it lives in the database, every process sharing it
//! sees the same number. See the migration `page_versions`.

use diesel::prelude::*;
use muster_core::id::GroupId;

use crate::{DbConnection, DbError, schema::groups, schema::page_versions};

/// The page version of the group called `slug` (live or deleted), as a tag that also names
/// the group (a group made later under a freed name starts its numbers again), `None` when no
/// group has that name.
pub fn of_slug(c: &mut DbConnection, slug: &str) -> Result<Option<String>, DbError> {
    Ok(group_of_slug(c, slug)?.map(|(_, tag)| tag))
}

/// [`of_slug`], with the group's id.
pub fn group_of_slug(
    c: &mut DbConnection,
    slug: &str,
) -> Result<Option<(GroupId, String)>, DbError> {
    let query = page_versions::table
        .inner_join(groups::table.on(groups::id.eq(page_versions::group_id)))
        .filter(groups::slug.eq(slug))
        .select((page_versions::group_id, page_versions::version));
    let found: Option<(GroupId, i64)> = crate::on_backend!(c, c => query.first(c).optional())?;
    Ok(found.map(|(group, version)| (group, format!("{group}.{version}"))))
}

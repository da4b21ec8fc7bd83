//! People with accounts.

use diesel::{
    ExpressionMethods, OptionalExtension, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{AsChangeset, Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    account::{Bio, DisplayName, Email, Timezone},
    id::{ImageId, UserId},
};

use crate::{DbConnection, DbError, schema::users};

/// A `users` row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct UserRow {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub bio: String,
    pub timezone: String,
    pub is_admin: bool,
    pub email_verified_at: Option<Timestamp>,
    pub deleted_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// "No email except account security".
    pub email_only_security: bool,
    /// Whether the person chose `timezone` (or their browser told it at sign-up); until then
    /// it is UTC by default, and pages do not claim it is theirs.
    pub timezone_known: bool,
    /// The language the person reads Muster in (a shipped tag such as `zh-TW`); `None` until
    /// known, when pages follow their browser and email the instance default.
    pub locale: Option<String>,
    /// "she/her"; empty when not given.
    pub pronouns: String,
    /// The person's website; empty when not given.
    pub website: String,
    /// A fediverse account as `@name@server`; empty when not given.
    pub fediverse: String,
    /// A GitHub user name; empty when not given.
    pub github: String,
    /// The uploaded avatar, served at `/images/{id}`.
    pub avatar_image_id: Option<ImageId>,
    /// "Keep me out of lists": not among the people going, not in member lists, and no
    /// profile page for anyone else.
    pub unlisted: bool,
}

impl UserRow {
    /// The person's language, when they have one Muster speaks.
    pub fn locale(&self) -> Option<muster_i18n::Locale> {
        self.locale.as_deref().and_then(muster_i18n::Locale::parse)
    }

    pub fn is_verified(&self) -> bool {
        self.email_verified_at.is_some()
    }

    pub fn timezone(&self) -> Timezone {
        Timezone::from_trusted(&self.timezone)
    }
}

/// A person as lists show them: their name and face.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Face {
    pub id: UserId,
    pub name: String,
    pub avatar: Option<ImageId>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub id: UserId,
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub timezone: &'a str,
    pub timezone_known: bool,
    pub locale: Option<&'a str>,
    pub is_admin: bool,
    pub email_verified_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// Creates a user. Fails with a unique violation (see [`DbError::is_unique_violation`]) when
/// the email is taken.
pub fn insert(conn: &mut DbConnection, user: &NewUser<'_>) -> Result<(), DbError> {
    diesel::insert_into(users::table)
        .values(user)
        .execute(conn)?;
    Ok(())
}

pub fn find(conn: &mut DbConnection, id: UserId) -> Result<Option<UserRow>, DbError> {
    Ok(users::table
        .find(id)
        .filter(users::deleted_at.is_null())
        .select(UserRow::as_select())
        .first(conn)
        .optional()?)
}

/// The live accounts among `ids` (one query).
pub fn find_many(conn: &mut DbConnection, ids: &[UserId]) -> Result<Vec<UserRow>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(users::table
        .filter(users::id.eq_any(ids))
        .filter(users::deleted_at.is_null())
        .order(users::id.asc())
        .select(UserRow::as_select())
        .load(conn)?)
}

pub fn find_by_email(conn: &mut DbConnection, email: &Email) -> Result<Option<UserRow>, DbError> {
    Ok(users::table
        .filter(users::email.eq(email.as_str()))
        .filter(users::deleted_at.is_null())
        .select(UserRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn email_taken(conn: &mut DbConnection, email: &Email) -> Result<bool, DbError> {
    Ok(users::table
        .filter(users::email.eq(email.as_str()))
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

pub fn mark_verified(conn: &mut DbConnection, id: UserId, now: Timestamp) -> Result<(), DbError> {
    diesel::update(
        users::table
            .find(id)
            .filter(users::email_verified_at.is_null()),
    )
    .set((users::email_verified_at.eq(now), users::updated_at.eq(now)))
    .execute(conn)?;
    Ok(())
}

/// Sets a person's time zone, now known.
pub fn set_timezone(
    conn: &mut DbConnection,
    id: UserId,
    timezone: Timezone,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(users::table.find(id))
        .set((
            users::timezone.eq(timezone.name()),
            users::timezone_known.eq(true),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sets the language a person reads Muster in (`None`: follow the browser).
pub fn set_locale(
    conn: &mut DbConnection,
    id: UserId,
    locale: Option<muster_i18n::Locale>,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(users::table.find(id))
        .set((
            users::locale.eq(locale.map(muster_i18n::Locale::tag)),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// A person's profile as they save it (every field validated by the caller).
#[derive(Debug, AsChangeset)]
#[diesel(table_name = users)]
pub struct ProfileChange {
    pub display_name: String,
    pub bio: String,
    pub pronouns: String,
    pub website: String,
    pub fediverse: String,
    pub github: String,
    pub unlisted: bool,
    pub timezone: String,
    pub timezone_known: bool,
    pub updated_at: Timestamp,
}

impl ProfileChange {
    pub fn new(
        name: &DisplayName,
        bio: &Bio,
        timezone: Timezone,
        timezone_known: bool,
        now: Timestamp,
    ) -> ProfileChange {
        ProfileChange {
            display_name: name.as_str().to_owned(),
            bio: bio.as_str().to_owned(),
            pronouns: String::new(),
            website: String::new(),
            fediverse: String::new(),
            github: String::new(),
            unlisted: false,
            timezone: timezone.name().to_owned(),
            timezone_known,
            updated_at: now,
        }
    }
}

pub fn update_profile(
    conn: &mut DbConnection,
    id: UserId,
    change: &ProfileChange,
) -> Result<(), DbError> {
    diesel::update(users::table.find(id))
        .set(change)
        .execute(conn)?;
    Ok(())
}

/// Sets (or, with `None`, clears) a person's avatar; returns the one it replaced, which the
/// caller deletes.
pub fn set_avatar(
    conn: &mut DbConnection,
    id: UserId,
    image: Option<ImageId>,
    now: Timestamp,
) -> Result<Option<ImageId>, DbError> {
    let before: Option<Option<ImageId>> = users::table
        .find(id)
        .select(users::avatar_image_id)
        .first(conn)
        .optional()?;
    diesel::update(users::table.find(id))
        .set((users::avatar_image_id.eq(image), users::updated_at.eq(now)))
        .execute(conn)?;
    Ok(before.flatten())
}

/// The live person whose avatar `image` is.
pub fn find_by_avatar(conn: &mut DbConnection, image: ImageId) -> Result<Option<UserId>, DbError> {
    Ok(users::table
        .filter(users::avatar_image_id.eq(image))
        .filter(users::deleted_at.is_null())
        .select(users::id)
        .first(conn)
        .optional()?)
}

pub fn set_password_hash(
    conn: &mut DbConnection,
    id: UserId,
    hash: &str,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(users::table.find(id))
        .set((users::password_hash.eq(hash), users::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// Replaces the address with a confirmed new one (which is verified by confirming it).
pub fn set_email(
    conn: &mut DbConnection,
    id: UserId,
    email: &Email,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(users::table.find(id))
        .set((
            users::email.eq(email.as_str()),
            users::email_verified_at.eq(Some(now)),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Display names of these people (one query, for lists that mention many).
pub fn names(
    conn: &mut DbConnection,
    ids: &[UserId],
) -> Result<std::collections::HashMap<UserId, String>, DbError> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::display_name))
        .load::<(UserId, String)>(conn)?
        .into_iter()
        .collect())
}

/// Every instance administrator.
pub fn admins(conn: &mut DbConnection) -> Result<Vec<UserRow>, DbError> {
    Ok(users::table
        .filter(users::is_admin.eq(true))
        .filter(users::deleted_at.is_null())
        .select(UserRow::as_select())
        .load(conn)?)
}

pub fn admin_exists(conn: &mut DbConnection) -> Result<bool, DbError> {
    Ok(users::table
        .filter(users::is_admin.eq(true))
        .filter(users::deleted_at.is_null())
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

/// Deletes an account's personal data but keeps the row, so events, RSVPs and talks that
/// point at it stay intact. The address is freed for a new sign-up; login becomes impossible.
/// The photos they added go with their avatar.
pub fn scrub(conn: &mut DbConnection, id: UserId, now: Timestamp) -> Result<(), DbError> {
    if let Some(avatar) = set_avatar(conn, id, None, now)? {
        crate::images::delete(conn, avatar)?;
    }
    crate::photos::delete_by_uploader(conn, id)?;
    diesel::update(users::table.find(id))
        .set((
            users::email.eq(format!("deleted-{id}@deleted.invalid")),
            users::display_name.eq("Former member"),
            users::password_hash.eq("!deleted"),
            users::bio.eq(""),
            users::pronouns.eq(""),
            users::website.eq(""),
            users::fediverse.eq(""),
            users::github.eq(""),
            users::timezone.eq("UTC"),
            users::unlisted.eq(false),
            users::is_admin.eq(false),
            users::email_verified_at.eq(None::<Timestamp>),
            users::deleted_at.eq(Some(now)),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    crate::sessions::delete_for_user(conn, id)?;
    crate::api_tokens::delete_for_user(conn, id)?;
    crate::feed_tokens::delete(conn, id)?;
    crate::notifications::delete_links_of(conn, id)?;
    crate::email_tokens::delete_for_user(conn, id)?;
    Ok(())
}

//! Each member's private calendar feed, behind a revocable token: only its SHA-256 is stored,
//! a new one replaces the old (whose URL answers 404 at once).

use muster_core::{id::UserId, links::webcal, secrets::SecretToken};
use muster_db::feed_tokens::{self, FeedTokenRow};

use crate::{App, AppError, ErrorCode, ErrorKind};

/// The links of a new feed token.
pub struct FeedLinks {
    pub https: String,
    pub webcal: String,
}

pub fn links(app: &App, token: &SecretToken) -> FeedLinks {
    let https = format!(
        "{}/feeds/{}/calendar.ics",
        app.config.base_url,
        token.expose()
    );
    let webcal = webcal(&https);
    FeedLinks { https, webcal }
}

/// Makes the person's feed token, replacing any earlier one.
pub async fn create(
    app: &App,
    user: UserId,
    all_group_events: bool,
) -> Result<(FeedTokenRow, FeedLinks), AppError> {
    let token = SecretToken::generate("").map_err(AppError::internal)?;
    let row = FeedTokenRow {
        user_id: user,
        token_hash: token.digest(),
        all_group_events,
        created_at: app.now(),
        last_used_at: None,
    };
    let stored = row.clone();
    app.db
        .write(move |c| feed_tokens::replace(c, &stored))
        .await?;
    tracing::info!(user = %row.user_id, all_group_events, "calendar feed link made (any earlier one is replaced)");
    Ok((row, links(app, &token)))
}

/// The person's feed token, if they have one.
pub async fn status(app: &App, id: UserId) -> Result<Option<FeedTokenRow>, AppError> {
    Ok(app
        .db
        .read(move |c| feed_tokens::find_for_user(c, id))
        .await?)
}

/// Whether the feed carries every event of the person's groups, or only those they answered.
pub async fn set_option(app: &App, id: UserId, all: bool) -> Result<(), AppError> {
    if app
        .db
        .write(move |c| feed_tokens::set_all_group_events(c, id, all))
        .await?
    {
        Ok(())
    } else {
        Err(no_feed())
    }
}

/// Revokes the feed link: its URL answers 404 at once.
pub async fn revoke(app: &App, id: UserId) -> Result<(), AppError> {
    if app.db.write(move |c| feed_tokens::delete(c, id)).await? {
        tracing::info!(user = %id, "calendar feed link revoked");
        Ok(())
    } else {
        Err(no_feed())
    }
}

fn no_feed() -> AppError {
    AppError::new(
        ErrorKind::NotFound,
        ErrorCode::NoFeed,
        "You have no calendar feed link. Make one first.",
    )
}

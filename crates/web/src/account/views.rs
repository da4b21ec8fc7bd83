//! The JSON views several account endpoints answer with.

use muster_core::Timestamp;
use muster_db::users::UserRow;
use serde::Serialize;
use utoipa::ToSchema;

/// The signed-in person.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    #[schema(value_type = String, format = Uuid)]
    pub id: String,
    pub email: String,
    pub name: String,
    pub email_verified: bool,
    /// IANA time zone, e.g. `Europe/London`.
    pub timezone: String,
    pub bio: String,
    pub pronouns: String,
    pub website: String,
    /// `@name@server`.
    pub fediverse: String,
    pub github: String,
    /// The avatar (a 256 px PNG), or null.
    pub avatar_url: Option<String>,
    /// Kept out of lists (who's going, member lists, profile pages).
    pub unlisted: bool,
    /// The person's profile page (404 to others while `unlisted`).
    pub profile_url: String,
    /// The language Muster speaks to this person (`en`, `de`, `es`, `fr`, `pt-BR`, `ja`,
    /// `zh-CN`, `zh-TW`); null until chosen, when pages follow the browser.
    pub locale: Option<String>,
    pub is_admin: bool,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

impl From<&UserRow> for Me {
    fn from(user: &UserRow) -> Self {
        Me {
            id: user.id.to_string(),
            email: user.email.clone(),
            name: user.display_name.clone(),
            email_verified: user.is_verified(),
            timezone: user.timezone.clone(),
            bio: user.bio.clone(),
            pronouns: user.pronouns.clone(),
            website: user.website.clone(),
            fediverse: user.fediverse.clone(),
            github: user.github.clone(),
            avatar_url: user.avatar_image_id.map(muster_db::images::path),
            unlisted: user.unlisted,
            profile_url: crate::people::profile_path(user.id),
            locale: user.locale().map(|l| l.tag().to_owned()),
            is_admin: user.is_admin,
            created_at: user.created_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Accepted {
    /// `check_your_email`, `verified`, …
    pub status: &'static str,
    /// In the request's language.
    #[serde(serialize_with = "in_request_language")]
    pub message: &'static str,
}

fn in_request_language<S: serde::Serializer>(english: &&str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&crate::lang::translated(english))
}

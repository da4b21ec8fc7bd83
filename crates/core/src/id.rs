//! Identifiers: UUIDv7 (time-ordered, so indexes stay compact) tagged with the kind of thing
//! they name, so a user id can never be passed where an event id is expected.
//!
//! Stored as 36-character text on both database backends: portable, readable in `sqlite3` and
//! `psql`, and stable when a group's archive moves to another instance.

use std::{fmt, hash::Hash, marker::PhantomData, str::FromStr};

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

/// Marker types naming what an [`Id`] identifies.
pub mod kind {
    macro_rules! kinds {
        ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
            $(#[$doc])*
            #[derive(Debug)]
            pub enum $name {}
        )*};
    }
    kinds!(
        /// A row of the email outbox.
        OutboxEmail,
        /// A person with an account.
        User,
        /// A logged-in browser session.
        Session,
        /// A personal API token.
        ApiToken,
        /// A token sent by email (verification, reset, address change).
        EmailToken,
        /// A local group.
        Group,
        /// A person's membership of a group.
        Membership,
        /// An invitation to a group.
        Invitation,
        /// A conduct report.
        Report,
        /// An entry of a group's audit log.
        AuditEntry,
        /// An uploaded image (group logos).
        Image,
        /// A place a group meets.
        Venue,
        /// A recurring series of events.
        Series,
        /// A meetup.
        Event,
        /// A person's answer to "are you coming?".
        Rsvp,
        /// A talk on an event's agenda.
        Talk,
        /// A comment on an event.
        Comment,
        /// A request to adopt a dormant group or an unclaimed listing.
        AdoptionRequest,
        /// Someone imported from Meetup.com who has no account here (yet).
        Placeholder,
        /// A photo from a meetup.
        Photo,
        /// Someone's report of a photo.
        PhotoReport,
        /// A group's discussion thread.
        Thread,
        /// A reply in a discussion thread.
        Reply,
    );
}

pub type OutboxEmailId = Id<kind::OutboxEmail>;
pub type UserId = Id<kind::User>;
pub type SessionId = Id<kind::Session>;
pub type ApiTokenId = Id<kind::ApiToken>;
pub type EmailTokenId = Id<kind::EmailToken>;
pub type GroupId = Id<kind::Group>;
pub type MembershipId = Id<kind::Membership>;
pub type InvitationId = Id<kind::Invitation>;
pub type ReportId = Id<kind::Report>;
pub type AuditEntryId = Id<kind::AuditEntry>;
pub type ImageId = Id<kind::Image>;
pub type VenueId = Id<kind::Venue>;
pub type SeriesId = Id<kind::Series>;
pub type EventId = Id<kind::Event>;
pub type RsvpId = Id<kind::Rsvp>;
pub type TalkId = Id<kind::Talk>;
pub type CommentId = Id<kind::Comment>;
pub type AdoptionRequestId = Id<kind::AdoptionRequest>;
pub type PlaceholderId = Id<kind::Placeholder>;
pub type PhotoId = Id<kind::Photo>;
pub type PhotoReportId = Id<kind::PhotoReport>;
pub type ThreadId = Id<kind::Thread>;
pub type ReplyId = Id<kind::Reply>;

/// A typed identifier.
#[cfg_attr(
    feature = "diesel",
    derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow),
    diesel(sql_type = diesel::sql_types::Text)
)]
pub struct Id<T> {
    uuid: Uuid,
    kind: PhantomData<fn() -> T>,
}

/// The text of something that should have been an id but is not.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a valid id")]
pub struct InvalidId;

impl<T> Id<T> {
    /// A fresh, time-ordered id.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        Self::from_uuid(Uuid::now_v7())
    }

    pub const fn from_uuid(uuid: Uuid) -> Self {
        Self {
            uuid,
            kind: PhantomData,
        }
    }

    pub const fn as_uuid(&self) -> Uuid {
        self.uuid
    }

    /// Parses the hyphenated or simple text form.
    pub fn parse(text: &str) -> Result<Self, InvalidId> {
        Uuid::try_parse(text.trim())
            .map(Self::from_uuid)
            .map_err(|_| InvalidId)
    }
}

// Manual impls: derives would demand the same traits of the marker type.
impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Id<T> {}
impl<T> PartialEq for Id<T> {
    fn eq(&self, other: &Self) -> bool {
        self.uuid == other.uuid
    }
}
impl<T> Eq for Id<T> {}
impl<T> PartialOrd for Id<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Id<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.uuid.cmp(&other.uuid)
    }
}
impl<T> Hash for Id<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.uuid.hash(state);
    }
}
impl<T> fmt::Debug for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.uuid, f)
    }
}
impl<T> fmt::Display for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.uuid.hyphenated(), f)
    }
}
impl<T> FromStr for Id<T> {
    type Err = InvalidId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}
impl<T> Serialize for Id<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.uuid.serialize(serializer)
    }
}
impl<'de, T> Deserialize<'de> for Id<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Uuid::deserialize(deserializer).map(Self::from_uuid)
    }
}

#[cfg(feature = "diesel")]
mod sql {
    use std::io::Write;

    use diesel::{
        backend::Backend,
        deserialize::{self, FromSql},
        pg::Pg,
        serialize::{self, IsNull, Output, ToSql},
        sql_types::Text,
        sqlite::Sqlite,
    };
    use uuid::Uuid;

    use super::Id;

    impl<T> ToSql<Text, Sqlite> for Id<T> {
        fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
            out.set_value(self.uuid.hyphenated().to_string());
            Ok(IsNull::No)
        }
    }

    impl<T> ToSql<Text, Pg> for Id<T> {
        fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
            let mut buffer = Uuid::encode_buffer();
            out.write_all(self.uuid.hyphenated().encode_lower(&mut buffer).as_bytes())?;
            Ok(IsNull::No)
        }
    }

    impl<T, DB> FromSql<Text, DB> for Id<T>
    where
        DB: Backend,
        String: FromSql<Text, DB>,
    {
        fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
            let text = String::from_sql(bytes)?;
            Ok(Self::from_uuid(Uuid::try_parse(&text)?))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_time_ordered_and_round_trip_through_text_and_json() {
        let first = OutboxEmailId::new();
        let second = OutboxEmailId::new();
        assert!(first < second, "v7 ids sort by creation time");
        let text = first.to_string();
        assert_eq!(text.len(), 36);
        assert_eq!(OutboxEmailId::parse(&text), Ok(first));
        let json = serde_json::to_string(&first).unwrap();
        assert_eq!(json, format!("\"{text}\""));
        assert_eq!(serde_json::from_str::<OutboxEmailId>(&json).unwrap(), first);
    }

    #[test]
    fn garbage_is_not_an_id() {
        assert_eq!(OutboxEmailId::parse("not-an-id"), Err(InvalidId));
        assert_eq!(OutboxEmailId::parse(""), Err(InvalidId));
    }
}

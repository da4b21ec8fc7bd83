//! The error model of every use case. An [`AppError`] says what kind of failure it is
//! ([`ErrorKind`]: not found, a conflict, invalid input…), which one ([`ErrorCode`], stable on
//! the wire as a snake_case `code`), a human `message`, and per-field messages for a failed
//! form. It carries no HTTP status: the web layer maps the kind to one, the CLI prints the
//! message.

use std::collections::BTreeMap;

use muster_core::fields::FieldErrors;
use muster_db::DbError;

/// What kind of failure an error is; the web layer answers each with its own status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The request itself is malformed (a query string, a form, a body that does not parse).
    BadRequest,
    /// Nobody is signed in, or the credentials are wrong.
    Unauthenticated,
    /// Signed in, but not allowed.
    Forbidden,
    /// Nothing here, or nothing this caller may see.
    NotFound,
    /// The request contradicts the current state (full, already done, not yet possible).
    Conflict,
    /// It existed, and is gone for good (a used or expired link).
    Gone,
    PayloadTooLarge,
    /// The address (path and query) is longer than the server reads.
    UriTooLong,
    /// The request has more headers, or larger ones, than the server reads.
    HeadersTooLarge,
    UnsupportedMediaType,
    /// Well-formed, but some fields are not acceptable.
    Invalid,
    /// Too many attempts; try again after `retry_after` seconds.
    RateLimited,
    /// Something failed on the server's side.
    Internal,
    /// A dependency (the database) is not reachable right now.
    Unavailable,
}

macro_rules! error_codes {
    ($($(#[$doc:meta])* $variant:ident = $text:literal,)*) => {
        /// Every error code Muster answers with, stable on the wire (the API's `code`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorCode {
            $($(#[$doc])* $variant,)*
        }

        impl ErrorCode {
            /// All of them, for the OpenAPI document.
            pub const ALL: &[ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The snake_case text clients see.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $text,)*
                }
            }
        }
    };
}

error_codes! {
    AdoptionDecided = "adoption_decided",
    AdoptionPending = "adoption_pending",
    AdoptionRefused = "adoption_refused",
    AlreadyAnnounced = "already_announced",
    AlreadyClaimed = "already_claimed",
    AlreadyOrganizing = "already_organizing",
    AlreadyVerified = "already_verified",
    BadSignature = "bad_signature",
    Banned = "banned",
    ChangedMeanwhile = "changed_meanwhile",
    ClaimLinkUnusable = "claim_link_unusable",
    ConductNotAccepted = "conduct_not_accepted",
    CsrfCheckFailed = "csrf_check_failed",
    DailyLimit = "daily_limit",
    DatabaseUnavailable = "database_unavailable",
    DomainBlocked = "domain_blocked",
    Draft = "draft",
    EmailNotVerified = "email_not_verified",
    EmailTaken = "email_taken",
    EventCancelled = "event_cancelled",
    EventFull = "event_full",
    EventNotOpen = "event_not_open",
    EventNotPublished = "event_not_published",
    EventOver = "event_over",
    EventStarted = "event_started",
    Forbidden = "forbidden",
    GracePeriod = "grace_period",
    GracePeriodOver = "grace_period_over",
    HeadersTooLarge = "headers_too_large",
    InternalError = "internal_error",
    InvalidBody = "invalid_body",
    InvalidCalendar = "invalid_calendar",
    InvalidCredentials = "invalid_credentials",
    InvalidDirection = "invalid_direction",
    InvalidForm = "invalid_form",
    InvalidInput = "invalid_input",
    InvalidQuery = "invalid_query",
    InvalidRole = "invalid_role",
    InvitationExpired = "invitation_expired",
    InvitationInvalid = "invitation_invalid",
    InvitationRequired = "invitation_required",
    InvitationUsed = "invitation_used",
    LastOrganizer = "last_organizer",
    MalformedJson = "malformed_json",
    NoAdoptionRequest = "no_adoption_request",
    NoFeed = "no_feed",
    NoRsvp = "no_rsvp",
    NotADraft = "not_a_draft",
    NotAMember = "not_a_member",
    NotActive = "not_active",
    NotAdoptable = "not_adoptable",
    NotAnnounceable = "not_announceable",
    NotDeleted = "not_deleted",
    NotEnoughSeats = "not_enough_seats",
    NotFound = "not_found",
    NotYourself = "not_yourself",
    PayloadTooLarge = "payload_too_large",
    RateLimited = "rate_limited",
    RecipientLimit = "recipient_limit",
    RequesterBanned = "requester_banned",
    RequesterGone = "requester_gone",
    RestoreWindowOver = "restore_window_over",
    RsvpsClosed = "rsvps_closed",
    RsvpsNotOpen = "rsvps_not_open",
    SetupDone = "setup_done",
    SoleOrganizer = "sole_organizer",
    StorageFull = "storage_full",
    ThreadLocked = "thread_locked",
    TokenExpired = "token_expired",
    TokenInvalid = "token_invalid",
    TokenUsed = "token_used",
    TooManyTalks = "too_many_talks",
    Unauthenticated = "unauthenticated",
    UnreadableBody = "unreadable_body",
    UnreadableRequest = "unreadable_request",
    UnsupportedMediaType = "unsupported_media_type",
    UriTooLong = "uri_too_long",
    WrongMembershipState = "wrong_membership_state",
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A failure with everything needed to tell the person about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {message}")]
pub struct AppError {
    pub kind: ErrorKind,
    pub code: ErrorCode,
    pub message: String,
    /// Per-field messages of a failed form (`{"email": "Enter a valid email address."}`).
    pub fields: BTreeMap<String, String>,
    /// Seconds, for rate limits and an unavailable database.
    pub retry_after: Option<u64>,
}

impl AppError {
    pub fn new(kind: ErrorKind, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            kind,
            code,
            message: message.into(),
            fields: BTreeMap::new(),
            retry_after: None,
        }
    }

    pub fn not_found() -> Self {
        Self::new(
            ErrorKind::NotFound,
            ErrorCode::NotFound,
            "There is nothing here. The address may be mistyped, or the page was removed.",
        )
    }

    pub fn bad_request(code: ErrorCode, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::BadRequest, code, message)
    }

    /// Invalid input, with one message per invalid field.
    pub fn invalid_fields(fields: BTreeMap<String, String>) -> Self {
        Self {
            fields,
            ..Self::new(
                ErrorKind::Invalid,
                ErrorCode::InvalidInput,
                "Some fields need attention.",
            )
        }
    }

    /// Invalid input in one field.
    pub fn invalid_field(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::invalid_fields([(field.into(), message.into())].into())
    }

    /// What to show in one line: the first field's message, or the general one.
    pub fn headline(&self) -> String {
        self.fields
            .values()
            .next()
            .cloned()
            .unwrap_or_else(|| self.message.clone())
    }

    pub fn with_code(mut self, code: ErrorCode) -> Self {
        self.code = code;
        self
    }

    pub fn with_field(mut self, field: impl Into<String>, message: impl Into<String>) -> Self {
        self.fields.insert(field.into(), message.into());
        self
    }

    pub fn unauthorized() -> Self {
        Self::new(
            ErrorKind::Unauthenticated,
            ErrorCode::Unauthenticated,
            "Please log in to do that.",
        )
    }

    /// Refused to anyone but an instance administrator.
    pub fn admins_only() -> Self {
        Self::forbidden("Only instance administrators can do that.")
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Forbidden, ErrorCode::Forbidden, message)
    }

    pub fn conflict(code: ErrorCode, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, code, message)
    }

    pub fn gone(code: ErrorCode, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Gone, code, message)
    }

    pub fn too_large(message: impl Into<String>) -> Self {
        Self::new(
            ErrorKind::PayloadTooLarge,
            ErrorCode::PayloadTooLarge,
            message,
        )
    }

    pub fn uri_too_long(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::UriTooLong, ErrorCode::UriTooLong, message)
    }

    pub fn unsupported_media_type(message: impl Into<String>) -> Self {
        Self::new(
            ErrorKind::UnsupportedMediaType,
            ErrorCode::UnsupportedMediaType,
            message,
        )
    }

    pub fn too_many_requests(retry_after_secs: u64) -> Self {
        Self {
            retry_after: Some(retry_after_secs.max(1)),
            ..Self::new(
                ErrorKind::RateLimited,
                ErrorCode::RateLimited,
                "Too many attempts. Please wait a little and try again.",
            )
        }
    }

    pub fn unavailable(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            retry_after: Some(5),
            ..Self::new(ErrorKind::Unavailable, code, message)
        }
    }

    /// An unexpected failure. The cause is logged; the person sees no internals.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "internal error");
        Self::new(
            ErrorKind::Internal,
            ErrorCode::InternalError,
            "Something went wrong on our side. It has been logged; please try again.",
        )
    }
}

impl From<DbError> for AppError {
    fn from(error: DbError) -> Self {
        match error {
            DbError::Pool(_) | DbError::Connect(_) => {
                tracing::warn!(%error, "database unavailable");
                AppError::unavailable(
                    ErrorCode::DatabaseUnavailable,
                    "The database is not reachable right now. Please try again shortly.",
                )
            }
            other => AppError::internal(other),
        }
    }
}

impl From<FieldErrors> for AppError {
    fn from(errors: FieldErrors) -> Self {
        AppError::invalid_fields(errors.into_map())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_snake_case_and_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for code in ErrorCode::ALL {
            let text = code.as_str();
            assert!(
                text.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{text}"
            );
            assert!(seen.insert(text), "{text} twice");
        }
    }
}

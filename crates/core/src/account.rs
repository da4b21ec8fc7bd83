//! Parsed account values. Each type is built through `parse` at the edge (HTTP form, JSON body,
//! CLI) and is valid for its whole life; handlers never re-check.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::text::has_control_chars;

/// Why a value was refused, in words a form can show next to the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub String);

fn invalid(message: impl Into<String>) -> Invalid {
    Invalid(message.into())
}

macro_rules! string_newtype {
    ($name:ident) => {
        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// For values that were validated when stored (database rows).
            pub fn from_trusted(value: String) -> Self {
                Self(value)
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }
    };
}

/// An email address, trimmed and lower-cased so that uniqueness is case-insensitive.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Email(String);
string_newtype!(Email);

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(input: &str) -> Result<Email, Invalid> {
        let normalized = input.trim().to_lowercase();
        if normalized.is_empty() {
            return Err(invalid("Enter your email address."));
        }
        if normalized.len() > Self::MAX_LEN {
            return Err(invalid("That email address is too long."));
        }
        let well_formed = !has_control_chars(&normalized, &[])
            && !normalized.contains(char::is_whitespace)
            && email_address::EmailAddress::is_valid(&normalized)
            && normalized.rsplit_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.starts_with('[')
            });
        if !well_formed {
            return Err(invalid(
                "Enter a valid email address, like ada@example.org.",
            ));
        }
        Ok(Email(normalized))
    }
}

/// A person's display name: 1–80 characters, no control characters (it ends up in email
/// headers, calendars and pages).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DisplayName(String);
string_newtype!(DisplayName);

impl DisplayName {
    pub const MAX_CHARS: usize = 80;

    pub fn parse(input: &str) -> Result<DisplayName, Invalid> {
        if has_control_chars(input, &[]) {
            return Err(invalid(
                "Names cannot contain line breaks or other control characters.",
            ));
        }
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(invalid("Enter the name people will see."));
        }
        if name.chars().count() > Self::MAX_CHARS {
            return Err(invalid(format!(
                "Names can be at most {} characters.",
                Self::MAX_CHARS
            )));
        }
        Ok(DisplayName(name))
    }
}

/// A short free-text biography. Line breaks allowed, other control characters not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bio(String);
string_newtype!(Bio);

impl Bio {
    pub const MAX_CHARS: usize = 1000;

    pub fn parse(input: &str) -> Result<Bio, Invalid> {
        let text = input.trim().replace("\r\n", "\n");
        if has_control_chars(&text, &['\n', '\t']) {
            return Err(invalid("The bio cannot contain control characters."));
        }
        if text.chars().count() > Self::MAX_CHARS {
            return Err(invalid(format!(
                "The bio can be at most {} characters.",
                Self::MAX_CHARS
            )));
        }
        Ok(Bio(text))
    }
}

/// An IANA time zone name such as `Europe/London`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timezone(chrono_tz::Tz);

impl Timezone {
    pub const UTC: Timezone = Timezone(chrono_tz::UTC);

    pub fn parse(input: &str) -> Result<Timezone, Invalid> {
        let name = input.trim();
        name.parse::<chrono_tz::Tz>().map(Timezone).map_err(|_| {
            invalid("Choose a time zone from the list (an IANA name like Europe/Berlin).")
        })
    }

    pub fn tz(self) -> chrono_tz::Tz {
        self.0
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// Stored zones were validated on the way in; an unknown one (a zone removed from the
    /// database) falls back to UTC rather than failing a page.
    pub fn from_trusted(name: &str) -> Timezone {
        Self::parse(name).unwrap_or(Self::UTC)
    }
}

impl fmt::Display for Timezone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Timezone {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// A name for a personal API token, so its owner knows which one to revoke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenName(String);
string_newtype!(TokenName);

impl TokenName {
    pub const MAX_CHARS: usize = 60;

    pub fn parse(input: &str) -> Result<TokenName, Invalid> {
        if has_control_chars(input, &[]) {
            return Err(invalid("Token names cannot contain control characters."));
        }
        let name = input.trim();
        if name.is_empty() {
            return Err(invalid("Name the token, e.g. \"calendar script\"."));
        }
        if name.chars().count() > Self::MAX_CHARS {
            return Err(invalid(format!(
                "Token names can be at most {} characters.",
                Self::MAX_CHARS
            )));
        }
        Ok(TokenName(name.to_owned()))
    }
}

/// A new password that satisfies the policy (OWASP ASVS 5 §6.2): at least 8 characters, up to
/// 256, no composition rules, not on the common-password list. Never trimmed or case-folded.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl NewPassword {
    pub const MIN_CHARS: usize = 8;
    pub const MAX_CHARS: usize = 256;
    /// Inputs longer than this are refused before any hashing happens.
    pub const MAX_BYTES: usize = 1024;

    pub fn parse(input: &str) -> Result<NewPassword, Invalid> {
        if input.len() > Self::MAX_BYTES || input.chars().count() > Self::MAX_CHARS {
            return Err(invalid(format!(
                "Passwords can be at most {} characters.",
                Self::MAX_CHARS
            )));
        }
        if input.chars().count() < Self::MIN_CHARS {
            return Err(invalid(format!(
                "Use at least {} characters. A few unrelated words make a strong password.",
                Self::MIN_CHARS
            )));
        }
        if is_common_password(input) {
            return Err(invalid(
                "That password is one of the most common ones and easy to guess. Choose another.",
            ));
        }
        Ok(NewPassword(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// What a token sent by email lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(
    feature = "diesel",
    derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow),
    diesel(sql_type = diesel::sql_types::Text)
)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
    ChangeEmail,
}

impl TokenPurpose {
    pub const ALL: &'static [TokenPurpose] = &[
        TokenPurpose::VerifyEmail,
        TokenPurpose::ResetPassword,
        TokenPurpose::ChangeEmail,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify_email",
            TokenPurpose::ResetPassword => "reset_password",
            TokenPurpose::ChangeEmail => "change_email",
        }
    }

    /// How long a token stays valid. Reset links are short-lived (OWASP: ≤ 60 minutes).
    pub fn lifetime(self) -> chrono::Duration {
        match self {
            TokenPurpose::VerifyEmail => chrono::Duration::days(3),
            TokenPurpose::ResetPassword => chrono::Duration::hours(1),
            TokenPurpose::ChangeEmail => chrono::Duration::days(1),
        }
    }

    /// The site path the emailed link points at; the token follows it.
    pub const fn link_path(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "/account/verify/",
            TokenPurpose::ResetPassword => "/account/reset/",
            TokenPurpose::ChangeEmail => "/account/email/confirm/",
        }
    }
}

const COMMON_PASSWORDS: &str = include_str!("common-passwords.txt");

/// Case-insensitive membership in the shipped list of the most common passwords.
pub fn is_common_password(candidate: &str) -> bool {
    let lowered = candidate.to_lowercase();
    COMMON_PASSWORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .any(|common| common == lowered)
}

crate::stored::stored_text!(TokenPurpose, "an emailed token's purpose", |t: &str| {
    TokenPurpose::ALL.iter().copied().find(|p| p.as_str() == t)
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_lowercased_and_validated() {
        assert_eq!(
            Email::parse("  Ada.Lovelace@Example.ORG ")
                .unwrap()
                .as_str(),
            "ada.lovelace@example.org"
        );
        for bad in [
            "",
            "ada",
            "ada@",
            "@example.org",
            "ada@localhost",
            "ada lovelace@example.org",
            "ada@example.org\r\nBcc: x@y.z",
            "ada@.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert!(Email::parse(&long).is_err());
    }

    #[test]
    fn display_names_refuse_control_characters_and_collapse_spaces() {
        assert_eq!(
            DisplayName::parse("  Grace   Hopper ").unwrap().as_str(),
            "Grace Hopper"
        );
        assert!(DisplayName::parse("Evil\r\nBcc: x@y.z").is_err());
        assert!(DisplayName::parse("Nul\0").is_err());
        assert!(DisplayName::parse("Bell\u{7}").is_err());
        assert!(DisplayName::parse("C1\u{85}").is_err());
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse(&"x".repeat(81)).is_err());
        assert_eq!(DisplayName::parse("Zoë 🐍").unwrap().as_str(), "Zoë 🐍");
    }

    #[test]
    fn password_policy_follows_asvs() {
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse("1234567").is_err());
        assert!(NewPassword::parse("password").is_err(), "common");
        assert!(
            NewPassword::parse("PassWord1").is_err(),
            "common, whatever the case"
        );
        assert!(NewPassword::parse("12345678").is_err(), "common");
        assert!(NewPassword::parse("correct horse battery staple").is_ok());
        assert!(
            NewPassword::parse("        ").is_ok(),
            "no composition rules"
        );
        let pw = NewPassword::parse("  spaces kept  ").unwrap();
        assert_eq!(pw.expose(), "  spaces kept  ", "never trimmed");
        assert!(NewPassword::parse(&"x".repeat(128)).is_ok(), "128 allowed");
        assert!(NewPassword::parse(&"x".repeat(257)).is_err());
        assert!(NewPassword::parse(&"é".repeat(600)).is_err(), "byte cap");
        assert!(!format!("{pw:?}").contains("spaces"));
    }

    #[test]
    fn time_zones_are_iana_names() {
        assert_eq!(
            Timezone::parse("Europe/London").unwrap().name(),
            "Europe/London"
        );
        assert!(Timezone::parse("Mars/Olympus").is_err());
        assert!(Timezone::parse("").is_err());
        assert_eq!(Timezone::from_trusted("Nowhere/Gone"), Timezone::UTC);
    }

    #[test]
    fn bios_and_token_names() {
        assert_eq!(
            Bio::parse("Line one\r\nLine two").unwrap().as_str(),
            "Line one\nLine two"
        );
        assert!(Bio::parse("bad\u{1b}[31m").is_err());
        assert!(Bio::parse(&"x".repeat(1001)).is_err());
        assert!(TokenName::parse("calendar sync").is_ok());
        assert!(TokenName::parse("").is_err());
        assert!(TokenName::parse("a\nb").is_err());
    }
}

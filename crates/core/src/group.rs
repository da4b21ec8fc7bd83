//! Parsed group values: slugs, names, texts, links, places, topics, and the group's settings.

use std::fmt;

use serde::{Deserialize, Serialize, Serializer};

use crate::{Timestamp, account::Invalid, text::has_control_chars};

fn invalid(message: impl Into<String>) -> Invalid {
    Invalid(message.into())
}

/// One line of text: no control characters, whitespace collapsed, `min..=max` characters.
pub(crate) fn single_line(
    input: &str,
    min: usize,
    max: usize,
    what: &str,
) -> Result<String, Invalid> {
    if has_control_chars(input, &[]) {
        return Err(invalid(format!(
            "{what} cannot contain line breaks or control characters."
        )));
    }
    let text = input.split_whitespace().collect::<Vec<_>>().join(" ");
    let count = text.chars().count();
    if count < min {
        return Err(invalid(if min <= 1 {
            format!("Enter {}.", what.to_lowercase())
        } else {
            format!("{what} needs at least {min} characters.")
        }));
    }
    if count > max {
        return Err(invalid(format!("{what} can be at most {max} characters.")));
    }
    Ok(text)
}

/// Multi-line text (Markdown): line breaks and tabs allowed, other controls not.
pub(crate) fn multi_line(
    input: &str,
    min: usize,
    max: usize,
    what: &str,
) -> Result<String, Invalid> {
    let text = input.replace("\r\n", "\n").trim().to_owned();
    if has_control_chars(&text, &['\n', '\t']) {
        return Err(invalid(format!(
            "{what} cannot contain control characters."
        )));
    }
    let count = text.chars().count();
    if count < min {
        return Err(invalid(if min <= 1 {
            format!("Enter {}.", what.to_lowercase())
        } else {
            format!("{what} needs at least {min} characters.")
        }));
    }
    if count > max {
        return Err(invalid(format!("{what} can be at most {max} characters.")));
    }
    Ok(text)
}

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, $parse:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
        pub struct $name(String);

        impl $name {
            pub fn parse(input: &str) -> Result<$name, Invalid> {
                let parse: fn(&str) -> Result<String, Invalid> = $parse;
                parse(input).map($name)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// For values validated when they were stored.
            pub fn from_trusted(value: String) -> Self {
                Self(value)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }
    };
}

pub(crate) use text_type;

text_type!(
    /// A group's name: 3–80 characters.
    GroupName, |s| single_line(s, 3, 80, "The name")
);
text_type!(
    /// One line saying what the group is: up to 200 characters.
    Summary, |s| single_line(s, 0, 200, "The summary")
);
text_type!(
    /// The long description, in Markdown.
    Description, |s| multi_line(s, 0, 20_000, "The description")
);
text_type!(
    /// A city or town.
    City, |s| single_line(s, 0, 80, "The city")
);
text_type!(
    /// A country (or region) name.
    Country, |s| single_line(s, 0, 80, "The country")
);
text_type!(
    /// A code of conduct, in Markdown.
    ConductText, |s| multi_line(s, 50, 20_000, "The code of conduct")
);
text_type!(
    /// A conduct report's account of what happened.
    ReportText, |s| multi_line(s, 10, 5_000, "The report")
);
text_type!(
    /// Why an organizer removed or banned someone (optional).
    Reason, |s| multi_line(s, 0, 500, "The reason")
);

/// Words that cannot be group slugs: they are, or may become, paths of the site.
pub const RESERVED_SLUGS: &[&str] = &[
    "about",
    "account",
    "accounts",
    "admin",
    "api",
    "app",
    "assets",
    "auth",
    "calendar",
    "contact",
    "dashboard",
    "directory",
    "edit",
    "event",
    "events",
    "explore",
    "export",
    "feed",
    "feeds",
    "g",
    "group",
    "groups",
    "healthz",
    "help",
    "home",
    "images",
    "import",
    "invitations",
    "join",
    "login",
    "logout",
    "me",
    "members",
    "metrics",
    "new",
    "privacy",
    "readyz",
    "search",
    "settings",
    "setup",
    "signup",
    "static",
    "support",
    "terms",
    "unsubscribe",
    "user",
    "users",
    "www",
];

/// A group's address part: `/g/{slug}`. 3–50 characters of `a-z`, `0-9` and single hyphens,
/// starting with a letter, not a reserved word.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slug(String);

impl Slug {
    pub fn parse(input: &str) -> Result<Slug, Invalid> {
        let slug = input.trim().to_lowercase();
        let shape_ok = (3..=50).contains(&slug.len())
            && slug.starts_with(|c: char| c.is_ascii_lowercase())
            && !slug.ends_with('-')
            && !slug.contains("--")
            && slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !shape_ok {
            return Err(invalid(
                "Use 3–50 lower-case letters, digits and single hyphens, starting with a letter (like pyleeds or python-berlin).",
            ));
        }
        if RESERVED_SLUGS.contains(&slug.as_str()) {
            return Err(invalid("That address is reserved. Choose another."));
        }
        Ok(Slug(slug))
    }

    /// A slug derived from a name, for the creation form.
    pub fn suggest(name: &str) -> String {
        let mut slug = String::new();
        // Letters of every script become their closest ASCII ("München" → "munchen").
        for c in deunicode::deunicode(name).to_lowercase().chars() {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.ends_with('-') && !slug.is_empty() {
                slug.push('-');
            }
        }
        slug.trim_end_matches('-').chars().take(50).collect()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn from_trusted(value: String) -> Self {
        Self(value)
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An http(s) link an organizer gives (website, chat, mailing list, repository, logo).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct WebUrl(String);

impl WebUrl {
    pub fn parse(input: &str) -> Result<WebUrl, Invalid> {
        let text = input.trim();
        if text.chars().any(|c| c.is_control() || c.is_whitespace()) || text.len() > 500 {
            return Err(invalid(
                "Enter a web address like https://example.org (up to 500 characters).",
            ));
        }
        let parsed = url::Url::parse(text)
            .map_err(|_| invalid("Enter a web address like https://example.org."))?;
        if !matches!(parsed.scheme(), "http" | "https")
            || parsed.host_str().is_none_or(str::is_empty)
        {
            return Err(invalid("Only http:// and https:// addresses are allowed."));
        }
        Ok(WebUrl(parsed.to_string()))
    }

    /// Empty input means "no link".
    pub fn parse_optional(input: &str) -> Result<Option<WebUrl>, Invalid> {
        crate::fields::optional(input, Self::parse)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A point on Earth.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

impl Coordinates {
    pub fn new(lat: f64, lon: f64) -> Result<Coordinates, Invalid> {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            return Err(invalid("Latitude is between -90 and 90."));
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            return Err(invalid("Longitude is between -180 and 180."));
        }
        Ok(Coordinates { lat, lon })
    }
}

/// Up to 10 topics, each 1–30 characters, normalised to lower case and de-duplicated.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Topics(Vec<String>);

impl Topics {
    pub const MAX: usize = 10;

    pub fn parse<'a>(items: impl IntoIterator<Item = &'a str>) -> Result<Topics, Invalid> {
        let mut topics: Vec<String> = Vec::new();
        for item in items {
            let topic = item
                .trim()
                .to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if topic.is_empty() {
                continue;
            }
            if topic.chars().count() > 30
                || !topic
                    .chars()
                    .all(|c| c.is_alphanumeric() || " +#.-_".contains(c))
            {
                return Err(invalid(format!(
                    "\"{}\" is not a topic: up to 30 letters, digits, spaces and + # . - _.",
                    topic.chars().take(40).collect::<String>()
                )));
            }
            if !topics.contains(&topic) {
                topics.push(topic);
            }
        }
        if topics.len() > Self::MAX {
            return Err(invalid(format!("At most {} topics.", Self::MAX)));
        }
        Ok(Topics(topics))
    }

    /// Comma-separated input, as a form sends it.
    pub fn parse_list(input: &str) -> Result<Topics, Invalid> {
        Self::parse(input.split(','))
    }

    pub fn as_slice(&self) -> &[String] {
        &self.0
    }
}

/// Who may see the group's events and members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(
    feature = "diesel",
    derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow),
    diesel(sql_type = diesel::sql_types::Text)
)]
pub enum Visibility {
    /// Anyone.
    Public,
    /// Members only; to everyone else the group does not exist.
    Private,
}

impl Visibility {
    pub const fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Private => "private",
        }
    }

    pub fn parse(text: &str) -> Result<Visibility, Invalid> {
        match text.trim() {
            "public" => Ok(Visibility::Public),
            "private" => Ok(Visibility::Private),
            _ => Err(invalid("Choose public or private.")),
        }
    }
}

/// How people become members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(
    feature = "diesel",
    derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow),
    diesel(sql_type = diesel::sql_types::Text)
)]
pub enum JoinMode {
    /// Anyone who accepts the code of conduct.
    Open,
    /// Organizers approve each request.
    Approval,
    /// By invitation only.
    Invite,
}

impl JoinMode {
    pub const fn as_str(self) -> &'static str {
        match self {
            JoinMode::Open => "open",
            JoinMode::Approval => "approval",
            JoinMode::Invite => "invite",
        }
    }

    pub fn parse(text: &str) -> Result<JoinMode, Invalid> {
        match text.trim() {
            "open" => Ok(JoinMode::Open),
            "approval" => Ok(JoinMode::Approval),
            "invite" => Ok(JoinMode::Invite),
            _ => Err(invalid("Choose open, approval or invite.")),
        }
    }
}

/// Questions asked when someone joins (answers visible to organizers): up to 5, each up to
/// 200 characters.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Questions(Vec<String>);

impl Questions {
    pub const MAX: usize = 5;

    pub fn parse<'a>(items: impl IntoIterator<Item = &'a str>) -> Result<Questions, Invalid> {
        let mut questions = Vec::new();
        for item in items {
            let q = single_line(item, 0, 200, "A question")?;
            if !q.is_empty() {
                questions.push(q);
            }
        }
        if questions.len() > Self::MAX {
            return Err(invalid(format!("At most {} questions.", Self::MAX)));
        }
        Ok(Questions(questions))
    }

    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    /// Checks answers against these questions: one per question, each up to 1000 characters.
    pub fn check_answers(&self, answers: &[String]) -> Result<Vec<String>, Invalid> {
        if answers.len() > self.0.len() {
            return Err(invalid("There are more answers than questions."));
        }
        let mut checked = Vec::with_capacity(self.0.len());
        for i in 0..self.0.len() {
            let answer = answers.get(i).map(String::as_str).unwrap_or_default();
            checked.push(multi_line(answer, 0, 1000, "An answer")?);
        }
        Ok(checked)
    }
}

/// How long a group's organizers have to refuse a request to adopt it, unless configured.
pub const DEFAULT_ADOPTION_GRACE_DAYS: u32 = 14;

/// How long an instance administrator can restore a deleted group (its data stays in the
/// database after that until an operator removes it; the site no longer offers to restore).
pub const RESTORE_WINDOW_DAYS: i64 = 30;

/// How long without an event before a group counts as dormant, unless configured.
pub const DEFAULT_DORMANT_MONTHS: u32 = 12;

/// Whether a group has gone quiet: nothing scheduled, and quiet since (its last event, or its
/// creation or adoption if later) more than `months` months before `now`. A dormant group
/// stays fully readable; its pages say so, and it can be adopted.
pub fn is_dormant(
    quiet_since: Timestamp,
    next_event_at: Option<Timestamp>,
    now: Timestamp,
    months: u32,
) -> bool {
    if next_event_at.is_some() {
        return false;
    }
    now.as_datetime()
        .checked_sub_months(chrono::Months::new(months))
        .is_some_and(|limit| quiet_since.as_datetime() < limit)
}

crate::stored::stored_text!(Visibility, "a group visibility", |t: &str| {
    Visibility::parse(t).ok()
});

crate::stored::stored_text!(JoinMode, "a join mode", |t: &str| JoinMode::parse(t).ok());

crate::stored::text_enum!(
    /// Where a conduct report stands.
    ReportStatus {
        /// Waiting for the organizers who moderate.
        Open = "open",
        /// Marked handled.
        Handled = "handled",
    },
    "Choose open or handled.",
    "a report's status"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe_and_not_reserved() {
        assert_eq!(Slug::parse(" PyLeeds ").unwrap().as_str(), "pyleeds");
        assert!(Slug::parse("python-berlin-2").is_ok());
        for bad in [
            "py",
            "-py",
            "py-",
            "py--leeds",
            "1pyleeds",
            "py_leeds",
            "py leeds",
            "pyłódź",
            "admin",
            "groups",
            "new",
            &"a".repeat(51),
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            Slug::suggest("Python Users Berlin (PUB)!"),
            "python-users-berlin-pub"
        );
        // Every script the python.org list uses comes out readable, not with holes.
        for (name, slug) in [
            ("User Group München", "user-group-munchen"),
            ("pyCologne, Köln", "pycologne-koln"),
            ("Reykjavík Python User Group", "reykjavik-python-user-group"),
            ("Python São Paulo", "python-sao-paulo"),
            ("Грузинская группа", "gruzinskaia-gruppa"),
            ("ประเทศไทย", "praethsaithy"),
        ] {
            assert_eq!(Slug::suggest(name), slug, "{name}");
        }
    }

    #[test]
    fn links_are_http_or_https_only() {
        assert!(WebUrl::parse("https://pyleeds.org/meetups").is_ok());
        for bad in [
            "javascript:alert(1)",
            "ftp://x.org",
            "https://",
            "https://x.org/\r\nBEGIN:VEVENT",
            "not a url",
            "data:text/html,x",
        ] {
            assert!(WebUrl::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(WebUrl::parse_optional("  ").unwrap(), None);
    }

    #[test]
    fn topics_are_normalised_and_bounded() {
        let topics = Topics::parse_list("Python, data science,python , C++, ").unwrap();
        assert_eq!(topics.as_slice(), ["python", "data science", "c++"]);
        assert!(Topics::parse_list("<script>").is_err());
        assert!(
            Topics::parse_list(
                &(0..11)
                    .map(|i| format!("t{i}"))
                    .collect::<Vec<_>>()
                    .join(",")
            )
            .is_err()
        );
    }

    #[test]
    fn texts_refuse_controls_and_enforce_lengths() {
        assert!(GroupName::parse("PyLeeds").is_ok());
        assert!(GroupName::parse("Py").is_err());
        assert!(GroupName::parse("Py\nLeeds").is_err());
        assert!(Description::parse("Line 1\nLine 2").is_ok());
        assert!(Description::parse("bell\u{7}").is_err());
        assert!(Description::parse(&"x".repeat(20_001)).is_err());
        assert!(ConductText::parse("too short").is_err());
        assert!(Coordinates::new(53.8, -1.55).is_ok());
        assert!(Coordinates::new(91.0, 0.0).is_err());
        assert!(Coordinates::new(f64::NAN, 0.0).is_err());
    }

    #[test]
    fn answers_match_questions() {
        let q = Questions::parse(["Are you new to Python?", ""]).unwrap();
        assert_eq!(q.as_slice().len(), 1);
        assert_eq!(q.check_answers(&[]).unwrap(), vec![String::new()]);
        assert!(q.check_answers(&["a".into(), "b".into()]).is_err());
    }

    #[test]
    fn a_group_is_dormant_after_months_without_an_event() {
        let at = |t: &str| Timestamp::parse_rfc3339(t).unwrap();
        let now = at("2026-11-21T12:00:00Z");
        let last = at("2025-11-20T12:00:00Z");
        assert!(is_dormant(last, None, now, 12), "a year and a day");
        assert!(!is_dormant(at("2025-11-22T12:00:00Z"), None, now, 12));
        assert!(
            !is_dormant(last, Some(at("2026-12-01T18:00:00Z")), now, 12),
            "scheduled"
        );
        assert!(!is_dormant(last, None, now, 13), "configurable");
        assert!(
            !is_dormant(at("2026-06-01T00:00:00Z"), None, now, 12),
            "quiet only since June (a new group, or one adopted then)"
        );
    }
}

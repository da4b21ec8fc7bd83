//! What a person shows of themselves: pronouns, links to elsewhere, and the face drawn for
//! them when they have no avatar (their initials on a colour of their own).

use crate::account::Invalid;

fn invalid(message: impl Into<String>) -> Invalid {
    Invalid(message.into())
}

/// "she/her", "they/them", "er/ihm": free text, short, one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pronouns(String);

impl Pronouns {
    pub const MAX_CHARS: usize = 40;

    pub fn parse(input: &str) -> Result<Pronouns, Invalid> {
        let text = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.chars().any(char::is_control) {
            return Err(invalid("Pronouns cannot contain control characters."));
        }
        if text.chars().count() > Self::MAX_CHARS {
            return Err(invalid(format!(
                "Pronouns can be at most {} characters.",
                Self::MAX_CHARS
            )));
        }
        Ok(Pronouns(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A fediverse account, kept as `@name@server` and linked as `https://server/@name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FediverseHandle {
    name: String,
    server: String,
}

impl FediverseHandle {
    const HINT: &str = "Enter a fediverse address like @name@mastodon.social, or leave it empty.";

    /// Takes `@name@server`, `name@server` or the profile's address `https://server/@name`.
    pub fn parse(input: &str) -> Result<FediverseHandle, Invalid> {
        let text = input.trim();
        let (name, server) = if let Some(rest) = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
        {
            let (server, path) = rest.split_once('/').ok_or_else(|| invalid(Self::HINT))?;
            let name = path
                .trim_end_matches('/')
                .strip_prefix('@')
                .ok_or_else(|| invalid(Self::HINT))?;
            (name, server)
        } else {
            text.strip_prefix('@')
                .unwrap_or(text)
                .split_once('@')
                .ok_or_else(|| invalid(Self::HINT))?
        };
        let name_ok = !name.is_empty()
            && name.len() <= 64
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
        let server = server.to_ascii_lowercase();
        let server_ok = server.len() <= 253
            && server.contains('.')
            && matches!(url::Host::parse(&server), Ok(url::Host::Domain(_)))
            && server
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
        if !name_ok || !server_ok {
            return Err(invalid(Self::HINT));
        }
        Ok(FediverseHandle {
            name: name.to_owned(),
            server,
        })
    }

    /// Empty input means none.
    pub fn parse_optional(input: &str) -> Result<Option<FediverseHandle>, Invalid> {
        crate::fields::optional(input, Self::parse)
    }

    /// `@name@server`, as stored and shown.
    pub fn handle(&self) -> String {
        format!("@{}@{}", self.name, self.server)
    }

    /// The profile's address on its server.
    pub fn url(&self) -> String {
        format!("https://{}/@{}", self.server, self.name)
    }
}

/// A GitHub account name, kept bare (`octocat`) and linked as `https://github.com/octocat`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GithubName(String);

impl GithubName {
    const HINT: &str = "Enter a GitHub user name like octocat (letters, digits and single \
                        hyphens, up to 39 characters), or leave it empty.";

    /// Takes `octocat`, `@octocat` or `https://github.com/octocat`.
    pub fn parse(input: &str) -> Result<GithubName, Invalid> {
        let text = input.trim();
        let name = [
            "https://github.com/",
            "http://github.com/",
            "github.com/",
            "@",
        ]
        .iter()
        .find_map(|prefix| text.strip_prefix(prefix))
        .unwrap_or(text)
        .trim_end_matches('/');
        let ok = !name.is_empty()
            && name.len() <= 39
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !name.starts_with('-')
            && !name.ends_with('-')
            && !name.contains("--");
        if !ok {
            return Err(invalid(Self::HINT));
        }
        Ok(GithubName(name.to_owned()))
    }

    /// Empty input means none.
    pub fn parse_optional(input: &str) -> Result<Option<GithubName>, Invalid> {
        crate::fields::optional(input, Self::parse)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn url(&self) -> String {
        format!("https://github.com/{}", self.0)
    }
}

/// The letters drawn for a person without an avatar: the first letter of their first and last
/// words ("Ada Lovelace" → "AL"), or of their only word ("Grace" → "G"; "山田" → "山").
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphanumeric))
        .collect();
    let first = |w: &str| {
        w.chars()
            .next()
            .map(|c| c.to_uppercase().collect::<String>())
    };
    match words.as_slice() {
        [] => "?".to_owned(),
        [only] => first(only).unwrap_or_default(),
        [head, .., last] => {
            let (a, b) = (
                first(head).unwrap_or_default(),
                first(last).unwrap_or_default(),
            );
            // Scripts without case (CJK) read better as one sign.
            if a.chars().all(char::is_alphabetic) && a.to_lowercase() == a {
                a
            } else {
                a + &b
            }
        }
    }
}

/// How many colours initials are drawn on (`.face-0` … `.face-7` in the style sheet, each
/// with white text at a contrast of at least 4.5:1).
pub const FACE_COLOURS: u8 = 8;

/// The colour a person's initials are drawn on, the same on every page: from their id.
pub fn face_colour(id: &str) -> u8 {
    // FNV-1a: stable across builds and platforms, unlike the standard library's hasher.
    let hash = id.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    u8::try_from(hash % u32::from(FACE_COLOURS)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns_are_short_single_lines() {
        assert_eq!(
            Pronouns::parse("  she / her ").unwrap().as_str(),
            "she / her"
        );
        assert_eq!(Pronouns::parse("").unwrap().as_str(), "");
        assert!(Pronouns::parse(&"x".repeat(41)).is_err());
        assert_eq!(Pronouns::parse("they\nthem").unwrap().as_str(), "they them");
        assert!(Pronouns::parse("they\u{7}").is_err());
    }

    #[test]
    fn fediverse_handles_in_any_common_form() {
        for input in [
            "@ada@mastodon.social",
            "ada@mastodon.social",
            "https://mastodon.social/@ada",
            " https://Mastodon.Social/@ada/ ",
        ] {
            let h = FediverseHandle::parse(input).unwrap();
            assert_eq!(h.handle(), "@ada@mastodon.social", "{input}");
            assert_eq!(h.url(), "https://mastodon.social/@ada");
        }
        for bad in [
            "ada",
            "@ada",
            "@ada@localhost",
            "@ada@127.0.0.1",
            "@a da@x.org",
            "https://x.org/ada",
            "@<script>@x.org",
            "javascript:alert(1)@x.org",
        ] {
            assert!(FediverseHandle::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(FediverseHandle::parse_optional("  ").unwrap(), None);
    }

    #[test]
    fn github_names_follow_githubs_rules() {
        for input in [
            "octocat",
            "@octocat",
            "https://github.com/octocat/",
            "github.com/octocat",
        ] {
            assert_eq!(GithubName::parse(input).unwrap().as_str(), "octocat");
        }
        assert_eq!(
            GithubName::parse("ada-l").unwrap().url(),
            "https://github.com/ada-l"
        );
        for bad in [
            "-ada",
            "ada-",
            "a--b",
            "a b",
            "ada/x",
            &"a".repeat(40),
            "<b>",
        ] {
            assert!(GithubName::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn initials_and_colours() {
        assert_eq!(initials("Ada Lovelace"), "AL");
        assert_eq!(initials("grace brewster murray hopper"), "GH");
        assert_eq!(initials("Grace"), "G");
        assert_eq!(initials("Émile Zola"), "ÉZ");
        assert_eq!(initials("山田 太郎"), "山");
        assert_eq!(initials("  "), "?");
        assert_eq!(initials("(Ada) Lovelace"), "L");
        let id = "0193a7c2-0000-7000-8000-000000000001";
        assert_eq!(face_colour(id), face_colour(id));
        assert!(face_colour(id) < FACE_COLOURS);
        let spread: std::collections::HashSet<u8> = (0..64)
            .map(|i| face_colour(&format!("0193a7c2-0000-7000-8000-{i:012}")))
            .collect();
        assert_eq!(
            spread.len(),
            usize::from(FACE_COLOURS),
            "every colour is used"
        );
    }
}

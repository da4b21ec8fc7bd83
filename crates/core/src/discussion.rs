//! A group's discussions: what a thread's title and a post's text may be, and how often its
//! followers are emailed.

use chrono::Duration;

use std::fmt;

use serde::{Serialize, Serializer};

use crate::{
    account::Invalid,
    group::{multi_line, single_line, text_type},
};

text_type!(
    /// A thread's title: one line, 1–150 characters.
    ThreadTitle, |s| single_line(s, 1, 150, "The title")
);
text_type!(
    /// The Markdown of a thread's opening post or of a reply: 1–10,000 characters.
    PostText, |s| multi_line(s, 1, 10_000, "The text")
);

/// A follower gets at most one email per thread in this long: replies that come in the
/// meantime wait and go together in the next one.
pub const REPLY_EMAIL_SPACING: Duration = Duration::hours(1);

/// Replies are emailed once they are this old, so that a quick correction (or a burst of
/// replies) goes out together: the first email about a thread comes within minutes.
pub const REPLY_EMAIL_SETTLE: Duration = Duration::minutes(2);

/// The most replies one email quotes; the rest are counted ("and 3 more").
pub const REPLIES_PER_EMAIL: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_texts_are_checked() {
        assert_eq!(
            ThreadTitle::parse("  Lightning   talks?  ")
                .unwrap()
                .as_str(),
            "Lightning talks?"
        );
        assert_eq!(ThreadTitle::parse("   ").unwrap_err().0, "Enter the title.");
        assert!(ThreadTitle::parse(&"x".repeat(151)).is_err());
        assert!(ThreadTitle::parse("two\nlines").is_err());
        assert_eq!(PostText::parse("").unwrap_err().0, "Enter the text.");
        assert!(PostText::parse(&"x".repeat(10_001)).is_err());
        assert_eq!(PostText::parse(" a\r\nb ").unwrap().as_str(), "a\nb");
    }
}

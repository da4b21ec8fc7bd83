//! Notification rules: which group emails a member can turn off, when reminders are due, and
//! how long a change notice waits for the next edit.

use std::fmt;

use chrono::Duration;

use crate::{Timestamp, account::Invalid};

/// The kinds of group email a member can turn off (per group), and that carry
/// `List-Unsubscribe`. Everything else a group sends is about the member's own RSVP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "diesel",
    derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow),
    diesel(sql_type = diesel::sql_types::Text)
)]
pub enum Topic {
    /// "A new event was published".
    Announcements,
    /// "Your event is in a day".
    Reminders,
    /// Messages organizers write to members.
    Messages,
    /// New replies in the discussion threads the member follows.
    Discussions,
}

impl Topic {
    pub const ALL: [Topic; 4] = [
        Topic::Announcements,
        Topic::Reminders,
        Topic::Messages,
        Topic::Discussions,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Topic::Announcements => "announcements",
            Topic::Reminders => "reminders",
            Topic::Messages => "messages",
            Topic::Discussions => "discussions",
        }
    }

    pub fn parse(text: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.as_str() == text)
    }

    /// How the preference reads on a page ("event announcements").
    pub const fn label(self) -> &'static str {
        match self {
            Topic::Announcements => "new event announcements",
            Topic::Reminders => "reminders before events you are going to",
            Topic::Messages => "messages from the organizers",
            Topic::Discussions => "new replies in discussions you follow",
        }
    }
}

/// A change of time or place is told this long after the last edit: several quick edits in a
/// row make one notice.
pub const CHANGE_NOTICE_DELAY: Duration = Duration::minutes(15);

/// The most reminders a group may configure, and the furthest ahead one may go.
pub const MAX_REMINDERS: usize = 3;
pub const MAX_REMINDER_HOURS: i32 = 14 * 24;

/// When a group's reminders go out, in whole hours before an event starts: distinct, largest
/// first, each between 1 hour and 14 days. Empty: the group sends no reminders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderHours(Vec<i32>);

impl Default for ReminderHours {
    /// Six days and one day before.
    fn default() -> Self {
        ReminderHours(vec![144, 24])
    }
}

impl ReminderHours {
    /// Validates a list of offsets (any order; duplicates are refused).
    pub fn new(mut hours: Vec<i64>) -> Result<ReminderHours, Invalid> {
        if hours.len() > MAX_REMINDERS {
            return Err(Invalid(format!(
                "At most {MAX_REMINDERS} reminders; {} were given.",
                hours.len()
            )));
        }
        hours.sort_unstable_by(|a, b| b.cmp(a));
        if hours.windows(2).any(|w| w[0] == w[1]) {
            return Err(Invalid("Each reminder time may be given once.".to_owned()));
        }
        hours
            .into_iter()
            .map(|h| match i32::try_from(h) {
                Ok(h) if (1..=MAX_REMINDER_HOURS).contains(&h) => Ok(h),
                _ => Err(Invalid(format!(
                    "Reminders go out between 1 and {MAX_REMINDER_HOURS} hours (14 days) before \
                     the start; {h} is outside that."
                ))),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(ReminderHours)
    }

    /// Reads what [`ReminderHours::to_string`] stored; anything unreadable means the default.
    pub fn from_stored(text: &str) -> ReminderHours {
        if text.trim().is_empty() {
            return ReminderHours(Vec::new());
        }
        text.split(',')
            .map(|h| h.trim().parse::<i64>())
            .collect::<Result<Vec<_>, _>>()
            .ok()
            .and_then(|hours| ReminderHours::new(hours).ok())
            .unwrap_or_default()
    }

    pub fn hours(&self) -> &[i32] {
        &self.0
    }

    /// Reminder moments for an event starting at `starts_at` that are due at `now` and were
    /// still ahead when the event was published (a reminder is not sent for a moment that had
    /// passed before anyone could know of the event). Each with its hours.
    pub fn due(
        &self,
        starts_at: Timestamp,
        published_at: Timestamp,
        now: Timestamp,
    ) -> impl Iterator<Item = i32> + '_ {
        self.0.iter().copied().filter(move |&h| {
            let moment = starts_at - Duration::hours(i64::from(h));
            moment <= now && moment > published_at
        })
    }
}

/// "1 day", "36 hours", "6 days".
pub fn describe_hours(hours: i32) -> String {
    match hours {
        h if h % 24 == 0 && h / 24 == 1 => "1 day".to_owned(),
        h if h % 24 == 0 => format!("{} days", h / 24),
        1 => "1 hour".to_owned(),
        h => format!("{h} hours"),
    }
}

impl fmt::Display for ReminderHours {
    /// `144,24`: how it is stored.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&parts.join(","))
    }
}

crate::stored::stored_text!(Topic, "an email topic", |t: &str| Topic::parse(t));

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse_rfc3339(text).unwrap()
    }

    #[test]
    fn hours_are_validated_and_sorted() {
        assert_eq!(
            ReminderHours::new(vec![24, 144]).unwrap().hours(),
            &[144, 24]
        );
        assert_eq!(ReminderHours::new(vec![]).unwrap().hours(), &[] as &[i32]);
        assert!(ReminderHours::new(vec![0]).is_err());
        assert!(ReminderHours::new(vec![24 * 15]).is_err());
        assert!(ReminderHours::new(vec![24, 24]).is_err());
        assert!(ReminderHours::new(vec![1, 2, 3, 4]).is_err());
        assert!(ReminderHours::new(vec![-5]).is_err());
    }

    #[test]
    fn stored_text_round_trips_and_junk_means_default() {
        let hours = ReminderHours::new(vec![48, 2]).unwrap();
        assert_eq!(ReminderHours::from_stored(&hours.to_string()), hours);
        assert_eq!(ReminderHours::from_stored(""), ReminderHours(vec![]));
        assert_eq!(ReminderHours::from_stored("x,1"), ReminderHours::default());
        assert_eq!(describe_hours(144), "6 days");
        assert_eq!(describe_hours(24), "1 day");
        assert_eq!(describe_hours(36), "36 hours");
        assert_eq!(describe_hours(1), "1 hour");
    }

    #[test]
    fn a_moment_is_due_once_reached_if_it_was_ahead_at_publishing() {
        let hours = ReminderHours::default();
        let starts = at("2026-12-10T18:00:00Z");
        let published = at("2026-11-20T10:00:00Z");
        let due = |now: &str| hours.due(starts, published, at(now)).collect::<Vec<_>>();
        assert_eq!(due("2026-12-04T17:59:00Z"), Vec::<i32>::new());
        assert_eq!(due("2026-12-04T18:00:00Z"), vec![144]);
        assert_eq!(due("2026-12-09T18:00:00Z"), vec![144, 24]);
        // Published three days ahead: the six-day moment had passed; only the day before.
        let late = at("2026-12-07T18:00:00Z");
        assert_eq!(
            hours
                .due(starts, late, at("2026-12-09T18:30:00Z"))
                .collect::<Vec<_>>(),
            vec![24]
        );
    }
}

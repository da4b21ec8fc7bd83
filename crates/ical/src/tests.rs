use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use super::*;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("a test time")
        .with_timezone(&Utc)
}

fn calendar() -> Calendar<'static> {
    Calendar {
        product: "-//Muster//Muster test//EN",
        method: Method::Publish,
        name: Some("PyBerlin"),
        description: Some("Meetups of PyBerlin"),
        timezone: Some(chrono_tz::Europe::Berlin),
        refresh: Some(Duration::hours(1)),
    }
}

fn event<'a>(uid: &'a str, starts: &str) -> Event<'a> {
    let starts_at = at(starts);
    Event {
        uid,
        stamp: at("2026-11-02T09:00:00Z"),
        starts_at,
        ends_at: starts_at + Duration::hours(2),
        timezone: chrono_tz::Europe::Berlin,
        sequence: 0,
        created: Some(at("2026-10-01T10:00:00Z")),
        last_modified: at("2026-10-02T10:00:00Z"),
        status: Status::Confirmed,
        summary: "Python Meetup",
        description: "Talks and pizza.",
        location: Some("c-base, Rungestraße 20, Berlin"),
        geo: Some((52.512_99, 13.420_03)),
        url: Some("https://muster.example/g/pyberlin/events/1"),
        organizer: Some(Organizer {
            name: "PyBerlin",
            email: "noreply@muster.example",
            sent_by: None,
        }),
        attendee: None,
    }
}

/// The unfolded content lines of `text`, checking the framing on the way.
fn unfold(text: &str) -> Vec<String> {
    assert!(text.ends_with("\r\n"), "ends with CRLF");
    let mut out: Vec<String> = Vec::new();
    for raw in text.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(
            !raw.contains('\r') && !raw.contains('\n'),
            "bare CR or LF in {raw:?}"
        );
        assert!(raw.len() <= 75, "line longer than 75 octets: {raw:?}");
        match raw.strip_prefix(' ') {
            Some(rest) => out.last_mut().expect("a line to continue").push_str(rest),
            None => out.push(raw.to_owned()),
        }
    }
    out
}

fn value<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter(|l| l.split([':', ';']).next() == Some(name))
        .map(String::as_str)
        .collect()
}

#[test]
fn a_feed_has_the_calendar_properties_clients_need() {
    let text = render(
        &calendar(),
        &[event("e1@muster.example", "2026-11-12T18:00:00Z")],
    );
    let lines = unfold(&text);
    for expected in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Muster//Muster test//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:PyBerlin",
        "X-WR-TIMEZONE:Europe/Berlin",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H",
        "UID:e1@muster.example",
        "DTSTAMP:20261102T090000Z",
        "DTSTART;TZID=Europe/Berlin:20261112T190000",
        "DTEND;TZID=Europe/Berlin:20261112T210000",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "LOCATION:c-base\\, Rungestraße 20\\, Berlin",
        "GEO:52.512990;13.420030",
        "URL:https://muster.example/g/pyberlin/events/1",
        "ORGANIZER;CN=PyBerlin:mailto:noreply@muster.example",
        "END:VCALENDAR",
    ] {
        assert!(
            lines.iter().any(|l| l == expected),
            "missing {expected}\n{text}"
        );
    }
    assert_eq!(
        value(&lines, "BEGIN").len(),
        4,
        "calendar, zone, one period, event"
    );
}

#[test]
fn text_is_escaped_and_control_characters_cannot_break_a_line() {
    let mut e = event("e1", "2026-11-12T18:00:00Z");
    e.summary = "Evil\r\nBEGIN:VEVENT\rUID:x; a, b \\ c\u{0}\u{1b}[31m\u{7f}\u{85}";
    e.description = "line one\nline two\r\nEND:VCALENDAR";
    let text = render(&calendar(), &[e]);
    let lines = unfold(&text);
    assert_eq!(
        value(&lines, "SUMMARY"),
        ["SUMMARY:Evil\\nBEGIN:VEVENT\\nUID:x\\; a\\, b \\\\ c[31m"]
    );
    assert_eq!(
        value(&lines, "DESCRIPTION"),
        ["DESCRIPTION:line one\\nline two\\nEND:VCALENDAR"]
    );
    assert_eq!(
        value(&lines, "BEGIN")
            .iter()
            .filter(|l| l.ends_with("VEVENT"))
            .count(),
        1
    );
}

#[test]
fn values_written_verbatim_are_left_out_when_they_hold_controls_or_spaces() {
    let mut e = event("uid\r\nBEGIN:VALARM", "2026-11-12T18:00:00Z");
    e.url = Some("https://x.example/\r\nBEGIN:VALARM\r\nACTION:DISPLAY");
    e.organizer = Some(Organizer {
        name: "Evil\"; ROLE=CHAIR:\r\nX",
        email: "a@b.example\r\nATTENDEE:mailto:c@d.example",
        sent_by: None,
    });
    let text = render(&calendar(), &[e]);
    assert!(!text.contains("VALARM"), "{text}");
    assert!(!text.contains("ATTENDEE"), "{text}");
    let lines = unfold(&text);
    assert!(value(&lines, "UID").is_empty());
    assert!(value(&lines, "URL").is_empty());
    assert!(value(&lines, "ORGANIZER").is_empty());

    let mut e = event("e2", "2026-11-12T18:00:00Z");
    e.organizer = Some(Organizer {
        name: "Evil\"; ROLE=CHAIR:\r\nX",
        email: "a@b.example",
        sent_by: None,
    });
    let text = render(&calendar(), &[e]);
    let lines = unfold(&text);
    assert_eq!(
        value(&lines, "ORGANIZER"),
        ["ORGANIZER;CN=\"Evil; ROLE=CHAIR:X\":mailto:a@b.example"]
    );
}

#[test]
fn long_lines_fold_at_75_octets_between_characters() {
    let mut e = event("e1", "2026-11-12T18:00:00Z");
    let summary = "Ünïcödé 🐍 ".repeat(40);
    e.summary = &summary;
    let text = render(&calendar(), &[e]);
    // `lines` checks every physical line is at most 75 octets; splitting inside a character
    // would have made `text` invalid UTF-8, which a `String` cannot be.
    let lines = unfold(&text);
    assert_eq!(
        value(&lines, "SUMMARY"),
        [format!("SUMMARY:{summary}").as_str()]
    );
    let longest = text.split("\r\n").map(str::len).max().unwrap_or(0);
    assert!(longest > 70, "folded lines are used fully: {longest}");
}

#[test]
fn local_times_follow_daylight_saving_and_the_zone_is_defined() {
    // Europe/Berlin leaves summer time on 2026-10-25 at 01:00 UTC.
    let before = event("before", "2026-10-22T17:00:00Z"); // 19:00 CEST
    let after = event("after", "2026-10-29T18:00:00Z"); // 19:00 CET
    let text = render(&calendar(), &[before, after]);
    let lines = unfold(&text);
    assert_eq!(
        value(&lines, "DTSTART"),
        [
            "DTSTART:20261021T190000",
            "DTSTART:20261025T030000",
            "DTSTART;TZID=Europe/Berlin:20261022T190000",
            "DTSTART;TZID=Europe/Berlin:20261029T190000",
        ],
        "{text}"
    );
    for expected in [
        "TZID:Europe/Berlin",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "TZNAME:CEST",
    ] {
        assert!(
            lines.iter().any(|l| l == expected),
            "missing {expected}\n{text}"
        );
    }
}

#[test]
fn an_ambiguous_local_time_is_written_in_utc() {
    // 02:30 happens twice in Berlin on 2026-10-25; the second one is 01:30 UTC.
    let mut e = event("fold", "2026-10-25T01:30:00Z");
    e.ends_at = at("2026-10-25T03:00:00Z");
    let lines = unfold(&render(&calendar(), &[e]));
    assert_eq!(
        value(&lines, "DTSTART"),
        [
            "DTSTART:20261024T033000",
            "DTSTART:20261025T030000",
            "DTSTART:20261025T013000Z"
        ]
    );
    assert_eq!(
        value(&lines, "DTEND"),
        ["DTEND;TZID=Europe/Berlin:20261025T040000"]
    );
}

#[test]
fn utc_events_need_no_zone() {
    let mut e = event("utc", "2026-11-12T18:00:00Z");
    e.timezone = Tz::UTC;
    let lines = unfold(&render(&calendar(), &[e]));
    assert!(value(&lines, "TZID").is_empty());
    assert_eq!(value(&lines, "DTSTART"), ["DTSTART:20261112T180000Z"]);
}

#[test]
fn zones_without_rules_and_with_odd_offsets() {
    let mut kolkata = event("k", "2026-11-12T13:00:00Z");
    kolkata.timezone = chrono_tz::Asia::Kolkata;
    let mut eucla = event("e", "2026-11-12T13:00:00Z");
    eucla.timezone = chrono_tz::Australia::Eucla;
    let lines = unfold(&render(&calendar(), &[kolkata, eucla]));
    assert!(lines.iter().any(|l| l == "TZOFFSETTO:+0530"));
    assert!(lines.iter().any(|l| l == "TZOFFSETTO:+0845"));
    assert_eq!(
        value(&lines, "DTSTART")
            .into_iter()
            .filter(|l| l.contains("TZID"))
            .collect::<Vec<_>>(),
        [
            "DTSTART;TZID=Asia/Kolkata:20261112T183000",
            "DTSTART;TZID=Australia/Eucla:20261112T214500"
        ]
    );
}

#[test]
fn an_empty_feed_is_still_a_calendar() {
    let lines = unfold(&render(&calendar(), &[]));
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(value(&lines, "BEGIN").len() == 1);
}

#[test]
fn clean_text_keeps_what_a_parser_reads_back() {
    assert_eq!(clean_text("a\r\nb\rc\nd\te\u{0}\u{7}f"), "a\nb\nc\nd\tef");
}

/// The rendered text of a fixed calendar, compared with the committed snapshot
/// (`MUSTER_UPDATE_SNAPSHOTS=1` rewrites it after a deliberate change).
#[test]
fn snapshot_of_a_feed() {
    let mut cancelled = event("e2@muster.example", "2027-03-25T18:30:00Z");
    cancelled.status = Status::Cancelled;
    cancelled.sequence = 3;
    cancelled.summary = "Cancelled: Sprint night";
    cancelled.location = None;
    cancelled.geo = None;
    let text = render(
        &calendar(),
        &[
            event("e1@muster.example", "2026-11-12T18:00:00Z"),
            cancelled,
        ],
    );
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots/feed.ics");
    if std::env::var_os("MUSTER_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, &text).expect("write the snapshot");
    }
    let expected =
        std::fs::read_to_string(path).expect("the snapshot (MUSTER_UPDATE_SNAPSHOTS=1 writes it)");
    assert_eq!(text, expected);
}

#[test]
fn a_caret_in_a_parameter_is_not_read_as_an_rfc_6868_escape() {
    let mut e = event("e3", "2026-11-12T18:00:00Z");
    e.organizer = Some(Organizer {
        name: "Py^n^Berlin",
        email: "a@b.example",
        sent_by: None,
    });
    let lines = unfold(&render(&calendar(), &[e]));
    assert_eq!(
        value(&lines, "ORGANIZER"),
        ["ORGANIZER;CN=Py^^n^^Berlin:mailto:a@b.example"]
    );
}

#[test]
fn an_organizer_sent_for_by_another_address_says_so() {
    let mut e = event("e4", "2026-11-12T18:00:00Z");
    e.organizer = Some(Organizer {
        name: "PyBerlin",
        email: "hello@pyberlin.example",
        sent_by: Some("noreply@muster.example"),
    });
    let lines = unfold(&render(&calendar(), &[e.clone()]));
    assert_eq!(
        value(&lines, "ORGANIZER"),
        [
            "ORGANIZER;CN=PyBerlin;SENT-BY=\"mailto:noreply@muster.example\":mailto:hello@pyberlin.example"
        ]
    );
    // The same address sends for itself: no SENT-BY.
    e.organizer = Some(Organizer {
        name: "PyBerlin",
        email: "noreply@muster.example",
        sent_by: Some("noreply@muster.example"),
    });
    let lines = unfold(&render(&calendar(), &[e]));
    assert_eq!(
        value(&lines, "ORGANIZER"),
        ["ORGANIZER;CN=PyBerlin:mailto:noreply@muster.example"]
    );
}

#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;

const BERLIN: Tz = chrono_tz::Europe::Berlin;

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

fn cal(body: &str) -> String {
    format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n{body}END:VCALENDAR\r\n")
}

#[test]
fn zoned_utc_floating_and_all_day_times() {
    let text = cal(concat!(
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Zoned\r\nDTSTART;TZID=Europe/Berlin:20240704T190000\r\n",
        "DTEND;TZID=Europe/Berlin:20240704T210000\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Utc\r\nDTSTART:20240104T180000Z\r\nDURATION:PT1H30M\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Floating\r\nDTSTART:20240104T190000\r\nDTEND:20240104T200000\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:d\r\nSUMMARY:Day\r\nDTSTART;VALUE=DATE:20240601\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:e\r\nSUMMARY:Mozilla\r\nDTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20240104T190000\r\nDTEND;TZID=/mozilla.org/20050126_1/Europe/Berlin:20240104T200000\r\nEND:VEVENT\r\n",
    ));
    let read = read(&text, BERLIN).unwrap();
    assert!(read.skipped.is_empty(), "{:?}", read.skipped);
    let e = &read.events;
    assert_eq!(e[0].starts_at, utc("2024-07-04T17:00:00Z"));
    assert_eq!(e[0].timezone, BERLIN);
    assert_eq!(e[1].starts_at, utc("2024-01-04T18:00:00Z"));
    assert_eq!(e[1].ends_at, utc("2024-01-04T19:30:00Z"));
    assert_eq!(
        e[2].starts_at,
        utc("2024-01-04T18:00:00Z"),
        "floating: group zone"
    );
    assert!(e[3].all_day);
    assert_eq!(e[3].starts_at, utc("2024-05-31T22:00:00Z"));
    assert_eq!(e[3].ends_at, utc("2024-06-01T22:00:00Z"));
    assert_eq!(e[4].starts_at, utc("2024-01-04T18:00:00Z"));
}

#[test]
fn folded_lines_escapes_lf_and_bom() {
    let text = "\u{feff}BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nSUMMARY:Talks\\, pizza\nDESCRIPTION:Hello \n world\\nsecond line; a\\;b\n\tend\nDTSTART:20240104T180000Z\nEND:VEVENT\nEND:VCALENDAR";
    let read = read(text, BERLIN).unwrap();
    let e = &read.events[0];
    assert_eq!(e.summary, "Talks, pizza");
    assert_eq!(e.description, "Hello world\nsecond line; a;bend");
    assert_eq!(e.ends_at - e.starts_at, DEFAULT_DURATION);
    assert_eq!(e.notes.len(), 1);
}

#[test]
fn bad_events_are_skipped_with_reasons() {
    let text = cal(concat!(
        "BEGIN:VEVENT\r\nSUMMARY:No uid\r\nDTSTART:20240104T180000Z\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:s\r\nSUMMARY:No start\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:2024-13-45\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:r\r\nDTSTART:20240104T180000Z\r\nDTEND:20240104T170000Z\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:t\r\nDTSTART;TZID=Mars/Olympus:20240104T180000\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:d\r\nDTSTART:20240104T180000Z\r\nDURATION:soon\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:b2\r\nDTSTART:20240104T180000Z\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:b2\r\nDTSTART:20240105T180000Z\r\nEND:VEVENT\r\n",
    ));
    let read = read(&text, BERLIN).unwrap();
    let reasons: Vec<(usize, &str)> = read
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.as_str()))
        .collect();
    assert_eq!(read.events.len(), 1, "{reasons:?}");
    assert_eq!(reasons.len(), 7, "{reasons:?}");
    assert!(reasons[0].1.contains("no UID"));
    assert!(reasons[1].1.contains("no start"));
    assert!(reasons[2].1.contains("not a date"));
    assert!(reasons[3].1.contains("ends before"));
    assert!(reasons[4].1.contains("Mars/Olympus"));
    assert!(reasons[5].1.contains("DURATION"));
    assert!(reasons[6].1.contains("same UID"));
    assert_eq!(reasons[0].0, 4, "the line of BEGIN:VEVENT");
}

#[test]
fn recurring_and_cancelled_events() {
    let text = cal(concat!(
        "BEGIN:VEVENT\r\nUID:r\r\nSUMMARY:Monthly\r\nDTSTART:20240104T180000Z\r\nRRULE:FREQ=MONTHLY\r\n",
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:alarm text\r\nEND:VALARM\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:r\r\nRECURRENCE-ID:20240204T180000Z\r\nDTSTART:20240205T180000Z\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:c\r\nSTATUS:CANCELLED\r\nDTSTART:20240104T180000Z\r\nEND:VEVENT\r\n",
    ));
    let read = read(&text, BERLIN).unwrap();
    assert_eq!(read.events.len(), 2);
    assert!(read.events[0].notes.iter().any(|n| n.contains("RRULE")));
    assert_eq!(
        read.events[0].description, "",
        "alarm text is not the event's"
    );
    assert!(read.events[1].cancelled);
    assert!(read.skipped[0].reason.contains("one occurrence"));
}

#[test]
fn whole_file_errors() {
    for (text, expected) in [
        ("", "empty"),
        ("\r\n\r\n", "empty"),
        ("hello world", "not an iCalendar file"),
        (
            "<html><body>Not found</body></html>",
            "not an iCalendar file",
        ),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\n",
            "ends before END:VEVENT",
        ),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n",
            "does not close",
        ),
        (
            "BEGIN:VCALENDAR\r\njust text\r\nEND:VCALENDAR\r\n",
            "line 2 is not",
        ),
        (
            "BEGIN:VCALENDAR\r\nX;P=\"open:\r\nEND:VCALENDAR\r\n",
            "line 2 is not",
        ),
    ] {
        let error = read(text, BERLIN).unwrap_err();
        assert!(error.0.contains(expected), "{text:?}: {error}");
    }
    let empty = read("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", BERLIN).unwrap();
    assert!(empty.events.is_empty() && empty.skipped.is_empty());
}

#[test]
fn ten_thousand_events() {
    let mut body = String::new();
    for i in 0..10_000 {
        body.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:e{i}\r\nSUMMARY:Meetup {i}\r\nDTSTART:20240104T180000Z\r\nDURATION:PT2H\r\nEND:VEVENT\r\n"
        ));
    }
    let read = read(&cal(&body), BERLIN).unwrap();
    assert_eq!(read.events.len(), 10_000);
}

#[test]
fn quoted_parameters_and_durations() {
    let p = content_line(
        1,
        "DTSTART;TZID=\"Europe/Berlin\";X=\"a;b:c\",d:20240104T180000",
    )
    .unwrap();
    assert_eq!(p.param("TZID"), Some("Europe/Berlin"));
    assert_eq!(p.param("X"), Some("a;b:c,d"));
    assert_eq!(p.value, "20240104T180000");
    assert_eq!(parse_duration("P1W"), Some(Duration::weeks(1)));
    assert_eq!(parse_duration("P1DT2H"), Some(Duration::hours(26)));
    assert_eq!(parse_duration("-PT15M"), Some(Duration::minutes(-15)));
    assert_eq!(parse_duration("P"), None);
    assert_eq!(parse_duration("PT1X"), None);
    assert_eq!(parse_duration("P99999999999999999999D"), None);
}

/// Odd input never panics the reader (a cheap fuzz without extra dependencies).
#[test]
fn odd_input_never_panics() {
    let pieces = [
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "END:VEVENT",
        "END:VCALENDAR",
        "UID:x",
        "DTSTART:2024",
        "DTSTART;TZID=\"",
        ";;;",
        ":",
        " folded",
        "\t",
        "\r",
        "\n",
        "é",
        "\u{feff}",
        "DURATION:P",
        "DTSTART:20240104T180000Z",
        "X;A=\"b\":c",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..12 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let i = usize::try_from(seed % pieces.len() as u64).unwrap_or(0);
            text.push_str(pieces[i]);
            if seed.is_multiple_of(3) {
                text.push_str("\r\n");
            }
        }
        let _ = read(&text, chrono_tz::UTC);
    }
}

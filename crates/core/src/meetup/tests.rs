use super::*;

fn table(text: &str) -> Table {
    read_delimited(
        &decode_text(text.as_bytes()).unwrap(),
        sniff_delimiter(text),
    )
    .unwrap()
}

const MEMBERS: &str = "\u{feff}Name,User ID,Title,Location,Joined Group on,URL of Member Profile,What do you work on?\n\
    Ada Lovelace,user 1001,Organizer,London,01/15/2019,https://www.meetup.com/pyldn/members/1001/,Engines\n\
    \"Hopper, Grace\",user 1002,,Arlington,03/02/2020,https://www.meetup.com/pyldn/members/1002/,\n\
    Bad Date,user 1003,,,13/45/2020,,\n\
    No Id,,,,01/01/2020,,\n\
    Profile Only,,,,,https://www.meetup.com/members/1005/,\n\
    Ada Again,1001,,,,,\n";

#[test]
fn a_member_list_is_read_with_skips_explained() {
    let parsed = members(&table(MEMBERS)).unwrap();
    let ids: Vec<&str> = parsed.rows.iter().map(|m| m.meetup_id.as_str()).collect();
    assert_eq!(ids, ["1001", "1002", "1005"]);
    let ada = &parsed.rows[0];
    assert_eq!(ada.name, "Ada Lovelace");
    assert_eq!(ada.title, "Organizer");
    assert_eq!(ada.joined_on, NaiveDate::from_ymd_opt(2019, 1, 15));
    assert_eq!(
        ada.answers,
        [("What do you work on?".to_owned(), "Engines".to_owned())]
    );
    assert_eq!(parsed.rows[1].name, "Hopper, Grace");
    assert!(parsed.rows[1].answers.is_empty());
    let skips: Vec<(usize, &str)> = parsed
        .skipped
        .iter()
        .map(|s| (s.line, s.what.as_str()))
        .collect();
    assert_eq!(skips, [(4, "Bad Date"), (5, "No Id"), (7, "Ada Again")]);
    assert!(parsed.skipped[0].reason.contains("13/45/2020"));
    assert!(parsed.skipped[1].reason.contains("no Meetup member id"));
    assert!(parsed.skipped[2].reason.contains("as line 2"));
}

#[test]
fn headers_match_whatever_their_case_and_spacing() {
    let t = table("  NAME ,user   id,Joined group ON\nAda,user 7,02/03/2021\n");
    let parsed = members(&t).unwrap();
    assert_eq!(parsed.rows[0].meetup_id, "7");
    assert_eq!(
        parsed.rows[0].joined_on,
        NaiveDate::from_ymd_opt(2021, 2, 3)
    );
}

#[test]
fn missing_columns_are_named() {
    let error = members(&table("Full name,Email\nAda,ada@example.org\n")).unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("\"Name\", \"User ID\" are missing"),
        "{message}"
    );
    assert!(message.contains("\"Full name\""), "{message}");
    let error = attendees(&table("Name,User ID\nAda,user 1\n")).unwrap_err();
    assert!(
        error.to_string().contains("the column \"RSVP\" is missing"),
        "{error}"
    );
}

#[test]
fn attendee_lists_read_answers_guests_hosts_and_times() {
    let text = "Name\tUser ID\tTitle\tEvent Host\tRSVP\tGuests\tRSVPed on\tJoined Group on\tURL of Member Profile\tDiet?\n\
        Ada\tuser 1\t\tYes\tYes\t1\tOctober 22, 2024 8:33\t01/15/2019\t\tvegan\n\
        Bob\tuser 2\t\tNo\tWaiting List\t0\tOctober 2, 2024 18:03\t\t\t\n\
        Cy\tuser 3\t\t\tNo\t\t\t\t\t\n\
        Dee\tuser 4\t\tNo\tYes\ttwo\tOctober 22, 2024 8:33\t\t\t\n\
        Eve\tuser 5\t\tNo\tYes\t0\tyesterday\t\t\t\n\
        Fay\tuser 6\t\tNo\tMaybe\t0\t\t\t\t\n";
    let parsed = attendees(&table(text)).unwrap();
    assert_eq!(parsed.rows.len(), 3);
    let ada = &parsed.rows[0];
    assert_eq!(ada.rsvp, RsvpStatus::Going);
    assert!(ada.host);
    assert_eq!(ada.guests, 1);
    assert_eq!(
        ada.rsvped_on,
        NaiveDate::from_ymd_opt(2024, 10, 22).and_then(|d| d.and_hms_opt(8, 33, 0))
    );
    assert_eq!(ada.answers, [("Diet?".to_owned(), "vegan".to_owned())]);
    assert_eq!(parsed.rows[1].rsvp, RsvpStatus::Waitlisted);
    assert_eq!(parsed.rows[2].rsvp, RsvpStatus::NotGoing);
    let reasons: Vec<(usize, &str)> = parsed
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.as_str()))
        .collect();
    assert_eq!(reasons.len(), 3);
    assert_eq!(reasons[0].0, 5);
    assert!(reasons[0].1.contains("not a number"));
    assert!(reasons[1].1.contains("\"yesterday\""));
    assert!(reasons[2].1.contains("\"Maybe\""));
}

#[test]
fn ids_come_in_several_spellings() {
    assert_eq!(meetup_id("user 12345", ""), Some("12345".to_owned()));
    assert_eq!(meetup_id("12345", ""), Some("12345".to_owned()));
    assert_eq!(meetup_id("12345.0", ""), Some("12345".to_owned()));
    assert_eq!(
        meetup_id("", "https://www.meetup.com/pyldn/members/987/"),
        Some("987".to_owned())
    );
    assert_eq!(meetup_id("someone", ""), None);
    assert_eq!(meetup_id("user ", ""), None);
}

#[test]
fn encodings_are_decoded_or_refused() {
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Name,User ID\nZoë,user 1\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let text = decode_text(&utf16).unwrap();
    assert!(text.starts_with("Name,User ID\nZoë"));
    assert_eq!(decode_text(b"\xEF\xBB\xBFName").unwrap(), "Name");
    assert_eq!(
        decode_text(b"Name\nCaf\xe9").unwrap_err(),
        TableError::NotText(8)
    );
    assert_eq!(decode_text(b"N\0a\0").unwrap_err(), TableError::NulBytes);
    assert_eq!(
        decode_text(&[0xFF, 0xFE, 0x41]).unwrap_err(),
        TableError::BrokenUtf16
    );
}

#[test]
fn broken_quoting_refuses_the_file() {
    let text = "Name,User ID,Title\n\"Ada,user 1,x\nBob,user 2,y\n";
    let error = read_delimited(text, b',').unwrap_err();
    assert!(
        matches!(error, TableError::FieldCount { line: 2, .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("unclosed quote"));
}

#[test]
fn local_times_become_utc() {
    let berlin = Timezone::parse("Europe/Berlin").unwrap();
    let t = local_to_utc(parse_local_time("2024-10-24T18:30").unwrap(), berlin);
    assert_eq!(t.to_rfc3339(), "2024-10-24T16:30:00Z");
    assert!(parse_local_time("24.10.2024").is_err());
}

#[test]
fn lines_are_counted_with_crlf_and_quoted_newlines() {
    let text = "Name,User ID\r\n\"Ada\r\nLovelace\",user 1\r\nBob,user 2\r\n";
    let t = read_delimited(text, b',').unwrap();
    let lines: Vec<usize> = t.rows.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [2, 4]);
}

#[test]
fn the_delimiter_is_sniffed() {
    assert_eq!(sniff_delimiter("Name\tUser ID\tRSVP\n"), b'\t');
    assert_eq!(sniff_delimiter("Name,User ID,RSVP\n"), b',');
    assert_eq!(read_delimited("", b',').unwrap_err(), TableError::Empty);
}

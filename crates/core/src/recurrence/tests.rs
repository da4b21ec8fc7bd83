use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    date(y, m, d).and_hms_opt(h, min, 0).unwrap()
}

fn ts(text: &str) -> Timestamp {
    Timestamp::parse_rfc3339(text).unwrap()
}

/// A window that holds every occurrence of the series in these tests.
fn all_of(
    recurrence: &Recurrence,
    first: NaiveDateTime,
    tz: Tz,
) -> Result<Vec<Occurrence>, Invalid> {
    recurrence.occurrences(
        first,
        tz,
        ts("1900-01-01T00:00:00Z"),
        ts("2200-01-01T00:00:00Z"),
        1000,
    )
}

/// (local start, UTC start) pairs in RFC 3339-ish text, easy to compare with literals.
fn starts(occurrences: &[Occurrence]) -> Vec<(String, String)> {
    occurrences
        .iter()
        .map(|o| {
            (
                o.local_start.format("%Y-%m-%d %H:%M").to_string(),
                o.starts_at.to_rfc3339(),
            )
        })
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(l, u)| ((*l).to_owned(), (*u).to_owned()))
        .collect()
}

/// A repeat rule these tests know to be valid.
fn rule(frequency: Frequency, end: SeriesEnd) -> Recurrence {
    Recurrence::new(frequency, end).unwrap()
}

/// Every `interval` weeks on `weekday`.
fn every(interval: u8, weekday: Weekday) -> Frequency {
    Frequency::Weekly { interval, weekday }
}

/// Monthly on the `nth` `weekday` of the month (-1: the last).
fn monthly_on(nth: i8, weekday: Weekday) -> Frequency {
    Frequency::MonthlyNthWeekday { nth, weekday }
}

fn third_wednesday_12() -> Recurrence {
    rule(monthly_on(3, Weekday::Wed), SeriesEnd::Count(12))
}

const LONDON: Tz = chrono_tz::Europe::London;

#[test]
fn third_wednesday_in_london_keeps_local_time_across_both_clock_changes() {
    let series = third_wednesday_12();
    let found = all_of(&series, local(2026, 1, 21, 18, 30), LONDON).unwrap();
    // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026:
    // 18 March is still GMT, 15 April is BST, 21 October is still BST, 18 November is GMT.
    assert_eq!(
        starts(&found),
        pairs(&[
            ("2026-01-21 18:30", "2026-01-21T18:30:00Z"),
            ("2026-02-18 18:30", "2026-02-18T18:30:00Z"),
            ("2026-03-18 18:30", "2026-03-18T18:30:00Z"),
            ("2026-04-15 18:30", "2026-04-15T17:30:00Z"),
            ("2026-05-20 18:30", "2026-05-20T17:30:00Z"),
            ("2026-06-17 18:30", "2026-06-17T17:30:00Z"),
            ("2026-07-15 18:30", "2026-07-15T17:30:00Z"),
            ("2026-08-19 18:30", "2026-08-19T17:30:00Z"),
            ("2026-09-16 18:30", "2026-09-16T17:30:00Z"),
            ("2026-10-21 18:30", "2026-10-21T17:30:00Z"),
            ("2026-11-18 18:30", "2026-11-18T18:30:00Z"),
            ("2026-12-16 18:30", "2026-12-16T18:30:00Z"),
        ])
    );
    let indices: Vec<u32> = found.iter().map(|o| o.index).collect();
    assert_eq!(indices, (0..12).collect::<Vec<u32>>());
}

#[test]
fn last_thursday_of_the_month_takes_the_fifth_when_there_is_one() {
    let series = rule(monthly_on(-1, Weekday::Thu), SeriesEnd::Count(6));
    let found = all_of(&series, local(2026, 1, 29, 19, 0), LONDON).unwrap();
    // January and April 2026 have five Thursdays (29th, 30th); the others four.
    assert_eq!(
        starts(&found),
        pairs(&[
            ("2026-01-29 19:00", "2026-01-29T19:00:00Z"),
            ("2026-02-26 19:00", "2026-02-26T19:00:00Z"),
            ("2026-03-26 19:00", "2026-03-26T19:00:00Z"),
            ("2026-04-30 19:00", "2026-04-30T18:00:00Z"),
            ("2026-05-28 19:00", "2026-05-28T18:00:00Z"),
            ("2026-06-25 19:00", "2026-06-25T18:00:00Z"),
        ])
    );
    // 22 January is the fourth Thursday but not the last one.
    let refused = all_of(&series, local(2026, 1, 22, 19, 0), LONDON).unwrap_err();
    assert_eq!(
        refused.0,
        "The first date must be the last Thursday of its month."
    );
    // …and a fourth Thursday in a four-Thursday month is the last one.
    assert!(all_of(&series, local(2026, 2, 26, 19, 0), LONDON).is_ok());
}

#[test]
fn monthly_on_the_31st_skips_shorter_months() {
    let series = rule(Frequency::MonthlyOnDay { day: 31 }, SeriesEnd::Count(7));
    let found = all_of(&series, local(2026, 1, 31, 10, 0), LONDON).unwrap();
    assert_eq!(
        starts(&found),
        pairs(&[
            ("2026-01-31 10:00", "2026-01-31T10:00:00Z"),
            ("2026-03-31 10:00", "2026-03-31T09:00:00Z"),
            ("2026-05-31 10:00", "2026-05-31T09:00:00Z"),
            ("2026-07-31 10:00", "2026-07-31T09:00:00Z"),
            ("2026-08-31 10:00", "2026-08-31T09:00:00Z"),
            ("2026-10-31 10:00", "2026-10-31T10:00:00Z"),
            ("2026-12-31 10:00", "2026-12-31T10:00:00Z"),
        ])
    );
}

#[test]
fn every_two_weeks_until_a_date_includes_that_date() {
    let weekly = every(2, Weekday::Tue);
    let first = local(2026, 1, 6, 19, 0);
    let until_17th = rule(weekly, SeriesEnd::Until(date(2026, 2, 17)));
    assert_eq!(
        starts(&all_of(&until_17th, first, LONDON).unwrap()),
        pairs(&[
            ("2026-01-06 19:00", "2026-01-06T19:00:00Z"),
            ("2026-01-20 19:00", "2026-01-20T19:00:00Z"),
            ("2026-02-03 19:00", "2026-02-03T19:00:00Z"),
            ("2026-02-17 19:00", "2026-02-17T19:00:00Z"),
        ])
    );
    let until_16th = rule(weekly, SeriesEnd::Until(date(2026, 2, 16)));
    assert_eq!(all_of(&until_16th, first, LONDON).unwrap().len(), 3);
    // A series ending on its first day has one meetup.
    let same_day = rule(weekly, SeriesEnd::Until(date(2026, 1, 6)));
    assert_eq!(all_of(&same_day, first, LONDON).unwrap().len(), 1);
    // One ending before it starts is refused.
    let before = rule(weekly, SeriesEnd::Until(date(2026, 1, 5)));
    let refused = all_of(&before, first, LONDON).unwrap_err();
    assert!(
        refused.0.contains("end before its first meetup"),
        "{refused}"
    );
}

#[test]
fn count_caps_the_series_whatever_the_window_and_limit() {
    let weekly = every(1, Weekday::Mon);
    let first = local(2026, 1, 5, 12, 0);
    let three = rule(weekly, SeriesEnd::Count(3));
    assert_eq!(
        starts(&all_of(&three, first, chrono_tz::UTC).unwrap()),
        pairs(&[
            ("2026-01-05 12:00", "2026-01-05T12:00:00Z"),
            ("2026-01-12 12:00", "2026-01-12T12:00:00Z"),
            ("2026-01-19 12:00", "2026-01-19T12:00:00Z"),
        ])
    );
    let once = rule(weekly, SeriesEnd::Count(1));
    assert_eq!(all_of(&once, first, chrono_tz::UTC).unwrap().len(), 1);
    let most = rule(weekly, SeriesEnd::Count(200));
    let found = all_of(&most, first, chrono_tz::UTC).unwrap();
    assert_eq!(found.len(), 200);
    assert_eq!(found.last().map(|o| o.index), Some(199));
    // 199 weeks (1393 days) after Monday 5 January 2026.
    assert_eq!(
        found.last().map(|o| o.starts_at),
        Some(ts("2029-10-29T12:00:00Z"))
    );
}

#[test]
fn window_is_half_open_and_limit_caps_results_and_index_counts_from_the_series_start() {
    let series = third_wednesday_12();
    let first = local(2026, 1, 21, 18, 30);
    // `from` is exactly the April start (included), `to` exactly the July start (excluded).
    let from = ts("2026-04-15T17:30:00Z");
    let to = ts("2026-07-15T17:30:00Z");
    let found = series.occurrences(first, LONDON, from, to, 10).unwrap();
    assert_eq!(
        found
            .iter()
            .map(|o| (o.index, o.local_start))
            .collect::<Vec<_>>(),
        vec![
            (3, local(2026, 4, 15, 18, 30)),
            (4, local(2026, 5, 20, 18, 30)),
            (5, local(2026, 6, 17, 18, 30)),
        ]
    );
    let limited = series.occurrences(first, LONDON, from, to, 2).unwrap();
    assert_eq!(
        limited.iter().map(|o| o.index).collect::<Vec<_>>(),
        vec![3, 4]
    );
    assert!(
        series
            .occurrences(first, LONDON, from, to, 0)
            .unwrap()
            .is_empty()
    );
    assert!(
        series
            .occurrences(first, LONDON, to, from, 10)
            .unwrap()
            .is_empty()
    );
    assert!(
        series
            .occurrences(first, LONDON, from, from, 10)
            .unwrap()
            .is_empty()
    );
    // A window after the series has ended is empty, not an error.
    assert!(
        series
            .occurrences(
                first,
                LONDON,
                ts("2027-01-01T00:00:00Z"),
                ts("2030-01-01T00:00:00Z"),
                10
            )
            .unwrap()
            .is_empty()
    );
    // One second after the April start skips it.
    let later = series
        .occurrences(first, LONDON, from + TimeDelta::seconds(1), to, 10)
        .unwrap();
    assert_eq!(later.first().map(|o| o.index), Some(4));
}

#[test]
fn a_first_date_that_does_not_fit_the_rule_is_refused() {
    let series = third_wednesday_12();
    let far = ts("2100-01-01T00:00:00Z");
    let from = ts("2000-01-01T00:00:00Z");
    // 14 January 2026 is the second Wednesday; 22 January the fourth Thursday.
    for wrong in [local(2026, 1, 14, 18, 30), local(2026, 1, 22, 18, 30)] {
        let refused = series.occurrences(wrong, LONDON, from, far, 5).unwrap_err();
        assert_eq!(
            refused.0,
            "The first date must be a third Wednesday of its month."
        );
    }
    let weekly = rule(every(1, Weekday::Tue), SeriesEnd::Count(4));
    let refused = weekly
        .occurrences(local(2026, 1, 7, 19, 0), LONDON, from, far, 5)
        .unwrap_err();
    assert_eq!(refused.0, "The first date must be a Tuesday.");
    let monthly = rule(Frequency::MonthlyOnDay { day: 15 }, SeriesEnd::Count(4));
    let refused = monthly
        .occurrences(local(2026, 1, 16, 19, 0), LONDON, from, far, 5)
        .unwrap_err();
    assert_eq!(refused.0, "The first date must be on the 15th of a month.");
}

#[test]
fn a_start_in_the_spring_forward_gap_moves_forward_by_the_gap_and_later_ones_do_not() {
    let sundays = rule(every(1, Weekday::Sun), SeriesEnd::Count(3));
    // Berlin jumps from 02:00 CET to 03:00 CEST on 29 March 2026: 02:30 does not exist.
    let berlin = all_of(
        &sundays,
        local(2026, 3, 29, 2, 30),
        chrono_tz::Europe::Berlin,
    )
    .unwrap();
    assert_eq!(
        starts(&berlin),
        pairs(&[
            ("2026-03-29 03:30", "2026-03-29T01:30:00Z"),
            ("2026-04-05 02:30", "2026-04-05T00:30:00Z"),
            ("2026-04-12 02:30", "2026-04-12T00:30:00Z"),
        ])
    );
    // London jumps earlier, from 01:00 GMT to 02:00 BST, so there 01:30 is the missing time
    // and 02:30 exists (it is 01:30Z).
    let london = all_of(&sundays, local(2026, 3, 29, 1, 30), LONDON).unwrap();
    assert_eq!(
        starts(&london),
        pairs(&[
            ("2026-03-29 02:30", "2026-03-29T01:30:00Z"),
            ("2026-04-05 01:30", "2026-04-05T00:30:00Z"),
            ("2026-04-12 01:30", "2026-04-12T00:30:00Z"),
        ])
    );
    let london_0230 = all_of(&sundays, local(2026, 3, 29, 2, 30), LONDON).unwrap();
    assert_eq!(
        london_0230.first().map(|o| o.starts_at),
        Some(ts("2026-03-29T01:30:00Z"))
    );
    // A gap in the middle of a series moves only that occurrence.
    let from_march_22 = all_of(&sundays, local(2026, 3, 22, 1, 30), LONDON).unwrap();
    assert_eq!(
        starts(&from_march_22),
        pairs(&[
            ("2026-03-22 01:30", "2026-03-22T01:30:00Z"),
            ("2026-03-29 02:30", "2026-03-29T01:30:00Z"),
            ("2026-04-05 01:30", "2026-04-05T00:30:00Z"),
        ])
    );
}

#[test]
fn an_ambiguous_fall_back_time_takes_the_earlier_offset() {
    let sundays = rule(every(1, Weekday::Sun), SeriesEnd::Count(3));
    // London goes back from 02:00 BST to 01:00 GMT on 25 October 2026: 01:30 happens twice.
    let found = all_of(&sundays, local(2026, 10, 18, 1, 30), LONDON).unwrap();
    assert_eq!(
        starts(&found),
        pairs(&[
            ("2026-10-18 01:30", "2026-10-18T00:30:00Z"),
            ("2026-10-25 01:30", "2026-10-25T00:30:00Z"),
            ("2026-11-01 01:30", "2026-11-01T01:30:00Z"),
        ])
    );
}

#[test]
fn a_zone_that_changes_clocks_at_midnight_loses_no_occurrence() {
    // Havana springs forward from 00:00 to 01:00 on 8 March 2026 (second Sunday of March),
    // so both 00:30 and midnight are missing that day.
    let sundays = rule(every(1, Weekday::Sun), SeriesEnd::Count(3));
    let found = all_of(
        &sundays,
        local(2026, 3, 1, 0, 30),
        chrono_tz::America::Havana,
    )
    .unwrap();
    assert_eq!(
        starts(&found),
        pairs(&[
            ("2026-03-01 00:30", "2026-03-01T05:30:00Z"),
            ("2026-03-08 01:30", "2026-03-08T05:30:00Z"),
            ("2026-03-15 00:30", "2026-03-15T04:30:00Z"),
        ])
    );
}

#[test]
fn to_rrule_writes_rfc_5545_with_until_in_utc_at_the_end_of_the_local_day() {
    assert_eq!(
        third_wednesday_12().to_rrule(LONDON),
        "FREQ=MONTHLY;BYDAY=3WE;COUNT=12"
    );
    let fortnightly = every(2, Weekday::Tue);
    let summer = rule(fortnightly, SeriesEnd::Until(date(2027, 6, 30)));
    assert_eq!(
        summer.to_rrule(LONDON),
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T225959Z"
    );
    assert_eq!(
        summer.to_rrule(chrono_tz::UTC),
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T235959Z"
    );
    assert_eq!(
        summer.to_rrule(chrono_tz::America::New_York),
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270701T035959Z"
    );
    let winter = rule(fortnightly, SeriesEnd::Until(date(2026, 12, 31)));
    assert_eq!(
        winter.to_rrule(LONDON),
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261231T235959Z"
    );
    let last_thursday = rule(monthly_on(-1, Weekday::Thu), SeriesEnd::Count(5));
    assert_eq!(
        last_thursday.to_rrule(LONDON),
        "FREQ=MONTHLY;BYDAY=-1TH;COUNT=5"
    );
    let first_monday = rule(monthly_on(1, Weekday::Mon), SeriesEnd::Count(5));
    // "1MO", not "MO": in a monthly rule a bare "MO" means every Monday.
    assert_eq!(
        first_monday.to_rrule(LONDON),
        "FREQ=MONTHLY;BYDAY=1MO;COUNT=5"
    );
    let weekly = rule(every(1, Weekday::Sat), SeriesEnd::Count(2));
    assert_eq!(weekly.to_rrule(LONDON), "FREQ=WEEKLY;BYDAY=SA;COUNT=2");
    let day = rule(
        Frequency::MonthlyOnDay { day: 31 },
        SeriesEnd::Until(date(2027, 1, 31)),
    );
    assert_eq!(
        day.to_rrule(LONDON),
        "FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20270131T235959Z"
    );
}

#[test]
fn every_frequency_and_end_round_trips_through_rrule() {
    let frequencies = [
        every(1, Weekday::Mon),
        every(4, Weekday::Sun),
        monthly_on(1, Weekday::Fri),
        monthly_on(4, Weekday::Sat),
        monthly_on(-1, Weekday::Thu),
        Frequency::MonthlyOnDay { day: 1 },
        Frequency::MonthlyOnDay { day: 31 },
    ];
    let ends = [
        SeriesEnd::Count(1),
        SeriesEnd::Count(200),
        SeriesEnd::Until(date(2026, 3, 29)),
        SeriesEnd::Until(date(2026, 10, 25)),
        SeriesEnd::Until(date(2027, 6, 30)),
        SeriesEnd::Until(date(2027, 12, 31)),
    ];
    let zones = [
        LONDON,
        chrono_tz::UTC,
        chrono_tz::America::New_York,
        chrono_tz::Pacific::Auckland,
        chrono_tz::America::Havana,
    ];
    for frequency in frequencies {
        for end in ends {
            for tz in zones {
                let recurrence = rule(frequency, end);
                let text = recurrence.to_rrule(tz);
                assert_eq!(
                    Recurrence::from_rrule(&text, tz),
                    Ok(recurrence),
                    "{text} in {tz}"
                );
            }
        }
    }
}

#[test]
fn from_rrule_refuses_anything_it_did_not_write() {
    let refused = |text: &str| Recurrence::from_rrule(text, LONDON).unwrap_err().0;
    assert_eq!(
        refused("FREQ=DAILY;COUNT=3"),
        "Repeat rules with FREQ=DAILY are not supported: use weekly or monthly."
    );
    assert!(refused("FREQ=WEEKLY;BYDAY=TU;BYHOUR=9;COUNT=3").contains("BYHOUR"));
    assert!(refused("FREQ=MONTHLY;BYDAY=3WE").contains("needs an end"));
    assert!(refused("FREQ=MONTHLY;BYDAY=3WE;COUNT=2;UNTIL=20270630T225959Z").contains("both"));
    assert!(refused("FREQ=MONTHLY;BYDAY=WE;COUNT=2").contains("one weekday of the month"));
    assert!(refused("FREQ=MONTHLY;BYDAY=3WE,1MO;COUNT=2").contains("one weekday"));
    assert!(refused("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=3;COUNT=2").contains("every few"));
    assert!(refused("FREQ=WEEKLY;BYDAY=TU;COUNT=2;COUNT=3").contains("more than once"));
    assert!(refused("FREQ=WEEKLY;COUNT=2").contains("needs one BYDAY"));
    assert!(refused("").contains("NAME=value"));
    assert!(refused("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=2").contains("without the"));
    // Ranges are Recurrence::new's.
    assert_eq!(
        refused("FREQ=WEEKLY;INTERVAL=5;BYDAY=TU;COUNT=2"),
        "Choose to repeat every week or every 2, 3 or 4 weeks."
    );
    assert!(refused("FREQ=MONTHLY;BYDAY=5WE;COUNT=2").contains("first, second"));
    assert!(refused("FREQ=MONTHLY;BYMONTHDAY=32;COUNT=2").contains("1 to 31"));
    assert!(refused("FREQ=MONTHLY;BYMONTHDAY=3;COUNT=201").contains("1 to 200"));
    // UNTIL must be the end of a London day (22:59:59Z in summer), in UTC.
    assert!(
        refused("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T235959Z").contains("last second of a day")
    );
    assert!(refused("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T225959").contains("UTC date-time"));
    assert!(refused("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630").contains("UTC date-time"));
    // Equivalent spellings are not the canonical form.
    assert_eq!(
        refused("FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=2"),
        "The repeat rule must be written exactly as \"FREQ=WEEKLY;BYDAY=TU;COUNT=2\"."
    );
    assert!(refused("COUNT=2;FREQ=WEEKLY;BYDAY=TU").contains("exactly as"));
    assert!(refused("FREQ=MONTHLY;BYDAY=+3WE;COUNT=2").contains("exactly as"));
    assert!(refused("FREQ=weekly;BYDAY=TU;COUNT=2").contains("FREQ=weekly"));
}

#[test]
fn rrule_crate_reads_our_rules_the_same_way_with_a_tzid_dtstart() {
    // The standard pairing in a calendar feed: DTSTART;TZID=… plus our RRULE. The rrule
    // crate resolving in the zone itself must agree with us for ordinary times.
    let fortnightly = rule(every(2, Weekday::Tue), SeriesEnd::Until(date(2026, 11, 10)));
    let cases = [
        (third_wednesday_12(), local(2026, 1, 21, 18, 30)),
        (fortnightly, local(2026, 1, 6, 19, 0)),
    ];
    for (recurrence, first) in cases {
        let text = format!(
            "DTSTART;TZID=Europe/London:{}\nRRULE:{}",
            first.format("%Y%m%dT%H%M%S"),
            recurrence.to_rrule(LONDON)
        );
        let set: rrule::RRuleSet = text.parse().unwrap();
        let theirs: Vec<Timestamp> = set
            .all(1000)
            .dates
            .iter()
            .map(|d| Timestamp::from(d.with_timezone(&Utc)))
            .collect();
        let ours: Vec<Timestamp> = all_of(&recurrence, first, LONDON)
            .unwrap()
            .iter()
            .map(|o| o.starts_at)
            .collect();
        assert_eq!(ours, theirs, "{text}");
    }
    // The fortnightly series ends on its Until date, Tuesday 10 November 2026 (inclusive):
    // 6 January + 22 fortnights.
    let found = all_of(&fortnightly, local(2026, 1, 6, 19, 0), LONDON).unwrap();
    assert_eq!(found.len(), 23);
    assert_eq!(
        found.last().map(|o| o.starts_at),
        Some(ts("2026-11-10T19:00:00Z"))
    );
}

#[test]
fn out_of_range_choices_are_refused() {
    let count = SeriesEnd::Count(3);
    for interval in [0, 5] {
        let weekly = every(interval, Weekday::Tue);
        assert!(
            Recurrence::new(weekly, count).is_err(),
            "interval {interval}"
        );
    }
    for nth in [0, 5, -2] {
        let monthly = monthly_on(nth, Weekday::Wed);
        assert!(Recurrence::new(monthly, count).is_err(), "nth {nth}");
    }
    for day in [0, 32] {
        let monthly = Frequency::MonthlyOnDay { day };
        assert!(Recurrence::new(monthly, count).is_err(), "day {day}");
    }
    let weekly = every(1, Weekday::Tue);
    for n in [0, 201] {
        assert_eq!(
            Recurrence::new(weekly, SeriesEnd::Count(n)),
            Err(Invalid("A series can have from 1 to 200 meetups.".into()))
        );
    }
    assert!(Recurrence::new(weekly, SeriesEnd::Until(date(10000, 1, 1))).is_err());

    // The edges of each range are accepted.
    for interval in [1, 4] {
        let weekly = every(interval, Weekday::Tue);
        assert!(Recurrence::new(weekly, count).is_ok());
    }
    for nth in [1, 4, -1] {
        let monthly = monthly_on(nth, Weekday::Wed);
        assert!(Recurrence::new(monthly, count).is_ok());
    }
    for day in [1, 31] {
        assert!(Recurrence::new(Frequency::MonthlyOnDay { day }, count).is_ok());
    }
    for n in [1, 200] {
        assert!(Recurrence::new(weekly, SeriesEnd::Count(n)).is_ok());
    }

    // A value built around `new` is still checked before use.
    let sneaky = Recurrence {
        frequency: every(0, Weekday::Tue),
        end: count,
    };
    assert!(all_of(&sneaky, local(2026, 1, 6, 19, 0), LONDON).is_err());
}

#[test]
fn describe_reads_like_english() {
    assert_eq!(
        third_wednesday_12().describe(),
        "Every third Wednesday of the month, 12 times"
    );
    let fortnightly = rule(every(2, Weekday::Tue), SeriesEnd::Until(date(2027, 6, 30)));
    assert_eq!(
        fortnightly.describe(),
        "Every 2 weeks on Tuesday, until 30 June 2027"
    );
    let weekly = rule(every(1, Weekday::Mon), SeriesEnd::Count(1));
    assert_eq!(weekly.describe(), "Every Monday, once");
    let last = rule(
        monthly_on(-1, Weekday::Thu),
        SeriesEnd::Until(date(2026, 12, 1)),
    );
    assert_eq!(
        last.describe(),
        "Every last Thursday of the month, until 1 December 2026"
    );
    let cases = [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (11, "11th"),
        (15, "15th"),
        (22, "22nd"),
    ];
    for (day, text) in cases {
        let monthly = rule(Frequency::MonthlyOnDay { day }, SeriesEnd::Count(6));
        assert_eq!(
            monthly.describe(),
            format!("Monthly on the {text}, 6 times")
        );
    }
    let day31 = rule(Frequency::MonthlyOnDay { day: 31 }, SeriesEnd::Count(6));
    assert_eq!(
        day31.describe(),
        "Monthly on the 31st (months without a 31st are skipped), 6 times"
    );
}

#[test]
fn stores_as_json_and_validates_on_the_way_back() {
    let fortnightly = rule(every(2, Weekday::Tue), SeriesEnd::Until(date(2027, 6, 30)));
    let json = serde_json::to_string(&fortnightly).unwrap();
    assert_eq!(
        json,
        r#"{"frequency":{"kind":"weekly","interval":2,"weekday":"Tue"},"end":{"until":"2027-06-30"}}"#
    );
    assert_eq!(
        serde_json::from_str::<Recurrence>(&json).unwrap(),
        fortnightly
    );
    let json = serde_json::to_string(&third_wednesday_12()).unwrap();
    assert_eq!(
        json,
        r#"{"frequency":{"kind":"monthly_nth_weekday","nth":3,"weekday":"Wed"},"end":{"count":12}}"#
    );
    assert_eq!(
        serde_json::from_str::<Recurrence>(&json).unwrap(),
        third_wednesday_12()
    );
    let bad = r#"{"frequency":{"kind":"monthly_on_day","day":32},"end":{"count":12}}"#;
    assert!(serde_json::from_str::<Recurrence>(bad).is_err());
}

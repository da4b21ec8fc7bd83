use super::*;

fn at(text: &str) -> Timestamp {
    Timestamp::parse_rfc3339(text).unwrap()
}

/// A monthly meetup in Berlin: 18:30–21:00 local on 16 December 2026.
fn fields() -> EventFields {
    EventFields {
        title: "December talks".into(),
        description: "Two talks and pizza.".into(),
        starts_at: "2026-12-16T18:30".into(),
        ends_at: "2026-12-16T21:00".into(),
        venue: Some(VenueFields {
            name: "c-base".into(),
            address: "Rungestraße 20, Berlin".into(),
            lat: Some(52.513),
            lon: Some(13.420),
            directions: String::new(),
        }),
        capacity: Some(40),
        guest_limit: 1,
        rsvp_closes: WindowInput::HoursBefore(2),
        announce: true,
        ..EventFields::default()
    }
}

const NOW: &str = "2026-11-02T09:00:00Z";

fn valid(input: &EventFields) -> EventState {
    validate(input, "Europe/Berlin", None, at(NOW)).unwrap()
}

#[test]
fn a_good_form_becomes_the_typed_state_in_the_groups_zone() {
    let state = valid(&fields());
    assert_eq!(state.timezone.name(), "Europe/Berlin");
    assert_eq!(state.schedule.starts_at, at("2026-12-16T17:30:00Z"));
    assert_eq!(state.schedule.ends_at, at("2026-12-16T20:00:00Z"));
    assert_eq!(state.window.closes_at, Some(at("2026-12-16T15:30:00Z")));
    assert_eq!(state.window.opens_at, None);
    assert_eq!(state.capacity, Some(40));
    assert_eq!(state.venue.as_ref().unwrap().latitude, Some(52.513));
}

#[test]
fn every_problem_is_reported_at_once() {
    let input = EventFields {
        title: String::new(),
        timezone: "Mars/Olympus".into(),
        ends_at: "not a time".into(),
        capacity: Some(0),
        guest_limit: 99,
        rsvp_opens: WindowInput::HoursBefore(-1),
        venue: Some(VenueFields {
            lat: Some(1.0),
            ..VenueFields::default()
        }),
        hosts: vec!["nobody".into()],
        ..fields()
    };
    let problems = validate(&input, "Europe/Berlin", None, at(NOW))
        .unwrap_err()
        .into_map();
    for field in [
        "title",
        "timezone",
        "ends_at",
        "capacity",
        "guest_limit",
        "rsvp_opens_at",
        "venue.name",
        "venue.lat",
        "hosts",
    ] {
        assert!(
            problems.contains_key(field),
            "{field} missing from {problems:?}"
        );
    }
}

#[test]
fn the_past_is_refused_unless_the_event_already_starts_then() {
    let past = EventFields {
        starts_at: "2026-10-01T18:30".into(),
        ends_at: "2026-10-01T21:00".into(),
        rsvp_closes: WindowInput::Unset,
        ..fields()
    };
    let problems = validate(&past, "Europe/Berlin", None, at(NOW))
        .unwrap_err()
        .into_map();
    assert!(problems.contains_key("starts_at"), "{problems:?}");
    let start = at("2026-10-01T16:30:00Z");
    assert!(validate(&past, "Europe/Berlin", Some(start), at(NOW)).is_ok());
}

#[test]
fn hosts_are_counted_once_and_at_most_five() {
    let ids: Vec<String> = (0..6).map(|_| UserId::new().to_string()).collect();
    let twice = EventFields {
        hosts: vec![ids[0].clone(), ids[0].clone(), " ".into()],
        ..fields()
    };
    assert_eq!(valid(&twice).hosts.len(), 1);
    let six = EventFields {
        hosts: ids,
        ..fields()
    };
    let problems = validate(&six, "Europe/Berlin", None, at(NOW))
        .unwrap_err()
        .into_map();
    assert_eq!(problems["hosts"], "An event can show at most 5 hosts.");
}

#[test]
fn this_and_following_keeps_the_date_and_the_zone() {
    let old = valid(&fields());
    let later_same_day = valid(&EventFields {
        starts_at: "2026-12-16T19:00".into(),
        ends_at: "2026-12-16T22:00".into(),
        ..fields()
    });
    assert!(same_day(&old, &later_same_day).is_ok());
    let next_day = valid(&EventFields {
        starts_at: "2026-12-17T18:30".into(),
        ends_at: "2026-12-17T21:00".into(),
        ..fields()
    });
    assert!(same_day(&old, &next_day).is_err());
    let elsewhere = valid(&EventFields {
        timezone: "Europe/London".into(),
        starts_at: "2026-12-16T17:30".into(),
        ends_at: "2026-12-16T20:00".into(),
        ..fields()
    });
    assert!(same_day(&old, &elsewhere).is_err());
}

#[test]
fn later_meetups_take_only_the_fields_that_changed() {
    let old = valid(&fields());
    let new = valid(&EventFields {
        title: "Winter talks".into(),
        starts_at: "2026-12-16T19:00".into(),
        ends_at: "2026-12-16T22:30".into(),
        rsvp_closes: WindowInput::HoursBefore(4),
        ..fields()
    });
    // January's meetup had its own capacity and description, which stay its own.
    let january = valid(&EventFields {
        description: "Lightning talks.".into(),
        capacity: Some(25),
        starts_at: "2027-01-20T18:30".into(),
        ends_at: "2027-01-20T21:00".into(),
        ..fields()
    });
    let edit = SeriesEdit::new(&old, &new);
    assert!(edit.changed.title && edit.changed.schedule && edit.changed.window);
    assert!(!edit.changed.capacity && !edit.changed.description && !edit.changed.venue);
    let moved = carry_over(january, &edit, &new);
    assert_eq!(moved.title.to_string(), "Winter talks");
    assert_eq!(moved.capacity, Some(25));
    assert_eq!(moved.description.as_str(), "Lightning talks.");
    // 19:00–22:30 on its own date, and the window still four hours before its start.
    assert_eq!(moved.schedule.starts_at, at("2027-01-20T18:00:00Z"));
    assert_eq!(moved.schedule.ends_at, at("2027-01-20T21:30:00Z"));
    assert_eq!(moved.window.closes_at, Some(at("2027-01-20T14:00:00Z")));
}

#[test]
fn the_time_of_day_survives_daylight_saving() {
    // 18:30 in Berlin is 17:30Z in winter and 16:30Z in summer.
    let old = valid(&fields());
    let new = valid(&EventFields {
        starts_at: "2026-12-16T18:00".into(),
        ends_at: "2026-12-16T20:00".into(),
        ..fields()
    });
    let june = valid(&EventFields {
        starts_at: "2027-06-16T18:30".into(),
        ends_at: "2027-06-16T21:00".into(),
        ..fields()
    });
    let moved = carry_over(june, &SeriesEdit::new(&old, &new), &new);
    assert_eq!(moved.schedule.starts_at, at("2027-06-16T16:00:00Z"));
    assert_eq!(moved.schedule.ends_at, at("2027-06-16T18:00:00Z"));
}

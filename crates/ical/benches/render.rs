//! How rendering cost grows with a feed's size: `cargo bench -p muster-ical --bench render`.
//! Renders feeds of 50, 500 and 5,000 events (weekly, Europe/Berlin, so the zone spans many
//! daylight-saving changes) and prints the median time per feed, per event, and the size. It
//! asserts nothing about time.

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use muster_ical::{Calendar, Event, Method, Organizer, Status, render};

fn main() {
    let start: DateTime<Utc> = DateTime::parse_from_rfc3339("2026-01-06T18:00:00Z")
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default();
    let uids: Vec<String> = (0..5_000)
        .map(|i| format!("{i:08}-event@muster.example"))
        .collect();
    let titles: Vec<String> = (0..5_000)
        .map(|i| format!("Meetup #{i}: Typing, testing; and packaging"))
        .collect();
    let calendar = Calendar {
        product: "-//Muster//bench//EN",
        method: Method::Publish,
        name: Some("Python Berlin"),
        description: Some("Meetups of Python Berlin"),
        timezone: Some(chrono_tz::Europe::Berlin),
        refresh: Some(chrono::Duration::hours(1)),
    };
    println!(
        "{:>7} {:>12} {:>12} {:>10}",
        "events", "per feed", "per event", "size"
    );
    for count in [50usize, 500, 5_000] {
        let events: Vec<Event<'_>> = (0..count)
            .map(|i| {
                let at = start + chrono::Duration::days(7 * i64::try_from(i).unwrap_or(0));
                Event {
                    uid: &uids[i],
                    stamp: at,
                    starts_at: at,
                    ends_at: at + chrono::Duration::hours(2),
                    timezone: chrono_tz::Europe::Berlin,
                    sequence: 1,
                    created: Some(at),
                    last_modified: at,
                    status: Status::Confirmed,
                    summary: &titles[i],
                    description: "Talks and pizza.\n\nEveryone is welcome, beginners most of all.\n\nPython Berlin: https://muster.example/g/pyberlin/events/0197",
                    location: Some("c-base, Rungestraße 20, 10179 Berlin"),
                    geo: Some((52.51299, 13.42003)),
                    url: Some("https://muster.example/g/pyberlin/events/01970000-0000-7000-8000-000000000000"),
                    organizer: Some(Organizer { name: "Python Berlin", email: "orga@pyberlin.example", sent_by: None }),
                    attendee: None,
                }
            })
            .collect();
        let runs = if count > 1_000 { 15 } else { 101 };
        let mut times: Vec<Duration> = Vec::with_capacity(runs);
        let mut size = 0;
        for _ in 0..runs {
            let began = Instant::now();
            let text = render(&calendar, &events);
            times.push(began.elapsed());
            size = std::hint::black_box(text).len();
        }
        times.sort();
        let median = times[runs / 2];
        println!(
            "{count:>7} {:>10.3}ms {:>10.2}µs {:>8}KiB",
            median.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e6 / count as f64,
            size / 1024
        );
    }
}

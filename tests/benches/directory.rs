//! Directory query time with 10,000 groups, and the meetups near a place among 100,000 events,
//! on SQLite and — when MUSTER_TEST_POSTGRES_URL is set — PostgreSQL: the repository call, and
//! the whole HTTP request for the JSON API. Words with typos and initials, and places.
//!
//! `cargo bench -p muster-e2e --bench directory [-- GROUPS EVENTS]`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use diesel::{ExpressionMethods, QueryDsl, RunQueryDsl};
use muster_core::group::{JoinMode, Visibility};
use muster_core::{Clock, geo::Coordinates, id::GroupId};
use muster_db::events::EventRow;
use muster_db::groups::{self, DirectoryQuery, GroupRow};
use muster_e2e::{
    Backend, TestApp,
    bench::{ms, number_args, percentile, runtime},
};

/// City, country, latitude, longitude.
const CITIES: [(&str, &str, f64, f64); 12] = [
    ("Leeds", "United Kingdom", 53.80, -1.55),
    ("Berlin", "Germany", 52.52, 13.40),
    ("Paris", "France", 48.86, 2.35),
    ("Taipei", "Taiwan", 25.03, 121.56),
    ("Nairobi", "Kenya", -1.29, 36.82),
    ("Lagos", "Nigeria", 6.52, 3.38),
    ("São Paulo", "Brazil", -23.55, -46.63),
    ("Pune", "India", 18.52, 73.86),
    ("Austin", "United States", 30.27, -97.74),
    ("Kraków", "Poland", 50.06, 19.94),
    ("Brisbane", "Australia", -27.47, 153.03),
    ("Toronto", "Canada", 43.65, -79.38),
];
const TOPICS: [&str; 8] = [
    "python",
    "django",
    "data science",
    "web",
    "machine learning",
    "rust",
    "devops",
    "education",
];
const WORDS: [&str; 8] = [
    "Python",
    "PyData",
    "Django",
    "Coders",
    "Developers",
    "Hackers",
    "Meetup",
    "Users",
];

async fn seed(app: &TestApp, count: usize) {
    let now = app.clock.now();
    app.db
        .write(move |c| {
            for i in 0..count {
                let (city, country, lat, lon) = CITIES[i % CITIES.len()];
                // Spread over about 80 km around the city.
                let spread = |k: usize| ((i * k) % 1000) as f64 / 1000.0 - 0.5;
                let place = (lat + spread(7) * 0.7, lon + spread(13) * 1.1);
                let name = format!("{} {} {}", WORDS[i % WORDS.len()], city, i);
                let topics = vec![
                    TOPICS[i % TOPICS.len()].to_owned(),
                    TOPICS[(i / 3) % TOPICS.len()].to_owned(),
                ];
                let mut topics_unique = topics.clone();
                topics_unique.dedup();
                let summary = format!("{} people meeting in {city}", WORDS[(i / 5) % WORDS.len()]);
                let row = GroupRow {
                    id: GroupId::new(),
                    slug: format!("group-{i}"),
                    search_text: GroupRow::search_text_for(
                        &name,
                        &summary,
                        city,
                        country,
                        &topics_unique,
                    ),
                    name,
                    summary,
                    description: String::new(),
                    description_html: String::new(),
                    city: city.to_owned(),
                    country: country.to_owned(),
                    city_key: city.to_lowercase(),
                    country_key: country.to_lowercase(),
                    latitude: Some(place.0),
                    longitude: Some(place.1),
                    timezone: "UTC".to_owned(),
                    topics: topics_unique.join(","),
                    links: "{}".to_owned(),
                    logo_url: String::new(),
                    logo_image_id: None,
                    contact_email: String::new(),
                    visibility: if i % 10 == 0 {
                        Visibility::Private
                    } else {
                        Visibility::Public
                    },
                    join_mode: if i % 10 == 0 {
                        JoinMode::Invite
                    } else {
                        JoinMode::Open
                    },
                    questions: "[]".to_owned(),
                    conduct_version: 1,
                    member_count: i32::try_from(i % 500).unwrap(),
                    last_event_at: None,
                    next_event_at: (i % 3 == 0)
                        .then(|| now + chrono::Duration::hours(i64::try_from(i).unwrap())),
                    created_by: None,
                    created_at: now,
                    updated_at: now,
                    deleted_at: None,
                    reminder_hours: "144,24".to_owned(),
                    listing_source: String::new(),
                    revived_at: None,
                    language: None,
                    threads_by_organizers: false,
                };
                groups::insert(c, &row)?;
            }
            Ok(())
        })
        .await
        .unwrap();
    // A settled database has planner statistics (autovacuum on PostgreSQL; `muster serve`
    // runs `PRAGMA optimize` at start-up on SQLite); a freshly filled one would not.
    analyze(app).await;
}

fn stats(times: &[Duration]) -> String {
    format!(
        "median {:.2} ms, p95 {:.2} ms",
        ms(percentile(times, 0.5)),
        ms(percentile(times, 0.95))
    )
}

/// `count` published events a day apart in turn among the public groups, from now on.
async fn seed_events(app: &TestApp, count: usize) {
    let now = app.clock.now();
    app.db
        .write(move |c| {
            let groups: Vec<GroupId> = muster_db::schema::groups::table
                .filter(muster_db::schema::groups::visibility.eq("public"))
                .select(muster_db::schema::groups::id)
                .load(c)?;
            let rows: Vec<EventRow> = (0..count)
                .map(|i| {
                    let starts = now + chrono::Duration::minutes(i64::try_from(i).unwrap() * 7);
                    EventRow::imported(
                        groups[i % groups.len()],
                        &format!("Meetup {i}"),
                        "",
                        (starts, starts + chrono::Duration::hours(2)),
                        "UTC",
                        now,
                    )
                })
                .collect();
            for row in &rows {
                muster_db::events::insert(c, row)?;
            }
            Ok(())
        })
        .await
        .unwrap();
    analyze(app).await;
}

/// Planner statistics, as a settled database has them.
async fn analyze(app: &TestApp) {
    app.db
        .write(|c| {
            diesel::RunQueryDsl::execute(diesel::sql_query("ANALYZE"), c)?;
            Ok(())
        })
        .await
        .unwrap();
}

/// Times `times` runs of `f`.
async fn timed<F, Fut>(times: usize, mut f: F) -> Vec<Duration>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let mut taken = Vec::with_capacity(times);
    for _ in 0..times {
        let started = Instant::now();
        f().await;
        taken.push(started.elapsed());
    }
    taken
}

async fn run(backend: Backend, count: usize, events: usize) {
    let app = TestApp::spawn(backend).await;
    seed(&app, count).await;
    let berlin = Some((
        Coordinates {
            lat: 52.52,
            lon: 13.40,
        },
        50.0,
    ));
    // (label, text, country, topic, near, the API's query): 20 groups a page each.
    let cases = [
        ("everything, next event first", "", "", "", None, ""),
        ("q=python", "python", "", "", None, "q=python"),
        (
            "q=pydata berlin",
            "pydata berlin",
            "",
            "",
            None,
            "q=pydata%20berlin",
        ),
        (
            "country=germany",
            "",
            "germany",
            "",
            None,
            "country=germany",
        ),
        ("topic=rust", "", "", "rust", None, "topic=rust"),
        ("q=nothing-matches", "zzzz", "", "", None, "q=zzzz"),
        ("q=pyhton (a typo)", "pyhton", "", "", None, "q=pyhton"),
        (
            "q=hackrs berln (typos)",
            "hackrs berln",
            "",
            "",
            None,
            "q=hackrs%20berln",
        ),
        ("q=PBU (initials)", "PBU", "", "", None, "q=PBU"),
        (
            "near Berlin, 50 km",
            "",
            "",
            "",
            berlin,
            "near=52.52,13.40&radius_km=50",
        ),
        (
            "near=Berlin (by name)",
            "",
            "",
            "",
            berlin,
            "near=Berlin&radius_km=50",
        ),
        (
            "near Berlin + q=python",
            "python",
            "",
            "",
            berlin,
            "near=52.52,13.40&q=python",
        ),
    ]
    .map(|(label, text, country, topic, near, api)| {
        let query = DirectoryQuery {
            text: text.into(),
            country: country.into(),
            topic: topic.into(),
            near,
            per_page: 20,
            ..Default::default()
        };
        (label, query, api)
    });
    println!("{backend:?}, {count} groups (10% private):");
    let client = reqwest::Client::new();
    for (label, query, api) in cases {
        let mut repo = Vec::new();
        let mut total = 0;
        for _ in 0..100 {
            let q = query.clone();
            let started = Instant::now();
            let page = app
                .db
                .read(move |c| groups::directory(c, &q))
                .await
                .unwrap();
            repo.push(started.elapsed());
            total = page.total;
        }
        let url = app.url(&format!("/api/v1/groups?{api}"));
        let mut http = Vec::new();
        for _ in 0..100 {
            let started = Instant::now();
            let response = client.get(&url).send().await.unwrap();
            assert_eq!(response.status(), 200);
            response.bytes().await.unwrap();
            http.push(started.elapsed());
        }
        println!(
            "  {label:<30} {total:>5} matches | query: {} | HTTP: {}",
            stats(&repo),
            stats(&http)
        );
    }
    if events == 0 {
        return;
    }
    seed_events(&app, events).await;
    println!("{backend:?}, {events} upcoming events among those groups:");
    let now = app.clock.now();
    for (label, days, api) in [
        (
            "near Berlin, 50 km, a week",
            Some(7),
            "near=52.52,13.40&within_days=7",
        ),
        ("near Berlin, 50 km, all upcoming", None, "near=52.52,13.40"),
        ("everywhere, a week", Some(7), "within_days=7"),
    ] {
        let until = days.map(|d| now + chrono::Duration::days(d));
        let bounds = (!api.starts_with("within")).then(|| {
            Coordinates {
                lat: 52.52,
                lon: 13.40,
            }
            .bounds(50.0)
        });
        let read = move |c: &mut muster_db::DbConnection| {
            muster_db::events::upcoming_placed(
                c,
                now,
                until,
                bounds,
                muster_db::events::MAX_NEAR_CANDIDATES,
            )
        };
        let found = app.db.read(read).await.unwrap().len();
        let repo = timed(100, || {
            let db = app.db.clone();
            async move {
                db.read(read).await.unwrap();
            }
        })
        .await;
        let url = app.url(&format!("/api/v1/events?{api}"));
        let http = timed(100, || {
            let (client, url) = (client.clone(), url.clone());
            async move {
                let response = client.get(&url).send().await.unwrap();
                assert_eq!(response.status(), 200);
                response.bytes().await.unwrap();
            }
        })
        .await;
        println!(
            "  {label:<34} {found:>5} read | query: {} | HTTP: {}",
            stats(&repo),
            stats(&http)
        );
    }
}

fn main() {
    let args = number_args();
    let count = args.first().copied().unwrap_or(10_000);
    let events = args.get(1).copied().unwrap_or(100_000);
    runtime().block_on(async {
        run(Backend::Sqlite, count, events).await;
        if Backend::postgres_admin_url().is_some() {
            run(Backend::Postgres, count, events).await;
        }
    });
}

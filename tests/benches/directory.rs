//! Directory query time with 10,000 groups, on SQLite and — when MUSTER_TEST_POSTGRES_URL is
//! set — PostgreSQL: the repository call, and the whole HTTP request for the JSON API.
//!
//! `cargo bench -p muster-e2e --bench directory [-- GROUPS]`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use muster_core::group::{JoinMode, Visibility};
use muster_core::{Clock, id::GroupId};
use muster_db::groups::{self, DirectoryQuery, GroupRow};
use muster_e2e::{
    Backend, TestApp,
    bench::{ms, number_args, percentile, runtime},
};

const CITIES: [(&str, &str); 12] = [
    ("Leeds", "United Kingdom"),
    ("Berlin", "Germany"),
    ("Paris", "France"),
    ("Taipei", "Taiwan"),
    ("Nairobi", "Kenya"),
    ("Lagos", "Nigeria"),
    ("São Paulo", "Brazil"),
    ("Pune", "India"),
    ("Austin", "United States"),
    ("Kraków", "Poland"),
    ("Brisbane", "Australia"),
    ("Toronto", "Canada"),
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
                let (city, country) = CITIES[i % CITIES.len()];
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
                    latitude: None,
                    longitude: None,
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
    app.db
        .write(|c| {
            diesel::RunQueryDsl::execute(diesel::sql_query("ANALYZE"), c)?;
            Ok(())
        })
        .await
        .unwrap();
}

fn stats(times: &[Duration]) -> String {
    format!(
        "median {:.2} ms, p95 {:.2} ms",
        ms(percentile(times, 0.5)),
        ms(percentile(times, 0.95))
    )
}

async fn run(backend: Backend, count: usize) {
    let app = TestApp::spawn(backend).await;
    seed(&app, count).await;
    // (label, text, country, topic): 20 groups a page each.
    let cases = [
        ("everything, next event first", "", "", ""),
        ("q=python", "python", "", ""),
        ("q=pydata berlin", "pydata berlin", "", ""),
        ("country=germany", "", "germany", ""),
        ("topic=rust", "", "", "rust"),
        ("q=nothing-matches", "zzzz", "", ""),
    ]
    .map(|(label, text, country, topic)| {
        let query = DirectoryQuery {
            text: text.into(),
            country: country.into(),
            topic: topic.into(),
            per_page: 20,
            ..Default::default()
        };
        (label, query)
    });
    println!("{backend:?}, {count} groups (10% private):");
    let client = reqwest::Client::new();
    for (label, query) in cases {
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
        let url = app.url(&format!(
            "/api/v1/groups?q={}&country={}&topic={}",
            query.text, query.country, query.topic
        ));
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
}

fn main() {
    let count = number_args().first().copied().unwrap_or(10_000);
    runtime().block_on(async {
        run(Backend::Sqlite, count).await;
        if Backend::postgres_admin_url().is_some() {
            run(Backend::Postgres, count).await;
        }
    });
}

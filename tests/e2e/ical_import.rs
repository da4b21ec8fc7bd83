//! A group's old calendar comes home: an iCalendar file (uploaded, fetched by URL, or given to
//! `muster import ical`) becomes the group's events, once — importing again updates in place —
//! with a report of every event created, updated, unchanged and skipped. Bad input changes
//! nothing; fetching by URL refuses every address that is not on the public internet.

use std::{collections::HashMap, sync::Arc};

use muster_e2e::{
    Person, TestApp, backend_test, create_group, join, json_body, run_import as run_cli,
    status_and_json,
};
use serde_json::{Value, json};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpListener,
};

/// An old group calendar: ten events over four years, Europe/Berlin with its VTIMEZONE, an
/// all-day event, a cancelled one, a repeating one, one without a UID, one with a broken
/// DTSTART, one in an unknown zone, folded descriptions and locations.
const HISTORY: &str = include_str!("fixtures/pyber-history.ics");

const SLUG: &str = "pyber";

async fn organizer_and_group(app: &TestApp) -> Person {
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(
        &ada,
        json!({
            "slug": SLUG, "name": "Python User Group Berlin", "timezone": "Europe/Berlin",
            "join_mode": "open", "visibility": "public", "city": "Berlin"
        }),
    )
    .await;
    ada
}

async fn upload(person: &Person, ics: &str, query: &str) -> (u16, Value) {
    let response = person
        .client
        .post(person.url(&format!("/api/v1/groups/{SLUG}/imports/ical{query}")))
        .header("content-type", "text/calendar; charset=utf-8")
        .body(ics.to_owned())
        .send()
        .await
        .unwrap();
    status_and_json(response).await
}

async fn import_url(person: &Person, url: &str) -> (u16, Value) {
    let response = person
        .post(
            &format!("/api/v1/groups/{SLUG}/imports/ical"),
            &json!({"url": url}),
        )
        .await;
    let status = response.status().as_u16();
    (status, json_body(response).await)
}

fn uids(report: &Value, list: &str) -> Vec<String> {
    report[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["uid"].as_str().unwrap().to_owned())
        .collect()
}

/// The id of the event a report lists under `list` for `uid`.
fn event_id_for(report: &Value, list: &str, uid: &str) -> String {
    report[list]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["uid"] == uid)
        .unwrap_or_else(|| panic!("{uid} in {list}: {report}"))["event_id"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn all_events(app: &TestApp) -> Vec<Value> {
    let visitor = app.visitor();
    let mut events = Vec::new();
    for when in ["past", "upcoming"] {
        let list = visitor
            .get_json(&format!(
                "/api/v1/groups/{SLUG}/events?when={when}&per_page=100"
            ))
            .await;
        events.extend(list["events"].as_array().unwrap().iter().cloned());
    }
    events
}

backend_test!(async fn an_old_group_calendar_becomes_the_groups_history_once(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = organizer_and_group(&app).await;

    let (status, report) = upload(&ada, HISTORY, "").await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(
        uids(&report, "created"),
        [
            "pyber-2019-01@pyber.example.org", "pyber-2019-07@pyber.example.org",
            "pyber-sprint-2020@pyber.example.org", "pyber-2020-04@pyber.example.org",
            "pyber-online-hour@pyber.example.org", "pyber-winter-2022@pyber.example.org",
            "pyber-2023-04@pyber.example.org", "pyber-2026-12@pyber.example.org",
        ],
        "{report}"
    );
    // Every skip names its line and says why.
    let skipped: Vec<(u64, String)> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["line"].as_u64().unwrap(), s["reason"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(skipped.len(), 3, "{report}");
    assert_eq!(skipped[0].0, 75);
    assert!(skipped[0].1.contains("no UID"), "{report}");
    assert_eq!(skipped[1].0, 80);
    assert!(skipped[1].1.contains("\"2021-13-45\" is not a date"), "{report}");
    assert_eq!(skipped[2].0, 86);
    assert!(skipped[2].1.contains("Mars/Olympus_Mons"), "{report}");
    // The repeating event came in as its first occurrence, and the report says so.
    assert_eq!(report["notes"][0]["what"], "pyber-online-hour@pyber.example.org", "{report}");
    assert!(report["notes"][0]["reason"].as_str().unwrap().contains("first occurrence"));

    // What a visitor sees: the January 2019 meetup at 19:00 Berlin time, at c-base, with the
    // folded description whole.
    let january = event_id_for(&report, "created", "pyber-2019-01@pyber.example.org");
    let event = app.visitor().get_json(&format!("/api/v1/events/{january}")).await;
    assert_eq!(event["title"], "PyBer January: Type hints in practice");
    assert_eq!(event["starts_at"], "2019-01-17T19:00:00+01:00");
    assert_eq!(event["ends_at"], "2019-01-17T21:30:00+01:00");
    assert_eq!(event["timezone"], "Europe/Berlin");
    assert_eq!(event["status"], "published");
    assert_eq!(event["venue"]["name"], "c-base");
    assert_eq!(event["venue"]["address"], "Rungestraße 20, 10179 Berlin");
    let description = event["description"].as_str().unwrap();
    assert!(
        description.starts_with(
            "Two talks on type hints: how we moved a 200,000-line codebase to mypy, and what \
             Protocols are good for.\n\nDoors open at 18:30. Drinks at the bar; please bring"
        ),
        "{description}"
    );
    assert!(description.contains("https://pyber.example.org/2019/01/"), "{description}");
    let page = app.visitor().get(&format!("/g/{SLUG}/events/{january}")).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("PyBer January: Type hints in practice"));
    assert!(html.contains("c-base"));

    let events = all_events(&app).await;
    assert_eq!(events.len(), 8, "{events:?}");
    let by_title = |title: &str| {
        events
            .iter()
            .find(|e| e["title"] == title)
            .unwrap_or_else(|| panic!("{title} in {events:?}"))
            .clone()
    };
    // Summer time, UTC, floating (the group's zone) and all-day.
    assert_eq!(by_title("PyBer July: Summer lightning talks")["starts_at"], "2019-07-18T19:00:00+02:00");
    assert_eq!(by_title("PyBer Winter Social")["starts_at"], "2022-12-08T19:00:00+01:00");
    assert_eq!(by_title("PyBer Spring 2023")["starts_at"], "2023-04-20T19:00:00+02:00");
    let sprint = by_title("PyBer Sprint Day");
    assert_eq!(sprint["starts_at"], "2020-03-14T00:00:00+01:00");
    assert_eq!(sprint["ends_at"], "2020-03-15T00:00:00+01:00");
    assert_eq!(by_title("PyBer April 2020")["status"], "cancelled");
    assert_eq!(by_title("PyBer Online Hour")["starts_at"], "2021-01-05T18:00:00+01:00");
    assert_eq!(by_title("PyBer December 2026")["status"], "published");

    // The public calendar feed carries them.
    let feed = app.visitor().get(&format!("/g/{SLUG}/events.ics")).await.text().await.unwrap();
    assert!(feed.contains("SUMMARY:PyBer December 2026"), "{feed}");
    assert!(feed.contains("LOCATION:c-base\\, Rungestraße 20"), "{feed}");

    // Twice: nothing new, nothing duplicated.
    let (status, again) = upload(&ada, HISTORY, "").await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(again["created"].as_array().unwrap().len(), 0, "{again}");
    assert_eq!(again["updated"].as_array().unwrap().len(), 0, "{again}");
    assert_eq!(again["unchanged"].as_array().unwrap().len(), 8, "{again}");
    assert_eq!(again["skipped"].as_array().unwrap().len(), 3, "{again}");
    assert_eq!(all_events(&app).await.len(), 8);

    // The old calendar corrects the July meetup: one update, same event, same address;
    // calendar clients see a higher SEQUENCE.
    let july = event_id_for(&report, "created", "pyber-2019-07@pyber.example.org");
    let july_ics = |id: &str| format!("/g/{SLUG}/events/{id}.ics");
    let before = app.visitor().get(&july_ics(&july)).await.text().await.unwrap();
    assert!(before.contains("SEQUENCE:0"), "{before}");
    let edited = HISTORY
        .replace("SUMMARY:PyBer July: Summer lightning talks", "SUMMARY:PyBer July: Lightning talks on the roof")
        .replace("DTSTART;TZID=Europe/Berlin:20190718T190000", "DTSTART;TZID=Europe/Berlin:20190718T183000");
    let (status, third) = upload(&ada, &edited, "").await;
    assert_eq!(status, 200, "{third}");
    assert_eq!(uids(&third, "updated"), ["pyber-2019-07@pyber.example.org"], "{third}");
    assert_eq!(third["unchanged"].as_array().unwrap().len(), 7, "{third}");
    assert_eq!(event_id_for(&third, "updated", "pyber-2019-07@pyber.example.org"), july);
    let event = app.visitor().get_json(&format!("/api/v1/events/{july}")).await;
    assert_eq!(event["title"], "PyBer July: Lightning talks on the roof");
    assert_eq!(event["starts_at"], "2019-07-18T18:30:00+02:00");
    let after = app.visitor().get(&july_ics(&july)).await.text().await.unwrap();
    assert!(after.contains("SEQUENCE:1"), "{after}");
    assert_eq!(all_events(&app).await.len(), 8);

    // Organizers' own edits stand while the calendar's VEVENT is unchanged; the calendar
    // wins again once its VEVENT changes.
    let december = event_id_for(&report, "created", "pyber-2026-12@pyber.example.org");
    let response = ada
        .send(
            reqwest::Method::PATCH,
            &format!("/api/v1/events/{december}"),
            &json!({"title": "PyBer December 2026: Advent of Code night"}),
        )
        .await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    let (_, fourth) = upload(&ada, &edited, "").await;
    assert_eq!(fourth["unchanged"].as_array().unwrap().len(), 8, "{fourth}");
    let event = app.visitor().get_json(&format!("/api/v1/events/{december}")).await;
    assert_eq!(event["title"], "PyBer December 2026: Advent of Code night");

    // A dry run reports and changes nothing.
    let renamed = HISTORY.replace("SUMMARY:PyBer Winter Social", "SUMMARY:PyBer Winter Party");
    let (status, dry) = upload(&ada, &renamed, "?dry_run=true").await;
    assert_eq!(status, 200, "{dry}");
    assert_eq!(dry["dry_run"], true);
    assert_eq!(uids(&dry, "updated").len(), 2, "{dry}"); // July back to the old text, and Winter
    assert!(all_events(&app).await.iter().any(|e| e["title"] == "PyBer Winter Social"));

    // Nobody was emailed about history.
    assert!(app.deliver_and_collect().await.is_empty());
});

backend_test!(async fn bad_calendars_change_nothing_and_say_why(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = organizer_and_group(&app).await;
    // Cut short half-way through: nothing is written, although the first events were fine.
    let cut = &HISTORY[..HISTORY.find("UID:pyber-2020-04").unwrap()];
    for (body, expected) in [
        (cut.to_owned(), "the file ends before END:VEVENT"),
        ("<html><body>Not found</body></html>".to_owned(), "not an iCalendar file"),
        (String::new(), "empty"),
        (HISTORY.replace("END:VEVENT\r\nBEGIN:VEVENT\r\nUID:pyber-2019-07", "END:VTODO\r\nBEGIN:VEVENT\r\nUID:pyber-2019-07"), "does not close"),
    ] {
        let (status, error) = upload(&ada, &body, "").await;
        assert_eq!(status, 422, "{error}");
        assert_eq!(error["code"], "invalid_calendar", "{error}");
        assert!(error["message"].as_str().unwrap().contains(expected), "{expected}: {error}");
    }
    // Not UTF-8 (Latin-1 "ß").
    let mut latin1 = HISTORY.as_bytes().to_vec();
    let at = HISTORY.find("Rungestra").unwrap() + "Rungestra".len();
    latin1.splice(at..at + 2, [0xdf]);
    let response = ada
        .client
        .post(ada.url(&format!("/api/v1/groups/{SLUG}/imports/ical")))
        .header("content-type", "text/calendar")
        .body(latin1)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let error: Value = response.json().await.unwrap();
    assert!(error["message"].as_str().unwrap().contains("not UTF-8"), "{error}");
    // Larger than 5 MiB.
    let huge = format!("{HISTORY}{}", "X-PADDING:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\r\n".repeat(90_000));
    let (status, error) = upload(&ada, &huge, "").await;
    assert_eq!(status, 413, "{error}");
    assert!(all_events(&app).await.is_empty());
});

backend_test!(async fn only_organizers_import(backend) {
    let app = TestApp::spawn(backend).await;
    let _ada = organizer_and_group(&app).await;
    let bob = app.person("Bob", "bob@example.org").await;
    let (status, error) = upload(&bob, HISTORY, "").await;
    assert_eq!(status, 403, "a non-member: {error}");
    join(&bob, SLUG).await;
    let (status, error) = upload(&bob, HISTORY, "").await;
    assert_eq!(status, 403, "a member: {error}");
    assert_eq!(error["message"], "Only the group's organizers can do that.");
    let (status, _) = import_url(&bob, "https://example.org/cal.ics").await;
    assert_eq!(status, 403);
    let visitor = app.visitor();
    let response = visitor
        .client
        .post(visitor.url(&format!("/api/v1/groups/{SLUG}/imports/ical")))
        .header("content-type", "text/calendar")
        .body(HISTORY)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    assert!(all_events(&app).await.is_empty());
});

// ----------------------------------------------------------------------------- by URL

/// A tiny HTTP server on loopback answering fixed paths: (status, extra headers, body).
struct CalendarServer {
    address: String,
}

type Answer = (u16, Vec<(String, String)>, Vec<u8>);

impl CalendarServer {
    async fn start(answers: impl FnOnce(&str) -> HashMap<String, Answer>) -> CalendarServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap().to_string();
        let answers = Arc::new(answers(&address));
        tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else {
                    return;
                };
                let answers = answers.clone();
                tokio::spawn(async move {
                    let mut request = Vec::new();
                    let mut buffer = [0u8; 4096];
                    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                        match socket.read(&mut buffer).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => request.extend_from_slice(&buffer[..n]),
                        }
                    }
                    let text = String::from_utf8_lossy(&request);
                    let path = text.split(' ').nth(1).unwrap_or("/").to_owned();
                    let (status, headers, body) =
                        answers
                            .get(&path)
                            .cloned()
                            .unwrap_or((404, vec![], b"not here".to_vec()));
                    let mut head = format!("HTTP/1.1 {status} X\r\nConnection: close\r\n");
                    let streamed = headers.iter().any(|(n, _)| n == "x-no-length");
                    if !streamed {
                        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
                    }
                    for (name, value) in headers.iter().filter(|(n, _)| n != "x-no-length") {
                        head.push_str(&format!("{name}: {value}\r\n"));
                    }
                    head.push_str("\r\n");
                    let _ = socket.write_all(head.as_bytes()).await;
                    for chunk in body.chunks(64 * 1024) {
                        if socket.write_all(chunk).await.is_err() {
                            return;
                        }
                    }
                    let _ = socket.shutdown().await;
                });
            }
        });
        CalendarServer { address }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }
}

fn redirect(to: &str) -> Answer {
    (
        302,
        vec![("Location".to_owned(), to.to_owned())],
        Vec::new(),
    )
}

async fn calendar_server() -> CalendarServer {
    CalendarServer::start(|address| {
        let calendar = (
            200,
            vec![("Content-Type".to_owned(), "text/calendar".to_owned())],
            HISTORY.as_bytes().to_vec(),
        );
        let port = address.rsplit(':').next().unwrap().to_owned();
        let big = vec![b'A'; 6 * 1024 * 1024];
        HashMap::from([
            ("/history.ics".to_owned(), calendar),
            ("/moved".to_owned(), redirect("/history.ics")),
            ("/r1".to_owned(), redirect("/r2")),
            ("/r2".to_owned(), redirect("/r3")),
            ("/r3".to_owned(), redirect("/r4")),
            ("/r4".to_owned(), redirect("/history.ics")),
            (
                "/to-metadata".to_owned(),
                redirect("http://169.254.169.254/latest/meta-data/"),
            ),
            (
                "/to-localhost".to_owned(),
                redirect(&format!("http://localhost:{port}/history.ics")),
            ),
            ("/to-file".to_owned(), redirect("file:///etc/passwd")),
            ("/big".to_owned(), (200, vec![], big.clone())),
            (
                "/big-stream".to_owned(),
                (200, vec![("x-no-length".to_owned(), String::new())], big),
            ),
        ])
    })
    .await
}

backend_test!(async fn a_calendar_is_fetched_by_url_within_the_rules(backend) {
    let server = calendar_server().await;
    let allowed = server.address.clone();
    let app = TestApp::spawn_with(backend, move |s| s.fetch_allow_private = vec![allowed]).await;
    let ada = organizer_and_group(&app).await;

    // Through one redirect, then three: fine.
    let (status, report) = import_url(&ada, &server.url("/moved")).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(report["created"].as_array().unwrap().len(), 8, "{report}");
    let (status, report) = import_url(&ada, &server.url("/r2")).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(report["unchanged"].as_array().unwrap().len(), 8, "{report}");

    for (path, expected) in [
        ("/r1", "more than 3 redirects"),
        ("/to-metadata", "169.254.169.254 is a local, private or reserved address"),
        ("/to-localhost", "localhost is a local, private or reserved address"),
        ("/to-file", "not file://"),
        ("/big", "larger than 5 MiB"),
        ("/big-stream", "larger than 5 MiB"),
        ("/missing.ics", "404"),
    ] {
        let (status, error) = import_url(&ada, &server.url(path)).await;
        assert_eq!(status, 422, "{path}: {error}");
        assert!(error["message"].as_str().unwrap().contains(expected), "{path}: {error}");
    }
    for (url, expected) in [
        ("file:///etc/passwd", "not file://"),
        ("ftp://example.org/cal.ics", "not ftp://"),
        ("http://169.254.169.254/latest/meta-data/", "local, private or reserved"),
        ("http://10.0.0.1/cal.ics", "local, private or reserved"),
        ("http://[::ffff:127.0.0.1]:9/cal.ics", "local, private or reserved"),
        ("not a url", "not a web address"),
    ] {
        let (status, error) = import_url(&ada, url).await;
        assert_eq!(status, 422, "{url}: {error}");
        assert!(error["message"].as_str().unwrap().contains(expected), "{url}: {error}");
    }
    assert_eq!(all_events(&app).await.len(), 8);
});

backend_test!(async fn without_the_test_allowance_loopback_is_refused(backend) {
    let server = calendar_server().await;
    let app = TestApp::spawn(backend).await;
    let ada = organizer_and_group(&app).await;
    for url in [server.url("/history.ics"), server.url("/moved").replace("127.0.0.1", "localhost")] {
        let (status, error) = import_url(&ada, &url).await;
        assert_eq!(status, 422, "{url}: {error}");
        assert!(error["message"].as_str().unwrap().contains("local, private or reserved"), "{error}");
    }
    assert!(all_events(&app).await.is_empty());
});

// ----------------------------------------------------------------------------- the command

backend_test!(async fn muster_import_ical_prints_its_report(backend) {
    let app = TestApp::spawn(backend).await;
    let _ada = organizer_and_group(&app).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("history.ics");
    std::fs::write(&file, HISTORY).unwrap();
    let path = file.to_str().unwrap();

    let (ok, out, err) = run_cli(&app, &["ical", "--group", SLUG, path, "--dry-run"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("dry run: nothing was changed"), "{out}");
    assert!(out.contains("created 8, updated 0, unchanged 0, skipped 3"), "{out}");
    assert!(all_events(&app).await.is_empty());

    let (ok, out, err) = run_cli(&app, &["ical", "--group", SLUG, path]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("created 8, updated 0, unchanged 0, skipped 3"), "{out}");
    assert!(out.contains("skipped line 80: pyber-broken@pyber.example.org"), "{out}");
    assert!(out.contains("note line 67: pyber-online-hour@pyber.example.org"), "{out}");
    let (ok, out, _) = run_cli(&app, &["ical", "--group", SLUG, path]);
    assert!(ok);
    assert!(out.contains("created 0, updated 0, unchanged 8, skipped 3"), "{out}");
    assert_eq!(all_events(&app).await.len(), 8);

    // A bad file fails the command, with the reason.
    let bad = dir.path().join("bad.ics");
    std::fs::write(&bad, b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n").unwrap();
    let (ok, out, err) = run_cli(&app, &["ical", "--group", SLUG, bad.to_str().unwrap()]);
    assert!(!ok, "{out}");
    assert!(err.contains("ends before END:VEVENT"), "{err}");
    // A loopback URL is refused from the command line too.
    let (ok, _, err) = run_cli(&app, &["ical", "--group", SLUG, "http://127.0.0.1:9/cal.ics"]);
    assert!(!ok);
    assert!(err.contains("local, private or reserved"), "{err}");
    let (ok, _, err) = run_cli(&app, &["ical", "--group", "nope", path]);
    assert!(!ok);
    assert!(err.contains("there is no group /g/nope"), "{err}");
});

// ----------------------------------------------------------------------------- the page

backend_test!(async fn organizers_import_from_the_settings_page(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = organizer_and_group(&app).await;
    let (_, settings) = ada.page(&format!("/g/{SLUG}/settings")).await;
    assert!(settings.contains(&format!("href=\"/g/{SLUG}/settings/import\"")), "{settings}");
    let (status, form) = ada.page(&format!("/g/{SLUG}/settings/import")).await;
    assert_eq!(status, 200);
    assert!(form.contains("Import an old calendar"));

    let post = |form: reqwest::multipart::Form| {
        ada.client
            .post(ada.url(&format!("/g/{SLUG}/settings/import")))
            .header("sec-fetch-site", "same-origin")
            .multipart(form)
            .send()
    };
    let token = muster_e2e::csrf_token_in(&form);
    let upload = reqwest::multipart::Form::new()
        .text("csrf_token", token.clone())
        .part("calendar", reqwest::multipart::Part::bytes(HISTORY.as_bytes().to_vec()).file_name("history.ics").mime_str("text/calendar").unwrap());
    let response = post(upload).await.unwrap();
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(page.contains("What the import did"), "{page}");
    assert!(page.contains("Created 8, updated 0, unchanged 0, skipped 3."), "{page}");
    assert!(page.contains("Line 80, pyber-broken@pyber.example.org: DTSTART &#34;2021-13-45&#34; is not a date"), "{page}");
    assert_eq!(all_events(&app).await.len(), 8);

    // A bad address is shown on the form, and changes nothing.
    let by_url = reqwest::multipart::Form::new()
        .text("csrf_token", token.clone())
        .text("url", "http://169.254.169.254/latest/meta-data/");
    let response = post(by_url).await.unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("local, private or reserved"), "{page}");

    // Without the form's token: refused.
    let forged = reqwest::multipart::Form::new()
        .text("csrf_token", "forged")
        .part("calendar", reqwest::multipart::Part::bytes(HISTORY.as_bytes().to_vec()));
    assert_eq!(post(forged).await.unwrap().status(), 403);

    // A member cannot reach the page.
    let bob = app.person("Bob", "bob@example.org").await;
    join(&bob, SLUG).await;
    assert_eq!(bob.page(&format!("/g/{SLUG}/settings/import")).await.0, 403);
    assert_eq!(all_events(&app).await.len(), 8);
});

//! A group's Meetup.com history: the member list and two events' attendee lists imported
//! through the real `muster` binary (twice: nothing doubles), shown on the past events' pages,
//! listed for organizers, refused whole when a file is bad, and claimed by the people in it.

use std::io::Write;

use diesel::{QueryDsl, RunQueryDsl};
use muster_e2e::{
    Person, TestApp, backend_test, create_event, create_group, csrf_token_in, id_of, joined_member,
    run_import as import,
};
use serde_json::{Value, json};

fn fixture(name: &str) -> String {
    format!("{}/fixtures/meetup/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// (placeholders, placeholder answers, events, RSVPs) in the database.
async fn counts(app: &TestApp) -> (i64, i64, i64, i64) {
    use muster_db::schema::{events, placeholder_members, placeholder_rsvps, rsvps};
    (
        app.count_rows(placeholder_members::table).await,
        app.count_rows(placeholder_rsvps::table).await,
        app.count_rows(events::table).await,
        app.count_rows(rsvps::table).await,
    )
}

/// Python Berlin, organized by Olu, with Mo as a plain member.
async fn group(app: &TestApp) -> (Person, Person) {
    let organizer = app.person("Olu", "olu@example.org").await;
    create_group(
        &organizer,
        json!({"slug": "python-berlin", "name": "Python Berlin", "city": "Berlin",
               "country": "Germany", "timezone": "Europe/Berlin", "join_mode": "open"}),
    )
    .await;
    let member = joined_member(app, "python-berlin", "Mo").await;
    (organizer, member)
}

const MEMBERS_SUMMARY: &str = "created 29, updated 0, unchanged 0, skipped 1";

/// `muster import meetup-attendees` of the fixture `file` into a new event of Python Berlin
/// titled `title`, held `when` (`--starts-at …` and maybe `--timezone …`).
fn import_attendees(
    app: &TestApp,
    title: &str,
    when: &[&str],
    file: &str,
) -> (bool, String, String) {
    let file = fixture(file);
    let mut args = vec![
        "meetup-attendees",
        "--group",
        "python-berlin",
        "--event",
        "new",
        "--title",
        title,
    ];
    args.extend_from_slice(when);
    args.push(&file);
    import(app, &args)
}

fn october(app: &TestApp) -> (bool, String, String) {
    import_attendees(
        app,
        "Python Berlin: October talks",
        &[
            "--starts-at",
            "2024-10-24T18:30",
            "--timezone",
            "Europe/Berlin",
        ],
        "attendees-2024-10.csv",
    )
}

fn november(app: &TestApp) -> (bool, String, String) {
    import_attendees(
        app,
        "Python Berlin: November hack night",
        &["--starts-at", "2024-11-21 19:00"],
        "attendees-2024-11.tsv",
    )
}

/// The event path an attendee import printed.
fn event_path(out: &str) -> String {
    let start = out
        .find("/g/python-berlin/events/")
        .expect("the event's path");
    out[start..].lines().next().unwrap().trim().to_owned()
}

fn by_name<'a>(list: &'a Value, name: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("{name} in {list}"))
}

backend_test!(async fn a_meetup_history_is_imported_once_and_shown_on_past_events(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, member) = group(&app).await;

    let (ok, out, err) = import(&app, &["meetup-members", "--group", "python-berlin", &fixture("members.csv")]);
    assert!(ok, "{err}");
    assert!(out.contains(MEMBERS_SUMMARY), "{out}");
    assert!(
        out.contains("skipped line 9: Dennis Ritchie — \"Joined Group on\" is \"31/12/2019\", not a date like 10/22/2024"),
        "{out}"
    );

    let (ok, out, err) = october(&app);
    assert!(ok, "{err}");
    assert!(out.contains("created 13, updated 0, unchanged 0, skipped 1"), "{out}");
    assert!(out.contains("skipped line 15: Katherine Johnson — \"Guests\" is \"two\", not a number"), "{out}");
    assert!(out.contains("not on the member list, added as placeholders: Dennis Ritchie, Wanda Newcomer"), "{out}");
    assert!(out.contains("(created)"), "{out}");
    let october_path = event_path(&out);

    let (ok, out, err) = november(&app);
    assert!(ok, "{err}");
    assert!(out.contains("created 10, updated 0, unchanged 0, skipped 1"), "{out}");
    assert!(out.contains("skipped line 12: Edsger Dijkstra — \"RSVPed on\" is \"Nov 31st, 2024\""), "{out}");
    assert!(!out.contains("added as placeholders"), "{out}");
    let november_path = event_path(&out);
    assert_eq!(counts(&app).await, (31, 23, 2, 0));

    // The past events show how many went (placeholders unnamed), in the group's zone.
    let visitor = app.visitor();
    let page = visitor.get(&october_path).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("<strong>10</strong> went"), "{html}");
    assert!(html.contains("<strong>1</strong> on the waitlist"), "{html}");
    assert!(html.contains("Python Berlin: October talks"), "{html}");
    assert!(html.contains("18:30"), "{html}");
    assert!(!html.contains("Wanda Newcomer") && !html.contains("Grace Hopper"), "names stay private");
    let html = visitor.get(&november_path).await.text().await.unwrap();
    assert!(html.contains("<strong>7</strong> went"), "{html}");
    let october_id = october_path.rsplit('/').next().unwrap().to_owned();
    let api = visitor.get_json(&format!("/api/v1/events/{october_id}")).await;
    assert_eq!(api["going_count"], 10, "{api}");
    assert!(visitor.get("/g/python-berlin/events").await.text().await.unwrap().contains("October talks"));
    // The group's archive counts the imported answers (names stay out: nobody allowed them).
    let source = muster_app::archives::Source { instance_name: "Test".into(), base_url: app.address.clone() };
    let archive = muster_app::archives::export(&app.db, "python-berlin", source, muster_core::Clock::now(&app.clock))
        .await
        .unwrap()
        .unwrap()
        .archive;
    let archived = archive.events.iter().find(|e| e.id.to_string() == october_id).unwrap();
    assert_eq!((archived.answers.going, archived.answers.waitlisted), (10, 1), "{:?}", archived.answers);
    assert!(archive.members.is_empty() && archived.attendees.is_empty());

    // Organizers see who the placeholders are; others do not.
    let list = organizer.get_json("/api/v1/groups/python-berlin/placeholders").await;
    assert_eq!(list.as_array().unwrap().len(), 31, "{list}");
    let grace = by_name(&list, "Grace Hopper");
    assert_eq!((grace["events_attended"].as_i64(), grace["listed"].as_bool()), (Some(2), Some(true)));
    assert_eq!(grace["title"], "Co-organizer");
    assert_eq!(grace["answers"][0], json!(["What brings you to Python?", "Learning, \"properly\""]));
    let ada = by_name(&list, "Ada Lovelace");
    assert_eq!(ada["events_attended"], 1, "waitlisted in November: {ada}");
    assert_eq!(by_name(&list, "Torvalds, Linus")["meetup_id"], "200003");
    let wanda = by_name(&list, "Wanda Newcomer");
    assert_eq!((wanda["listed"].as_bool(), wanda["events_attended"].as_i64()), (Some(false), Some(1)));
    assert_eq!(member.get("/api/v1/groups/python-berlin/placeholders").await.status(), 403);
    assert_eq!(visitor.get("/api/v1/groups/python-berlin/placeholders").await.status(), 401);
    let grace_id = id_of(grace);
    let refused = member
        .post(&format!("/api/v1/groups/python-berlin/placeholders/{grace_id}/claim-link"), &json!({}))
        .await;
    assert_eq!(refused.status(), 403);
    // The same list as a page, where a link is issued with a button and shown once.
    let settings = organizer.get("/g/python-berlin/settings").await.text().await.unwrap();
    assert!(settings.contains("href=\"/g/python-berlin/settings/placeholders\""), "the settings page links it");
    let page = organizer.get("/g/python-berlin/settings/placeholders").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Wanda Newcomer") && html.contains("attendee lists only"), "{html}");
    assert!(html.contains("no link yet") && !html.contains("/claim/"), "{html}");
    let issued = organizer
        .post_form(&format!("/g/python-berlin/settings/placeholders/{grace_id}/claim-link"), &csrf_token_in(&html), &[])
        .await;
    assert_eq!(issued.status(), 200);
    let html = issued.text().await.unwrap();
    assert!(html.contains(&format!("{}/claim/", app.address)) && html.contains("link sent"), "{html}");
    assert_eq!(member.get("/g/python-berlin/settings/placeholders").await.status(), 403);

    // Placeholders are history, not members: the member count is the accounts'.
    let group = visitor.get_json("/api/v1/groups/python-berlin").await;
    assert_eq!(group["member_count"], 2, "{group}");

    // Everything again: nothing new, nothing doubled.
    let (ok, out, _) = import(&app, &["meetup-members", "--group", "python-berlin", &fixture("members.csv")]);
    assert!(ok && out.contains("created 0, updated 0, unchanged 29, skipped 1"), "{out}");
    let (ok, out, _) = october(&app);
    assert!(ok && out.contains("created 0, updated 0, unchanged 13, skipped 1"), "{out}");
    assert!(out.contains("(existing)") && event_path(&out) == october_path, "{out}");
    let (ok, out, _) = november(&app);
    assert!(ok && out.contains("created 0, updated 0, unchanged 10, skipped 1"), "{out}");
    assert_eq!(counts(&app).await, (31, 23, 2, 0));
    let html = visitor.get(&october_path).await.text().await.unwrap();
    assert!(html.contains("<strong>10</strong> went"), "{html}");

    // A dry run of an edited list reports the change and makes none.
    let dir = tempfile::tempdir().unwrap();
    let edited = dir.path().join("members.csv");
    let text = std::fs::read_to_string(fixture("members.csv")).unwrap();
    std::fs::write(&edited, text.replace("Co-organizer", "Organizer emerita")).unwrap();
    let edited = edited.to_str().unwrap();
    let (ok, out, _) = import(&app, &["meetup-members", "--dry-run", "--group", "python-berlin", edited]);
    assert!(ok && out.contains("dry run: nothing was changed"), "{out}");
    assert!(out.contains("created 0, updated 1, unchanged 28, skipped 1") && out.contains("updated: Grace Hopper"), "{out}");
    let list = organizer.get_json("/api/v1/groups/python-berlin/placeholders").await;
    assert_eq!(by_name(&list, "Grace Hopper")["title"], "Co-organizer");
    let (ok, out, _) = import(&app, &["meetup-members", "--group", "python-berlin", edited]);
    assert!(ok && out.contains("created 0, updated 1, unchanged 28, skipped 1"), "{out}");
    let list = organizer.get_json("/api/v1/groups/python-berlin/placeholders").await;
    assert_eq!(by_name(&list, "Grace Hopper")["title"], "Organizer emerita");
});

backend_test!(async fn the_workbook_and_utf16_exports_read_like_the_csv(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, _) = group(&app).await;
    let (ok, out, err) = import(&app, &["meetup-members", "--group", "python-berlin", &fixture("members.xlsx")]);
    assert!(ok, "{err}");
    assert!(out.contains(MEMBERS_SUMMARY), "{out}");
    assert!(out.contains("skipped line 9: Dennis Ritchie"), "{out}");
    // The CSV finds every placeholder exactly as the workbook left it.
    let (ok, out, _) = import(&app, &["meetup-members", "--group", "python-berlin", &fixture("members.csv")]);
    assert!(ok && out.contains("created 0, updated 0, unchanged 29, skipped 1"), "{out}");

    // Excel's "Unicode text": UTF-16LE with a byte-order mark.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("members.csv")).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in text.trim_start_matches('\u{feff}').encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let path = dir.path().join("members-utf16.csv");
    std::fs::write(&path, utf16).unwrap();
    let (ok, out, err) = import(&app, &["meetup-members", "--group", "python-berlin", path.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(out.contains("created 0, updated 0, unchanged 29, skipped 1"), "{out}");
    let list = organizer.get_json("/api/v1/groups/python-berlin/placeholders").await;
    assert_eq!(by_name(&list, "Karen Spärck Jones")["meetup_id"], "200023");
});

/// A workbook whose one sheet inflates to 60 MiB of nothing.
fn zip_bomb() -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut writer = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    writer.start_file("[Content_Types].xml", options).unwrap();
    writer.write_all(b"<Types/>").unwrap();
    writer
        .start_file("xl/worksheets/sheet1.xml", options)
        .unwrap();
    let chunk = vec![b' '; 1024 * 1024];
    for _ in 0..60 {
        writer.write_all(&chunk).unwrap();
    }
    writer.finish().unwrap();
    out.into_inner()
}

backend_test!(async fn bad_files_are_refused_whole_with_a_clear_message(backend) {
    let app = TestApp::spawn(backend).await;
    // "Upcoming" is decided by the `muster import` process on the machine's clock: the app runs
    // on it too, and the dates of upcoming events below are relative to today.
    let now = app.use_real_clock();
    let (organizer, _) = group(&app).await;
    let (ok, _, err) = import(&app, &["meetup-members", "--group", "python-berlin", &fixture("members.csv")]);
    assert!(ok, "{err}");
    let before = counts(&app).await;
    assert_eq!(before, (29, 0, 0, 0));

    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let wrong_columns = write("wrong.csv", b"Full name,Email\nAda,ada@example.org\n");
    let broken_quotes = write(
        "quotes.csv",
        b"Name,User ID,RSVP\nAda Lovelace,user 200001,Yes\n\"Grace Hopper,user 200002,Yes\nLinus,user 200003,No\n",
    );
    let latin1 = write("latin1.csv", b"Name,User ID\nZo\xeb,user 1\n");
    let huge = write("huge.csv", &vec![b'x'; 6 * 1024 * 1024]);
    let bomb = write("bomb.xlsx", &zip_bomb());
    assert!(std::fs::metadata(&bomb).unwrap().len() < 1024 * 1024, "small on disk");

    let cases: [(&str, &str, &str); 6] = [
        ("meetup-members", &wrong_columns, "this is not a Meetup member list: the columns \"Name\", \"User ID\" are missing (the header has: \"Full name\", \"Email\")"),
        ("meetup-attendees", &wrong_columns, "the columns \"Name\", \"User ID\", \"RSVP\" are missing"),
        ("meetup-attendees", &broken_quotes, "line 3: the row has 1 fields where the header has 3 (a stray or unclosed quote?); nothing was imported"),
        ("meetup-members", &latin1, "is not UTF-8 or UTF-16 text (invalid byte at offset 15)"),
        ("meetup-members", &huge, "imports are limited to 5242880 bytes"),
        ("meetup-members", &bomb, "refused as a possible zip bomb"),
    ];
    for (command, file, message) in cases {
        let mut args = vec![command, "--group", "python-berlin"];
        if command == "meetup-attendees" {
            args.extend(["--event", "new", "--title", "Broken", "--starts-at", "2024-09-01T18:00"]);
        }
        args.push(file);
        let (ok, out, err) = import(&app, &args);
        assert!(!ok, "{command} {file}: {out}");
        assert!(err.contains(message), "{command} {file}: {err}");
        assert_eq!(counts(&app).await, before, "{command} {file}: nothing written");
    }

    // A good file for the wrong place: refused, nothing written (not even the event).
    let attendees = fixture("attendees-2024-10.csv");
    let (ok, _, err) = import(&app, &["meetup-attendees", "--group", "no-such-group", "--event", "new",
        "--title", "T", "--starts-at", "2024-10-24T18:30", &attendees]);
    assert!(!ok && err.contains("there is no group /g/no-such-group"), "{err}");
    let berlin = |days: i64, time: &str| {
        let day = (now + chrono::Duration::days(days)).with_timezone(&chrono_tz::Europe::Berlin);
        format!("{}T{time}", day.format("%Y-%m-%d"))
    };
    let next_year = berlin(400, "18:30");
    let (ok, _, err) = import(&app, &["meetup-attendees", "--group", "python-berlin", "--event", "new",
        "--title", "Next year", "--starts-at", &next_year, &attendees]);
    assert!(!ok && err.contains("is not in the past"), "{err}");
    // Not onto an upcoming event that exists either (claims add seats without a capacity check).
    let (starts, ends) = (berlin(27, "18:30"), berlin(27, "21:00"));
    create_event(&organizer, "python-berlin", json!({"title": "Upcoming talks",
        "starts_at": starts, "ends_at": ends, "timezone": "Europe/Berlin"}))
        .await;
    let (ok, _, err) = import(&app, &["meetup-attendees", "--group", "python-berlin", "--event", "new",
        "--title", "Upcoming talks", "--starts-at", &starts, &attendees]);
    assert!(!ok && err.contains("is not in the past"), "{err}");
    let before = (before.0, before.1, before.2 + 1, before.3);
    assert_eq!(counts(&app).await, before, "only the organizer's own event was added");
    let (ok, _, err) = import(&app, &["meetup-attendees", "--group", "python-berlin", "--event", "new", &attendees]);
    assert!(!ok && err.contains("--event new needs --title and --starts-at"), "{err}");
    let (ok, _, err) = import(&app, &["meetup-attendees", "--group", "python-berlin", "--event",
        "0193a4c2-0000-7000-8000-000000000000", &attendees]);
    assert!(!ok && err.contains("there is no event"), "{err}");
    assert_eq!(counts(&app).await, before);
});

backend_test!(async fn people_claim_their_history_with_a_link(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, member) = group(&app).await;
    let (ok, _, err) = import(&app, &["meetup-members", "--group", "python-berlin", &fixture("members.csv")]);
    assert!(ok, "{err}");
    let (ok, out, err) = october(&app);
    assert!(ok, "{err}");
    let october_path = event_path(&out);
    let october_id = october_path.rsplit('/').next().unwrap().to_owned();

    // Links in bulk, as CSV for a mail merge; only digests are stored.
    let (ok, out, err) = import(&app, &["meetup-claim-links", "--group", "python-berlin"]);
    assert!(ok, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "name,meetup_id,events_attended,claim_link");
    assert_eq!(lines.len(), 1 + 31, "{out}");
    let grace_line = lines.iter().find(|l| l.starts_with("Grace Hopper,200002,1,")).expect(&out);
    let first_link = grace_line.rsplit(',').next().unwrap().to_owned();
    let prefix = format!("{}/claim/", app.address);
    assert!(first_link.starts_with(&prefix), "{first_link}");
    let token = first_link.trim_start_matches(&prefix).to_owned();
    assert!(token.len() >= 43, "256 bits: {token}");
    let stored: Vec<Option<String>> = app
        .db
        .read(|c| {
            use diesel::ExpressionMethods;
            use muster_db::schema::placeholder_members as p;
            Ok(p::table.filter(p::meetup_id.eq("200002")).select(p::claim_token_hash).load(c)?)
        })
        .await
        .unwrap();
    assert_eq!(stored[0].as_deref(), Some(muster_core::secrets::SecretToken::from_presented(&token).digest().as_str()));

    // The organizer issues Grace a new link: the old one stops working.
    let list = organizer.get_json("/api/v1/groups/python-berlin/placeholders").await;
    let grace_id = id_of(by_name(&list, "Grace Hopper"));
    let issued = organizer
        .post(&format!("/api/v1/groups/python-berlin/placeholders/{grace_id}/claim-link"), &json!({}))
        .await;
    assert_eq!(issued.status(), 201);
    let link = issued.json::<Value>().await.unwrap()["url"].as_str().unwrap().to_owned();
    let path = link.trim_start_matches(&app.address).to_owned();
    let visitor = app.visitor();
    assert_eq!(visitor.get(&format!("/claim/{token}")).await.status(), 404, "replaced");
    assert_eq!(visitor.get("/claim/forged-token-forged-token-forged-token-xx").await.status(), 404);

    // Anyone with the link sees whose history it is, and is asked to log in.
    let page = visitor.get(&path).await;
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["referrer-policy"], "no-referrer");
    let html = page.text().await.unwrap();
    assert!(html.contains("Grace Hopper of Python Berlin on Meetup.com, who went to 1 event"), "{html}");
    assert!(html.contains("Log in to claim"), "{html}");

    // Someone banned from the group cannot take it; the link stays good.
    let banned = organizer
        .post(&format!("/api/v1/groups/python-berlin/members/{}/ban", member.id), &json!({"reason": "Spam"}))
        .await;
    assert!(banned.status().is_success(), "{}", banned.text().await.unwrap());
    let html = member.get(&path).await.text().await.unwrap();
    let refused = member.post_form(&path, &csrf_token_in(&html), &[]).await;
    assert_eq!(refused.status(), 403);
    assert_eq!(visitor.get(&path).await.status(), 200, "still unclaimed");

    // Grace, signed in under her own name, claims it.
    let grace = app.person("Grace H.", "grace@example.org").await;
    let html = grace.get(&path).await.text().await.unwrap();
    assert!(html.contains("Yes, this is me"), "{html}");
    let claimed = grace.post_form(&path, &csrf_token_in(&html), &[]).await;
    assert_eq!(claimed.status(), 303);
    assert_eq!(claimed.headers()["location"], "/g/python-berlin?notice=claimed");

    // She is a member, her past RSVP is hers, the count is unchanged (hers replaces the
    // placeholder's), and the organizers see the placeholder claimed.
    let members = app.visitor().get_json("/api/v1/groups/python-berlin/members").await;
    assert!(members.as_array().unwrap().iter().any(|m| m["id"] == grace.id.as_str()), "{members}");
    let event = grace.get_json(&format!("/api/v1/events/{october_id}")).await;
    assert_eq!(event["my_rsvp"]["status"], "going", "{event}");
    assert_eq!(event["going_count"], 10, "{event}");
    let html = grace.get(&october_path).await.text().await.unwrap();
    assert!(html.contains("<strong>10</strong> went"), "{html}");
    let list = organizer.get_json("/api/v1/groups/python-berlin/placeholders").await;
    assert_eq!(by_name(&list, "Grace Hopper")["claimed"], true);
    assert_eq!(counts(&app).await.3, 1, "one real RSVP");

    // The link is used up.
    assert_eq!(grace.get(&path).await.status(), 404);
    let again = grace.post_form(&path, &csrf_token_in(&html), &[]).await;
    assert_eq!(again.status(), 404);
    assert_eq!(counts(&app).await.3, 1);

    // Someone who answered the event themselves keeps their own answer.
    let (ok, out, _) = import(&app, &["meetup-claim-links", "--group", "python-berlin", "--meetup-id", "200001"]);
    assert!(ok, "{out}");
    let ada_link = out.lines().nth(1).unwrap().rsplit(',').next().unwrap().to_owned();
    let ada_path = ada_link.trim_start_matches(&app.address).to_owned();
    let ada = app.person("Ada", "ada@example.org").await;
    let ada_id = muster_core::id::UserId::parse(&ada.id).unwrap();
    let october_event = muster_core::id::EventId::parse(&october_id).unwrap();
    let now = muster_core::Clock::now(&app.clock);
    app.db
        .write(move |c| {
            muster_db::placeholders::insert_claimed_rsvp(c, &muster_db::rsvps::RsvpRow {
                id: muster_core::id::RsvpId::new(),
                event_id: october_event,
                user_id: ada_id,
                status: muster_core::event::RsvpStatus::NotGoing,
                guests: 0,
                answer: String::new(),
                waitlist_position: None,
                attendance: muster_core::event::Attendance::Unknown,
                checked_in_at: None,
                created_at: now,
                updated_at: now,
            })
        })
        .await
        .unwrap();
    let html = ada.get(&ada_path).await.text().await.unwrap();
    let claimed = ada.post_form(&ada_path, &csrf_token_in(&html), &[]).await;
    assert_eq!(claimed.status(), 303);
    let event = ada.get_json(&format!("/api/v1/events/{october_id}")).await;
    assert_eq!(event["my_rsvp"]["status"], "not_going", "her own answer is kept: {event}");
    assert_eq!(event["hosts"][0]["name"], "Ada", "she hosted it on Meetup: {event}");
    assert_eq!(event["going_count"], 9, "{event}");
    let (ok, _, err) = import(&app, &["meetup-claim-links", "--group", "python-berlin", "--meetup-id", "200001"]);
    assert!(!ok && err.contains("no unclaimed placeholder with Meetup id 200001"), "{err}");
});

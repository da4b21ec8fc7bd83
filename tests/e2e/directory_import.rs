//! A group's history stays put: the python.org wiki's list of user groups imported as
//! unclaimed directory entries (the real page, twice, and through the real `muster` binary),
//! and dormant groups shown as such while everything they did stays readable.

use chrono::Duration;
use muster_app::imports::wiki::{self as import, ImportReport};
use muster_core::{policy::MembershipStatus, roles::Role};
use muster_e2e::{
    TestApp, backend_test, create_event, create_group, field_of_each, join_group,
    run_import as run_cli,
};
use serde_json::json;

/// A real copy of https://wiki.python.org/moin/LocalUserGroups (MoinMoin markup).
const WIKI_PAGE: &str = include_str!("../../crates/core/tests/fixtures/local_user_groups.moin");

async fn import_page(app: &TestApp, text: &str, dry_run: bool) -> ImportReport {
    let now = muster_core::Clock::now(&app.clock);
    import::wiki_directory(&app.db, text, now, dry_run)
        .await
        .expect("the import ran")
}

backend_test!(async fn the_wiki_list_of_user_groups_becomes_unclaimed_listings_once(backend) {
    let app = TestApp::spawn(backend).await;
    let report = import_page(&app, WIKI_PAGE, false).await;
    assert_eq!(report.created.len(), 156, "{report}");
    assert_eq!((report.updated.len(), report.unchanged), (0, 0));
    let regions: Vec<(&str, usize)> =
        report.by_region.iter().map(|(r, n)| (r.as_str(), *n)).collect();
    assert_eq!(
        regions,
        [
            ("Africa", 4), ("Asia", 18), ("Canada", 7), ("Caribbean", 2), ("Europe", 43),
            ("Latin America", 16), ("Middle East", 2), ("New Zealand", 2), ("Oceania", 7),
            ("USA", 55)
        ]
    );
    // What is not a group of its own is reported with the reason, not dropped silently: the
    // wikis, forums, mailing lists and national sites the page lists beside the groups, an
    // e-mail address line, and Python Perú listed a second time (its link is kept).
    let skipped: Vec<usize> = report.skipped.iter().map(|s| s.line).collect();
    assert_eq!(skipped, [21, 22, 56, 93, 94, 95, 96, 103, 109, 119, 128, 158], "{report}");
    let reason = |line: usize| &report.skipped.iter().find(|s| s.line == line).unwrap().reason;
    assert!(reason(21).starts_with("A wiki"), "{report}");
    assert!(reason(22).contains("e-mail address"), "{report}");
    assert!(reason(94).starts_with("A forum"), "{report}");
    assert!(reason(95).starts_with("A mailing list"), "{report}");
    assert!(reason(96).starts_with("A national Python site"), "{report}");
    assert!(reason(158).contains("same group as line 157"), "{report}");
    let germany = app.visitor().get_json("/api/v1/groups?country=Germany").await;
    let names: Vec<&str> = germany["groups"].as_array().unwrap().iter().map(|g| g["name"].as_str().unwrap()).collect();
    assert_eq!(names.len(), 5, "the five German groups, no wiki, forum, list or site: {names:?}");
    // Listings are placed by the cities they name, in their heading's country; the rest are
    // reported, not guessed (a country's group, a region, a name that is no city).
    assert_eq!(report.unplaced.len(), 68, "{report}");
    let unplaced: Vec<&str> = report.unplaced.iter().map(|(_, name)| name.as_str()).collect();
    for name in ["Python Ireland", "Python Colombia", "Central Ohio Python User Group", "Russian Plone/Zope User Group"] {
        assert!(unplaced.contains(&name), "{name} is reported: {report}");
    }
    assert!(report.to_string().contains("not placed (68; no city found in the name, the notes or the heading):\n  line 20: Python Cambodian User Group\n"), "{report}");
    let near = |query: &'static str| {
        let visitor = app.visitor();
        async move { visitor.get_json(&format!("/api/v1/groups?{query}")).await }
    };
    let potsdam = near("near=52.40,13.07&radius_km=60").await;
    assert_eq!(potsdam["groups"][0]["name"], "PUB", "the Berlin listing first: {potsdam}");
    assert_eq!(potsdam["groups"][0]["city"], "Berlin");
    let dusseldorf = near("near=51.23,6.78&radius_km=60").await;
    assert_eq!(field_of_each(&dusseldorf["groups"], "name"), ["pyCologne"], "{dusseldorf}");
    let evanston = near("near=Evanston&radius_km=50").await;
    assert_eq!(field_of_each(&evanston["groups"], "name"), ["ChiPy - The Chicago Python Users Group"], "{evanston}");
    // Typos and abbreviations find what a person meant.
    assert_eq!(near("q=pycolgne").await["groups"][0]["name"], "pyCologne");
    let pug = near("q=PUG&country=Germany").await;
    assert_eq!(field_of_each(&pug["groups"], "name"), ["Hamburg Python User Group", "Leipzig Python User Group"], "their initials: {pug}");
    let typo = near("q=pyhton%20berlin").await;
    assert_eq!(typo["groups"][0]["name"], "PUB", "{typo}");

    // Names in any script get a readable address.
    let munich = app.visitor().get_json("/api/v1/groups?q=m%C3%BCnchen").await;
    assert_eq!(munich["groups"][0]["slug"], "user-group-munchen", "{munich}");
    assert_eq!(app.visitor().get("/g/user-group-munchen").await.status(), 200);
    let peru = app.visitor().get_json("/api/v1/groups?q=per%C3%BA").await;
    // Accents are ignored: "Python Peru" (another line) and PyPg of Perugia are found too.
    let peru_group = peru["groups"].as_array().unwrap().iter().find(|g| g["name"] == "Python Perú").unwrap();
    let peru_slug = peru_group["slug"].as_str().unwrap().to_owned();
    let html = app.visitor().get(&format!("/g/{peru_slug}")).await.text().await.unwrap();
    assert!(html.contains("http://www.python-peru.org/"), "the second link is kept: {html}");

    // The directory finds them, placed by their headings.
    let visitor = app.visitor();
    let found = visitor.get_json("/api/v1/groups?q=cambodian").await;
    assert_eq!(found["total"], 1, "{found}");
    let cambodia = &found["groups"][0];
    assert_eq!(cambodia["name"], "Python Cambodian User Group");
    assert_eq!(cambodia["country"], "Cambodia");
    let slug = cambodia["slug"].as_str().unwrap().to_owned();
    let usa = visitor.get_json("/api/v1/groups?country=USA&per_page=100").await;
    assert_eq!(usa["total"], 55, "a state heading is not a country");

    // Its page says what it is; nobody can join it yet.
    let page = visitor.get(&format!("/g/{slug}")).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Unclaimed listing"), "{html}");
    assert!(html.contains("the python.org list of local user groups"));
    assert!(html.contains("http://pykhmer.org/"), "the group's own site is linked");
    let joined = join_group(&app.person("Ada", "ada@example.org").await, &slug, 1).await;
    assert_eq!(joined.status(), 403, "an unclaimed listing takes no members");

    // Twice: nothing new, nothing changed.
    let again = import_page(&app, WIKI_PAGE, false).await;
    assert_eq!((again.created.len(), again.updated.len(), again.unchanged), (0, 0, 156));
    assert_eq!(visitor.get_json("/api/v1/groups?per_page=1").await["total"], 156);

    // An edited page updates the entry in place; a dry run reports it and changes nothing.
    let edited = WIKI_PAGE.replace(
        "Python Cambodian User Group]] - Cambodian Python User Group",
        "Python Cambodian User Group]] - Meets monthly in Phnom Penh",
    );
    let dry = import_page(&app, &edited, true).await;
    assert_eq!(dry.updated, ["Python Cambodian User Group"]);
    let before = visitor.get_json("/api/v1/groups?q=cambodian").await;
    assert_eq!(before["groups"][0]["summary"], "Cambodian Python User Group");
    let wet = import_page(&app, &edited, false).await;
    assert_eq!((wet.created.len(), wet.updated.len(), wet.unchanged), (0, 1, 155));
    let after = visitor.get_json("/api/v1/groups?q=cambodian").await;
    assert_eq!(after["groups"][0]["summary"], "Meets monthly in Phnom Penh");
    assert_eq!(after["groups"][0]["slug"], slug.as_str(), "the same entry, updated");

    // Once organizers run it here, an import never overwrites what they keep.
    let organizer = app.person("Sok", "sok@example.org").await;
    app.add_membership(&slug, &organizer.id, Role::Organizer, MembershipStatus::Active).await;
    let claimed = import_page(&app, WIKI_PAGE, false).await;
    assert_eq!((claimed.updated.len(), claimed.unchanged), (0, 155));
    let kept = claimed.skipped.iter().find(|s| s.what == "Python Cambodian User Group").unwrap();
    assert!(kept.reason.contains("claimed by its organizers"), "{claimed}");
    assert_eq!(
        visitor.get_json("/api/v1/groups?q=cambodian").await["groups"][0]["summary"],
        "Meets monthly in Phnom Penh"
    );
    let html = visitor.get(&format!("/g/{slug}")).await.text().await.unwrap();
    assert!(!html.contains("Unclaimed listing"), "claimed now");
});

backend_test!(async fn the_command_imports_reports_and_refuses_bad_files(backend) {
    let app = TestApp::spawn(backend).await;
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("LocalUserGroups.moin");
    std::fs::write(&page, WIKI_PAGE).unwrap();
    let page = page.to_str().unwrap();

    let (ok, out, err) = run_cli(&app, &["wiki-directory", "--dry-run", page]);
    assert!(ok, "{err}");
    assert!(out.contains("dry run: nothing was changed"), "{out}");
    assert!(out.contains("created 156, updated 0, unchanged 0, skipped 12"), "{out}");
    assert_eq!(app.visitor().get_json("/api/v1/groups").await["total"], 0, "dry run");

    let (ok, out, err) = run_cli(&app, &["wiki-directory", page]);
    assert!(ok, "{err}");
    assert!(out.contains("created 156, updated 0, unchanged 0, skipped 12"), "{out}");
    assert!(out.contains("  Europe: 43\n") && out.contains("  USA: 55\n"), "{out}");
    assert!(out.contains("skipped line 94: * [[http://www.python-forum.de/|Python-Forum.de]] German Python Forum — A forum"), "{out}");
    assert!(out.contains("skipped line 22: "), "{out}");
    let (ok, out, _) = run_cli(&app, &["wiki-directory", page]);
    assert!(ok && out.contains("created 0, updated 0, unchanged 156, skipped 12"), "{out}");

    // Bad files: a clear message, a failing exit status, nothing written.
    let latin1 = dir.path().join("latin1.moin");
    std::fs::write(&latin1, b"== Europe ==\n * [[http://example.org|Caf\xe9 Python]]\n").unwrap();
    let (ok, _, err) = run_cli(&app, &["wiki-directory", latin1.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("is not UTF-8 text"), "{err}");
    let huge = dir.path().join("huge.moin");
    std::fs::write(&huge, vec![b'x'; 6 * 1024 * 1024]).unwrap();
    let (ok, _, err) = run_cli(&app, &["wiki-directory", huge.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("imports are limited to 5242880 bytes"), "{err}");
    let (ok, _, err) = run_cli(&app, &["wiki-directory", "/no/such/file.moin"]);
    assert!(!ok);
    assert!(err.contains("cannot read /no/such/file.moin"), "{err}");
    assert_eq!(app.visitor().get_json("/api/v1/groups").await["total"], 156);
});

backend_test!(async fn a_group_without_events_for_a_year_is_shown_as_dormant(backend) {
    let app = TestApp::spawn(backend).await;
    let organizer = app.person("Olu", "olu@example.org").await;
    create_group(&organizer, json!({"slug": "pyquiet", "name": "PyQuiet", "timezone": "UTC", "join_mode": "open"})).await;
    let event = create_event(
        &organizer,
        "pyquiet",
        json!({"title": "Last meetup", "starts_at": "2026-11-05T18:00:00Z",
               "ends_at": "2026-11-05T20:00:00Z", "announce": false}),
    )
    .await;
    let event_path = format!("/g/pyquiet/events/{}", event.id);
    let visitor = app.visitor();
    let banner = |html: &str| html.contains("Dormant group.");
    assert!(!banner(&visitor.get("/g/pyquiet").await.text().await.unwrap()));

    // Eleven months after the last meetup: quiet, not dormant.
    app.advance(Duration::days(3 + 335));
    app.tick().await;
    assert!(!banner(&visitor.get("/g/pyquiet").await.text().await.unwrap()));

    // A year and more: dormant, and everything it did is still there.
    app.advance(Duration::days(40));
    app.tick().await;
    let html = visitor.get("/g/pyquiet").await.text().await.unwrap();
    assert!(banner(&html), "{html}");
    assert!(html.contains("No event since November 2026"), "{html}");
    let events = visitor.get("/g/pyquiet/events").await.text().await.unwrap();
    assert!(banner(&events) && events.contains("Last meetup"), "{events}");
    assert_eq!(visitor.get(&event_path).await.status(), 200);
    let ics = visitor.get(&format!("{event_path}.ics")).await;
    assert_eq!(ics.status(), 200);
    assert!(ics.text().await.unwrap().contains("SUMMARY:Last meetup"));

    // Scheduling a meetup wakes it up (a new session: the old one expired meanwhile).
    let organizer = app.log_in_again(&organizer).await;
    create_event(
        &organizer,
        "pyquiet",
        json!({"title": "We're back", "starts_at": "2028-01-10T18:00:00Z",
               "ends_at": "2028-01-10T20:00:00Z", "announce": false}),
    )
    .await;
    assert!(!banner(&visitor.get("/g/pyquiet").await.text().await.unwrap()));
});

backend_test!(async fn the_dormant_period_is_configurable(backend) {
    let app = TestApp::spawn_with(backend, |s| s.dormant_after_months = 24).await;
    let organizer = app.person("Olu", "olu@example.org").await;
    create_group(&organizer, json!({"slug": "pyslow", "name": "PySlow", "timezone": "UTC"})).await;
    let visitor = app.visitor();
    app.advance(Duration::days(500));
    let html = visitor.get("/g/pyslow").await.text().await.unwrap();
    assert!(!html.contains("Dormant group."), "24 months configured");
    app.advance(Duration::days(240));
    let html = visitor.get("/g/pyslow").await.text().await.unwrap();
    assert!(html.contains("Dormant group.") && html.contains("No event yet"), "{html}");
});

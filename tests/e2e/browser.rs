//! Muster on a phone, in a real browser: `tests/browser/phones.mjs` drives Debian's headless
//! Chromium (`/usr/bin/chromium`) with playwright-core on Node.js 22 (both from
//! `tests/browser/node_modules`, which `./scripts/test` installs with `npm ci`). Two verified
//! people use the pages in a 360 px window — a group, an event, RSVPs, a comment, a role change,
//! an API token — and every organizer page must fit the window, with the RSVP box before the
//! comments. `tests/browser/photos.mjs` adds two photos through the gallery's file picker.
//! A missing browser or `node_modules` fails the test with the fix, never skips it.

use std::{path::PathBuf, process::Command};

use muster_e2e::{
    PASSWORD, TestApp, ada_organizing, answer, backend_test, create_event, join, tech_hub_meetup,
};
use serde_json::json;

const CHROMIUM: &str = "/usr/bin/chromium";

fn browser_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("browser")
}

/// Node.js 22 from the npm package `node` in `tests/browser/node_modules`.
fn node_22() -> PathBuf {
    let node = browser_dir().join("node_modules/node/bin/node");
    assert!(
        node.exists() && browser_dir().join("node_modules/playwright-core").exists(),
        "{} is missing: run `npm ci` in tests/browser (./scripts/test does it when node_modules \
         is missing or older than package-lock.json)",
        node.display()
    );
    assert!(
        PathBuf::from(CHROMIUM).exists(),
        "{CHROMIUM} is missing: install Debian's Chromium with `apt-get install -y chromium` \
         (.ci/run does); the browser test never downloads a browser"
    );
    node
}

backend_test!(async fn every_organizer_page_fits_a_phone_in_a_real_browser(backend) {
    let node = node_22();
    let app = TestApp::spawn(backend).await;
    app.person("Ada Lovelace-Byron", "ada@phones.example.org").await;
    app.person("Bartholomew Featherstonehaugh-Worthington", "bartholomew.featherstonehaugh@phones.example.org").await;

    let mut command = Command::new(node);
    command
        .current_dir(browser_dir())
        // The server runs on the test's own clock; the browser needs no faked one.
        .env_remove("LD_PRELOAD")
        .env_remove("FAKETIME")
        .args([
            "phones.mjs",
            &app.url("/"),
            "ada@phones.example.org",
            "bartholomew.featherstonehaugh@phones.example.org",
            PASSWORD,
            "2026-12-16T18:30",
            "2026-12-16T21:00",
        ]);
    let output = tokio::task::spawn_blocking(move || command.output())
        .await
        .expect("the browser test's thread")
        .expect("start node tests/browser/phones.mjs");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    println!("{report}");
    assert!(output.status.success(), "phones.mjs failed ({}):\n{report}", output.status);
    assert!(report.contains("every page fits 360 px"), "{report}");
    app.allow_unsent_mail();
});

/// Runs `node SCRIPT ARGS…` in `tests/browser` on Node.js 22 and returns what it printed; the
/// script failing fails the test with its report.
async fn run_script(script: &'static str, args: Vec<String>) -> String {
    let mut command = Command::new(node_22());
    command
        .current_dir(browser_dir())
        .env_remove("LD_PRELOAD")
        .env_remove("FAKETIME")
        .arg(script)
        .args(args);
    let output = tokio::task::spawn_blocking(move || command.output())
        .await
        .expect("the browser test's thread")
        .expect("start node");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    println!("{report}");
    assert!(
        output.status.success(),
        "{script} failed ({}):\n{report}",
        output.status
    );
    report
}

backend_test!(async fn photos_go_up_through_the_browsers_file_picker(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let grace = app.person("Grace Hopper", "grace@photos.example.org").await;
    join(&grace, "pyleeds").await;
    let event = create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row, Leeds", json!({"starts_at": "2026-11-05T18:30", "ends_at": "2026-11-05T21:00"}))).await.id;
    answer(&grace, &event, "yes").await;
    app.advance(chrono::Duration::days(4));
    // A landscape and a portrait photo, as files on disk for the file picker.
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, width, height) in [("hall.jpg", 1600, 1200), ("stage.jpg", 900, 1200)] {
        let path = dir.path().join(name);
        image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])))
            .save(&path)
            .unwrap();
        paths.push(path.to_str().unwrap().to_owned());
    }
    let mut args = vec![app.url("/"), "grace@photos.example.org".to_owned(), PASSWORD.to_owned(), format!("/g/pyleeds/events/{event}")];
    args.extend(paths);
    let report = run_script("photos.mjs", args).await;
    assert!(report.contains("two photos added through the form"), "{report}");
    let listed = app.visitor().get_json(&format!("/api/v1/events/{event}/photos")).await;
    assert_eq!(listed.as_array().unwrap().len(), 2, "{listed}");
});

backend_test!(async fn a_discussion_is_started_and_answered_in_the_browser(backend) {
    let app = TestApp::spawn(backend).await;
    let _ada = ada_organizing(&app, "pyleeds", "public").await;
    let grace = app.person("Grace Hopper", "grace@threads.example.org").await;
    join(&grace, "pyleeds").await;
    let args = vec![app.url("/"), "grace@threads.example.org".to_owned(), PASSWORD.to_owned(), "pyleeds".to_owned()];
    let report = run_script("discussions.mjs", args).await;
    assert!(report.contains("a thread started and answered through the pages"), "{report}");
    let listed = app.visitor().get_json("/api/v1/groups/pyleeds/threads").await;
    assert_eq!((listed["total"].as_i64(), listed["threads"][0]["reply_count"].as_i64()), (Some(1), Some(1)), "{listed}");
});

/// A tile server for the maps: answers every request with a small PNG and counts them.
fn tile_stub() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let served = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        256,
        256,
        image::Rgb([220, 230, 210]),
    ))
    .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
    .unwrap();
    let count = served.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (png, count) = (png.clone(), count.clone());
            std::thread::spawn(move || {
                let mut stream = stream;
                let mut buffer = [0u8; 4096];
                if stream.read(&mut buffer).unwrap_or(0) > 0 {
                    count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let head = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: image/png\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                        png.len()
                    );
                    let _ = stream
                        .write_all(head.as_bytes())
                        .and_then(|()| stream.write_all(&png));
                }
            });
        }
    });
    (
        format!("http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"),
        served,
    )
}

backend_test!(async fn maps_show_markers_where_the_places_are(backend) {
    let (tiles, served) = tile_stub();
    let app = TestApp::spawn_with(backend, |s| s.map_tiles = muster_app::MapTiles(Some(tiles))).await;
    let ada = app.admin("Ada", "ada@maps.example.org").await;
    for (i, (slug, name, city)) in [("pyberlin", "PyBerlin", "Berlin"), ("pycologne", "pyCologne", "Köln"), ("pymunich", "PyMunich", "München"), ("pyonline", "PyOnline", "")].into_iter().enumerate() {
        if i == 3 {
            app.advance(chrono::Duration::days(1));
        }
        muster_e2e::create_group(&ada, muster_e2e::group_in_leeds(slug, json!({"name": name, "city": city, "country": "Germany", "timezone": "Europe/Berlin"}))).await;
    }
    let event = create_event(&ada, "pyberlin", json!({
        "title": "Berlin meetup", "starts_at": "2026-11-20T19:00", "ends_at": "2026-11-20T21:00", "timezone": "Europe/Berlin",
        "venue": {"name": "c-base", "address": "Rungestraße 20, Berlin", "lat": 52.513, "lon": 13.420}
    })).await.id;
    let report = run_script("maps.mjs", vec![app.url("/"), format!("/g/pyberlin/events/{event}")]).await;
    assert!(report.contains("markers where the places are"), "{report}");
    assert!(served.load(std::sync::atomic::Ordering::SeqCst) > 0, "the tiles came from the configured server");
});

//! Muster on a phone, in a real browser: `tests/browser/phones.mjs` drives Debian's headless
//! Chromium (`/usr/bin/chromium`) with playwright-core on Node.js 22 (both from
//! `tests/browser/node_modules`, which `./scripts/test` installs with `npm ci`). Two verified
//! people use the pages in a 360 px window — a group, an event, RSVPs, a comment, a role change,
//! an API token — and every organizer page must fit the window, with the RSVP box before the
//! comments. A missing browser or `node_modules` fails the test with the fix, never skips it.

use std::{path::PathBuf, process::Command};

use muster_e2e::{PASSWORD, TestApp, backend_test};

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

//! The OpenAPI document is valid (openapi-spec-validator) and true: schemathesis, with all its
//! checks, exercises every operation against a seeded server and finds no server error, no
//! answer outside the documented statuses and schemas, and no authentication left unenforced.
//! Both tools come from the suite's Python virtualenv (tests/ical/requirements.txt).

use std::{
    ffi::OsString,
    path::Path,
    process::{Command, Output},
};

use muster_e2e::{TestApp, ada_organizing, backend_test, create_event, tech_hub_meetup};
use serde_json::{Value, json};

/// Operations schemathesis leaves alone, because they would end the run's own access or
/// remove what the other operations are tested against.
const UNSAFE_OPERATIONS: [(&str, &str); 7] = [
    // Deletes the seeded account, and its token with it.
    ("DELETE", "/api/v1/me"),
    // Ends the session (and with a session cookie, the login the run relies on).
    ("POST", "/api/v1/auth/logout"),
    // Signs out everywhere, revoking the token too.
    ("DELETE", "/api/v1/me/sessions"),
    // Could revoke the run's own token, listed by GET /api/v1/tokens.
    ("DELETE", "/api/v1/tokens/{id}"),
    // Deletes the seeded group: every group call after it would only see 404.
    ("DELETE", "/api/v1/groups/{slug}"),
    // Deletes the seeded event: every event call after it would only see 404.
    ("DELETE", "/api/v1/events/{id}"),
    // Cancels the seeded event for good: every change to it after that is a 409.
    ("POST", "/api/v1/events/{id}/cancel"),
];

fn python() -> OsString {
    std::env::var_os("MUSTER_TEST_PYTHON")
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| {
            panic!(
                "MUSTER_TEST_PYTHON is not set: run the suite with ./scripts/test, which \
                 installs schemathesis and openapi-spec-validator into target/ical-venv"
            )
        })
}

/// Runs the suite's Python with `args` in `dir` (where hypothesis keeps its database), off the
/// async runtime (the server shares it). The checker runs on the machine's own clock: under
/// CI's faked one (libfaketime preloaded) its many threads stall; the server keeps the fake.
async fn run_python(dir: &Path, args: Vec<OsString>) -> Output {
    let dir = dir.to_owned();
    tokio::task::spawn_blocking(move || {
        Command::new(python())
            .env_remove("LD_PRELOAD")
            .env_remove("FAKETIME")
            .args(&args)
            .current_dir(&dir)
            .output()
            .unwrap_or_else(|e| panic!("could not run MUSTER_TEST_PYTHON {args:?}: {e}"))
    })
    .await
    .unwrap()
}

fn assert_success(what: &str, output: &Output) {
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The schemathesis configuration: the seeded group and event stand in for path parameters,
/// so operations reach real resources instead of 404.
///
/// Schema-valid data is expected to be accepted (positive_data_acceptance) with one
/// addition to its default statuses: 422, the answer for rules a JSON schema cannot state
/// (an end after the start, a real time zone, a password's strength, a current password that
/// must match). Every 422 is still checked against the documented ErrorBody.
/// Its cache goes to `cache`, not into the source tree.
fn config(slug: &str, event: &str, cache: &std::path::Path) -> String {
    format!(
        r#"
[cache]
directory = '{cache}'

[checks.positive_data_acceptance]
expected-statuses = ["2XX", "3XX", "401", "403", "404", "409", "422", "429"]

[parameters]
"path.slug" = "{slug}"

[[operations]]
include-path-regex = "^/api/v1/events/"
parameters = {{ "path.id" = "{event}" }}
"#,
        cache = cache.display()
    )
}

backend_test!(async fn the_openapi_document_is_valid_and_the_server_keeps_to_it(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let event = create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row, Leeds", json!({}))).await.id;
    let created: Value = ada
        .post("/api/v1/tokens", &json!({"name": "schemathesis"}))
        .await
        .json()
        .await
        .unwrap();
    let token = created["token"].as_str().unwrap().to_owned();

    let dir = tempfile::tempdir().unwrap();
    let document = app.get("/api/openapi.json").await.text().await.unwrap();
    let document_path = dir.path().join("openapi.json");
    std::fs::write(&document_path, &document).unwrap();
    let validated = run_python(dir.path(), vec![
        "-m".into(),
        "openapi_spec_validator".into(),
        document_path.into(),
    ])
    .await;
    assert_success("openapi-spec-validator", &validated);

    let config_path = dir.path().join("schemathesis.toml");
    std::fs::write(&config_path, config("pyleeds", &event, &dir.path().join("cache"))).unwrap();
    let mut args: Vec<OsString> = vec!["-m".into(), "schemathesis.cli".into(), "--config-file".into(), config_path.into()];
    for arg in [
        "run".to_owned(),
        app.url("/api/openapi.json"),
        "--url".to_owned(),
        app.address.clone(),
        "--checks".to_owned(),
        "all".to_owned(),
        "--header".to_owned(),
        format!("Authorization: Bearer {token}"),
        "--max-examples".to_owned(),
        "5".to_owned(),
        "--seed".to_owned(),
        "1".to_owned(),
        "--workers".to_owned(),
        "1".to_owned(),
        "--no-shrink".to_owned(),
        "--output-truncate".to_owned(),
        "false".to_owned(),
        "--report-dir".to_owned(),
        dir.path().join("report").to_string_lossy().into_owned(),
    ] {
        args.push(arg.into());
    }
    for (method, path) in UNSAFE_OPERATIONS {
        args.push("--exclude-name".into());
        args.push(format!("{method} {path}").into());
    }
    let run = run_python(dir.path(), args).await;
    assert_success("schemathesis", &run);
    // Every selected operation was tested (none skipped for want of a usable schema).
    let stdout = String::from_utf8_lossy(&run.stdout);
    let count = |label: &str| {
        stdout
            .lines()
            .find_map(|l| l.trim().strip_prefix(label))
            .map(|rest| rest.trim().split('/').next().unwrap_or_default().to_owned())
            .unwrap_or_else(|| panic!("no {label} in:\n{stdout}"))
    };
    assert_eq!(count("Selected:"), count("Tested:"), "{stdout}");

    // Invitations and announcements the run triggered may still be queued.
    app.allow_unsent_mail();
});

backend_test!(async fn the_api_refuses_what_its_document_rules_out(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;

    // A sort the directory does not know is a clear 400, not silently ignored.
    let sorted = app.get("/api/v1/groups?sort=alphabetical").await;
    assert_eq!(sorted.status(), 400);
    let body: Value = sorted.json().await.unwrap();
    assert_eq!(body["code"], "invalid_query");
    assert_eq!(body["message"], "sort is relevance, distance or next_event.");
    assert_eq!(app.get("/api/v1/groups?sort=next_event").await.status(), 200);

    // A JSON array is not an object, even when it has as many items as the object has fields.
    let response = ada
        .send(reqwest::Method::PATCH, "/api/v1/groups/pyleeds/membership", &json!([null, null]))
        .await;
    assert_eq!(response.status(), 422);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["fields"]["body"], "The body must be a JSON object.");
});

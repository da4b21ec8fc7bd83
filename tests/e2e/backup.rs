//! `muster admin backup` / `restore` (issue 20): a consistent copy of a running SQLite instance,
//! taken while people write, restored into a new data directory and served again.

use std::collections::HashSet;

use muster_e2e::{
    Backend, PASSWORD, TestApp, ada_organizing, answer, backend_test, create_event, field_of_each,
    join, json_body, muster_command, run_muster, tech_hub_meetup,
};
use serde_json::json;

backend_test!(async fn a_backup_taken_while_people_write_restores_into_a_new_instance(backend) {
    let app = TestApp::spawn(backend).await;
    let scratch = tempfile::tempdir().unwrap();
    let file = scratch.path().join("muster-backup.zip");
    let file_arg = file.to_str().unwrap();
    if backend == Backend::Postgres {
        let (ok, _, stderr) = run_muster(&app, &["admin", "backup", file_arg]);
        assert!(!ok);
        assert!(stderr.contains("pg_dump") && stderr.contains("pg_restore"), "{stderr}");
        assert!(!file.exists());
        return;
    }
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let event = create_event(&ada, "pyleeds", tech_hub_meetup("1 Tech Street, Leeds", json!({}))).await.id;
    let mut early = Vec::new();
    for i in 0..4 {
        let person = app.person(&format!("Early{i}"), &format!("early{i}@example.org")).await;
        join(&person, "pyleeds").await;
        answer(&person, &event, "yes").await;
        early.push(format!("Early{i}"));
    }
    // A file of the data directory (the file email outbox) travels with the database.
    std::fs::create_dir_all(app.data_dir.path().join("outbox")).unwrap();
    std::fs::write(app.data_dir.path().join("outbox/kept.eml"), "Subject: kept\r\n\r\nhello\r\n").unwrap();
    let mut late = Vec::new();
    for i in 0..8 {
        late.push(app.person(&format!("Late{i}"), &format!("late{i}@example.org")).await);
    }

    // The backup runs while others join and answer over HTTP.
    let mut command = muster_command(&app);
    command.args(["admin", "backup", file_arg]);
    let backup = tokio::task::spawn_blocking(move || command.output().unwrap());
    let writes = late.iter().map(|person| {
        let event = event.clone();
        async move {
            join(person, "pyleeds").await;
            answer(person, &event, "yes").await;
        }
    });
    futures_util::future::join_all(writes).await;
    let output = backup.await.unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("1 other file(s)"), "{stdout}");

    // Restore into a new directory, and serve it.
    let restored_dir = scratch.path().join("restored");
    let (ok, stdout, stderr) = restore(&app, file_arg, &restored_dir);
    assert!(ok, "{stdout}{stderr}");
    assert_eq!(std::fs::read_to_string(restored_dir.join("outbox/kept.eml")).unwrap(), "Subject: kept\r\n\r\nhello\r\n");
    let dir = restored_dir.clone();
    let restored = TestApp::spawn_with(Backend::Sqlite, move |s| {
        s.data_dir = dir;
        s.database_url = None;
    })
    .await;
    let ada_again = restored.logged_in(ada.id.clone(), &ada.email).await;
    let group = ada_again.get("/api/v1/groups/pyleeds").await;
    assert_eq!(group.status(), 200);
    assert_eq!(json_body(group).await["name"], "PyLeeds");
    let then: HashSet<String> = field_of_each(&ada_again.get_json(&format!("/api/v1/events/{event}/attendees")).await["going"], "name").into_iter().collect();
    let now: HashSet<String> = field_of_each(&ada.get_json(&format!("/api/v1/events/{event}/attendees")).await["going"], "name").into_iter().collect();
    for name in &early {
        assert!(then.contains(name), "{name} answered before the backup: {then:?}");
    }
    assert!(then.is_subset(&now), "the copy holds only what happened: {then:?} vs {now:?}");
    // People in the copy can log in there.
    assert_eq!(restored.log_in_with(&TestApp::new_client(), "early0@example.org", PASSWORD).await.status(), 200);

    // Restoring again into the now non-empty directory is refused, and changes nothing.
    let (ok, _, stderr) = restore(&app, file_arg, &restored_dir);
    assert!(!ok);
    assert!(stderr.contains("is not empty"), "{stderr}");
    // Something that is not a backup is refused clearly.
    let bogus = scratch.path().join("bogus.zip");
    std::fs::write(&bogus, "not a zip").unwrap();
    let (ok, _, stderr) = restore(&app, bogus.to_str().unwrap(), &scratch.path().join("other"));
    assert!(!ok);
    assert!(stderr.contains("not a Muster backup"), "{stderr}");
    // And an existing backup file is never overwritten.
    let (ok, _, stderr) = run_muster(&app, &["admin", "backup", file_arg]);
    assert!(!ok);
    assert!(stderr.contains("already exists"), "{stderr}");
});

/// `muster admin restore FILE --data-dir INTO`, with no database URL from the environment.
fn restore(app: &TestApp, file: &str, into: &std::path::Path) -> (bool, String, String) {
    let output = muster_command(app)
        .env_remove("MUSTER_DATABASE_URL")
        .args([
            "admin",
            "restore",
            file,
            "--data-dir",
            into.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

//! The real `muster` executable: zero-configuration start, graceful shutdown, and the one-line
//! start-up errors an operator sees.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::{TcpListener, TcpStream},
    path::Path,
    process::{Child, Command, Output, Stdio},
    time::{Duration, Instant},
};

fn muster(cwd: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_muster"));
    command
        .current_dir(cwd)
        .env_clear()
        .env("MUSTER_LOG", "info");
    command
}

fn run(cwd: &Path, args: &[&str]) -> Output {
    muster(cwd).args(args).output().expect("run muster")
}

/// Asserts a failed start: exit code 1 and exactly one line on stderr, starting `error:`.
fn assert_one_line_error(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "expected one line, got: {stderr}");
    assert!(lines[0].starts_with("error: "), "{stderr}");
    stderr
}

fn http_get(port: u16, path: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

/// Reads the server's log until it says where it listens.
fn wait_for_port(child: &mut Child) -> (u16, BufReader<std::process::ChildStderr>) {
    let mut stderr = BufReader::new(child.stderr.take().expect("piped stderr"));
    let mut line = String::new();
    loop {
        line.clear();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "muster exited before listening"
        );
        if let Some(rest) = line.split("address=").nth(1) {
            let addr = rest.split_whitespace().next().unwrap();
            let port = addr.rsplit(':').next().unwrap().parse().unwrap();
            return (port, stderr);
        }
    }
}

#[test]
fn zero_configuration_start_creates_the_sqlite_database_and_stops_gracefully() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = muster(dir.path())
        .arg("serve")
        // Only the port is chosen, so parallel tests never collide; all else is default.
        .env("MUSTER_BIND", "127.0.0.1:0")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (port, mut stderr) = wait_for_port(&mut child);

    let health = http_get(port, "/healthz");
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    let home = http_get(port, "/");
    assert!(
        home.starts_with("HTTP/1.1 200") && home.contains("<html"),
        "{home}"
    );
    assert!(dir.path().join("muster-data/muster.sqlite3").is_file());

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "muster did not stop after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "graceful shutdown exits 0, got {status}");
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    assert!(rest.contains("muster stopped"), "{rest}");
}

#[test]
fn an_unknown_database_scheme_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(
        dir.path(),
        &["serve", "--database-url", "mysql://root@localhost/muster"],
    );
    let stderr = assert_one_line_error(&output);
    assert!(
        stderr.contains("unsupported database URL scheme \"mysql\""),
        "{stderr}"
    );
    assert!(stderr.contains("MUSTER_DATABASE_URL"), "{stderr}");
    assert_eq!(
        stderr.matches("unsupported").count(),
        1,
        "said once: {stderr}"
    );
}

#[test]
fn an_unreachable_postgres_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    // Port 1 on loopback: nothing listens there.
    let output = run(
        dir.path(),
        &[
            "serve",
            "--database-url",
            "postgres://muster:secret@127.0.0.1:1/muster",
        ],
    );
    let stderr = assert_one_line_error(&output);
    assert!(
        stderr.contains("cannot connect to PostgreSQL at postgres://muster:***@127.0.0.1:1/muster"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Check that PostgreSQL is running"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("secret"),
        "the password is never printed: {stderr}"
    );
}

#[test]
fn an_unwritable_data_directory_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("occupied"), b"a file, not a directory").unwrap();
    let output = run(
        dir.path(),
        &[
            "serve",
            "--data-dir",
            "occupied/data",
            "--bind",
            "127.0.0.1:0",
        ],
    );
    let stderr = assert_one_line_error(&output);
    assert!(
        stderr.contains("cannot use the data directory occupied/data"),
        "{stderr}"
    );
    assert!(stderr.contains("--data-dir / MUSTER_DATA_DIR"), "{stderr}");
}

#[test]
fn a_port_in_use_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let output = run(dir.path(), &["serve", "--bind", &addr]);
    let stderr = assert_one_line_error(&output);
    assert!(
        stderr.contains(&format!(
            "cannot listen on {addr}: the address is already in use"
        )),
        "{stderr}"
    );
}

#[test]
fn help_documents_every_option_with_its_environment_variable() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(dir.path(), &["serve", "--help"]);
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    for var in [
        "MUSTER_BIND",
        "MUSTER_DATABASE_URL",
        "MUSTER_DATA_DIR",
        "MUSTER_BASE_URL",
        "MUSTER_INSTANCE_NAME",
        "MUSTER_HTTP_WORKERS",
        "MUSTER_DB_POOL_SIZE",
        "MUSTER_LOG",
    ] {
        assert!(help.contains(var), "{var} missing from --help:\n{help}");
    }
    let version = run(dir.path(), &["--version"]);
    assert_eq!(
        String::from_utf8(version.stdout).unwrap().trim(),
        format!("muster {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn migrate_runs_and_reports_status() {
    let dir = tempfile::tempdir().unwrap();
    let status = run(dir.path(), &["migrate", "status"]);
    assert!(status.status.success(), "{status:?}");
    let before = String::from_utf8(status.stdout).unwrap();
    assert!(before.lines().all(|l| l.starts_with("[ ] ")), "{before}");

    let applied = run(dir.path(), &["migrate", "run"]);
    assert!(applied.status.success(), "{applied:?}");
    assert!(
        String::from_utf8(applied.stdout)
            .unwrap()
            .contains("applied")
    );
    let again = run(dir.path(), &["migrate"]);
    assert!(
        String::from_utf8(again.stdout)
            .unwrap()
            .contains("up to date")
    );

    let after = String::from_utf8(run(dir.path(), &["migrate", "status"]).stdout).unwrap();
    assert!(
        !after.is_empty() && after.lines().all(|l| l.starts_with("[x] ")),
        "{after}"
    );
}

//! The `muster` binary as its own process, for tests that kill it the hard way.

use std::{
    path::PathBuf,
    process::{Child, Command, Stdio},
};

use crate::TestApp;

/// The `muster` binary of this build: `target/<profile>/muster`, next to the test executable's
/// `deps` directory. When it is missing, or older than the test executable (which is rebuilt
/// whenever the `muster` library changes, so an older binary may be stale), it is built here
/// first; cargo makes that a no-op when it is current. `MUSTER_BIN` overrides.
pub fn muster_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("MUSTER_BIN") {
        return PathBuf::from(path);
    }
    let exe = std::env::current_exe().expect("the test executable's path");
    let profile_dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>/deps/<test>");
    let binary = profile_dir.join("muster");
    let modified = |path: &std::path::Path| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    if modified(&binary) < modified(&exe) {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        // Cargo on the machine's own clock: under a faked one its file locks never let go.
        let status = Command::new(cargo)
            .env_remove("LD_PRELOAD")
            .env_remove("FAKETIME")
            .current_dir(workspace)
            .args([
                "build",
                "--locked",
                "-p",
                "muster-server",
                "--bin",
                "muster",
            ])
            .status()
            .expect("run cargo build");
        assert!(status.success(), "cargo build -p muster failed");
    }
    assert!(binary.exists(), "no muster binary at {}", binary.display());
    binary
}

/// The `muster` binary set up to work on `app`'s database and data directory (and its SMTP
/// sink and address), with nothing else from the environment but `PATH` and a faked clock:
/// when the suite runs under `faketime` (as CI's second run does, years ahead), the processes
/// it starts see the same moved clock as the test itself. Add the subcommand.
pub fn muster_command(app: &TestApp) -> Command {
    let mut command = Command::new(muster_binary());
    command
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .envs(std::env::vars_os().filter(|(name, _)| {
            name.to_str()
                .is_some_and(|name| name == "LD_PRELOAD" || name.starts_with("FAKETIME"))
        }))
        .env("MUSTER_DATABASE_URL", app.database.url().to_url_string())
        .env("MUSTER_DATA_DIR", app.data_dir.path())
        .env("MUSTER_SMTP_URL", app.smtp.url())
        .env("MUSTER_BASE_URL", &app.address)
        .env("MUSTER_INSTANCE_NAME", "Test Meetups")
        .env("MUSTER_LOG", "warn");
    command
}

/// `muster worker` running as a child process against `app`'s database and SMTP sink, on the
/// real clock. Killed (SIGKILL) when dropped.
pub struct WorkerProcess {
    child: Child,
}

impl WorkerProcess {
    pub fn start(app: &TestApp) -> WorkerProcess {
        let child = muster_command(app)
            .arg("worker")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .expect("start `muster worker`");
        WorkerProcess { child }
    }

    /// SIGKILL: no clean-up, no last write — a power cut, the OOM killer.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL the worker");
        self.child.wait().expect("reap the worker");
    }

    /// Still running? (A worker that exited on its own has failed.)
    pub fn assert_running(&mut self) {
        if let Some(status) = self.child.try_wait().expect("poll the worker") {
            panic!("`muster worker` exited by itself: {status}");
        }
    }
}

impl Drop for WorkerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `muster ARGS…` on `app` and waits: (success, stdout, stderr).
pub fn run_muster(app: &TestApp, args: &[&str]) -> (bool, String, String) {
    let output = muster_command(app).args(args).output().expect("run muster");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// `muster import ARGS…` on `app`: (success, stdout, stderr).
pub fn run_import(app: &TestApp, args: &[&str]) -> (bool, String, String) {
    run_muster(app, &[&["import"], args].concat())
}

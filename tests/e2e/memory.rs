//! Memory (issue 17): a burst of logins, each an argon2id hash with 19 MiB of working memory,
//! leaves the server's resident memory where it was. Measured on the real `muster serve`
//! process at the real cost (not the suite's cheap one), by what a server's owner watches:
//! VmRSS in /proc. Sizes, never timings.

use std::{
    io::Write,
    process::{Child, Stdio},
    time::Duration,
};

use muster_e2e::{TestApp, backend_test, muster_command};
use serde_json::json;

const PASSWORD: &str = "a long enough password 123";
const ACCOUNTS: usize = 8;
const LOGINS: usize = 200;

/// VmRSS and VmHWM (peak) of `pid`, in MiB.
fn rss_mib(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|kib| kib.parse::<u64>().ok())
            .unwrap()
            / 1024
    };
    (field("VmRSS:"), field("VmHWM:"))
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

backend_test!(async fn a_burst_of_logins_leaves_memory_where_it_was(backend) {
    let app = TestApp::spawn(backend).await;
    for k in 0..ACCOUNTS {
        let mut child = muster_command(&app)
            .args(["admin", "create-user", "--email", &format!("p{k}@example.org"), "--name", &format!("P{k}"), "--password-stdin"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(format!("{PASSWORD}\n").as_bytes()).unwrap();
        assert!(child.wait().unwrap().success());
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let server = Server(
        muster_command(&app)
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .env("MUSTER_BASE_URL", format!("http://127.0.0.1:{port}"))
            .env("MUSTER_TRUST_FORWARDED_FOR", "true")
            .env("MUSTER_NO_WORKER", "true")
            .stdout(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let client = TestApp::new_client();
    let base = format!("http://127.0.0.1:{port}");
    for _ in 0..200 {
        if client.get(format!("{base}/healthz")).send().await.is_ok_and(|r| r.status() == 200) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let pid = server.0.id();
    let login = |k: usize| {
        let (client, base) = (client.clone(), base.clone());
        async move {
            let response = client
                .post(format!("{base}/api/v1/auth/login"))
                .header("X-Forwarded-For", format!("192.0.2.{}", k + 1))
                .json(&json!({"email": format!("p{k}@example.org"), "password": PASSWORD}))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200, "{:?}", response.text().await);
        }
    };
    // One login first: the first one pages in the code that logging in runs (the binary's own
    // pages, mapped from disk: about 6 MiB of this debug build, some 9-12 MiB of RSS in all
    // with what it touches once), which is not memory a burst leaves behind. Idle is measured
    // after it.
    login(0).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (idle, _) = rss_mib(pid);

    // 200 correct logins over 8 connections, each account from its own address.
    let logins = (0..ACCOUNTS).map(|k| {
        let login = &login;
        async move {
            for _ in 0..LOGINS / ACCOUNTS {
                login(k).await;
            }
        }
    });
    futures_util::future::join_all(logins).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (after, peak) = rss_mib(pid);
    eprintln!("RSS idle {idle} MiB, after {LOGINS} logins {after} MiB, peak {peak} MiB");
    // Back to within 10 MB of idle; at the worst moment, no more than the hashing threads'
    // working memory (19 MiB each, one per core) above it.
    assert!(after <= idle + 10, "idle {idle} MiB, after {after} MiB");
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get()) as u64;
    assert!(peak <= idle + 19 * cores + 20, "idle {idle} MiB, peak {peak} MiB");
});

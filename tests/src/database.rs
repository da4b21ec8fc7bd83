//! A fresh database per test.

use diesel::{Connection, PgConnection, RunQueryDsl};
use muster_db::DatabaseUrl;

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

const POSTGRES_URL_VAR: &str = "MUSTER_TEST_POSTGRES_URL";
const REQUIRE_POSTGRES_VAR: &str = "MUSTER_TEST_REQUIRE_POSTGRES";

impl Backend {
    /// The PostgreSQL server URL the tests may create databases on.
    pub fn postgres_admin_url() -> Option<String> {
        std::env::var(POSTGRES_URL_VAR)
            .ok()
            .filter(|s| !s.trim().is_empty())
    }

    /// Whether PostgreSQL tests can run. Panics when they are required but cannot.
    pub fn postgres_available() -> bool {
        if Self::postgres_admin_url().is_some() {
            return true;
        }
        let required = std::env::var(REQUIRE_POSTGRES_VAR).is_ok_and(|v| v == "1");
        assert!(
            !required,
            "{REQUIRE_POSTGRES_VAR}=1 but {POSTGRES_URL_VAR} is not set: PostgreSQL tests must run"
        );
        eprintln!("SKIPPED: set {POSTGRES_URL_VAR} to run the PostgreSQL half of this test");
        false
    }
}

/// A database that exists for one test and is removed afterwards.
pub struct TestDatabase {
    url: DatabaseUrl,
    kind: Kind,
}

enum Kind {
    Sqlite { _dir: tempfile::TempDir },
    Postgres { admin_url: String, name: String },
}

impl TestDatabase {
    pub fn create(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temporary directory");
                let url = DatabaseUrl::sqlite(dir.path().join("muster.sqlite3"));
                Self {
                    url,
                    kind: Kind::Sqlite { _dir: dir },
                }
            }
            Backend::Postgres => {
                let admin_url = Backend::postgres_admin_url()
                    .expect("MUSTER_TEST_POSTGRES_URL must be set for PostgreSQL tests");
                let name = format!("muster_test_{}", uuid::Uuid::new_v4().simple());
                muster_db::connection::prepare_libpq();
                let mut admin = PgConnection::establish(&admin_url)
                    .unwrap_or_else(|e| panic!("cannot reach the test PostgreSQL: {e}"));
                diesel::sql_query(format!("CREATE DATABASE \"{name}\""))
                    .execute(&mut admin)
                    .expect("create the test database");
                let mut url =
                    url::Url::parse(&admin_url).expect("MUSTER_TEST_POSTGRES_URL is a URL");
                url.set_path(&name);
                Self {
                    url: DatabaseUrl::parse(url.as_str()).expect("a postgres URL"),
                    kind: Kind::Postgres { admin_url, name },
                }
            }
        }
    }

    pub fn url(&self) -> &DatabaseUrl {
        &self.url
    }

    pub fn backend(&self) -> Backend {
        match self.kind {
            Kind::Sqlite { .. } => Backend::Sqlite,
            Kind::Postgres { .. } => Backend::Postgres,
        }
    }

    /// Makes the database disappear while the app runs (readiness tests).
    pub fn destroy(&self) {
        match &self.kind {
            Kind::Sqlite { .. } => {
                let DatabaseUrl::Sqlite { path } = &self.url else {
                    unreachable!()
                };
                for suffix in ["", "-wal", "-shm"] {
                    let mut file = path.clone().into_os_string();
                    file.push(suffix);
                    let _ = std::fs::remove_file(file);
                }
            }
            Kind::Postgres { admin_url, name } => drop_postgres(admin_url, name),
        }
    }
}

fn drop_postgres(admin_url: &str, name: &str) {
    if let Ok(mut admin) = PgConnection::establish(admin_url) {
        let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
            .execute(&mut admin);
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Kind::Postgres { admin_url, name } = &self.kind {
            drop_postgres(admin_url, name);
        }
    }
}

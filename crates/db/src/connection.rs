//! The connection enum and the database URL that picks its variant.

use std::path::{Path, PathBuf};

use diesel::{Connection, ConnectionError, PgConnection, RunQueryDsl, SqliteConnection};

/// One connection to whichever database this instance uses.
///
/// Repositories are written against this enum; diesel dispatches each query to the variant.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Pg(PgConnection),
    Sqlite(SqliteConnection),
}

impl DbConnection {
    pub fn backend(&self) -> Backend {
        match self {
            DbConnection::Pg(_) => Backend::Postgres,
            DbConnection::Sqlite(_) => Backend::Sqlite,
        }
    }

    /// Runs `f` in a transaction that takes the write lock up front on SQLite (`BEGIN
    /// IMMEDIATE`), so two writers never deadlock upgrading a read lock; a plain transaction on
    /// PostgreSQL.
    pub fn write_transaction<T, E, F>(&mut self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E>,
        E: From<diesel::result::Error>,
    {
        use diesel::connection::{AnsiTransactionManager, TransactionManager};

        let DbConnection::Sqlite(inner) = self else {
            return self.transaction(f);
        };
        // What `SqliteConnection::immediate_transaction` does, but handing `f` the enum. The
        // enum's transaction state is the inner connection's, so nested transactions inside `f`
        // become savepoints as usual.
        AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")?;
        let outcome = f(self);
        let DbConnection::Sqlite(inner) = self else {
            unreachable!("the variant cannot change inside a transaction")
        };
        match outcome {
            Ok(value) => {
                AnsiTransactionManager::commit_transaction(inner)?;
                Ok(value)
            }
            Err(error) => {
                AnsiTransactionManager::rollback_transaction(inner)?;
                Err(error)
            }
        }
    }
}

/// Runs the same query-building code against the concrete connection inside a
/// [`DbConnection`]. For the few constructs diesel cannot express through the enum's generic
/// backend (`ON CONFLICT` clauses), and for the small reads every page makes (the session,
/// the page version, a membership, an answer): through the enum diesel writes a query's SQL
/// out on every call to find its prepared statement, on the concrete connection it finds it
/// by the query's type. Both arms compile the same source, so the query stays written once.
///
/// ```ignore
/// on_backend!(conn, c => diesel::insert_into(t).values(v).on_conflict_do_nothing().execute(c))
/// ```
#[macro_export]
macro_rules! on_backend {
    ($conn:expr, $inner:ident => $body:expr) => {
        match $conn {
            $crate::DbConnection::Sqlite($inner) => $body,
            $crate::DbConnection::Pg($inner) => $body,
        }
    };
}

/// A statement diesel would not keep prepared — every `UPDATE`, because a changeset's
/// `Option` fields can change its SQL without changing its type — whose SQL is fixed: kept
/// prepared all the same, found by its SQL text. For the updates under an event's lock (an
/// answer's seat change and write), where parsing and planning them again each time is
/// time everyone waiting for the event waits too. Run it on the concrete connection
/// ([`on_backend!`]), whose statement cache asks the wrapper.
#[derive(Debug, Clone, Copy)]
pub struct KeepPrepared<Q>(pub Q);

impl<Q> diesel::query_builder::QueryId for KeepPrepared<Q> {
    type QueryId = ();
    // Keyed by its SQL text, never by its type.
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<Q: diesel::query_builder::Query> diesel::query_builder::Query for KeepPrepared<Q> {
    type SqlType = Q::SqlType;
}

impl<Q, DB> diesel::query_builder::QueryFragment<DB> for KeepPrepared<Q>
where
    DB: diesel::backend::Backend,
    Q: diesel::query_builder::QueryFragment<DB>,
{
    fn walk_ast<'b>(
        &'b self,
        pass: diesel::query_builder::AstPass<'_, 'b, DB>,
    ) -> diesel::QueryResult<()> {
        self.0.walk_ast(pass)
    }

    fn is_safe_to_cache_prepared(&self, _backend: &DB) -> diesel::QueryResult<bool> {
        Ok(true)
    }
}

impl<Q, Conn> RunQueryDsl<Conn> for KeepPrepared<Q> {}

/// Which database engine a [`DbConnection`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl std::fmt::Display for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        })
    }
}

/// A parsed `MUSTER_DATABASE_URL`.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// `sqlite://PATH` (relative or absolute; `sqlite:///abs/path` also works).
    Sqlite { path: PathBuf },
    /// `postgres://…` or `postgresql://…`, passed to libpq unchanged.
    Postgres { url: String },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DbUrlError {
    #[error(
        "unsupported database URL scheme \"{scheme}\": use sqlite://PATH or postgres://USER@HOST:PORT/DATABASE"
    )]
    UnknownScheme { scheme: String },
    #[error(
        "the database URL has no scheme: use sqlite://PATH or postgres://USER@HOST:PORT/DATABASE"
    )]
    NoScheme,
    #[error(
        "the sqlite:// URL has no file path: use sqlite://PATH, e.g. sqlite://./muster-data/muster.sqlite3"
    )]
    EmptySqlitePath,
}

impl DatabaseUrl {
    pub fn parse(text: &str) -> Result<Self, DbUrlError> {
        let text = text.trim();
        let Some((scheme, rest)) = text.split_once("://") else {
            return Err(match text.split_once(':') {
                Some((scheme, _)) if !scheme.is_empty() && !scheme.contains(['/', '.']) => {
                    DbUrlError::UnknownScheme {
                        scheme: scheme.to_owned(),
                    }
                }
                _ => DbUrlError::NoScheme,
            });
        };
        match scheme.to_ascii_lowercase().as_str() {
            "sqlite" => {
                if rest.is_empty() {
                    Err(DbUrlError::EmptySqlitePath)
                } else {
                    Ok(DatabaseUrl::Sqlite {
                        path: PathBuf::from(rest),
                    })
                }
            }
            "postgres" | "postgresql" => Ok(DatabaseUrl::Postgres {
                url: text.to_owned(),
            }),
            other => Err(DbUrlError::UnknownScheme {
                scheme: other.to_owned(),
            }),
        }
    }

    pub fn sqlite(path: impl AsRef<Path>) -> Self {
        DatabaseUrl::Sqlite {
            path: path.as_ref().to_path_buf(),
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            DatabaseUrl::Sqlite { .. } => Backend::Sqlite,
            DatabaseUrl::Postgres { .. } => Backend::Postgres,
        }
    }

    /// The full URL, password included, for handing to another process or component. Never
    /// log it; use [`DatabaseUrl::redacted`] (also what `Display` and `Debug` print).
    pub fn to_url_string(&self) -> String {
        match self {
            DatabaseUrl::Sqlite { path } => format!("sqlite://{}", path.display()),
            DatabaseUrl::Postgres { url } => url.clone(),
        }
    }

    /// The URL with any password replaced, for logs and error messages.
    pub fn redacted(&self) -> String {
        match self {
            DatabaseUrl::Sqlite { path } => format!("sqlite://{}", path.display()),
            DatabaseUrl::Postgres { url } => redact_password(url),
        }
    }

    /// Opens one connection of the right kind. SQLite connections are tuned before use.
    pub fn establish(&self) -> Result<DbConnection, ConnectionError> {
        match self {
            DatabaseUrl::Sqlite { path } => {
                let path = path.to_str().ok_or_else(|| {
                    ConnectionError::InvalidConnectionUrl(
                        "the SQLite path is not valid UTF-8".into(),
                    )
                })?;
                let mut conn = SqliteConnection::establish(path)?;
                tune_sqlite(&mut conn).map_err(ConnectionError::CouldntSetupConfiguration)?;
                Ok(DbConnection::Sqlite(conn))
            }
            DatabaseUrl::Postgres { url } => {
                prepare_libpq();
                PgConnection::establish(url).map(DbConnection::Pg)
            }
        }
    }
}

/// Call before the process opens its first PostgreSQL connection (done by every connection
/// this crate makes; code that calls libpq directly, like the test harness, calls it first).
///
/// libpq uses OpenSSL, which by default registers an exit handler that frees its global state.
/// At process exit other threads — a connection pool's background threads, a blocking task
/// finishing a query — may still be inside a TLS call, and then the process crashes while
/// exiting (heap corruption in `OPENSSL_cleanup`, seen as SIGSEGV/SIGABRT after a clean
/// shutdown). Initialising OpenSSL first with `OPENSSL_INIT_NO_ATEXIT` (OpenSSL ≥ 1.1.1b)
/// leaves the state to the operating system, which reclaims it anyway.
pub fn prepare_libpq() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        #[allow(unsafe_code)]
        {
            #[link(name = "crypto")]
            unsafe extern "C" {
                fn OPENSSL_init_crypto(
                    opts: u64,
                    settings: *const std::ffi::c_void,
                ) -> std::ffi::c_int;
            }
            const OPENSSL_INIT_NO_ATEXIT: u64 = 0x0008_0000;
            // SAFETY: OpenSSL's documented, thread-safe initialisation entry point, called with
            // a flag and no settings (a null pointer is allowed).
            let ok = unsafe { OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, std::ptr::null()) };
            if ok != 1 {
                tracing::warn!("OpenSSL initialisation failed; libpq will initialise it itself");
            }
        }
    });
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.redacted())
    }
}

impl std::fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.redacted())
    }
}

fn redact_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _password)) => format!("{scheme}://{user}:***@{host}{tail}"),
            None => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

/// Per-connection SQLite settings. WAL lets readers run beside the single writer;
/// `synchronous=NORMAL` is durable across application crashes in WAL mode and much faster than
/// FULL; the busy timeout covers other processes (a separate `muster worker`, the CLI).
fn tune_sqlite(conn: &mut SqliteConnection) -> diesel::QueryResult<()> {
    for pragma in [
        "PRAGMA busy_timeout = 5000",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA foreign_keys = ON",
    ] {
        diesel::sql_query(pragma).execute(conn)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_two_supported_schemes() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://./muster-data/muster.sqlite3").unwrap(),
            DatabaseUrl::sqlite("./muster-data/muster.sqlite3")
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///var/lib/muster/db.sqlite3").unwrap(),
            DatabaseUrl::sqlite("/var/lib/muster/db.sqlite3")
        );
        assert_eq!(
            DatabaseUrl::parse("postgres://postgres@127.0.0.1:5432/muster")
                .unwrap()
                .backend(),
            Backend::Postgres
        );
        assert_eq!(
            DatabaseUrl::parse("postgresql://u:p@db/muster")
                .unwrap()
                .backend(),
            Backend::Postgres
        );
    }

    #[test]
    fn refuses_unknown_schemes_with_advice() {
        let error = DatabaseUrl::parse("mysql://root@localhost/muster").unwrap_err();
        assert_eq!(
            error,
            DbUrlError::UnknownScheme {
                scheme: "mysql".into()
            }
        );
        assert!(
            error
                .to_string()
                .contains("use sqlite://PATH or postgres://")
        );
        assert_eq!(
            DatabaseUrl::parse("./muster.sqlite3").unwrap_err(),
            DbUrlError::NoScheme
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite://").unwrap_err(),
            DbUrlError::EmptySqlitePath
        );
    }

    #[test]
    fn passwords_never_reach_logs() {
        let url =
            DatabaseUrl::parse("postgres://muster:s3cret@db:5432/muster?sslmode=require").unwrap();
        assert_eq!(
            url.redacted(),
            "postgres://muster:***@db:5432/muster?sslmode=require"
        );
        assert!(!format!("{url:?}").contains("s3cret"));
    }

    #[test]
    fn sqlite_connections_are_tuned() {
        let dir = tempfile::tempdir().unwrap();
        let url = DatabaseUrl::sqlite(dir.path().join("t.sqlite3"));
        let DbConnection::Sqlite(mut conn) = url.establish().unwrap() else {
            panic!("expected SQLite");
        };
        #[derive(diesel::QueryableByName)]
        struct Value {
            #[diesel(sql_type = diesel::sql_types::Text)]
            value: String,
        }
        let read = |conn: &mut SqliteConnection, pragma: &str| {
            diesel::sql_query(format!("SELECT CAST(({pragma}) AS TEXT) AS value"))
                .get_result::<Value>(conn)
                .unwrap()
                .value
        };
        assert_eq!(read(&mut conn, "SELECT * FROM pragma_foreign_keys"), "1");
        assert_eq!(read(&mut conn, "SELECT * FROM pragma_journal_mode"), "wal");
        assert_eq!(read(&mut conn, "SELECT * FROM pragma_synchronous"), "1");
        assert_eq!(read(&mut conn, "SELECT * FROM pragma_busy_timeout"), "5000");
    }
}

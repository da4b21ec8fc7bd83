//! Connection pools and the async bridge to diesel's blocking API.

use std::{
    collections::{HashMap, hash_map::Entry},
    sync::{Arc, Mutex, PoisonError},
    time::Duration,
};

use diesel::{ConnectionError, RunQueryDsl, connection::SimpleConnection};
use muster_core::id::EventId;

use crate::{
    connection::{Backend, DatabaseUrl, DbConnection},
    migrations, outbox,
};

type Pool = r2d2::Pool<Manager>;
pub type PooledConnection = r2d2::PooledConnection<Manager>;

/// Everything that can go wrong talking to the database.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot connect to the database: {0}")]
    Connect(#[from] ConnectionError),
    #[error("no database connection available: {0}")]
    Pool(#[from] r2d2::Error),
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("database migration failed: {0}")]
    Migration(String),
    #[error("cannot prepare the SQLite file: {0}")]
    SqliteFile(std::io::Error),
    #[error("the database task was cancelled or panicked")]
    TaskFailed,
    /// What ended a transaction that carried several callers' work
    /// ([`Db::transaction_together`]): each of them is told.
    #[error(transparent)]
    Shared(Arc<DbError>),
}

impl DbError {
    /// True when the failure is a uniqueness violation (a duplicate slug, email, dedupe key…).
    pub fn is_unique_violation(&self) -> bool {
        matches!(
            self,
            DbError::Query(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _
            ))
        )
    }
}

/// Pool sizing.
#[derive(Debug, Clone, Copy)]
pub struct PoolOptions {
    /// Connections for readers (SQLite) or for everything (PostgreSQL).
    pub max_connections: u32,
    /// How long a request waits for a free connection before failing.
    pub acquire_timeout: Duration,
}

impl Default for PoolOptions {
    fn default() -> Self {
        Self {
            max_connections: 8,
            acquire_timeout: Duration::from_secs(5),
        }
    }
}

/// The r2d2 manager: opens connections of the kind the URL names (never guessing, so an
/// unreachable PostgreSQL can't silently become a SQLite file called `postgres:`).
#[derive(Debug)]
pub struct Manager {
    url: DatabaseUrl,
}

impl r2d2::ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = ConnectionError;

    fn connect(&self) -> Result<DbConnection, ConnectionError> {
        self.url.establish()
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), ConnectionError> {
        diesel::sql_query("SELECT 1")
            .execute(conn)
            .map(|_| ())
            .map_err(|e| ConnectionError::BadConnection(e.to_string()))
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        use diesel::r2d2::R2D2Connection;
        conn.is_broken()
    }
}

/// The database handle the whole application shares. Cheap to clone.
#[derive(Clone)]
pub struct Db {
    inner: Arc<Inner>,
}

struct Inner {
    url: DatabaseUrl,
    read: Pool,
    /// SQLite: a separate pool of exactly one connection, so writes queue here instead of
    /// contending for the file lock. PostgreSQL: `None`, writes use the main pool.
    write: Option<Pool>,
    /// Work waits here, asynchronously, for a free connection before it takes a blocking
    /// thread: as many slots as connections, so no thread ever blocks on the pool. (Without
    /// them a burst of requests parks dozens of blocking threads on the pool's lock, and the
    /// machine spends its time switching between them.)
    read_slots: tokio::sync::Semaphore,
    /// SQLite's single writer; PostgreSQL writes share `read_slots`.
    write_slots: Option<tokio::sync::Semaphore>,
    /// See [`Db::outbox_wake`].
    outbox_wake: Arc<tokio::sync::Notify>,
    /// Work waiting to share a transaction, per event ([`Db::transaction_together`]). An
    /// event is here while a task is carrying its work.
    together: Mutex<HashMap<EventId, Vec<Together>>>,
}

/// Work handed to [`Db::transaction_together`]. Given the shared transaction's connection, it
/// runs in a savepoint of its own; given none (no connection could be had), it runs not at all.
/// Either way it returns how to tell its caller once the transaction has ended.
type Together = Box<dyn FnOnce(Option<&mut DbConnection>) -> Tell + Send>;

/// Tells a caller of [`Db::transaction_together`] how its work ended, given how the shared
/// transaction ended.
type Tell = Box<dyn FnOnce(Result<(), &Arc<DbError>>) + Send>;

/// The most callers' work one shared transaction carries: a bound on how long it holds the
/// event's lock and the writer, and so on how long the last caller of a full batch waits (it
/// may wait for the batch before too). 16 did as well as 64 in the RSVP benchmark (64
/// connections): most of the gain is in sharing at all.
const MOST_TOGETHER: usize = 16;

/// The savepoint each piece of work given to [`Db::transaction_together`] runs in, and the
/// way back to it.
const TOGETHER: &str = "SAVEPOINT together";
const BACK_TO_TOGETHER: &str = "ROLLBACK TO SAVEPOINT together";

/// Undoes everything a piece of a shared transaction wrote (its savepoint stays).
fn undo_piece(conn: &mut DbConnection) -> diesel::QueryResult<()> {
    conn.batch_execute(BACK_TO_TOGETHER)
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db").field("url", &self.inner.url).finish()
    }
}

impl Db {
    /// Connects (creating the SQLite file and its directory if needed), runs pending
    /// migrations, and builds the pools. Fails fast with the underlying reason.
    pub fn open(url: &DatabaseUrl, options: PoolOptions) -> Result<Db, DbError> {
        if let DatabaseUrl::Sqlite { path } = url
            && let Some(parent) = path.parent()
            && !parent.as_os_str().is_empty()
        {
            std::fs::create_dir_all(parent).map_err(DbError::SqliteFile)?;
        }
        // One direct connection first: it surfaces the real error (refused, bad password,
        // unwritable file) instead of a pool timeout, and it runs the migrations.
        let mut first = url.establish()?;
        migrations::run_pending(&mut first)?;
        if let DbConnection::Sqlite(_) = first {
            // Refresh the query planner's statistics where they are stale (SQLite's advice for
            // long-lived connections); PostgreSQL's autovacuum does this by itself.
            diesel::sql_query("PRAGMA optimize=0x10002").execute(&mut first)?;
        }
        drop(first);
        Self::connect_pools(url, options)
    }

    /// Builds the pools without migrating (for `muster migrate status` and tests).
    pub fn connect_pools(url: &DatabaseUrl, options: PoolOptions) -> Result<Db, DbError> {
        let build = |size: u32| {
            r2d2::Pool::builder()
                .max_size(size)
                .min_idle(Some(0))
                // No `SELECT 1` before every use: it doubled the statements of a page (parsed
                // anew each time) and added a round trip to every PostgreSQL transaction. A
                // connection that broke (a database restart) fails its next query, is seen
                // as broken when returned, and is replaced.
                .test_on_check_out(false)
                .connection_timeout(options.acquire_timeout)
                // Our own error mapping reports failures; r2d2's default logs them again.
                .error_handler(Box::new(r2d2::NopErrorHandler))
                .build_unchecked(Manager { url: url.clone() })
        };
        let (read, write) = match url.backend() {
            Backend::Sqlite => (build(options.max_connections), Some(build(1))),
            Backend::Postgres => (build(options.max_connections), None),
        };
        let slots = usize::try_from(options.max_connections.max(1)).unwrap_or(1);
        Ok(Db {
            inner: Arc::new(Inner {
                url: url.clone(),
                read_slots: tokio::sync::Semaphore::new(slots),
                write_slots: write.as_ref().map(|_| tokio::sync::Semaphore::new(1)),
                outbox_wake: Arc::default(),
                together: Mutex::default(),
                read,
                write,
            }),
        })
    }

    pub fn url(&self) -> &DatabaseUrl {
        &self.inner.url
    }

    pub fn backend(&self) -> Backend {
        self.inner.url.backend()
    }

    /// A connection for reading (blocking).
    pub fn read_conn(&self) -> Result<PooledConnection, DbError> {
        Ok(self.inner.read.get()?)
    }

    /// A connection for reading, waiting at most `timeout` (blocking).
    pub fn read_conn_within(&self, timeout: Duration) -> Result<PooledConnection, DbError> {
        Ok(self.inner.read.get_timeout(timeout)?)
    }

    /// The connection for writing (blocking). On SQLite this waits for the single writer.
    pub fn write_conn(&self) -> Result<PooledConnection, DbError> {
        Ok(self
            .inner
            .write
            .as_ref()
            .unwrap_or(&self.inner.read)
            .get()?)
    }

    async fn read_slot(&self) -> Result<tokio::sync::SemaphorePermit<'_>, DbError> {
        self.inner
            .read_slots
            .acquire()
            .await
            .map_err(|_| DbError::TaskFailed)
    }

    async fn write_slot(&self) -> Result<tokio::sync::SemaphorePermit<'_>, DbError> {
        match &self.inner.write_slots {
            Some(slots) => slots.acquire().await.map_err(|_| DbError::TaskFailed),
            None => self.read_slot().await,
        }
    }

    /// Runs read-only work on the blocking pool.
    pub async fn read<T, F>(&self, work: F) -> Result<T, DbError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, DbError> + Send + 'static,
        T: Send + 'static,
    {
        let _slot = self.read_slot().await?;
        let db = self.clone();
        tokio::task::spawn_blocking(move || work(&mut *db.read_conn()?))
            .await
            .map_err(|_| DbError::TaskFailed)?
    }

    /// Runs a small read (a few indexed lookups, such as the session and the page version
    /// every page asks for) at once on the calling thread when a connection is free right
    /// now: handing the work to the blocking pool and back costs more than such a read, on
    /// PostgreSQL too, where the thread waits a round trip on the local network. Otherwise
    /// (every connection in use) it runs as [`Db::read`] does.
    pub async fn read_quick<T, F>(&self, work: F) -> Result<T, DbError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, DbError> + Send + 'static,
        T: Send + 'static,
    {
        if let Ok(_slot) = self.inner.read_slots.try_acquire()
            && let Some(mut conn) = self.inner.read.try_get()
        {
            return work(&mut conn);
        }
        self.read(work).await
    }

    /// Runs work that writes, inside one write transaction, on the blocking pool: a
    /// [`Db::transaction`] whose only failures are the database's.
    pub async fn write<T, F>(&self, work: F) -> Result<T, DbError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, DbError> + Send + 'static,
        T: Send + 'static,
    {
        self.transaction(work).await
    }

    /// Runs work that writes, inside one write transaction, on the blocking pool. An `Err`
    /// from `work` (a failed query, or a refusal in the caller's own error type) rolls the
    /// whole transaction back: nothing it wrote before failing stays. When the committed work
    /// enqueued email, the outbox worker is woken ([`Db::outbox_wake`]), so no caller has to.
    pub async fn transaction<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
    {
        enum Abort<E> {
            Db(DbError),
            Work(E),
        }
        impl<E> From<diesel::result::Error> for Abort<E> {
            fn from(error: diesel::result::Error) -> Self {
                Abort::Db(DbError::Query(error))
            }
        }
        let _slot = self.write_slot().await?;
        let db = self.clone();
        let (outcome, enqueued) = tokio::task::spawn_blocking(move || {
            let mut conn = match db.write_conn() {
                Ok(conn) => conn,
                Err(error) => return (Err(Abort::Db(error)), false),
            };
            outbox::take_enqueued();
            let outcome = conn.write_transaction(|c| work(c).map_err(Abort::Work));
            let enqueued = outbox::take_enqueued() && outcome.is_ok();
            (outcome, enqueued)
        })
        .await
        .map_err(|_| DbError::TaskFailed)?;
        if enqueued {
            self.inner.outbox_wake.notify_one();
        }
        match outcome {
            Ok(value) => Ok(value),
            Err(Abort::Work(error)) => Err(error),
            Err(Abort::Db(error)) => Err(error.into()),
        }
    }

    /// [`Db::transaction`] for work on one event that many people do at once (answering
    /// "are you coming?"): work on the same event that arrives while a transaction for it is
    /// waiting or running is carried by the next one, up to [`MOST_TOGETHER`] pieces in
    /// arrival order, each in a savepoint of its own. An `Err` from `work` rolls back only
    /// `work`; the others commit. One lock of the event, one commit (on PostgreSQL one WAL
    /// flush) and one trip to the blocking pool serve them all, where each used to take its
    /// own while the rest waited for the event's lock. If the shared commit fails, every
    /// caller whose work had succeeded gets that failure ([`DbError::Shared`]).
    pub async fn transaction_together<T, E, F>(&self, event: EventId, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
    {
        enum Abort<E> {
            Db(diesel::result::Error),
            Work(E),
        }
        impl<E> From<diesel::result::Error> for Abort<E> {
            fn from(error: diesel::result::Error) -> Self {
                Abort::Db(error)
            }
        }
        let (tell, told) = tokio::sync::oneshot::channel::<Result<T, E>>();
        let job: Together = Box::new(move |conn| {
            // A savepoint of its own, left in place when the work succeeds: the commit ends
            // them all, and a `RELEASE` per piece would be one more round trip under the
            // event's lock. Rolling back to the name undoes only the latest savepoint of it,
            // this piece's.
            let outcome = conn.map(|c| {
                c.batch_execute(TOGETHER)?;
                match work(c) {
                    Ok(value) => Ok(value),
                    Err(error) => {
                        undo_piece(c)?;
                        Err(Abort::Work(error))
                    }
                }
            });
            Box::new(move |ended| {
                let result = match (outcome, ended) {
                    (Some(Err(Abort::Work(error))), _) => Err(error),
                    (Some(Err(Abort::Db(error))), _) => Err(DbError::Query(error).into()),
                    (_, Err(error)) => Err(DbError::Shared(error.clone()).into()),
                    (Some(Ok(value)), Ok(())) => Ok(value),
                    (None, Ok(())) => Err(DbError::TaskFailed.into()),
                };
                let _ = tell.send(result);
            })
        });
        let lead = match self.together().entry(event) {
            Entry::Occupied(mut waiting) => {
                waiting.get_mut().push(job);
                false
            }
            Entry::Vacant(free) => {
                free.insert(vec![job]);
                true
            }
        };
        if lead {
            // Carried by a task of its own, so that a caller who goes away (a closed
            // connection drops its request) never strands the others' work.
            let db = self.clone();
            tokio::spawn(async move { db.carry_together(event).await });
        }
        told.await.map_err(|_| E::from(DbError::TaskFailed))?
    }

    fn together(&self) -> std::sync::MutexGuard<'_, HashMap<EventId, Vec<Together>>> {
        self.inner
            .together
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `event`'s waiting work, a shared transaction at a time, until none is left. The
    /// writer is taken anew for each transaction, so other writes take their turns between.
    async fn carry_together(&self, event: EventId) {
        /// Takes the event off the map if the carrying ends early (a panic, the runtime
        /// stopping): work still waiting is dropped, and its callers hear `TaskFailed` instead
        /// of waiting on. Once the carrying has finished, the event may be someone else's.
        struct Done {
            db: Db,
            event: EventId,
            finished: bool,
        }
        impl Drop for Done {
            fn drop(&mut self) {
                if !self.finished {
                    self.db.together().remove(&self.event);
                }
            }
        }
        let mut done = Done {
            db: self.clone(),
            event,
            finished: false,
        };
        loop {
            let Ok(_slot) = self.write_slot().await else {
                return;
            };
            let jobs: Vec<Together> = {
                let mut together = self.together();
                let Some(waiting) = together.get_mut(&event) else {
                    done.finished = true;
                    return;
                };
                if waiting.is_empty() {
                    together.remove(&event);
                    done.finished = true;
                    return;
                }
                let n = waiting.len().min(MOST_TOGETHER);
                waiting.drain(..n).collect()
            };
            let db = self.clone();
            let enqueued = tokio::task::spawn_blocking(move || db.run_together(jobs))
                .await
                .unwrap_or(false);
            if enqueued {
                self.inner.outbox_wake.notify_one();
            }
        }
    }

    /// One shared transaction over `jobs` (blocking); whether it committed email.
    fn run_together(&self, jobs: Vec<Together>) -> bool {
        let mut conn = match self.write_conn() {
            Ok(conn) => conn,
            Err(error) => {
                let error = Arc::new(error);
                for job in jobs {
                    job(None)(Err(&error));
                }
                return false;
            }
        };
        outbox::take_enqueued();
        let mut tells = Vec::with_capacity(jobs.len());
        let postgres = self.backend() == Backend::Postgres;
        let ended = conn.write_transaction(|c| {
            for job in jobs {
                tells.push(job(Some(c)));
            }
            // A piece that kept going after one of its statements failed (PostgreSQL then
            // refuses every statement until a rollback) would make the COMMIT a silent
            // rollback: one statement per transaction finds out, and everyone is told.
            if postgres {
                c.batch_execute("SELECT 1")?;
            }
            Ok::<_, diesel::result::Error>(())
        });
        let enqueued = outbox::take_enqueued() && ended.is_ok();
        let ended = ended.map_err(|error| Arc::new(DbError::Query(error)));
        for tell in tells {
            tell(ended.as_ref().map(|_| ()));
        }
        enqueued
    }

    /// [`Db::transaction`], or with `dry_run` a rehearsal of it: the work runs in full inside
    /// the transaction, which is then rolled back, and its result returned (imports'
    /// `--dry-run` reports exactly what a real run would do, and writes nothing).
    pub async fn write_or_rehearse<T, E, F>(&self, dry_run: bool, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
    {
        enum Abort<T, E> {
            Rehearsed(T),
            Failed(E),
        }
        impl<T, E: From<DbError>> From<DbError> for Abort<T, E> {
            fn from(error: DbError) -> Self {
                Abort::Failed(error.into())
            }
        }
        let outcome = self
            .transaction(move |c| match work(c) {
                Ok(done) if dry_run => Err(Abort::Rehearsed(done)),
                Ok(done) => Ok(done),
                Err(error) => Err(Abort::Failed(error)),
            })
            .await;
        match outcome {
            Ok(done) | Err(Abort::Rehearsed(done)) => Ok(done),
            Err(Abort::Failed(error)) => Err(error),
        }
    }

    /// Woken after every committed [`Db::write`] that enqueued email: an in-process outbox
    /// worker waits on it instead of polling.
    pub fn outbox_wake(&self) -> Arc<tokio::sync::Notify> {
        self.inner.outbox_wake.clone()
    }

    /// Succeeds when a connection can be had within `timeout` and answers a query (for
    /// `/readyz`). For SQLite the file must also still exist: writes to a deleted database
    /// file would vanish at the next restart.
    pub async fn check_ready(&self, timeout: Duration) -> Result<(), DbError> {
        let db = self.clone();
        tokio::task::spawn_blocking(move || {
            if let DatabaseUrl::Sqlite { path } = &db.inner.url {
                std::fs::metadata(path).map_err(DbError::SqliteFile)?;
            }
            let mut conn = db.inner.read.get_timeout(timeout)?;
            diesel::sql_query("SELECT 1").execute(&mut *conn)?;
            Ok(())
        })
        .await
        .map_err(|_| DbError::TaskFailed)?
    }

    /// Connections currently open and idle, per pool, for `/metrics`.
    pub fn pool_state(&self) -> Vec<(&'static str, u32, u32)> {
        let mut states = vec![{
            let s = self.inner.read.state();
            ("read", s.connections, s.idle_connections)
        }];
        if let Some(write) = &self.inner.write {
            let s = write.state();
            states.push(("write", s.connections, s.idle_connections));
        }
        states
    }
}

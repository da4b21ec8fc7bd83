//! # muster-worker
//!
//! The background half of Muster. It runs inside `muster serve` by default and on its own as
//! `muster worker`; several workers may share one PostgreSQL database.
//!
//! * The outbox loop ([`Worker`]) claims due `email_outbox` rows with a compare-and-set lease,
//!   prepares each email (minting its secret link, rendering, assembling MIME), sends it with no
//!   transaction open, and marks it sent fenced by the lease. Transient failures back off
//!   exponentially; permanent ones fail visibly for the admin; a panic while preparing one
//!   email fails that email and the worker goes on.
//! * The scheduler tick ([`Scheduler`]) materialises time-driven work — recurring events'
//!   occurrences, the directory's event dates — with natural unique keys, so any number of
//!   workers may run it at once, and deletes expired sessions, emailed tokens and old
//!   rate-limit counters.

mod checks;
mod outbox;
mod scheduler;

pub use outbox::{MailSettings, Report, Worker, WorkerOptions};
pub use scheduler::{Scheduler, TickReport};

//! # muster-worker
//!
//! The background half of Muster. It runs inside `muster serve` by default and on its own as
//! `muster worker`; several workers may share one PostgreSQL database.
//!
//! * The outbox loop claims due `email_outbox` rows with a compare-and-set lease, sends them with
//!   no transaction open, and marks them sent fenced by the lease owner; transient failures back
//!   off exponentially, permanent ones fail visibly.
//! * The scheduler tick materialises time-driven work (reminders, recurring events) with
//!   deterministic dedupe keys, so running it twice or on two machines does each thing once.
//!
//! The loops arrive with the accounts feature (email delivery).

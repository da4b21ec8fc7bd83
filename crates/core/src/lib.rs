//! # muster-core
//!
//! The pure domain of Muster: identifiers, timestamps and the controllable clock, parsed
//! newtypes (valid for their whole life once constructed), and — as later features land — the
//! permission matrix, membership and code-of-conduct rules, the RSVP/waitlist decision, recurrence
//! and reminder schedules.
//!
//! Nothing in this crate performs I/O. Every other crate depends on it; it depends on none of
//! them. The optional `diesel` feature only teaches diesel how to bind [`Id`] and [`Timestamp`].

pub mod account;
pub mod clock;
pub mod id;
pub mod secrets;
pub mod text;
pub mod time;

pub use clock::{Clock, ManualClock, SystemClock};
pub use id::Id;
pub use time::Timestamp;

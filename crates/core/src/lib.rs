//! # muster-core
//!
//! The pure domain of Muster: identifiers, timestamps and the controllable clock, parsed
//! newtypes (valid for their whole life once constructed), the role matrix and the one policy
//! function every route asks ([`policy::decide`]), Markdown sanitising, the RSVP/waitlist
//! rules ([`rsvp`]), recurrence, and facts derived from the base URL ([`links`]).
//!
//! Nothing in this crate performs I/O. Every other crate depends on it; it depends on none of
//! them. The optional `diesel` feature only teaches diesel how to bind [`Id`] and [`Timestamp`].

pub mod account;
pub mod audit;
pub mod clock;
pub mod discussion;
pub mod event;
pub mod event_form;
pub mod fields;
pub mod geo;
pub mod group;
pub mod id;
pub mod links;
pub mod markdown;
pub mod meetup;
pub mod notify;
pub mod policy;
pub mod profile;
pub mod recurrence;
pub mod roles;
pub mod rsvp;
pub mod search;
pub mod secrets;
pub mod stored;
pub mod text;
pub mod time;
pub mod wiki_directory;

pub use clock::{Clock, ManualClock, SystemClock};
pub use id::Id;
pub use time::Timestamp;

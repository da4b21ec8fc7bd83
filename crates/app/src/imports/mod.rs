//! Importers that bring a group's world into Muster: an old iCalendar file or feed, Meetup.com
//! exports, the python.org wiki's list of user groups (group archives are read by
//! [`crate::archives`]). Each one reads everything first, writes in one transaction (nothing
//! half-written), is safe to run again (what it made before is found by its key in the source
//! and updated, never duplicated), and reports what it created, updated, left unchanged and
//! skipped — with the reason for every skip.

pub mod ical;
pub mod meetup;
pub mod wiki;

pub use ical::{ImportNote, write_counts, write_skipped};

/// Imported files larger than this are refused before they are read.
pub const MAX_IMPORT_BYTES: u64 = 5 * 1024 * 1024;

/// A line or item an importer passed over, and why (the same record every import reports).
pub type Skip = ImportNote;

//! # muster-ical
//!
//! Calendar output for Muster as pure functions from domain values to RFC 5545 text: one
//! event's `.ics`, a group's feed, a member's private feed, and the iMIP invitations
//! (`METHOD:REQUEST` / `METHOD:CANCEL`) attached to RSVP emails.
//!
//! Every value is sanitised before it is written (control characters stripped, CR/LF refused in
//! URLs, UIDs and TZIDs), lines are folded at 75 octets on UTF-8 boundaries, and time zones are
//! stated with `TZID` + `VTIMEZONE` so every client shows the right local time.
//!
//! Depends on `muster-core` only. The renderers arrive with the calendar-feeds feature.

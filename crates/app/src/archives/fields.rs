//! The fields an archive's records share with the rows they are made from and restored to,
//! listed once for both directions: [`super::build`] copies rows into the archive, the import
//! copies the archive back into rows. A field added to both sides is added here once.

/// `$to { field: $from.field.clone(), …, $extra }` for each listed field.
macro_rules! copy_fields {
    ($from:expr => $to:ident { $($extra:tt)* } [$($field:ident),* $(,)?]) => {{
        let from = $from;
        $to {
            $($field: ::std::clone::Clone::clone(&from.$field),)*
            $($extra)*
        }
    }};
}

/// `same_fields!(kind: from => To { extra fields })`: a `To` with every field that `kind`'s
/// archive record and row have in common copied from `from`, plus the extra fields given.
macro_rules! same_fields {
    (group: $from:expr => $to:ident { $($extra:tt)* }) => {
        copy_fields!($from => $to { $($extra)* } [
            name, summary, description, city, country, timezone, topics, website_url, chat_url,
            mailing_list_url, repository_url, logo_url, contact_email, visibility, join_mode,
            questions,
        ])
    };
    (conduct: $from:expr => $to:ident { $($extra:tt)* }) => {
        copy_fields!($from => $to { $($extra)* } [version, text, created_at])
    };
    (venue: $from:expr => $to:ident { $($extra:tt)* }) => {
        copy_fields!($from => $to { $($extra)* } [
            id, name, address, latitude, longitude, directions, created_at,
        ])
    };
    (series: $from:expr => $to:ident { $($extra:tt)* }) => {
        copy_fields!($from => $to { $($extra)* } [
            id, rrule, timezone, first_local, duration_minutes, generated_until, ended_at,
            created_at, updated_at,
        ])
    };
    (event: $from:expr => $to:ident { $($extra:tt)* }) => {
        copy_fields!($from => $to { $($extra)* } [
            id, series_id, occurrence_key, title, description, starts_at, ends_at, timezone,
            venue_id, online_url, capacity, guest_limit, rsvp_opens_at, rsvp_closes_at,
            rsvps_closed, rsvp_question, status, cancel_reason, sequence, previous_starts_at,
            announce, reminders_enabled, published_at, announced_at, created_at, updated_at,
        ])
    };
    (talk: $from:expr => $to:ident { $($extra:tt)* }) => {
        copy_fields!($from => $to { $($extra)* } [
            id, position, title, speaker_name, abstract_, slides_url, video_url, lightning,
            standby, created_at, updated_at,
        ])
    };
    (member: $from:expr => $to:ident { $($extra:tt)* }) => {
        copy_fields!($from => $to { $($extra)* } [name, role, joined_at])
    };
    (answer: $from:expr => $to:ident { $($extra:tt)* }) => {
        copy_fields!($from => $to { $($extra)* } [status, guests, attendance])
    };
}

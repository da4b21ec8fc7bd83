-- Places a group meets, reused across its events.
CREATE TABLE venues (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    directions TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX venues_group ON venues (group_id);

-- A recurring series: its rule (RFC 5545 RRULE in `timezone`, first local start in
-- `first_local`), the template its occurrences copy, and how far ahead they exist.
CREATE TABLE event_series (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    rrule TEXT NOT NULL,
    timezone TEXT NOT NULL,
    first_local TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    template TEXT NOT NULL,
    generated_until TIMESTAMP,
    ended_at TIMESTAMP,
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX event_series_group ON event_series (group_id);

-- Events. Times are UTC instants plus the IANA zone they are shown in. `seats_taken` counts
-- going people and their guests; the guarded update `seats_taken + n <= capacity` is what
-- enforces capacity. `sequence` grows with each change of time, place or status (iCalendar).
CREATE TABLE events (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    series_id TEXT REFERENCES event_series (id) ON DELETE SET NULL,
    occurrence_key TEXT,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    description_html TEXT NOT NULL DEFAULT '',
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    timezone TEXT NOT NULL,
    venue_id TEXT REFERENCES venues (id) ON DELETE SET NULL,
    online_url TEXT NOT NULL DEFAULT '',
    capacity INTEGER,
    seats_taken INTEGER NOT NULL DEFAULT 0 CHECK (seats_taken >= 0),
    guest_limit INTEGER NOT NULL DEFAULT 0,
    rsvp_opens_at TIMESTAMP,
    rsvp_closes_at TIMESTAMP,
    rsvps_closed BOOLEAN NOT NULL DEFAULT FALSE,
    rsvp_question TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'cancelled')),
    cancel_reason TEXT NOT NULL DEFAULT '',
    sequence INTEGER NOT NULL DEFAULT 0,
    previous_starts_at TIMESTAMP,
    announce BOOLEAN NOT NULL DEFAULT TRUE,
    reminders_enabled BOOLEAN NOT NULL DEFAULT TRUE,
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    published_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX events_group_starts ON events (group_id, starts_at);
CREATE INDEX events_status_starts ON events (status, starts_at);
CREATE UNIQUE INDEX events_series_occurrence_key ON events (series_id, occurrence_key);

-- Up to five hosts shown on an event's page.
CREATE TABLE event_hosts (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, user_id)
);

-- Answers to "are you coming?". One per person and event. `waitlist_position` orders the
-- waitlist strictly by arrival.
CREATE TABLE rsvps (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('going', 'waitlisted', 'not_going')),
    guests INTEGER NOT NULL DEFAULT 0 CHECK (guests >= 0),
    answer TEXT NOT NULL DEFAULT '',
    waitlist_position BIGINT,
    attendance TEXT NOT NULL DEFAULT 'unknown' CHECK (attendance IN ('unknown', 'attended', 'no_show')),
    checked_in_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX rsvps_event_user_key ON rsvps (event_id, user_id);
CREATE INDEX rsvps_event_status ON rsvps (event_id, status, waitlist_position);
CREATE INDEX rsvps_user ON rsvps (user_id);

-- The agenda of an event.
CREATE TABLE talks (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    speaker_name TEXT NOT NULL DEFAULT '',
    speaker_user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    abstract TEXT NOT NULL DEFAULT '',
    abstract_html TEXT NOT NULL DEFAULT '',
    slides_url TEXT NOT NULL DEFAULT '',
    video_url TEXT NOT NULL DEFAULT '',
    lightning BOOLEAN NOT NULL DEFAULT FALSE,
    standby BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX talks_event ON talks (event_id, position);

-- Members' comments on an event; removed ones keep a tombstone.
CREATE TABLE comments (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    removed_at TIMESTAMP,
    removed_by TEXT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX comments_event ON comments (event_id, created_at);

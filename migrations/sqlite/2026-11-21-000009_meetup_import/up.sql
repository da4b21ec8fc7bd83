-- Meetup.com imports (issue 8): people from a group's Meetup exports, who have no account
-- here yet, and their answers to the group's past events. A claim link (only its SHA-256 is
-- stored) lets the person attach this history to their own account.

CREATE TABLE placeholder_members (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    meetup_id TEXT NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    profile_url TEXT NOT NULL DEFAULT '',
    -- Profile-question answers: a JSON array of [question, answer] pairs.
    answers TEXT NOT NULL DEFAULT '[]',
    -- On the member list (not only on an attendee list).
    listed BOOLEAN NOT NULL DEFAULT FALSE,
    joined_at TIMESTAMP,
    claim_token_hash TEXT UNIQUE,
    claimed_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    claimed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (group_id, meetup_id)
);

CREATE TABLE placeholder_rsvps (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    placeholder_id TEXT NOT NULL REFERENCES placeholder_members (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('going', 'waitlisted', 'not_going')),
    guests INTEGER NOT NULL DEFAULT 0 CHECK (guests >= 0),
    host BOOLEAN NOT NULL DEFAULT FALSE,
    rsvped_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (event_id, placeholder_id)
);
CREATE INDEX placeholder_rsvps_placeholder ON placeholder_rsvps (placeholder_id);

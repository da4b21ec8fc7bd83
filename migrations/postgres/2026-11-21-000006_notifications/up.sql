-- Notifications and reminders (issue 7).

-- The global "no email except account security" switch.
ALTER TABLE users ADD COLUMN email_only_security BOOLEAN NOT NULL DEFAULT FALSE;

-- When reminders go out, in hours before the start (comma-separated, largest first).
ALTER TABLE groups ADD COLUMN reminder_hours TEXT NOT NULL DEFAULT '144,24';

-- When members were told of the event (never twice).
ALTER TABLE events ADD COLUMN announced_at TIMESTAMP;

-- The event an email is about: its pending reminders and notices are dropped by it.
ALTER TABLE email_outbox ADD COLUMN event_id TEXT;
CREATE INDEX email_outbox_event ON email_outbox (event_id, status);

-- Which of a group's emails a member wants. No row: everything on (the default on joining).
CREATE TABLE notification_prefs (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    announcements BOOLEAN NOT NULL DEFAULT TRUE,
    reminders BOOLEAN NOT NULL DEFAULT TRUE,
    messages BOOLEAN NOT NULL DEFAULT TRUE,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, group_id)
);

-- The secret links in emails (one-click unsubscribe, "still coming", "can't make it"): each is
-- single-purpose and scoped; only a SHA-256 of its token is stored.
CREATE TABLE email_links (
    token_hash TEXT PRIMARY KEY NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN ('unsubscribe', 'still_coming', 'cant_make_it')),
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    event_id TEXT REFERENCES events (id) ON DELETE CASCADE,
    -- For unsubscribe links: which emails (announcements, reminders, messages).
    topic TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX email_links_expires ON email_links (expires_at);
CREATE INDEX email_links_user ON email_links (user_id);

-- One row per reminder moment handled: (event, hours before, the start it was computed for).
-- The scheduler inserts it in the transaction that queues the reminders, so a moment is
-- handled once however many ticks run; a moved event has a new start, so new moments.
CREATE TABLE reminder_runs (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    hours_before INTEGER NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    -- queued: reminders went to the outbox; missed: the event had started (downtime).
    outcome TEXT NOT NULL CHECK (outcome IN ('queued', 'missed')),
    recipients INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (event_id, hours_before, starts_at)
);
CREATE INDEX reminder_runs_starts ON reminder_runs (starts_at);

-- Housekeeping reads these by expiry every tick.
CREATE INDEX sessions_expires ON sessions (expires_at);
CREATE INDEX email_tokens_expires ON email_tokens (expires_at);
CREATE INDEX rate_limits_window ON rate_limits (window_started_at);

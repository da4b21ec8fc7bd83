-- Discussions (issue 19): a group's threads and their replies, written in Markdown (shown
-- sanitised). Removed ones keep a tombstone (`removed_at`, `removed_by`: the author deleting
-- their own, or an organizer removing it, audited). `last_activity_at` orders the list
-- (pinned first) and tells the scheduler which threads have replies to email.
CREATE TABLE threads (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    author_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    body_html TEXT NOT NULL,
    pinned BOOLEAN NOT NULL DEFAULT FALSE,
    locked BOOLEAN NOT NULL DEFAULT FALSE,
    reply_count INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    edited_at TIMESTAMP,
    last_activity_at TIMESTAMP NOT NULL,
    removed_at TIMESTAMP,
    removed_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    -- An imported post's author, who has no account here: the name the archive gave.
    imported_author TEXT NOT NULL DEFAULT ''
);
CREATE INDEX threads_group ON threads (group_id, pinned, last_activity_at);
CREATE INDEX threads_activity ON threads (last_activity_at);
CREATE INDEX threads_author ON threads (author_id);

CREATE TABLE thread_replies (
    id TEXT PRIMARY KEY NOT NULL,
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    author_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    edited_at TIMESTAMP,
    removed_at TIMESTAMP,
    removed_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    imported_author TEXT NOT NULL DEFAULT ''
);
CREATE INDEX thread_replies_thread ON thread_replies (thread_id, created_at);
CREATE INDEX thread_replies_author ON thread_replies (author_id);

-- Who follows a thread (by starting it, replying, or the button), and how far their email
-- has got: replies up to `told_through` were emailed (or were theirs); `last_emailed_at`
-- keeps it to one email per thread per hour.
CREATE TABLE thread_followers (
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    told_through TIMESTAMP NOT NULL,
    last_emailed_at TIMESTAMP,
    PRIMARY KEY (thread_id, user_id)
);
CREATE INDEX thread_followers_user ON thread_followers (user_id);

-- Organizers may keep starting threads to themselves (members still reply).
ALTER TABLE groups ADD COLUMN threads_by_organizers BOOLEAN NOT NULL DEFAULT FALSE;
-- Reply emails are a kind of group email a member can turn off.
ALTER TABLE notification_prefs ADD COLUMN discussions BOOLEAN NOT NULL DEFAULT TRUE;
-- "Stop following this thread" links: a new purpose, naming their thread. SQLite cannot
-- change a CHECK constraint in place, so the table is rebuilt with its rows.
CREATE TABLE email_links_new (
    token_hash TEXT PRIMARY KEY NOT NULL,
    purpose TEXT NOT NULL
        CHECK (purpose IN ('unsubscribe', 'still_coming', 'cant_make_it', 'unfollow')),
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    event_id TEXT REFERENCES events (id) ON DELETE CASCADE,
    -- For unsubscribe links: which emails (announcements, reminders, messages, discussions).
    topic TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    thread_id TEXT REFERENCES threads (id) ON DELETE CASCADE
);
INSERT INTO email_links_new
    (token_hash, purpose, user_id, group_id, event_id, topic, created_at, expires_at, used_at)
SELECT token_hash, purpose, user_id, group_id, event_id, topic, created_at, expires_at, used_at
FROM email_links;
DROP TABLE email_links;
ALTER TABLE email_links_new RENAME TO email_links;
CREATE INDEX email_links_expires ON email_links (expires_at);
CREATE INDEX email_links_user ON email_links (user_id);

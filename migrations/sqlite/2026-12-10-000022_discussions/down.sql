CREATE TABLE email_links_old (
    token_hash TEXT PRIMARY KEY NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN ('unsubscribe', 'still_coming', 'cant_make_it')),
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    event_id TEXT REFERENCES events (id) ON DELETE CASCADE,
    topic TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
INSERT INTO email_links_old
    (token_hash, purpose, user_id, group_id, event_id, topic, created_at, expires_at, used_at)
SELECT token_hash, purpose, user_id, group_id, event_id, topic, created_at, expires_at, used_at
FROM email_links WHERE purpose <> 'unfollow';
DROP TABLE email_links;
ALTER TABLE email_links_old RENAME TO email_links;
CREATE INDEX email_links_expires ON email_links (expires_at);
CREATE INDEX email_links_user ON email_links (user_id);
ALTER TABLE notification_prefs DROP COLUMN discussions;
ALTER TABLE groups DROP COLUMN threads_by_organizers;
DROP TABLE thread_followers;
DROP TABLE thread_replies;
DROP TABLE threads;

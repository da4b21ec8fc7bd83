-- A member's private calendar feed: one per person, its token stored as a SHA-256 only.
-- Rotating replaces the hash (the old link answers 404 at once); revoking deletes the row.
CREATE TABLE feed_tokens (
    user_id TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL,
    -- Besides the events they answered: every event of the groups they belong to.
    all_group_events BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP
);
CREATE UNIQUE INDEX feed_tokens_token_hash_key ON feed_tokens (token_hash);

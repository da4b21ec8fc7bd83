-- Browsers that have logged in to an account before (issue 16). The cookie's token is random;
-- only its SHA-256 is stored. A known device is exempt from the per-account login throttle
-- (so a stranger's wrong guesses cannot lock its owner out), never from the per-client one.
CREATE TABLE known_devices (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP NOT NULL
);
CREATE INDEX known_devices_user_id ON known_devices (user_id);

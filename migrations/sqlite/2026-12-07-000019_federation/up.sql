-- Federation (issue 18): public groups are ActivityPub actors that the fediverse follows.

-- Each federating group's RSA key pair (made the first time the group is asked for as an
-- actor); the public half is in the actor, the private half signs what the group sends.
CREATE TABLE group_keys (
    group_id TEXT PRIMARY KEY NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    public_key_pem TEXT NOT NULL,
    private_key_pem TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- Remote actors that followed a group, and where to deliver to them.
CREATE TABLE group_followers (
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    inbox TEXT NOT NULL,
    shared_inbox TEXT NOT NULL DEFAULT '',
    follow_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    handle TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (group_id, actor_id)
);

-- Remote actors whose keys verified a request: fetched through the guarded fetch, kept, and
-- fetched again when a signature does not verify with the kept key (a rotation).
CREATE TABLE remote_actors (
    id TEXT PRIMARY KEY NOT NULL,
    key_id TEXT NOT NULL,
    public_key_pem TEXT NOT NULL,
    inbox TEXT NOT NULL,
    shared_inbox TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    handle TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    fetched_at TIMESTAMP NOT NULL
);
CREATE INDEX remote_actors_key ON remote_actors (key_id);

-- What each group sent (its outbox collection, newest first).
CREATE TABLE group_activities (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    object_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX group_activities_group ON group_activities (group_id, created_at, id);

-- Domains an administrator blocked: nothing from them is accepted, nothing goes to them.
CREATE TABLE blocked_domains (
    domain TEXT PRIMARY KEY NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);

-- Replies from the fediverse are comments by a remote author.
ALTER TABLE comments ADD COLUMN remote_id TEXT;
ALTER TABLE comments ADD COLUMN remote_author TEXT;
ALTER TABLE comments ADD COLUMN remote_author_name TEXT;
ALTER TABLE comments ADD COLUMN remote_author_url TEXT;
CREATE UNIQUE INDEX comments_remote_id ON comments (remote_id);

-- The group page shows how many follow it (migration page_versions).
CREATE TRIGGER page_versions_group_followers_insert AFTER INSERT ON group_followers BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = NEW.group_id;
END;
CREATE TRIGGER page_versions_group_followers_delete AFTER DELETE ON group_followers BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = OLD.group_id;
END;

-- Uploaded images (group logos), re-encoded before storage. Kept in the database so every
-- web instance can serve them.
CREATE TABLE images (
    id TEXT PRIMARY KEY NOT NULL,
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    uploaded_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);

-- Local groups. `description_html` is the sanitised rendering of the Markdown
-- `description`; `search_text` is a lower-cased digest of the searchable fields;
-- `links` is a JSON object (website, chat, mailing list, repository);
-- `city_key`/`country_key` are lower-cased for exact, indexed filters; `member_count`,
-- `last_event_at` and `next_event_at` are kept up to date for the directory.
CREATE TABLE groups (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    description_html TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    city_key TEXT NOT NULL DEFAULT '',
    country_key TEXT NOT NULL DEFAULT '',
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    timezone TEXT NOT NULL,
    topics TEXT NOT NULL DEFAULT '',
    links TEXT NOT NULL DEFAULT '{}',
    logo_url TEXT NOT NULL DEFAULT '',
    logo_image_id TEXT REFERENCES images (id) ON DELETE SET NULL,
    contact_email TEXT NOT NULL DEFAULT '',
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
    join_mode TEXT NOT NULL CHECK (join_mode IN ('open', 'approval', 'invite')),
    questions TEXT NOT NULL DEFAULT '[]',
    conduct_version INTEGER NOT NULL DEFAULT 1,
    member_count INTEGER NOT NULL DEFAULT 0,
    last_event_at TIMESTAMP,
    next_event_at TIMESTAMP,
    search_text TEXT NOT NULL DEFAULT '',
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    deleted_at TIMESTAMP
);
CREATE UNIQUE INDEX groups_slug_key ON groups (slug);
CREATE INDEX groups_directory ON groups (visibility, next_event_at);
CREATE INDEX groups_country_city ON groups (country_key, city_key);
CREATE INDEX groups_logo_image ON groups (logo_image_id);

-- One row per topic, for exact topic filters.
CREATE TABLE group_topics (
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    PRIMARY KEY (group_id, topic)
);
CREATE INDEX group_topics_topic ON group_topics (topic);

-- People's standing with a group: an active member (with a role), a pending request, an
-- open invitation, or a ban.
CREATE TABLE memberships (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('organizer', 'co_organizer', 'assistant_organizer', 'event_organizer', 'member')),
    status TEXT NOT NULL CHECK (status IN ('active', 'pending', 'invited', 'banned')),
    answers TEXT NOT NULL DEFAULT '[]',
    hidden BOOLEAN NOT NULL DEFAULT FALSE,
    conduct_version INTEGER,
    conduct_accepted_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX memberships_group_user_key ON memberships (group_id, user_id);
CREATE INDEX memberships_user ON memberships (user_id);
CREATE INDEX memberships_group_status ON memberships (group_id, status);

-- Every version of every group's code of conduct.
CREATE TABLE conduct_versions (
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    text TEXT NOT NULL,
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (group_id, version)
);

-- Invitations by email. The token is created when the email is sent; only its digest is kept.
CREATE TABLE group_invitations (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    token_hash TEXT,
    invited_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    accepted_at TIMESTAMP,
    accepted_by TEXT REFERENCES users (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX group_invitations_token_hash_key ON group_invitations (token_hash);
CREATE INDEX group_invitations_group ON group_invitations (group_id);

-- Private conduct reports to a group's organizers (and instance admins when they concern an
-- organizer).
CREATE TABLE conduct_reports (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    reporter_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    about_user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    about_name TEXT NOT NULL DEFAULT '',
    about_organizer BOOLEAN NOT NULL DEFAULT FALSE,
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'handled')),
    handled_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    handled_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX conduct_reports_group_status ON conduct_reports (group_id, status);

-- What organizers did, visible to organizers.
CREATE TABLE group_audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    actor_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    subject_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX group_audit_log_group ON group_audit_log (group_id, created_at);

-- Group archives (issue 8): what a member allows, and the history an imported archive carries.

-- A member's choice to appear by name (with their attendance) in the group's archive.
-- Off until they turn it on.
ALTER TABLE memberships ADD COLUMN in_archive BOOLEAN NOT NULL DEFAULT FALSE;

-- A group that came here as another instance's archive: where from, and how many members it
-- had there (they have no accounts here).
CREATE TABLE archive_imports (
    group_id TEXT PRIMARY KEY NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    source_url TEXT NOT NULL,
    exported_at TIMESTAMP NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    member_count INTEGER NOT NULL
);

-- Members who allowed their name in the archive, as the archive had them.
CREATE TABLE archived_members (
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    member_id TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    joined_at TIMESTAMP NOT NULL,
    PRIMARY KEY (group_id, member_id)
);

-- An imported event's answers and hosts from before it came here.
CREATE TABLE archived_event_history (
    event_id TEXT PRIMARY KEY NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    going INTEGER NOT NULL,
    waitlisted INTEGER NOT NULL,
    not_going INTEGER NOT NULL,
    guests INTEGER NOT NULL,
    attended INTEGER NOT NULL,
    no_show INTEGER NOT NULL,
    hosts TEXT NOT NULL
);

-- The attendance of members who allowed it, per imported event.
CREATE TABLE archived_attendance (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    member_id TEXT NOT NULL,
    status TEXT NOT NULL,
    guests INTEGER NOT NULL,
    attendance TEXT NOT NULL,
    PRIMARY KEY (event_id, member_id)
);

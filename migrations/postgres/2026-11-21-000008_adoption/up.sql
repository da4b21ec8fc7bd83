-- Adopting a group (issue 8): a verified person asks to take over a dormant group or an
-- unclaimed directory entry. The group's organizers (if any) may refuse until
-- `grace_ends_at`; after that an instance administrator approves or rejects. One row per
-- request; its whole story is also in the group's audit log.
CREATE TABLE adoption_requests (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    requested_by TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    message TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pending', 'refused', 'approved', 'withdrawn', 'rejected')),
    created_at TIMESTAMP NOT NULL,
    grace_ends_at TIMESTAMP NOT NULL,
    decided_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    decided_at TIMESTAMP,
    reason TEXT NOT NULL DEFAULT ''
);
-- At most one open request per person and group (several people may ask at once; the
-- administrator picks one, which closes the others).
CREATE UNIQUE INDEX adoption_requests_one_pending
    ON adoption_requests (group_id, requested_by) WHERE status = 'pending';
CREATE INDEX adoption_requests_status ON adoption_requests (status, created_at);

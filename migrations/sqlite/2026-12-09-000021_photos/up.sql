-- Photos after a meetup (issue 19): uploaded by people who went and by organizers, re-encoded
-- (metadata stripped) into a display size and a thumbnail kept in `images`, so every
-- `muster serve` on one database serves them. `stored_bytes` (both images) counts against the
-- group's storage quota.
CREATE TABLE photos (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    uploaded_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    image_id TEXT NOT NULL REFERENCES images (id),
    thumb_image_id TEXT NOT NULL REFERENCES images (id),
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    stored_bytes BIGINT NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX photos_event ON photos (event_id, created_at);
CREATE INDEX photos_group ON photos (group_id, created_at);
CREATE INDEX photos_uploader ON photos (uploaded_by);
CREATE INDEX photos_image ON photos (image_id);
CREATE INDEX photos_thumb ON photos (thumb_image_id);

-- "Report this photo": one report per person per photo, until an organizer removes the photo
-- or keeps it (which clears its reports).
CREATE TABLE photo_reports (
    id TEXT PRIMARY KEY NOT NULL,
    photo_id TEXT NOT NULL REFERENCES photos (id) ON DELETE CASCADE,
    reporter_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (photo_id, reporter_id)
);

CREATE TRIGGER page_versions_photos_insert AFTER INSERT ON photos BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = NEW.group_id;
END;
CREATE TRIGGER page_versions_photos_update AFTER UPDATE ON photos BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id IN (OLD.group_id, NEW.group_id);
END;
CREATE TRIGGER page_versions_photos_delete AFTER DELETE ON photos BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = OLD.group_id;
END;

-- Profiles and faces (issue 19): what a person shows of themselves, and whether they appear
-- in lists at all.
ALTER TABLE users ADD COLUMN pronouns TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN website TEXT NOT NULL DEFAULT '';
-- `@name@server`.
ALTER TABLE users ADD COLUMN fediverse TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN github TEXT NOT NULL DEFAULT '';
-- No REFERENCES here (unlike PostgreSQL): SQLite cannot drop a column that has one, so the
-- down migration could not run. Muster clears the column before it deletes the image.
ALTER TABLE users ADD COLUMN avatar_image_id TEXT;
-- "Keep me out of lists": not among the people going, not in member lists, no profile page
-- for others. Organizers still see them in their attendee tools and CSV.
ALTER TABLE users ADD COLUMN unlisted BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX users_avatar_image ON users (avatar_image_id);

-- A person's face and whether they are listed show wherever their name does.
DROP TRIGGER page_versions_users_update;
CREATE TRIGGER page_versions_users_update
AFTER UPDATE OF display_name, deleted_at, avatar_image_id, unlisted ON users
WHEN OLD.display_name IS NOT NEW.display_name OR OLD.deleted_at IS NOT NEW.deleted_at
    OR OLD.avatar_image_id IS NOT NEW.avatar_image_id OR OLD.unlisted IS NOT NEW.unlisted BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id IN (
        SELECT group_id FROM memberships WHERE user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN rsvps r ON r.event_id = e.id WHERE r.user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN comments c ON c.event_id = e.id WHERE c.user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN event_hosts h ON h.event_id = e.id WHERE h.user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN talks t ON t.event_id = e.id WHERE t.speaker_user_id = NEW.id);
END;

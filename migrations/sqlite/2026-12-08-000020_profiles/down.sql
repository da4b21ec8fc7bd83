DROP TRIGGER page_versions_users_update;
CREATE TRIGGER page_versions_users_update AFTER UPDATE OF display_name, deleted_at ON users
WHEN OLD.display_name IS NOT NEW.display_name OR OLD.deleted_at IS NOT NEW.deleted_at BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id IN (
        SELECT group_id FROM memberships WHERE user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN rsvps r ON r.event_id = e.id WHERE r.user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN comments c ON c.event_id = e.id WHERE c.user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN event_hosts h ON h.event_id = e.id WHERE h.user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN talks t ON t.event_id = e.id WHERE t.speaker_user_id = NEW.id);
END;
DROP INDEX users_avatar_image;
ALTER TABLE users DROP COLUMN unlisted;
ALTER TABLE users DROP COLUMN avatar_image_id;
ALTER TABLE users DROP COLUMN github;
ALTER TABLE users DROP COLUMN fediverse;
ALTER TABLE users DROP COLUMN website;
ALTER TABLE users DROP COLUMN pronouns;

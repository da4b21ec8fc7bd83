-- Profiles and faces (issue 19): what a person shows of themselves, and whether they appear
-- in lists at all.
ALTER TABLE users ADD COLUMN pronouns TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN website TEXT NOT NULL DEFAULT '';
-- `@name@server`.
ALTER TABLE users ADD COLUMN fediverse TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN github TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN avatar_image_id TEXT REFERENCES images (id) ON DELETE SET NULL;
-- "Keep me out of lists": not among the people going, not in member lists, no profile page
-- for others. Organizers still see them in their attendee tools and CSV.
ALTER TABLE users ADD COLUMN unlisted BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX users_avatar_image ON users (avatar_image_id);

-- A person's face and whether they are listed show wherever their name does.
DROP TRIGGER page_versions_users ON users;
CREATE CONSTRAINT TRIGGER page_versions_users
    AFTER UPDATE OF display_name, deleted_at, avatar_image_id, unlisted ON users
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
        OR OLD.avatar_image_id IS DISTINCT FROM NEW.avatar_image_id OR OLD.unlisted IS DISTINCT FROM NEW.unlisted)
    EXECUTE FUNCTION page_versions_user();

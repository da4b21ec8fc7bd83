DROP TRIGGER page_versions_users ON users;
CREATE CONSTRAINT TRIGGER page_versions_users AFTER UPDATE OF display_name, deleted_at ON users
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
    EXECUTE FUNCTION page_versions_user();
DROP INDEX users_avatar_image;
ALTER TABLE users DROP COLUMN unlisted;
ALTER TABLE users DROP COLUMN avatar_image_id;
ALTER TABLE users DROP COLUMN github;
ALTER TABLE users DROP COLUMN fediverse;
ALTER TABLE users DROP COLUMN website;
ALTER TABLE users DROP COLUMN pronouns;

-- Page versions (issue 17). Public pages of a group (its page, its events' pages) are kept
-- rendered in memory and served again while the group's version is unchanged. Every change to
-- what those pages show bumps the version, here in the database, so every `muster serve`
-- process sharing it (and `muster worker`, and the command line) invalidates them alike.
CREATE TABLE page_versions (
    group_id TEXT PRIMARY KEY NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO page_versions (group_id, version) SELECT id, 1 FROM groups;
-- The bumps run when the transaction commits (deferred constraint triggers): the version row
-- is then the last lock a writer takes, so a writer of one group never holds it while waiting
-- for a row another writer holds (an RSVP cannot deadlock against an edit). A group's row is
-- raised once per transaction, however many of its rows changed (an import changes thousands):
-- a row this transaction already updated carries its id.
CREATE FUNCTION page_versions_bump(gid TEXT) RETURNS void AS $$
    UPDATE page_versions SET version = version + 1
    WHERE group_id = gid AND NOT xmin = pg_current_xact_id()::xid;
$$ LANGUAGE sql;

CREATE FUNCTION page_versions_by_group() RETURNS trigger AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM page_versions_bump(OLD.group_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.group_id IS DISTINCT FROM OLD.group_id) THEN
        PERFORM page_versions_bump(NEW.group_id);
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION page_versions_by_event() RETURNS trigger AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM page_versions_bump(group_id) FROM events WHERE id = OLD.event_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.event_id IS DISTINCT FROM OLD.event_id) THEN
        PERFORM page_versions_bump(group_id) FROM events WHERE id = NEW.event_id;
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION page_versions_group_row() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO page_versions (group_id, version) VALUES (NEW.id, 1);
    ELSIF TG_OP = 'DELETE' THEN
        DELETE FROM page_versions WHERE group_id = OLD.id;
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION page_versions_group_update() RETURNS trigger AS $$
BEGIN
    PERFORM page_versions_bump(NEW.id);
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION page_versions_user() RETURNS trigger AS $$
DECLARE
    gid TEXT;
BEGIN
    -- Every group where the person takes part, in id order: writers of several groups lock
    -- their rows in one order.
    FOR gid IN
        SELECT group_id FROM memberships WHERE user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN rsvps r ON r.event_id = e.id WHERE r.user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN comments c ON c.event_id = e.id WHERE c.user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN event_hosts h ON h.event_id = e.id WHERE h.user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN talks t ON t.event_id = e.id WHERE t.speaker_user_id = NEW.id
        ORDER BY 1
    LOOP
        PERFORM page_versions_bump(gid);
    END LOOP;
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER page_versions_groups_row AFTER INSERT OR DELETE ON groups
    FOR EACH ROW EXECUTE FUNCTION page_versions_group_row();
CREATE CONSTRAINT TRIGGER page_versions_groups_update AFTER UPDATE ON groups
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_group_update();
CREATE CONSTRAINT TRIGGER page_versions_users AFTER UPDATE OF display_name, deleted_at ON users
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
    EXECUTE FUNCTION page_versions_user();
CREATE CONSTRAINT TRIGGER page_versions_events AFTER INSERT OR UPDATE OR DELETE ON events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_group();
CREATE CONSTRAINT TRIGGER page_versions_memberships AFTER INSERT OR UPDATE OR DELETE ON memberships
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_group();
CREATE CONSTRAINT TRIGGER page_versions_group_topics AFTER INSERT OR UPDATE OR DELETE ON group_topics
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_group();
CREATE CONSTRAINT TRIGGER page_versions_venues AFTER INSERT OR UPDATE OR DELETE ON venues
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_group();
CREATE CONSTRAINT TRIGGER page_versions_event_series AFTER INSERT OR UPDATE OR DELETE ON event_series
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_group();
CREATE CONSTRAINT TRIGGER page_versions_placeholder_members AFTER INSERT OR UPDATE OR DELETE ON placeholder_members
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_group();
CREATE CONSTRAINT TRIGGER page_versions_archive_imports AFTER INSERT OR UPDATE OR DELETE ON archive_imports
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_group();
CREATE CONSTRAINT TRIGGER page_versions_archived_members AFTER INSERT OR UPDATE OR DELETE ON archived_members
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_group();
CREATE CONSTRAINT TRIGGER page_versions_adoption_requests AFTER INSERT OR UPDATE OR DELETE ON adoption_requests
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_group();
CREATE CONSTRAINT TRIGGER page_versions_event_hosts AFTER INSERT OR UPDATE OR DELETE ON event_hosts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_event();
CREATE CONSTRAINT TRIGGER page_versions_rsvps AFTER INSERT OR UPDATE OR DELETE ON rsvps
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_event();
CREATE CONSTRAINT TRIGGER page_versions_talks AFTER INSERT OR UPDATE OR DELETE ON talks
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_event();
CREATE CONSTRAINT TRIGGER page_versions_comments AFTER INSERT OR UPDATE OR DELETE ON comments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_event();
CREATE CONSTRAINT TRIGGER page_versions_placeholder_rsvps AFTER INSERT OR UPDATE OR DELETE ON placeholder_rsvps
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_event();
CREATE CONSTRAINT TRIGGER page_versions_archived_event_history AFTER INSERT OR UPDATE OR DELETE ON archived_event_history
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_event();
CREATE CONSTRAINT TRIGGER page_versions_archived_attendance AFTER INSERT OR UPDATE OR DELETE ON archived_attendance
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_versions_by_event();

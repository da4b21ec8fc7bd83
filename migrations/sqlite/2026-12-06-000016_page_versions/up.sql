-- Page versions (issue 17). Public pages of a group (its page, its events' pages) are kept
-- rendered in memory and served again while the group's version is unchanged. Every change to
-- what those pages show bumps the version, here in the database, so every `muster serve`
-- process sharing it (and `muster worker`, and the command line) invalidates them alike.
CREATE TABLE page_versions (
    group_id TEXT PRIMARY KEY NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO page_versions (group_id, version) SELECT id, 1 FROM groups;
-- SQLite has one writer at a time, so plain row triggers cannot deadlock.
CREATE TRIGGER page_versions_groups_insert AFTER INSERT ON groups BEGIN
    INSERT INTO page_versions (group_id, version) VALUES (NEW.id, 1);
END;
CREATE TRIGGER page_versions_groups_update AFTER UPDATE ON groups BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = NEW.id;
END;
CREATE TRIGGER page_versions_groups_delete AFTER DELETE ON groups BEGIN
    DELETE FROM page_versions WHERE group_id = OLD.id;
END;
CREATE TRIGGER page_versions_events_insert AFTER INSERT ON events BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = NEW.group_id;
END;
CREATE TRIGGER page_versions_events_update AFTER UPDATE ON events BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id IN (OLD.group_id, NEW.group_id);
END;
CREATE TRIGGER page_versions_events_delete AFTER DELETE ON events BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = OLD.group_id;
END;
CREATE TRIGGER page_versions_memberships_insert AFTER INSERT ON memberships BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = NEW.group_id;
END;
CREATE TRIGGER page_versions_memberships_update AFTER UPDATE ON memberships BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id IN (OLD.group_id, NEW.group_id);
END;
CREATE TRIGGER page_versions_memberships_delete AFTER DELETE ON memberships BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = OLD.group_id;
END;
CREATE TRIGGER page_versions_group_topics_insert AFTER INSERT ON group_topics BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = NEW.group_id;
END;
CREATE TRIGGER page_versions_group_topics_update AFTER UPDATE ON group_topics BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id IN (OLD.group_id, NEW.group_id);
END;
CREATE TRIGGER page_versions_group_topics_delete AFTER DELETE ON group_topics BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = OLD.group_id;
END;
CREATE TRIGGER page_versions_venues_insert AFTER INSERT ON venues BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = NEW.group_id;
END;
CREATE TRIGGER page_versions_venues_update AFTER UPDATE ON venues BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id IN (OLD.group_id, NEW.group_id);
END;
CREATE TRIGGER page_versions_venues_delete AFTER DELETE ON venues BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = OLD.group_id;
END;
CREATE TRIGGER page_versions_event_series_insert AFTER INSERT ON event_series BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = NEW.group_id;
END;
CREATE TRIGGER page_versions_event_series_update AFTER UPDATE ON event_series BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id IN (OLD.group_id, NEW.group_id);
END;
CREATE TRIGGER page_versions_event_series_delete AFTER DELETE ON event_series BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = OLD.group_id;
END;
CREATE TRIGGER page_versions_placeholder_members_insert AFTER INSERT ON placeholder_members BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = NEW.group_id;
END;
CREATE TRIGGER page_versions_placeholder_members_update AFTER UPDATE ON placeholder_members BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id IN (OLD.group_id, NEW.group_id);
END;
CREATE TRIGGER page_versions_placeholder_members_delete AFTER DELETE ON placeholder_members BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = OLD.group_id;
END;
CREATE TRIGGER page_versions_archive_imports_insert AFTER INSERT ON archive_imports BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = NEW.group_id;
END;
CREATE TRIGGER page_versions_archive_imports_update AFTER UPDATE ON archive_imports BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id IN (OLD.group_id, NEW.group_id);
END;
CREATE TRIGGER page_versions_archive_imports_delete AFTER DELETE ON archive_imports BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = OLD.group_id;
END;
CREATE TRIGGER page_versions_archived_members_insert AFTER INSERT ON archived_members BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = NEW.group_id;
END;
CREATE TRIGGER page_versions_archived_members_update AFTER UPDATE ON archived_members BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id IN (OLD.group_id, NEW.group_id);
END;
CREATE TRIGGER page_versions_archived_members_delete AFTER DELETE ON archived_members BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = OLD.group_id;
END;
CREATE TRIGGER page_versions_adoption_requests_insert AFTER INSERT ON adoption_requests BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = NEW.group_id;
END;
CREATE TRIGGER page_versions_adoption_requests_update AFTER UPDATE ON adoption_requests BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id IN (OLD.group_id, NEW.group_id);
END;
CREATE TRIGGER page_versions_adoption_requests_delete AFTER DELETE ON adoption_requests BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id = OLD.group_id;
END;
CREATE TRIGGER page_versions_event_hosts_insert AFTER INSERT ON event_hosts BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER page_versions_event_hosts_update AFTER UPDATE ON event_hosts BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id IN (SELECT group_id FROM events WHERE id IN (OLD.event_id, NEW.event_id));
END;
CREATE TRIGGER page_versions_event_hosts_delete AFTER DELETE ON event_hosts BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = OLD.event_id);
END;
CREATE TRIGGER page_versions_rsvps_insert AFTER INSERT ON rsvps BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER page_versions_rsvps_update AFTER UPDATE ON rsvps BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id IN (SELECT group_id FROM events WHERE id IN (OLD.event_id, NEW.event_id));
END;
CREATE TRIGGER page_versions_rsvps_delete AFTER DELETE ON rsvps BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = OLD.event_id);
END;
CREATE TRIGGER page_versions_talks_insert AFTER INSERT ON talks BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER page_versions_talks_update AFTER UPDATE ON talks BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id IN (SELECT group_id FROM events WHERE id IN (OLD.event_id, NEW.event_id));
END;
CREATE TRIGGER page_versions_talks_delete AFTER DELETE ON talks BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = OLD.event_id);
END;
CREATE TRIGGER page_versions_comments_insert AFTER INSERT ON comments BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER page_versions_comments_update AFTER UPDATE ON comments BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id IN (SELECT group_id FROM events WHERE id IN (OLD.event_id, NEW.event_id));
END;
CREATE TRIGGER page_versions_comments_delete AFTER DELETE ON comments BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = OLD.event_id);
END;
CREATE TRIGGER page_versions_placeholder_rsvps_insert AFTER INSERT ON placeholder_rsvps BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER page_versions_placeholder_rsvps_update AFTER UPDATE ON placeholder_rsvps BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id IN (SELECT group_id FROM events WHERE id IN (OLD.event_id, NEW.event_id));
END;
CREATE TRIGGER page_versions_placeholder_rsvps_delete AFTER DELETE ON placeholder_rsvps BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = OLD.event_id);
END;
CREATE TRIGGER page_versions_archived_event_history_insert AFTER INSERT ON archived_event_history BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER page_versions_archived_event_history_update AFTER UPDATE ON archived_event_history BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id IN (SELECT group_id FROM events WHERE id IN (OLD.event_id, NEW.event_id));
END;
CREATE TRIGGER page_versions_archived_event_history_delete AFTER DELETE ON archived_event_history BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = OLD.event_id);
END;
CREATE TRIGGER page_versions_archived_attendance_insert AFTER INSERT ON archived_attendance BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER page_versions_archived_attendance_update AFTER UPDATE ON archived_attendance BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id IN (SELECT group_id FROM events WHERE id IN (OLD.event_id, NEW.event_id));
END;
CREATE TRIGGER page_versions_archived_attendance_delete AFTER DELETE ON archived_attendance BEGIN
    UPDATE page_versions SET version = version + 1
    WHERE group_id = (SELECT group_id FROM events WHERE id = OLD.event_id);
END;
-- A person's name is shown wherever they take part.
CREATE TRIGGER page_versions_users_update AFTER UPDATE OF display_name, deleted_at ON users
WHEN OLD.display_name IS NOT NEW.display_name OR OLD.deleted_at IS NOT NEW.deleted_at BEGIN
    UPDATE page_versions SET version = version + 1 WHERE group_id IN (
        SELECT group_id FROM memberships WHERE user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN rsvps r ON r.event_id = e.id WHERE r.user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN comments c ON c.event_id = e.id WHERE c.user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN event_hosts h ON h.event_id = e.id WHERE h.user_id = NEW.id
        UNION SELECT e.group_id FROM events e JOIN talks t ON t.event_id = e.id WHERE t.speaker_user_id = NEW.id);
END;

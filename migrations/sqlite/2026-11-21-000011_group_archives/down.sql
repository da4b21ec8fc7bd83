DROP TABLE archived_attendance;
DROP TABLE archived_event_history;
DROP TABLE archived_members;
DROP TABLE archive_imports;
ALTER TABLE memberships DROP COLUMN in_archive;

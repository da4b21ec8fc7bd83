DROP INDEX events_status_starts_id;
CREATE INDEX events_status_starts ON events (status, starts_at);

-- Events imported from iCalendar files and URLs (issue 8).

-- Each imported event's UID in its source calendar, per group, so importing the same calendar
-- again updates the event it created before instead of adding it twice. `fingerprint` is a
-- digest of the VEVENT as last imported: an unchanged VEVENT leaves the event alone (edits
-- organizers made in Muster since are kept), a changed one updates it in place.
CREATE TABLE event_imports (
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    source_uid TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    PRIMARY KEY (group_id, source_uid)
);
CREATE INDEX event_imports_event ON event_imports (event_id);

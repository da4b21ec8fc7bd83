-- Who's going, in the order they said yes (issue 17): the event page lists the first 48 of
-- them. With this index the list is read in order and stops at 48, instead of sorting every
-- answer of a popular event on each view.
CREATE INDEX rsvps_event_status_created ON rsvps (event_id, status, created_at, id);
-- A change of a person's name raises the page version of every group where they take part
-- (migration page_versions): their comments, hosting and talks are found by these.
CREATE INDEX comments_user ON comments (user_id);
CREATE INDEX event_hosts_user ON event_hosts (user_id);
CREATE INDEX talks_speaker_user ON talks (speaker_user_id);

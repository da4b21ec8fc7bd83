-- Who's going, in the order they said yes (issue 17): the event page lists the first 48 of
-- them. With this index the list is read in order and stops at 48, instead of sorting every
-- answer of a popular event on each view.
CREATE INDEX rsvps_event_status_created ON rsvps (event_id, status, created_at, id);

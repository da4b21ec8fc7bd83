-- Upcoming public meetups, soonest first (the home page, issue 17): the list is ordered by
-- start and then id. With the id in the index the list is read in that order and stops at the
-- twentieth, instead of sorting every upcoming event of the instance on each view.
DROP INDEX events_status_starts;
CREATE INDEX events_status_starts_id ON events (status, starts_at, id);

DROP TABLE comments;
DROP TABLE talks;
DROP TABLE rsvps;
DROP TABLE event_hosts;
DROP TABLE events;
DROP TABLE event_series;
DROP TABLE venues;

DROP TABLE placeholder_rsvps;
DROP TABLE placeholder_members;

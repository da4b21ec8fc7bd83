-- Distance search (issue 20): the box around a place is found by index.
CREATE INDEX groups_place ON groups (latitude, longitude);

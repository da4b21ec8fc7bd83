DROP INDEX groups_place;

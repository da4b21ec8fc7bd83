DROP TRIGGER page_versions_photos_delete;
DROP TRIGGER page_versions_photos_update;
DROP TRIGGER page_versions_photos_insert;
DROP TABLE photo_reports;
DROP TABLE photos;

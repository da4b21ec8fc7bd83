DROP TRIGGER page_versions_photos ON photos;
DROP TABLE photo_reports;
DROP TABLE photos;

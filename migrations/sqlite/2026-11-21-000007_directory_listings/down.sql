DROP TABLE group_listings;
ALTER TABLE groups DROP COLUMN listing_source;

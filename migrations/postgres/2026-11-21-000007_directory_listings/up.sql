-- Directory listings imported from elsewhere (issue 8).

-- Where an entry came from: '' for a group created on Muster, 'wiki' for the python.org
-- LocalUserGroups page. An imported entry with no members yet is "unclaimed".
ALTER TABLE groups ADD COLUMN listing_source TEXT NOT NULL DEFAULT '';

-- Each imported entry's key in its source, so importing the same source again updates the
-- entry instead of adding it twice.
CREATE TABLE group_listings (
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    imported_at TIMESTAMP NOT NULL,
    PRIMARY KEY (source, source_key)
);
CREATE INDEX group_listings_group ON group_listings (group_id);

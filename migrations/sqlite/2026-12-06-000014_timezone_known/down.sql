ALTER TABLE users DROP COLUMN timezone_known;

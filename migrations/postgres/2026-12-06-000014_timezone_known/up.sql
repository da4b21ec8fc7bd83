-- Whether a person's time zone is known (issue 16): chosen in their profile, or taken from the
-- browser at sign-up. Until it is, pages show times in the event's zone only and never claim
-- "in your time zone (UTC)". Accounts that already chose a zone other than the default keep it.
ALTER TABLE users ADD COLUMN timezone_known BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE users SET timezone_known = TRUE WHERE timezone <> 'UTC';

-- Languages (issue 21). A person's language, chosen in account settings or taken from the
-- sign-up request; NULL until known (pages then follow the browser). A group's language marks
-- what its organizers write (descriptions, events) with its own `lang`; NULL is unknown.
ALTER TABLE users ADD COLUMN locale TEXT;
ALTER TABLE groups ADD COLUMN language TEXT;

-- Adoption that sticks (issue 22). A group an adoption was approved for is active again from
-- that moment, whenever its last event was: `revived_at` is when its quiet ended.
ALTER TABLE groups ADD COLUMN revived_at TIMESTAMP;
-- A refused request holds for that person and group for a while, unless the organizers lift
-- the refusal: then they may ask again at once.
ALTER TABLE adoption_requests ADD COLUMN refusal_lifted_at TIMESTAMP;

ALTER TABLE adoption_requests DROP COLUMN refusal_lifted_at;
ALTER TABLE groups DROP COLUMN revived_at;

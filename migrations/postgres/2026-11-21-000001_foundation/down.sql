DROP TABLE email_outbox;
DROP TABLE instance_settings;

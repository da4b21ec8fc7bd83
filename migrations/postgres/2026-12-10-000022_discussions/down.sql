DELETE FROM email_links WHERE purpose = 'unfollow';
ALTER TABLE email_links DROP COLUMN thread_id;
ALTER TABLE email_links DROP CONSTRAINT email_links_purpose_check;
ALTER TABLE email_links ADD CONSTRAINT email_links_purpose_check
    CHECK (purpose IN ('unsubscribe', 'still_coming', 'cant_make_it'));
ALTER TABLE notification_prefs DROP COLUMN discussions;
ALTER TABLE groups DROP COLUMN threads_by_organizers;
DROP TABLE thread_followers;
DROP TABLE thread_replies;
DROP TABLE threads;

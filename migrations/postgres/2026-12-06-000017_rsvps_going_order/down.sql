DROP INDEX talks_speaker_user;
DROP INDEX event_hosts_user;
DROP INDEX comments_user;
DROP INDEX rsvps_event_status_created;

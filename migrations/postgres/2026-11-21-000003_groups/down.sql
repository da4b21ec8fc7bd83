DROP TABLE group_audit_log;
DROP TABLE conduct_reports;
DROP TABLE group_invitations;
DROP TABLE conduct_versions;
DROP TABLE memberships;
DROP TABLE group_topics;
DROP TABLE groups;
DROP TABLE images;

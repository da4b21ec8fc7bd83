//! What a group's audit log records: one [`AuditAction`] per kind of step, so the log, its
//! readers and the code that writes it agree on the names.

use crate::stored::text_enum;

text_enum!(
    /// A step written to a group's audit log.
    AuditAction {
        GroupCreated = "group_created",
        SettingsChanged = "settings_changed",
        LogoChanged = "logo_changed",
        RemindersChanged = "reminders_changed",
        GroupDeleted = "group_deleted",
        GroupRestored = "group_restored",
        OwnershipTransferred = "ownership_transferred",
        ConductUpdated = "conduct_updated",
        ReportHandled = "report_handled",
        MemberJoined = "member_joined",
        JoinRequested = "join_requested",
        RequestApproved = "request_approved",
        RequestDeclined = "request_declined",
        MemberInvited = "member_invited",
        InvitationAccepted = "invitation_accepted",
        MemberLeft = "member_left",
        MemberRemoved = "member_removed",
        MemberBanned = "member_banned",
        MemberUnbanned = "member_unbanned",
        RoleChanged = "role_changed",
        OrganizerAdded = "organizer_added",
        EventDrafted = "event_drafted",
        EventCreated = "event_created",
        EventChanged = "event_changed",
        EventPublished = "event_published",
        EventCancelled = "event_cancelled",
        SeriesCreated = "series_created",
        RsvpChanged = "rsvp_changed",
        CommentRemoved = "comment_removed",
        PhotoRemoved = "photo_removed",
        PhotoKept = "photo_kept",
        ThreadRemoved = "thread_removed",
        ReplyRemoved = "reply_removed",
        ThreadModerated = "thread_moderated",
        MessageSent = "message_sent",
        EventsImported = "events_imported",
        ArchiveImported = "archive_imported",
        ListingImported = "listing_imported",
        ListingUpdated = "listing_updated",
        MeetupMembersImported = "meetup_members_imported",
        MeetupAttendeesImported = "meetup_attendees_imported",
        MeetupClaimLinksIssued = "meetup_claim_links_issued",
        MeetupClaimLinkIssued = "meetup_claim_link_issued",
        MeetupPlaceholderClaimed = "meetup_placeholder_claimed",
        AdoptionRequested = "adoption_requested",
        AdoptionOrganizerNotified = "adoption_organizer_notified",
        AdoptionWithdrawn = "adoption_withdrawn",
        AdoptionRefused = "adoption_refused",
        AdoptionRefusalLifted = "adoption_refusal_lifted",
        AdoptionApproved = "adoption_approved",
        AdoptionRejected = "adoption_rejected",
        AdoptionClosed = "adoption_closed",
    },
    "Not an audit action.",
    "an audit action"
);

impl AuditAction {
    /// How the log page words it: "member joined".
    pub fn label(self) -> String {
        self.as_str().replace('_', " ")
    }
}

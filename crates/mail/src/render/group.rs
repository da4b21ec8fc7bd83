//! The emails about joining, moderating and adopting a group, and organizers' messages to its
//! members.

use super::{Common, Email, Rendering, View, email, misrouted};
use crate::MailMessage;

templates! {
    GroupInvitation => "group_invitation.txt", "group_invitation.html";
    MembershipApproved => "membership_approved.txt", "membership_approved.html";
    ConductReport => "conduct_report.txt", "conduct_report.html";
    OrganizerMessage => "organizer_message.txt", "organizer_message.html";
    ThreadReplies => "thread_replies.txt", "thread_replies.html";
    JoinRequest => "join_request.txt", "join_request.html";
    AdoptionRequested => "adoption_requested.txt", "adoption_requested.html";
    AdoptionDecided => "adoption_decided.txt", "adoption_decided.html";
    AdoptionApproved => "adoption_approved.txt", "adoption_approved.html";
}

/// An invitation to join a group; the minted link accepts it.
pub(super) fn invitation(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::GroupInvitation {
        group_name,
        inviter_name,
    } = message
    else {
        return Err(misrouted(message));
    };
    let v = View {
        group_name,
        other_name: inviter_name,
        ..c.view(c.page("/"))
    };
    let subject = c.subject("email-invitation-subject", &[("group", group_name)]);
    email::<GroupInvitation>(subject, &v)
}

/// A join request was approved: the link is the group's page.
pub(super) fn membership_approved(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::MembershipApproved {
        name,
        group_name,
        group_slug,
    } = message
    else {
        return Err(misrouted(message));
    };
    let v = View {
        name,
        group_name,
        ..c.view(c.group_page(group_slug, ""))
    };
    let subject = c.subject(
        "email-membership-approved-subject",
        &[("group", group_name)],
    );
    email::<MembershipApproved>(subject, &v)
}

/// A conduct report, to the people who moderate the group: the link is its reports.
pub(super) fn conduct_report(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::ConductReport {
        group_name,
        group_slug,
        reporter_name,
        about,
        text,
    } = message
    else {
        return Err(misrouted(message));
    };
    let v = View {
        group_name,
        other_name: reporter_name,
        about,
        body: text,
        ..c.view(c.group_page(group_slug, "/settings/reports"))
    };
    let subject = c.subject("email-conduct-subject", &[("group", group_name)]);
    email::<ConductReport>(subject, &v)
}

/// A join request, to the group's organizers: the link is its members page.
pub(super) fn join_request(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::JoinRequest {
        group_name,
        group_slug,
        requester_name,
    } = message
    else {
        return Err(misrouted(message));
    };
    let page = c.group_page(group_slug, "/settings/members");
    let v = View {
        other_name: requester_name,
        ..c.group_view(group_name, group_slug, page)
    };
    let subject = c.subject(
        "email-join-request-subject",
        &[("requester", requester_name), ("group", group_name)],
    );
    email::<JoinRequest>(subject, &v)
}

/// A request to adopt the group, to its organizers: the link is the adoption page, and `when`
/// the last day they may refuse.
pub(super) fn adoption_requested(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::AdoptionRequested {
        group_name,
        group_slug,
        requester_name,
        message: text,
        until,
    } = message
    else {
        return Err(misrouted(message));
    };
    let v = View {
        group_name,
        other_name: requester_name,
        body: text,
        when: until,
        ..c.view(c.group_page(group_slug, "/settings/adoption"))
    };
    let subject = c.subject(
        "email-adoption-requested-subject",
        &[("requester", requester_name), ("group", group_name)],
    );
    email::<AdoptionRequested>(subject, &v)
}

/// What became of a request to adopt a group, to the person who asked.
pub(super) fn adoption_decided(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::AdoptionDecided {
        name,
        group_name,
        group_slug,
        outcome,
        reason,
    } = message
    else {
        return Err(misrouted(message));
    };
    let v = View {
        name,
        group_name,
        outcome,
        body: reason,
        ..c.view(c.group_page(group_slug, ""))
    };
    let subject = match outcome.as_str() {
        "approved" => c.subject("email-adoption-approved-subject", &[("group", group_name)]),
        _ => c.subject("email-adoption-declined-subject", &[("group", group_name)]),
    };
    email::<AdoptionDecided>(subject, &v)
}

/// To the group's other organizers: someone adopted the group with them.
pub(super) fn adoption_approved(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::AdoptionApproved {
        name,
        group_name,
        group_slug,
        adopter_name,
    } = message
    else {
        return Err(misrouted(message));
    };
    let v = View {
        name,
        group_name,
        other_name: adopter_name,
        ..c.view(c.group_page(group_slug, "/settings"))
    };
    let subject = c.subject(
        "email-co-organizer-subject",
        &[("adopter", adopter_name), ("group", group_name)],
    );
    email::<AdoptionApproved>(subject, &v)
}

/// An organizer's message to members: the link is the event it is about, or the group.
pub(super) fn organizer_message(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::OrganizerMessage {
        name,
        group_name,
        group_slug,
        sender_name,
        subject,
        body,
        event,
    } = message
    else {
        return Err(misrouted(message));
    };
    let (event_title, page) = match event {
        Some((title, path)) => (title.as_str(), c.page(path)),
        None => ("", c.group_page(group_slug, "")),
    };
    let v = View {
        name,
        other_name: sender_name,
        subject,
        body,
        event_title,
        ..c.group_view(group_name, group_slug, page)
    };
    let subject = format!("[{group_name}] {subject}");
    email::<OrganizerMessage>(subject, &v)
}

/// New replies in a thread the person follows: the link is the thread.
pub(super) fn thread_replies(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::ThreadReplies {
        name,
        group_name,
        group_slug,
        thread_title,
        thread_path,
        replies,
        more,
    } = message
    else {
        return Err(misrouted(message));
    };
    let v = View {
        name,
        subject: thread_title,
        replies,
        more: *more,
        ..c.group_view(group_name, group_slug, c.page(thread_path))
    };
    let count = i64::try_from(replies.len())
        .unwrap_or(i64::MAX)
        .saturating_add(*more);
    let subject = c.subject(
        "email-thread-replies-subject",
        &[
            ("count", &count),
            ("title", thread_title),
            ("group", group_name),
        ],
    );
    email::<ThreadReplies>(subject, &v)
}

//! Every email, rendered in full and compared with the snapshot `snapshots/emails.txt`.
//!
//! The snapshot pins the exact subject, text and HTML of each `MailMessage` variant (and of the
//! variants' optional parts), each with every minted link and with none, so a change to
//! `render` or a template shows up here as a diff. When a template changes on purpose,
//! rewrite the snapshot with `MUSTER_UPDATE_SNAPSHOTS=1 cargo nextest run -p muster-mail` and
//! review the diff.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;

use muster_i18n::Locale;
use muster_mail::{Links, MailMessage, RenderContext, render};

const SNAPSHOT: &str = "tests/snapshots/emails.txt";

/// Values that need escaping in HTML, so the snapshot shows each part escapes (or not) as now.
fn ctx() -> RenderContext {
    RenderContext {
        instance_name: "PyLeeds <Meetups> & Co".into(),
        base_url: "https://meetups.example.org".into(),
        locale: Locale::En,
    }
}

fn all_links() -> Links {
    Links {
        primary: Some("https://meetups.example.org/minted?t=abc&u=1".into()),
        unsubscribe: Some("https://meetups.example.org/unsubscribe/u1".into()),
        still_coming: Some("https://meetups.example.org/rsvp/yes1".into()),
        cant_make_it: Some("https://meetups.example.org/rsvp/no1".into()),
        unfollow: Some("https://meetups.example.org/unsubscribe/f1".into()),
    }
}

const NAME: &str = "Ada \"Countess\" <Lovelace>";
const GROUP: &str = "Py & Leeds";
const SLUG: &str = "pyleeds";
const TITLE: &str = "December <meetup>";
const WHEN: &str = "Wed 16 Dec 2026, 18:30 GMT";
const PLACE: &str = "Leeds Library, 1 Main St";
const PATH: &str = "/g/pyleeds/events/0192";

fn s(text: &str) -> String {
    text.to_owned()
}

fn account_messages() -> Vec<(&'static str, MailMessage)> {
    vec![
        ("verify_email", MailMessage::VerifyEmail { name: s(NAME) }),
        (
            "password_reset",
            MailMessage::PasswordReset { name: s(NAME) },
        ),
        ("password_reset_unknown", MailMessage::PasswordResetUnknown),
        (
            "signup_existing",
            MailMessage::SignupExisting { name: s(NAME) },
        ),
        (
            "confirm_email_change",
            MailMessage::ConfirmEmailChange {
                name: s(NAME),
                new_email: s("ada+new@example.org"),
            },
        ),
        (
            "email_change_requested",
            MailMessage::EmailChangeRequested {
                name: s(NAME),
                new_email: s("ada+new@example.org"),
            },
        ),
        (
            "password_changed",
            MailMessage::PasswordChanged { name: s(NAME) },
        ),
        ("address_in_use", MailMessage::AddressInUse),
    ]
}

fn group_messages() -> Vec<(&'static str, MailMessage)> {
    let conduct = |about: &str| MailMessage::ConductReport {
        group_name: s(GROUP),
        group_slug: s(SLUG),
        reporter_name: s("Bea <reporter>"),
        about: s(about),
        text: s("What happened:\n<b>shouting</b> & pushing."),
    };
    let adoption = |message: &str| MailMessage::AdoptionRequested {
        group_name: s(GROUP),
        group_slug: s(SLUG),
        requester_name: s("Cy <adopter>"),
        message: s(message),
        until: s("Sat 19 Dec 2026"),
    };
    let decided = |outcome: &str, reason: &str| MailMessage::AdoptionDecided {
        name: s(NAME),
        group_name: s(GROUP),
        group_slug: s(SLUG),
        outcome: s(outcome),
        reason: s(reason),
    };
    vec![
        (
            "group_invitation",
            MailMessage::GroupInvitation {
                group_name: s(GROUP),
                inviter_name: s("Olu & friends"),
            },
        ),
        (
            "membership_approved",
            MailMessage::MembershipApproved {
                name: s(NAME),
                group_name: s(GROUP),
                group_slug: s(SLUG),
            },
        ),
        ("conduct_report", conduct("Dan <D>")),
        ("conduct_report/about empty", conduct("")),
        (
            "join_request",
            MailMessage::JoinRequest {
                group_name: s(GROUP),
                group_slug: s(SLUG),
                requester_name: s("Eve <joiner>"),
            },
        ),
        ("adoption_requested", adoption("I'd like to <restart> it.")),
        ("adoption_requested/no message", adoption("")),
        ("adoption_decided/approved", decided("approved", "")),
        (
            "adoption_approved",
            MailMessage::AdoptionApproved {
                name: s(NAME),
                group_name: s(GROUP),
                group_slug: s(SLUG),
                adopter_name: s("Cy <adopter>"),
            },
        ),
        (
            "adoption_decided/refused",
            decided("refused", "We are <still> here."),
        ),
        (
            "adoption_decided/rejected",
            decided("rejected", "Too soon & too few."),
        ),
    ]
}

fn event_messages() -> Vec<(&'static str, MailMessage)> {
    let announcement = |summary: &str| MailMessage::EventAnnouncement {
        name: s(NAME),
        group_name: s(GROUP),
        group_slug: s(SLUG),
        event_title: s(TITLE),
        when: s(WHEN),
        place: s(PLACE),
        summary: s(summary),
        event_path: s(PATH),
    };
    let confirmed = |waitlist_position: Option<i64>| MailMessage::RsvpConfirmed {
        name: s(NAME),
        group_name: s(GROUP),
        group_slug: s(SLUG),
        event_title: s(TITLE),
        when: s(WHEN),
        place: s("Online"),
        event_path: s(PATH),
        waitlist_position,
    };
    let changed = |previously: Option<&str>| MailMessage::EventChanged {
        name: s(NAME),
        group_name: s(GROUP),
        group_slug: s(SLUG),
        event_title: s(TITLE),
        when: s("Thu 17 Dec 2026, 19:00 GMT"),
        place: s(PLACE),
        event_path: s(PATH),
        previously: previously.map(s),
        previous_title: None,
        previous_place: None,
    };
    let renamed_and_moved = MailMessage::EventChanged {
        name: s(NAME),
        group_name: s(GROUP),
        group_slug: s(SLUG),
        event_title: s("December <social>"),
        when: s("Thu 17 Dec 2026, 19:00 GMT"),
        place: s(""),
        event_path: s(PATH),
        previously: None,
        previous_title: Some(s(TITLE)),
        previous_place: Some(s(PLACE)),
    };
    let cancelled = |reason: &str| MailMessage::EventCancelled {
        name: s(NAME),
        group_name: s(GROUP),
        group_slug: s(SLUG),
        event_title: s(TITLE),
        when: s(WHEN),
        reason: s(reason),
        event_path: s(PATH),
    };
    vec![
        (
            "waitlist_promoted",
            MailMessage::WaitlistPromoted {
                name: s(NAME),
                group_name: s(GROUP),
                event_title: s(TITLE),
                when: s(WHEN),
                event_path: s(PATH),
                place: s(PLACE),
                online_url: s("https://meet.example.org/py?x=1&y=<2>"),
            },
        ),
        (
            "event_announcement",
            announcement("Talks & <pizza>.\nBring a laptop."),
        ),
        ("event_announcement/no summary", announcement("")),
        ("rsvp_confirmed/going", confirmed(None)),
        ("rsvp_confirmed/waitlist", confirmed(Some(3))),
        (
            "event_reminder",
            MailMessage::EventReminder {
                name: s(NAME),
                group_name: s(GROUP),
                group_slug: s(SLUG),
                event_title: s(TITLE),
                when: s(WHEN),
                place: s(PLACE),
                event_path: s(PATH),
                lead: s("1 day"),
            },
        ),
        (
            "event_reminder/no place",
            MailMessage::EventReminder {
                name: s(NAME),
                group_name: s(GROUP),
                group_slug: s(SLUG),
                event_title: s(TITLE),
                when: s(WHEN),
                place: s(""),
                event_path: s(PATH),
                lead: s("1 day"),
            },
        ),
        ("event_changed/moved", changed(Some(WHEN))),
        ("event_changed/place only", changed(None)),
        ("event_changed/renamed, no place now", renamed_and_moved),
        ("event_cancelled", cancelled("Snow & <ice>.")),
        ("event_cancelled/no reason", cancelled("")),
    ]
}

fn message_messages() -> Vec<(&'static str, MailMessage)> {
    let message = |event: Option<(&str, &str)>| MailMessage::OrganizerMessage {
        name: s(NAME),
        group_name: s(GROUP),
        group_slug: s(SLUG),
        sender_name: s("Olu <organizer>"),
        subject: s("Bring <laptops> & chargers"),
        body: s("Hello all,\nbring a laptop & a charger."),
        event: event.map(|(title, path)| (s(title), s(path))),
    };
    vec![
        ("organizer_message/group", message(None)),
        ("organizer_message/event", message(Some((TITLE, PATH)))),
        (
            "thread_replies/one",
            MailMessage::ThreadReplies {
                name: s(NAME),
                group_name: s(GROUP),
                group_slug: s(SLUG),
                thread_title: s("Hack <night>?"),
                thread_path: s("/g/pyleeds/discussions/0193"),
                replies: vec![(s("Carol <c>"), s("I am in & bring *snacks*."))],
                more: 0,
            },
        ),
        (
            "thread_replies/more",
            MailMessage::ThreadReplies {
                name: s(NAME),
                group_name: s(GROUP),
                group_slug: s(SLUG),
                thread_title: s("Hack <night>?"),
                thread_path: s("/g/pyleeds/discussions/0193"),
                replies: vec![(s("Carol"), s("Room 2.")), (s("Olu"), s("Booked."))],
                more: 3,
            },
        ),
    ]
}

fn every_message() -> Vec<(&'static str, MailMessage)> {
    let mut all = account_messages();
    all.extend(group_messages());
    all.extend(event_messages());
    all.extend(message_messages());
    all
}

/// The whole snapshot: every message, with every link and with none.
fn render_all() -> String {
    let mut out = String::new();
    for (label, message) in every_message() {
        for (links_label, links) in [("all links", all_links()), ("no links", Links::default())] {
            let r = render(&message, &ctx(), &links).unwrap();
            write!(
                out,
                "===== {label} ({links_label})\nSubject: {}\n----- text\n{}\n----- html\n{}\n",
                r.subject, r.text, r.html
            )
            .unwrap();
        }
    }
    out
}

/// The snapshot split into its cases, so a failure names the case that changed.
fn cases(text: &str) -> Vec<&str> {
    text.split("===== ").collect()
}

#[test]
fn every_message_renders_exactly_as_the_snapshot() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SNAPSHOT);
    let rendered = render_all();
    if std::env::var_os("MUSTER_UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &rendered).expect("write the snapshot");
    }
    let expected =
        std::fs::read_to_string(&path).expect("the snapshot (MUSTER_UPDATE_SNAPSHOTS=1 writes it)");
    let (got, want) = (cases(&rendered), cases(&expected));
    for (got, want) in got.iter().zip(&want) {
        assert_eq!(got, want);
    }
    assert_eq!(got.len(), want.len(), "the number of cases changed");
}

/// With a plain instance name too, every message has a subject, a text part that names the
/// instance and a whole HTML document.
#[test]
fn every_message_renders() {
    let ctx = RenderContext {
        instance_name: "PyLeeds Meetups".into(),
        base_url: "https://meetups.example.org".into(),
        locale: Locale::En,
    };
    let links = Links {
        primary: Some("https://meetups.example.org/x".into()),
        ..Links::default()
    };
    for (label, message) in every_message() {
        let r = render(&message, &ctx, &links).unwrap();
        assert!(
            !r.subject.is_empty() && !r.text.is_empty() && r.html.contains("</html>"),
            "{label}"
        );
        assert!(r.text.contains("PyLeeds Meetups"), "{label}: {}", r.text);
    }
}

#[test]
fn the_snapshot_covers_every_kind() {
    let kinds: std::collections::BTreeSet<&str> =
        every_message().iter().map(|(_, m)| m.kind()).collect();
    assert_eq!(kinds.len(), 23, "{kinds:?}");
}

/// The event reminder, rendered for a recipient in `locale`.
fn reminder_in(locale: Locale) -> muster_mail::Rendered {
    let ctx = RenderContext { locale, ..ctx() };
    let reminder = event_messages()
        .into_iter()
        .find(|(label, _)| *label == "event_reminder")
        .map(|(_, message)| message)
        .unwrap();
    render(&reminder, &ctx, &all_links()).unwrap()
}

/// A recipient who reads Chinese (Taiwan) or German gets the reminder in their language:
/// subject, text and HTML, with the organizers' words as they wrote them.
#[test]
fn a_reminder_speaks_the_recipients_language() {
    let english = [
        "Reminder:",
        "and you're going",
        "Still coming",
        "Can't make it",
        "When:",
    ];

    let zh = reminder_in(Locale::ZhTw);
    assert!(zh.subject.starts_with("提醒："), "{}", zh.subject);
    assert!(zh.subject.contains(TITLE), "{}", zh.subject);
    assert!(
        zh.text.contains("您報名的 December <meetup>（Py & Leeds）"),
        "{}",
        zh.text
    );
    assert!(zh.text.contains("時間：  Wed 16 Dec 2026"), "{}", zh.text);
    assert!(zh.text.contains("候補名單"), "{}", zh.text);
    assert!(zh.html.contains("<html lang=\"zh-TW\">"), "{}", zh.html);
    assert!(zh.html.contains(">我無法出席</a>"), "{}", zh.html);
    for words in english {
        for part in [&zh.subject, &zh.text, &zh.html] {
            assert!(!part.contains(words), "{words:?} in {part}");
        }
    }

    let de = reminder_in(Locale::De);
    assert!(de.subject.starts_with("Erinnerung: "), "{}", de.subject);
    assert!(de.text.contains("und Sie sind dabei."), "{}", de.text);
    assert!(de.text.contains("Wann:  Wed 16 Dec 2026"), "{}", de.text);
    assert!(de.text.contains("Sie können nicht kommen?"), "{}", de.text);
    assert!(de.html.contains("<html lang=\"de\">"), "{}", de.html);
    // Values are still escaped inside translated sentences with markup.
    assert!(
        de.html
            .contains("<strong>December &#60;meetup&#62;</strong> (Py &#38; Leeds)"),
        "{}",
        de.html
    );
    for words in english {
        for part in [&de.subject, &de.text, &de.html] {
            assert!(!part.contains(words), "{words:?} in {part}");
        }
    }
}

/// Every kind of email, in every shipped language, with and without links: no message key
/// is left unresolved (a key the catalogue lacks comes out as itself).
#[test]
fn every_message_renders_in_every_language() {
    for locale in Locale::SHIPPED {
        let ctx = RenderContext { locale, ..ctx() };
        for (label, message) in every_message() {
            for links in [all_links(), Links::default()] {
                let r = render(&message, &ctx, &links).unwrap();
                for part in [&r.subject, &r.text, &r.html] {
                    assert!(
                        !part.contains("email-"),
                        "{label} in {locale}: an unresolved key in {part}"
                    );
                }
                assert!(
                    r.html
                        .contains(&format!("<html lang=\"{}\">", locale.tag())),
                    "{label} in {locale}"
                );
                if locale != Locale::En {
                    let english = render(
                        &message,
                        &RenderContext {
                            locale: Locale::En,
                            ..ctx.clone()
                        },
                        &links,
                    )
                    .unwrap();
                    assert_ne!(r.text, english.text, "{label} in {locale}");
                }
            }
        }
    }
}

//! Rendering a [`MailMessage`] into subject, text and HTML with the templates in
//! `frontend/emails/`.
//!
//! [`render`] hands each kind of message to the function that renders it, by family:
//! [`account`] (a person's account), [`group`] (joining, moderating and adopting a group, and
//! organizers' messages) and [`event`] (one event of a group). Each fills a [`View`] with what
//! its templates show, starting from the helpers of [`Common`], and names its subject.

use muster_i18n::{Locale, ToArg};

use crate::MailMessage;

/// Instance-wide values every email shows.
#[derive(Debug, Clone)]
pub struct RenderContext {
    pub instance_name: String,
    /// The public base URL, no trailing slash.
    pub base_url: String,
    /// The recipient's language.
    pub locale: muster_i18n::Locale,
}

/// A rendered email, ready to be assembled into MIME.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// What the templates can use. Each email fills what its templates show; the rest stay empty.
#[derive(Default)]
pub struct View<'a> {
    /// The recipient's language: every word of the templates comes from its catalogue.
    pub lang: Locale,
    pub instance_name: &'a str,
    pub base_url: &'a str,
    pub name: &'a str,
    /// The minted secret link, or the relevant page.
    pub link: String,
    pub new_email: &'a str,
    /// The group an email is about.
    pub group_name: &'a str,
    /// Someone else involved (the inviter, the reporter).
    pub other_name: &'a str,
    /// Who a conduct report is about.
    pub about: &'a str,
    /// A conduct report's text.
    pub body: &'a str,
    /// The event an email is about, and when it is.
    pub event_title: &'a str,
    pub when: &'a str,
    /// Where the event is, its previous time, how long until it starts, a subject line.
    pub place: &'a str,
    pub previously: &'a str,
    /// A changed event's title and place before the change (empty when unchanged).
    pub previous_title: &'a str,
    pub previous_place: String,
    /// An online event's meeting link, for people going.
    pub online_url: &'a str,
    pub lead: &'a str,
    pub subject: &'a str,
    /// A waitlist place ("3"), or empty.
    pub position: String,
    /// Group email: the code of conduct, the email settings page, the one-click links.
    pub conduct_link: String,
    pub settings_link: String,
    pub unsubscribe: &'a str,
    /// The catalogue's label of the topic a group email belongs to (empty for the others).
    pub topic_label: String,
    pub still_coming: &'a str,
    pub cant_make_it: &'a str,
    /// A thread email's "stop following this thread" link.
    pub unfollow: &'a str,
    /// A thread email's replies: author and text.
    pub replies: &'a [(String, String)],
    /// Replies a thread email leaves out.
    pub more: i64,
    /// What became of a request (`approved`, `refused`, `rejected`).
    pub outcome: &'a str,
}

/// An argument of a message in an HTML part, escaped the way askama escapes a value.
fn escaped<A: std::fmt::Display + ?Sized>(value: &A) -> String {
    askama::filters::escape(value, askama::filters::Html)
        .map(|safe| safe.to_string())
        .unwrap_or_default()
}

/// The catalogue's words for HTML parts, in the recipient's language (text parts call
/// `v.lang.t`…`t3`, where nothing is escaped): `h`…`h4` with `|safe`, the message trusted (it
/// may hold markup) and its arguments escaped the way askama escapes.
impl View<'_> {
    /// The message `key` for an HTML part (output it with `|safe`).
    pub fn h(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// The message `key` for an HTML part, its one argument escaped.
    pub fn h1<A: std::fmt::Display + ?Sized>(&self, key: &str, name: &str, value: &A) -> String {
        self.lang.t1(key, name, &escaped(value))
    }

    /// The message `key` for an HTML part, its two arguments escaped.
    pub fn h2<A: std::fmt::Display + ?Sized, B: std::fmt::Display + ?Sized>(
        &self,
        key: &str,
        n1: &str,
        v1: &A,
        n2: &str,
        v2: &B,
    ) -> String {
        self.lang.t2(key, n1, &escaped(v1), n2, &escaped(v2))
    }

    /// The message `key` for an HTML part, its three arguments escaped.
    #[allow(clippy::too_many_arguments)]
    pub fn h3<A, B, C>(
        &self,
        key: &str,
        n1: &str,
        v1: &A,
        n2: &str,
        v2: &B,
        n3: &str,
        v3: &C,
    ) -> String
    where
        A: std::fmt::Display + ?Sized,
        B: std::fmt::Display + ?Sized,
        C: std::fmt::Display + ?Sized,
    {
        self.lang
            .t3(key, n1, &escaped(v1), n2, &escaped(v2), n3, &escaped(v3))
    }

    /// The message `key` for an HTML part, its four arguments escaped.
    #[allow(clippy::too_many_arguments)]
    pub fn h4<A, B, C, D>(
        &self,
        key: &str,
        n1: &str,
        v1: &A,
        n2: &str,
        v2: &B,
        n3: &str,
        v3: &C,
        n4: &str,
        v4: &D,
    ) -> String
    where
        A: std::fmt::Display + ?Sized,
        B: std::fmt::Display + ?Sized,
        C: std::fmt::Display + ?Sized,
        D: std::fmt::Display + ?Sized,
    {
        let (v1, v2, v3, v4) = (escaped(v1), escaped(v2), escaped(v3), escaped(v4));
        muster_i18n::tr_args(
            self.lang,
            key,
            &[(n1, &v1), (n2, &v2), (n3, &v3), (n4, &v4)],
        )
    }
}

/// The secret links minted for one email (each empty when the email has none).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Links {
    /// The email's main link: a minted account or invitation link.
    pub primary: Option<String>,
    /// One-click unsubscribe from this kind of the group's email.
    pub unsubscribe: Option<String>,
    /// A reminder's "still coming" and "can't make it".
    pub still_coming: Option<String>,
    pub cant_make_it: Option<String>,
    /// A thread email's "stop following this thread" (also its `List-Unsubscribe`).
    pub unfollow: Option<String>,
}

/// The two templates of one kind of email: its plain-text part and its HTML part.
trait Email {
    fn parts(v: &View<'_>) -> Result<(String, String), askama::Error>;
}

/// Declares each `Kind` as the [`Email`] rendered with the two templates named (paths in
/// `frontend/emails/`).
macro_rules! templates {
    ($($kind:ident => $text:literal, $html:literal;)*) => {$(
        struct $kind;

        impl Email for $kind {
            fn parts(v: &View<'_>) -> Result<(String, String), askama::Error> {
                #[derive(askama::Template)]
                #[template(path = $text)]
                struct Text<'a> {
                    v: &'a View<'a>,
                }

                #[derive(askama::Template)]
                #[template(path = $html)]
                struct Html<'a> {
                    v: &'a View<'a>,
                }

                let text = askama::Template::render(&Text { v })?;
                Ok((text, askama::Template::render(&Html { v })?))
            }
        }
    )*};
}

mod account;
mod event;
mod group;

/// Renders `message` with the links minted for it.
pub fn render(
    message: &MailMessage,
    ctx: &RenderContext,
    links: &Links,
) -> Result<Rendered, askama::Error> {
    let c = Common {
        ctx,
        links,
        topic_label: message.topic().map_or_else(String::new, |topic| {
            muster_i18n::tr(ctx.locale, &format!("email-topic-{}", topic.as_str()))
        }),
    };
    match message {
        MailMessage::VerifyEmail { .. }
        | MailMessage::PasswordReset { .. }
        | MailMessage::PasswordResetUnknown
        | MailMessage::SignupExisting { .. }
        | MailMessage::ConfirmEmailChange { .. }
        | MailMessage::EmailChangeRequested { .. }
        | MailMessage::PasswordChanged { .. }
        | MailMessage::AddressInUse => account::render(&c, message),
        MailMessage::GroupInvitation { .. } => group::invitation(&c, message),
        MailMessage::MembershipApproved { .. } => group::membership_approved(&c, message),
        MailMessage::ConductReport { .. } => group::conduct_report(&c, message),
        MailMessage::JoinRequest { .. } => group::join_request(&c, message),
        MailMessage::AdoptionRequested { .. } => group::adoption_requested(&c, message),
        MailMessage::AdoptionDecided { .. } => group::adoption_decided(&c, message),
        MailMessage::AdoptionApproved { .. } => group::adoption_approved(&c, message),
        MailMessage::OrganizerMessage { .. } => group::organizer_message(&c, message),
        MailMessage::ThreadReplies { .. } => group::thread_replies(&c, message),
        MailMessage::WaitlistPromoted { .. } => event::waitlist_promoted(&c, message),
        MailMessage::EventAnnouncement { .. } => event::announcement(&c, message),
        MailMessage::RsvpConfirmed { .. } => event::rsvp_confirmed(&c, message),
        MailMessage::EventReminder { .. } => event::reminder(&c, message),
        MailMessage::EventChanged { .. } => event::changed(&c, message),
        MailMessage::EventCancelled { .. } => event::cancelled(&c, message),
    }
}

/// What every email shares: the instance, the links minted for it, and (for group email a
/// member can turn off) the label of its topic.
struct Common<'a> {
    ctx: &'a RenderContext,
    links: &'a Links,
    topic_label: String,
}

impl<'a> Common<'a> {
    fn instance(&self) -> &'a str {
        &self.ctx.instance_name
    }

    /// The recipient's language.
    fn lang(&self) -> Locale {
        self.ctx.locale
    }

    /// The subject `key` in the recipient's language, with its placeables.
    fn subject(&self, key: &str, args: &[(&str, &dyn ToArg)]) -> String {
        muster_i18n::tr_args(self.lang(), key, args)
    }

    /// A page of this instance.
    fn page(&self, path: &str) -> String {
        format!("{}{path}", self.ctx.base_url)
    }

    /// A page of the group `slug`: `path` is empty for its home page, or starts with a slash.
    fn group_page(&self, slug: &str, path: &str) -> String {
        self.page(&format!("/g/{slug}{path}"))
    }

    /// The view with only what every email shows; its link is the minted one, or `page` when
    /// none was minted.
    fn view(&self, page: String) -> View<'a> {
        View {
            lang: self.ctx.locale,
            instance_name: &self.ctx.instance_name,
            base_url: &self.ctx.base_url,
            link: self.links.primary.clone().unwrap_or(page),
            settings_link: self.page("/account/notifications"),
            unsubscribe: self.links.unsubscribe.as_deref().unwrap_or(""),
            topic_label: self.topic_label.clone(),
            still_coming: self.links.still_coming.as_deref().unwrap_or(""),
            cant_make_it: self.links.cant_make_it.as_deref().unwrap_or(""),
            unfollow: self.links.unfollow.as_deref().unwrap_or(""),
            ..View::default()
        }
    }

    /// The view of an email from the group `group_slug` to its people, with the group footer
    /// (which links to its code of conduct).
    fn group_view(&self, group_name: &'a str, group_slug: &str, page: String) -> View<'a> {
        View {
            group_name,
            conduct_link: self.group_page(group_slug, "/conduct"),
            ..self.view(page)
        }
    }
}

/// What rendering one email gives.
type Rendering = Result<Rendered, askama::Error>;

/// An email of kind `E` with `subject`: its two templates rendered with `v`.
fn email<E: Email>(subject: String, v: &View<'_>) -> Rendering {
    let (text, html) = E::parts(v)?;
    Ok(Rendered {
        subject,
        text,
        html,
    })
}

/// The error for a message handed to a function that renders another kind, which [`render`]
/// never does: an error like any other failure to render, rather than a panic.
fn misrouted(message: &MailMessage) -> askama::Error {
    askama::Error::custom(format!("no template for a {} email here", message.kind()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> RenderContext {
        RenderContext {
            instance_name: "PyLeeds Meetups".into(),
            base_url: "https://meetups.example.org".into(),
            locale: Locale::En,
        }
    }

    #[test]
    fn verification_email_carries_the_link_in_both_parts() {
        let link = "https://meetups.example.org/account/verify/abc123";
        let r = render(
            &MailMessage::VerifyEmail { name: "Ada".into() },
            &ctx(),
            &Links {
                primary: Some(link.to_owned()),
                ..Links::default()
            },
        )
        .unwrap();
        assert_eq!(r.subject, "Confirm your email address for PyLeeds Meetups");
        assert!(r.text.contains(link), "{}", r.text);
        assert!(r.text.contains("Hello Ada"), "{}", r.text);
        assert!(r.html.contains(&format!("href=\"{link}\"")), "{}", r.html);
    }

    #[test]
    fn html_parts_escape_user_values() {
        let r = render(
            &MailMessage::PasswordChanged {
                name: "<script>alert(1)</script>".into(),
            },
            &ctx(),
            &Links::default(),
        )
        .unwrap();
        assert!(!r.html.contains("<script>alert(1)"), "{}", r.html);
        assert!(
            r.html.contains("&#60;script&#62;") || r.html.contains("&lt;script&gt;"),
            "{}",
            r.html
        );
    }
}

//! What several group capabilities show: the header of every group page ([`GroupHeader`]) and
//! the JSON view of a group ([`GroupView`]).

use muster_app::groups::GroupAccess;
use muster_core::{Timestamp, id::UserId, policy::Action, roles::Capability};
use muster_db::{groups, memberships};
use muster_i18n::Locale;
use serde::Serialize;
use utoipa::ToSchema;

use crate::{error::AppError, state::AppState};

// ----------------------------------------------------------------------------- the page header

/// A day in `lang`: "16 Dec 2026" in English.
pub(super) fn day_in(lang: Locale, t: Timestamp) -> String {
    muster_i18n::dates::date_medium(lang, t.as_datetime().date_naive())
}

pub(super) fn place(city: &str, country: &str) -> String {
    match (city.is_empty(), country.is_empty()) {
        (false, false) => format!("{city}, {country}"),
        (false, true) => city.to_owned(),
        (true, false) => country.to_owned(),
        (true, true) => String::new(),
    }
}

pub(super) fn initial(name: &str) -> String {
    name.chars()
        .next()
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_default()
}

/// The group header every group page shows, with what the caller may do.
pub struct GroupHeader {
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub logo: String,
    pub initial: String,
    pub place: String,
    pub members: i32,
    pub private: bool,
    pub needs_conduct: bool,
    pub can_own: bool,
    pub can_manage: bool,
    pub can_moderate: bool,
    /// The tab to the group's numbers (those who run its events).
    pub can_see_numbers: bool,
    pub can_events: bool,
    /// The group has gone quiet (see `is_dormant`): [`GroupHeader::dormant_text`] says since
    /// when.
    pub dormant: bool,
    last_event_at: Option<Timestamp>,
    /// An entry imported into the directory (e.g. from the python.org wiki) that no organizer
    /// has taken on yet: where it came from (see [`GroupHeader::listing_source`]).
    pub unclaimed_listing: String,
    /// The group's own language (a BCP 47 tag) for what its organizers wrote, or "".
    pub language: String,
    /// The caller may ask to adopt the group (signed in, verified, not running it); the
    /// banner offers it when the group is dormant or an unclaimed listing.
    pub can_adopt: bool,
}

impl GroupHeader {
    pub(crate) fn of(access: &GroupAccess, state: &AppState) -> GroupHeader {
        let g = &access.group;
        GroupHeader {
            dormant: g.is_dormant(state.now(), state.config.dormant_after_months),
            last_event_at: g.last_event_at,
            unclaimed_listing: unclaimed_listing(g),
            language: g.language.clone().unwrap_or_default(),
            slug: g.slug.clone(),
            name: g.name.clone(),
            summary: g.summary.clone(),
            logo: logo_href(g),
            initial: initial(&g.name),
            place: place(&g.city, &g.country),
            members: g.member_count,
            private: g.visibility() == muster_core::group::Visibility::Private,
            needs_conduct: access.needs_conduct(),
            can_own: access.can(Action::Use(Capability::OwnGroup)),
            can_manage: access.can(Action::Use(Capability::ManageGroup)),
            can_moderate: access.can(Action::Use(Capability::ModerateMembers)),
            can_see_numbers: access.can(Action::Use(Capability::ManageEvents)),
            can_events: access.can(Action::Use(Capability::ManageEvents)),
            can_adopt: access.user.as_ref().is_some_and(|u| u.is_verified())
                && access.can(Action::AskToAdopt),
        }
    }
}

impl GroupHeader {
    /// "No event since March 2025. Everything it did stays here…" / "No event yet. …" for a
    /// dormant group, "" otherwise.
    pub fn dormant_text(&self, lang: &Locale) -> String {
        let lang = *lang;
        match (self.dormant, self.last_event_at) {
            (false, _) => String::new(),
            (true, Some(last)) => muster_i18n::tr_args(
                lang,
                "group-dormant-since",
                &[(
                    "month",
                    &muster_i18n::dates::month_year(lang, last.as_datetime().date_naive()),
                )],
            ),
            (true, None) => muster_i18n::tr(lang, "group-dormant-never"),
        }
    }

    /// "This entry comes from …; nobody runs it on this site yet." for an unclaimed listing.
    pub fn unclaimed_text(&self, lang: &Locale) -> String {
        let lang = *lang;
        let source = if self.unclaimed_listing == muster_core::wiki_directory::SOURCE_NAME {
            muster_i18n::tr(lang, "group-source-wiki")
        } else {
            self.unclaimed_listing.clone()
        };
        muster_i18n::tr_args(lang, "group-unclaimed-text", &[("source", &source)])
    }
}

/// Where an unclaimed directory entry came from, or "" for a group run on Muster.
fn unclaimed_listing(g: &groups::GroupRow) -> String {
    match g.listing_source.as_str() {
        _ if !g.is_unclaimed_listing() => String::new(),
        muster_core::wiki_directory::LISTING_SOURCE => {
            muster_core::wiki_directory::SOURCE_NAME.to_owned()
        }
        other => other.to_owned(),
    }
}

// ----------------------------------------------------------------------------- JSON

#[derive(Debug, Serialize, ToSchema)]
pub struct PersonRef {
    #[schema(value_type = String, format = Uuid)]
    pub id: UserId,
    pub name: String,
    /// `organizer`, `co_organizer`, `assistant_organizer`, `event_organizer` or `member`.
    pub role: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Links {
    pub website: String,
    pub chat: String,
    pub mailing_list: String,
    pub repository: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MyMembership {
    /// `active`, `pending`, `invited` or `banned`.
    pub status: String,
    pub role: String,
    /// The code-of-conduct version this person accepted.
    pub conduct_version: Option<i32>,
    /// True when the group's code changed since: accept it before the next RSVP.
    pub needs_conduct: bool,
    pub hidden: bool,
}

/// A group.
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupView {
    pub slug: String,
    pub name: String,
    pub summary: String,
    /// Markdown source.
    pub description: String,
    /// Sanitised HTML rendering of the description.
    pub description_html: String,
    pub city: String,
    pub country: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// IANA zone, the default for the group's events.
    pub timezone: String,
    pub topics: Vec<String>,
    pub links: Links,
    /// An uploaded logo (`/images/…`) or the logo URL the organizers gave.
    pub logo_url: String,
    pub contact_email: String,
    /// `public` or `private`.
    pub visibility: String,
    /// `open`, `approval` or `invite`.
    pub join_mode: String,
    pub questions: Vec<String>,
    pub conduct_version: i32,
    pub member_count: i32,
    pub organizers: Vec<PersonRef>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub next_event_at: Option<Timestamp>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_event_at: Option<Timestamp>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    /// Nothing scheduled and no event for the instance's dormancy period: the group has gone
    /// quiet (it may be adopted).
    pub dormant: bool,
    /// The caller's own membership, if any.
    pub membership: Option<MyMembership>,
}

pub fn logo_href(group: &groups::GroupRow) -> String {
    group.logo_href()
}

pub(super) async fn view(state: &AppState, access: &GroupAccess) -> Result<GroupView, AppError> {
    let id = access.group.id;
    let organizers = state
        .db
        .read(move |c| memberships::organizers(c, id))
        .await?;
    let g = &access.group;
    let links = g.links();
    Ok(GroupView {
        slug: g.slug.clone(),
        name: g.name.clone(),
        summary: g.summary.clone(),
        description: g.description.clone(),
        description_html: g.description_html.clone(),
        city: g.city.clone(),
        country: g.country.clone(),
        lat: g.latitude,
        lon: g.longitude,
        timezone: g.timezone.clone(),
        topics: g.topic_list(),
        links: Links {
            website: links.website,
            chat: links.chat,
            mailing_list: links.mailing_list,
            repository: links.repository,
        },
        logo_url: logo_href(g),
        contact_email: g.contact_email.clone(),
        visibility: g.visibility.as_str().to_owned(),
        join_mode: g.join_mode.as_str().to_owned(),
        questions: g.questions().as_slice().to_vec(),
        conduct_version: g.conduct_version,
        member_count: g.member_count,
        organizers: organizers
            .into_iter()
            .map(|(m, u)| PersonRef {
                id: u.id,
                name: u.display_name,
                role: m.role.as_str().to_owned(),
            })
            .collect(),
        next_event_at: g.next_event_at,
        last_event_at: g.last_event_at,
        created_at: g.created_at,
        dormant: g.is_dormant(state.now(), state.config.dormant_after_months),
        membership: access.membership.as_ref().map(|m| MyMembership {
            status: m.status.as_str().to_owned(),
            role: m.role.as_str().to_owned(),
            conduct_version: m.conduct_version,
            needs_conduct: access.needs_conduct(),
            hidden: m.hidden,
        }),
    })
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Created {
    pub id: String,
}

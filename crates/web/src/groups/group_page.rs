//! One group: `GET /api/v1/groups/{slug}` and the group page (about, organizers, the next
//! events, feeds).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use muster_core::policy::Action;
use muster_db::{groups, memberships};

use super::{
    access, load,
    views::{GroupHeader, GroupView, view},
};
use crate::{
    auth::MaybeUser,
    error::{ApiError, PageError},
    events::cards::{EventCard, cards, read_group_page_events},
    pages::{PageContext, Social, absolute_url, render},
    routes::{Access, RouteTable},
    state::AppState,
};

// `GET /api/v1/groups/{slug}` is registered in `super::shared_paths`, with the other methods
// of its path.
pub(super) fn routes(table: &mut RouteTable<'_>) {
    table.resource("/g/{slug}").get(Access::Public, show).done();
}

/// A group. Private groups are 404 to everyone but their members.
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}", operation_id = "get_group", tag = "groups",
    params(("slug" = String, Path)),
    responses((status = 200, body = GroupView), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn get(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access(&state, &slug, &user).await?;
    access.check(Action::View)?;
    Ok(HttpResponse::Ok().json(view(&state, &access).await?))
}

#[derive(Template)]
#[template(path = "groups/show.html")]
struct ShowPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    description_html: String,
    /// The group's own language (a BCP 47 tag) for its description, or "".
    description_lang: String,
    membership: String,
    role_label: String,
    join_mode: String,
    /// Name and role label.
    organizers: Vec<(String, String)>,
    topics: Vec<String>,
    links: Vec<(String, String)>,
    conduct_version: i32,
    conduct_href: String,
    report_href: String,
    upcoming: Vec<EventCard>,
    recent: Vec<EventCard>,
    /// The newest photos from the group's meetups.
    photos: Vec<RecentPhoto>,
    /// A public group's feeds (none for private groups: SECURITY 15).
    feeds: Option<FeedLinks>,
    /// Offer the member's own private calendar feed.
    private_feed: bool,
    /// How the fediverse follows a public group (`@slug@host`), and how many do.
    fediverse: Option<(String, i64)>,
    /// Where the group is, on a map.
    map: Option<crate::maps::MapView>,
}

/// A photo on the group's page, linked to its place in its meetup's gallery.
struct RecentPhoto {
    href: String,
    thumb: String,
    width: i32,
    height: i32,
    alt: String,
}

/// Where a public group's events can be followed, as absolute URLs from the configured base
/// URL (never the Host header).
pub struct FeedLinks {
    /// `webcal://…/g/{slug}/events.ics`: calendar apps subscribe when it is opened.
    webcal: String,
    /// `https://…/g/{slug}/events.ics`
    ics: String,
    /// `https://…/g/{slug}/feed.atom`
    atom: String,
}

impl FeedLinks {
    fn of(base_url: &str, group: &groups::GroupRow) -> Option<FeedLinks> {
        if !muster_core::policy::syndicated(&group.facts()) {
            return None;
        }
        let ics = format!("{base_url}/g/{}/events.ics", group.slug);
        let webcal = muster_core::links::webcal(&ics);
        Some(FeedLinks {
            webcal,
            atom: format!("{base_url}/g/{}/feed.atom", group.slug),
            ics,
        })
    }
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    // The group's page is also its ActivityPub actor.
    if crate::federation::wants_activity(&req) {
        return Ok(crate::federation::group_document(&state, &slug).await);
    }
    let page = crate::page_cache::serve(
        &req,
        &state,
        &user,
        crate::page_cache::Versioned::Group(&slug),
        || show_page(&req, &state, &user, &slug),
    )
    .await?;
    Ok(crate::federation::varies_by_accept(page))
}

/// The group's page, and when it would next read differently by itself.
async fn show_page(
    req: &HttpRequest,
    state: &AppState,
    user: &MaybeUser,
    slug: &str,
) -> Result<crate::page_cache::Rendered, PageError> {
    let access = load(state, slug, user, Action::View).await?;
    let (id, now) = (access.group.id, state.now());
    let federates = state.federation.enabled && muster_app::federation::federates(&access.group);
    // One round trip for everything below the header.
    let (organizers, (upcoming, recent), followers, photos) = state
        .db
        .read(move |c| {
            Ok((
                memberships::organizers(c, id)?,
                read_group_page_events(c, id, now, 5, 3)?,
                if federates {
                    muster_db::federation::follower_count(c, id)?
                } else {
                    0
                },
                muster_db::photos::recent_for_group(
                    c,
                    id,
                    muster_app::events::photos::PHOTOS_ON_GROUP_PAGE,
                )?,
            ))
        })
        .await?;
    let g = &access.group;
    let mut page = PageContext::new(req, state);
    let lang = page.lang;
    // The lists change by themselves when one of the meetups shown starts or ends.
    let changes = upcoming
        .iter()
        .chain(&recent)
        .filter_map(|e| e.facts().next_change(now))
        .min();
    let upcoming = cards(&upcoming, g, now, lang);
    let recent = cards(&recent, g, now, lang);
    let links = g.links();
    if muster_core::policy::syndicated(&g.facts()) {
        page.social = Social {
            title: g.name.clone(),
            description: if g.summary.is_empty() {
                page.social.description.clone()
            } else {
                g.summary.clone()
            },
            image: absolute_url(&state.config.base_url, &super::views::logo_href(g))
                .unwrap_or_default(),
        };
    }
    let place = g
        .latitude
        .zip(g.longitude)
        .map(|(lat, lon)| crate::maps::Marker {
            lat,
            lon,
            label: g.name.clone(),
            href: format!("/g/{}", g.slug),
        });
    let page = render(&ShowPage {
        map: crate::maps::MapView::of(state, place.into_iter().collect()),
        page,
        g: GroupHeader::of(&access, state),
        tab: "about",
        description_html: g.description_html.clone(),
        description_lang: g.language.clone().unwrap_or_default(),
        membership: access
            .membership
            .as_ref()
            .map(|m| m.status.as_str().to_owned())
            .unwrap_or_default(),
        role_label: access
            .role()
            .filter(|r| r.is_organizing())
            .map(|r| role_label(lang, r))
            .unwrap_or_default(),
        join_mode: g.join_mode.as_str().to_owned(),
        organizers: organizers
            .into_iter()
            .map(|(m, u)| (u.display_name, role_label(lang, m.role())))
            .collect(),
        topics: g.topic_list(),
        links: [
            ("group-link-website", links.website),
            ("group-link-chat", links.chat),
            ("group-link-mailing-list", links.mailing_list),
            ("group-link-code", links.repository),
        ]
        .into_iter()
        .filter(|(_, url)| !url.is_empty())
        .map(|(key, url)| (muster_i18n::tr(lang, key), url))
        .collect(),
        conduct_version: g.conduct_version,
        conduct_href: format!("/g/{}/conduct", g.slug),
        report_href: format!("/g/{}/report", g.slug),
        upcoming,
        recent,
        photos: photos
            .iter()
            .map(|p| RecentPhoto {
                href: format!("/g/{}/events/{}/photos#photo-{}", g.slug, p.event_id, p.id),
                thumb: muster_db::images::path(p.thumb_image_id),
                width: crate::events::photos::thumb_side(p.width, p.height),
                height: crate::events::photos::thumb_side(p.height, p.width),
                alt: if p.caption.is_empty() {
                    muster_i18n::tr(lang, "photos-recent-alt")
                } else {
                    p.caption.clone()
                },
            })
            .collect(),
        feeds: FeedLinks::of(&state.config.base_url, g),
        private_feed: access.active_membership().is_ok(),
        fediverse: federates.then(|| {
            (
                format!("@{}@{}", g.slug, state.federation.host()),
                followers,
            )
        }),
    })?;
    Ok(crate::page_cache::Rendered {
        page,
        changes,
        path: format!("/g/{}", g.slug),
    })
}

/// A role's name in `lang`: "Organizer".
fn role_label(lang: muster_i18n::Locale, role: muster_core::roles::Role) -> String {
    use muster_core::roles::Role;
    let key = match role {
        Role::Organizer => "group-role-organizer",
        Role::CoOrganizer => "group-role-co-organizer",
        Role::AssistantOrganizer => "group-role-assistant-organizer",
        Role::EventOrganizer => "group-role-event-organizer",
        Role::Member => "group-role-member",
    };
    muster_i18n::tr(lang, key)
}

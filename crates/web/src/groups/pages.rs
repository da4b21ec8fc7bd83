//! Group pages (HTML): the directory, creation, the group page, members, the code of conduct,
//! joining, reports, settings, member management, the audit log, deletion and invitations.

use actix_multipart::Multipart;
use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_core::{
    Timestamp,
    id::{ReportId, UserId},
    markdown,
    policy::{Action, MembershipStatus},
    roles::{Capability, Role},
};
use muster_db::{conduct, groups, memberships};
use serde::Deserialize;

use muster_app::{
    groups::{
        GroupAccess,
        membership::{JoinOutcome, Moderation},
        settings::GroupFields,
    },
    media,
};

use super::api::{DirectoryParams, logo_href, report_views};
use crate::{
    auth::{self, CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{AppError, ErrorCode, PageError},
    extract::UploadForm,
    pages::{FormErrors, PageContext, no_referrer, render, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/groups")
        .get(Access::Public, directory)
        .done();
    table
        .resource("/groups/new")
        .get(Access::Verified, new_form)
        .post(Access::Verified, new_submit)
        .done();
    table.resource("/g/{slug}").get(Access::Public, show).done();
    table
        .resource("/g/{slug}/members")
        .get(Access::Public, members)
        .done();
    table
        .resource("/g/{slug}/membership")
        .post(Access::Authenticated, membership_visibility)
        .done();
    table
        .resource("/g/{slug}/conduct")
        .get(Access::Public, conduct_page)
        .done();
    table
        .resource("/g/{slug}/conduct/accept")
        .post(Access::Authenticated, conduct_accept)
        .done();
    table
        .resource("/g/{slug}/join")
        .get(Access::Verified, join_form)
        .post(Access::Verified, join_submit)
        .done();
    table
        .resource("/g/{slug}/leave")
        .post(Access::Authenticated, leave)
        .done();
    table
        .resource("/g/{slug}/report")
        .get(Access::Authenticated, report_form)
        .post(Access::Authenticated, report_submit)
        .done();
    table
        .resource("/g/{slug}/settings")
        .get(Access::Authenticated, settings)
        .post(Access::Authenticated, settings_submit)
        .done();
    table
        .resource("/g/{slug}/settings/logo")
        .post(Access::Authenticated, logo_submit)
        .done();
    table
        .resource("/g/{slug}/settings/conduct")
        .post(Access::Authenticated, conduct_submit)
        .done();
    table
        .resource("/g/{slug}/settings/members")
        .get(Access::Authenticated, manage)
        .done();
    table
        .resource("/g/{slug}/settings/invite")
        .post(Access::Authenticated, invite_submit)
        .done();
    table
        .resource("/g/{slug}/settings/members/{user_id}/{action}")
        .post(Access::Authenticated, manage_submit)
        .done();
    table
        .resource("/g/{slug}/settings/reports")
        .get(Access::Authenticated, reports)
        .done();
    table
        .resource("/g/{slug}/settings/reports/{id}/handled")
        .post(Access::Authenticated, report_handled)
        .done();
    table
        .resource("/g/{slug}/settings/audit")
        .get(Access::Authenticated, audit)
        .done();
    table
        .resource("/g/{slug}/delete")
        .get(Access::Authenticated, delete_form)
        .post(Access::Authenticated, delete_submit)
        .done();
    table
        .resource("/invitations/{token}")
        .get(Access::SecretLink, invitation_page)
        .post(Access::Verified, invitation_submit)
        .done();
}

fn day(t: Timestamp) -> String {
    t.as_datetime().format("%-d %b %Y").to_string()
}

fn place(city: &str, country: &str) -> String {
    match (city.is_empty(), country.is_empty()) {
        (false, false) => format!("{city}, {country}"),
        (false, true) => city.to_owned(),
        (true, false) => country.to_owned(),
        (true, true) => String::new(),
    }
}

fn initial(name: &str) -> String {
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
    pub can_events: bool,
    /// "No event since March 2025" when the group has gone quiet (see `is_dormant`).
    pub dormant: String,
    /// An entry imported into the directory (e.g. from the python.org wiki) that no organizer
    /// has taken on yet: where it came from.
    pub unclaimed_listing: String,
    /// The caller may ask to adopt the group (signed in, verified, not running it); the
    /// banner offers it when the group is dormant or an unclaimed listing.
    pub can_adopt: bool,
}

impl GroupHeader {
    pub(crate) fn of(access: &GroupAccess, state: &AppState) -> GroupHeader {
        let g = &access.group;
        GroupHeader {
            dormant: dormant_text(g, state),
            unclaimed_listing: unclaimed_listing(g),
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
            can_events: access.can(Action::Use(Capability::ManageEvents)),
            can_adopt: access.user.as_ref().is_some_and(|u| u.is_verified())
                && access.can(Action::AskToAdopt),
        }
    }
}

/// "No event since March 2025" / "No event yet" for a dormant group, "" otherwise.
fn dormant_text(g: &groups::GroupRow, state: &AppState) -> String {
    let dormant = muster_core::group::is_dormant(
        g.last_event_at,
        g.next_event_at,
        g.created_at,
        state.now(),
        state.config.dormant_after_months,
    );
    match (dormant, g.last_event_at) {
        (false, _) => String::new(),
        (true, Some(last)) => format!("No event since {}", last.as_datetime().format("%B %Y")),
        (true, None) => "No event yet".to_owned(),
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

async fn load(
    state: &AppState,
    slug: &str,
    user: &MaybeUser,
    action: Action,
) -> Result<GroupAccess, AppError> {
    let access = GroupAccess::load(state, slug, user.caller()).await?;
    access.check(action)?;
    Ok(access)
}

// ----------------------------------------------------------------------------- directory

pub struct CardView {
    slug: String,
    name: String,
    summary: String,
    logo: String,
    initial: String,
    place: String,
    members: i32,
    topics: Vec<String>,
    next_event: Option<String>,
    last_event: Option<String>,
}

#[derive(Template)]
#[template(path = "groups/directory.html")]
struct DirectoryPage {
    page: PageContext,
    q: String,
    city: String,
    country: String,
    topic: String,
    sort: String,
    groups: Vec<CardView>,
    total: i64,
    page_number: i64,
    pages: i64,
    prev_href: String,
    next_href: String,
    can_create: bool,
}

pub async fn directory(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    params: web::Query<DirectoryParams>,
) -> Result<HttpResponse, PageError> {
    let params = params.into_inner();
    let query = params.query();
    let (page_number, per_page) = (query.page, query.per_page);
    let found = state.db.read(move |c| groups::directory(c, &query)).await?;
    let pages = ((found.total + per_page - 1) / per_page).clamp(1, groups::MAX_DIRECTORY_PAGE);
    let href = |page: i64| {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("q", &params.q),
            ("city", &params.city),
            ("country", &params.country),
            ("topic", &params.topic),
            ("sort", &params.sort),
        ] {
            if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
                q.append_pair(k, v);
            }
        }
        q.append_pair("page", &page.to_string());
        format!("/groups?{}", q.finish())
    };
    let template = DirectoryPage {
        page: PageContext::new(&req, &state),
        q: params.q.clone().unwrap_or_default(),
        city: params.city.clone().unwrap_or_default(),
        country: params.country.clone().unwrap_or_default(),
        topic: params.topic.clone().unwrap_or_default(),
        sort: params.sort.clone().unwrap_or_default(),
        groups: found
            .groups
            .iter()
            .map(|g| CardView {
                slug: g.slug.clone(),
                name: g.name.clone(),
                summary: g.summary.clone(),
                logo: logo_href(g),
                initial: initial(&g.name),
                place: place(&g.city, &g.country),
                members: g.member_count,
                topics: g.topic_list(),
                next_event: g.next_event_at.map(day),
                last_event: g.last_event_at.map(day),
            })
            .collect(),
        total: found.total,
        page_number,
        pages,
        prev_href: href(page_number - 1),
        next_href: href(page_number + 1),
        can_create: user.caller().is_some_and(|u| u.is_verified()),
    };
    render(&template)
}

// ----------------------------------------------------------------------------- create & settings

/// Form values as typed (text inputs), shared by the creation and settings forms.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FormValues {
    pub name: String,
    pub summary: String,
    pub description: String,
    pub city: String,
    pub country: String,
    pub lat: String,
    pub lon: String,
    pub timezone: String,
    pub topics: String,
    pub website_url: String,
    pub chat_url: String,
    pub mailing_list_url: String,
    pub repository_url: String,
    pub logo_url: String,
    pub contact_email: String,
    pub visibility: String,
    pub join_mode: String,
    pub questions: String,
}

impl FormValues {
    fn from_fields(f: &GroupFields) -> FormValues {
        FormValues {
            name: f.name.clone(),
            summary: f.summary.clone(),
            description: f.description.clone(),
            city: f.city.clone(),
            country: f.country.clone(),
            lat: f.lat.map(|v| v.to_string()).unwrap_or_default(),
            lon: f.lon.map(|v| v.to_string()).unwrap_or_default(),
            timezone: f.timezone.clone(),
            topics: f.topics.join(", "),
            website_url: f.website_url.clone(),
            chat_url: f.chat_url.clone(),
            mailing_list_url: f.mailing_list_url.clone(),
            repository_url: f.repository_url.clone(),
            logo_url: f.logo_url.clone(),
            contact_email: f.contact_email.clone(),
            visibility: f.visibility.clone(),
            join_mode: f.join_mode.clone(),
            questions: f.questions.join("\n"),
        }
    }

    /// The fields, or the form's own errors (numbers that are not numbers).
    fn to_fields(&self) -> Result<GroupFields, AppError> {
        let number = |field: &str, text: &str| -> Result<Option<f64>, AppError> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            text.parse::<f64>()
                .map(Some)
                .map_err(|_| AppError::invalid_field(field, "Enter a number like 53.8008."))
        };
        Ok(GroupFields {
            name: self.name.clone(),
            summary: self.summary.clone(),
            description: self.description.clone(),
            city: self.city.clone(),
            country: self.country.clone(),
            lat: number("lat", &self.lat)?,
            lon: number("lon", &self.lon)?,
            timezone: self.timezone.clone(),
            topics: self.topics.split(',').map(str::to_owned).collect(),
            website_url: self.website_url.clone(),
            chat_url: self.chat_url.clone(),
            mailing_list_url: self.mailing_list_url.clone(),
            repository_url: self.repository_url.clone(),
            logo_url: self.logo_url.clone(),
            contact_email: self.contact_email.clone(),
            visibility: self.visibility.clone(),
            join_mode: self.join_mode.clone(),
            questions: self.questions.lines().map(str::to_owned).collect(),
        })
    }
}

#[derive(Template)]
#[template(path = "groups/new.html")]
struct NewGroupPage {
    page: PageContext,
    slug: String,
    f: FormValues,
    errors: FormErrors,
}

pub async fn new_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, PageError> {
    render(&NewGroupPage {
        page: PageContext::new(&req, &state),
        slug: String::new(),
        f: FormValues {
            timezone: user.user().timezone.clone(),
            visibility: "public".into(),
            join_mode: "open".into(),
            ..FormValues::default()
        },
        errors: FormErrors::default(),
    })
}

#[derive(Debug, Deserialize)]
pub struct NewGroupForm {
    #[serde(default)]
    slug: String,
    #[serde(flatten)]
    values: FormValues,
}

pub async fn new_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<NewGroupForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let outcome = match form.values.to_fields() {
        Ok(fields) => {
            muster_app::groups::settings::create(&state, user.user(), &form.slug, &fields, None)
                .await
        }
        Err(e) => Err(e),
    };
    match outcome {
        Ok((group, _)) => Ok(see_other(&format!("/g/{}", group.slug))),
        Err(error) if !error.fields.is_empty() => render_with_status(
            &NewGroupPage {
                page: PageContext::new(&req, &state),
                slug: form.slug,
                f: form.values,
                errors: FormErrors::from(&error),
            },
            crate::error::status(&error),
        ),
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "groups/settings.html")]
struct SettingsPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    f: FormValues,
    conduct_text: String,
    errors: FormErrors,
}

async fn settings_page(
    req: &HttpRequest,
    state: &AppState,
    access: &GroupAccess,
    values: Option<FormValues>,
    conduct_text: Option<String>,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let conduct_text = match conduct_text {
        Some(text) => text,
        None => {
            muster_app::groups::conduct::current_conduct(state, access)
                .await?
                .text
        }
    };
    render_with_status(
        &SettingsPage {
            page: PageContext::new(req, state),
            g: GroupHeader::of(access, state),
            tab: "settings",
            f: values
                .unwrap_or_else(|| FormValues::from_fields(&GroupFields::from_row(&access.group))),
            conduct_text,
            errors: error.as_ref().map(FormErrors::from).unwrap_or_default(),
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

pub async fn settings(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Use(Capability::ManageGroup)).await?;
    settings_page(&req, &state, &access, None, None, None).await
}

pub async fn settings_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<FormValues>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Use(Capability::ManageGroup)).await?;
    let outcome = match form.0.to_fields() {
        Ok(fields) => muster_app::groups::settings::update(&state, &access, &fields)
            .await
            .map(|_| ()),
        Err(e) => Err(e),
    };
    match outcome {
        Ok(()) => Ok(see_other(&format!("/g/{slug}/settings?notice=group_saved"))),
        Err(error) if !error.fields.is_empty() => {
            settings_page(&req, &state, &access, Some(form.0), None, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn logo_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    payload: Multipart,
) -> Result<HttpResponse, PageError> {
    let mut form = UploadForm::read(&req, payload, media::MAX_UPLOAD_BYTES).await?;
    let (too_large, file) = (form.too_large, form.take("logo"));
    let access = load(&state, &slug, &user, Action::Use(Capability::ManageGroup)).await?;
    if too_large {
        return settings_page(
            &req,
            &state,
            &access,
            None,
            None,
            Some(media::refuse("The image is larger than 2 MiB.")),
        )
        .await;
    }
    if file.is_empty() {
        return settings_page(
            &req,
            &state,
            &access,
            None,
            None,
            Some(media::refuse("Choose an image to upload.")),
        )
        .await;
    }
    match muster_app::groups::logo::set_logo(&state, &access, file).await {
        Ok(_) => Ok(see_other(&format!("/g/{slug}/settings?notice=logo_saved"))),
        Err(error) if !error.fields.is_empty() => {
            settings_page(&req, &state, &access, None, None, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Deserialize)]
pub struct ConductForm {
    #[serde(default)]
    text: String,
}

pub async fn conduct_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<ConductForm>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Use(Capability::ManageGroup)).await?;
    match muster_app::groups::conduct::update_conduct(&state, &access, &form.0.text).await {
        Ok(_) => Ok(see_other(&format!(
            "/g/{slug}/conduct?notice=conduct_published"
        ))),
        Err(error) if !error.fields.is_empty() => {
            settings_page(&req, &state, &access, None, Some(form.0.text), Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

// ----------------------------------------------------------------------------- the group page

/// A person on the members page.
pub struct PersonLine {
    name: String,
    /// The role's label.
    role: &'static str,
    /// Shown as "hidden" (to moderators only).
    hidden: bool,
}

/// A person on the member management page.
pub struct PersonView {
    id: String,
    name: String,
    role: String,
    role_label: String,
    hidden: bool,
    is_me: bool,
}

#[derive(Template)]
#[template(path = "groups/show.html")]
struct ShowPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    description_html: String,
    membership: String,
    role_label: String,
    join_mode: String,
    /// Name and role label.
    organizers: Vec<(String, &'static str)>,
    topics: Vec<String>,
    links: Vec<(&'static str, String)>,
    conduct_version: i32,
    upcoming: Vec<crate::events::cards::EventCard>,
    recent: Vec<crate::events::cards::EventCard>,
    /// A public group's feeds (none for private groups: SECURITY 15).
    feeds: Option<FeedLinks>,
    /// Offer the member's own private calendar feed.
    private_feed: bool,
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
    let access = load(&state, &slug, &user, Action::View).await?;
    let (id, now) = (access.group.id, state.now());
    // One round trip for everything below the header.
    let (organizers, (upcoming, recent)) = state
        .db
        .read(move |c| {
            Ok((
                memberships::organizers(c, id)?,
                crate::events::cards::read_group_page_events(c, id, now, 5, 3)?,
            ))
        })
        .await?;
    let g = &access.group;
    let upcoming = crate::events::cards::cards(&upcoming, g, now);
    let recent = crate::events::cards::cards(&recent, g, now);
    let links = g.links();
    render(&ShowPage {
        page: PageContext::new(&req, &state),
        g: GroupHeader::of(&access, &state),
        tab: "about",
        description_html: g.description_html.clone(),
        membership: access
            .membership
            .as_ref()
            .map(|m| m.status.clone())
            .unwrap_or_default(),
        role_label: access
            .role()
            .filter(|r| r.is_organizing())
            .map(|r| r.label().to_owned())
            .unwrap_or_default(),
        join_mode: g.join_mode.clone(),
        organizers: organizers
            .into_iter()
            .map(|(m, u)| (u.display_name, m.role().label()))
            .collect(),
        topics: g.topic_list(),
        links: [
            ("Website", links.website),
            ("Chat", links.chat),
            ("Mailing list", links.mailing_list),
            ("Code", links.repository),
        ]
        .into_iter()
        .filter(|(_, url)| !url.is_empty())
        .collect(),
        conduct_version: g.conduct_version,
        upcoming,
        recent,
        feeds: FeedLinks::of(&state.config.base_url, g),
        private_feed: access.active_membership().is_ok(),
    })
}

#[derive(Template)]
#[template(path = "groups/members.html")]
struct MembersPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    members: Vec<PersonLine>,
    is_member: bool,
    hidden: bool,
    in_archive: bool,
}

pub async fn members(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::ViewMembers).await?;
    let (rows, moderator) = access.listed_members(&state).await?;
    let mine = access
        .membership
        .as_ref()
        .filter(|m| m.status() == MembershipStatus::Active);
    render(&MembersPage {
        page: PageContext::new(&req, &state),
        g: GroupHeader::of(&access, &state),
        tab: "members",
        members: rows
            .into_iter()
            .map(|(m, u)| PersonLine {
                name: u.display_name,
                role: m.role().label(),
                hidden: m.hidden && moderator,
            })
            .collect(),
        is_member: mine.is_some(),
        hidden: mine.is_some_and(|m| m.hidden),
        in_archive: mine.is_some_and(|m| m.in_archive),
    })
}

#[derive(Deserialize)]
pub struct ChoicesForm {
    #[serde(default)]
    hidden: Option<String>,
    #[serde(default)]
    in_archive: Option<String>,
}

pub async fn membership_visibility(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    form: CsrfForm<ChoicesForm>,
) -> Result<HttpResponse, PageError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let choice = |value: &Option<String>| value.as_deref().map(|v| v == "true");
    muster_app::groups::membership::set_choices(
        &state,
        &access,
        choice(&form.0.hidden),
        choice(&form.0.in_archive),
    )
    .await?;
    Ok(see_other(&format!("/g/{slug}/members")))
}

// ----------------------------------------------------------------------------- conduct

#[derive(Template)]
#[template(path = "groups/conduct.html")]
struct ConductPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    version: i32,
    published: String,
    text_html: String,
    versions: Vec<(i32, String)>,
}

pub async fn conduct_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::View).await?;
    let (id, version) = (access.group.id, access.group.conduct_version);
    // Every version in one read; the current one is among them.
    let versions = state.db.read(move |c| conduct::versions(c, id)).await?;
    let current = versions
        .iter()
        .find(|v| v.version == version)
        .ok_or_else(AppError::not_found)?;
    render(&ConductPage {
        page: PageContext::new(&req, &state),
        g: GroupHeader::of(&access, &state),
        tab: "conduct",
        version: current.version,
        published: day(current.created_at),
        text_html: markdown::to_safe_html(&current.text),
        versions: versions
            .iter()
            .map(|v| (v.version, day(v.created_at)))
            .collect(),
    })
}

#[derive(Deserialize)]
pub struct VersionForm {
    #[serde(default)]
    version: i32,
}

pub async fn conduct_accept(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    form: CsrfForm<VersionForm>,
) -> Result<HttpResponse, PageError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    muster_app::groups::conduct::accept_conduct(&state, &access, form.0.version).await?;
    Ok(see_other(&format!("/g/{slug}?notice=conduct_accepted")))
}

// ----------------------------------------------------------------------------- joining

#[derive(Template)]
#[template(path = "groups/join.html")]
struct JoinPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    action: String,
    approval: bool,
    version: i32,
    conduct_html: String,
    questions: Vec<String>,
    error: String,
}

/// How the join page was reached: from the group page (the policy let the caller see the
/// group) or through an invitation (which lets the invited person see a private group first).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Via {
    GroupPage,
    Invitation,
}

async fn join_page(
    req: &HttpRequest,
    state: &AppState,
    access: &GroupAccess,
    via: Via,
    action: String,
    error: &str,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let current = match via {
        Via::GroupPage => muster_app::groups::conduct::current_conduct(state, access).await?,
        Via::Invitation => {
            let (id, version) = (access.group.id, access.group.conduct_version);
            state
                .db
                .read(move |c| conduct::version(c, id, version))
                .await?
                .ok_or_else(AppError::not_found)?
        }
    };
    render_with_status(
        &JoinPage {
            page: PageContext::new(req, state),
            g: GroupHeader::of(access, state),
            tab: "",
            action,
            approval: access.group.join_mode() == muster_core::group::JoinMode::Approval,
            version: current.version,
            conduct_html: markdown::to_safe_html(&current.text),
            questions: access.group.questions().as_slice().to_vec(),
            error: error.to_owned(),
        },
        status,
    )
}

pub async fn join_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Join).await?;
    if access.role().is_some() {
        return Ok(see_other(&format!("/g/{slug}")));
    }
    join_page(
        &req,
        &state,
        &access,
        Via::GroupPage,
        format!("/g/{slug}/join"),
        "",
        StatusCode::OK,
    )
    .await
}

/// A join form: the accepted version, the "I accept" box and the answers in order.
struct JoinForm {
    version: Option<i32>,
    accepted: bool,
    answers: Vec<String>,
}

impl JoinForm {
    fn parse(pairs: Vec<(String, String)>) -> JoinForm {
        let mut form = JoinForm {
            version: None,
            accepted: false,
            answers: Vec::new(),
        };
        for (k, v) in pairs {
            match k.as_str() {
                "conduct_version" => form.version = v.trim().parse().ok(),
                "accept" => form.accepted = v == "yes",
                "answer" => form.answers.push(v),
                _ => {}
            }
        }
        form
    }
}

pub async fn join_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Join).await?;
    let form = JoinForm::parse(form.0);
    let action = format!("/g/{slug}/join");
    if !form.accepted {
        return join_page(
            &req,
            &state,
            &access,
            Via::GroupPage,
            action,
            "Please tick the box to accept the code of conduct.",
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    match muster_app::groups::membership::join(&state, &access, form.version, &form.answers).await {
        Ok(JoinOutcome::Member) => Ok(see_other(&format!("/g/{slug}?notice=joined"))),
        Ok(JoinOutcome::Pending) => Ok(see_other(&format!("/g/{slug}?notice=join_requested"))),
        Err(error) if error.code == ErrorCode::ConductNotAccepted || !error.fields.is_empty() => {
            join_page(
                &req,
                &state,
                &access,
                Via::GroupPage,
                action,
                &error.message,
                crate::error::status(&error),
            )
            .await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn leave(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    _form: CsrfForm<crate::account::pages::EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    muster_app::groups::membership::leave(&state, &access).await?;
    Ok(see_other(&format!("/g/{slug}?notice=left")))
}

// ----------------------------------------------------------------------------- reports

#[derive(Template)]
#[template(path = "groups/report.html")]
struct ReportPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    people: Vec<(String, String)>,
    about_name: String,
    text: String,
    errors: FormErrors,
}

async fn report_page(
    req: &HttpRequest,
    state: &AppState,
    access: &GroupAccess,
    form: Option<ReportForm>,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let id = access.group.id;
    let people = if access.can(Action::ViewMembers) {
        state
            .db
            .read(move |c| {
                memberships::list(c, id, MembershipStatus::Active, memberships::LIST_LIMIT)
            })
            .await?
    } else {
        Vec::new()
    };
    let form = form.unwrap_or_default();
    render_with_status(
        &ReportPage {
            page: PageContext::new(req, state),
            g: GroupHeader::of(access, state),
            tab: "",
            people: people
                .into_iter()
                .map(|(_, u)| (u.id.to_string(), u.display_name))
                .collect(),
            about_name: form.about_name,
            text: form.text,
            errors: error.as_ref().map(FormErrors::from).unwrap_or_default(),
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

pub async fn report_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Report).await?;
    report_page(&req, &state, &access, None, None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReportForm {
    about_user_id: String,
    about_name: String,
    text: String,
}

pub async fn report_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<ReportForm>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Report).await?;
    let form = form.0;
    let about = if form.about_user_id.is_empty() {
        None
    } else {
        UserId::parse(&form.about_user_id).ok()
    };
    match muster_app::groups::conduct::report(&state, &access, &form.text, about, &form.about_name)
        .await
    {
        Ok(_) => Ok(see_other(&format!("/g/{slug}?notice=report_sent"))),
        Err(error) if !error.fields.is_empty() => {
            report_page(&req, &state, &access, Some(form), Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub struct ReportItem {
    id: String,
    created: String,
    reporter: String,
    about: String,
    about_organizer: bool,
    text: String,
    status: String,
}

#[derive(Template)]
#[template(path = "groups/reports.html")]
struct ReportsPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    reports: Vec<ReportItem>,
}

pub async fn reports(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(
        &state,
        &slug,
        &user,
        Action::Use(Capability::ModerateMembers),
    )
    .await?;
    let views = report_views(&state, &access).await?;
    render(&ReportsPage {
        page: PageContext::new(&req, &state),
        g: GroupHeader::of(&access, &state),
        tab: "reports",
        reports: views
            .into_iter()
            .map(|r| ReportItem {
                id: r.id,
                created: day(r.created_at),
                reporter: r.reporter.unwrap_or_else(|| "a former member".to_owned()),
                about: if r.about.is_empty() {
                    "not named".to_owned()
                } else {
                    r.about
                },
                about_organizer: r.about_organizer,
                text: r.text,
                status: r.status,
            })
            .collect(),
    })
}

pub async fn report_handled(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    _form: CsrfForm<crate::account::pages::EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = load(
        &state,
        &slug,
        &user,
        Action::Use(Capability::ModerateMembers),
    )
    .await?;
    let id = ReportId::parse(&id).map_err(|_| AppError::not_found())?;
    muster_app::groups::conduct::mark_report_handled(&state, &access, id).await?;
    Ok(see_other(&format!("/g/{slug}/settings/reports")))
}

// ----------------------------------------------------------------------------- member management

pub struct RequestItem {
    id: String,
    name: String,
    answers: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "groups/manage.html")]
struct ManagePage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    requests: Vec<RequestItem>,
    members: Vec<PersonView>,
    banned: Vec<PersonView>,
    roles: Vec<(&'static str, &'static str)>,
    can_roles: bool,
    errors: FormErrors,
}

async fn manage_page(
    req: &HttpRequest,
    state: &AppState,
    access: &GroupAccess,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let id = access.group.id;
    let (pending, active, banned) = state
        .db
        .read(move |c| {
            Ok((
                memberships::list(c, id, MembershipStatus::Pending, memberships::LIST_LIMIT)?,
                memberships::list(c, id, MembershipStatus::Active, memberships::LIST_LIMIT)?,
                memberships::list(c, id, MembershipStatus::Banned, memberships::LIST_LIMIT)?,
            ))
        })
        .await?;
    let me = access.user.as_ref().map(|u| u.id);
    let questions = access.group.questions().as_slice().to_vec();
    let person = |(m, u): (memberships::MembershipRow, muster_db::users::UserRow)| PersonView {
        id: u.id.to_string(),
        name: u.display_name,
        role: m.role.clone(),
        role_label: m.role().label().to_owned(),
        hidden: m.hidden,
        is_me: Some(u.id) == me,
    };
    render_with_status(
        &ManagePage {
            page: PageContext::new(req, state),
            g: GroupHeader::of(access, state),
            tab: "manage",
            requests: pending
                .into_iter()
                .map(|(m, u)| RequestItem {
                    id: u.id.to_string(),
                    name: u.display_name,
                    answers: questions
                        .iter()
                        .cloned()
                        .zip(m.answers())
                        .filter(|(_, a)| !a.is_empty())
                        .collect(),
                })
                .collect(),
            members: active.into_iter().map(person).collect(),
            banned: banned.into_iter().map(person).collect(),
            roles: Role::ALL.iter().map(|r| (r.as_str(), r.label())).collect(),
            can_roles: access.can(Action::Use(Capability::ManageGroup)),
            errors: error.as_ref().map(FormErrors::from).unwrap_or_default(),
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

pub async fn manage(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(
        &state,
        &slug,
        &user,
        Action::Use(Capability::ModerateMembers),
    )
    .await?;
    manage_page(&req, &state, &access, None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ManageForm {
    reason: String,
    role: String,
}

pub async fn manage_submit(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<ManageForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, target, action) = path.into_inner();
    let access = load(
        &state,
        &slug,
        &user,
        Action::Use(Capability::ModerateMembers),
    )
    .await?;
    let target = UserId::parse(&target).map_err(|_| AppError::not_found())?;
    let moderation = match action.as_str() {
        "approve" => Some(Moderation::Approve),
        "decline" => Some(Moderation::Decline),
        "remove" => Some(Moderation::Remove),
        "ban" => Some(Moderation::Ban),
        "unban" => Some(Moderation::Unban),
        "role" => None,
        _ => return Err(AppError::not_found().into()),
    };
    match moderation {
        Some(m) => {
            muster_app::groups::membership::moderate(&state, &access, target, m, &form.0.reason)
                .await?
        }
        None => {
            let role = Role::parse(&form.0.role)
                .ok_or_else(|| AppError::bad_request(ErrorCode::InvalidRole, "Unknown role."))?;
            muster_app::groups::membership::set_role(&state, &access, target, role).await?;
        }
    }
    Ok(see_other(&format!(
        "/g/{slug}/settings/members?notice=members_updated"
    )))
}

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
}

pub async fn invite_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<InviteForm>,
) -> Result<HttpResponse, PageError> {
    let access = load(
        &state,
        &slug,
        &user,
        Action::Use(Capability::ModerateMembers),
    )
    .await?;
    match muster_app::groups::invitations::invite(&state, &access, &form.0.email).await {
        Ok(_) => Ok(see_other(&format!(
            "/g/{slug}/settings/members?notice=invitation_sent"
        ))),
        Err(error) if !error.fields.is_empty() => {
            manage_page(&req, &state, &access, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

// ----------------------------------------------------------------------------- audit, deletion

#[derive(Template)]
#[template(path = "groups/audit.html")]
struct AuditPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    entries: Vec<(String, String, String, String, String)>,
}

pub async fn audit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(
        &state,
        &slug,
        &user,
        Action::Use(Capability::ModerateMembers),
    )
    .await?;
    let entries = super::api::audit_views(&state, &access).await?;
    render(&AuditPage {
        page: PageContext::new(&req, &state),
        g: GroupHeader::of(&access, &state),
        tab: "audit",
        entries: entries
            .into_iter()
            .map(|e| {
                (
                    e.at.as_datetime().format("%Y-%m-%d %H:%M").to_string(),
                    e.actor.unwrap_or_default(),
                    e.action.replace('_', " "),
                    e.subject.unwrap_or_default(),
                    e.detail,
                )
            })
            .collect(),
    })
}

#[derive(Template)]
#[template(path = "groups/delete.html")]
struct DeletePage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    errors: FormErrors,
}

pub async fn delete_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Use(Capability::OwnGroup)).await?;
    render(&DeletePage {
        page: PageContext::new(&req, &state),
        g: GroupHeader::of(&access, &state),
        tab: "",
        errors: FormErrors::default(),
    })
}

#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    confirm_name: String,
    #[serde(default)]
    password: String,
}

pub async fn delete_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<DeleteForm>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Use(Capability::OwnGroup)).await?;
    let ip = auth::client_ip(&req, &state.config);
    match muster_app::groups::settings::delete(
        &state,
        &access,
        &form.0.password,
        &form.0.confirm_name,
        &ip,
    )
    .await
    {
        Ok(()) => Ok(see_other("/groups?notice=group_deleted")),
        Err(error) if !error.fields.is_empty() => render_with_status(
            &DeletePage {
                page: PageContext::new(&req, &state),
                g: GroupHeader::of(&access, &state),
                tab: "",
                errors: FormErrors::from(&error),
            },
            crate::error::status(&error),
        ),
        Err(error) => Err(error.into()),
    }
}

// ----------------------------------------------------------------------------- invitations

/// The invitation as an access to its group, for the join page (the invitee may not "see" a
/// private group yet; the invitation is what lets them in).
fn invited_access(
    group: muster_db::groups::GroupRow,
    user: Option<&std::sync::Arc<muster_db::users::UserRow>>,
) -> GroupAccess {
    GroupAccess {
        group,
        user: user.cloned(),
        membership: None,
        actor: muster_core::policy::Actor::Anonymous,
    }
}

pub async fn invitation_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, group) = muster_app::groups::invitations::invitation(&state, &token).await?;
    let here = format!("/invitations/{token}");
    let Some(authn) = user.caller() else {
        // Sign in (or up) first; the login page brings them back here.
        let mut response = crate::auth::login_redirect(&here);
        no_referrer(&mut response);
        return Ok(response);
    };
    let access = invited_access(group, Some(authn));
    let mut response = join_page(
        &req,
        &state,
        &access,
        Via::Invitation,
        here,
        "",
        StatusCode::OK,
    )
    .await?;
    no_referrer(&mut response);
    Ok(response)
}

pub async fn invitation_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    token: web::Path<String>,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let form = JoinForm::parse(form.0);
    let (_, group) = muster_app::groups::invitations::invitation(&state, &token).await?;
    let here = format!("/invitations/{token}");
    if !form.accepted {
        let access = invited_access(group, user.caller());
        return join_page(
            &req,
            &state,
            &access,
            Via::Invitation,
            here,
            "Please tick the box to accept the code of conduct.",
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    match muster_app::groups::invitations::accept_invitation(
        &state,
        user.user(),
        &token,
        form.version,
        &form.answers,
    )
    .await
    {
        Ok(group) => Ok(see_other(&format!("/g/{}?notice=joined", group.slug))),
        Err(error) if error.code == ErrorCode::ConductNotAccepted || !error.fields.is_empty() => {
            let access = invited_access(group, user.caller());
            join_page(
                &req,
                &state,
                &access,
                Via::Invitation,
                here,
                &error.message,
                crate::error::status(&error),
            )
            .await
        }
        Err(error) => Err(error.into()),
    }
}

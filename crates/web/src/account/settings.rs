//! The signed-in person's account: `/api/v1/me` and the settings page — the profile, the
//! password, changing the email address, and deleting the account.

use std::sync::LazyLock;

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_db::{api_tokens, feed_tokens, sessions};
use muster_i18n::Locale;
use serde::Deserialize;
use utoipa::ToSchema;

use super::views::{Accepted, Me};
use crate::{
    auth::{self, CurrentUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, PageError},
    extract::ApiJson,
    pages::{FormErrors, PageContext, render, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};
use muster_app::accounts::settings::ProfileInput;

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/me")
        .get(Access::Authenticated, me)
        .patch(Access::Authenticated, update_me)
        .delete(Access::Authenticated, delete_me)
        .done();
    table
        .resource("/api/v1/me/email")
        .post(Access::Verified, change_email)
        .done();
    table
        .resource("/api/v1/me/password")
        .post(Access::Authenticated, change_password)
        .done();
    table
        .resource("/account/settings")
        .get(Access::Authenticated, settings)
        .done();
    table
        .resource("/account/settings/profile")
        .post(Access::Authenticated, profile_submit)
        .done();
    table
        .resource("/account/settings/email")
        .post(Access::Verified, email_submit)
        .done();
    table
        .resource("/account/settings/password")
        .post(Access::Authenticated, password_submit)
        .done();
    table
        .resource("/account/delete")
        .get(Access::Authenticated, delete_form)
        .post(Access::Authenticated, delete_submit)
        .done();
}

// ----------------------------------------------------------------------------- API

/// Who am I?
#[utoipa::path(
    get, path = "/api/v1/me", tag = "me",
    responses(
        (status = 200, body = Me),
        (status = 401, body = crate::openapi::ErrorBody),
    ),
    security(("session" = []), ("bearer" = []))
)]
pub async fn me(user: CurrentUser) -> HttpResponse {
    HttpResponse::Ok().json(Me::from(user.user()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileUpdate {
    pub name: Option<String>,
    pub bio: Option<String>,
    /// "she/her", up to 40 characters; empty for none.
    pub pronouns: Option<String>,
    /// An http(s) address; empty for none.
    pub website: Option<String>,
    /// A fediverse account: `@name@server` or its profile address; empty for none.
    pub fediverse: Option<String>,
    /// A GitHub user name or profile address; empty for none.
    pub github: Option<String>,
    /// Keep out of lists: not among the people going, not in member lists, no profile page
    /// for others. Organizers still see you in their attendee lists.
    pub unlisted: Option<bool>,
    /// IANA time zone name.
    pub timezone: Option<String>,
    /// The language for pages and email: `en`, `de`, `es`, `fr`, `pt-BR`, `ja`, `zh-CN` or
    /// `zh-TW`; an empty string follows the browser.
    pub locale: Option<String>,
}

/// Change the profile (name, pronouns, bio, links, whether to keep out of lists), the time
/// zone or the language. Absent fields stay as they are.
#[utoipa::path(
    patch, path = "/api/v1/me", tag = "me", request_body = ProfileUpdate,
    responses((status = 200, body = Me), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn update_me(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<ProfileUpdate>,
) -> Result<HttpResponse, ApiError> {
    let body = body.0;
    let updated = muster_app::accounts::settings::update_profile(
        &state,
        user.user(),
        ProfileInput {
            name: body.name.as_deref(),
            bio: body.bio.as_deref(),
            timezone: body.timezone.as_deref(),
            locale: body.locale.as_deref(),
            pronouns: body.pronouns.as_deref(),
            website: body.website.as_deref(),
            fediverse: body.fediverse.as_deref(),
            github: body.github.as_deref(),
            unlisted: body.unlisted,
        },
    )
    .await?;
    Ok(HttpResponse::Ok().json(Me::from(&updated)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordConfirmation {
    /// The current password.
    pub password: String,
    /// Also take your name off the talks you gave (they then show "Former member"). By
    /// default talks keep the speaker name you gave.
    #[serde(default)]
    pub remove_talk_names: bool,
}

/// Delete the account: personal data, sessions and tokens are removed.
#[utoipa::path(
    delete, path = "/api/v1/me", tag = "me", request_body = PasswordConfirmation,
    responses((status = 204), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn delete_me(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<PasswordConfirmation>,
) -> Result<HttpResponse, ApiError> {
    let ip = auth::client_ip(&req, &state.config);
    let body = body.0;
    muster_app::accounts::settings::delete_account(
        &state,
        user.user(),
        &body.password,
        body.remove_talk_names,
        &ip,
    )
    .await?;
    Ok(auth::signed_out(&state.config, None))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailChange {
    pub new_email: String,
    pub password: String,
}

/// Start changing the email address: the new address must confirm.
#[utoipa::path(
    post, path = "/api/v1/me/email", tag = "me", request_body = EmailChange,
    responses((status = 202, body = Accepted), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn change_email(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<EmailChange>,
) -> Result<HttpResponse, ApiError> {
    let ip = auth::client_ip(&req, &state.config);
    muster_app::accounts::email_links::request_email_change(
        &state,
        user.user(),
        &body.0.new_email,
        &body.0.password,
        &ip,
    )
    .await?;
    Ok(HttpResponse::Accepted().json(Accepted {
        status: "check_your_email",
        message: "Follow the link we sent to the new address to confirm it. Until then, your address stays as it is.",
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

/// Change the password. Other sessions are signed out.
#[utoipa::path(
    post, path = "/api/v1/me/password", tag = "me", request_body = PasswordChange,
    responses((status = 204), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn change_password(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<PasswordChange>,
) -> Result<HttpResponse, ApiError> {
    let ip = auth::client_ip(&req, &state.config);
    muster_app::accounts::credentials::change_password(
        &state,
        user.user(),
        &body.0.current_password,
        &body.0.new_password,
        user.0.session_id(),
        &ip,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

// ----------------------------------------------------------------------------- the settings page

pub struct SessionView {
    pub id: String,
    pub user_agent: String,
    pub ip: String,
    pub last_seen: String,
    pub current: bool,
}

pub struct TokenView {
    pub id: String,
    pub name: String,
    pub prefix: String,
    pub created: String,
    pub last_used: String,
}

#[derive(Template)]
#[template(path = "account/settings.html")]
struct SettingsPage {
    page: PageContext,
    name: String,
    bio: String,
    pronouns: String,
    website: String,
    fediverse: String,
    github: String,
    unlisted: bool,
    face: crate::people::FaceView,
    has_avatar: bool,
    profile_href: String,
    timezone: String,
    timezones: &'static [&'static str],
    /// The language chosen ("" to follow the browser).
    locale: String,
    email: String,
    verified: bool,
    new_email: String,
    token_name: String,
    sessions: Vec<SessionView>,
    tokens: Vec<TokenView>,
    feed: Option<FeedView>,
    errors: FormErrors,
}

/// The calendar feed section of the settings page.
struct FeedView {
    created: String,
    last_used: String,
    all_group_events: bool,
}

/// A moment in UTC to the minute: "2026-12-16 18:30" in English, each language's own way
/// otherwise.
fn short_time(lang: Locale, t: muster_core::Timestamp) -> String {
    let at = t.as_datetime();
    if lang == Locale::En {
        return at.format("%Y-%m-%d %H:%M").to_string();
    }
    muster_i18n::dates::date_time_medium(lang, "account-date-time", at.naive_utc(), None)
}

/// When something was last used, or "never".
fn last_used(lang: Locale, t: Option<muster_core::Timestamp>) -> String {
    t.map_or_else(
        || muster_i18n::tr(lang, "account-never"),
        |t| short_time(lang, t),
    )
}

/// "You are the only organizer of A, B and C. …", each group a link to its members.
fn sole_html(lang: Locale, sole: &[(String, String)]) -> String {
    let links: Vec<String> = sole
        .iter()
        .map(|(slug, name)| {
            format!(
                "<a href=\"/g/{}/settings/members\">{}</a>",
                muster_i18n::escape_html(slug),
                muster_i18n::escape_html(name)
            )
        })
        .collect();
    let list = if lang == Locale::En {
        match links.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => links.concat(),
        }
    } else {
        muster_i18n::format_list(lang, &links)
    };
    muster_i18n::tr_args(lang, "account-delete-sole", &[("groups", &list)])
}

/// Values typed into a settings form that failed, to show again with its errors.
#[derive(Default)]
pub(crate) struct Retyped {
    pub(super) name: Option<String>,
    pub(super) bio: Option<String>,
    pub(super) pronouns: Option<String>,
    pub(super) website: Option<String>,
    pub(super) fediverse: Option<String>,
    pub(super) github: Option<String>,
    pub(super) unlisted: Option<bool>,
    pub(super) timezone: Option<String>,
    pub(super) locale: Option<String>,
    pub(super) new_email: Option<String>,
    pub(super) token_name: Option<String>,
}

pub(crate) async fn settings_page(
    req: &HttpRequest,
    state: &AppState,
    user: &CurrentUser,
    retyped: Retyped,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let id = user.id();
    let current = user.0.session_id();
    let (session_rows, token_rows, feed) = state
        .db
        .read(move |c| {
            Ok((
                sessions::list_for_user(c, id)?,
                api_tokens::list_for_user(c, id)?,
                feed_tokens::find_for_user(c, id)?,
            ))
        })
        .await?;
    let u = user.user();
    let status = error.as_ref().map_or(StatusCode::OK, crate::error::status);
    let page = PageContext::new(req, state);
    let lang = page.lang;
    render_with_status(
        &SettingsPage {
            page,
            name: retyped.name.unwrap_or_else(|| u.display_name.clone()),
            bio: retyped.bio.unwrap_or_else(|| u.bio.clone()),
            pronouns: retyped.pronouns.unwrap_or_else(|| u.pronouns.clone()),
            website: retyped.website.unwrap_or_else(|| u.website.clone()),
            fediverse: retyped.fediverse.unwrap_or_else(|| u.fediverse.clone()),
            github: retyped.github.unwrap_or_else(|| u.github.clone()),
            unlisted: retyped.unlisted.unwrap_or(u.unlisted),
            face: crate::people::FaceView::of_user(u),
            has_avatar: u.avatar_image_id.is_some(),
            profile_href: crate::people::profile_path(u.id),
            timezone: retyped.timezone.unwrap_or_else(|| u.timezone.clone()),
            timezones: &TIMEZONE_NAMES,
            locale: retyped
                .locale
                .unwrap_or_else(|| u.locale().map(|l| l.tag().to_owned()).unwrap_or_default()),
            email: u.email.clone(),
            verified: u.is_verified(),
            new_email: retyped.new_email.unwrap_or_default(),
            token_name: retyped.token_name.unwrap_or_default(),
            sessions: session_rows
                .into_iter()
                .map(|s| SessionView {
                    id: s.id.to_string(),
                    current: Some(s.id) == current,
                    user_agent: s.user_agent,
                    ip: s.client_ip,
                    last_seen: short_time(lang, s.last_seen_at),
                })
                .collect(),
            tokens: token_rows
                .into_iter()
                .map(|t| TokenView {
                    id: t.id.to_string(),
                    name: t.name,
                    prefix: t.token_prefix,
                    created: short_time(lang, t.created_at),
                    last_used: last_used(lang, t.last_used_at),
                })
                .collect(),
            feed: feed.map(|f| FeedView {
                created: short_time(lang, f.created_at),
                last_used: last_used(lang, f.last_used_at),
                all_group_events: f.all_group_events,
            }),
            errors: error.as_ref().map(FormErrors::from).unwrap_or_default(),
        },
        status,
    )
}

/// Every IANA zone name, for the time-zone field's suggestions (built once).
static TIMEZONE_NAMES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect());

pub async fn settings(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, PageError> {
    settings_page(&req, &state, &user, Retyped::default(), None).await
}

/// Shows field errors on the settings page; other errors become error pages.
async fn settings_outcome(
    req: &HttpRequest,
    state: &AppState,
    user: &CurrentUser,
    outcome: Result<(), AppError>,
    retyped: Retyped,
    success: &str,
) -> Result<HttpResponse, PageError> {
    match outcome {
        Ok(()) => Ok(see_other(success)),
        Err(error) if !error.fields.is_empty() => {
            settings_page(req, state, user, retyped, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    bio: String,
    #[serde(default)]
    pronouns: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    fediverse: String,
    #[serde(default)]
    github: String,
    /// The "keep me out of lists" checkbox: present when ticked.
    #[serde(default)]
    unlisted: Option<String>,
    #[serde(default)]
    timezone: String,
    /// The language select; absent from older forms, which keep the language as it is.
    #[serde(default)]
    locale: Option<String>,
}

pub async fn profile_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<ProfileForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let unlisted = form.unlisted.is_some();
    let outcome = muster_app::accounts::settings::update_profile(
        &state,
        user.user(),
        ProfileInput {
            name: Some(&form.name),
            bio: Some(&form.bio),
            timezone: Some(&form.timezone),
            locale: form.locale.as_deref(),
            pronouns: Some(&form.pronouns),
            website: Some(&form.website),
            fediverse: Some(&form.fediverse),
            github: Some(&form.github),
            unlisted: Some(unlisted),
        },
    )
    .await
    .map(|_| ());
    let retyped = Retyped {
        name: Some(form.name),
        bio: Some(form.bio),
        pronouns: Some(form.pronouns),
        website: Some(form.website),
        fediverse: Some(form.fediverse),
        github: Some(form.github),
        unlisted: Some(unlisted),
        timezone: Some(form.timezone),
        locale: form.locale,
        ..Retyped::default()
    };
    settings_outcome(
        &req,
        &state,
        &user,
        outcome,
        retyped,
        "/account/settings?notice=profile_saved",
    )
    .await
}

#[derive(Deserialize)]
pub struct EmailChangeForm {
    #[serde(default)]
    new_email: String,
    #[serde(default)]
    password: String,
}

pub async fn email_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<EmailChangeForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let ip = auth::client_ip(&req, &state.config);
    let outcome = muster_app::accounts::email_links::request_email_change(
        &state,
        user.user(),
        &form.new_email,
        &form.password,
        &ip,
    )
    .await;
    let retyped = Retyped {
        new_email: Some(form.new_email),
        ..Retyped::default()
    };
    settings_outcome(
        &req,
        &state,
        &user,
        outcome,
        retyped,
        "/account/settings?notice=email_change_sent",
    )
    .await
}

#[derive(Deserialize)]
pub struct PasswordChangeForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

pub async fn password_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<PasswordChangeForm>,
) -> Result<HttpResponse, PageError> {
    let ip = auth::client_ip(&req, &state.config);
    let outcome = muster_app::accounts::credentials::change_password(
        &state,
        user.user(),
        &form.0.current_password,
        &form.0.new_password,
        user.0.session_id(),
        &ip,
    )
    .await;
    settings_outcome(
        &req,
        &state,
        &user,
        outcome,
        Retyped::default(),
        "/account/settings?notice=password_changed",
    )
    .await
}

// ----------------------------------------------------------------------------- deletion

#[derive(Template)]
#[template(path = "account/delete.html")]
struct DeletePage {
    page: PageContext,
    errors: FormErrors,
    /// The groups (slug, name) the person alone organizes: until they hand them over, the page
    /// says so instead of asking for the password: "You are the only organizer of …", with
    /// links ("" when there are none).
    sole_html: String,
}

async fn delete_page(
    req: &HttpRequest,
    state: &AppState,
    user: &CurrentUser,
    errors: FormErrors,
) -> Result<DeletePage, AppError> {
    let sole = muster_app::accounts::settings::sole_organizer_of(state, user.user()).await?;
    let page = PageContext::new(req, state);
    let sole: Vec<(String, String)> = sole.into_iter().map(|g| (g.slug, g.name)).collect();
    Ok(DeletePage {
        sole_html: if sole.is_empty() {
            String::new()
        } else {
            sole_html(page.lang, &sole)
        },
        page,
        errors,
    })
}

pub async fn delete_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, PageError> {
    render(&delete_page(&req, &state, &user, FormErrors::default()).await?)
}

#[derive(Deserialize)]
pub struct DeleteAccountForm {
    #[serde(default)]
    password: String,
    /// A checkbox: present ("on") when ticked.
    #[serde(default)]
    remove_talk_names: Option<String>,
}

pub async fn delete_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<DeleteAccountForm>,
) -> Result<HttpResponse, PageError> {
    let ip = auth::client_ip(&req, &state.config);
    let form = form.0;
    let forget_talks = form.remove_talk_names.is_some();
    match muster_app::accounts::settings::delete_account(
        &state,
        user.user(),
        &form.password,
        forget_talks,
        &ip,
    )
    .await
    {
        Ok(()) => Ok(auth::signed_out(
            &state.config,
            Some("/?notice=account_deleted"),
        )),
        Err(error) if !error.fields.is_empty() => render_with_status(
            &delete_page(&req, &state, &user, FormErrors::from(&error)).await?,
            crate::error::status(&error),
        ),
        Err(error) => Err(error.into()),
    }
}

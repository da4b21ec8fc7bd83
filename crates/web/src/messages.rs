//! Organizers write to their members: `POST /api/v1/groups/{slug}/messages`, and the compose
//! page `/g/{slug}/messages/new` (the audience — every member, or the people going, waiting or
//! not answered for one event — a preview with the number of people it reaches, then send;
//! the same checks and the same daily limit as the API). The page is linked from the event's
//! organizer tools, the attendee list and the group's member management.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use muster_app::{
    AppError,
    groups::GroupAccess,
    notifications::{self, MessageDraft, MessagePreview},
};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, PageError},
    extract::ApiJson,
    groups::views::GroupHeader,
    notifications::AnnounceView,
    pages::{FormErrors, PageContext, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups/{slug}/messages")
        .post(Access::Authenticated, send_message)
        .done();
    table
        .resource("/g/{slug}/messages/new")
        .get(Access::Authenticated, compose_page)
        .post(Access::Authenticated, compose_submit)
        .done();
}

/// An organizer's message.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MessageBody {
    pub subject: String,
    pub body: String,
    /// `all` (default), or for an event: `going`, `waitlisted`, `not_answered`.
    #[serde(default)]
    pub audience: Option<String>,
    /// The event the message is about (needed for every audience but `all`).
    #[serde(default)]
    pub event_id: Option<String>,
}

/// Email the group's members (those who want organizer messages). Five messages per group
/// per day.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/messages", tag = "groups", request_body = MessageBody,
    params(("slug" = String, Path)),
    responses((status = 200, body = AnnounceView), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn send_message(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<MessageBody>,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let MessageBody {
        subject,
        body,
        audience,
        event_id,
    } = body.0;
    let draft = MessageDraft {
        subject,
        body,
        audience,
        event_id,
    };
    let recipients = notifications::send_message(&state, &access, draft).await?;
    Ok(HttpResponse::Ok().json(AnnounceView { recipients }))
}

// ----------------------------------------------------------------------------- the page

/// One choice of the audience select: `all`, or `going:{event id}` and so on.
struct AudienceChoice {
    value: String,
    label: String,
}

#[derive(Template)]
#[template(path = "groups/compose.html")]
struct ComposePage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    choices: Vec<AudienceChoice>,
    chosen: String,
    subject: String,
    body: String,
    preview: Option<MessagePreview>,
    /// "Your message is on its way to 12 people." after sending.
    sent: String,
    errors: FormErrors,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ComposeQuery {
    /// Preselects the audience: `going:{event id}` and so on.
    to: Option<String>,
    /// After sending: how many people it went to.
    sent: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ComposeForm {
    to: String,
    subject: String,
    body: String,
    /// `preview` (the default) or `send`.
    step: String,
}

/// `all`, or `{audience}:{event id}`, as the API's audience and event.
fn draft_of(form: &ComposeForm) -> MessageDraft {
    let (audience, event_id) = match form.to.split_once(':') {
        Some((audience, event)) => (audience.to_owned(), Some(event.to_owned())),
        None => (form.to.clone(), None),
    };
    MessageDraft {
        subject: form.subject.clone(),
        body: form.body.clone(),
        audience: Some(if audience.is_empty() {
            "all".to_owned()
        } else {
            audience
        }),
        event_id,
    }
}

/// Every member, and for each recent or upcoming event its people going, waiting and not
/// answered.
async fn choices(
    state: &AppState,
    access: &GroupAccess,
    lang: muster_i18n::Locale,
) -> Result<Vec<AudienceChoice>, AppError> {
    let events = notifications::message_events(state, access).await?;
    let mut choices = vec![AudienceChoice {
        value: "all".to_owned(),
        label: muster_i18n::tr(lang, "manage-compose-to-all"),
    }];
    for e in &events {
        let day = muster_i18n::dates::date_medium(
            lang,
            muster_app::events::local(e.starts_at, e.timezone()).date_naive(),
        );
        for (audience, key) in [
            ("going", "manage-compose-to-going"),
            ("waitlisted", "manage-compose-to-waitlisted"),
            ("not_answered", "manage-compose-to-not-answered"),
        ] {
            choices.push(AudienceChoice {
                value: format!("{audience}:{}", e.id),
                label: muster_i18n::tr_args(
                    lang,
                    key,
                    &[("event", &e.title.as_str()), ("date", &day.as_str())],
                ),
            });
        }
    }
    Ok(choices)
}

async fn compose(
    req: &HttpRequest,
    state: &AppState,
    access: &GroupAccess,
    form: ComposeForm,
    outcome: Result<Option<MessagePreview>, AppError>,
    sent: Option<usize>,
) -> Result<HttpResponse, PageError> {
    let page = PageContext::new(req, state);
    let lang = page.lang;
    let choices = choices(state, access, lang).await?;
    let (preview, errors, status) = match outcome {
        Ok(preview) => (
            preview,
            FormErrors::default(),
            actix_web::http::StatusCode::OK,
        ),
        Err(error) if !error.fields.is_empty() || error.retry_after.is_some() => {
            let status = crate::error::status(&error);
            let mut errors = FormErrors::from(&error);
            if error.fields.is_empty() {
                errors.0.insert("form".to_owned(), error.message.clone());
            }
            (None, errors, status)
        }
        Err(error) => return Err(error.into()),
    };
    render_with_status(
        &ComposePage {
            page,
            g: GroupHeader::of(access, state),
            tab: "manage",
            chosen: if form.to.is_empty() {
                "all".to_owned()
            } else {
                form.to
            },
            choices,
            subject: form.subject,
            body: form.body,
            preview,
            sent: match sent {
                Some(n) => muster_i18n::tr_args(lang, "manage-compose-sent", &[("count", &n)]),
                None => String::new(),
            },
            errors,
        },
        status,
    )
}

async fn organizer_access(
    state: &AppState,
    slug: &str,
    user: &MaybeUser,
) -> Result<GroupAccess, AppError> {
    let access = GroupAccess::load(state, slug, user.caller()).await?;
    access.check(muster_core::policy::Action::Use(
        muster_core::roles::Capability::ManageEvents,
    ))?;
    Ok(access)
}

pub async fn compose_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    query: web::Query<ComposeQuery>,
) -> Result<HttpResponse, PageError> {
    let access = organizer_access(&state, &slug, &user).await?;
    let query = query.into_inner();
    let form = ComposeForm {
        to: query.to.unwrap_or_default(),
        ..ComposeForm::default()
    };
    compose(&req, &state, &access, form, Ok(None), query.sent).await
}

pub async fn compose_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<ComposeForm>,
) -> Result<HttpResponse, PageError> {
    let access = organizer_access(&state, &slug, &user).await?;
    let form = form.0;
    if form.step == "send" {
        match notifications::send_message(&state, &access, draft_of(&form)).await {
            Ok(recipients) => {
                return Ok(see_other(&format!(
                    "/g/{}/messages/new?sent={recipients}",
                    access.group.slug
                )));
            }
            Err(error) => return compose(&req, &state, &access, form, Err(error), None).await,
        }
    }
    let preview = notifications::preview_message(&state, &access, draft_of(&form)).await;
    compose(&req, &state, &access, form, preview.map(Some), None).await
}

//! An event's agenda: talks (lightning and stand-by ones too), as JSON under
//! `/api/v1/events/{id}/talks` and as the organizers' agenda editor; the event page shows it.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_app::{
    events::{EventAccess, talks::TalkFields},
    groups::settings::double_option,
};
use muster_db::talks::{self, TalkRow};
use serde::Deserialize;
use utoipa::ToSchema;

use super::{
    cards::EventHead,
    event_for, event_for_user,
    fields::{MemberOption, active_members, checked, member_options},
    form_message, managed, shown_in_place,
    views::TalkView,
};
use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, ErrorCode, PageError},
    extract::ApiJson,
    pages::{EmptyForm, FormErrors, PageContext, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/events/{id}/talks")
        .get(Access::Public, talks)
        .post(Access::Authenticated, add_talk)
        .done();
    table
        .resource("/api/v1/events/{id}/talks/order")
        .put(Access::Authenticated, reorder_talks)
        .done();
    table
        .resource("/api/v1/events/{id}/talks/{talk_id}")
        .patch(Access::Authenticated, update_talk)
        .delete(Access::Authenticated, delete_talk)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/talks")
        .get(Access::Authenticated, talks_page)
        .post(Access::Authenticated, talk_add)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/talks/{talk_id:[0-9a-fA-F-]+}")
        .get(Access::Authenticated, talk_form)
        .post(Access::Authenticated, talk_submit)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/talks/{talk_id:[0-9a-fA-F-]+}/delete")
        .post(Access::Authenticated, talk_delete)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/talks/{talk_id:[0-9a-fA-F-]+}/move")
        .post(Access::Authenticated, talk_move)
        .done();
}

// ----------------------------------------------------------------------------- API

#[derive(Debug, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct TalkBody {
    pub title: Option<String>,
    pub speaker_name: Option<String>,
    /// A member's id, when the speaker is one (`null` clears).
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    pub speaker_user_id: Option<Option<String>>,
    /// Markdown.
    pub r#abstract: Option<String>,
    pub slides_url: Option<String>,
    pub video_url: Option<String>,
    pub lightning: Option<bool>,
    pub standby: Option<bool>,
}

impl TalkBody {
    fn over(self, base: TalkFields) -> TalkFields {
        TalkFields {
            title: self.title.unwrap_or(base.title),
            speaker_name: self.speaker_name.unwrap_or(base.speaker_name),
            speaker_user_id: match self.speaker_user_id {
                None => base.speaker_user_id,
                Some(v) => v.unwrap_or_default(),
            },
            r#abstract: self.r#abstract.unwrap_or(base.r#abstract),
            slides_url: self.slides_url.unwrap_or(base.slides_url),
            video_url: self.video_url.unwrap_or(base.video_url),
            lightning: self.lightning.unwrap_or(base.lightning),
            standby: self.standby.unwrap_or(base.standby),
        }
    }
}

/// The agenda, in order.
#[utoipa::path(
    get, path = "/api/v1/events/{id}/talks", tag = "talks",
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<TalkView>), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn talks(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for(&state, &id, &user).await?;
    let event = access.event.id;
    let rows = state
        .db
        .read(move |c| muster_db::talks::for_event(c, event))
        .await?;
    Ok(HttpResponse::Ok().json(rows.iter().map(TalkView::from).collect::<Vec<_>>()))
}

/// Add a talk at the end of the agenda (organizers).
#[utoipa::path(
    post, path = "/api/v1/events/{id}/talks", tag = "talks", request_body = TalkBody,
    params(("id" = String, Path)),
    responses((status = 201, body = TalkView), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn add_talk(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: ApiJson<TalkBody>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    let fields = body.0.over(TalkFields::default());
    let row = muster_app::events::talks::add_talk(&state, &access, &fields).await?;
    Ok(HttpResponse::Created().json(TalkView::from(&row)))
}

/// Change a talk (organizers).
#[utoipa::path(
    patch, path = "/api/v1/events/{id}/talks/{talk_id}", tag = "talks", request_body = TalkBody,
    params(("id" = String, Path), ("talk_id" = String, Path)),
    responses((status = 200, body = TalkView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn update_talk(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    body: ApiJson<TalkBody>,
) -> Result<HttpResponse, ApiError> {
    let (id, talk) = path.into_inner();
    let access = event_for_user(&state, &id, &user).await?;
    // Omitted fields keep the value they have in the writing transaction.
    let body = body.0;
    let updated = muster_app::events::talks::update_talk(&state, &access, &talk, move |current| {
        body.over(current)
    })
    .await?;
    Ok(HttpResponse::Ok().json(TalkView::from(&updated)))
}

/// Remove a talk (organizers).
#[utoipa::path(
    delete, path = "/api/v1/events/{id}/talks/{talk_id}", tag = "talks",
    params(("id" = String, Path), ("talk_id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn delete_talk(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, talk) = path.into_inner();
    let access = event_for_user(&state, &id, &user).await?;
    muster_app::events::talks::delete_talk(&state, &access, &talk).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TalkOrder {
    /// Every talk's id, in the new order.
    pub order: Vec<String>,
}

/// Reorder the agenda (organizers).
#[utoipa::path(
    put, path = "/api/v1/events/{id}/talks/order", tag = "talks", request_body = TalkOrder,
    params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn reorder_talks(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: ApiJson<TalkOrder>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    muster_app::events::talks::reorder_talks(&state, &access, &body.0.order).await?;
    Ok(HttpResponse::NoContent().finish())
}

// ----------------------------------------------------------------------------- pages

pub struct TalkInfo {
    pub id: String,
    pub title: String,
    pub speaker: String,
    pub lightning: bool,
    pub standby: bool,
    pub abstract_html: String,
    pub slides_url: String,
    pub video_url: String,
    pub first: bool,
    pub last: bool,
}

pub(super) fn talk_infos(rows: &[TalkRow]) -> Vec<TalkInfo> {
    let count = rows.len();
    rows.iter()
        .enumerate()
        .map(|(i, t)| TalkInfo {
            id: t.id.to_string(),
            title: t.title.clone(),
            speaker: t.speaker_name.clone(),
            lightning: t.lightning,
            standby: t.standby,
            abstract_html: t.abstract_html.clone(),
            slides_url: t.slides_url.clone(),
            video_url: t.video_url.clone(),
            first: i == 0,
            last: i + 1 == count,
        })
        .collect()
}

/// A talk form's values as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TalkForm {
    title: String,
    speaker_name: String,
    speaker_user_id: String,
    #[serde(rename = "abstract")]
    abstract_: String,
    slides_url: String,
    video_url: String,
    lightning: String,
    standby: String,
}

impl TalkForm {
    fn of(fields: TalkFields) -> TalkForm {
        let flag = |b: bool| if b { "yes" } else { "" }.to_owned();
        TalkForm {
            title: fields.title,
            speaker_name: fields.speaker_name,
            speaker_user_id: fields.speaker_user_id,
            abstract_: fields.r#abstract,
            slides_url: fields.slides_url,
            video_url: fields.video_url,
            lightning: flag(fields.lightning),
            standby: flag(fields.standby),
        }
    }

    fn to_fields(&self) -> TalkFields {
        TalkFields {
            title: self.title.clone(),
            speaker_name: self.speaker_name.clone(),
            speaker_user_id: self.speaker_user_id.clone(),
            r#abstract: self.abstract_.clone(),
            slides_url: self.slides_url.clone(),
            video_url: self.video_url.clone(),
            lightning: checked(&self.lightning),
            standby: checked(&self.standby),
        }
    }

    fn is_lightning(&self) -> bool {
        checked(&self.lightning)
    }

    fn is_standby(&self) -> bool {
        checked(&self.standby)
    }
}

#[derive(Template)]
#[template(path = "events/talks.html")]
struct TalksPage {
    page: PageContext,
    head: EventHead,
    tab: &'static str,
    talks: Vec<TalkInfo>,
    f: TalkForm,
    errors: FormErrors,
    members: Vec<MemberOption>,
    message: String,
    /// The form posts here: the list (a new talk) or one talk (an edit).
    action: String,
    talk_id: String,
}

async fn talks_view(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    talk_id: Option<&str>,
    f: TalkForm,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let event = access.event.id;
    let rows = state.db.read(move |c| talks::for_event(c, event)).await?;
    let chosen: Vec<String> = [f.speaker_user_id.clone()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let members = active_members(state, &access.group.group, &chosen).await?;
    let action = match talk_id {
        Some(t) => format!("{}/talks/{t}", access.path()),
        None => format!("{}/talks", access.path()),
    };
    render_with_status(
        &TalksPage {
            page: PageContext::new(req, state),
            head: EventHead::of(access, state.now(), crate::lang::current()),
            tab: "talks",
            talks: talk_infos(&rows),
            members: member_options(&members, &chosen),
            errors: error.as_ref().map(FormErrors::from).unwrap_or_default(),
            message: form_message(error.as_ref()),
            f,
            action,
            talk_id: talk_id.unwrap_or_default().to_owned(),
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

pub async fn talks_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    talks_view(&req, &state, &access, None, TalkForm::default(), None).await
}

pub async fn talk_add(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<TalkForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    match muster_app::events::talks::add_talk(&state, &access, &form.0.to_fields()).await {
        Ok(_) => Ok(see_other(&format!(
            "{}/talks?notice=talk_added",
            access.path()
        ))),
        Err(error) if shown_in_place(&error) => {
            talks_view(&req, &state, &access, None, form.0, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn talk_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, talk) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let talk_id = muster_core::id::TalkId::parse(&talk).map_err(|_| AppError::not_found())?;
    let event = access.event.id;
    let row = state
        .db
        .read(move |c| talks::find(c, event, talk_id))
        .await?
        .ok_or_else(AppError::not_found)?;
    let f = TalkForm::of(TalkFields::of(&row));
    talks_view(&req, &state, &access, Some(&talk), f, None).await
}

pub async fn talk_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<TalkForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, talk) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let fields = form.0.to_fields();
    match muster_app::events::talks::update_talk(&state, &access, &talk, move |_| fields).await {
        Ok(_) => Ok(see_other(&format!(
            "{}/talks?notice=talk_saved#talk-{talk}",
            access.path()
        ))),
        Err(error) if shown_in_place(&error) => {
            talks_view(&req, &state, &access, Some(&talk), form.0, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn talk_delete(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, talk) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    muster_app::events::talks::delete_talk(&state, &access, &talk).await?;
    Ok(see_other(&format!(
        "{}/talks?notice=talk_deleted",
        access.path()
    )))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MoveTalkForm {
    direction: String,
}

pub async fn talk_move(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<MoveTalkForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, talk) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let event = access.event.id;
    let rows = state.db.read(move |c| talks::for_event(c, event)).await?;
    let mut order: Vec<String> = rows.iter().map(|t| t.id.to_string()).collect();
    let Some(at) = order.iter().position(|t| t.eq_ignore_ascii_case(&talk)) else {
        return Err(AppError::not_found().into());
    };
    let other = match form.0.direction.as_str() {
        "up" => at.checked_sub(1),
        "down" => Some(at + 1).filter(|i| *i < order.len()),
        _ => {
            return Err(
                AppError::bad_request(ErrorCode::InvalidDirection, "Move up or down.").into(),
            );
        }
    };
    if let Some(other) = other {
        order.swap(at, other);
        if let Err(error) = muster_app::events::talks::reorder_talks(&state, &access, &order).await
        {
            return talks_view(
                &req,
                &state,
                &access,
                None,
                TalkForm::default(),
                Some(error),
            )
            .await;
        }
    }
    Ok(see_other(&format!(
        "{}/talks#talk-{}",
        access.path(),
        order.get(other.unwrap_or(at)).cloned().unwrap_or_default()
    )))
}

//! Creating a group, changing its settings and deleting it: `/api/v1/groups` and
//! `/api/v1/groups/{slug}`, the "new group" form, the settings page and the deletion page.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_app::groups::{
    GroupAccess,
    settings::{GroupFields, double_option},
};
use muster_core::{policy::Action, roles::Capability};
use serde::Deserialize;
use utoipa::ToSchema;

use super::{
    access_for, load,
    views::{GroupHeader, GroupView, view},
};
use crate::{
    auth::{self, CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, PageError},
    extract::ApiJson,
    pages::{FormErrors, PageContext, render, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

// `POST /api/v1/groups`, `PATCH` and `DELETE /api/v1/groups/{slug}` are registered in
// `super::shared_paths`, with the other methods of their paths.
pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/groups/new")
        .get(Access::Verified, new_form)
        .post(Access::Verified, new_submit)
        .done();
    table
        .resource("/g/{slug}/settings")
        .get(Access::Authenticated, settings)
        .post(Access::Authenticated, settings_submit)
        .done();
    table
        .resource("/g/{slug}/delete")
        .get(Access::Authenticated, delete_form)
        .post(Access::Authenticated, delete_submit)
        .done();
}

// ----------------------------------------------------------------------------- API

/// The fields of a group. On create, `slug`, `name` and `timezone` are required; on update,
/// every field is optional and omitted fields keep their value.
#[derive(Debug, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct GroupBody {
    pub slug: Option<String>,
    pub name: Option<String>,
    pub summary: Option<String>,
    /// Markdown.
    pub description: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<f64>)]
    pub lat: Option<Option<f64>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<f64>)]
    pub lon: Option<Option<f64>>,
    /// IANA zone, e.g. `Europe/London`.
    pub timezone: Option<String>,
    pub topics: Option<Vec<String>>,
    pub website_url: Option<String>,
    pub chat_url: Option<String>,
    pub mailing_list_url: Option<String>,
    pub repository_url: Option<String>,
    pub logo_url: Option<String>,
    pub contact_email: Option<String>,
    /// `public` or `private` (private groups are invitation-only).
    pub visibility: Option<String>,
    /// `open`, `approval` or `invite`.
    pub join_mode: Option<String>,
    /// Questions asked when people join (up to 5).
    pub questions: Option<Vec<String>>,
    /// The language its organizers write in, a tag such as `pl` or `zh-TW` (see the settings
    /// page for the list); `null` or `""`: not said.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    pub language: Option<Option<String>>,
    /// Create only: the first code of conduct (Markdown). Default: a standard text naming the
    /// group's contact.
    pub conduct_text: Option<String>,
}

impl GroupBody {
    /// These fields laid over `base`.
    fn over(self, base: GroupFields) -> GroupFields {
        GroupFields {
            name: self.name.unwrap_or(base.name),
            summary: self.summary.unwrap_or(base.summary),
            description: self.description.unwrap_or(base.description),
            city: self.city.unwrap_or(base.city),
            country: self.country.unwrap_or(base.country),
            lat: self.lat.unwrap_or(base.lat),
            lon: self.lon.unwrap_or(base.lon),
            timezone: self.timezone.unwrap_or(base.timezone),
            topics: self.topics.unwrap_or(base.topics),
            website_url: self.website_url.unwrap_or(base.website_url),
            chat_url: self.chat_url.unwrap_or(base.chat_url),
            mailing_list_url: self.mailing_list_url.unwrap_or(base.mailing_list_url),
            repository_url: self.repository_url.unwrap_or(base.repository_url),
            logo_url: self.logo_url.unwrap_or(base.logo_url),
            contact_email: self.contact_email.unwrap_or(base.contact_email),
            visibility: self.visibility.unwrap_or(base.visibility),
            join_mode: self.join_mode.unwrap_or(base.join_mode),
            questions: self.questions.unwrap_or(base.questions),
            language: match self.language {
                Some(language) => language.unwrap_or_default(),
                None => base.language,
            },
        }
    }
}

/// Create a group. The caller becomes its organizer. Verified accounts only; at most 3 a day.
#[utoipa::path(
    post, path = "/api/v1/groups", operation_id = "create_group", tag = "groups", request_body = GroupBody,
    responses(
        (status = 201, body = GroupView),
        (status = 403, body = crate::openapi::ErrorBody, description = "Email address not verified"),
        (status = 422, body = crate::openapi::ErrorBody),
        (status = 429, body = crate::openapi::ErrorBody),
    ),
    security(("session" = []), ("bearer" = []))
)]
pub async fn create(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<GroupBody>,
) -> Result<HttpResponse, ApiError> {
    let mut body = body.0;
    let slug = body.slug.take().unwrap_or_default();
    let conduct_text = body.conduct_text.take();
    let base = GroupFields {
        visibility: "public".into(),
        join_mode: "open".into(),
        ..GroupFields::default()
    };
    let fields = body.over(base);
    let (group, membership) = muster_app::groups::settings::create(
        &state,
        user.user(),
        &slug,
        &fields,
        conduct_text.as_deref(),
    )
    .await?;
    let access = GroupAccess::new(group, user.caller(), Some(membership));
    Ok(HttpResponse::Created().json(view(&state, &access).await?))
}

/// Change a group's settings (organizers and co-organizers).
#[utoipa::path(
    patch, path = "/api/v1/groups/{slug}", operation_id = "update_group", tag = "groups", request_body = GroupBody,
    params(("slug" = String, Path)),
    responses((status = 200, body = GroupView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn update(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<GroupBody>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    access.check(Action::Use(Capability::ManageGroup))?;
    let body = body.0;
    if body.slug.is_some() || body.conduct_text.is_some() {
        return Err(AppError::invalid_field(
            "slug",
            "The address and the code of conduct have their own endpoints.",
        )
        .into());
    }
    let fields = body.over(GroupFields::from_row(&access.group));
    let group = muster_app::groups::settings::update(&state, &access, &fields).await?;
    // Settings do not touch the caller's membership.
    let access = GroupAccess::new(group, user.caller(), access.membership);
    Ok(HttpResponse::Ok().json(view(&state, &access).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteGroup {
    pub password: String,
    /// The group's name, typed out.
    pub confirm_name: String,
}

/// Delete a group (its organizer, with password and the group's name).
#[utoipa::path(
    delete, path = "/api/v1/groups/{slug}", operation_id = "delete_group", tag = "groups", request_body = DeleteGroup,
    params(("slug" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn delete(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<DeleteGroup>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    let ip = auth::client_ip(&req, &state.config);
    muster_app::groups::settings::delete(
        &state,
        &access,
        &body.0.password,
        &body.0.confirm_name,
        &ip,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

// ----------------------------------------------------------------------------- new group

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
    pub language: String,
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
            language: f.language.clone(),
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
            language: self.language.clone(),
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
            // The organizer's own zone when known; otherwise the list asks for a choice.
            timezone: if user.user().timezone_known {
                user.user().timezone.clone()
            } else {
                String::new()
            },
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

// ----------------------------------------------------------------------------- settings

#[derive(Template)]
#[template(path = "groups/settings.html")]
struct SettingsPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    f: FormValues,
    conduct_text: String,
    errors: FormErrors,
    /// The languages the group can say it writes in: (tag, own name).
    languages: &'static [(&'static str, &'static str)],
}

pub(super) async fn settings_page(
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
            languages: muster_app::groups::settings::GROUP_LANGUAGES,
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

// ----------------------------------------------------------------------------- deletion

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

//! The administrators' view of mail that did not go out (`/admin/outbox`): failed emails and
//! the ones being retried, with a button that puts a failed one back in the queue. The same
//! queries as `muster admin outbox list` and `requeue`.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use muster_core::Timestamp;
use muster_db::outbox::{self, OutboxRow, Status};

use crate::{
    auth::CurrentUser,
    csrf::CsrfForm,
    error::{AppError, PageError},
    pages::{EmptyForm, PageContext, render, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

/// How many rows of each status the page reads.
const LIMIT: i64 = 200;

pub(crate) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/admin/outbox")
        .get(Access::Admin, page)
        .done();
    table
        .resource("/admin/outbox/{id}/requeue")
        .post(Access::Admin, requeue_submit)
        .done();
}

struct MailLine {
    id: String,
    recipient: String,
    kind: String,
    attempts: i32,
    last_error: String,
    next_try: String,
}

impl MailLine {
    fn of(row: OutboxRow, lang: muster_i18n::Locale) -> MailLine {
        MailLine {
            id: row.id.to_string(),
            recipient: row.recipient,
            kind: row.kind,
            attempts: row.attempts,
            last_error: row.last_error.unwrap_or_default(),
            next_try: minute(lang, row.run_after),
        }
    }
}

/// "16 Dec 2026 18:30 UTC", in `lang`.
fn minute(lang: muster_i18n::Locale, t: Timestamp) -> String {
    muster_i18n::dates::date_time_medium(
        lang,
        "admin-outbox-time",
        t.as_datetime().naive_utc(),
        None,
    )
}

#[derive(Template)]
#[template(path = "admin/outbox.html")]
struct OutboxPage {
    page: PageContext,
    failed: Vec<MailLine>,
    retrying: Vec<MailLine>,
    notice: String,
}

#[derive(serde::Deserialize)]
pub struct NoticeQuery {
    notice: Option<String>,
}

pub async fn page(
    req: HttpRequest,
    state: web::Data<AppState>,
    _admin: CurrentUser,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, PageError> {
    let (failed, pending) = state
        .db
        .read(|c| {
            Ok((
                outbox::list(c, Some(Status::Failed), LIMIT)?,
                outbox::list(c, Some(Status::Pending), LIMIT)?,
            ))
        })
        .await
        .map_err(AppError::from)?;
    let page = PageContext::new(&req, &state);
    let lang = page.lang;
    let notice = match query.notice.as_deref() {
        Some("requeued") => muster_i18n::tr(lang, "admin-outbox-requeued"),
        Some("not_failed") => muster_i18n::tr(lang, "admin-outbox-not-failed"),
        _ => String::new(),
    };
    render(&OutboxPage {
        page,
        failed: failed
            .into_iter()
            .map(|row| MailLine::of(row, lang))
            .collect(),
        retrying: pending
            .into_iter()
            .filter(|row| row.attempts > 0)
            .map(|row| MailLine::of(row, lang))
            .collect(),
        notice,
    })
}

pub async fn requeue_submit(
    state: web::Data<AppState>,
    admin: CurrentUser,
    id: web::Path<String>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let id = muster_core::id::OutboxEmailId::parse(&id).map_err(|_| AppError::not_found())?;
    let now = state.now();
    let count = state
        .db
        .write(move |c| outbox::requeue_failed(c, Some(id), now))
        .await
        .map_err(AppError::from)?;
    // No instance-wide audit log exists (audits are per group); the log records who did it.
    tracing::info!(admin = %admin.id(), email = %id, requeued = count, "outbox email requeued");
    Ok(see_other(if count > 0 {
        "/admin/outbox?notice=requeued"
    } else {
        "/admin/outbox?notice=not_failed"
    }))
}

//! Server-rendered HTML pages.

use actix_web::{HttpMessage, HttpRequest, HttpResponse, get, http::StatusCode, web};
use askama::Template;

use crate::{
    assets,
    error::{ErrorPage, PageError},
    middleware::CspNonce,
    state::AppState,
};

/// What the site chrome (`base.html`) needs on every page.
#[derive(Debug, Clone)]
pub struct PageContext {
    pub instance_name: String,
    pub css_href: String,
    pub favicon_href: String,
    /// The request's CSP nonce, for inline scripts.
    pub nonce: String,
}

impl PageContext {
    pub fn new(req: &HttpRequest, state: &AppState) -> Self {
        Self::with_name(req, state.config.instance_name.clone())
    }

    fn with_name(req: &HttpRequest, instance_name: String) -> Self {
        Self {
            instance_name,
            css_href: assets::href("muster.css"),
            favicon_href: assets::href("favicon.svg"),
            nonce: req
                .extensions()
                .get::<CspNonce>()
                .map(|n| n.0.clone())
                .unwrap_or_default(),
        }
    }

    /// For contexts without application state (should not happen in a running server).
    fn fallback(req: &HttpRequest) -> Self {
        Self::with_name(req, "Muster".to_owned())
    }
}

/// Renders a template into a 200 HTML response.
pub fn render(template: &impl Template) -> Result<HttpResponse, PageError> {
    render_with_status(template, StatusCode::OK)
}

pub fn render_with_status(
    template: &impl Template,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let html = template.render()?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(html))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: PageContext,
}

/// `/` — the home page.
#[get("/")]
pub async fn home(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    render(&HomePage {
        page: PageContext::new(&req, &state),
    })
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate<'a> {
    page: PageContext,
    status: u16,
    title: &'a str,
    message: &'a str,
}

/// The full error page for `error`; falls back to a bare page if the template fails.
pub fn error_page(req: &HttpRequest, error: &ErrorPage) -> String {
    let page = match req.app_data::<web::Data<AppState>>() {
        Some(state) => PageContext::new(req, state),
        None => PageContext::fallback(req),
    };
    let title = match error.status {
        StatusCode::NOT_FOUND => "Page not found",
        StatusCode::FORBIDDEN => "Not allowed",
        StatusCode::UNAUTHORIZED => "Please log in",
        StatusCode::TOO_MANY_REQUESTS => "Slow down",
        s if s.is_server_error() => "Something went wrong",
        _ => "That did not work",
    };
    ErrorTemplate {
        page,
        status: error.status.as_u16(),
        title,
        message: &error.message,
    }
    .render()
    .unwrap_or_else(|_| format!("<!doctype html><title>{title}</title><h1>{title}</h1>"))
}

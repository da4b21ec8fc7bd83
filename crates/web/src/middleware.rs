//! Cross-cutting request handling: metrics and logs, security headers with a per-request CSP
//! nonce, HTML error pages, and turning a panic into a 500 while the process lives on.

use std::{future::Future, panic::AssertUnwindSafe, time::Instant};

use actix_web::{
    Error, HttpMessage,
    body::{BoxBody, EitherBody, MessageBody},
    dev::{ServiceRequest, ServiceResponse},
    http::header::{self, HeaderName, HeaderValue},
    middleware::Next,
    web,
};
use base64::Engine;
use futures_util::FutureExt;

use crate::{
    error::{AppError, ErrorPage, html_error_response, is_api_path, json_error_response},
    pages,
    state::AppState,
};

/// The CSP nonce of this request; templates put it on any inline `<script>`.
#[derive(Debug, Clone)]
pub struct CspNonce(pub String);

impl CspNonce {
    fn generate() -> Self {
        let mut bytes = [0u8; 16];
        // The OS CSPRNG does not fail on supported platforms; an all-zero nonce would only
        // weaken CSP for one response, never break it.
        let _ = getrandom::fill(&mut bytes);
        CspNonce(base64::engine::general_purpose::STANDARD_NO_PAD.encode(bytes))
    }
}

/// Records request metrics and a log line per request. Paths are logged by route pattern
/// (`/feeds/{token}/calendar.ics`), so secret tokens in URLs never reach the logs.
pub async fn observe(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let method = req.method().clone();
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let response = next.call(req).await?;
    let elapsed = started.elapsed();
    let route = response
        .request()
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_owned());
    let status = response.status().as_u16();
    if let Some(state) = state {
        state
            .metrics
            .observe_request(method.as_str(), &route, status, elapsed);
    }
    if status >= 500 {
        tracing::warn!(%method, %route, status, elapsed_ms = elapsed.as_millis() as u64, "request failed");
    } else {
        tracing::debug!(%method, %route, status, elapsed_ms = elapsed.as_millis() as u64, "request");
    }
    Ok(response)
}

/// Answers an address longer than [`crate::MAX_URI_BYTES`] with 414 and a message saying so
/// (JSON under `/api`), before authentication or any handler reads it. A client's fault, so it
/// is logged at debug level only.
pub async fn refuse_long_uris(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<BoxBody>>, Error> {
    let length = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if length <= crate::MAX_URI_BYTES {
        return Ok(next
            .call(req)
            .await?
            .map_into_boxed_body()
            .map_into_left_body());
    }
    tracing::debug!(length, "address too long, refused");
    let error = uri_too_long(length);
    let response = if is_api_path(req.path()) {
        json_error_response(&error)
    } else {
        html_error_response(&error)
    };
    Ok(req.into_response(response).map_into_right_body())
}

/// The refusal of an address `length` bytes long.
pub(crate) fn uri_too_long(length: usize) -> AppError {
    AppError::uri_too_long(format!(
        "The address is too long: {} KiB, and at most {} KiB is read. \
         Send long data in a request body instead.",
        length.div_ceil(1024),
        crate::MAX_URI_BYTES / 1024
    ))
}

/// Whether a response of this `Content-Type` is worth compressing: text of every kind (HTML,
/// CSS, JavaScript, JSON, XML, iCalendar, CSV, SVG). Images, ZIP archives and other binary
/// formats are compressed already, and a response without a type is left alone.
fn is_compressible(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence.starts_with("text/")
        || essence.ends_with("+json")
        || essence.ends_with("+xml")
        || matches!(
            essence.as_str(),
            "application/json" | "application/javascript" | "application/xml" | "image/svg+xml"
        )
}

/// Runs inside actix-web's `Compress`: marks the responses it must not compress (see
/// [`is_compressible`]) with `Content-Encoding: identity`, which `Compress` leaves as they are.
pub async fn keep_compressed_as_is(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let mut response = next.call(req).await?;
    let compressible = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(is_compressible);
    if !compressible && !response.headers().contains_key(header::CONTENT_ENCODING) {
        response.headers_mut().insert(
            header::CONTENT_ENCODING,
            HeaderValue::from_static("identity"),
        );
    }
    Ok(response)
}

/// Runs outside `Compress`: takes the `identity` mark off again (RFC 9110 §8.4.1 keeps
/// `identity` out of `Content-Encoding`).
pub async fn drop_identity_encoding(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let mut response = next.call(req).await?;
    let headers = response.headers_mut();
    if headers
        .get(header::CONTENT_ENCODING)
        .is_some_and(|v| v == "identity")
    {
        headers.remove(header::CONTENT_ENCODING);
    }
    Ok(response)
}

/// Headers every response carries, plus CSP for HTML. Runs outside the error-page renderer so
/// error pages get them too.
pub async fn security_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let nonce = CspNonce::generate();
    req.extensions_mut().insert(nonce.clone());
    let state = req.app_data::<web::Data<AppState>>();
    let https = state.is_some_and(|s| s.config.is_https());
    // Map tiles from a server not on https (https: is allowed already).
    let tiles = state.map_or_else(String::new, |s| s.tiles_img_src.clone());
    let mut response = next.call(req).await?;
    let headers = response.headers_mut();
    let mut set_default = |name: HeaderName, value: &str| {
        if !headers.contains_key(&name)
            && let Ok(value) = HeaderValue::from_str(value)
        {
            headers.insert(name, value);
        }
    };
    set_default(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set_default(header::REFERRER_POLICY, "strict-origin-when-cross-origin");
    set_default(header::X_FRAME_OPTIONS, "DENY");
    if https {
        set_default(
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=63072000; includeSubDomains",
        );
    }
    let is_html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        let csp = format!(
            "default-src 'self'; script-src 'self' 'nonce-{}'; style-src 'self'; \
             img-src 'self' https: data:{tiles}; object-src 'none'; base-uri 'none'; \
             frame-ancestors 'none'; form-action 'self'",
            nonce.0
        );
        if let Ok(value) = HeaderValue::from_str(&csp) {
            headers.insert(header::CONTENT_SECURITY_POLICY, value);
        }
    }
    Ok(response)
}

/// Replaces the placeholder body of an HTML error with the full page (site chrome, instance
/// name), which needs the request context the error itself does not have.
pub async fn render_error_pages(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<BoxBody>>, Error> {
    let response = next.call(req).await?;
    let error_page = response.response().extensions().get::<ErrorPage>().cloned();
    let Some(error_page) = error_page else {
        return Ok(response.map_body(|_, body| EitherBody::right(body.boxed())));
    };
    let (request, old) = response.into_parts();
    let html = pages::error_page(&request, &error_page);
    let mut new = old.set_body(html).map_into_boxed_body();
    new.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    Ok(ServiceResponse::new(request, new).map_into_left_body())
}

/// Wraps the whole application so that a panicking handler answers 500 (JSON under `/api`, a
/// plain page elsewhere) and is logged, while the worker thread and the process carry on.
///
/// This sits outside actix-web's `App` because an App-level middleware cannot keep the
/// request around across routing, which it would need to build the 500 response.
pub fn catch_panics<S, B>(
    request: actix_http::Request,
    service: &S,
) -> impl Future<Output = Result<actix_http::Response<BoxBody>, Error>> + use<S, B>
where
    S: actix_service::Service<actix_http::Request, Response = ServiceResponse<B>, Error = Error>,
    B: MessageBody + 'static,
{
    let api = is_api_path(request.path());
    let method = request.method().clone();
    // Only the first segment: later ones may be secret tokens.
    let area = request
        .path()
        .split('/')
        .nth(1)
        .unwrap_or_default()
        .to_owned();
    let call = service.call(request);
    async move {
        match AssertUnwindSafe(call).catch_unwind().await {
            Ok(result) => {
                result.map(|response| response.map_into_boxed_body().into_parts().1.into())
            }
            Err(panic) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "non-string panic payload".to_owned());
                let error =
                    AppError::internal(format!("handler panicked on {method} /{area}/…: {what}"));
                Ok(panic_response(api, &error))
            }
        }
    }
}

fn panic_response(api: bool, error: &AppError) -> actix_http::Response<BoxBody> {
    let mut builder = actix_web::HttpResponse::InternalServerError();
    builder
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"));
    let response = if api {
        builder.json(serde_json::json!({
            "code": error.code.as_str(), "message": error.message, "fields": {}
        }))
    } else {
        builder
            .insert_header((header::CONTENT_SECURITY_POLICY, "default-src 'self'"))
            .content_type("text/html; charset=utf-8")
            .body(format!(
                "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Something went wrong</title>\
                 <link rel=\"stylesheet\" href=\"/static/muster.css\"><main class=\"wrap error-page\">\
                 <p class=\"status\">500</p><h1>Something went wrong</h1><p>{}</p>\
                 <p><a href=\"/\">Go to the home page</a></p></main></html>",
                error.message
            ))
    };
    response.into()
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};

    use actix_web::{App, HttpResponse, HttpServer, web};

    use super::*;

    async fn boom() -> HttpResponse {
        panic!("the handler fell over");
    }

    fn get(port: u16, path: &str) -> String {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
    }

    #[test]
    fn text_is_compressed_and_binary_formats_are_not() {
        for compressible in [
            "text/html; charset=utf-8",
            "text/css",
            "text/calendar; charset=utf-8",
            "application/json",
            "application/atom+xml",
            "application/xml",
            "image/svg+xml",
        ] {
            assert!(is_compressible(compressible), "{compressible}");
        }
        for binary in [
            "image/png",
            "image/jpeg",
            "application/zip",
            "application/octet-stream",
        ] {
            assert!(!is_compressible(binary), "{binary}");
        }
    }

    #[actix_web::test]
    async fn a_panicking_handler_answers_500_and_the_server_lives_on() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = HttpServer::new(|| {
            let app = App::new()
                .route("/boom", web::get().to(boom))
                .route("/api/boom", web::get().to(boom))
                .route("/ok", web::get().to(|| async { "fine" }));
            actix_service::apply_fn_factory(app, catch_panics)
        })
        .workers(1)
        .disable_signals()
        .listen(listener)
        .unwrap()
        .run();
        let handle = server.handle();
        actix_web::rt::spawn(server);

        let (api, page, after) = actix_web::rt::task::spawn_blocking(move || {
            (get(port, "/api/boom"), get(port, "/boom"), get(port, "/ok"))
        })
        .await
        .unwrap();
        assert!(api.starts_with("HTTP/1.1 500"), "{api}");
        assert!(api.contains(r#""code":"internal_error""#), "{api}");
        assert!(
            !api.contains("fell over"),
            "the panic message stays in the log: {api}"
        );
        assert!(page.starts_with("HTTP/1.1 500"), "{page}");
        assert!(
            page.contains("text/html") && page.contains("Something went wrong"),
            "{page}"
        );
        assert!(
            after.starts_with("HTTP/1.1 200") && after.ends_with("fine"),
            "{after}"
        );
        handle.stop(false).await;
    }
}

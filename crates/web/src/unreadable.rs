//! Clear answers to requests that cannot be read as HTTP.
//!
//! actix-http answers a request head it cannot parse itself, before any application code
//! runs: `400 Bad Request` for a malformed head or an address longer than 65,534 bytes (the
//! most `http::Uri` holds), `431` for a head over 128 KiB or with over 96 headers, each with
//! an empty body. A person who followed an over-long link then sees a blank page, and a script
//! gets no reason.
//!
//! Every connection's stream is wrapped in a [`Connection`]. It notes how the request being
//! read began (its first line's length and first bytes) and, when the server's answer is one
//! of those bodiless ones, sends a complete answer in its place: 414 with the message
//! [`crate::middleware::refuse_long_uris`] gives shorter over-long addresses, 431 or 400
//! otherwise; JSON under `/api` and a short page elsewhere. The connection still closes after
//! it, as actix-http intends. Nothing else is changed: every other byte passes through as it
//! is, and the application never answers 400 or 431 without a body.

use std::{
    io,
    pin::Pin,
    task::{Context, Poll, ready},
};

use actix_web::http::StatusCode;
use muster_app::{AppError, ErrorCode, ErrorKind};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

use crate::error::{ErrorBody, is_api_path, plain_error_page, status};

/// The longest address `http::Uri` accepts.
const LONGEST_URI: usize = 65_534;

/// How much of a request's first line is kept: its method and the start of its path, enough
/// to tell `/api/…` from a page.
const KEPT: usize = 24;

/// A connection's stream, answering unreadable requests clearly (see the module docs).
pub struct Connection<T> {
    io: T,
    request: RequestStart,
    /// The clear answer being sent in place of a bodiless one, and how much of it is sent.
    replacement: Vec<u8>,
    sent: usize,
}

impl<T> Connection<T> {
    pub fn new(io: T) -> Self {
        Self {
            io,
            request: RequestStart::default(),
            replacement: Vec::new(),
            sent: 0,
        }
    }
}

/// How the request being read began: what is read after the last answer was written. Noted for
/// every request, so it allocates nothing.
#[derive(Debug, Default)]
struct RequestStart {
    /// The first [`KEPT`] bytes of the first line (`kept` of them so far).
    first_line: [u8; KEPT],
    kept: usize,
    first_line_len: usize,
    first_line_ended: bool,
}

impl RequestStart {
    fn read(&mut self, bytes: &[u8]) {
        if self.first_line_ended {
            return;
        }
        let (line, ended) = match bytes.iter().position(|&b| b == b'\n') {
            Some(end) => (&bytes[..end], true),
            None => (bytes, false),
        };
        let n = line.len().min(KEPT - self.kept);
        self.first_line[self.kept..self.kept + n].copy_from_slice(&line[..n]);
        self.kept += n;
        self.first_line_len += line.len();
        self.first_line_ended = ended;
    }

    /// The request's method and the start of its address (`GET /api/v1/…`).
    fn method_and_path(&self) -> (&[u8], &[u8]) {
        let line = &self.first_line[..self.kept];
        match line.iter().position(|&b| b == b' ') {
            Some(space) => (&line[..space], &line[space + 1..]),
            None => (line, &[]),
        }
    }

    /// The length of the address: the first line without the method and the version.
    fn uri_len(&self) -> usize {
        let (method, _) = self.method_and_path();
        let version = if self.first_line_ended {
            " HTTP/1.1\r".len()
        } else {
            0
        };
        self.first_line_len
            .saturating_sub(method.len() + 1 + version)
    }

    /// What to answer instead of actix-http's bodiless `status`.
    fn error(&self, status: StatusCode) -> AppError {
        if self.first_line_len > LONGEST_URI {
            return crate::middleware::uri_too_long(self.uri_len());
        }
        if status == StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE {
            return AppError::new(
                ErrorKind::HeadersTooLarge,
                ErrorCode::HeadersTooLarge,
                "The request has too many headers, or headers too large: at most 96 headers \
                 and 128 KiB are read. Clearing this site's cookies may help.",
            );
        }
        AppError::bad_request(
            ErrorCode::UnreadableRequest,
            "The request could not be read: it is not well-formed HTTP.",
        )
    }

    fn is_api(&self) -> bool {
        let (_, path) = self.method_and_path();
        let path = String::from_utf8_lossy(path);
        is_api_path(path.split(['?', ' ']).next().unwrap_or_default())
    }
}

/// The status of `bytes` when they are one whole answer with an empty body and that status is
/// one actix-http gives requests it cannot read.
fn bodiless_refusal(bytes: &[u8]) -> Option<StatusCode> {
    let status = if bytes.starts_with(b"HTTP/1.1 400 ") {
        StatusCode::BAD_REQUEST
    } else if bytes.starts_with(b"HTTP/1.1 431 ") {
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE
    } else {
        return None;
    };
    let head = bytes.strip_suffix(b"\r\n\r\n")?;
    let bodiless = head.split(|&b| b == b'\n').any(|line| {
        line.trim_ascii_end()
            .eq_ignore_ascii_case(b"content-length: 0")
    });
    (bodiless && !head.windows(4).any(|w| w == b"\r\n\r\n")).then_some(status)
}

/// `error` as a whole HTTP/1.1 answer that closes the connection.
fn answer(error: &AppError, api: bool) -> Vec<u8> {
    let (content_type, body) = if api {
        let body = ErrorBody {
            code: error.code.as_str(),
            message: &error.message,
            fields: &Default::default(),
        };
        (
            "application/json",
            serde_json::to_string(&body).unwrap_or_default(),
        )
    } else {
        ("text/html; charset=utf-8", plain_error_page(error))
    };
    let status = status(error);
    let date = chrono::Utc::now().format("%a, %d %b %Y %H:%M:%S GMT");
    let mut answer = format!(
        "HTTP/1.1 {} {}\r\n\
         content-type: {content_type}\r\n\
         content-length: {}\r\n\
         cache-control: no-store\r\n\
         x-content-type-options: nosniff\r\n\
         content-security-policy: default-src 'none'; frame-ancestors 'none'\r\n\
         connection: close\r\n\
         date: {date}\r\n\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or("Error"),
        body.len(),
    )
    .into_bytes();
    answer.extend_from_slice(body.as_bytes());
    answer
}

impl<T: AsyncWrite + Unpin> Connection<T> {
    /// Writes what is left of a replacement answer.
    fn poll_replacement(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while self.sent < self.replacement.len() {
            let n = ready!(Pin::new(&mut self.io).poll_write(cx, &self.replacement[self.sent..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.sent += n;
        }
        Poll::Ready(Ok(()))
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for Connection<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        ready!(Pin::new(&mut this.io).poll_read(cx, buf))?;
        this.request.read(&buf.filled()[before..]);
        Poll::Ready(Ok(()))
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for Connection<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        ready!(this.poll_replacement(cx))?;
        if let Some(refused) = bodiless_refusal(buf) {
            let error = this.request.error(refused);
            tracing::debug!(code = %error.code, "unreadable request answered");
            this.replacement = answer(&error, this.request.is_api());
            this.sent = 0;
            this.request = RequestStart::default();
            // Taken whole; the clear answer goes out in its place.
            return Poll::Ready(Ok(buf.len()));
        }
        let n = ready!(Pin::new(&mut this.io).poll_write(cx, buf))?;
        // An answer is going out: what is read next belongs to the next request.
        this.request = RequestStart::default();
        Poll::Ready(Ok(n))
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.poll_replacement(cx))?;
        Pin::new(&mut this.io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.poll_replacement(cx))?;
        Pin::new(&mut this.io).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn started(bytes: &[u8]) -> RequestStart {
        let mut start = RequestStart::default();
        for chunk in bytes.chunks(1000) {
            start.read(chunk);
        }
        start
    }

    #[test]
    fn only_whole_bodiless_400_and_431_answers_are_replaced() {
        let bare = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\ndate: x\r\n\r\n";
        assert_eq!(bodiless_refusal(bare), Some(StatusCode::BAD_REQUEST));
        let bare = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(
            bodiless_refusal(bare),
            Some(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE)
        );
        // The application's own 400s carry a body; other statuses and partial writes pass.
        let with_body = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 2\r\n\r\n{}";
        assert_eq!(bodiless_refusal(with_body), None);
        assert_eq!(
            bodiless_refusal(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n"),
            None
        );
        assert_eq!(
            bodiless_refusal(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n"),
            None
        );
        // Two answers in one write (pipelining) are left alone.
        let two = b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\nHTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(bodiless_refusal(two), None);
    }

    #[test]
    fn the_first_line_says_how_long_the_address_was_and_whether_it_is_the_api() {
        let long = format!(
            "GET /api/v1/groups?q={} HTTP/1.1\r\nhost: x\r\n\r\n",
            "a".repeat(100_000)
        );
        let start = started(long.as_bytes());
        assert_eq!(start.uri_len(), "/api/v1/groups?q=".len() + 100_000);
        assert!(start.is_api());
        let error = start.error(StatusCode::BAD_REQUEST);
        assert_eq!(error.code, ErrorCode::UriTooLong);
        assert_eq!(
            error.message,
            "The address is too long: 98 KiB, and at most 8 KiB is read. \
             Send long data in a request body instead."
        );

        let page = started(b"GET /groups HTTP/1.1\r\nbad header\r\n\r\n");
        assert!(!page.is_api());
        assert_eq!(
            page.error(StatusCode::BAD_REQUEST).code,
            ErrorCode::UnreadableRequest
        );
        assert_eq!(
            page.error(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE).code,
            ErrorCode::HeadersTooLarge
        );
        assert!(!started(b"GET /apiary HTTP/1.1\r\n").is_api());
    }
}

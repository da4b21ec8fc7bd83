//! The one way Muster fetches a URL someone gave it (an iCalendar import by URL): SECURITY 20.
//!
//! * `http` and `https` only, no user name or password in the URL.
//! * The host is resolved once, here; every address it resolves to must be public (no
//!   loopback, private, link-local — the cloud metadata address 169.254.169.254 included —,
//!   shared CGNAT, unspecified, multicast, broadcast, documentation or reserved ranges, nor
//!   IPv6 forms that embed such an IPv4 address). We connect to the checked address ourselves,
//!   so nothing resolves the name a second time.
//! * Redirects are followed by hand, at most [`FetchPolicy::max_redirects`], each target
//!   checked like the first URL.
//! * The body is read in pieces and refused as soon as it passes the size cap; the whole fetch
//!   (every connection, redirect and byte) has one deadline.
//!
//! [`FetchPolicy::allow_private`] exists for the test suite only: it names `host:port` pairs
//! (a local test server) that may be reached although they are loopback. It is empty unless a
//! test sets it; nothing in configuration sets it.

use std::{
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
    sync::Arc,
    time::Duration,
};

use http_body_util::BodyExt;
use hyper::{Request, StatusCode, header};
use hyper_util::rt::TokioIo;
use tokio::{
    io::{AsyncRead, AsyncWrite},
    net::TcpStream,
};
use tokio_rustls::{
    TlsConnector,
    rustls::{ClientConfig, RootCertStore, pki_types::ServerName},
};
use url::{Host, Url};

/// The limits of one fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchPolicy {
    pub max_bytes: usize,
    /// For everything: resolving, connecting, redirects and reading the body.
    pub timeout: Duration,
    pub max_redirects: usize,
    /// TEST ONLY: `host:port` pairs reachable although they are not public addresses.
    pub allow_private: Vec<String>,
    /// TEST ONLY: every address reachable (federation with peers on loopback,
    /// `--federation-allow-private-addresses`).
    pub allow_private_addresses: bool,
}

impl Default for FetchPolicy {
    fn default() -> Self {
        Self {
            max_bytes: 5 * 1024 * 1024,
            timeout: Duration::from_secs(15),
            max_redirects: 3,
            allow_private: Vec::new(),
            allow_private_addresses: false,
        }
    }
}

/// What to send: a GET that accepts calendars ([`Outgoing::default`]), or any other request.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub method: hyper::Method,
    pub accept: String,
    pub user_agent: String,
    /// More headers (a content type, an HTTP Signature and what it signs).
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Default for Outgoing {
    fn default() -> Self {
        Self {
            method: hyper::Method::GET,
            accept: "text/calendar, text/plain;q=0.5, */*;q=0.1".to_owned(),
            user_agent: "Muster calendar import".to_owned(),
            headers: Vec::new(),
            body: Vec::new(),
        }
    }
}

/// Why a fetch failed, in words for the person who gave the URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchError(pub String);

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FetchError {}

fn fail(message: impl Into<String>) -> FetchError {
    FetchError(message.into())
}

/// What the server sent.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// After redirects.
    pub url: Url,
    pub content_type: String,
    pub body: Vec<u8>,
}

/// Whether an IPv4 address is on the public internet.
fn public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (b & 0xc0) == 64) // 100.64.0.0/10, shared (CGNAT)
        || (a == 192 && b == 0 && c == 0) // 192.0.0.0/24, protocol assignments
        || (a == 198 && (b & 0xfe) == 18) // 198.18.0.0/15, benchmarking
        || a >= 240) // reserved
}

/// Whether an address is on the public internet (see the module documentation).
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => public_v4(v4),
        IpAddr::V6(v6) => public_v6(v6),
    }
}

fn public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return public_v4(v4);
    }
    let s = ip.segments();
    let embedded = || Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
    // ::a.b.c.d (deprecated IPv4-compatible) and 64:ff9b::/96 (NAT64) reach IPv4 addresses.
    if s[..6] == [0; 6] && !ip.is_loopback() && !ip.is_unspecified() {
        return public_v4(embedded());
    }
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return public_v4(embedded());
    }
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || (s[0] & 0xfe00) == 0xfc00 // fc00::/7, unique local
        || (s[0] & 0xffc0) == 0xfe80 // fe80::/10, link-local
        || (s[0] & 0xffc0) == 0xfec0 // fec0::/10, old site-local
        || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation
        || s[0] == 0x2002 // 6to4 embeds IPv4 addresses of its own
        || (s[0] == 0x2001 && s[1] == 0)) // Teredo
}

/// Checks a URL's shape (scheme, host, credentials) before anything is resolved.
pub fn check_url(url: &Url) -> Result<(), FetchError> {
    match url.scheme() {
        "http" | "https" => {}
        other => {
            return Err(fail(format!(
                "only http:// and https:// addresses can be fetched, not {other}://"
            )));
        }
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(fail(
            "addresses with a user name or password cannot be fetched",
        ));
    }
    if url.host().is_none() {
        return Err(fail("the address has no host"));
    }
    Ok(())
}

/// Resolves the URL's host once and checks every address; the addresses to connect to.
async fn resolve(url: &Url, policy: &FetchPolicy) -> Result<Vec<SocketAddr>, FetchError> {
    let port = url
        .port_or_known_default()
        .ok_or_else(|| fail("the address has no port"))?;
    let host = url.host().ok_or_else(|| fail("the address has no host"))?;
    let host_text = match &host {
        Host::Domain(d) => (*d).to_owned(),
        Host::Ipv4(ip) => ip.to_string(),
        Host::Ipv6(ip) => format!("[{ip}]"),
    };
    let allowed = policy.allow_private_addresses
        || policy
            .allow_private
            .iter()
            .any(|a| a.eq_ignore_ascii_case(&format!("{host_text}:{port}")));
    let addresses: Vec<SocketAddr> = match host {
        Host::Ipv4(ip) => vec![SocketAddr::new(IpAddr::V4(ip), port)],
        Host::Ipv6(ip) => vec![SocketAddr::new(IpAddr::V6(ip), port)],
        Host::Domain(domain) => tokio::net::lookup_host((domain, port))
            .await
            .map_err(|_| fail(format!("the host {domain} could not be found")))?
            .collect(),
    };
    if addresses.is_empty() {
        return Err(fail(format!("the host {host_text} has no address")));
    }
    // The address itself is not named: it would tell an organizer what internal names
    // resolve to.
    if !allowed && addresses.iter().any(|a| !is_public(a.ip())) {
        return Err(fail(format!(
            "{host_text} is a local, private or reserved address; Muster only fetches from the \
             public internet"
        )));
    }
    Ok(addresses)
}

/// Connects to the first of the checked addresses that answers (an IPv6 address first may
/// be unreachable from here).
async fn connect(addresses: &[SocketAddr], host: &str) -> Result<TcpStream, FetchError> {
    let mut last = None;
    for address in addresses {
        match TcpStream::connect(address).await {
            Ok(stream) => return Ok(stream),
            Err(e) => last = Some(e),
        }
    }
    Err(fail(match last {
        Some(e) => format!("could not connect to {host}: {e}"),
        None => format!("the host {host} has no address"),
    }))
}

fn tls_connector() -> Result<TlsConnector, FetchError> {
    let mut roots = RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| fail(format!("TLS is not available: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(TlsConnector::from(Arc::new(config)))
}

/// `host[:port]` as the `Host` header names it (the port only when the URL gives one).
pub fn authority(url: &Url) -> String {
    match url.port() {
        Some(port) => format!("{}:{port}", url.host_str().unwrap_or_default()),
        None => url.host_str().unwrap_or_default().to_owned(),
    }
}

/// One request on one connection: the status, the `Location` and `Content-Type` headers and,
/// for a success, the body.
async fn exchange<I>(
    io: I,
    url: &Url,
    policy: &FetchPolicy,
    outgoing: &Outgoing,
) -> Result<(StatusCode, Option<String>, String, Vec<u8>), FetchError>
where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(io))
        .await
        .map_err(|e| fail(format!("the server could not be talked to: {e}")))?;
    tokio::spawn(async move {
        let _ = connection.await;
    });
    let authority = authority(url);
    let path = match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    };
    let mut request = Request::builder()
        .method(outgoing.method.clone())
        .uri(path)
        .header(header::HOST, authority)
        .header(header::USER_AGENT, &outgoing.user_agent)
        .header(header::ACCEPT, &outgoing.accept)
        .header(header::CONNECTION, "close");
    for (name, value) in &outgoing.headers {
        request = request.header(name.as_str(), value.as_str());
    }
    let request = request
        .body(http_body_util::Full::new(hyper::body::Bytes::from(
            outgoing.body.clone(),
        )))
        .map_err(|e| fail(format!("the address cannot be requested: {e}")))?;
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| fail(format!("the server did not answer properly: {e}")))?;
    let status = response.status();
    let header_text = |name: header::HeaderName| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let location = header_text(header::LOCATION);
    let content_type = header_text(header::CONTENT_TYPE).unwrap_or_default();
    if !status.is_success() && outgoing.method == hyper::Method::GET {
        return Ok((status, location, content_type, Vec::new()));
    }
    let too_big = || {
        fail(format!(
            "the file is larger than {} MiB",
            policy.max_bytes / (1024 * 1024)
        ))
    };
    if let Some(length) =
        header_text(header::CONTENT_LENGTH).and_then(|l| l.trim().parse::<u64>().ok())
        && length > policy.max_bytes as u64
    {
        return Err(too_big());
    }
    let mut body = response.into_body();
    let mut bytes = Vec::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| fail(format!("the download broke off: {e}")))?;
        if let Ok(data) = frame.into_data() {
            if bytes.len() + data.len() > policy.max_bytes {
                return Err(too_big());
            }
            bytes.extend_from_slice(&data);
        }
    }
    Ok((status, location, content_type, bytes))
}

async fn fetch_unbounded(
    start: &str,
    policy: &FetchPolicy,
    outgoing: &Outgoing,
) -> Result<Fetched, FetchError> {
    let mut url = Url::parse(start.trim())
        .map_err(|_| fail(format!("{:?} is not a web address", start.trim())))?;
    let mut redirects = 0;
    loop {
        check_url(&url)?;
        let addresses = resolve(&url, policy).await?;
        let stream = connect(&addresses, url.host_str().unwrap_or_default()).await?;
        let (status, location, content_type, body) = if url.scheme() == "https" {
            let name = match url.host() {
                Some(Host::Domain(d)) => ServerName::try_from(d.to_owned())
                    .map_err(|_| fail("the host name is not valid for TLS"))?,
                Some(Host::Ipv4(ip)) => ServerName::IpAddress(IpAddr::V4(ip).into()),
                Some(Host::Ipv6(ip)) => ServerName::IpAddress(IpAddr::V6(ip).into()),
                None => return Err(fail("the address has no host")),
            };
            let tls = tls_connector()?
                .connect(name, stream)
                .await
                .map_err(|e| fail(format!("a secure connection failed: {e}")))?;
            exchange(tls, &url, policy, outgoing).await?
        } else {
            exchange(stream, &url, policy, outgoing).await?
        };
        if status.is_redirection() && outgoing.method == hyper::Method::GET {
            let Some(location) = location else {
                return Err(fail(format!(
                    "the server answered {status} without a Location"
                )));
            };
            redirects += 1;
            if redirects > policy.max_redirects {
                return Err(fail(format!(
                    "more than {} redirects; give the calendar's final address",
                    policy.max_redirects
                )));
            }
            url = url.join(&location).map_err(|_| {
                fail(format!(
                    "the server redirected to {location:?}, not an address"
                ))
            })?;
            continue;
        }
        if !status.is_success() {
            let said = String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned();
            return Err(fail(if said.trim().is_empty() {
                format!("the server answered {status}")
            } else {
                format!("the server answered {status}: {}", said.trim())
            }));
        }
        return Ok(Fetched {
            url,
            content_type,
            body,
        });
    }
}

/// Fetches `url` under `policy` (see the module documentation).
pub async fn fetch(url: &str, policy: &FetchPolicy) -> Result<Fetched, FetchError> {
    fetch_with(url, policy, &Outgoing::default()).await
}

/// [`fetch`], sending `outgoing` (a POST follows no redirect).
pub async fn fetch_with(
    url: &str,
    policy: &FetchPolicy,
    outgoing: &Outgoing,
) -> Result<Fetched, FetchError> {
    match tokio::time::timeout(policy.timeout, fetch_unbounded(url, policy, outgoing)).await {
        Ok(result) => result,
        Err(_) => Err(fail(format!(
            "the server took longer than {} seconds",
            policy.timeout.as_secs()
        ))),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn only_public_addresses_pass() {
        for bad in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "100.127.255.255",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "240.0.0.1",
            "192.0.2.1",
            "::1",
            "::",
            "fc00::1",
            "fd00:ec2::254",
            "fe80::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "::ffff:10.0.0.1",
            "::127.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "2001:db8::1",
        ] {
            assert!(!is_public(bad.parse().unwrap()), "{bad} must be refused");
        }
        for good in [
            "93.184.215.14",
            "1.1.1.1",
            "172.32.0.1",
            "100.128.0.1",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
        ] {
            assert!(is_public(good.parse().unwrap()), "{good} is public");
        }
    }

    #[test]
    fn only_web_urls_pass() {
        for (url, expected) in [
            ("file:///etc/passwd", "not file://"),
            ("ftp://example.org/cal.ics", "not ftp://"),
            ("https://user:pw@example.org/cal.ics", "user name"),
        ] {
            let error = check_url(&Url::parse(url).unwrap()).unwrap_err();
            assert!(error.0.contains(expected), "{url}: {error}");
        }
        assert!(check_url(&Url::parse("https://example.org/cal.ics").unwrap()).is_ok());
    }

    #[tokio::test]
    async fn a_server_that_stalls_runs_out_of_time() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap().to_string();
        let server = tokio::spawn(async move {
            // Accepts, then says nothing.
            let (_socket, _) = listener.accept().await.unwrap();
            tokio::time::sleep(Duration::from_secs(30)).await;
        });
        let policy = FetchPolicy {
            timeout: Duration::from_millis(300),
            allow_private: vec![address.clone()],
            ..FetchPolicy::default()
        };
        let error = fetch(&format!("http://{address}/slow.ics"), &policy)
            .await
            .unwrap_err();
        assert!(error.0.contains("took longer than"), "{error}");
        server.abort();
    }

    #[tokio::test]
    async fn local_addresses_are_refused_before_connecting() {
        let policy = FetchPolicy::default();
        for url in [
            "http://127.0.0.1:9/x.ics",
            "http://localhost:9/x.ics",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/x.ics",
            "http://[::ffff:127.0.0.1]/x.ics",
            "http://10.0.0.1/x.ics",
        ] {
            let error = fetch(url, &policy).await.unwrap_err();
            assert!(
                error.0.contains("local, private or reserved"),
                "{url}: {error}"
            );
        }
    }
}

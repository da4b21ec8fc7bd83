//! Where built messages go: SMTP, `.eml` files, or memory.

use std::{
    net::IpAddr,
    path::PathBuf,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    transport::smtp::{
        PoolConfig,
        authentication::{Credentials, Mechanism},
        client::{AsyncSmtpConnection, Tls, TlsParameters},
        extension::ClientId,
    },
};

/// A configured delivery method.
#[derive(Clone)]
pub enum Transport {
    /// SMTP with plain or STARTTLS connections that Muster opens itself (see [`SmtpPool`]).
    Smtp(Arc<SmtpPool>),
    /// SMTP with implicit TLS (`smtps://`), through lettre's own pooled transport.
    SmtpsLettre {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        description: String,
    },
    /// One `.eml` file per message in a directory (the zero-configuration default).
    File(PathBuf),
    /// Kept in memory (unit tests).
    Memory(Arc<Mutex<Vec<Vec<u8>>>>),
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

/// Why a message was not delivered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Worth retrying later (4xx, connection refused, timeout).
    #[error("temporary failure: {0}")]
    Transient(String),
    /// Retrying will not help (5xx, invalid recipient).
    #[error("permanent failure: {0}")]
    Permanent(String),
}

impl From<lettre::transport::smtp::Error> for SendError {
    fn from(e: lettre::transport::smtp::Error) -> Self {
        if e.is_permanent() {
            SendError::Permanent(e.to_string())
        } else {
            SendError::Transient(e.to_string())
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SmtpConfigError {
    #[error("invalid SMTP URL: {0}")]
    Url(String),
    #[error(
        "unsupported SMTP URL scheme \"{0}\": use smtp:// (STARTTLS, or plain on localhost) or smtps:// (TLS)"
    )]
    Scheme(String),
    #[error("the SMTP URL has no host")]
    NoHost,
    #[error("unknown tls option \"{0}\": use tls=required, tls=opportunistic or tls=none")]
    TlsOption(String),
    #[error("TLS set-up failed: {0}")]
    Tls(String),
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// When to upgrade a plain connection with STARTTLS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StartTls {
    Never,
    IfOffered,
    Required,
}

/// Pooled SMTP connections opened by Muster, with `TCP_NODELAY` set.
///
/// lettre 0.11.23 (the newest release) leaves Nagle's algorithm on: it writes a message's
/// body and its final `.` separately, so every message waits for the server's delayed ACK —
/// measured here at ~43 ms, capping one connection at ~23 emails/s. Upstream fixed it in
/// lettre PR #1159 (unreleased). Until then Muster opens the socket itself and hands it to
/// lettre's protocol engine (`AsyncSmtpConnection`), which still does EHLO, STARTTLS, AUTH
/// and the message exchange.
pub struct SmtpPool {
    host: String,
    port: u16,
    starttls: StartTls,
    tls: Option<TlsParameters>,
    credentials: Option<Credentials>,
    hello: ClientId,
    timeout: Duration,
    idle: Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
    max_idle: usize,
    description: String,
}

impl SmtpPool {
    async fn connect(&self) -> Result<AsyncSmtpConnection, SendError> {
        let transient = |e: &dyn std::fmt::Display| {
            SendError::Transient(format!("cannot reach {}: {e}", self.description))
        };
        let stream = tokio::time::timeout(
            self.timeout,
            tokio::net::TcpStream::connect((self.host.as_str(), self.port)),
        )
        .await
        .map_err(|_| SendError::Transient(format!("connecting to {} timed out", self.description)))?
        .map_err(|e| transient(&e))?;
        stream.set_nodelay(true).map_err(|e| transient(&e))?;
        let mut connection =
            AsyncSmtpConnection::connect_with_transport(Box::new(stream), &self.hello).await?;
        match (self.starttls, &self.tls) {
            (StartTls::Never, _) | (_, None) => {}
            (mode, Some(params)) => {
                if connection.can_starttls() {
                    connection.starttls(params.clone(), &self.hello).await?;
                } else if mode == StartTls::Required {
                    connection.abort().await;
                    return Err(SendError::Transient(format!(
                        "{} does not offer STARTTLS; refusing to send in clear text (use ?tls=opportunistic to allow it)",
                        self.description
                    )));
                }
            }
        }
        if let Some(credentials) = &self.credentials {
            connection
                .auth(&[Mechanism::Plain, Mechanism::Login], credentials)
                .await?;
        }
        Ok(connection)
    }

    /// An idle connection that is still good, or a new one.
    async fn checkout(&self) -> Result<AsyncSmtpConnection, SendError> {
        loop {
            let candidate = self.idle.lock().ok().and_then(|mut idle| idle.pop());
            let Some((mut connection, since)) = candidate else {
                return self.connect().await;
            };
            if connection.has_broken() {
                continue;
            }
            // A connection idle for a while may have been closed by the server: check with a
            // NOOP before trusting a message to it. Busy connections skip the round trip.
            if since.elapsed() > Duration::from_secs(5) && !connection.test_connected().await {
                continue;
            }
            return Ok(connection);
        }
    }

    fn checkin(&self, connection: AsyncSmtpConnection) {
        if connection.has_broken() {
            return;
        }
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < self.max_idle
        {
            idle.push((connection, Instant::now()));
        }
    }

    async fn send(&self, message: &Message) -> Result<(), SendError> {
        let mut connection = self.checkout().await?;
        let sent = tokio::time::timeout(
            self.timeout,
            connection.send(message.envelope(), &message.formatted()),
        )
        .await;
        match sent {
            Ok(Ok(_)) => {
                self.checkin(connection);
                Ok(())
            }
            // lettre aborts the connection after a refusal; it is not reused.
            Ok(Err(e)) => Err(e.into()),
            Err(_) => Err(SendError::Transient(format!(
                "{} did not answer in time",
                self.description
            ))),
        }
    }
}

impl Transport {
    /// Parses `smtp://[user:pass@]host[:port][?tls=required|opportunistic|none]` or
    /// `smtps://…`. `smtp://` requires STARTTLS except on loopback, where it is plain.
    ///
    /// Must be called (and the transport dropped) inside a Tokio runtime: lettre's connection
    /// pool for `smtps://` runs a task on it.
    pub fn smtp(url: &str) -> Result<Transport, SmtpConfigError> {
        let parsed = url::Url::parse(url).map_err(|e| SmtpConfigError::Url(e.to_string()))?;
        let host = parsed.host_str().ok_or(SmtpConfigError::NoHost)?.to_owned();
        let implicit_tls = match parsed.scheme() {
            "smtp" => false,
            "smtps" => true,
            other => return Err(SmtpConfigError::Scheme(other.to_owned())),
        };
        let tls_option = parsed
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let params =
            || TlsParameters::new(host.clone()).map_err(|e| SmtpConfigError::Tls(e.to_string()));
        let port = parsed
            .port()
            .unwrap_or(if implicit_tls { 465 } else { 587 });
        let credentials = (!parsed.username().is_empty()).then(|| {
            // Userinfo is percent-encoded; `+` is a plus, not a space.
            let decode = |s: &str| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            };
            Credentials::new(
                decode(parsed.username()),
                decode(parsed.password().unwrap_or_default()),
            )
        });
        let timeout = Duration::from_secs(30);
        if implicit_tls {
            let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&host)
                .port(port)
                .tls(Tls::Wrapper(params()?))
                .timeout(Some(timeout))
                .pool_config(PoolConfig::new().max_size(8));
            if let Some(credentials) = credentials {
                builder = builder.credentials(credentials);
            }
            return Ok(Transport::SmtpsLettre {
                transport: builder.build(),
                description: format!("smtps://{host}:{port}"),
            });
        }
        let starttls = match tls_option.as_deref() {
            Some("required") => StartTls::Required,
            Some("opportunistic") => StartTls::IfOffered,
            Some("none") => StartTls::Never,
            Some(other) => return Err(SmtpConfigError::TlsOption(other.to_owned())),
            None if is_loopback(&host) => StartTls::Never,
            None => StartTls::Required,
        };
        let tls = match starttls {
            StartTls::Never => None,
            _ => Some(params()?),
        };
        Ok(Transport::Smtp(Arc::new(SmtpPool {
            description: format!("smtp://{host}:{port}"),
            host,
            port,
            starttls,
            tls,
            credentials,
            hello: ClientId::default(),
            timeout,
            idle: Mutex::new(Vec::new()),
            max_idle: 8,
        })))
    }

    /// Writes `.eml` files into `dir`, creating it if needed.
    pub fn file(dir: impl Into<PathBuf>) -> std::io::Result<Transport> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir)?;
        Ok(Transport::File(dir))
    }

    pub fn memory() -> Transport {
        Transport::Memory(Arc::default())
    }

    /// For logs: never includes credentials.
    pub fn describe(&self) -> String {
        match self {
            Transport::Smtp(pool) => pool.description.clone(),
            Transport::SmtpsLettre { description, .. } => description.clone(),
            Transport::File(dir) => format!("files in {}", dir.display()),
            Transport::Memory(_) => "memory".to_owned(),
        }
    }

    /// Messages a memory transport holds (empty for the others).
    pub fn sent(&self) -> Vec<Vec<u8>> {
        match self {
            Transport::Memory(store) => store.lock().map(|s| s.clone()).unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// Delivers `message`. `file_stem` names the file for the file transport (the outbox id).
    pub async fn send(&self, message: &Message, file_stem: &str) -> Result<(), SendError> {
        match self {
            Transport::Smtp(pool) => pool.send(message).await,
            Transport::SmtpsLettre { transport, .. } => transport
                .send(message.clone())
                .await
                .map(|_| ())
                .map_err(SendError::from),
            Transport::File(dir) => {
                let stem: String = file_stem
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                let path = dir.join(format!("{stem}.eml"));
                let temp = dir.join(format!(".{stem}.eml.tmp"));
                let bytes = message.formatted();
                let io =
                    |e: std::io::Error| SendError::Transient(format!("{}: {e}", path.display()));
                tokio::fs::write(&temp, bytes).await.map_err(io)?;
                tokio::fs::rename(&temp, &path).await.map_err(io)
            }
            Transport::Memory(store) => {
                store
                    .lock()
                    .map_err(|_| SendError::Transient("memory transport poisoned".into()))?
                    .push(message.formatted());
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // lettre's pool lives on the Tokio runtime, so the transport is built inside one.
    #[tokio::test]
    async fn smtp_urls_choose_tls_sensibly() {
        let plain = Transport::smtp("smtp://127.0.0.1:2525").unwrap();
        assert_eq!(plain.describe(), "smtp://127.0.0.1:2525");
        let starttls = Transport::smtp("smtp://user:p%40ss+1@mail.example.org").unwrap();
        let Transport::Smtp(pool) = &starttls else {
            panic!("a pool")
        };
        assert_eq!(
            pool.credentials,
            Some(Credentials::new("user".into(), "p@ss+1".into())),
            "userinfo is percent-decoded; + stays a plus"
        );
        assert_eq!(starttls.describe(), "smtp://mail.example.org:587");
        assert!(!format!("{starttls:?}").contains("p@ss"));
        let tls = Transport::smtp("smtps://mail.example.org").unwrap();
        assert_eq!(tls.describe(), "smtps://mail.example.org:465");
        assert!(matches!(
            Transport::smtp("http://mail.example.org"),
            Err(SmtpConfigError::Scheme(_))
        ));
        assert!(matches!(
            Transport::smtp("smtp://mail.example.org?tls=maybe"),
            Err(SmtpConfigError::TlsOption(_))
        ));
    }

    #[tokio::test]
    async fn the_file_transport_writes_one_eml_per_message() {
        let dir = tempfile::tempdir().unwrap();
        let transport = Transport::file(dir.path().join("outbox")).unwrap();
        let message = Message::builder()
            .from("a@example.org".parse().unwrap())
            .to("b@example.org".parse().unwrap())
            .subject("Hi")
            .body("body".to_owned())
            .unwrap();
        transport.send(&message, "0193-abc").await.unwrap();
        let written = std::fs::read_to_string(dir.path().join("outbox/0193-abc.eml")).unwrap();
        assert!(written.contains("Subject: Hi"));
    }
}

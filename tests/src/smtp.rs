//! A real SMTP server on loopback for tests: it speaks enough ESMTP for lettre's client
//! (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), records what it accepts, and can be told to
//! refuse messages with a transient (4xx) or permanent (5xx) reply.

use std::{
    collections::VecDeque,
    sync::{Arc, Mutex},
    time::Duration,
};

use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
    sync::Notify,
};

/// How the sink answers the end of a message's DATA.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpReply {
    /// `250` — accepted and recorded.
    Accept,
    /// `451` — try again later; nothing recorded.
    TransientFailure,
    /// `550` — refused for good; nothing recorded.
    PermanentFailure,
}

/// One message as it arrived over SMTP.
#[derive(Debug, Clone)]
pub struct ReceivedMail {
    pub from: String,
    pub to: Vec<String>,
    /// The raw message (headers and body), dot-unstuffed, CRLF line endings.
    pub data: String,
}

#[derive(Default)]
struct Shared {
    received: Mutex<Vec<ReceivedMail>>,
    /// One-off replies, used before falling back to `mode`.
    script: Mutex<VecDeque<SmtpReply>>,
    mode: Mutex<Option<SmtpReply>>,
    refused: Mutex<usize>,
    arrived: Notify,
}

/// The SMTP sink. Clones share the same server and mailbox.
#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    shared: Arc<Shared>,
}

impl SmtpSink {
    /// Starts listening on a random loopback port.
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind SMTP sink");
        let port = listener.local_addr().expect("local address").port();
        let shared = Arc::new(Shared::default());
        let accept_shared = shared.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let shared = accept_shared.clone();
                tokio::spawn(async move {
                    let _ = serve(stream, shared).await;
                });
            }
        });
        SmtpSink { port, shared }
    }

    /// `smtp://127.0.0.1:PORT` — plain SMTP on loopback.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Answers every following message with `reply` until changed.
    pub fn set_mode(&self, reply: SmtpReply) {
        *self.shared.mode.lock().unwrap() = Some(reply);
    }

    /// Answers the next messages with these replies, then falls back to the mode.
    pub fn script(&self, replies: impl IntoIterator<Item = SmtpReply>) {
        self.shared.script.lock().unwrap().extend(replies);
    }

    /// Every message accepted so far.
    pub fn received(&self) -> Vec<ReceivedMail> {
        self.shared.received.lock().unwrap().clone()
    }

    /// How many messages were refused (4xx or 5xx) so far.
    pub fn refused(&self) -> usize {
        *self.shared.refused.lock().unwrap()
    }

    /// Waits until at least `count` messages have arrived (or panics after `timeout`).
    pub async fn wait_for(&self, count: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.shared.arrived.notified();
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!(
                    "expected {count} emails within {timeout:?}, got {}",
                    self.received().len()
                );
            }
        }
    }

    fn next_reply(&self) -> SmtpReply {
        self.shared
            .script
            .lock()
            .unwrap()
            .pop_front()
            .or(*self.shared.mode.lock().unwrap())
            .unwrap_or(SmtpReply::Accept)
    }
}

fn address(argument: &str) -> String {
    let start = argument.find('<').map_or(0, |i| i + 1);
    let end = argument[start..]
        .find('>')
        .map_or(argument.len(), |i| start + i);
    argument[start..end].to_owned()
}

async fn serve(stream: TcpStream, shared: Arc<Shared>) -> std::io::Result<()> {
    // Replies are small writes; without this, Nagle's algorithm and delayed ACKs add ~40 ms
    // per exchange (real mail servers set it too).
    stream.set_nodelay(true)?;
    let sink = SmtpSink { port: 0, shared };
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    write
        .write_all(b"220 muster-test-smtp ESMTP ready\r\n")
        .await?;
    let mut from = String::new();
    let mut to = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end();
        let upper = command.to_ascii_uppercase();
        let reply: &[u8] = if upper.starts_with("EHLO") {
            b"250-muster-test-smtp\r\n250-PIPELINING\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10485760\r\n"
        } else if upper.starts_with("HELO") {
            b"250 muster-test-smtp\r\n"
        } else if upper.starts_with("MAIL FROM:") {
            from = address(&command[10..]);
            to.clear();
            b"250 2.1.0 OK\r\n"
        } else if upper.starts_with("RCPT TO:") {
            to.push(address(&command[8..]));
            b"250 2.1.5 OK\r\n"
        } else if upper == "DATA" {
            write
                .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                .await?;
            let mut data = String::new();
            loop {
                line.clear();
                if reader.read_line(&mut line).await? == 0 {
                    return Ok(());
                }
                if line == ".\r\n" || line == ".\n" {
                    break;
                }
                let unstuffed = line.strip_prefix('.').unwrap_or(&line);
                data.push_str(unstuffed);
            }
            match sink.next_reply() {
                SmtpReply::Accept => {
                    sink.shared.received.lock().unwrap().push(ReceivedMail {
                        from: std::mem::take(&mut from),
                        to: std::mem::take(&mut to),
                        data,
                    });
                    sink.shared.arrived.notify_waiters();
                    b"250 2.0.0 OK queued\r\n"
                }
                SmtpReply::TransientFailure => {
                    *sink.shared.refused.lock().unwrap() += 1;
                    b"451 4.3.0 Temporary failure, try again later\r\n"
                }
                SmtpReply::PermanentFailure => {
                    *sink.shared.refused.lock().unwrap() += 1;
                    b"550 5.1.1 Mailbox unavailable\r\n"
                }
            }
        } else if upper == "RSET" {
            from.clear();
            to.clear();
            b"250 2.0.0 OK\r\n"
        } else if upper.starts_with("NOOP") {
            b"250 2.0.0 OK\r\n"
        } else if upper == "QUIT" {
            write.write_all(b"221 2.0.0 Bye\r\n").await?;
            return Ok(());
        } else {
            b"502 5.5.2 Command not recognised\r\n"
        };
        write.write_all(reply).await?;
    }
}

#[cfg(test)]
mod tests {
    use lettre::{
        AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor, transport::smtp::client::Tls,
    };

    use super::*;

    fn transport(sink: &SmtpSink) -> AsyncSmtpTransport<Tokio1Executor> {
        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous("127.0.0.1")
            .port(sink.port)
            .tls(Tls::None)
            .build()
    }

    fn message(subject: &str) -> Message {
        Message::builder()
            .from("Muster <noreply@muster.test>".parse().unwrap())
            .to("Ada <ada@example.org>".parse().unwrap())
            .subject(subject)
            .body(".leading dot survives\r\nsecond line".to_owned())
            .unwrap()
    }

    #[tokio::test]
    async fn records_what_a_real_smtp_client_sends() {
        let sink = SmtpSink::start().await;
        transport(&sink).send(message("Hello")).await.unwrap();
        let mail = sink.wait_for(1, Duration::from_secs(5)).await;
        assert_eq!(mail[0].from, "noreply@muster.test");
        assert_eq!(mail[0].to, vec!["ada@example.org".to_owned()]);
        assert!(mail[0].data.contains("Subject: Hello"));
        assert!(mail[0].data.contains("\r\n.leading dot survives\r\n"));
    }

    #[tokio::test]
    async fn refuses_with_transient_and_permanent_codes_on_request() {
        let sink = SmtpSink::start().await;
        sink.script([SmtpReply::TransientFailure, SmtpReply::PermanentFailure]);
        let transient = transport(&sink).send(message("one")).await.unwrap_err();
        assert!(transient.is_transient(), "{transient}");
        let permanent = transport(&sink).send(message("two")).await.unwrap_err();
        assert!(permanent.is_permanent(), "{permanent}");
        transport(&sink).send(message("three")).await.unwrap();
        assert_eq!(sink.refused(), 2);
        assert_eq!(sink.received().len(), 1);
    }
}

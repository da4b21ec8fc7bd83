//! Log levels that mean something: ERROR is for the server's own faults. actix-http logs every
//! connection it drops at ERROR, including requests a client got wrong (a malformed header, an
//! address over its 64 KiB limit, a connection reset); [`ClientFaultsAreNotErrors`] turns those
//! into one DEBUG line each.

use std::fmt::Write as _;

use tracing::{
    Event, Level, Subscriber,
    field::{Field, Visit},
};
use tracing_subscriber::{Layer, layer::Context};

/// How actix-http's HTTP/1 dispatcher words the drops that are the client's doing.
const CLIENT_FAULTS: [&str; 4] = [
    "stream error: request parse error",
    "stream error: I/O error",
    "stream error: request did not complete within the specified timeout",
    "stream error: connection shutdown timeout",
];

/// A layer that drops actix-http's ERROR events about client faults and logs each at DEBUG
/// (target `muster_web::http`) instead.
pub struct ClientFaultsAreNotErrors;

#[derive(Default)]
struct Message(String);

impl Visit for Message {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?}");
        }
    }
}

impl<S: Subscriber> Layer<S> for ClientFaultsAreNotErrors {
    fn event_enabled(&self, event: &Event<'_>, _: Context<'_, S>) -> bool {
        let metadata = event.metadata();
        if *metadata.level() != Level::ERROR || !metadata.target().starts_with("actix_http::") {
            return true;
        }
        let mut message = Message::default();
        event.record(&mut message);
        if !CLIENT_FAULTS.iter().any(|f| message.0.starts_with(f)) {
            return true;
        }
        // Logging from inside the logger is refused (tracing blocks re-entry), so the DEBUG
        // line is written by a task of its own, right after.
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let fault = message.0.trim_start_matches("stream error: ").to_owned();
            runtime.spawn(async move {
                tracing::debug!(target: "muster_web::http", %fault, "a request the server could not read was refused");
            });
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use tracing_subscriber::layer::SubscriberExt;

    use super::*;

    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[tokio::test(flavor = "current_thread")]
    async fn client_faults_are_debug_lines_and_server_faults_stay_errors() {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter("debug")
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish()
            .with(ClientFaultsAreNotErrors);
        let _default = tracing::subscriber::set_default(subscriber);
        tracing::error!(target: "actix_http::h1::dispatcher", "stream error: {}", "request parse error: invalid Header provided");
        tracing::error!(target: "actix_http::h1::dispatcher", "Response payload stream error: {}", "boom");
        tracing::error!(target: "muster_web", "stream error: request parse error: ours, kept");
        tokio::task::yield_now().await;
        let log = String::from_utf8(captured.0.lock().unwrap_or_else(|e| e.into_inner()).clone())
            .unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        assert_eq!(lines.len(), 3, "{log}");
        assert!(
            lines[0].contains("ERROR") && lines[0].contains("boom"),
            "{log}"
        );
        assert!(
            lines[1].contains("ERROR") && lines[1].contains("ours, kept"),
            "{log}"
        );
        assert!(
            lines[2].contains("DEBUG") && lines[2].contains("invalid Header provided"),
            "the client's fault, at DEBUG: {log}"
        );
    }
}

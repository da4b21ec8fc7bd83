//! Facts derived from the instance's base URL, shared by the web layer and the worker.

/// The host of `base_url` (`meetups.example.org`, `[::1]`), for Message-IDs, calendar UIDs and
/// fallback addresses; `muster.invalid` when the URL has none.
pub fn host_of(base_url: &str) -> String {
    url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "muster.invalid".to_owned())
}

/// The same address with the `webcal:` scheme, which calendar apps open as a subscription.
pub fn webcal(url: &str) -> String {
    match url.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_webcal_links() {
        assert_eq!(
            host_of("https://meetups.example.org/"),
            "meetups.example.org"
        );
        assert_eq!(host_of("http://127.0.0.1:8080"), "127.0.0.1");
        assert_eq!(host_of("http://[::1]:8080"), "[::1]");
        assert_eq!(host_of("not a url"), "muster.invalid");
        assert_eq!(
            webcal("https://x.example/g/py/events.ics"),
            "webcal://x.example/g/py/events.ics"
        );
    }
}

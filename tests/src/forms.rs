//! Driving HTML forms like a browser: read the page, take its hidden CSRF token, post.

/// The `csrf_token` value in a page's first form.
pub fn csrf_token_in(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html
        .find(marker)
        .unwrap_or_else(|| panic!("no CSRF token in the page:\n{html}"))
        + marker.len();
    let end = html[start..].find('"').expect("a closing quote") + start;
    html[start..end].to_owned()
}

/// Posts a URL-encoded form as a same-origin browser would.
pub async fn form_post(
    client: &reqwest::Client,
    url: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let body: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish();
    client
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .body(body)
        .send()
        .await
        .unwrap_or_else(|e| panic!("POST {url}: {}", crate::person::causes(&e)))
}

//! A signed-in person with their own browser (cookie jar), for multi-user tests.

use reqwest::{Client, Method, Response};
use serde_json::Value;

use crate::{TestApp, csrf_token_in, form_post};

/// Someone using the app: their id, address and logged-in HTTP client.
#[derive(Clone)]
pub struct Person {
    pub id: String,
    pub email: String,
    pub client: Client,
    address: String,
}

impl Person {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {}", causes(&e)))
    }

    /// GET, asserting 200, as JSON.
    pub async fn get_json(&self, path: &str) -> Value {
        let response = self.get(path).await;
        let status = response.status();
        let body = response.text().await.unwrap_or_default();
        assert_eq!(status, 200, "GET {path}: {body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("GET {path}: not JSON ({e}): {body}"))
    }

    pub async fn send(&self, method: Method, path: &str, body: &Value) -> Response {
        send_json(&self.client, method, &self.url(path), body).await
    }

    pub async fn post(&self, path: &str, body: &Value) -> Response {
        self.send(Method::POST, path, body).await
    }

    /// A page's status and HTML, as served.
    pub async fn page(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("a page"))
    }

    /// [`Person::page`], with the apostrophes the templates escape read back as `'` (see
    /// [`text_unescaped`]).
    pub async fn page_unescaped(&self, path: &str) -> (u16, String) {
        let (status, html) = self.page(path).await;
        (status, unescape_apostrophes(&html))
    }

    /// Posts an HTML form to `action` with `csrf_token` (from a page the person has open)
    /// before `fields`, as their browser would.
    pub async fn post_form(
        &self,
        action: &str,
        csrf_token: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        let mut all = vec![("csrf_token", csrf_token)];
        all.extend_from_slice(fields);
        form_post(&self.client, &self.url(action), &all).await
    }

    /// Opens `form_page` and posts its form to `action` with `fields`, as a browser does after
    /// showing the page.
    pub async fn submit_form(
        &self,
        form_page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        let (_, html) = self.page(form_page).await;
        self.post_form(action, &csrf_token_in(&html), fields).await
    }
}

/// A JSON request with `client`'s cookies.
pub(crate) async fn send_json(
    client: &Client,
    method: Method,
    url: &str,
    body: &Value,
) -> Response {
    client
        .request(method.clone(), url)
        .json(body)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{method} {url}: {}", causes(&e)))
}

/// `error` and every error beneath it: "error sending request" alone does not say whether
/// the connection was refused, reset or closed.
pub fn causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// `html` as a reader sees it: the apostrophes the templates escape (`&#39;`) read back as `'`.
pub fn unescape_apostrophes(html: &str) -> String {
    html.replace("&#39;", "'")
}

/// A response's body read with [`unescape_apostrophes`].
pub async fn text_unescaped(response: Response) -> String {
    unescape_apostrophes(&response.text().await.expect("a body"))
}

impl TestApp {
    /// A verified account, logged in through the API with its own cookie jar.
    pub async fn person(&self, name: &str, email: &str) -> Person {
        self.account(name, email, false).await
    }

    /// An instance administrator, logged in.
    pub async fn admin(&self, name: &str, email: &str) -> Person {
        self.account(name, email, true).await
    }

    async fn account(&self, name: &str, email: &str, is_admin: bool) -> Person {
        let (id, _) = muster::commands::create_user_with_cost(
            &self.db,
            email,
            name,
            is_admin,
            crate::PASSWORD,
            muster_core::secrets::HashCost::TESTS_ONLY,
        )
        .await
        .unwrap_or_else(|e| panic!("create the account {email}: {e}"));
        self.logged_in(id.to_string(), email).await
    }

    /// `person` with a fresh session (sessions last 30 days; tests that move the clock
    /// further log in again).
    pub async fn log_in_again(&self, person: &Person) -> Person {
        self.logged_in(person.id.clone(), &person.email).await
    }

    /// A fresh session for an existing account (sessions expire when the clock moves far).
    pub async fn logged_in(&self, id: String, email: &str) -> Person {
        let client = TestApp::new_client();
        let response = self.log_in_with(&client, email, crate::PASSWORD).await;
        assert_eq!(response.status(), 200, "login for {email}");
        Person {
            id,
            email: email.to_owned(),
            client,
            address: self.address.clone(),
        }
    }

    /// A visitor who is not logged in.
    pub fn visitor(&self) -> Person {
        Person {
            id: String::new(),
            email: String::new(),
            client: TestApp::new_client(),
            address: self.address.clone(),
        }
    }
}

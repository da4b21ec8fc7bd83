//! A signed-in person with their own browser (cookie jar), for multi-user tests.

use reqwest::{Client, Method, Response};
use serde_json::Value;

use crate::TestApp;

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
            .unwrap_or_else(|e| panic!("GET {path}: {e}"))
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
        self.client
            .request(method.clone(), self.url(path))
            .json(body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }

    pub async fn post(&self, path: &str, body: &Value) -> Response {
        self.send(Method::POST, path, body).await
    }
}

impl TestApp {
    /// A verified account, logged in through the API with its own cookie jar.
    pub async fn person(&self, name: &str, email: &str) -> Person {
        let (id, _) = muster::commands::create_user_with_cost(
            &self.db,
            email,
            name,
            false,
            crate::PASSWORD,
            muster_core::secrets::HashCost::TESTS_ONLY,
        )
        .await
        .expect("create the account");
        self.logged_in(id.to_string(), email).await
    }

    /// An instance administrator, logged in.
    pub async fn admin(&self, name: &str, email: &str) -> Person {
        let (id, _) = muster::commands::create_user_with_cost(
            &self.db,
            email,
            name,
            true,
            crate::PASSWORD,
            muster_core::secrets::HashCost::TESTS_ONLY,
        )
        .await
        .expect("create the admin");
        self.logged_in(id.to_string(), email).await
    }

    /// A fresh session for an existing account (sessions expire when the clock moves far).
    pub async fn logged_in(&self, id: String, email: &str) -> Person {
        let client = TestApp::new_client();
        let response = client
            .post(self.url("/api/v1/auth/login"))
            .json(&serde_json::json!({"email": email, "password": crate::PASSWORD}))
            .send()
            .await
            .expect("log in");
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

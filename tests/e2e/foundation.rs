//! The walking skeleton: pages, probes, metrics, the OpenAPI document, errors, and the
//! database layer's guarantees (schema parity, portable ids and timestamps).

use std::time::Duration;

use diesel::{ExpressionMethods, QueryDsl, RunQueryDsl};
use muster_core::{Timestamp, id::OutboxEmailId};
use muster_db::{DatabaseUrl, Db, PoolOptions, introspect, migrations, schema::email_outbox};
use muster_e2e::{Backend, TestApp, TestDatabase, backend_test};
use serde_json::Value;

backend_test!(async fn home_page_is_a_real_page_with_its_stylesheet(backend) {
    let app = TestApp::spawn(backend).await;
    let response = app.get("/").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/html; charset=utf-8");
    let csp = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'none'"), "{csp}");
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    let html = response.text().await.unwrap();
    assert!(html.contains("<title>Test Meetups</title>"), "{html}");
    assert!(html.contains("<main id=\"main\">"));
    assert!(html.contains("Upcoming meetups"));

    let start = html.find("/static/muster.css?v=").expect("a versioned stylesheet link");
    let href = &html[start..html[start..].find('"').unwrap() + start];
    let css = app.get(href).await;
    assert_eq!(css.status(), 200);
    assert_eq!(css.headers()["content-type"], "text/css; charset=utf-8");
    assert_eq!(css.headers()["cache-control"], "public, max-age=31536000, immutable");
    let etag = css.headers()["etag"].to_str().unwrap().to_owned();
    assert!(css.text().await.unwrap().contains("--brand"));

    let revalidated = app
        .client
        .get(app.url(href))
        .header("If-None-Match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(revalidated.status(), 304);
});

backend_test!(async fn health_and_readiness_answer(backend) {
    let app = TestApp::spawn(backend).await;
    let health = app.get("/healthz").await;
    assert_eq!(health.status(), 200);
    assert_eq!(health.json::<Value>().await.unwrap()["status"], "ok");
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 200);
    let body = ready.json::<Value>().await.unwrap();
    assert_eq!(body["status"], "ready");
    let expected = match backend { Backend::Sqlite => "sqlite", Backend::Postgres => "postgres" };
    assert_eq!(body["database"], expected);
});

backend_test!(async fn readiness_is_503_when_the_database_is_gone(backend) {
    let app = TestApp::spawn(backend).await;
    assert_eq!(app.get("/readyz").await.status(), 200);

    app.database.destroy();

    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 503);
    assert!(ready.headers().contains_key("retry-after"));
    let body = ready.json::<Value>().await.unwrap();
    assert_eq!(body["code"], "database_unavailable");
    // The process itself is still up.
    assert_eq!(app.get("/healthz").await.status(), 200);
});

backend_test!(async fn unknown_routes_are_a_404_page_or_json_under_api(backend) {
    let app = TestApp::spawn(backend).await;
    let page = app.get("/no/such/page").await;
    assert_eq!(page.status(), 404);
    assert_eq!(page.headers()["content-type"], "text/html; charset=utf-8");
    let html = page.text().await.unwrap();
    assert!(html.contains("Page not found"), "{html}");
    assert!(html.contains("Go to the home page"));

    let api = app.get("/api/v1/no-such-thing").await;
    assert_eq!(api.status(), 404);
    assert_eq!(api.headers()["content-type"], "application/json");
    let body = api.json::<Value>().await.unwrap();
    assert_eq!(body["code"], "not_found");
    assert!(body["message"].as_str().unwrap().len() > 10);
    assert_eq!(body["fields"], serde_json::json!({}));
});

backend_test!(async fn openapi_document_describes_exactly_the_api_routes(backend) {
    let app = TestApp::spawn(backend).await;
    let response = app.get("/api/openapi.json").await;
    assert_eq!(response.status(), 200);
    let doc = response.json::<Value>().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let mut documented: Vec<(String, String)> = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            documented.push((method.to_uppercase(), path.clone()));
        }
    }
    documented.sort();
    // Every JSON route the server has (the API, probes, metrics) is in the document, and
    // nothing else is.
    let mut served: Vec<(String, String)> = muster_web::routes::RouteTable::list()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/") || ["/healthz", "/readyz", "/metrics"].contains(&r.path))
        .map(|r| (r.method.to_string(), r.path.to_owned()))
        .collect();
    served.sort();
    assert_eq!(documented, served);
    for expected in ["/healthz", "/readyz", "/metrics", "/api/openapi.json", "/api/v1/auth/signup", "/api/v1/me"] {
        assert!(served.iter().any(|(_, p)| p == expected), "{expected}");
    }
    // And the documented GET routes without parameters answer (401 for the signed-in ones).
    for (method, path) in &served {
        if method == "GET" && !path.contains('{') {
            let status = app.get(path).await.status();
            assert!(status.is_success() || status == 401, "{path} answered {status}");
        }
    }
});

backend_test!(async fn metrics_count_requests_by_route(backend) {
    let app = TestApp::spawn(backend).await;
    app.get("/").await;
    app.get("/").await;
    app.get("/does-not-exist").await;
    let response = app.get("/metrics").await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/openmetrics-text"));
    let text = response.text().await.unwrap();
    assert!(
        text.contains(r#"muster_http_requests_total{method="GET",route="/",status="200"} 2"#),
        "{text}"
    );
    assert!(text.contains(r#"route="unmatched",status="404"} 1"#), "{text}");
    assert!(text.contains("muster_db_pool_connections"), "{text}");
    assert!(text.trim_end().ends_with("# EOF"));
});

backend_test!(async fn ids_and_timestamps_round_trip_exactly(backend) {
    let database = TestDatabase::create(backend);
    let db = Db::open(database.url(), PoolOptions::default()).unwrap();
    let id = OutboxEmailId::new();
    let due = Timestamp::parse_rfc3339("2026-03-29T00:59:59.123456Z").unwrap();
    let later = Timestamp::parse_rfc3339("2026-03-29T01:00:00.000001Z").unwrap();
    db.write(move |conn| {
        for (row_id, key, at) in [(id, "a", due), (OutboxEmailId::new(), "b", later)] {
            diesel::insert_into(email_outbox::table)
                .values((
                    email_outbox::id.eq(row_id),
                    email_outbox::kind.eq("test"),
                    email_outbox::recipient.eq("ada@example.org"),
                    email_outbox::payload.eq("{}"),
                    email_outbox::dedupe_key.eq(key),
                    email_outbox::run_after.eq(at),
                    email_outbox::lease_expires_at.eq(Some(at)),
                    email_outbox::created_at.eq(at),
                    email_outbox::updated_at.eq(at),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
    .await
    .unwrap();

    let (read_id, read_due, lease, sent): (OutboxEmailId, Timestamp, Option<Timestamp>, Option<Timestamp>) = db
        .read(move |conn| {
            Ok(email_outbox::table
                .filter(email_outbox::id.eq(id))
                .select((email_outbox::id, email_outbox::run_after, email_outbox::lease_expires_at, email_outbox::sent_at))
                .first(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(read_id, id);
    assert_eq!(read_due, due);
    assert_eq!(lease, Some(due));
    assert_eq!(sent, None);

    // Comparisons happen in the database, in time order, on both backends.
    let boundary = Timestamp::parse_rfc3339("2026-03-29T01:00:00Z").unwrap();
    let due_before: Vec<String> = db
        .read(move |conn| {
            Ok(email_outbox::table
                .filter(email_outbox::run_after.lt(boundary))
                .select(email_outbox::dedupe_key)
                .load(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(due_before, vec!["a".to_owned()]);
});

backend_test!(async fn settings_upsert_replaces_values(backend) {
    let database = TestDatabase::create(backend);
    let db = Db::open(database.url(), PoolOptions::default()).unwrap();
    let now = Timestamp::parse_rfc3339("2026-01-01T00:00:00Z").unwrap();
    db.write(move |c| muster_db::settings::set(c, "instance_name", "PyLeeds", now)).await.unwrap();
    db.write(move |c| muster_db::settings::set(c, "instance_name", "PyYorkshire", now)).await.unwrap();
    let value = db.read(|c| muster_db::settings::get(c, "instance_name")).await.unwrap();
    assert_eq!(value.as_deref(), Some("PyYorkshire"));
    assert_eq!(db.read(|c| muster_db::settings::get(c, "missing")).await.unwrap(), None);
});

fn migrate_up_down_up(url: &DatabaseUrl) -> introspect::SchemaShape {
    let mut conn = url.establish().unwrap();
    let applied = migrations::run_pending(&mut conn).unwrap();
    assert!(!applied.is_empty(), "a fresh database gets every migration");
    let reverted = migrations::revert_all(&mut conn).unwrap();
    assert_eq!(reverted.len(), applied.len());
    assert!(
        introspect::describe(&mut conn).unwrap().tables.is_empty(),
        "down removes everything"
    );
    migrations::run_pending(&mut conn).unwrap();
    assert!(
        migrations::status(&mut conn)
            .unwrap()
            .iter()
            .all(|m| m.applied)
    );
    introspect::describe(&mut conn).unwrap()
}

#[tokio::test]
async fn both_backends_migrate_up_down_up_to_the_same_schema() {
    let sqlite = TestDatabase::create(Backend::Sqlite);
    let sqlite_shape = migrate_up_down_up(sqlite.url());
    assert!(sqlite_shape.tables.contains_key("instance_settings"));
    assert!(sqlite_shape.tables.contains_key("email_outbox"));
    for (table, columns) in &sqlite_shape.tables {
        for (column, shape) in columns {
            assert!(
                [
                    "text",
                    "int4",
                    "int8",
                    "bool",
                    "timestamp",
                    "float8",
                    "binary"
                ]
                .contains(&shape.type_class.as_str()),
                "{table}.{column} has a non-portable type {}",
                shape.type_class
            );
        }
    }
    if !Backend::postgres_available() {
        return;
    }
    let postgres = TestDatabase::create(Backend::Postgres);
    let postgres_shape = migrate_up_down_up(postgres.url());
    assert_eq!(
        sqlite_shape.tables, postgres_shape.tables,
        "tables and columns differ between backends"
    );
    assert_eq!(
        sqlite_shape.indexes, postgres_shape.indexes,
        "indexes differ between backends"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopping_finishes_cleanly() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    assert_eq!(app.get("/healthz").await.status(), 200);
    tokio::time::timeout(Duration::from_secs(10), app.stop())
        .await
        .expect("graceful stop");
    assert!(
        app.client.get(app.url("/healthz")).send().await.is_err(),
        "no longer listening"
    );
}

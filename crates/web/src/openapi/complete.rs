//! What the handlers' annotations leave out of the generated document, added in one place so
//! the document stays valid OpenAPI and true to what the server answers:
//!
//! - every response has a `description` (its status's reason phrase when none was written);
//! - the answers any operation of a kind can give are listed: 401 (no session, or a bad bearer
//!   token, which is refused on every `/api/v1` call), 403 (routes for verified accounts or
//!   administrators, as the route table says, and the CSRF check on state-changing calls
//!   authenticated by the session cookie), 400/415/422/413 for request bodies that are
//!   not JSON, of the wrong type, of the wrong shape or too large, 404 for path segments that
//!   name nothing, 400 for query strings that do not parse;
//! - the bearer token is listed before the session cookie among the ways to authenticate;
//! - fields that take a fixed set of values are enums;
//! - shapes the derive cannot express: a series body is an event body plus `recurrence`, and
//!   a group's notification preferences carry the group's name in answers.

use actix_web::http::StatusCode;
use serde_json::{Value, json};

use crate::routes::{Access, RouteTable};

/// Applies every completion to the serialised document.
pub fn complete(doc: &mut Value) {
    let schemas = &mut doc["components"]["schemas"];
    close_series_body(schemas);
    add_group_name(schemas);
    for (schema, property, values) in ENUM_PROPERTIES {
        let field = &mut schemas[*schema]["properties"][*property];
        assert!(field.is_object(), "no property {schema}.{property}");
        restrict(field, values);
    }
    let routes = RouteTable::list();
    if let Some(paths) = doc["paths"].as_object_mut() {
        for (path, item) in paths.iter_mut() {
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for (method, operation) in item.iter_mut() {
                let access = routes
                    .iter()
                    .find(|r| r.path == path && r.method.as_str().eq_ignore_ascii_case(method))
                    .map(|r| r.access);
                complete_operation(path, method, access, operation);
            }
        }
    }
    for (method, path, name, values) in ENUM_QUERY_PARAMETERS {
        let parameters = doc["paths"][*path][*method]["parameters"]
            .as_array_mut()
            .unwrap_or_else(|| panic!("no parameters on {method} {path}"));
        let parameter = parameters
            .iter_mut()
            .find(|p| p["name"] == *name)
            .unwrap_or_else(|| panic!("no parameter {name} on {method} {path}"));
        restrict(&mut parameter["schema"], values);
    }
}

/// Request and response fields with a fixed set of values.
const ENUM_PROPERTIES: &[(&str, &str, &[&str])] = &[
    ("RsvpBody", "response", &["yes", "no"]),
    ("GroupBody", "join_mode", JOIN_MODES),
    ("GroupView", "join_mode", JOIN_MODES),
    ("GroupBody", "visibility", VISIBILITIES),
    ("GroupView", "visibility", VISIBILITIES),
    (
        "MessageBody",
        "audience",
        &["all", "going", "waitlisted", "not_answered"],
    ),
    ("EventBody", "capacity_overflow", &["waitlist"]),
    ("CancelBody", "scope", SCOPES),
    ("RoleBody", "role", ROLES),
    ("PersonRef", "role", ROLES),
    (
        "ManageRsvpBody",
        "status",
        &["going", "waitlisted", "not_going"],
    ),
    ("EventView", "status", EVENT_STATUSES),
    ("EventSummary", "status", EVENT_STATUSES),
];

/// Query parameters with a fixed set of values: (method, path, name, values).
const ENUM_QUERY_PARAMETERS: &[(&str, &str, &str, &[&str])] = &[
    (
        "get",
        "/api/v1/groups/{slug}/events",
        "when",
        &["upcoming", "past"],
    ),
    ("patch", "/api/v1/events/{id}", "scope", SCOPES),
    (
        "get",
        "/api/v1/groups",
        "sort",
        &["relevance", "next_event"],
    ),
];

const JOIN_MODES: &[&str] = &["open", "approval", "invite"];
const VISIBILITIES: &[&str] = &["public", "private"];
const SCOPES: &[&str] = &["this", "following"];
const EVENT_STATUSES: &[&str] = &["draft", "published", "cancelled"];
const ROLES: &[&str] = &[
    "organizer",
    "co_organizer",
    "assistant_organizer",
    "event_organizer",
    "member",
];

/// Restricts a string schema to `values` (and `null`, when the schema allows it).
fn restrict(schema: &mut Value, values: &[&str]) {
    let mut allowed: Vec<Value> = values.iter().map(|v| json!(v)).collect();
    let nullable = schema["type"]
        .as_array()
        .is_some_and(|types| types.iter().any(|t| t == "null"));
    if nullable {
        allowed.push(Value::Null);
    }
    schema["enum"] = Value::Array(allowed);
}

/// `SeriesBody` flattens `EventBody`, which refuses unknown fields: as `allOf` no body could
/// satisfy both, so it is written out as the event's properties plus `recurrence`.
fn close_series_body(schemas: &mut Value) {
    let mut event = schemas["EventBody"].clone();
    let Some(parts) = schemas["SeriesBody"]["allOf"].as_array() else {
        return;
    };
    let Some(extra) = parts
        .iter()
        .find(|p| p.get("properties").is_some())
        .cloned()
    else {
        return;
    };
    if let (Some(properties), Some(more)) = (
        event["properties"].as_object_mut(),
        extra["properties"].as_object(),
    ) {
        properties.extend(more.clone());
    }
    let mut required: Vec<Value> = event["required"].as_array().cloned().unwrap_or_default();
    required.extend(extra["required"].as_array().cloned().unwrap_or_default());
    event["required"] = Value::Array(required);
    event["description"] = json!(
        "A recurring series: the first occurrence's fields, times and zone (as for an event; \
         its date must fit the rule), and `recurrence`."
    );
    schemas["SeriesBody"] = event;
}

/// Answers carry the group's name; requests may not send it.
fn add_group_name(schemas: &mut Value) {
    schemas["GroupPrefs"]["properties"]["group_name"] = json!({
        "type": "string",
        "readOnly": true,
        "description": "The group's name (in answers only)."
    });
}

fn complete_operation(path: &str, method: &str, access: Option<Access>, operation: &mut Value) {
    if !matches!(method, "get" | "put" | "post" | "patch" | "delete") {
        return;
    }
    let secured = operation["security"]
        .as_array()
        .is_some_and(|s| !s.is_empty());
    if let Some(security) = operation.get_mut("security") {
        bearer_first(security);
    }
    raw_bytes_bodies(operation);
    let body_types: Vec<String> = operation["requestBody"]["content"]
        .as_object()
        .map(|c| c.keys().cloned().collect())
        .unwrap_or_default();
    let parameters = operation["parameters"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let has = |place: &str| parameters.iter().any(|p| p["in"] == place);
    let mut extra: Vec<(u16, &str)> = Vec::new();
    if path.starts_with("/api/v1/") {
        extra.push((
            401,
            "Not signed in, or the bearer token is invalid or revoked.",
        ));
    }
    if matches!(access, Some(Access::Verified)) {
        extra.push((
            403,
            "Not allowed: the account's email address is not verified yet.",
        ));
    }
    if matches!(access, Some(Access::Admin)) {
        extra.push((403, "Not allowed: only instance administrators may."));
    }
    if secured && method != "get" {
        extra.push((
            403,
            "Not allowed; also a state-changing call authenticated by the session cookie \
             without a JSON (or upload) Content-Type.",
        ));
    }
    if has("path") {
        extra.push((404, "Nothing has this id or slug."));
    }
    if has("query") {
        extra.push((400, "The query string does not parse."));
    }
    if !body_types.is_empty() {
        extra.push((413, "The request body is too large."));
        extra.push((
            415,
            "The request body's Content-Type is not one this call reads.",
        ));
    }
    if body_types.iter().any(|t| t == "application/json") {
        extra.push((400, "The request body is not JSON."));
        extra.push((
            422,
            "The request body is not of the expected shape, or a field is invalid.",
        ));
    }
    let Some(responses) = operation["responses"].as_object_mut() else {
        return;
    };
    for (status, description) in extra {
        responses
            .entry(status.to_string())
            .or_insert_with(|| error_response(description));
    }
    for (status, response) in responses.iter_mut() {
        describe(status, response);
    }
}

/// Bodies other than JSON (images, calendars) are raw bytes, not arrays of numbers.
fn raw_bytes_bodies(operation: &mut Value) {
    let Some(content) = operation
        .get_mut("requestBody")
        .and_then(|b| b.get_mut("content"))
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    for (media_type, body) in content.iter_mut() {
        if media_type != "application/json" {
            body["schema"] = json!({"type": "string", "format": "binary"});
        }
    }
}

/// Lists the bearer token before the session cookie: either will do, and API clients (and
/// tools that probe the API's authentication) use tokens.
fn bearer_first(security: &mut Value) {
    if let Some(requirements) = security.as_array_mut() {
        requirements.sort_by_key(|r| r.get("bearer").is_none());
    }
}

fn error_response(description: &str) -> Value {
    json!({
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
    })
}

/// Gives a response without a description its status's reason phrase.
fn describe(status: &str, response: &mut Value) {
    let Some(response) = response.as_object_mut() else {
        return;
    };
    let missing = response
        .get("description")
        .and_then(Value::as_str)
        .is_none_or(str::is_empty);
    if missing {
        let reason = status
            .parse::<u16>()
            .ok()
            .and_then(|s| StatusCode::from_u16(s).ok())
            .and_then(|s| s.canonical_reason())
            .unwrap_or("Response");
        response.insert("description".to_owned(), json!(reason));
    }
}

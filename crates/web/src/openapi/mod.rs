//! The OpenAPI 3 document, generated from the handlers' annotations.

use std::collections::BTreeMap;

use actix_web::{HttpResponse, http::header::ContentType};
use utoipa::{
    Modify, OpenApi, ToSchema,
    openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme},
};

use crate::routes::{Access, RouteTable};

#[cfg(test)]
mod complete;

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/openapi.json")
        .get(Access::Public, openapi_json)
        .done();
}

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A personal API token (mst_…), created in account settings or with POST /api/v1/tokens."))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "muster_session",
                "The session cookie set by POST /api/v1/auth/login (__Host-muster_session on HTTPS). State-changing calls must send Content-Type: application/json (or an image type, for logo uploads, or text/calendar, for calendar imports).",
            ))),
        );
    }
}

/// The JSON error shape every API failure uses.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ErrorBody {
    /// Stable snake_case code, e.g. `invalid_input`, `not_found`, `rate_limited`.
    #[schema(value_type = ErrorCodeSchema)]
    code: String,
    /// A sentence for humans.
    message: String,
    /// Per-field messages when a form or body failed validation.
    fields: BTreeMap<String, String>,
}

/// The schema of every error code the API answers with: `muster_app::ErrorCode`, listed.
pub struct ErrorCodeSchema;

impl utoipa::PartialSchema for ErrorCodeSchema {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some(
                "A stable snake_case code saying which failure it is; the HTTP status says \
                 what kind.",
            ))
            .enum_values(Some(muster_app::ErrorCode::ALL.iter().map(|c| c.as_str())))
            .into()
    }
}

impl ToSchema for ErrorCodeSchema {
    fn name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("ErrorCode")
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Muster API",
        description = "The JSON API of a Muster instance: groups, events, RSVPs, accounts. Times are RFC 3339 with offset; errors are `{code, message, fields}`.",
        license(name = "AGPL-3.0-or-later")
    ),
    paths(
        crate::health::healthz,
        crate::health::readyz,
        crate::metrics::metrics,
        openapi_json,
        crate::account::signup::signup,
        crate::account::session::login,
        crate::account::session::logout,
        crate::account::email_links::verify,
        crate::account::email_links::resend_verification,
        crate::account::email_links::request_reset,
        crate::account::email_links::confirm_reset,
        crate::account::email_links::confirm_email,
        crate::account::settings::me,
        crate::account::settings::update_me,
        crate::people::upload_avatar,
        crate::people::remove_avatar,
        crate::people::profile_api,
        crate::account::settings::delete_me,
        crate::account::settings::change_email,
        crate::account::settings::change_password,
        crate::account::session::list_sessions,
        crate::account::session::revoke_session,
        crate::account::session::revoke_all_sessions,
        crate::account::tokens::list_tokens,
        crate::account::tokens::create_token,
        crate::account::tokens::revoke_token,
        crate::groups::directory::directory,
        crate::groups::settings::create,
        crate::groups::group_page::get,
        crate::groups::settings::update,
        crate::groups::settings::delete,
        crate::groups::membership::join,
        crate::groups::membership::leave,
        crate::groups::membership::update_membership,
        crate::archive::archive_api,
        crate::archive::my_data_api,
        crate::groups::membership::members,
        crate::groups::moderation::requests,
        crate::groups::moderation::approve,
        crate::groups::moderation::decline,
        crate::groups::moderation::remove,
        crate::groups::moderation::ban,
        crate::groups::moderation::unban,
        crate::groups::moderation::set_role,
        crate::groups::moderation::transfer,
        crate::groups::moderation::followers,
        crate::groups::moderation::remove_follower,
        crate::groups::conduct::conduct_current,
        crate::groups::conduct::conduct_update,
        crate::groups::conduct::conduct_versions,
        crate::groups::conduct::conduct_accept,
        crate::groups::invitations::invite,
        crate::groups::invitations::accept_invitation,
        crate::groups::conduct::report,
        crate::groups::conduct::reports,
        crate::groups::conduct::report_handled,
        crate::groups::audit::audit_log,
        crate::groups::adoption::api_status,
        crate::groups::adoption::api_ask,
        crate::groups::adoption::api_withdraw,
        crate::groups::adoption::api_refuse,
        crate::groups::adoption::api_lift_refusal,
        crate::groups::adoption::api_admin_list,
        crate::groups::adoption::api_approve,
        crate::groups::adoption::api_reject,
        crate::groups::adoption::api_deleted_groups,
        crate::groups::adoption::api_restore,
        crate::groups::numbers::numbers_api,
        crate::groups::images::upload_logo,
        crate::groups::images::remove_logo,
        crate::imports::import_ical,
        crate::events::listing::list,
        crate::events::nearby::list,
        crate::events::schedule::create,
        crate::events::series::create_series,
        crate::events::series::get_series,
        crate::events::event_page::get,
        crate::events::schedule::update,
        crate::events::schedule::delete,
        crate::events::schedule::publish,
        crate::events::schedule::cancel,
        crate::notifications::get_prefs,
        crate::notifications::put_prefs,
        crate::notifications::announce,
        crate::messages::send_message,
        crate::notifications::put_reminders,
        crate::events::rsvp::rsvp,
        crate::events::rsvp::my_rsvp,
        crate::events::attendees::attendees,
        crate::events::attendees::attendees_csv,
        crate::events::attendees::manage_rsvp,
        crate::events::checkin::attendance,
        crate::events::talks::talks,
        crate::events::talks::add_talk,
        crate::events::talks::update_talk,
        crate::events::talks::delete_talk,
        crate::events::talks::reorder_talks,
        crate::events::comments::comments,
        crate::events::comments::add_comment,
        crate::events::comments::remove_comment,
        crate::events::photos::list_photos,
        crate::events::photos::upload_photo,
        crate::events::photos::remove_photo_api,
        crate::events::photos::report_photo_api,
        crate::events::photos::keep_photo_api,
        crate::groups::photos::recent_photos,
        crate::groups::discussions::list_threads,
        crate::groups::discussions::start_thread,
        crate::groups::discussions::put_discussion_settings,
        crate::groups::discussions::get_thread,
        crate::groups::discussions::edit_thread_api,
        crate::groups::discussions::remove_thread_api,
        crate::groups::discussions::moderate_thread,
        crate::groups::discussions::follow_thread,
        crate::groups::discussions::unfollow_thread,
        crate::groups::discussions::add_reply,
        crate::groups::discussions::edit_reply_api,
        crate::groups::discussions::remove_reply_api,
        crate::groups::photos::photo_storage,
        crate::calendars::tokens::api_status,
        crate::calendars::tokens::api_create,
        crate::calendars::tokens::api_update,
        crate::calendars::tokens::api_revoke,
        crate::claims::list,
        crate::claims::issue_link,
    ),
    components(schemas(ErrorBody, ErrorCodeSchema)),
    modifiers(&SecuritySchemes),
    tags(
        (name = "operations", description = "Health, readiness, metrics and this document"),
        (name = "auth", description = "Sign-up, login, verification, password reset"),
        (name = "me", description = "The signed-in person's account"),
        (name = "people", description = "People's profiles: what they show of themselves, the groups and talks a caller may see"),
        (name = "tokens", description = "Personal API tokens"),
        (name = "groups", description = "Groups, their settings and the directory"),
        (name = "membership", description = "Joining, roles, moderation, invitations"),
        (name = "conduct", description = "Codes of conduct and conduct reports"),
        (name = "adoption", description = "Asking to adopt a dormant group or an unclaimed listing"),
        (name = "admin", description = "Instance administration: adoption requests, restoring deleted groups"),
        (name = "events", description = "Events and recurring series"),
        (name = "rsvps", description = "RSVPs, the waitlist, attendees and check-in"),
        (name = "talks", description = "An event's agenda"),
        (name = "comments", description = "Comments on events"),
        (name = "photos", description = "Photos from meetups: galleries, uploads, reports and the group's storage"),
        (name = "discussions", description = "A group's discussion threads: replies, following, pinning and locking"),
        (name = "calendars", description = "Your private calendar feed link (the feeds themselves are .ics URLs)"),
    )
)]
pub struct ApiDoc;

/// This document.
#[utoipa::path(
    get, path = "/api/openapi.json", tag = "operations",
    responses((status = 200, description = "The OpenAPI 3 document", content_type = "application/json"))
)]
pub async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::json())
        .body(DOCUMENT)
}

/// The document as served. It only changes with the code, so it is generated from the
/// annotations ([`generate`]) when they change and kept beside this crate's sources, where
/// a test checks that it is current: building it at start-up took 0.7 MB of the binary.
const DOCUMENT: &str = include_str!("../../openapi.json");

/// The document, from the handlers' annotations and what [`complete`] adds.
#[cfg(test)]
fn generate() -> String {
    let mut doc = ApiDoc::openapi();
    doc.info.version = env!("CARGO_PKG_VERSION").to_owned();
    // Serialising plain data cannot fail.
    let mut doc = serde_json::to_value(&doc).unwrap_or_default();
    complete::complete(&mut doc);
    doc.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_served_document_is_the_one_the_annotations_give() {
        let generated = generate();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json");
        if std::env::var_os("MUSTER_WRITE_OPENAPI").is_some() {
            std::fs::write(path, &generated).unwrap();
            return;
        }
        assert!(
            DOCUMENT == generated,
            "{path} is out of date: write it anew with \
             `MUSTER_WRITE_OPENAPI=1 ./scripts/test -E 'test(/the_served_document/)'`"
        );
    }

    #[test]
    fn the_document_lists_every_error_code_and_errors_refer_to_it() {
        let doc: serde_json::Value = serde_json::from_str(DOCUMENT).unwrap();
        let schemas = &doc["components"]["schemas"];
        let listed: Vec<&str> = schemas["ErrorCode"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let all: Vec<&str> = muster_app::ErrorCode::ALL
            .iter()
            .map(|c| c.as_str())
            .collect();
        assert_eq!(listed, all);
        for code in [
            "not_found",
            "invalid_input",
            "rate_limited",
            "event_full",
            "grace_period_over",
        ] {
            assert!(listed.contains(&code), "{code}");
        }
        assert_eq!(
            schemas["ErrorBody"]["properties"]["code"]["$ref"],
            "#/components/schemas/ErrorCode"
        );
    }

    fn operations(doc: &serde_json::Value) -> Vec<(String, &serde_json::Value)> {
        let mut found = Vec::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, operation) in item.as_object().unwrap() {
                found.push((format!("{method} {path}"), operation));
            }
        }
        found
    }

    #[test]
    fn operation_ids_are_unique_and_every_response_is_described() {
        let doc: serde_json::Value = serde_json::from_str(DOCUMENT).unwrap();
        let mut ids = std::collections::BTreeSet::new();
        for (name, operation) in operations(&doc) {
            let id = operation["operationId"].as_str().unwrap();
            assert!(
                ids.insert(id.to_owned()),
                "{name}: operationId {id} repeats"
            );
            for (status, response) in operation["responses"].as_object().unwrap() {
                let description = response["description"].as_str().unwrap_or_default();
                assert!(
                    !description.is_empty(),
                    "{name} {status} has no description"
                );
            }
        }
    }

    #[test]
    fn calls_list_the_errors_their_kind_can_give() {
        let doc: serde_json::Value = serde_json::from_str(DOCUMENT).unwrap();
        let error = serde_json::json!({"$ref": "#/components/schemas/ErrorBody"});
        for (name, operation) in operations(&doc) {
            let responses = &operation["responses"];
            let json_body = operation["requestBody"]["content"]["application/json"].is_object();
            let mut expected = Vec::new();
            if name.contains(" /api/v1/") {
                expected.push("401");
            }
            if json_body {
                expected.extend(["400", "415", "422"]);
            }
            for status in expected {
                assert_eq!(
                    responses[status]["content"]["application/json"]["schema"], error,
                    "{name} {status}"
                );
            }
        }
    }

    #[test]
    fn calls_for_signed_in_people_say_so_and_list_their_refusals() {
        let doc: serde_json::Value = serde_json::from_str(DOCUMENT).unwrap();
        for route in RouteTable::list() {
            if !route.path.starts_with("/api/v1/") {
                continue;
            }
            let method = route.method.as_str().to_ascii_lowercase();
            let operation = &doc["paths"][route.path][&method];
            let name = format!("{method} {}", route.path);
            let secured = operation["security"]
                .as_array()
                .is_some_and(|s| !s.is_empty());
            let signed_in = matches!(
                route.access,
                Access::Authenticated | Access::Verified | Access::Admin
            );
            assert_eq!(secured, signed_in, "{name}: security vs {:?}", route.access);
            assert!(operation["responses"]["401"].is_object(), "{name}");
            if matches!(route.access, Access::Verified | Access::Admin) {
                assert!(operation["responses"]["403"].is_object(), "{name}");
            }
        }
    }

    #[test]
    fn shapes_the_derive_cannot_express_are_written_out() {
        let doc: serde_json::Value = serde_json::from_str(DOCUMENT).unwrap();
        let schemas = &doc["components"]["schemas"];
        let series = &schemas["SeriesBody"];
        assert!(series.get("allOf").is_none(), "{series}");
        assert_eq!(series["required"], serde_json::json!(["recurrence"]));
        assert!(series["properties"]["title"].is_object());
        assert!(series["properties"]["recurrence"].is_object());
        assert_eq!(series["additionalProperties"], false);
        assert_eq!(
            schemas["GroupPrefs"]["properties"]["group_name"]["readOnly"],
            true
        );
        assert_eq!(
            schemas["RsvpBody"]["properties"]["response"]["enum"],
            serde_json::json!(["yes", "no"])
        );
        assert_eq!(
            schemas["GroupBody"]["properties"]["join_mode"]["enum"],
            serde_json::json!(["open", "approval", "invite", null])
        );
    }
}

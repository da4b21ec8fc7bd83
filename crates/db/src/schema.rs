//! The diesel schema shared by both backends. Keep it in step with `migrations/`; the schema
//! parity test selects every column of every table here on both databases.

diesel::table! {
    instance_settings (key) {
        key -> Text,
        value -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    email_outbox (id) {
        id -> Text,
        kind -> Text,
        recipient -> Text,
        payload -> Text,
        dedupe_key -> Text,
        status -> Text,
        attempts -> Integer,
        run_after -> Timestamp,
        lease_owner -> Nullable<Text>,
        lease_expires_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        sent_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::allow_tables_to_appear_in_same_query!(instance_settings, email_outbox);

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
        event_id -> Nullable<Text>,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        display_name -> Text,
        password_hash -> Text,
        bio -> Text,
        timezone -> Text,
        is_admin -> Bool,
        email_verified_at -> Nullable<Timestamp>,
        deleted_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        email_only_security -> Bool,
        timezone_known -> Bool,
        locale -> Nullable<Text>,
        pronouns -> Text,
        website -> Text,
        fediverse -> Text,
        github -> Text,
        avatar_image_id -> Nullable<Text>,
        unlisted -> Bool,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        user_id -> Text,
        token_hash -> Text,
        user_agent -> Text,
        client_ip -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    known_devices (token_hash) {
        token_hash -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        last_used_at -> Timestamp,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> Text,
        user_id -> Text,
        name -> Text,
        token_hash -> Text,
        token_prefix -> Text,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    email_tokens (id) {
        id -> Text,
        user_id -> Text,
        purpose -> Text,
        token_hash -> Text,
        new_email -> Nullable<Text>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    rate_limits (bucket) {
        bucket -> Text,
        window_started_at -> Timestamp,
        hits -> Integer,
    }
}

diesel::table! {
    images (id) {
        id -> Text,
        content_type -> Text,
        bytes -> Binary,
        width -> Integer,
        height -> Integer,
        uploaded_by -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    groups (id) {
        id -> Text,
        slug -> Text,
        name -> Text,
        summary -> Text,
        description -> Text,
        description_html -> Text,
        city -> Text,
        country -> Text,
        city_key -> Text,
        country_key -> Text,
        latitude -> Nullable<Double>,
        longitude -> Nullable<Double>,
        timezone -> Text,
        topics -> Text,
        links -> Text,
        logo_url -> Text,
        logo_image_id -> Nullable<Text>,
        contact_email -> Text,
        visibility -> Text,
        join_mode -> Text,
        questions -> Text,
        conduct_version -> Integer,
        member_count -> Integer,
        last_event_at -> Nullable<Timestamp>,
        next_event_at -> Nullable<Timestamp>,
        search_text -> Text,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        deleted_at -> Nullable<Timestamp>,
        reminder_hours -> Text,
        listing_source -> Text,
        revived_at -> Nullable<Timestamp>,
        language -> Nullable<Text>,
        threads_by_organizers -> Bool,
    }
}

diesel::table! {
    group_topics (group_id, topic) {
        group_id -> Text,
        topic -> Text,
    }
}

diesel::table! {
    memberships (id) {
        id -> Text,
        group_id -> Text,
        user_id -> Text,
        role -> Text,
        status -> Text,
        answers -> Text,
        hidden -> Bool,
        conduct_version -> Nullable<Integer>,
        conduct_accepted_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        in_archive -> Bool,
    }
}

diesel::table! {
    conduct_versions (group_id, version) {
        group_id -> Text,
        version -> Integer,
        text -> Text,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    group_invitations (id) {
        id -> Text,
        group_id -> Text,
        email -> Text,
        token_hash -> Nullable<Text>,
        invited_by -> Nullable<Text>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        accepted_at -> Nullable<Timestamp>,
        accepted_by -> Nullable<Text>,
    }
}

diesel::table! {
    conduct_reports (id) {
        id -> Text,
        group_id -> Text,
        reporter_id -> Nullable<Text>,
        about_user_id -> Nullable<Text>,
        about_name -> Text,
        about_organizer -> Bool,
        text -> Text,
        status -> Text,
        handled_by -> Nullable<Text>,
        handled_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    group_audit_log (id) {
        id -> Text,
        group_id -> Text,
        actor_id -> Nullable<Text>,
        action -> Text,
        subject_id -> Nullable<Text>,
        detail -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    venues (id) {
        id -> Text,
        group_id -> Text,
        name -> Text,
        address -> Text,
        latitude -> Nullable<Double>,
        longitude -> Nullable<Double>,
        directions -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    event_series (id) {
        id -> Text,
        group_id -> Text,
        rrule -> Text,
        timezone -> Text,
        first_local -> Text,
        duration_minutes -> Integer,
        template -> Text,
        generated_until -> Nullable<Timestamp>,
        ended_at -> Nullable<Timestamp>,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    events (id) {
        id -> Text,
        group_id -> Text,
        series_id -> Nullable<Text>,
        occurrence_key -> Nullable<Text>,
        title -> Text,
        description -> Text,
        description_html -> Text,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        timezone -> Text,
        venue_id -> Nullable<Text>,
        online_url -> Text,
        capacity -> Nullable<Integer>,
        seats_taken -> Integer,
        guest_limit -> Integer,
        rsvp_opens_at -> Nullable<Timestamp>,
        rsvp_closes_at -> Nullable<Timestamp>,
        rsvps_closed -> Bool,
        rsvp_question -> Text,
        status -> Text,
        cancel_reason -> Text,
        sequence -> Integer,
        previous_starts_at -> Nullable<Timestamp>,
        announce -> Bool,
        reminders_enabled -> Bool,
        created_by -> Nullable<Text>,
        published_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        announced_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    event_hosts (event_id, user_id) {
        event_id -> Text,
        user_id -> Text,
        position -> Integer,
    }
}

diesel::table! {
    rsvps (id) {
        id -> Text,
        event_id -> Text,
        user_id -> Text,
        status -> Text,
        guests -> Integer,
        answer -> Text,
        waitlist_position -> Nullable<BigInt>,
        attendance -> Text,
        checked_in_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    talks (id) {
        id -> Text,
        event_id -> Text,
        position -> Integer,
        title -> Text,
        speaker_name -> Text,
        speaker_user_id -> Nullable<Text>,
        #[sql_name = "abstract"]
        abstract_ -> Text,
        abstract_html -> Text,
        slides_url -> Text,
        video_url -> Text,
        lightning -> Bool,
        standby -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    comments (id) {
        id -> Text,
        event_id -> Text,
        user_id -> Nullable<Text>,
        body -> Text,
        created_at -> Timestamp,
        removed_at -> Nullable<Timestamp>,
        removed_by -> Nullable<Text>,
        remote_id -> Nullable<Text>,
        remote_author -> Nullable<Text>,
        remote_author_name -> Nullable<Text>,
        remote_author_url -> Nullable<Text>,
    }
}

diesel::table! {
    photos (id) {
        id -> Text,
        group_id -> Text,
        event_id -> Text,
        uploaded_by -> Nullable<Text>,
        image_id -> Text,
        thumb_image_id -> Text,
        width -> Integer,
        height -> Integer,
        stored_bytes -> BigInt,
        caption -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    threads (id) {
        id -> Text,
        group_id -> Text,
        author_id -> Nullable<Text>,
        title -> Text,
        body -> Text,
        body_html -> Text,
        pinned -> Bool,
        locked -> Bool,
        reply_count -> Integer,
        created_at -> Timestamp,
        edited_at -> Nullable<Timestamp>,
        last_activity_at -> Timestamp,
        removed_at -> Nullable<Timestamp>,
        removed_by -> Nullable<Text>,
        imported_author -> Text,
    }
}

diesel::table! {
    thread_replies (id) {
        id -> Text,
        thread_id -> Text,
        author_id -> Nullable<Text>,
        body -> Text,
        body_html -> Text,
        created_at -> Timestamp,
        edited_at -> Nullable<Timestamp>,
        removed_at -> Nullable<Timestamp>,
        removed_by -> Nullable<Text>,
        imported_author -> Text,
    }
}

diesel::table! {
    thread_followers (thread_id, user_id) {
        thread_id -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        told_through -> Timestamp,
        last_emailed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    photo_reports (id) {
        id -> Text,
        photo_id -> Text,
        reporter_id -> Text,
        reason -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    feed_tokens (user_id) {
        user_id -> Text,
        token_hash -> Text,
        all_group_events -> Bool,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    notification_prefs (user_id, group_id) {
        user_id -> Text,
        group_id -> Text,
        announcements -> Bool,
        reminders -> Bool,
        messages -> Bool,
        updated_at -> Timestamp,
        discussions -> Bool,
    }
}

diesel::table! {
    email_links (token_hash) {
        token_hash -> Text,
        purpose -> Text,
        user_id -> Text,
        group_id -> Text,
        event_id -> Nullable<Text>,
        topic -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        thread_id -> Nullable<Text>,
    }
}

diesel::table! {
    reminder_runs (event_id, hours_before, starts_at) {
        event_id -> Text,
        hours_before -> Integer,
        starts_at -> Timestamp,
        outcome -> Text,
        recipients -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    group_listings (source, source_key) {
        source -> Text,
        source_key -> Text,
        group_id -> Text,
        imported_at -> Timestamp,
    }
}

diesel::table! {
    page_versions (group_id) {
        group_id -> Text,
        version -> BigInt,
    }
}

diesel::table! {
    archive_imports (group_id) {
        group_id -> Text,
        source_url -> Text,
        exported_at -> Timestamp,
        imported_at -> Timestamp,
        member_count -> Integer,
    }
}

diesel::table! {
    archived_members (group_id, member_id) {
        group_id -> Text,
        member_id -> Text,
        name -> Text,
        role -> Text,
        joined_at -> Timestamp,
    }
}

diesel::table! {
    archived_event_history (event_id) {
        event_id -> Text,
        going -> Integer,
        waitlisted -> Integer,
        not_going -> Integer,
        guests -> Integer,
        attended -> Integer,
        no_show -> Integer,
        hosts -> Text,
    }
}

diesel::table! {
    archived_attendance (event_id, member_id) {
        event_id -> Text,
        member_id -> Text,
        status -> Text,
        guests -> Integer,
        attendance -> Text,
    }
}

diesel::table! {
    event_imports (group_id, source_uid) {
        group_id -> Text,
        source_uid -> Text,
        event_id -> Text,
        fingerprint -> Text,
        imported_at -> Timestamp,
    }
}

diesel::table! {
    adoption_requests (id) {
        id -> Text,
        group_id -> Text,
        requested_by -> Text,
        message -> Text,
        status -> Text,
        created_at -> Timestamp,
        grace_ends_at -> Timestamp,
        decided_by -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        reason -> Text,
        refusal_lifted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    placeholder_members (id) {
        id -> Text,
        group_id -> Text,
        meetup_id -> Text,
        name -> Text,
        title -> Text,
        profile_url -> Text,
        answers -> Text,
        listed -> Bool,
        joined_at -> Nullable<Timestamp>,
        claim_token_hash -> Nullable<Text>,
        claimed_by -> Nullable<Text>,
        claimed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    placeholder_rsvps (event_id, placeholder_id) {
        event_id -> Text,
        placeholder_id -> Text,
        status -> Text,
        guests -> Integer,
        host -> Bool,
        rsvped_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(known_devices -> users (user_id));
diesel::joinable!(feed_tokens -> users (user_id));
diesel::table! {
    group_keys (group_id) {
        group_id -> Text,
        public_key_pem -> Text,
        private_key_pem -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    group_followers (group_id, actor_id) {
        group_id -> Text,
        actor_id -> Text,
        inbox -> Text,
        shared_inbox -> Text,
        follow_id -> Text,
        name -> Text,
        handle -> Text,
        url -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    remote_actors (id) {
        id -> Text,
        key_id -> Text,
        public_key_pem -> Text,
        inbox -> Text,
        shared_inbox -> Text,
        name -> Text,
        handle -> Text,
        url -> Text,
        fetched_at -> Timestamp,
    }
}

diesel::table! {
    group_activities (id) {
        id -> Text,
        group_id -> Text,
        kind -> Text,
        object_id -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    blocked_domains (domain) {
        domain -> Text,
        reason -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(api_tokens -> users (user_id));
diesel::joinable!(email_tokens -> users (user_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(memberships -> groups (group_id));
diesel::joinable!(group_topics -> groups (group_id));
diesel::joinable!(conduct_versions -> groups (group_id));
diesel::joinable!(events -> groups (group_id));
diesel::joinable!(events -> venues (venue_id));
diesel::joinable!(rsvps -> events (event_id));
diesel::joinable!(rsvps -> users (user_id));
diesel::joinable!(talks -> events (event_id));
diesel::joinable!(comments -> events (event_id));
diesel::joinable!(photos -> events (event_id));
diesel::joinable!(photo_reports -> photos (photo_id));
diesel::joinable!(threads -> groups (group_id));
diesel::joinable!(thread_replies -> threads (thread_id));
diesel::joinable!(thread_followers -> threads (thread_id));
diesel::joinable!(event_hosts -> events (event_id));
diesel::joinable!(group_listings -> groups (group_id));
diesel::joinable!(adoption_requests -> groups (group_id));
diesel::joinable!(placeholder_members -> groups (group_id));
diesel::joinable!(placeholder_rsvps -> events (event_id));
diesel::joinable!(placeholder_rsvps -> placeholder_members (placeholder_id));

diesel::allow_tables_to_appear_in_same_query!(
    threads,
    thread_replies,
    thread_followers,
    photos,
    photo_reports,
    instance_settings,
    page_versions,
    email_outbox,
    users,
    sessions,
    known_devices,
    api_tokens,
    email_tokens,
    rate_limits,
    images,
    groups,
    group_topics,
    memberships,
    conduct_versions,
    group_invitations,
    conduct_reports,
    group_audit_log,
    venues,
    event_series,
    events,
    event_hosts,
    rsvps,
    talks,
    comments,
    feed_tokens,
    notification_prefs,
    email_links,
    reminder_runs,
    group_listings,
    archive_imports,
    archived_members,
    archived_event_history,
    archived_attendance,
    event_imports,
    adoption_requests,
    placeholder_members,
    placeholder_rsvps,
    group_keys,
    group_followers,
    remote_actors,
    group_activities,
    blocked_domains,
);

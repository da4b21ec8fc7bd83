//! Federation (issue 18, DESIGN §9, SECURITY 31): public groups are ActivityPub `Group`
//! actors at their page URL, published events are `Event` objects at theirs (with the
//! extensions Mobilizon reads), remote actors follow groups, and their replies to an event
//! become comments.
//!
//! * Only public groups and published (or cancelled) events federate. Drafts, private groups,
//!   members, answers and online links never leave the instance.
//! * Everything sent is signed with the group's key ([`signatures`]) and goes through the
//!   durable outbox (kind [`DELIVERY_KIND`]), in the transaction of the change that caused it.
//! * Everything received is verified ([`verify`]): a draft-cavage signature over
//!   `(request-target)`, `date` and `digest`, a fresh date, the body's digest, and the key of
//!   the very actor the activity names, fetched through the guarded fetch and kept.

pub mod signatures;

use muster_core::{
    Timestamp,
    account::Timezone,
    group::Visibility,
    id::{CommentId, EventId},
};
use muster_db::{
    DbConnection, DbError,
    events::{self, EventRow, VenueRow},
    federation::{self, ActivityRow, FollowerRow, GroupKeyRow, RemoteActorRow},
    groups::{self, GroupRow},
    outbox::{self, NewEmail},
    rate_limits,
};
use serde_json::{Value, json};
use url::Url;

use crate::{
    App, AppError, ErrorCode, ErrorKind,
    fetch::{FetchPolicy, Outgoing, fetch_with},
    limits,
};

/// The outbox rows that carry an activity to a remote inbox.
pub const DELIVERY_KIND: &str = "activitypub";
/// The media type of ActivityPub documents.
pub const ACTIVITY_JSON: &str = "application/activity+json";
pub const PUBLIC: &str = "https://www.w3.org/ns/activitystreams#Public";
/// The largest activity accepted, and the largest remote document read.
pub const MAX_BODY: usize = 256 * 1024;
/// How far a signed request's `Date` may be from the clock.
const DATE_WINDOW_SECS: i64 = 10 * 60;
/// Activities per page of a group's outbox collection.
const OUTBOX_PAGE: i64 = 20;

/// The instance's federation settings and the addresses it builds.
#[derive(Debug, Clone)]
pub struct Federation {
    pub enabled: bool,
    /// TEST ONLY (`--federation-allow-private-addresses`): peers on loopback, over http.
    pub allow_private_addresses: bool,
    base_url: String,
}

impl Federation {
    pub fn new(base_url: &str, enabled: bool, allow_private_addresses: bool) -> Self {
        Self {
            enabled,
            allow_private_addresses,
            base_url: base_url.trim_end_matches('/').to_owned(),
        }
    }

    /// `host[:port]` of the instance, as handles name it (`@pug-berlin@host`).
    pub fn host(&self) -> String {
        Url::parse(&self.base_url)
            .map(|u| crate::fetch::authority(&u))
            .unwrap_or_default()
    }

    /// What Muster says it is to other servers.
    fn user_agent(&self) -> String {
        format!("Muster/{} (+{})", env!("CARGO_PKG_VERSION"), self.base_url)
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    pub fn group_id(&self, slug: &str) -> String {
        format!("{}/g/{slug}", self.base_url)
    }

    pub fn event_id(&self, slug: &str, event: EventId) -> String {
        format!("{}/g/{slug}/events/{event}", self.base_url)
    }

    pub fn shared_inbox(&self) -> String {
        format!("{}/inbox", self.base_url)
    }

    /// The guarded fetch's limits for documents and deliveries.
    pub fn fetch_policy(&self) -> FetchPolicy {
        FetchPolicy {
            max_bytes: MAX_BODY,
            timeout: std::time::Duration::from_secs(10),
            max_redirects: 3,
            allow_private: Vec::new(),
            allow_private_addresses: self.allow_private_addresses,
        }
    }

    /// The slug of the group whose actor id `url` is (`{base}/g/{slug}`).
    pub fn group_slug_of<'u>(&self, url: &'u str) -> Option<&'u str> {
        let rest = url.strip_prefix(&self.base_url)?.strip_prefix("/g/")?;
        (!rest.is_empty() && !rest.contains(['/', '?', '#'])).then_some(rest)
    }

    /// The group slug and event of an event's id (`{base}/g/{slug}/events/{id}`).
    pub fn event_of(&self, url: &str) -> Option<(String, EventId)> {
        let rest = url.strip_prefix(&self.base_url)?.strip_prefix("/g/")?;
        let (slug, id) = rest.split_once("/events/")?;
        let id = EventId::parse(id).ok()?;
        (!slug.contains('/')).then(|| (slug.to_owned(), id))
    }
}

/// Whether a group federates: public and live.
pub fn federates(group: &GroupRow) -> bool {
    group.visibility == Visibility::Public && group.deleted_at.is_none()
}

/// The JSON-LD context of what Muster serves: ActivityStreams, the security vocabulary (keys)
/// and, inline, the terms Mobilizon uses for events.
pub fn context() -> Value {
    json!([
        "https://www.w3.org/ns/activitystreams",
        "https://w3id.org/security/v1",
        {
            "sc": "http://schema.org/",
            "mz": "https://joinmobilizon.org/ns#",
            "ical": "http://www.w3.org/2002/12/cal/ical#",
            "pt": "https://joinpeertube.org/ns#",
            "toot": "http://joinmastodon.org/ns#",
            "Hashtag": "as:Hashtag",
            "manuallyApprovesFollowers": "as:manuallyApprovesFollowers",
            "discoverable": "toot:discoverable",
            "PostalAddress": "sc:PostalAddress",
            "address": "sc:address",
            "streetAddress": "sc:streetAddress",
            "addressLocality": "sc:addressLocality",
            "addressCountry": "sc:addressCountry",
            "timezone": "mz:timezone",
            "isOnline": "mz:isOnline",
            "joinMode": "mz:joinMode",
            "draft": "mz:draft",
            "commentsEnabled": "pt:commentsEnabled",
            "maximumAttendeeCapacity": "sc:maximumAttendeeCapacity",
            "remainingAttendeeCapacity": "sc:remainingAttendeeCapacity",
            "participantCount": "mz:participantCount"
        }
    ])
}

fn iso(at: Timestamp) -> String {
    at.as_datetime()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn absolute(fed: &Federation, href: &str) -> String {
    if href.starts_with('/') {
        format!("{}{href}", fed.base_url)
    } else {
        href.to_owned()
    }
}

/// A group as an ActivityPub actor.
pub fn group_actor(fed: &Federation, group: &GroupRow, public_key_pem: &str) -> Value {
    let id = fed.group_id(&group.slug);
    let mut actor = json!({
        "@context": context(),
        "id": id,
        "type": "Group",
        "preferredUsername": group.slug,
        "name": group.name,
        "summary": muster_core::markdown::to_safe_html(&group.summary),
        "url": id,
        "inbox": format!("{id}/inbox"),
        "outbox": format!("{id}/outbox"),
        "followers": format!("{id}/followers"),
        "endpoints": { "sharedInbox": fed.shared_inbox() },
        "manuallyApprovesFollowers": false,
        "discoverable": true,
        "published": iso(group.created_at),
        "publicKey": {
            "id": format!("{id}#main-key"),
            "owner": id,
            "publicKeyPem": public_key_pem,
        },
    });
    let logo = group.logo_href();
    if !logo.is_empty() {
        actor["icon"] = json!({ "type": "Image", "url": absolute(fed, &logo) });
    }
    actor
}

/// A published event as an ActivityPub `Event` (Mobilizon's extensions: the zone, the
/// capacity, the status). Never its online link.
pub fn event_object(
    fed: &Federation,
    group: &GroupRow,
    event: &EventRow,
    venue: Option<&VenueRow>,
) -> Value {
    let id = fed.event_id(&group.slug, event.id);
    let group_id = fed.group_id(&group.slug);
    let tz = Timezone::parse(&event.timezone).unwrap_or(Timezone::UTC);
    let cancelled = event.status() == muster_core::event::EventStatus::Cancelled;
    let mut object = json!({
        "@context": context(),
        "id": id,
        "type": "Event",
        "name": event.title,
        "content": event.description_html,
        "mediaType": "text/html",
        "startTime": crate::events::rfc3339_in(event.starts_at, tz),
        "endTime": crate::events::rfc3339_in(event.ends_at, tz),
        "timezone": event.timezone,
        "url": id,
        "attributedTo": group_id,
        "to": [PUBLIC],
        "cc": [format!("{group_id}/followers")],
        "published": iso(event.published_at.unwrap_or(event.created_at)),
        "updated": iso(event.updated_at),
        "ical:status": if cancelled { "CANCELLED" } else { "CONFIRMED" },
        "joinMode": "free",
        "isOnline": !event.online_url.is_empty() && event.venue_id.is_none(),
        "commentsEnabled": true,
        "draft": false,
    });
    if let Some(capacity) = event.capacity {
        object["maximumAttendeeCapacity"] = json!(capacity);
        object["remainingAttendeeCapacity"] = json!((capacity - event.seats_taken).max(0));
    }
    if let Some(venue) = venue {
        let mut place = json!({
            "type": "Place",
            "name": venue.name,
            "address": {
                "type": "PostalAddress",
                "streetAddress": venue.address,
                "addressLocality": group.city,
                "addressCountry": group.country,
            },
        });
        if let (Some(lat), Some(lon)) = (venue.latitude, venue.longitude) {
            place["latitude"] = json!(lat);
            place["longitude"] = json!(lon);
        }
        object["location"] = place;
    }
    object
}

/// The group's key pair, made the first time it is needed (its actor is fetched, or the
/// first activity it sends is delivered).
pub async fn group_key(app: &App, group: &GroupRow) -> Result<GroupKeyRow, AppError> {
    key_of(&app.db, group.id, app.now())
        .await
        .map_err(AppError::internal)
}

async fn key_of(
    db: &muster_db::Db,
    id: muster_core::id::GroupId,
    now: Timestamp,
) -> Result<GroupKeyRow, String> {
    let read = || async move {
        db.read(move |c| federation::group_key(c, id))
            .await
            .map_err(|e| e.to_string())
    };
    if let Some(key) = read().await? {
        return Ok(key);
    }
    // Making a key takes a CPU for a tenth of a second: the first requests for a new actor
    // arriving together make one, not one each.
    static MAKING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    let _making = MAKING.lock().await;
    if let Some(key) = read().await? {
        return Ok(key);
    }
    let pair = tokio::task::spawn_blocking(signatures::generate)
        .await
        .map_err(|e| e.to_string())??;
    let row = GroupKeyRow {
        group_id: id,
        public_key_pem: pair.public_pem,
        private_key_pem: pair.private_pem,
        created_at: now,
    };
    db.write(move |c| federation::keep_group_key(c, &row))
        .await
        .map_err(|e| e.to_string())
}

/// What happened to an event, as an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventActivity {
    Create,
    Update,
}

/// Sends the event's `Create` or `Update` (a cancellation is an `Update` with the cancelled
/// status) to the group's followers, in the caller's transaction. Nothing for drafts, private
/// groups, or when federation is off.
pub fn event_changed(
    c: &mut DbConnection,
    fed: &Federation,
    group: &GroupRow,
    event: &EventRow,
    kind: EventActivity,
    now: Timestamp,
) -> Result<(), DbError> {
    if !fed.enabled || !federates(group) || event.status() == muster_core::event::EventStatus::Draft
    {
        return Ok(());
    }
    let venue = match event.venue_id {
        Some(v) => events::find_venue(c, v)?,
        None => None,
    };
    let mut object = event_object(fed, group, event, venue.as_ref());
    if let Some(map) = object.as_object_mut() {
        map.remove("@context");
    }
    let kind = match kind {
        EventActivity::Create => "Create",
        EventActivity::Update => "Update",
    };
    send(c, fed, group, kind, object, now)
}

/// Sends `Create` for events made by a series (new occurrences), in the caller's transaction.
pub fn events_created(
    c: &mut DbConnection,
    fed: &Federation,
    ids: &[EventId],
    now: Timestamp,
) -> Result<(), DbError> {
    if !fed.enabled {
        return Ok(());
    }
    // A series' meetups are all of one group: it is read once.
    let mut group: Option<GroupRow> = None;
    for id in ids {
        let Some(event) = events::find(c, *id)? else {
            continue;
        };
        if group.as_ref().is_none_or(|g| g.id != event.group_id) {
            group = groups::find(c, event.group_id)?;
        }
        if let Some(group) = &group {
            event_changed(c, fed, group, &event, EventActivity::Create, now)?;
        }
    }
    Ok(())
}

/// Records an activity of the group (its outbox collection) and queues it for every
/// follower's inbox.
fn send(
    c: &mut DbConnection,
    fed: &Federation,
    group: &GroupRow,
    kind: &str,
    object: Value,
    now: Timestamp,
) -> Result<(), DbError> {
    let group_id = fed.group_id(&group.slug);
    let activity_id = format!("{group_id}/activities/{}", uuid::Uuid::now_v7());
    let object_id = object["id"].as_str().unwrap_or_default().to_owned();
    let activity = json!({
        "@context": context(),
        "id": activity_id,
        "type": kind,
        "actor": group_id,
        "published": iso(now),
        "to": [PUBLIC],
        "cc": [format!("{group_id}/followers")],
        "object": object,
    });
    let body = activity.to_string();
    federation::record_activity(
        c,
        &ActivityRow {
            id: activity_id.clone(),
            group_id: group.id,
            kind: kind.to_owned(),
            object_id,
            body: body.clone(),
            created_at: now,
        },
    )?;
    let inboxes = federation::delivery_inboxes(c, group.id)?;
    deliver(c, group, &activity_id, &body, &inboxes, now)
}

/// Queues `body` for `inboxes` (skipping blocked domains).
fn deliver(
    c: &mut DbConnection,
    group: &GroupRow,
    activity_id: &str,
    body: &str,
    inboxes: &[String],
    now: Timestamp,
) -> Result<(), DbError> {
    let blocked = federation::blocked_names(c)?;
    let mut rows = Vec::with_capacity(inboxes.len());
    for inbox in inboxes {
        if federation::blocks(&blocked, &host_of(inbox)) {
            continue;
        }
        rows.push(NewEmail {
            kind: DELIVERY_KIND.to_owned(),
            recipient: inbox.clone(),
            payload: json!({ "group": group.id.to_string(), "body": body }).to_string(),
            dedupe_key: format!("ap:{activity_id}:{inbox}"),
            run_after: now,
            event_id: None,
        });
    }
    outbox::enqueue_many(c, &rows, now)?;
    Ok(())
}

/// A delivery's payload, read back by the worker.
#[derive(Debug, serde::Deserialize)]
pub struct DeliveryPayload {
    pub group: String,
    pub body: String,
}

/// Why a delivery did not go: try again later, or give up.
#[derive(Debug)]
pub enum DeliveryError {
    Retry(String),
    Fail(String),
}

/// Signs and POSTs one queued activity to `inbox` (the worker's half of [`send`]).
pub async fn deliver_now(
    db: &muster_db::Db,
    fed: &Federation,
    inbox: &str,
    payload: &str,
    now: Timestamp,
) -> Result<(), DeliveryError> {
    let payload: DeliveryPayload = serde_json::from_str(payload)
        .map_err(|e| DeliveryError::Fail(format!("unreadable payload: {e}")))?;
    let group_id = muster_core::id::GroupId::parse(&payload.group)
        .map_err(|_| DeliveryError::Fail("the payload names no group".to_owned()))?;
    let group = db
        .read(move |c| groups::find(c, group_id))
        .await
        .map_err(|e| DeliveryError::Retry(e.to_string()))?;
    let Some(group) = group else {
        return Err(DeliveryError::Fail("the group is gone".to_owned()));
    };
    let key = key_of(db, group_id, now)
        .await
        .map_err(DeliveryError::Retry)?;
    let url = Url::parse(inbox).map_err(|_| DeliveryError::Fail("not an inbox URL".into()))?;
    // The signature's time is the machine's: the receiver checks it against its own clock.
    let mut headers = signatures::sign(
        &key.private_key_pem,
        &format!("{}#main-key", fed.group_id(&group.slug)),
        "POST",
        url.path(),
        &crate::fetch::authority(&url),
        Some(payload.body.as_bytes()),
        chrono::Utc::now(),
    )
    .map_err(DeliveryError::Fail)?;
    headers.push(("content-type".to_owned(), ACTIVITY_JSON.to_owned()));
    let outgoing = Outgoing {
        method: hyper::Method::POST,
        accept: format!("{ACTIVITY_JSON}, application/ld+json"),
        user_agent: fed.user_agent(),
        headers,
        body: payload.body.into_bytes(),
    };
    match fetch_with(inbox, &fed.fetch_policy(), &outgoing).await {
        Ok(_) => Ok(()),
        // A refusal (4xx but a timeout or a rate limit) will not change by itself.
        Err(e)
            if e.0.contains("answered 4")
                && !e.0.contains("answered 408")
                && !e.0.contains("answered 429") =>
        {
            Err(DeliveryError::Fail(e.0))
        }
        Err(e) => Err(DeliveryError::Retry(e.0)),
    }
}

// ------------------------------------------------------------------------------ receiving

/// An incoming request to an inbox, as the web layer read it.
#[derive(Debug, Clone)]
pub struct Incoming {
    pub method: String,
    /// The path as requested (with the query, if any).
    pub path: String,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Incoming {
    fn header(&self, name: &str) -> Option<String> {
        let values: Vec<&str> = self
            .headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect();
        (!values.is_empty()).then(|| values.join(", "))
    }
}

fn refused(message: impl Into<String>) -> AppError {
    AppError::new(ErrorKind::Unauthenticated, ErrorCode::BadSignature, message)
}

fn host_of(url: &str) -> String {
    Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
        .unwrap_or_default()
}

/// A string, or the `id` of an object, at `value`.
fn id_of(value: &Value) -> Option<&str> {
    match value {
        Value::String(s) => Some(s),
        Value::Object(map) => map.get("id").and_then(Value::as_str),
        Value::Array(items) => items.first().and_then(id_of),
        _ => None,
    }
}

/// What a remote actor document says about itself.
fn read_actor(doc: &Value, now: Timestamp) -> Result<RemoteActorRow, String> {
    let id = doc["id"].as_str().ok_or("the actor has no id")?;
    let inbox = doc["inbox"].as_str().ok_or("the actor has no inbox")?;
    let key = match &doc["publicKey"] {
        Value::Array(keys) => keys.first().cloned().unwrap_or_default(),
        key => key.clone(),
    };
    let key_id = key["id"].as_str().ok_or("the actor has no public key")?;
    let pem = key["publicKeyPem"]
        .as_str()
        .ok_or("the actor's key has no PEM")?;
    if id_of(&key["owner"]).is_some_and(|owner| owner != id) {
        return Err("the actor's key belongs to someone else".to_owned());
    }
    if host_of(id) != host_of(key_id) {
        return Err("the actor's key is on another host".to_owned());
    }
    let username = doc["preferredUsername"].as_str().unwrap_or_default();
    let name = doc["name"]
        .as_str()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or(username);
    let url = match &doc["url"] {
        Value::String(s) => s.clone(),
        other => id_of(other).unwrap_or(id).to_owned(),
    };
    let clip = |s: &str, n: usize| s.chars().take(n).collect::<String>();
    Ok(RemoteActorRow {
        id: id.to_owned(),
        key_id: key_id.to_owned(),
        public_key_pem: pem.to_owned(),
        inbox: inbox.to_owned(),
        shared_inbox: doc["endpoints"]["sharedInbox"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        name: clip(name, 200),
        handle: if username.is_empty() {
            String::new()
        } else {
            // The server as people write it: with its port when it is not the default.
            let server = Url::parse(id)
                .map(|u| crate::fetch::authority(&u).to_ascii_lowercase())
                .unwrap_or_default();
            clip(&format!("@{username}@{server}"), 300)
        },
        url: clip(&url, 2000),
        fetched_at: now,
    })
}

/// Fetches a JSON-LD document through the guarded fetch. A document is believed only about
/// itself: its `id` must be on the host (and port) it was fetched from, after redirects.
async fn fetch_document(fed: &Federation, url: &str) -> Result<Value, String> {
    let outgoing = Outgoing {
        accept: format!(
            "{ACTIVITY_JSON}, application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\""
        ),
        user_agent: fed.user_agent(),
        ..Outgoing::default()
    };
    let fetched = fetch_with(url, &fed.fetch_policy(), &outgoing)
        .await
        .map_err(|e| e.0)?;
    let doc: Value = serde_json::from_slice(&fetched.body)
        .map_err(|_| format!("{url} did not answer with JSON"))?;
    let origin = |u: &str| {
        Url::parse(u).ok().map(|u| {
            (
                u.host_str().map(str::to_ascii_lowercase),
                u.port_or_known_default(),
            )
        })
    };
    let id = doc["id"].as_str().unwrap_or_default();
    if origin(id).is_none() || origin(id) != origin(fetched.url.as_str()) {
        return Err(format!(
            "{url} answered a document about another address ({id:?})"
        ));
    }
    Ok(doc)
}

/// Fetches the actor that owns `key_id` and keeps it.
async fn fetch_key_owner(app: &App, key_id: &str) -> Result<RemoteActorRow, AppError> {
    let fed = &app.federation;
    let without_fragment = key_id.split('#').next().unwrap_or(key_id);
    let mut doc = fetch_document(fed, without_fragment)
        .await
        .map_err(|e| refused(format!("the signing key could not be fetched: {e}")))?;
    // A key published on its own names its owner; the owner holds the inbox.
    if doc.get("inbox").is_none()
        && let Some(owner) = id_of(&doc["owner"]).map(str::to_owned)
    {
        doc = fetch_document(fed, &owner)
            .await
            .map_err(|e| refused(format!("the key's owner could not be fetched: {e}")))?;
    }
    let actor = read_actor(&doc, app.now()).map_err(refused)?;
    if actor.key_id != key_id {
        return Err(refused("the signing key is not the actor's key"));
    }
    if host_of(&actor.key_id) != host_of(&actor.id) {
        return Err(refused("the signing key is not on its actor's server"));
    }
    let row = actor.clone();
    app.db
        .write(move |c| federation::keep_remote_actor(c, &row))
        .await?;
    Ok(actor)
}

/// Checks an incoming request's signature, date and digest; the actor who signed it.
pub async fn verify(app: &App, request: &Incoming) -> Result<RemoteActorRow, AppError> {
    let header = request
        .header("signature")
        .ok_or_else(|| refused("the request is not signed (no Signature header)"))?;
    let signature = signatures::parse_signature(&header).map_err(refused)?;
    if !matches!(signature.algorithm.as_str(), "rsa-sha256" | "hs2019") {
        return Err(refused(format!(
            "the signature algorithm {} is not supported; use rsa-sha256",
            signature.algorithm
        )));
    }
    for needed in ["(request-target)", "date", "digest"] {
        if !signature.headers.iter().any(|h| h == needed) {
            return Err(refused(format!("the signature must cover {needed}")));
        }
    }
    let date = request
        .header("date")
        .and_then(|d| signatures::parse_http_date(&d))
        .ok_or_else(|| refused("the request has no valid Date"))?;
    let skew = (chrono::Utc::now() - date).num_seconds().abs();
    if skew > DATE_WINDOW_SECS {
        return Err(refused(
            "the request's Date is too far from now (stale or replayed)",
        ));
    }
    let digest = request.header("digest").unwrap_or_default();
    let expected = signatures::digest(&request.body);
    if !digest.split(',').any(|d| d.trim() == expected) {
        return Err(refused("the body does not match its Digest"));
    }
    let (key_host, key_id) = (host_of(&signature.key_id), signature.key_id.clone());
    // Whether the signer's server is blocked, and its key if it is known: one read.
    let (blocked, kept) = app
        .db
        .read(move |c| {
            Ok::<_, DbError>((
                federation::is_blocked(c, &key_host)?,
                federation::remote_actor_by_key(c, &key_id)?,
            ))
        })
        .await?;
    if blocked {
        return Err(
            AppError::forbidden("This instance does not federate with that domain.")
                .with_code(ErrorCode::DomainBlocked),
        );
    }
    let text = signatures::signing_string(&signature, &request.method, &request.path, |name| {
        request.header(name)
    })
    .map_err(refused)?;
    if let Some(actor) = kept
        && signatures::verify(&actor.public_key_pem, &text, &signature.signature)
    {
        return Ok(actor);
    }
    // Not known yet, or the key changed (a rotation): fetch it again, once.
    let actor = fetch_key_owner(app, &signature.key_id).await?;
    if signatures::verify(&actor.public_key_pem, &text, &signature.signature) {
        Ok(actor)
    } else {
        Err(refused("the signature does not verify"))
    }
}

/// What became of an activity received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    Followed,
    Unfollowed,
    Commented,
    Edited,
    Deleted,
    Ignored(&'static str),
}

/// Verifies and handles one activity posted to an inbox (a group's, or the shared one).
pub async fn receive(app: &App, request: Incoming) -> Result<Received, AppError> {
    if !app.federation.enabled {
        return Err(AppError::not_found());
    }
    if request.body.len() > MAX_BODY {
        return Err(AppError::too_large("Activities are limited to 256 KiB."));
    }
    let actor = match verify(app, &request).await {
        Ok(actor) => actor,
        Err(error) => {
            // Refusals are logged with what was claimed, never with the body.
            let key = request
                .header("signature")
                .and_then(|h| signatures::parse_signature(&h).ok())
                .map(|s| s.key_id)
                .unwrap_or_default();
            tracing::warn!(path = %request.path, %key, reason = %error.message, "activity refused");
            return Err(error);
        }
    };
    let activity: Value = serde_json::from_slice(&request.body).map_err(|_| {
        AppError::bad_request(ErrorCode::MalformedJson, "The activity is not JSON.")
    })?;
    let claimed = id_of(&activity["actor"]).unwrap_or_default();
    if claimed != actor.id {
        tracing::warn!(signer = %actor.id, %claimed, "an actor tried to act as another");
        return Err(refused("an actor may only act as itself"));
    }
    let kind = activity["type"].as_str().unwrap_or_default();
    let result = match kind {
        "Follow" => follow(app, &actor, &activity).await,
        "Undo" => undo(app, &actor, &activity).await,
        "Create" => create(app, &actor, &activity).await,
        "Update" => update(app, &actor, &activity).await,
        "Delete" => delete(app, &actor, &activity).await,
        _ => Ok(Received::Ignored("this kind of activity is not used here")),
    };
    match &result {
        Ok(received) => tracing::info!(actor = %actor.id, %kind, ?received, "activity received"),
        Err(e) => tracing::info!(actor = %actor.id, %kind, error = %e.message, "activity refused"),
    }
    result
}

/// The public, live group an actor id names.
async fn target_group(app: &App, id: &str) -> Result<GroupRow, AppError> {
    let slug = app
        .federation
        .group_slug_of(id)
        .ok_or_else(AppError::not_found)?
        .to_owned();
    let group = app
        .db
        .read(move |c| groups::find_by_slug(c, &slug))
        .await?
        .filter(federates)
        .ok_or_else(AppError::not_found)?;
    Ok(group)
}

async fn follow(app: &App, actor: &RemoteActorRow, activity: &Value) -> Result<Received, AppError> {
    let object = id_of(&activity["object"]).unwrap_or_default();
    let group = target_group(app, object).await?;
    let follow_id = activity["id"]
        .as_str()
        .ok_or_else(|| AppError::bad_request(ErrorCode::InvalidBody, "The Follow has no id."))?
        .to_owned();
    let fed = app.federation.clone();
    let now = app.now();
    let row = FollowerRow {
        group_id: group.id,
        actor_id: actor.id.clone(),
        inbox: actor.inbox.clone(),
        shared_inbox: actor.shared_inbox.clone(),
        follow_id: follow_id.clone(),
        name: actor.name.clone(),
        handle: actor.handle.clone(),
        url: actor.url.clone(),
        created_at: now,
    };
    let inbox = actor.inbox.clone();
    let accept_follow = json!({
        "id": follow_id,
        "type": "Follow",
        "actor": actor.id,
        "object": fed.group_id(&group.slug),
    });
    app.db
        .transaction(move |c| {
            federation::add_follower(c, &row)?;
            let group_id = fed.group_id(&group.slug);
            let accept_id = format!("{group_id}/activities/{}", uuid::Uuid::now_v7());
            let accept = json!({
                "@context": context(),
                "id": accept_id,
                "type": "Accept",
                "actor": group_id,
                "object": accept_follow,
            });
            deliver(c, &group, &accept_id, &accept.to_string(), &[inbox], now)?;
            Ok::<_, AppError>(())
        })
        .await?;
    Ok(Received::Followed)
}

async fn undo(app: &App, actor: &RemoteActorRow, activity: &Value) -> Result<Received, AppError> {
    let object = &activity["object"];
    let undone_kind = object["type"].as_str().unwrap_or("Follow");
    if undone_kind != "Follow" {
        return Ok(Received::Ignored("only a Follow can be undone here"));
    }
    let follow_id = id_of(object).unwrap_or_default().to_owned();
    let target = id_of(&object["object"]).map(str::to_owned);
    let actor_id = actor.id.clone();
    let group = match target {
        Some(target) => Some(target_group(app, &target).await?.id),
        None => None,
    };
    let removed = app
        .db
        .write(move |c| {
            let mut removed = false;
            for row in federation::following(c, &actor_id)? {
                if group.is_some_and(|g| g == row.group_id) || row.follow_id == follow_id {
                    removed |= federation::remove_follower(c, row.group_id, &actor_id)?;
                }
            }
            Ok::<_, DbError>(removed)
        })
        .await?;
    Ok(if removed {
        Received::Unfollowed
    } else {
        Received::Ignored("not a follower")
    })
}

/// The event a remote Note replies to, if it is a published event of a federating group.
async fn replied_event(app: &App, note: &Value) -> Result<(GroupRow, EventRow), AppError> {
    let in_reply_to = id_of(&note["inReplyTo"]).unwrap_or_default();
    let (slug, event_id) = app
        .federation
        .event_of(in_reply_to)
        .ok_or_else(AppError::not_found)?;
    let group = target_group(app, &app.federation.group_id(&slug)).await?;
    let group_id = group.id;
    let event = app
        .db
        .read(move |c| events::find(c, event_id))
        .await?
        .filter(|e| e.group_id == group_id && e.status() != muster_core::event::EventStatus::Draft)
        .ok_or_else(AppError::not_found)?;
    Ok((group, event))
}

/// A remote Note's text, sanitised like local Markdown and within a comment's length.
fn note_body(note: &Value) -> Result<String, AppError> {
    let html = note["content"].as_str().unwrap_or_default();
    let clean = muster_core::markdown::clean_html(html);
    if muster_core::markdown::to_plain_text(&clean)
        .trim()
        .is_empty()
    {
        return Err(AppError::invalid_field("content", "The reply is empty."));
    }
    if clean.chars().count() > 10_000 {
        return Err(AppError::invalid_field(
            "content",
            "The reply is longer than 10,000 characters.",
        ));
    }
    Ok(clean)
}

fn check_note(actor: &RemoteActorRow, note: &Value) -> Result<String, AppError> {
    if note["type"].as_str() != Some("Note") {
        return Err(AppError::bad_request(
            ErrorCode::InvalidBody,
            "Only Notes are taken as replies.",
        ));
    }
    let id = note["id"]
        .as_str()
        .ok_or_else(|| AppError::bad_request(ErrorCode::InvalidBody, "The Note has no id."))?;
    if host_of(id) != host_of(&actor.id) {
        return Err(refused("the Note is not on its author's server"));
    }
    if id_of(&note["attributedTo"]).is_some_and(|a| a != actor.id) {
        return Err(refused("an actor may only post as itself"));
    }
    Ok(id.to_owned())
}

async fn create(app: &App, actor: &RemoteActorRow, activity: &Value) -> Result<Received, AppError> {
    let note = &activity["object"];
    if !note.is_object() || note["type"].as_str() != Some("Note") {
        return Ok(Received::Ignored("only replies (Notes) are taken"));
    }
    let note_id = check_note(actor, note)?;
    let (_group, event) = replied_event(app, note).await?;
    let body = note_body(note)?;
    let (author, name, url, now) = (
        actor.id.clone(),
        if actor.name.is_empty() {
            actor.handle.clone()
        } else {
            actor.name.clone()
        },
        actor.url.clone(),
        app.now(),
    );
    app.db
        .transaction(move |c| {
            if federation::remote_comment(c, &note_id)?.is_some() {
                return Ok(Received::Ignored("already received"));
            }
            let bucket = format!("comments:remote:{author}");
            if let Err(wait) = rate_limits::hit(c, &bucket, limits::COMMENTS_PER_DAY, now)? {
                return Err(AppError::too_many_requests(wait).with_code(ErrorCode::DailyLimit));
            }
            federation::add_remote_comment(
                c,
                CommentId::new(),
                event.id,
                &note_id,
                &author,
                &name,
                &url,
                &body,
                now,
            )?;
            Ok(Received::Commented)
        })
        .await
}

async fn update(app: &App, actor: &RemoteActorRow, activity: &Value) -> Result<Received, AppError> {
    let note = &activity["object"];
    if note["type"].as_str() != Some("Note") {
        return Ok(Received::Ignored("only replies (Notes) are updated here"));
    }
    let note_id = check_note(actor, note)?;
    let body = note_body(note)?;
    let author = actor.id.clone();
    let edited = app
        .db
        .write(move |c| federation::edit_remote_comment(c, &note_id, &author, &body))
        .await?;
    Ok(if edited {
        Received::Edited
    } else {
        Received::Ignored("no such reply")
    })
}

async fn delete(app: &App, actor: &RemoteActorRow, activity: &Value) -> Result<Received, AppError> {
    let object = id_of(&activity["object"]).unwrap_or_default().to_owned();
    let (author, now) = (actor.id.clone(), app.now());
    if object == actor.id {
        // The account is gone: it follows nothing any more.
        app.db
            .write(move |c| {
                for row in federation::following(c, &author)? {
                    federation::remove_follower(c, row.group_id, &author)?;
                }
                Ok::<_, DbError>(())
            })
            .await?;
        return Ok(Received::Deleted);
    }
    let removed = app
        .db
        .write(move |c| federation::remove_remote_comment(c, &object, &author, now))
        .await?;
    Ok(if removed {
        Received::Deleted
    } else {
        Received::Ignored("no such reply")
    })
}

// ------------------------------------------------------------------------------ serving

/// A group's actor document, if the group federates.
pub async fn actor_of(app: &App, group: &GroupRow) -> Result<Value, AppError> {
    if !app.federation.enabled || !federates(group) {
        return Err(AppError::not_found());
    }
    let key = group_key(app, group).await?;
    Ok(group_actor(&app.federation, group, &key.public_key_pem))
}

/// An event's object document, if it federates.
pub async fn event_document(
    app: &App,
    group: &GroupRow,
    event: &EventRow,
) -> Result<Value, AppError> {
    if !app.federation.enabled
        || !federates(group)
        || event.status() == muster_core::event::EventStatus::Draft
    {
        return Err(AppError::not_found());
    }
    let venue_id = event.venue_id;
    let venue = match venue_id {
        Some(v) => app.db.read(move |c| events::find_venue(c, v)).await?,
        None => None,
    };
    Ok(event_object(&app.federation, group, event, venue.as_ref()))
}

/// The group's outbox: the collection, or one page of it (1 the newest).
pub async fn outbox_of(app: &App, group: &GroupRow, page: Option<i64>) -> Result<Value, AppError> {
    if !app.federation.enabled || !federates(group) {
        return Err(AppError::not_found());
    }
    let id = format!("{}/outbox", app.federation.group_id(&group.slug));
    let group_id = group.id;
    let total = app
        .db
        .read(move |c| federation::activity_count(c, group_id))
        .await?;
    let Some(page) = page else {
        return Ok(json!({
            "@context": context(),
            "id": id,
            "type": "OrderedCollection",
            "totalItems": total,
            "first": format!("{id}?page=1"),
            "last": format!("{id}?page={}", ((total + OUTBOX_PAGE - 1) / OUTBOX_PAGE).max(1)),
        }));
    };
    if page < 1 {
        return Err(AppError::bad_request(
            ErrorCode::InvalidQuery,
            "Pages are numbered from 1.",
        ));
    }
    let rows = app
        .db
        .read(move |c| federation::activities(c, group_id, page - 1, OUTBOX_PAGE))
        .await?;
    let items: Vec<Value> = rows
        .iter()
        .filter_map(|r| serde_json::from_str::<Value>(&r.body).ok())
        .map(|mut v| {
            if let Some(map) = v.as_object_mut() {
                map.remove("@context");
            }
            v
        })
        .collect();
    let mut collection = json!({
        "@context": context(),
        "id": format!("{id}?page={page}"),
        "type": "OrderedCollectionPage",
        "partOf": id,
        "totalItems": total,
        "orderedItems": items,
    });
    if page * OUTBOX_PAGE < total {
        collection["next"] = json!(format!("{id}?page={}", page + 1));
    }
    if page > 1 {
        collection["prev"] = json!(format!("{id}?page={}", page - 1));
    }
    Ok(collection)
}

/// The group's followers collection: how many, not who (members of the public can count
/// them; who they are is for the organizers).
pub async fn followers_of(app: &App, group: &GroupRow) -> Result<Value, AppError> {
    if !app.federation.enabled || !federates(group) {
        return Err(AppError::not_found());
    }
    let group_id = group.id;
    let total = app
        .db
        .read(move |c| federation::follower_count(c, group_id))
        .await?;
    Ok(json!({
        "@context": context(),
        "id": format!("{}/followers", app.federation.group_id(&group.slug)),
        "type": "OrderedCollection",
        "totalItems": total,
    }))
}

/// The WebFinger answer (RFC 7033) for `acct:{slug}@{host}` or a group's URL.
pub async fn webfinger(app: &App, resource: &str) -> Result<Value, AppError> {
    if !app.federation.enabled {
        return Err(AppError::not_found());
    }
    let fed = &app.federation;
    let slug = if let Some(acct) = resource.strip_prefix("acct:") {
        let acct = acct.trim_start_matches('@');
        let (slug, host) = acct.rsplit_once('@').ok_or_else(|| {
            AppError::bad_request(
                ErrorCode::InvalidQuery,
                "resource must be acct:name@host or a group's address",
            )
        })?;
        if !host.eq_ignore_ascii_case(&fed.host()) {
            return Err(AppError::not_found());
        }
        slug.to_owned()
    } else if let Some(slug) = fed.group_slug_of(resource) {
        slug.to_owned()
    } else {
        return Err(AppError::not_found());
    };
    let group = target_group(app, &fed.group_id(&slug)).await?;
    let id = fed.group_id(&group.slug);
    Ok(json!({
        "subject": format!("acct:{}@{}", group.slug, fed.host()),
        "aliases": [id],
        "links": [
            { "rel": "self", "type": ACTIVITY_JSON, "href": id },
            { "rel": "http://webfinger.net/rel/profile-page", "type": "text/html", "href": id },
        ],
    }))
}

/// NodeInfo 2.1.
pub async fn nodeinfo(app: &App) -> Result<Value, AppError> {
    let (users, events, groups) = app.db.read(federation::usage).await?;
    Ok(json!({
        "version": "2.1",
        "software": {
            "name": "muster",
            "version": env!("CARGO_PKG_VERSION"),
        },
        "protocols": if app.federation.enabled { json!(["activitypub"]) } else { json!([]) },
        "services": { "inbound": [], "outbound": ["atom1.0"] },
        "openRegistrations": true,
        "usage": {
            "users": { "total": users },
            "localPosts": events,
        },
        "metadata": {
            "nodeName": app.config.instance_name,
            "publicGroups": groups,
        },
    }))
}

/// A group's followers, for its organizers (the caller checks who asks).
pub async fn followers_list(app: &App, group: &GroupRow) -> Result<Vec<FollowerRow>, AppError> {
    let id = group.id;
    Ok(app.db.read(move |c| federation::followers(c, id)).await?)
}

/// An organizer removes a follower (the caller checks who asks): it gets nothing more, and is
/// sent a `Reject` of its Follow so its server knows.
pub async fn remove_follower(app: &App, group: &GroupRow, actor: &str) -> Result<(), AppError> {
    let (fed, group, actor, now) = (
        app.federation.clone(),
        group.clone(),
        actor.to_owned(),
        app.now(),
    );
    app.db
        .transaction(move |c| {
            let Some(row) = federation::follower(c, group.id, &actor)? else {
                return Err(AppError::not_found());
            };
            federation::remove_follower(c, group.id, &actor)?;
            if fed.enabled && federates(&group) {
                let group_id = fed.group_id(&group.slug);
                let reject_id = format!("{group_id}/activities/{}", uuid::Uuid::now_v7());
                let reject = json!({
                    "@context": context(),
                    "id": reject_id,
                    "type": "Reject",
                    "actor": group_id,
                    "object": {
                        "id": row.follow_id,
                        "type": "Follow",
                        "actor": row.actor_id,
                        "object": group_id,
                    },
                });
                deliver(
                    c,
                    &group,
                    &reject_id,
                    &reject.to_string(),
                    &[row.inbox],
                    now,
                )?;
            }
            Ok(())
        })
        .await
}

// ------------------------------------------------------------------------------ administration

/// How federation is doing: deliveries by status (status, how many, retries), the inboxes
/// failing most (inbox, how many, last error), and the blocked domains.
#[derive(Debug, Clone)]
pub struct Health {
    pub deliveries: Vec<(String, i64, i64)>,
    pub failing: Vec<(String, i64, String)>,
    pub blocked: Vec<muster_db::federation::BlockedDomainRow>,
}

/// [`Health`], read in one round trip.
pub async fn health(db: &muster_db::Db) -> Result<Health, AppError> {
    let (stats, failing, blocked) = db
        .read(|c| {
            Ok::<_, DbError>((
                outbox::stats(c)?,
                federation::failing_inboxes(c, DELIVERY_KIND, 20)?,
                federation::blocked(c)?,
            ))
        })
        .await?;
    Ok(Health {
        deliveries: stats
            .into_iter()
            .filter(|s| s.kind == DELIVERY_KIND)
            .map(|s| (s.status.as_str().to_owned(), s.emails, s.retries))
            .collect(),
        failing: failing
            .into_iter()
            .map(|(inbox, count, error)| (inbox, count, error.unwrap_or_default()))
            .collect(),
        blocked,
    })
}

/// Blocks a domain (and its subdomains): nothing from it is accepted, nothing goes to it.
/// Returns the domain as kept (lower case).
pub async fn block_domain(
    db: &muster_db::Db,
    domain: &str,
    reason: &str,
    now: Timestamp,
) -> Result<String, AppError> {
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let valid = !domain.is_empty()
        && domain.len() <= 253
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if !valid {
        return Err(AppError::invalid_field(
            "domain",
            "Give a domain name, like spam.example.",
        ));
    }
    let row = muster_db::federation::BlockedDomainRow {
        domain: domain.clone(),
        reason: reason.trim().chars().take(500).collect(),
        created_at: now,
    };
    db.write(move |c| federation::block_domain(c, &row)).await?;
    Ok(domain)
}

/// Federates with a blocked domain again; whether it was blocked.
pub async fn unblock_domain(db: &muster_db::Db, domain: &str) -> Result<bool, AppError> {
    let domain = domain.trim().to_ascii_lowercase();
    Ok(db
        .write(move |c| federation::unblock_domain(c, &domain))
        .await?)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn actor(id: &str, key: &str, owner: &str) -> Value {
        json!({
            "id": id, "type": "Person", "preferredUsername": "alice", "name": "Alice",
            "inbox": format!("{id}/inbox"), "endpoints": {"sharedInbox": "https://m.example/inbox"},
            "publicKey": {"id": key, "owner": owner, "publicKeyPem": "PEM"},
        })
    }

    #[test]
    fn an_actor_is_believed_only_about_its_own_key() {
        let now = Timestamp::from(chrono::Utc::now());
        let good = read_actor(
            &actor(
                "https://m.example/users/alice",
                "https://m.example/users/alice#main-key",
                "https://m.example/users/alice",
            ),
            now,
        )
        .unwrap();
        assert_eq!(good.handle, "@alice@m.example");
        assert_eq!(good.shared_inbox, "https://m.example/inbox");
        // A key on another server, or owned by someone else, does not make anyone an actor.
        for (key, owner) in [
            (
                "https://evil.example/k#main-key",
                "https://m.example/users/alice",
            ),
            (
                "https://m.example/users/alice#main-key",
                "https://m.example/users/bob",
            ),
        ] {
            assert!(read_actor(&actor("https://m.example/users/alice", key, owner), now).is_err());
        }
        assert!(read_actor(&json!({"id": "https://m.example/x"}), now).is_err());
    }

    #[test]
    fn addresses_name_groups_and_events_of_this_instance_only() {
        let fed = Federation::new("https://meet.example/", true, false);
        assert_eq!(fed.host(), "meet.example");
        assert_eq!(
            fed.group_slug_of("https://meet.example/g/pyleeds"),
            Some("pyleeds")
        );
        assert_eq!(
            fed.group_slug_of("https://meet.example/g/pyleeds/inbox"),
            None
        );
        assert_eq!(fed.group_slug_of("https://other.example/g/pyleeds"), None);
        let event = EventId::new();
        let url = fed.event_id("pyleeds", event);
        assert_eq!(fed.event_of(&url), Some(("pyleeds".to_owned(), event)));
        assert_eq!(
            fed.event_of("https://meet.example/g/pyleeds/events/not-an-id"),
            None
        );
        let local = Federation::new("http://127.0.0.1:8080", true, true);
        assert_eq!(local.host(), "127.0.0.1:8080");
    }
}

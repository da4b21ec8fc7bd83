//! Recurring series: creating one, its page, and edits to "this and following" meetups.

use chrono::{Duration, NaiveDateTime};
use muster_core::{
    Timestamp,
    event::{EventStatus, RsvpWindow, Schedule},
    id::{SeriesId, UserId, VenueId},
    markdown,
    policy::Action,
    recurrence::Recurrence,
};
use muster_db::{
    DbConnection, audit,
    events::{self, EventRow, VenueRow},
    groups::GroupRow,
    series::{self, SeriesRow, SeriesTemplate},
};

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::local;
use super::{
    fields::{EventFields, EventState, check_hosts, daily_event_limit, default_host, validate},
    schedule::{Overflow, write_state},
};
use crate::{App, AppError, groups::GroupAccess, notices::Notices};

/// "This and following" may change the time of day, not the date.
pub(crate) fn same_day(old: &EventState, new: &EventState) -> Result<(), AppError> {
    let day = |s: &EventState| local(s.schedule.starts_at, s.timezone).date_naive();
    if day(old) != day(new) || old.timezone != new.timezone {
        return Err(AppError::invalid_field(
            "starts_at",
            "For this and following events only the time of day can change. To move the \
                 dates, end the series and start a new one."
                .to_owned(),
        ));
    }
    Ok(())
}

/// Lays the changes between `old` and `new` over each later event of the series, and over the
/// series' template so future occurrences get them too.
#[allow(clippy::too_many_arguments)]
pub(crate) fn apply_to_following(
    conn: &mut DbConnection,
    group: &GroupRow,
    series_id: SeriesId,
    this: &EventRow,
    old: &EventState,
    new: &EventState,
    overflow: Overflow,
    actor: UserId,
    notices: &Notices,
    now: Timestamp,
) -> Result<(), AppError> {
    let new_time = local(new.schedule.starts_at, new.timezone).time();
    let new_duration = new.schedule.duration();
    let relative = |t: Option<Timestamp>| t.map(|t| new.schedule.starts_at - t);
    let (opens_before, closes_before) = (
        relative(new.window.opens_at),
        relative(new.window.closes_at),
    );
    let window_changed = old.window != new.window;
    // A new venue replaces each one's, which need not be read then; the ones kept are read
    // once each (occurrences mostly share one).
    let venue_changed = old.venue != new.venue;
    let mut venues: Vec<(VenueId, Option<VenueRow>)> = Vec::new();
    for other in
        events::following_in_series(conn, series_id, this.starts_at + Duration::seconds(1))?
    {
        if other.id == this.id {
            continue;
        }
        let Some(other) = events::lock(conn, other.id)? else {
            continue;
        };
        let venue = match other.venue_id {
            Some(v) if !venue_changed => match venues.iter().find(|(id, _)| *id == v) {
                Some((_, row)) => row.clone(),
                None => {
                    let row = events::find_venue(conn, v)?;
                    venues.push((v, row.clone()));
                    row
                }
            },
            _ => None,
        };
        let hosts = events::host_ids(conn, other.id)?;
        let fields = EventFields::of(&other, venue.as_ref(), &hosts);
        let Ok(mut target) = validate(&fields, group, Some(&other), now) else {
            continue;
        };
        macro_rules! carry {
            ($($field:ident),*) => {$(
                if old.$field != new.$field {
                    target.$field = new.$field.clone();
                }
            )*};
        }
        carry!(
            title,
            description,
            venue,
            online_url,
            capacity,
            guest_limit,
            rsvp_question,
            hosts,
            rsvps_closed,
            reminders_enabled,
            announce
        );
        if old.schedule != new.schedule {
            let date = local(other.starts_at, target.timezone).date_naive();
            if let Some(start) = muster_core::recurrence::resolve_local(
                target.timezone.tz(),
                date.and_time(new_time),
            ) {
                let starts_at = Timestamp::from(start.with_timezone(&chrono::Utc));
                target.schedule = Schedule {
                    starts_at,
                    ends_at: starts_at + new_duration,
                };
            }
        }
        if window_changed {
            target.window = RsvpWindow {
                opens_at: opens_before.map(|d| target.schedule.starts_at - d),
                closes_at: closes_before.map(|d| target.schedule.starts_at - d),
            };
        }
        write_state(
            conn,
            group,
            &other,
            &hosts,
            &target,
            window_changed,
            overflow,
            actor,
            notices,
            now,
        )
        .map_err(|mut e| {
            // Say which meetup of the series could not take the change.
            let day = super::short_date(other.starts_at, other.timezone(), now);
            for message in e.fields.values_mut() {
                *message = format!("The meetup on {day}: {message}");
            }
            e
        })?;
    }
    // Future occurrences follow the template — changed in the fields that changed here, and
    // only those (this meetup's own earlier changes stay its own).
    if let Some(series) = series::find(conn, series_id)? {
        let mut template = series.template();
        if old.title != new.title {
            template.title = new.title.to_string();
        }
        if old.description != new.description {
            template.description = new.description.to_string();
            template.description_html = markdown::to_safe_html(new.description.as_str());
        }
        if old.venue != new.venue {
            template.venue_id = match &new.venue {
                Some(v) => Some(events::venue_for(conn, group.id, v, now)?),
                None => None,
            };
        }
        if old.online_url != new.online_url {
            template.online_url.clone_from(&new.online_url);
        }
        if old.capacity != new.capacity {
            template.capacity = new.capacity;
        }
        if old.guest_limit != new.guest_limit {
            template.guest_limit = new.guest_limit;
        }
        if old.rsvp_question != new.rsvp_question {
            template.rsvp_question = new.rsvp_question.to_string();
        }
        if old.hosts != new.hosts {
            template.hosts.clone_from(&new.hosts);
        }
        if old.reminders_enabled != new.reminders_enabled {
            template.reminders_enabled = new.reminders_enabled;
        }
        if old.announce != new.announce {
            template.announce = new.announce;
        }
        if window_changed {
            template.rsvp_opens_minutes_before = opens_before.map(|d| d.num_minutes());
            template.rsvp_closes_minutes_before = closes_before.map(|d| d.num_minutes());
        }
        let (mut first_local, mut minutes) = (series.first_local(), series.duration_minutes);
        if old.schedule != new.schedule {
            first_local = first_local.map(|f| f.date().and_time(new_time));
            minutes = i32::try_from(new_duration.num_minutes()).unwrap_or(minutes);
        }
        let first_local = first_local
            .unwrap_or_else(|| local(new.schedule.starts_at, new.timezone).naive_local());
        series::update_template(conn, series_id, &template, first_local, minutes, now)?;
    }
    Ok(())
}

/// Starts a recurring series: `input` describes the first occurrence (its start must match the
/// rule); occurrences for the next 90 days are created at once, later ones by the scheduler.
pub async fn create_series(
    app: &App,
    access: &GroupAccess,
    input: &EventFields,
    recurrence: Recurrence,
) -> Result<(SeriesRow, Vec<EventRow>), AppError> {
    access.check(Action::Use(muster_core::roles::Capability::ManageEvents))?;
    let now = app.now();
    let mut valid = validate(input, &access.group, None, now)?;
    default_host(&mut valid, access)?;
    let tz = valid.timezone;
    let first_local: NaiveDateTime = local(valid.schedule.starts_at, tz).naive_local();
    // The first date must fit the rule ("a third Wednesday").
    recurrence
        .occurrences(first_local, tz.tz(), now, now + Duration::seconds(1), 1)
        .map_err(|e| AppError::invalid_field("recurrence", e.0))?;
    let minutes = |t: Option<Timestamp>| t.map(|t| (valid.schedule.starts_at - t).num_minutes());
    let creator = access.user()?.id;
    let group = access.group.clone();
    let duration = i32::try_from(valid.schedule.duration().num_minutes())
        .map_err(|_| AppError::internal("duration out of range"))?;
    let mut template = SeriesTemplate {
        title: valid.title.to_string(),
        description: valid.description.to_string(),
        description_html: markdown::to_safe_html(valid.description.as_str()),
        venue_id: None,
        online_url: valid.online_url.clone(),
        capacity: valid.capacity,
        guest_limit: valid.guest_limit,
        rsvp_opens_minutes_before: minutes(valid.window.opens_at),
        rsvp_closes_minutes_before: minutes(valid.window.closes_at),
        rsvp_question: valid.rsvp_question.to_string(),
        announce: valid.announce,
        reminders_enabled: valid.reminders_enabled,
        hosts: valid.hosts.clone(),
    };
    app.db
        .transaction(move |c| {
            daily_event_limit(c, creator, now)?;
            check_hosts(c, &group, &valid.hosts)?;
            if let Some(venue) = &valid.venue {
                template.venue_id = Some(events::venue_for(c, group.id, venue, now)?);
            }
            let row = SeriesRow {
                id: SeriesId::new(),
                group_id: group.id,
                rrule: recurrence.to_rrule(tz.tz()),
                timezone: tz.name().to_owned(),
                first_local: first_local.format(series::LOCAL_FORMAT).to_string(),
                duration_minutes: duration,
                template: template.to_json(),
                generated_until: None,
                ended_at: None,
                created_by: Some(creator),
                created_at: now,
                updated_at: now,
            };
            series::insert(c, &row)?;
            series::materialize(c, &row, now)?;
            // A new series' events are the ones just created, in order.
            let list = events::in_series(c, row.id)?;
            audit::record(
                c,
                AuditEntry::new(group.id, AuditAction::SeriesCreated)
                    .by(Some(creator))
                    .detail(&format!(
                        "{}: {}",
                        row_title(&list, &template),
                        recurrence.describe()
                    )),
                now,
            )?;
            let row = series::find(c, row.id)?.unwrap_or(row);
            Ok((row, list))
        })
        .await
}

pub(crate) fn row_title(list: &[EventRow], template: &SeriesTemplate) -> String {
    list.first()
        .map_or_else(|| template.title.clone(), |e| e.title.clone())
}

/// A series with its events (upcoming first).
pub async fn series_view(
    app: &App,
    access: &GroupAccess,
    id: &str,
) -> Result<(SeriesRow, Vec<EventRow>), AppError> {
    access.check(Action::View)?;
    let id = SeriesId::parse(id).map_err(|_| AppError::not_found())?;
    let group = access.group.id;
    let manage = access.can(Action::Use(muster_core::roles::Capability::ManageEvents));
    let (row, list) = app
        .db
        .read(move |c| {
            let Some(row) = series::find(c, id)? else {
                return Ok(None);
            };
            let list = events::in_series(c, id)?;
            Ok(Some((row, list)))
        })
        .await?
        .ok_or_else(AppError::not_found)?;
    if row.group_id != group {
        return Err(AppError::not_found());
    }
    let list = list
        .into_iter()
        .filter(|e| manage || e.status() != EventStatus::Draft)
        .collect();
    Ok((row, list))
}

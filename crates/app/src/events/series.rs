//! Recurring series: creating one, its page, and edits to "this and following" meetups.

use chrono::{Duration, NaiveDateTime};
use muster_core::{
    Timestamp,
    event::EventStatus,
    event_form::{SeriesEdit, carry_over},
    id::{SeriesId, UserId, VenueId},
    markdown,
    policy::Action,
    recurrence::{Frequency, Recurrence, SeriesEnd},
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
    fields::{
        EventFields, EventState, check_hosts, daily_event_limit, default_host, fields_of, validate,
    },
    schedule::{Overflow, write_state},
};
use crate::{App, AppError, groups::GroupAccess, notices::Notices};
use muster_i18n::Locale;

/// "This and following" may change the time of day, not the date.
pub(crate) fn same_day(old: &EventState, new: &EventState) -> Result<(), AppError> {
    muster_core::event_form::same_day(old, new)
        .map_err(|e| AppError::invalid_field("starts_at", e.0))
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
    let edit = SeriesEdit::new(old, new);
    let mut venues = VenueCache::default();
    for other in
        events::following_in_series(conn, series_id, this.starts_at + Duration::seconds(1))?
    {
        if other.id == this.id {
            continue;
        }
        let Some(other) = events::lock(conn, other.id)? else {
            continue;
        };
        // A new venue replaces each one's, which need not be read then.
        let venue = match other.venue_id {
            Some(v) if !edit.changed.venue => venues.get(conn, v)?,
            _ => None,
        };
        let hosts = events::host_ids(conn, other.id)?;
        let fields = fields_of(&other, venue.as_ref(), &hosts);
        let Ok(target) = validate(&fields, group, Some(&other), now) else {
            continue;
        };
        let target = carry_over(target, &edit, new);
        write_state(
            conn,
            group,
            &other,
            &hosts,
            &target,
            edit.changed.window,
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
    if let Some(series) = series::find(conn, series_id)? {
        update_template(conn, group, &series, &edit, new, now)?;
    }
    Ok(())
}

/// Venues read once each while a series edit walks its meetups (they mostly share one).
#[derive(Default)]
struct VenueCache(Vec<(VenueId, Option<VenueRow>)>);

impl VenueCache {
    fn get(
        &mut self,
        conn: &mut DbConnection,
        id: VenueId,
    ) -> Result<Option<VenueRow>, muster_db::DbError> {
        if let Some((_, row)) = self.0.iter().find(|(v, _)| *v == id) {
            return Ok(row.clone());
        }
        let row = events::find_venue(conn, id)?;
        self.0.push((id, row.clone()));
        Ok(row)
    }
}

/// Future occurrences follow the template — changed in the fields that changed here, and only
/// those (this meetup's own earlier changes stay its own).
fn update_template(
    conn: &mut DbConnection,
    group: &GroupRow,
    series: &SeriesRow,
    edit: &SeriesEdit,
    new: &EventState,
    now: Timestamp,
) -> Result<(), AppError> {
    let c = edit.changed;
    let mut template = series.template();
    if c.title {
        template.title = new.title.to_string();
    }
    if c.description {
        template.description = new.description.to_string();
        template.description_html = markdown::to_safe_html(new.description.as_str());
    }
    if c.venue {
        template.venue_id = match &new.venue {
            Some(v) => Some(events::venue_for(conn, group.id, v, now)?),
            None => None,
        };
    }
    if c.online_url {
        template.online_url.clone_from(&new.online_url);
    }
    if c.capacity {
        template.capacity = new.capacity;
    }
    if c.guest_limit {
        template.guest_limit = new.guest_limit;
    }
    if c.rsvp_question {
        template.rsvp_question = new.rsvp_question.to_string();
    }
    if c.hosts {
        template.hosts.clone_from(&new.hosts);
    }
    if c.reminders_enabled {
        template.reminders_enabled = new.reminders_enabled;
    }
    if c.announce {
        template.announce = new.announce;
    }
    if c.window {
        template.rsvp_opens_minutes_before = edit.opens_before.map(|d| d.num_minutes());
        template.rsvp_closes_minutes_before = edit.closes_before.map(|d| d.num_minutes());
    }
    let (mut first_local, mut minutes) = (series.first_local(), series.duration_minutes);
    if c.schedule {
        first_local = first_local.map(|f| f.date().and_time(edit.time_of_day));
        minutes = i32::try_from(edit.duration.num_minutes()).unwrap_or(minutes);
    }
    let first_local =
        first_local.unwrap_or_else(|| local(new.schedule.starts_at, new.timezone).naive_local());
    series::update_template(conn, series.id, &template, first_local, minutes, now)?;
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
    let notices = app.notices.clone();
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
            let made = series::materialize(c, &row, now)?;
            notices.federate_created(c, &made, now)?;
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

/// The series in words as it stands, in `lang`: its rule ("Every Tuesday, 6 times") while it
/// runs; once "cancel this and following" ended it, how it actually ended: "Every Tuesday;
/// ended after 4 meetups, the last on Tue 2 Mar 2027" (counting the occurrences that were not
/// cancelled).
pub fn describe(row: &SeriesRow, list: &[EventRow], now: Timestamp, lang: Locale) -> String {
    let Some(rule) = row.recurrence() else {
        return muster_i18n::tr(lang, "series-repeating");
    };
    let repeat = describe_repeat(&rule, lang);
    if row.ended_at.is_none() {
        return match rule.end {
            SeriesEnd::Count(1) => lang.t1("series-rule-once", "repeat", &repeat),
            SeriesEnd::Count(count) => lang.t2(
                "series-rule-times",
                "repeat",
                &repeat,
                "count",
                &u32::from(count),
            ),
            SeriesEnd::Until(date) => lang.t2(
                "series-rule-until",
                "repeat",
                &repeat,
                "date",
                &muster_i18n::dates::date_long(lang, date),
            ),
        };
    }
    let held: Vec<&EventRow> = list
        .iter()
        .filter(|e| e.status() == EventStatus::Published)
        .collect();
    let Some(last) = held.iter().map(|e| e.starts_at).max() else {
        return lang.t1("series-ended-before-first", "repeat", &repeat);
    };
    let day = muster_i18n::dates::day_long(
        lang,
        last.as_datetime()
            .with_timezone(&row.timezone().tz())
            .date_naive(),
    );
    let key = if last > now {
        "series-ends-after"
    } else {
        "series-ended-after"
    };
    lang.t3(key, "repeat", &repeat, "count", &held.len(), "day", &day)
}

/// How a rule repeats, without how it ends: "Every Tuesday", "Jeden dritten Mittwoch im Monat".
fn describe_repeat(rule: &Recurrence, lang: Locale) -> String {
    let weekday = |w: chrono::Weekday| match w {
        chrono::Weekday::Mon => "monday",
        chrono::Weekday::Tue => "tuesday",
        chrono::Weekday::Wed => "wednesday",
        chrono::Weekday::Thu => "thursday",
        chrono::Weekday::Fri => "friday",
        chrono::Weekday::Sat => "saturday",
        chrono::Weekday::Sun => "sunday",
    };
    match rule.frequency {
        Frequency::Weekly {
            interval: 1,
            weekday: w,
        } => lang.t1("series-every-weekday", "weekday", weekday(w)),
        Frequency::Weekly {
            interval,
            weekday: w,
        } => lang.t2(
            "series-every-n-weeks",
            "interval",
            &u32::from(interval),
            "weekday",
            weekday(w),
        ),
        Frequency::MonthlyNthWeekday { nth, weekday: w } => {
            let nth = match nth {
                1 => "first",
                2 => "second",
                3 => "third",
                4 => "fourth",
                _ => "last",
            };
            lang.t2("series-monthly-nth", "nth", nth, "weekday", weekday(w))
        }
        // Say so when some months will be skipped: people expect "the 31st" to mean "the end
        // of the month", which it does not.
        Frequency::MonthlyOnDay { day } if day > 28 => {
            lang.t1("series-monthly-day-skipping", "day", &u32::from(day))
        }
        Frequency::MonthlyOnDay { day } => lang.t1("series-monthly-day", "day", &u32::from(day)),
    }
}

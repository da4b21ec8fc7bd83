//! The group's numbers, for the people who run its events: `/g/{slug}/settings/numbers` (charts
//! drawn on the server as SVG, readable without JavaScript, each with its numbers as a table),
//! `/g/{slug}/settings/numbers.csv` (one row per past meetup) and
//! `GET /api/v1/groups/{slug}/numbers`.

use actix_web::{HttpRequest, HttpResponse, http::header, web};
use askama::Template;
use muster_app::groups::{
    GroupAccess,
    numbers::{GroupNumbers, numbers},
};
use muster_core::{account::Timezone, policy::Action, roles::Capability};
use muster_i18n::Locale;
use plotters::{coord::Shift, prelude::*};
use serde::Serialize;
use utoipa::ToSchema;

use super::{load, views::GroupHeader};
use crate::{
    auth::{CurrentUser, MaybeUser},
    error::{ApiError, PageError},
    pages::{PageContext, render},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/g/{slug}/settings/numbers")
        .get(Access::Authenticated, numbers_page)
        .done();
    table
        .resource("/g/{slug}/settings/numbers.csv")
        .get(Access::Authenticated, numbers_csv)
        .done();
    table
        .resource("/api/v1/groups/{slug}/numbers")
        .get(Access::Authenticated, numbers_api)
        .done();
}

/// How many past meetups the chart and the table of meetups show (the CSV has them all).
const SHOWN_EVENTS: usize = 12;

// ----------------------------------------------------------------------------- API

#[derive(Debug, Serialize, ToSchema)]
pub struct NumbersView {
    /// Active members now.
    pub members: i64,
    /// The last 12 months, oldest first: how many of today's members had joined by each
    /// month's end.
    pub members_by_month: Vec<MonthCount>,
    /// Every past meetup (up to 500), oldest first.
    pub events: Vec<EventCount>,
    /// No-shows among the people marked at the door (0–1); null before any check-in.
    pub no_show_rate: Option<f64>,
    /// Of the people going to past meetups: first-timers with the group, and the rest.
    pub new_attendees: i64,
    pub returning_attendees: i64,
    /// Monday first.
    pub weekdays: Vec<WeekdayCount>,
    /// The weekday and hour (in each meetup's own zone) whose meetups had the most people going.
    pub busiest_weekday: Option<String>,
    pub busiest_hour: Option<u32>,
    /// Active members who turned each kind of the group's email off, and who turned off all
    /// email but account security.
    pub opted_out_of_announcements: i64,
    pub opted_out_of_reminders: i64,
    pub opted_out_of_messages: i64,
    pub opted_out_of_all_email: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MonthCount {
    /// `2026-12`.
    pub month: String,
    pub members: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EventCount {
    #[schema(value_type = String, format = Uuid)]
    pub id: muster_core::id::EventId,
    pub title: String,
    /// RFC 3339 with the event zone's offset.
    pub starts_at: String,
    pub going: i64,
    /// Marked at the door: came, and did not.
    pub attended: i64,
    pub no_show: i64,
    /// People going for whom it was their first meetup with the group.
    pub new: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WeekdayCount {
    /// `monday` … `sunday`.
    pub weekday: String,
    pub meetups: i64,
    pub going: i64,
}

fn weekday_key(day: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    match day {
        Mon => "monday",
        Tue => "tuesday",
        Wed => "wednesday",
        Thu => "thursday",
        Fri => "friday",
        Sat => "saturday",
        Sun => "sunday",
    }
}

const WEEK: [chrono::Weekday; 7] = [
    chrono::Weekday::Mon,
    chrono::Weekday::Tue,
    chrono::Weekday::Wed,
    chrono::Weekday::Thu,
    chrono::Weekday::Fri,
    chrono::Weekday::Sat,
    chrono::Weekday::Sun,
];

impl NumbersView {
    fn of(n: &GroupNumbers) -> NumbersView {
        NumbersView {
            members: n.members,
            members_by_month: n
                .members_by_month
                .iter()
                .map(|(month, members)| MonthCount {
                    month: month.format("%Y-%m").to_string(),
                    members: *members,
                })
                .collect(),
            events: n
                .events
                .iter()
                .map(|e| EventCount {
                    id: e.id,
                    title: e.title.clone(),
                    starts_at: muster_app::events::rfc3339_in(
                        e.starts_at,
                        Timezone::from_trusted(&e.timezone),
                    ),
                    going: e.going,
                    attended: e.attended,
                    no_show: e.no_show,
                    new: e.new,
                })
                .collect(),
            no_show_rate: n.no_show_rate,
            new_attendees: n.new_attendees,
            returning_attendees: n.returning_attendees,
            weekdays: WEEK
                .iter()
                .zip(n.weekdays.iter())
                .map(|(day, w)| WeekdayCount {
                    weekday: weekday_key(*day).to_owned(),
                    meetups: w.meetups,
                    going: w.going,
                })
                .collect(),
            busiest_weekday: n.busiest.map(|(day, _)| weekday_key(day).to_owned()),
            busiest_hour: n.busiest.map(|(_, hour)| hour),
            opted_out_of_announcements: n.opt_outs.announcements,
            opted_out_of_reminders: n.opt_outs.reminders,
            opted_out_of_messages: n.opt_outs.messages,
            opted_out_of_all_email: n.opt_outs.all_email,
        }
    }
}

/// The group's numbers (organizers, co-organizers, assistant and event organizers).
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/numbers", tag = "groups",
    params(("slug" = String, Path)),
    responses((status = 200, body = NumbersView), (status = 401, body = crate::openapi::ErrorBody), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn numbers_api(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let n = numbers(&state, &access).await?;
    Ok(HttpResponse::Ok().json(NumbersView::of(&n)))
}

// ----------------------------------------------------------------------------- CSV

pub async fn numbers_csv(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Use(Capability::ManageEvents)).await?;
    let n = numbers(&state, &access).await?;
    let mut out = String::from("date,title,going,attended,no_show,new,returning\r\n");
    for e in &n.events {
        out.push_str(&format!(
            "{},{},{},{},{},{},{}\r\n",
            e.local_start().date_naive(),
            crate::events::attendees::csv_cell(&e.title),
            e.going,
            e.attended,
            e.no_show,
            e.new,
            e.going - e.new
        ));
    }
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}-numbers.csv\"", access.group.slug),
        ))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(out))
}

// ----------------------------------------------------------------------------- charts

const BRAND: RGBColor = RGBColor(47, 93, 138);
const CAME: RGBColor = RGBColor(31, 111, 67);
const INK: RGBColor = RGBColor(29, 34, 48);

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// Draws a chart into an SVG document labelled by the element `labelled_by`; empty when
/// drawing fails (the table beside it still has the numbers).
fn svg(size: (u32, u32), labelled_by: &str, draw: impl FnOnce(&Area<'_>) -> Option<()>) -> String {
    let mut out = String::new();
    let drawn = {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        root.fill(&WHITE)
            .ok()
            .and_then(|()| draw(&root))
            .and_then(|()| root.present().ok())
    };
    if drawn.is_none() {
        return String::new();
    }
    out.replacen(
        "<svg ",
        &format!("<svg role=\"img\" aria-labelledby=\"{labelled_by}\" "),
        1,
    )
}

fn axis_max(values: impl Iterator<Item = f64>) -> f64 {
    (values.fold(0.0_f64, f64::max) * 1.15).max(4.0)
}

/// Label for the integer position `x` of a category axis, or nothing between positions.
fn category<'a>(labels: &'a [String]) -> impl Fn(&f64) -> String + 'a {
    move |x| {
        let i = x.round();
        if (x - i).abs() > 0.01 || i < 0.0 {
            return String::new();
        }
        labels.get(i as usize).cloned().unwrap_or_default()
    }
}

fn members_chart(points: &[(String, i64)]) -> String {
    let labels: Vec<String> = points.iter().map(|(l, _)| l.clone()).collect();
    let top = axis_max(points.iter().map(|(_, v)| *v as f64));
    let last = (points.len().max(2) - 1) as f64;
    svg((720, 260), "chart-members", |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(40)
            .build_cartesian_2d(-0.3..last + 0.3, 0.0..top)
            .ok()?;
        let format = category(&labels);
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(TRANSPARENT)
            .x_labels(points.len())
            .x_label_formatter(&format)
            .y_labels(5)
            .y_label_formatter(&|y| format!("{y:.0}"))
            .label_style(("sans-serif", 13, &INK))
            .draw()
            .ok()?;
        let line = points
            .iter()
            .enumerate()
            .map(|(i, (_, v))| (i as f64, *v as f64));
        chart
            .draw_series(LineSeries::new(line.clone(), BRAND.stroke_width(3)))
            .ok()?;
        chart
            .draw_series(line.map(|p| Circle::new(p, 4, BRAND.filled())))
            .ok()?;
        Some(())
    })
}

fn bars_chart(labels: &[String], series: &[(&str, RGBColor, Vec<f64>)], id: &str) -> String {
    let top = axis_max(series.iter().flat_map(|(_, _, v)| v.iter().copied()));
    let n = labels.len().max(1) as f64;
    let width = 0.8 / series.len().max(1) as f64;
    svg((720, 280), id, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(40)
            .build_cartesian_2d(-0.5..n - 0.5, 0.0..top)
            .ok()?;
        let format = category(labels);
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(TRANSPARENT)
            .x_labels(labels.len() * 2 + 1)
            .x_label_formatter(&format)
            .y_labels(5)
            .y_label_formatter(&|y| format!("{y:.0}"))
            .label_style(("sans-serif", 12, &INK))
            .draw()
            .ok()?;
        for (k, (name, colour, values)) in series.iter().enumerate() {
            let colour = *colour;
            let left = -0.4 + width * k as f64;
            chart
                .draw_series(values.iter().enumerate().map(|(i, v)| {
                    let x = i as f64 + left;
                    Rectangle::new([(x, 0.0), (x + width * 0.92, *v)], colour.filled())
                }))
                .ok()?
                .label(*name)
                .legend(move |(x, y)| {
                    Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.filled())
                });
        }
        if series.len() > 1 {
            chart
                .configure_series_labels()
                .position(SeriesLabelPosition::UpperLeft)
                .background_style(WHITE.mix(0.85))
                .border_style(INK.mix(0.3))
                .label_font(("sans-serif", 13, &INK))
                .draw()
                .ok()?;
        }
        Some(())
    })
}

// ----------------------------------------------------------------------------- the page

struct EventLine {
    date: String,
    title: String,
    href: String,
    going: i64,
    came: String,
    no_show: String,
    new: i64,
}

struct WeekdayLine {
    name: String,
    meetups: i64,
    average: String,
}

#[derive(Template)]
#[template(path = "groups/numbers.html")]
struct NumbersPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    members: i64,
    no_show_rate: String,
    new_attendees: i64,
    returning_attendees: i64,
    busiest: String,
    opt_outs: [i64; 4],
    members_svg: String,
    months: Vec<(String, i64)>,
    events_svg: String,
    events: Vec<EventLine>,
    weekdays_svg: String,
    weekdays: Vec<WeekdayLine>,
}

fn weekday_name(lang: Locale, day: chrono::Weekday) -> String {
    muster_i18n::tr_args(lang, "numbers-weekday", &[("weekday", &weekday_key(day))])
}

fn percent(lang: Locale, rate: f64) -> String {
    let whole = (rate * 100.0).round() as i64;
    muster_i18n::tr_args(lang, "numbers-percent", &[("value", &whole)])
}

pub async fn numbers_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Use(Capability::ManageEvents)).await?;
    let n = numbers(&state, &access).await?;
    let page = PageContext::new(&req, &state);
    let lang = page.lang;
    let months: Vec<(String, i64)> = n
        .members_by_month
        .iter()
        .map(|(m, c)| (m.format("%Y-%m").to_string(), *c))
        .collect();
    let month_labels: Vec<(String, i64)> = n
        .members_by_month
        .iter()
        .map(|(m, c)| (m.format("%m/%y").to_string(), *c))
        .collect();
    let shown = &n.events[n.events.len().saturating_sub(SHOWN_EVENTS)..];
    let date_of = |e: &muster_app::groups::numbers::EventNumbers| e.local_start().date_naive();
    let short: Vec<String> = shown
        .iter()
        .map(|e| date_of(e).format("%d/%m").to_string())
        .collect();
    let going_label = muster_i18n::tr(lang, "numbers-going");
    let came_label = muster_i18n::tr(lang, "numbers-came");
    let events_svg = bars_chart(
        &short,
        &[
            (
                going_label.as_str(),
                BRAND,
                shown.iter().map(|e| e.going as f64).collect(),
            ),
            (
                came_label.as_str(),
                CAME,
                shown.iter().map(|e| e.attended as f64).collect(),
            ),
        ],
        "chart-events",
    );
    let day_labels: Vec<String> = WEEK
        .iter()
        .map(|d| weekday_name(lang, *d).chars().take(3).collect())
        .collect();
    let average_label = muster_i18n::tr(lang, "numbers-average-going");
    let weekdays_svg = bars_chart(
        &day_labels,
        &[(
            average_label.as_str(),
            BRAND,
            n.weekdays
                .iter()
                .map(|w| w.average().unwrap_or(0.0))
                .collect(),
        )],
        "chart-weekdays",
    );
    let dash = || "–".to_owned();
    render(&NumbersPage {
        g: GroupHeader::of(&access, &state),
        tab: "numbers",
        members: n.members,
        no_show_rate: n.no_show_rate.map_or_else(
            || muster_i18n::tr(lang, "numbers-no-check-ins"),
            |r| percent(lang, r),
        ),
        new_attendees: n.new_attendees,
        returning_attendees: n.returning_attendees,
        busiest: n.busiest.map_or_else(
            || muster_i18n::tr(lang, "numbers-not-yet"),
            |(day, hour)| {
                muster_i18n::tr_args(
                    lang,
                    "numbers-busiest-at",
                    &[
                        ("weekday", &weekday_key(day)),
                        ("time", &format!("{hour:02}:00")),
                    ],
                )
            },
        ),
        opt_outs: [
            n.opt_outs.announcements,
            n.opt_outs.reminders,
            n.opt_outs.messages,
            n.opt_outs.all_email,
        ],
        members_svg: members_chart(&month_labels),
        months,
        events_svg,
        events: shown
            .iter()
            .rev()
            .map(|e| EventLine {
                date: muster_i18n::dates::date_medium(lang, date_of(e)),
                title: e.title.clone(),
                href: format!("/g/{}/events/{}", access.group.slug, e.id),
                going: e.going,
                came: if e.checked_in() {
                    e.attended.to_string()
                } else {
                    dash()
                },
                no_show: if e.checked_in() {
                    e.no_show.to_string()
                } else {
                    dash()
                },
                new: e.new,
            })
            .collect(),
        weekdays_svg,
        weekdays: WEEK
            .iter()
            .zip(n.weekdays.iter())
            .map(|(day, w)| WeekdayLine {
                name: weekday_name(lang, *day),
                meetups: w.meetups,
                average: w.average().map_or_else(dash, |a| format!("{a:.1}")),
            })
            .collect(),
        page,
    })
}

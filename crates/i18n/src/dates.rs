//! Dates and times the way each language writes them.
//!
//! English keeps Muster's house style, a compact 24-hour day-month form that reads the same
//! to organizers everywhere ("Wed 16 Dec 2026, 18:30–21:00 GMT"). Every other language uses
//! ICU4X's CLDR patterns ("2026年12月17日 星期四 19:00–21:00 台北標準時間", "jeudi 17
//! décembre 2026, 19:00–21:00 heure normale d’Europe centrale"), with the zone's name in that
//! language. Formatters are built once per language and kept.

use std::sync::OnceLock;

use chrono::{
    DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;
use icu_calendar::{Date, Gregorian};
use icu_datetime::{
    FixedCalendarDateTimeFormatter, NoCalendarFormatter,
    fieldsets::{MDE, T, YM, YMD, YMDE, zone::SpecificLong},
};
use icu_time::{
    Time, TimeZone as IcuZone, TimeZoneInfo,
    zone::{UtcOffset, models::AtTime},
};

use crate::{Locale, tr_args};

/// The ICU locale for `locale` (the pseudo-locale formats like English).
pub(crate) fn icu_locale(locale: Locale) -> icu_locale_core::Locale {
    let tag = match locale {
        Locale::Pseudo => "en",
        other => other.tag(),
    };
    tag.parse().unwrap_or(icu_locale_core::locale!("en"))
}

const LANGUAGES: usize = 9;

/// A formatter per language, built the first time it is needed.
struct PerLocale<F>([OnceLock<Option<F>>; LANGUAGES]);

impl<F> PerLocale<F> {
    const fn new() -> Self {
        PerLocale([const { OnceLock::new() }; LANGUAGES])
    }

    fn get(
        &self,
        locale: Locale,
        build: impl FnOnce(icu_locale_core::Locale) -> Option<F>,
    ) -> Option<&F> {
        self.0[locale as usize]
            .get_or_init(|| build(icu_locale(locale)))
            .as_ref()
    }
}

/// The house style as is in English, accented in the pseudo-locale.
fn english(locale: Locale, text: String) -> String {
    if locale == Locale::Pseudo {
        crate::pseudo::transform(&text).into_owned()
    } else {
        text
    }
}

fn icu_date(d: NaiveDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(d.year(), d.month() as u8, d.day() as u8).ok()
}

fn icu_time(t: NaiveTime) -> Option<Time> {
    Time::try_new(t.hour() as u8, t.minute() as u8, 0, 0).ok()
}

macro_rules! date_format {
    ($(#[$doc:meta])* $name:ident, $fset:ty, $make:expr, $english:literal) => {
        $(#[$doc])*
        pub fn $name(locale: Locale, date: NaiveDate) -> String {
            static F: PerLocale<FixedCalendarDateTimeFormatter<Gregorian, $fset>> = PerLocale::new();
            if locale == Locale::En || locale == Locale::Pseudo {
                return english(locale, date.format($english).to_string());
            }
            let formatter = F.get(locale, |l| FixedCalendarDateTimeFormatter::try_new(l.into(), $make).ok());
            match (formatter, icu_date(date)) {
                (Some(f), Some(d)) => f.format(&d).to_string(),
                _ => date.format($english).to_string(),
            }
        }
    };
}

date_format!(
    /// Weekday and full date: "Wed 16 Dec 2026", "Mittwoch, 16. Dezember 2026".
    day_long, YMDE, YMDE::long(), "%a %-d %b %Y"
);
date_format!(
    /// Weekday, day and month: "Wed 16 Dec", "Mi., 16. Dez.".
    day_short, MDE, MDE::medium(), "%a %-d %b"
);
date_format!(
    /// A date without weekday: "16 Dec 2026", "16.12.2026".
    date_medium, YMD, YMD::medium(), "%-d %b %Y"
);
date_format!(
    /// A full date without weekday: "6 December 2026", "6. Dezember 2026".
    date_long, YMD, YMD::long(), "%-d %B %Y"
);
date_format!(
    /// Month and year: "December 2026", "Dezember 2026".
    month_year, YM, YM::long(), "%B %Y"
);

/// Hours and minutes: "18:30", "18:30", "下午6:30" (each language's own clock).
pub fn time_hm(locale: Locale, time: NaiveTime) -> String {
    static F: PerLocale<NoCalendarFormatter<T>> = PerLocale::new();
    if locale == Locale::En || locale == Locale::Pseudo {
        return english(locale, time.format("%H:%M").to_string());
    }
    match (
        F.get(locale, |l| {
            NoCalendarFormatter::try_new(l.into(), T::hm()).ok()
        }),
        icu_time(time),
    ) {
        (Some(f), Some(t)) => f.format(&t).to_string(),
        _ => time.format("%H:%M").to_string(),
    }
}

/// The zone's name at `at` in `locale`: "GMT", "CET" (English, the abbreviation);
/// "Mitteleuropäische Normalzeit", "台北標準時間" (the others, CLDR's specific long name, or
/// its offset where CLDR has no name).
pub fn zone_name(locale: Locale, tz: Tz, at: DateTime<Utc>) -> String {
    static F: PerLocale<NoCalendarFormatter<SpecificLong>> = PerLocale::new();
    let local = at.with_timezone(&tz);
    if locale == Locale::En || locale == Locale::Pseudo {
        return english(locale, local.format("%Z").to_string());
    }
    let offset = tz
        .offset_from_utc_datetime(&at.naive_utc())
        .fix()
        .local_minus_utc();
    let info = zone_info(tz, offset, local.date_naive(), local.time());
    match (
        F.get(locale, |l| {
            NoCalendarFormatter::try_new(l.into(), SpecificLong).ok()
        }),
        info,
    ) {
        (Some(f), Some(info)) => f.format(&info).to_string(),
        _ => local.format("%Z").to_string(),
    }
}

fn zone_info(
    tz: Tz,
    offset: i32,
    date: NaiveDate,
    time: NaiveTime,
) -> Option<TimeZoneInfo<AtTime>> {
    let offset = UtcOffset::try_from_seconds(offset).ok()?;
    let date_time = icu_time::DateTime {
        date: icu_date(date)?,
        time: icu_time(time)?,
    };
    Some(
        IcuZone::from_iana_id(tz.name())
            .with_offset(Some(offset))
            .at_date_time(date_time),
    )
}

/// An event's time: "Wed 16 Dec 2026, 18:30–21:00 GMT", or both ends in full when it ends on
/// another day.
pub fn when_text(
    locale: Locale,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    tz: Tz,
) -> String {
    let (start, end) = (starts_at.with_timezone(&tz), ends_at.with_timezone(&tz));
    let zone = zone_name(locale, tz, starts_at);
    if start.date_naive() == end.date_naive() {
        tr_args(
            locale,
            "when-one-day",
            &[
                ("date", &day_long(locale, start.date_naive())),
                ("start", &time_hm(locale, start.time())),
                ("end", &time_hm(locale, end.time())),
                ("zone", &zone),
            ],
        )
    } else {
        tr_args(
            locale,
            "when-days",
            &[
                ("start", &moment_text(locale, starts_at, tz)),
                ("end", &moment_text(locale, ends_at, tz)),
            ],
        )
    }
}

/// A date without weekday and a time, to the minute, through the message `key` (whose
/// placeables are `$date`, `$time` and, when given, `$zone`): "16 Dec 2026 18:30 UTC" for
/// `admin-outbox-time`, "16. Dez. 2026, 18:30 GMT" for `event-comment-when`.
pub fn date_time_medium(
    locale: Locale,
    key: &str,
    local: NaiveDateTime,
    zone: Option<&str>,
) -> String {
    let (date, time) = (
        date_medium(locale, local.date()),
        time_hm(locale, local.time()),
    );
    match zone {
        Some(zone) => tr_args(
            locale,
            key,
            &[("date", &date), ("time", &time), ("zone", &zone)],
        ),
        None => tr_args(locale, key, &[("date", &date), ("time", &time)]),
    }
}

/// One moment in a zone, to the minute: "Tue 16 Feb 2027, 14:05 CET".
pub fn moment_text(locale: Locale, at: DateTime<Utc>, tz: Tz) -> String {
    let local = at.with_timezone(&tz);
    tr_args(
        locale,
        "when-moment",
        &[
            ("date", &day_long(locale, local.date_naive())),
            ("time", &time_hm(locale, local.time())),
            ("zone", &zone_name(locale, tz, at)),
        ],
    )
}

//! [`Timestamp`]: an instant in UTC with microsecond precision — exactly what both database
//! backends store, so a value always reads back equal to what was written.

use std::{
    fmt,
    ops::{Add, Sub},
};

use chrono::{DateTime, Duration, SecondsFormat, SubsecRound, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[cfg_attr(
    feature = "diesel",
    derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow),
    diesel(sql_type = diesel::sql_types::Timestamp)
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(DateTime<Utc>);

impl Timestamp {
    pub fn as_datetime(self) -> DateTime<Utc> {
        self.0
    }

    /// Parses RFC 3339 with any offset and converts to UTC.
    pub fn parse_rfc3339(text: &str) -> Result<Self, chrono::ParseError> {
        DateTime::parse_from_rfc3339(text).map(|t| Self::from(t.with_timezone(&Utc)))
    }

    /// RFC 3339 in UTC with a `Z`, fractional seconds only when present.
    pub fn to_rfc3339(self) -> String {
        self.0.to_rfc3339_opts(SecondsFormat::AutoSi, true)
    }

    pub fn unix_seconds(self) -> i64 {
        self.0.timestamp()
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(instant: DateTime<Utc>) -> Self {
        Self(instant.trunc_subsecs(6))
    }
}

impl From<Timestamp> for DateTime<Utc> {
    fn from(t: Timestamp) -> Self {
        t.0
    }
}

impl Add<Duration> for Timestamp {
    type Output = Timestamp;
    fn add(self, rhs: Duration) -> Timestamp {
        Timestamp::from(self.0 + rhs)
    }
}

impl Sub<Duration> for Timestamp {
    type Output = Timestamp;
    fn sub(self, rhs: Duration) -> Timestamp {
        Timestamp::from(self.0 - rhs)
    }
}

impl Sub for Timestamp {
    type Output = Duration;
    fn sub(self, rhs: Timestamp) -> Duration {
        self.0 - rhs.0
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse_rfc3339(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "diesel")]
mod sql {
    use chrono::NaiveDateTime;
    use diesel::{
        backend::Backend,
        deserialize::{self, FromSql},
        pg::Pg,
        serialize::{self, IsNull, Output, ToSql},
        sql_types::Timestamp as SqlTimestamp,
        sqlite::Sqlite,
    };

    use super::Timestamp;

    /// Fixed width, so SQLite's text comparison orders instants correctly.
    const SQLITE_FORMAT: &str = "%Y-%m-%d %H:%M:%S%.6f";

    impl ToSql<SqlTimestamp, Sqlite> for Timestamp {
        fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
            out.set_value(self.0.naive_utc().format(SQLITE_FORMAT).to_string());
            Ok(IsNull::No)
        }
    }

    impl ToSql<SqlTimestamp, Pg> for Timestamp {
        fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
            let naive = self.0.naive_utc();
            <NaiveDateTime as ToSql<SqlTimestamp, Pg>>::to_sql(&naive, &mut out.reborrow())
        }
    }

    impl<DB> FromSql<SqlTimestamp, DB> for Timestamp
    where
        DB: Backend,
        NaiveDateTime: FromSql<SqlTimestamp, DB>,
    {
        fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
            Ok(Self::from(NaiveDateTime::from_sql(bytes)?.and_utc()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_to_microseconds_and_normalises_offsets_to_utc() {
        let t = Timestamp::parse_rfc3339("2026-10-25T02:30:00.123456789+02:00").unwrap();
        assert_eq!(t.to_rfc3339(), "2026-10-25T00:30:00.123456Z");
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, "\"2026-10-25T00:30:00.123456Z\"");
        assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), t);
    }

    #[test]
    fn arithmetic_with_durations() {
        let t = Timestamp::parse_rfc3339("2026-01-01T00:00:00Z").unwrap();
        let later = t + Duration::hours(25);
        assert_eq!(later.to_rfc3339(), "2026-01-02T01:00:00Z");
        assert_eq!(later - t, Duration::hours(25));
        assert_eq!(later - Duration::hours(25), t);
    }

    #[test]
    fn rejects_timestamps_without_offset() {
        assert!(Timestamp::parse_rfc3339("2026-01-01T00:00:00").is_err());
    }
}

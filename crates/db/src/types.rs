//! How [`Id`] and [`Timestamp`] cross the connection enum. `muster-core` teaches diesel to bind
//! them for SQLite and for PostgreSQL; here the enum's backend learns to pick the right one.

use diesel::{
    serialize::{self, IsNull, Output, ToSql},
    sql_types::{Text, Timestamp as SqlTimestamp},
};
use muster_core::{Id, Timestamp};

use crate::connection::MultiBackend;

impl<T: 'static> ToSql<Text, MultiBackend> for Id<T> {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
        out.set_value((Text, self));
        Ok(IsNull::No)
    }
}

impl ToSql<SqlTimestamp, MultiBackend> for Timestamp {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
        out.set_value((SqlTimestamp, self));
        Ok(IsNull::No)
    }
}

/// Binds values stored as text ([`muster_core::stored::StoredText`]) through the connection
/// enum; `muster-core` binds them for each backend.
macro_rules! text_columns {
    ($($ty:ty),+ $(,)?) => {$(
        impl ToSql<Text, MultiBackend> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
                out.set_value((Text, self));
                Ok(IsNull::No)
            }
        }
    )+};
}

text_columns!(
    muster_core::audit::AuditAction,
    muster_core::event::EventStatus,
    muster_core::event::RsvpStatus,
    muster_core::event::Attendance,
    muster_core::roles::Role,
    muster_core::policy::MembershipStatus,
    muster_core::group::Visibility,
    muster_core::group::JoinMode,
    muster_core::account::TokenPurpose,
    muster_core::notify::Topic,
    muster_core::group::ReportStatus,
);

/// A text enum defined here: [`muster_core::stored::StoredText`] from its `as_str` and
/// `$parse`, the SQL mapping on both backends, and through the connection enum.
macro_rules! text_enum_column {
    ($ty:ty, $what:literal, $parse:expr) => {
        impl muster_core::stored::StoredText for $ty {
            const WHAT: &'static str = $what;

            fn to_stored(self) -> &'static str {
                self.as_str()
            }

            fn from_stored(text: &str) -> Option<Self> {
                #[allow(clippy::redundant_closure_call)]
                ($parse)(text)
            }
        }

        muster_core::stored_text_sql!($ty);

        impl diesel::serialize::ToSql<diesel::sql_types::Text, crate::connection::MultiBackend>
            for $ty
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, crate::connection::MultiBackend>,
            ) -> diesel::serialize::Result {
                out.set_value((diesel::sql_types::Text, self));
                Ok(diesel::serialize::IsNull::No)
            }
        }
    };
}

pub(crate) use text_enum_column;

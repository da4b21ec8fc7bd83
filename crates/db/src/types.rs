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

//! A consistent copy of a running SQLite database (`VACUUM INTO`), for `muster admin backup`.

use std::path::Path;

use diesel::{RunQueryDsl, sql_types::Text};

use crate::{DbConnection, DbError};

/// Writes a consistent, compacted copy of the SQLite database to `dest` (which must not
/// exist). Other connections keep reading and writing meanwhile: the copy is one snapshot.
/// Must not run inside a transaction.
pub fn sqlite_snapshot(conn: &mut DbConnection, dest: &Path) -> Result<(), DbError> {
    let DbConnection::Sqlite(c) = conn else {
        return Err(DbError::SqliteFile(std::io::Error::other(
            "a snapshot is for SQLite; back PostgreSQL up with pg_dump",
        )));
    };
    diesel::sql_query("VACUUM INTO ?")
        .bind::<Text, _>(dest.to_string_lossy().into_owned())
        .execute(c)?;
    Ok(())
}

//! Embedded migrations, one set per backend with the same names.

use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::{DbConnection, DbError};

const SQLITE: EmbeddedMigrations = embed_migrations!("../../migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("../../migrations/postgres");

/// Where one migration stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationStatus {
    pub version: String,
    pub applied: bool,
}

fn err(e: impl std::fmt::Display) -> DbError {
    DbError::Migration(e.to_string())
}

/// Applies every pending migration; returns the versions applied.
pub fn run_pending(conn: &mut DbConnection) -> Result<Vec<String>, DbError> {
    let applied = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE).map_err(err)?,
        DbConnection::Pg(c) => c.run_pending_migrations(POSTGRES).map_err(err)?,
    };
    Ok(applied.iter().map(ToString::to_string).collect())
}

/// Reverts every applied migration (tests and disaster recovery only).
pub fn revert_all(conn: &mut DbConnection) -> Result<Vec<String>, DbError> {
    let reverted = match conn {
        DbConnection::Sqlite(c) => c.revert_all_migrations(SQLITE).map_err(err)?,
        DbConnection::Pg(c) => c.revert_all_migrations(POSTGRES).map_err(err)?,
    };
    Ok(reverted.iter().map(ToString::to_string).collect())
}

/// Every known migration, in order, and whether it has been applied.
pub fn status(conn: &mut DbConnection) -> Result<Vec<MigrationStatus>, DbError> {
    use diesel::migration::MigrationSource;

    fn collect<DB: diesel::backend::Backend>(
        source: EmbeddedMigrations,
        harness: &mut impl MigrationHarness<DB>,
    ) -> Result<Vec<MigrationStatus>, DbError> {
        let applied: Vec<String> = harness
            .applied_migrations()
            .map_err(err)?
            .iter()
            .map(ToString::to_string)
            .collect();
        let known = MigrationSource::<DB>::migrations(&source).map_err(err)?;
        Ok(known
            .iter()
            .map(|m| {
                let version = m.name().version().to_string();
                MigrationStatus {
                    applied: applied.contains(&version),
                    version: m.name().to_string(),
                }
            })
            .collect())
    }
    match conn {
        DbConnection::Sqlite(c) => collect(SQLITE, c),
        DbConnection::Pg(c) => collect(POSTGRES, c),
    }
}

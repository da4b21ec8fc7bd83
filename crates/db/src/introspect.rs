//! What tables and columns a live database has, normalised so SQLite and PostgreSQL can be
//! compared (the schema-parity test) and checked against [`crate::schema`].

use std::collections::BTreeMap;

use diesel::{QueryableByName, RunQueryDsl, sql_types};

use crate::{DbConnection, DbError};

/// A column's portable shape.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ColumnShape {
    /// One of `text`, `int4`, `int8`, `bool`, `timestamp`, `float8`, `binary`, or the raw
    /// declared type when it is none of those (which the parity test then reports).
    pub type_class: String,
    pub nullable: bool,
}

/// Tables → columns → shape, plus the explicit (non-constraint) index names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SchemaShape {
    pub tables: BTreeMap<String, BTreeMap<String, ColumnShape>>,
    pub indexes: Vec<String>,
}

#[derive(QueryableByName)]
struct ColumnRow {
    #[diesel(sql_type = sql_types::Text)]
    table_name: String,
    #[diesel(sql_type = sql_types::Text)]
    column_name: String,
    #[diesel(sql_type = sql_types::Text)]
    column_type: String,
    #[diesel(sql_type = sql_types::Bool)]
    nullable: bool,
}

#[derive(QueryableByName)]
struct IndexRow {
    #[diesel(sql_type = sql_types::Text)]
    name: String,
}

fn type_class(declared: &str) -> String {
    match declared.to_ascii_lowercase().as_str() {
        "text" | "character varying" | "varchar" => "text",
        "integer" | "int" | "int4" => "int4",
        "bigint" | "int8" => "int8",
        "boolean" | "bool" => "bool",
        "timestamp" | "timestamp without time zone" => "timestamp",
        "double precision" | "double" | "real" | "float8" => "float8",
        "blob" | "bytea" | "binary" => "binary",
        other => return other.to_owned(),
    }
    .to_owned()
}

pub fn describe(conn: &mut DbConnection) -> Result<SchemaShape, DbError> {
    let (columns_sql, indexes_sql) = match conn {
        DbConnection::Sqlite(_) => (
            "SELECT m.name AS table_name, p.name AS column_name, p.type AS column_type, \
                    (p.\"notnull\" = 0 AND p.pk = 0) AS nullable \
             FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' \
               AND m.name <> '__diesel_schema_migrations'",
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
        ),
        DbConnection::Pg(_) => (
            "SELECT table_name::text AS table_name, column_name::text AS column_name, \
                    data_type::text AS column_type, (is_nullable = 'YES') AS nullable \
             FROM information_schema.columns \
             WHERE table_schema = current_schema() \
               AND table_name <> '__diesel_schema_migrations'",
            "SELECT indexname::text AS name FROM pg_indexes \
             WHERE schemaname = current_schema() \
               AND indexname NOT IN (SELECT conname FROM pg_constraint)",
        ),
    };
    let mut shape = SchemaShape::default();
    for row in diesel::sql_query(columns_sql).load::<ColumnRow>(conn)? {
        shape.tables.entry(row.table_name).or_default().insert(
            row.column_name,
            ColumnShape {
                type_class: type_class(&row.column_type),
                nullable: row.nullable,
            },
        );
    }
    shape.indexes = diesel::sql_query(indexes_sql)
        .load::<IndexRow>(conn)?
        .into_iter()
        .map(|r| r.name)
        .collect();
    shape.indexes.sort();
    Ok(shape)
}

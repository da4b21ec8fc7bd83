//! Command-line interface. Every option is also an environment variable (`MUSTER_*`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "muster",
    version,
    about = "Muster: a free, self-hosted home for local groups and their meetups.",
    long_about = "Muster: a free, self-hosted home for local groups and their meetups.\n\n\
        With no configuration at all, `muster serve` keeps its data in ./muster-data (SQLite, \
        emails written as .eml files) and listens on http://127.0.0.1:8080.\n\n\
        Every option can also be set with the environment variable shown beside it."
)]
pub struct Cli {
    /// Log filter, e.g. `info`, `debug`, `muster_web=debug,info`.
    #[arg(long, env = "MUSTER_LOG", default_value = "info", global = true)]
    pub log: String,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web site and API.
    Serve(ServeArgs),
    /// Apply or inspect database migrations.
    Migrate(MigrateArgs),
}

/// Where data lives.
#[derive(Debug, Args, Clone)]
pub struct StorageArgs {
    /// Directory for the SQLite database and the file email outbox; created if missing.
    #[arg(long, env = "MUSTER_DATA_DIR", default_value = "./muster-data")]
    pub data_dir: PathBuf,

    /// Database URL: sqlite://PATH or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.
    /// [default: sqlite://DATA_DIR/muster.sqlite3]
    #[arg(long, env = "MUSTER_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct ServeArgs {
    #[command(flatten)]
    pub storage: StorageArgs,

    /// Address and port to listen on.
    #[arg(long, env = "MUSTER_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,

    /// Public URL of this instance, used for every absolute link (emails, feeds).
    /// [default: http://BIND]
    #[arg(long, env = "MUSTER_BASE_URL")]
    pub base_url: Option<String>,

    /// Name shown in page titles, headers and emails.
    #[arg(long, env = "MUSTER_INSTANCE_NAME", default_value = "Muster")]
    pub instance_name: String,

    /// HTTP worker threads. [default: one per CPU]
    #[arg(long, env = "MUSTER_HTTP_WORKERS")]
    pub http_workers: Option<usize>,

    /// Maximum database connections (readers, on SQLite; there is always one writer).
    #[arg(long, env = "MUSTER_DB_POOL_SIZE", default_value_t = 8)]
    pub db_pool_size: u32,
}

#[derive(Debug, Args, Clone)]
pub struct MigrateArgs {
    #[command(flatten)]
    pub storage: StorageArgs,

    #[command(subcommand)]
    pub action: Option<MigrateAction>,
}

#[derive(Debug, Subcommand, Clone, Copy, PartialEq, Eq)]
pub enum MigrateAction {
    /// Apply every pending migration (the default).
    Run,
    /// List migrations and whether each is applied.
    Status,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}

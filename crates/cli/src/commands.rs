//! What each subcommand does.

use std::sync::Arc;

use anyhow::Context;
use muster_core::SystemClock;
use muster_db::migrations;

use crate::{
    Application, Settings, StartupError,
    cli::{MigrateAction, MigrateArgs, ServeArgs},
    default_workers, prepare_data_dir,
};

/// `muster serve`
pub async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let settings = Settings {
        bind: args.bind,
        data_dir: args.storage.data_dir,
        database_url: args.storage.database_url,
        base_url: args.base_url,
        instance_name: args.instance_name,
        http_workers: args.http_workers.unwrap_or_else(default_workers),
        db_pool_size: args.db_pool_size,
        handle_signals: true,
    };
    let app = Application::build(settings, Arc::new(SystemClock)).await?;
    app.run_until_stopped()
        .await
        .context("the HTTP server failed")?;
    Ok(())
}

/// `muster migrate [run|status]`
pub async fn migrate(args: MigrateArgs) -> anyhow::Result<()> {
    let url = crate::database_url(args.storage.database_url.as_deref(), &args.storage.data_dir)?;
    if let muster_db::DatabaseUrl::Sqlite { .. } = url {
        prepare_data_dir(&args.storage.data_dir)?;
    }
    let action = args.action.unwrap_or(MigrateAction::Run);
    let report = tokio::task::spawn_blocking(move || -> Result<Vec<String>, StartupError> {
        let fail = |reason: String| match &url {
            muster_db::DatabaseUrl::Sqlite { path } => StartupError::Sqlite {
                path: path.display().to_string(),
                reason,
            },
            muster_db::DatabaseUrl::Postgres { .. } => StartupError::Postgres {
                url: url.redacted(),
                reason,
            },
        };
        if let muster_db::DatabaseUrl::Sqlite { path } = &url
            && let Some(parent) = path.parent()
            && !parent.as_os_str().is_empty()
        {
            std::fs::create_dir_all(parent).map_err(|e| fail(e.to_string()))?;
        }
        let mut conn = url
            .establish()
            .map_err(|e| fail(e.to_string().lines().next().unwrap_or_default().to_owned()))?;
        let migration_error = |e: muster_db::DbError| StartupError::Migration {
            url: url.redacted(),
            reason: e.to_string(),
        };
        Ok(match action {
            MigrateAction::Run => {
                let applied = migrations::run_pending(&mut conn).map_err(migration_error)?;
                if applied.is_empty() {
                    vec![format!("{url}: the database is up to date")]
                } else {
                    applied
                        .into_iter()
                        .map(|v| format!("{url}: applied {v}"))
                        .collect()
                }
            }
            MigrateAction::Status => migrations::status(&mut conn)
                .map_err(migration_error)?
                .into_iter()
                .map(|m| format!("[{}] {}", if m.applied { "x" } else { " " }, m.version))
                .collect(),
        })
    })
    .await
    .context("the migration task failed")??;
    for line in report {
        println!("{line}");
    }
    Ok(())
}

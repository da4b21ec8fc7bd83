//! `muster admin backup` and `muster admin restore`: one file holding a consistent copy of a
//! SQLite instance (`VACUUM INTO`, taken while it runs) and the other files of its data
//! directory (the file email outbox). Uploaded images live in the database, so they come
//! along with it. PostgreSQL instances use `pg_dump` / `pg_restore` instead.

use std::{
    fs::File,
    io::{Read, Write},
    path::{Path, PathBuf},
};

use anyhow::{Context, bail};
use muster_db::DatabaseUrl;

use crate::{cli::StorageArgs, open_database};

/// The archive entry holding the database.
const DATABASE_ENTRY: &str = "muster.sqlite3";
/// Where the data directory's other files go in the archive.
const FILES_PREFIX: &str = "files/";
/// Marks a Muster backup (and its format version).
const MARKER_ENTRY: &str = "MUSTER-BACKUP";
const MARKER: &str = "muster backup 1\n";

const POSTGRES_ADVICE: &str = "this instance uses PostgreSQL: back it up with pg_dump \
     (pg_dump --format=custom --file muster.dump \"$MUSTER_DATABASE_URL\") and restore it \
     with pg_restore (pg_restore --no-owner --dbname NEW_DATABASE_URL muster.dump); \
     uploaded images are in the database, so the dump holds everything";

/// What a backup or restore wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub database_bytes: u64,
    pub files: usize,
}

/// `muster admin backup FILE`
pub async fn backup(storage: &StorageArgs, file: &Path) -> anyhow::Result<Summary> {
    let url = crate::database_url(storage.database_url.as_deref(), &storage.data_dir)?;
    let DatabaseUrl::Sqlite { path: database } = &url else {
        bail!("{POSTGRES_ADVICE}");
    };
    if !database.is_file() {
        bail!(
            "no SQLite database at {}: check --data-dir / --database-url",
            database.display()
        );
    }
    if file.exists() {
        bail!("{} already exists: name a new file", file.display());
    }
    let parent = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let scratch = tempfile::tempdir_in(&parent)
        .with_context(|| format!("cannot write next to {}", file.display()))?;
    let snapshot = scratch.path().join(DATABASE_ENTRY);
    let db = open_database(&url, 1).await?;
    let target = snapshot.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = db.write_conn()?;
        muster_db::backup::sqlite_snapshot(&mut conn, &target)
    })
    .await?
    .context("copying the database")?;
    let data_dir = storage.data_dir.clone();
    let (file, database) = (file.to_path_buf(), database.clone());
    let partial = scratch.path().join("backup.zip");
    let summary = tokio::task::spawn_blocking(move || {
        let summary = pack(&partial, &snapshot, &data_dir, &database)?;
        std::fs::rename(&partial, &file)
            .with_context(|| format!("cannot write {}", file.display()))?;
        anyhow::Ok(summary)
    })
    .await??;
    Ok(summary)
}

/// Writes the archive: the marker, the database snapshot, then every other regular file of
/// the data directory (not the live database or its journal files).
fn pack(out: &Path, snapshot: &Path, data_dir: &Path, live: &Path) -> anyhow::Result<Summary> {
    let mut zip = zip::ZipWriter::new(File::create(out)?);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    zip.start_file(MARKER_ENTRY, options)?;
    zip.write_all(MARKER.as_bytes())?;
    zip.start_file(DATABASE_ENTRY, options)?;
    let database_bytes = std::io::copy(&mut File::open(snapshot)?, &mut zip)?;
    let skip: Vec<PathBuf> = ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|suffix| PathBuf::from(format!("{}{suffix}", live.display())))
        .collect();
    let mut files = 0;
    for path in regular_files(data_dir)? {
        let canonical = path.canonicalize().unwrap_or_else(|_| path.clone());
        let is_live = skip
            .iter()
            .any(|s| s == &path || s.canonicalize().is_ok_and(|c| c == canonical));
        let Ok(relative) = path.strip_prefix(data_dir) else {
            continue;
        };
        if is_live || relative == Path::new(".muster-write-test") {
            continue;
        }
        let name = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        zip.start_file(format!("{FILES_PREFIX}{name}"), options)?;
        std::io::copy(&mut File::open(&path)?, &mut zip)?;
        files += 1;
    }
    zip.finish()?.sync_all()?;
    Ok(Summary {
        database_bytes,
        files,
    })
}

fn regular_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&current) else {
            continue;
        };
        for entry in entries {
            let entry = entry?;
            let kind = entry.file_type()?;
            if kind.is_dir() {
                pending.push(entry.path());
            } else if kind.is_file() {
                found.push(entry.path());
            }
        }
    }
    found.sort();
    Ok(found)
}

/// `muster admin restore FILE --data-dir NEW`: unpacks into a new, empty data directory; the
/// database becomes `NEW/muster.sqlite3`, the default, so `muster serve --data-dir NEW` runs it.
pub async fn restore(file: &Path, into: &Path) -> anyhow::Result<Summary> {
    if into.exists() {
        let empty = std::fs::read_dir(into)
            .with_context(|| format!("cannot read {}", into.display()))?
            .next()
            .is_none();
        if !empty {
            bail!(
                "{} is not empty: restore into a new, empty data directory (nothing was changed)",
                into.display()
            );
        }
    }
    let archive = File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
    let mut zip = zip::ZipArchive::new(archive).map_err(|_| {
        anyhow::anyhow!("{} is not a Muster backup (not a zip file)", file.display())
    })?;
    let mut marker = String::new();
    let is_backup = zip
        .by_name(MARKER_ENTRY)
        .ok()
        .and_then(|mut m| m.read_to_string(&mut marker).ok())
        .is_some()
        && marker == MARKER
        && zip.index_for_name(DATABASE_ENTRY).is_some();
    if !is_backup {
        bail!("{} is not a Muster backup", file.display());
    }
    std::fs::create_dir_all(into).with_context(|| format!("cannot create {}", into.display()))?;
    let mut summary = Summary {
        database_bytes: 0,
        files: 0,
    };
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i)?;
        let Some(name) = entry.enclosed_name() else {
            bail!(
                "{} holds an unsafe path: {:?}",
                file.display(),
                entry.name()
            );
        };
        let target = if name == Path::new(DATABASE_ENTRY) {
            into.join(DATABASE_ENTRY)
        } else if let Ok(rest) = name.strip_prefix(FILES_PREFIX) {
            into.join(rest)
        } else {
            continue;
        };
        if entry.is_dir() {
            continue;
        }
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let written = std::io::copy(&mut entry, &mut File::create(&target)?)?;
        if target == into.join(DATABASE_ENTRY) {
            summary.database_bytes = written;
        } else {
            summary.files += 1;
        }
    }
    // Opening it checks the copy and brings its schema up to this version.
    open_database(&DatabaseUrl::sqlite(into.join(DATABASE_ENTRY)), 1)
        .await
        .context("the restored database does not open")?;
    Ok(summary)
}

//! Importers that bring a group's world into Muster. Each one reads everything first, writes
//! in one transaction (nothing half-written), is safe to run again (what it made before is
//! found by its key in the source and updated, never duplicated), and reports what it
//! created, updated, left unchanged and skipped — with the reason for every skip.

use std::path::Path;

use muster_app::imports::MAX_IMPORT_BYTES;

/// Reads a file of at most `cap` bytes. Errors say what to do.
pub fn read_capped(path: &Path, cap: u64) -> anyhow::Result<Vec<u8>> {
    let size = std::fs::metadata(path)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?
        .len();
    if size > cap {
        anyhow::bail!(
            "{} is {size} bytes; imports are limited to {cap} bytes",
            path.display()
        );
    }
    std::fs::read(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))
}

/// Reads an import file: at most [`MAX_IMPORT_BYTES`], UTF-8 text. Errors say what to do.
pub fn read_text_file(path: &Path) -> anyhow::Result<String> {
    let bytes = read_capped(path, MAX_IMPORT_BYTES)?;
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{} is not UTF-8 text (invalid byte at offset {}); save it as UTF-8 and try again",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// Reads a Meetup export: CSV or TSV (UTF-8 or UTF-16) or an XLSX workbook's first sheet. At
/// most [`MAX_IMPORT_BYTES`]; workbooks are checked for zip bombs before they are opened.
pub fn read_table(path: &Path) -> anyhow::Result<muster_core::meetup::Table> {
    let bytes = read_capped(path, MAX_IMPORT_BYTES)?;
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_lowercase();
    muster_app::imports::meetup::table_from_bytes(&bytes, &extension)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

//! The ZIP around an archive: writing it, and reading one back without trusting it (a size
//! cap on the file, on each entry as declared and as inflated, and on the number of entries).

use std::io::{Cursor, Read, Seek, Write};

use muster_core::id::ImageId;
use muster_db::{archives::GroupHistory, groups::GroupRow};
use zip::{CompressionMethod, ZipArchive, ZipWriter, write::SimpleFileOptions};

use super::{Archive, LOGO_FILE, site};

/// The largest archive file accepted for import (a group's photos at the default quota, and
/// the rest).
pub const MAX_ARCHIVE_BYTES: u64 = 2048 * 1024 * 1024;
/// The largest `archive.json` accepted, inflated.
const MAX_JSON_BYTES: u64 = 64 * 1024 * 1024;
/// The largest logo accepted, inflated.
const MAX_LOGO_BYTES: u64 = 2 * 1024 * 1024;
/// More entries than this is not an archive we wrote.
const MAX_ENTRIES: usize = 100_000;

const README: &str = "This is a Muster group archive.

archive.json   the group, its code of conduct, venues, series, events, talks and answers
               (format \"muster-group-archive\", version 1; see docs/archive-format.md in Muster)
calendar.ics   every published and cancelled event, for any calendar program
site/          the group's pages as plain HTML: open site/index.html in a browser
files/         the group's logo, if it had one, and its photos (files/photos/)

Import it into another Muster with: muster import archive THIS-FILE.zip
";

/// Writes the ZIP of `group` into `out`: the JSON, the calendar, the static site, the logo
/// and the photos, whose bytes `image` reads one at a time (so only `out` ever holds them
/// all: a file, for an export).
pub fn write<W: Write + Seek>(
    out: W,
    group: &GroupRow,
    archive: &Archive,
    history: &GroupHistory,
    image: &mut dyn FnMut(ImageId) -> Result<Option<Vec<u8>>, String>,
) -> Result<W, String> {
    let json = serde_json::to_vec_pretty(archive).map_err(|e| e.to_string())?;
    let calendar = crate::calendars::whole_group_calendar(
        &archive.source.base_url,
        group,
        &history.events,
        &history.venues,
    );
    let pages = site::pages(archive, archive.exported_at).map_err(|e| e.to_string())?;
    let mut zip = ZipWriter::new(out);
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let mut add = |name: &str, bytes: &[u8]| -> Result<(), String> {
        zip.start_file(name, options).map_err(|e| e.to_string())?;
        zip.write_all(bytes).map_err(|e| e.to_string())
    };
    add("README.txt", README.as_bytes())?;
    add("archive.json", &json)?;
    add("calendar.ics", calendar.as_bytes())?;
    for (path, text) in &pages {
        add(path, text.as_bytes())?;
    }
    if let Some(logo) = &history.logo {
        add(LOGO_FILE, &logo.bytes)?;
    }
    // JPEGs do not deflate: stored as they are.
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    for photo in &history.photos {
        // Removed while the archive was written: left out.
        let Some(bytes) = image(photo.row.image_id)? else {
            continue;
        };
        zip.start_file(super::photo_file(photo.row.id), stored)
            .map_err(|e| e.to_string())?;
        zip.write_all(&bytes).map_err(|e| e.to_string())?;
    }
    zip.finish().map_err(|e| e.to_string())
}

/// What an archive is read from: its file, or bytes in memory.
pub trait Source: Read + Seek + Send {}
impl<T: Read + Seek + Send> Source for T {}

/// An archive read back from its ZIP. The photos stay in the ZIP until the import reads them,
/// one at a time ([`ArchiveFile::photo`]): an archive can be as large as a group's photos.
pub struct ArchiveFile {
    pub archive: Archive,
    /// The logo's bytes, when the archive has one.
    pub logo: Option<Vec<u8>>,
    zip: ZipArchive<Box<dyn Source>>,
}

impl std::fmt::Debug for ArchiveFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ArchiveFile")
            .field("archive", &self.archive)
            .field("logo", &self.logo.as_ref().map(Vec::len))
            .finish_non_exhaustive()
    }
}

impl ArchiveFile {
    /// A photo's bytes from the ZIP (at most [`crate::media::MAX_PHOTO_BYTES`]), or why not.
    pub fn photo(&mut self, path: &str) -> Result<Vec<u8>, String> {
        entry(&mut self.zip, path, crate::media::MAX_PHOTO_BYTES as u64)?
            .ok_or_else(|| format!("{path} is not in the ZIP"))
    }

    /// Whether the ZIP holds an entry at `path`.
    pub fn has(&self, path: &str) -> bool {
        self.zip.index_for_name(path).is_some()
    }
}

/// [`read_from`] for an archive in memory.
pub fn read(bytes: &[u8]) -> Result<ArchiveFile, String> {
    read_from(Box::new(Cursor::new(bytes.to_vec())))
}

/// Reads an archive ZIP, refusing anything that is not one we can trust to read: larger than
/// [`MAX_ARCHIVE_BYTES`], not a ZIP, too many entries, an entry bigger (declared or inflated)
/// than its cap, JSON that does not match the format, or a version this Muster does not know.
pub fn read_from(mut source: Box<dyn Source>) -> Result<ArchiveFile, String> {
    let size = source
        .seek(std::io::SeekFrom::End(0))
        .and_then(|size| source.rewind().map(|()| size))
        .map_err(|e| format!("The file cannot be read: {e}"))?;
    if size > MAX_ARCHIVE_BYTES {
        return Err(format!(
            "The file is larger than {} MiB, the most an archive may be.",
            MAX_ARCHIVE_BYTES / 1024 / 1024
        ));
    }
    let mut zip = ZipArchive::new(source)
        .map_err(|e| format!("This is not a ZIP file ({e}). Choose the archive Muster made."))?;
    if zip.len() > MAX_ENTRIES {
        return Err(format!(
            "The ZIP has {} files; a group archive has far fewer.",
            zip.len()
        ));
    }
    let json = entry(&mut zip, "archive.json", MAX_JSON_BYTES)?.ok_or_else(|| {
        "The ZIP has no archive.json: it is not a Muster group archive.".to_owned()
    })?;
    let header: serde_json::Value = serde_json::from_slice(&json)
        .map_err(|e| format!("archive.json is not valid JSON: {e}"))?;
    let format = header.get("format").and_then(|f| f.as_str());
    if format != Some(super::FORMAT) {
        return Err(format!(
            "archive.json is not a Muster group archive (its format is {}).",
            format.map_or_else(|| "missing".to_owned(), |f| format!("\"{f}\""))
        ));
    }
    let version = header.get("version").and_then(|v| v.as_u64());
    if version != Some(u64::from(super::VERSION)) {
        return Err(format!(
            "This archive is version {}; this Muster reads version {}. Update Muster, or export \
             the group again.",
            version.map_or_else(|| "unknown".to_owned(), |v| v.to_string()),
            super::VERSION
        ));
    }
    let archive: Archive = serde_path_to_error::deserialize(header)
        .map_err(|e| format!("archive.json is damaged at {}: {}", e.path(), e.inner()))?;
    let logo = match archive.group.logo_file.as_deref() {
        Some(path) => Some(entry(&mut zip, path, MAX_LOGO_BYTES)?.ok_or_else(|| {
            format!("archive.json names the logo {path}, which is not in the ZIP.")
        })?),
        None => None,
    };
    Ok(ArchiveFile { archive, logo, zip })
}

/// One entry's bytes, inflated no further than `cap` whatever its header claims.
fn entry(
    zip: &mut ZipArchive<Box<dyn Source>>,
    name: &str,
    cap: u64,
) -> Result<Option<Vec<u8>>, String> {
    let file = match zip.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("{name} cannot be read from the ZIP: {e}")),
    };
    let too_big = || format!("{name} is larger than {} MiB inflated.", cap / 1024 / 1024);
    if file.size() > cap {
        return Err(too_big());
    }
    let mut out = Vec::with_capacity(usize::try_from(file.size()).unwrap_or(0));
    file.take(cap + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("{name} cannot be read from the ZIP: {e}"))?;
    if out.len() as u64 > cap {
        return Err(too_big());
    }
    Ok(Some(out))
}

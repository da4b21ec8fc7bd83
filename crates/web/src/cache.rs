//! Rendered public feeds, keyed by feed and ETag, bounded in bytes.

use std::{
    collections::HashMap,
    sync::{Mutex, MutexGuard, PoisonError},
};

use actix_web::web::Bytes;

/// At most this many bytes of rendered feeds are kept (a 500-event feed is about 400 KiB).
const CAPACITY: usize = 8 * 1024 * 1024;

/// The latest rendering of each public feed. A lookup with an older ETag misses, so after a
/// change the first request renders (requests arriving at the same moment may each render) and
/// later ones share the result. Bodies are counted against [`CAPACITY`]; when a new one does
/// not fit, other feeds are dropped (any of them: a miss only costs one rendering).
#[derive(Debug, Default)]
pub struct FeedCache {
    entries: Mutex<Entries>,
}

#[derive(Debug, Default)]
struct Entries {
    by_key: HashMap<String, (String, Bytes)>,
    bytes: usize,
}

impl FeedCache {
    /// The entries; a panic elsewhere while holding the lock leaves them consistent (every
    /// change is a whole insert or remove), so a poisoned lock is used as it is.
    fn lock(&self) -> MutexGuard<'_, Entries> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn get(&self, key: &str, etag: &str) -> Option<Bytes> {
        let entries = self.lock();
        match entries.by_key.get(key) {
            Some((tag, body)) if tag == etag => Some(body.clone()),
            _ => None,
        }
    }

    pub fn put(&self, key: &str, etag: &str, body: Bytes) {
        if body.len() > CAPACITY / 4 {
            return;
        }
        let mut entries = self.lock();
        if let Some((_, old)) = entries.by_key.remove(key) {
            entries.bytes -= old.len();
        }
        while entries.bytes + body.len() > CAPACITY {
            let Some(victim) = entries.by_key.keys().next().cloned() else {
                break;
            };
            if let Some((_, old)) = entries.by_key.remove(&victim) {
                entries.bytes -= old.len();
            }
        }
        entries.bytes += body.len();
        entries
            .by_key
            .insert(key.to_owned(), (etag.to_owned(), body));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_newer_etag_misses_and_the_cache_stays_bounded() {
        let cache = FeedCache::default();
        cache.put("a", "1", Bytes::from_static(b"one"));
        assert_eq!(cache.get("a", "1").as_deref(), Some(&b"one"[..]));
        assert_eq!(cache.get("a", "2"), None);
        let big = Bytes::from(vec![b'x'; CAPACITY / 4]);
        for key in 0..10 {
            cache.put(&key.to_string(), "t", big.clone());
        }
        let entries = cache.lock();
        assert!(entries.bytes <= CAPACITY);
        assert_eq!(
            entries.bytes,
            entries.by_key.values().map(|(_, b)| b.len()).sum::<usize>()
        );
    }
}

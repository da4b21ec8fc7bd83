//! Rendered public feeds and pages, keyed by what they are and tagged with the version they
//! were made from, bounded in bytes.

use std::{
    collections::HashMap,
    sync::{Mutex, MutexGuard, PoisonError},
};

use actix_web::web::Bytes;
use muster_core::Timestamp;

/// At most this many bytes of renderings are kept per cache (a 500-event feed is about 400
/// KiB, an event page about 20 KiB).
const CAPACITY: usize = 8 * 1024 * 1024;

/// The latest rendering of each public feed or page. A lookup with another tag (an older
/// version) misses, so after a change the first request renders (requests arriving at the same
/// moment may each render) and later ones share the result. A rendering that shows the time
/// (an event's "happening now") is kept only for the span in which it stays true. Bodies are
/// counted against [`CAPACITY`]; when a new one does not fit, other entries are dropped (any of
/// them: a miss only costs one rendering).
#[derive(Debug)]
pub struct RenderCache<V = Bytes> {
    entries: Mutex<Entries<V>>,
}

/// What a [`RenderCache`] keeps: cheap to clone, with a size to count.
pub trait Kept: Clone {
    /// About how many bytes it holds.
    fn weight(&self) -> usize;
}

impl Kept for Bytes {
    fn weight(&self) -> usize {
        self.len()
    }
}

#[derive(Debug)]
struct Entry<V> {
    tag: String,
    /// From when until when (on the application's clock) the rendering holds; `None`: always.
    span: Option<(Timestamp, Timestamp)>,
    body: V,
}

#[derive(Debug)]
struct Entries<V> {
    by_key: HashMap<String, Entry<V>>,
    bytes: usize,
}

impl<V> Default for RenderCache<V> {
    fn default() -> Self {
        RenderCache {
            entries: Mutex::new(Entries {
                by_key: HashMap::new(),
                bytes: 0,
            }),
        }
    }
}

impl<V: Kept> RenderCache<V> {
    /// The entries; a panic elsewhere while holding the lock leaves them consistent (every
    /// change is a whole insert or remove), so a poisoned lock is used as it is.
    fn lock(&self) -> MutexGuard<'_, Entries<V>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The rendering kept for `key` if it was made at version `tag` (and, for one kept for a
    /// span, if `now` falls in it).
    pub fn get(&self, key: &str, tag: &str, now: Timestamp) -> Option<V> {
        let entries = self.lock();
        match entries.by_key.get(key) {
            Some(e)
                if e.tag == tag
                    && e.span
                        .is_none_or(|(from, until)| from <= now && now < until) =>
            {
                Some(e.body.clone())
            }
            _ => None,
        }
    }

    /// Keeps `body` as the rendering of `key` at version `tag`, for `span` (`None`: for as long
    /// as the version holds).
    pub fn put(&self, key: &str, tag: &str, span: Option<(Timestamp, Timestamp)>, body: V) {
        let weight = body.weight() + key.len();
        if weight > CAPACITY / 4 {
            return;
        }
        let mut entries = self.lock();
        if let Some(old) = entries.by_key.remove(key) {
            entries.bytes -= old.body.weight() + key.len();
        }
        while entries.bytes + weight > CAPACITY {
            let Some(victim) = entries.by_key.keys().next().cloned() else {
                break;
            };
            if let Some(old) = entries.by_key.remove(&victim) {
                entries.bytes -= old.body.weight() + victim.len();
            }
        }
        entries.bytes += weight;
        let tag = tag.to_owned();
        entries
            .by_key
            .insert(key.to_owned(), Entry { tag, span, body });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from(chrono::DateTime::from_timestamp(seconds, 0).expect("a valid time"))
    }

    #[test]
    fn a_newer_tag_misses_and_the_cache_stays_bounded() {
        let cache = RenderCache::<Bytes>::default();
        cache.put("a", "1", None, Bytes::from_static(b"one"));
        assert_eq!(cache.get("a", "1", at(0)).as_deref(), Some(&b"one"[..]));
        assert_eq!(cache.get("a", "2", at(0)), None);
        let big = Bytes::from(vec![b'x'; CAPACITY / 4 - 16]);
        for key in 0..10 {
            cache.put(&key.to_string(), "t", None, big.clone());
        }
        let entries = cache.lock();
        assert!(entries.bytes <= CAPACITY);
        assert_eq!(
            entries.bytes,
            entries
                .by_key
                .iter()
                .map(|(k, e)| e.body.len() + k.len())
                .sum::<usize>()
        );
    }

    #[test]
    fn a_rendering_kept_for_a_span_misses_outside_it() {
        let cache = RenderCache::<Bytes>::default();
        cache.put(
            "p",
            "7",
            Some((at(100), at(160))),
            Bytes::from_static(b"page"),
        );
        assert_eq!(cache.get("p", "7", at(100)).as_deref(), Some(&b"page"[..]));
        assert_eq!(cache.get("p", "7", at(159)).as_deref(), Some(&b"page"[..]));
        assert_eq!(cache.get("p", "7", at(160)), None, "the span has ended");
        assert_eq!(cache.get("p", "7", at(99)), None, "the clock went back");
        assert_eq!(cache.get("p", "8", at(120)), None, "a newer version");
    }
}

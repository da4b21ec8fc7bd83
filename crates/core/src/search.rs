//! Search that forgives (issue 20): a directory query's words are matched against a group's
//! name, address (slug), initials, place, topics and summary, ignoring case and accents, and
//! tolerating a typo or two in longer words (`pyhton`, `berln`, `pycolgne`). Every word must
//! match somewhere; a match with fewer typos ranks first, then by where the words matched (a
//! word of the name before a topic, before a word of the summary).
//!
//! The same code runs whatever the database: rows are filtered by the indexed fields in SQL,
//! and the words matched here.

use deunicode::deunicode;

/// Most words of a search used.
pub const MAX_WORDS: usize = 6;

/// A search's words, lower-cased and without accents ("Köln" → "koln").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchWords(Vec<String>);

impl SearchWords {
    pub fn parse(text: &str) -> SearchWords {
        SearchWords(
            words(&fold(text))
                .take(MAX_WORDS)
                .map(str::to_owned)
                .collect(),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// How well a group matched: fewer typos first, then more points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Score {
    /// Negated typo count, so that the derived order puts fewer typos higher.
    typos: std::cmp::Reverse<u32>,
    points: u32,
}

impl Score {
    pub fn typos(&self) -> u32 {
        self.typos.0
    }
}

/// What a group is searched by. `place`, `topics` and `text` may be lower-cased already;
/// everything is folded again here.
#[derive(Debug, Clone, Copy)]
pub struct Searched<'a> {
    pub name: &'a str,
    pub slug: &'a str,
    /// City and country.
    pub place: &'a str,
    /// Comma-separated.
    pub topics: &'a str,
    /// Everything else (the summary; may repeat the fields above).
    pub text: &'a str,
}

/// Words of a connecting kind that initials leave out ("Python User Group of Berlin": PUGB).
const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "at", "da", "de", "del", "der", "des", "di", "do", "du", "e", "el", "en",
    "et", "for", "i", "in", "la", "le", "of", "on", "the", "und", "y",
];

/// Where a word matched, best first: its points.
const NAME_WORD: u32 = 100;
const INITIALS: u32 = 90;
const NAME_PREFIX: u32 = 80;
const NAME_PART: u32 = 70;
const PLACE_OR_TOPIC: u32 = 60;
const PLACE_OR_TOPIC_PREFIX: u32 = 55;
const ANYWHERE: u32 = 40;
const NAME_TYPO: u32 = 30;
const PLACE_OR_TOPIC_TYPO: u32 = 20;
const TEXT_TYPO: u32 = 10;

/// Scores `group` for `query`: None when some word matches nowhere, even with typos.
pub fn score(query: &SearchWords, group: &Searched<'_>) -> Option<Score> {
    let name = fold(group.name);
    let slug = group.slug.to_ascii_lowercase();
    let place = fold(group.place);
    let topics = fold(group.topics);
    // The summary and the initials only when a word gets that far.
    let text = std::cell::OnceCell::new();
    let text = || text.get_or_init(|| fold(group.text)).as_str();
    let initials = std::cell::OnceCell::new();
    let initials = || initials.get_or_init(|| initials_of(&name));
    let name_words: Vec<&str> = words(&name).chain(words(&slug)).collect();
    let other_words: Vec<&str> = words(&place).chain(words(&topics)).collect();
    let (mut points, mut typos) = (0, 0);
    for word in &query.0 {
        let w = word.as_str();
        let exact = if name_words.contains(&w) {
            Some(NAME_WORD)
        } else if w.len() >= 2
            && initials()
                .iter()
                .any(|i| i.starts_with(w) || (w.len() >= 3 && i.contains(w)))
        {
            Some(INITIALS)
        } else if w.len() >= 2 && name_words.iter().any(|n| n.starts_with(w)) {
            Some(NAME_PREFIX)
        } else if name.contains(w) || slug.contains(w) {
            Some(NAME_PART)
        } else if other_words.contains(&w) {
            Some(PLACE_OR_TOPIC)
        } else if w.len() >= 2 && other_words.iter().any(|o| o.starts_with(w)) {
            Some(PLACE_OR_TOPIC_PREFIX)
        } else if text().contains(w) || place.contains(w) || topics.contains(w) {
            Some(ANYWHERE)
        } else {
            None
        };
        if let Some(p) = exact {
            points += p;
            continue;
        }
        let near = |candidates: &mut dyn Iterator<Item = &str>| {
            candidates.filter_map(|c| typos_between(w, c)).min()
        };
        let (p, t) = if let Some(t) = near(&mut name_words.iter().copied()) {
            (NAME_TYPO, t)
        } else if let Some(t) = near(&mut other_words.iter().copied()) {
            (PLACE_OR_TOPIC_TYPO, t)
        } else if let Some(t) = near(&mut words(text())) {
            (TEXT_TYPO, t)
        } else {
            return None;
        };
        points += p;
        typos += t;
    }
    Some(Score {
        typos: std::cmp::Reverse(typos),
        points,
    })
}

/// Lower-case ASCII, accents and scripts transliterated: what both sides are compared as.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        deunicode(text).to_ascii_lowercase()
    }
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The name's initials, with and without its small words ("pugob" and "pugb"); none for a
/// one-word name.
fn initials_of(name: &str) -> Vec<String> {
    let all: Vec<&str> = words(name).collect();
    if all.len() < 2 {
        return Vec::new();
    }
    let first = |ws: &mut dyn Iterator<Item = &&str>| -> String {
        ws.filter_map(|w| w.chars().next()).collect()
    };
    let every = first(&mut all.iter());
    let main = first(&mut all.iter().filter(|w| !SMALL_WORDS.contains(w)));
    if main == every {
        vec![every]
    } else {
        vec![every, main]
    }
}

/// The typos (insertions, deletions, substitutions, swaps of neighbours) between a searched
/// word and a word of a group, when few enough for the word's length to count as meant: none
/// under four letters, one up to seven, two from eight.
fn typos_between(searched: &str, word: &str) -> Option<u32> {
    let allowed = match searched.len() {
        0..=3 => return None,
        4..=7 => 1,
        _ => 2,
    };
    if searched.len().abs_diff(word.len()) > allowed {
        return None;
    }
    let d = strsim::osa_distance(searched, word);
    (d <= allowed).then_some(d as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group<'a>(name: &'a str, slug: &'a str, place: &'a str) -> Searched<'a> {
        Searched {
            name,
            slug,
            place,
            topics: "python",
            text: "monthly talks and a pub",
        }
    }

    fn typos(q: &str, g: &Searched<'_>) -> Option<u32> {
        score(&SearchWords::parse(q), g).map(|s| s.typos())
    }

    #[test]
    fn typos_in_longer_words_are_forgiven() {
        let cologne = group("pyCologne", "pycologne", "Köln Germany");
        let berlin = group("Python Usergroup Berlin", "pug-berlin", "Berlin Germany");
        assert_eq!(typos("pycolgne", &cologne), Some(1));
        assert_eq!(typos("pyhton", &berlin), Some(1), "a swap is one typo");
        assert_eq!(typos("berln", &berlin), Some(1));
        assert_eq!(typos("pyhton berln", &berlin), Some(2));
        assert_eq!(typos("koln", &cologne), Some(0), "accents are ignored");
        assert_eq!(typos("Köln", &cologne), Some(0));
        // Short words must be right; longer ones only a little wrong.
        assert_eq!(typos("pug", &cologne), None);
        assert_eq!(typos("bxrlxn", &berlin), None);
        assert_eq!(
            typos("pycolgne berlin", &cologne),
            None,
            "every word must match"
        );
    }

    #[test]
    fn addresses_abbreviations_and_initials_match() {
        let berlin = group("Python Usergroup Berlin", "pug-berlin", "Berlin Germany");
        let katowice = group("Python User Group of Katowice", "py-katowice", "Katowice");
        let pyladies = group("PyLadies Amsterdam", "pyladies-ams", "Amsterdam");
        assert!(
            score(&SearchWords::parse("PUG"), &berlin).is_some(),
            "the address"
        );
        assert!(
            score(&SearchWords::parse("pug"), &katowice).is_some(),
            "the initials"
        );
        assert!(score(&SearchWords::parse("PUGK"), &katowice).is_some());
        let hamburg = group("Hamburg Python User Group", "hamburg", "Hamburg");
        assert!(
            score(&SearchWords::parse("pug"), &hamburg).is_some(),
            "HPUG holds PUG"
        );
        assert!(
            score(&SearchWords::parse("ug"), &hamburg).is_none(),
            "two letters: the start"
        );
        assert!(score(&SearchWords::parse("pyladies"), &pyladies).is_some());
        assert!(score(&SearchWords::parse("pyladies"), &berlin).is_none());
    }

    #[test]
    fn exact_matches_rank_above_typos_and_names_above_summaries() {
        let q = SearchWords::parse("python");
        let named = group("Python Berlin", "python-berlin", "Berlin");
        let topical = Searched {
            topics: "python, data",
            ..group("Data Berlin", "data-berlin", "Berlin")
        };
        let typo = Searched {
            topics: "snakes",
            ..group("Pythn Club", "snakes", "Berlin")
        };
        let (named, topical, typo) = (
            score(&q, &named).unwrap(),
            score(&q, &topical).unwrap(),
            score(&q, &typo).unwrap(),
        );
        assert!(named > topical, "{named:?} {topical:?}");
        assert_eq!(typo.typos(), 1);
        assert!(topical > typo, "{topical:?} {typo:?}");
        let mistyped = score(&SearchWords::parse("pyhton"), &group("Python", "py", "")).unwrap();
        assert!(named > mistyped);
    }
}

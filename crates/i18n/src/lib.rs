//! # muster-i18n
//!
//! Every word Muster writes comes from the Project Fluent catalogues in `locales/{tag}/*.ftl`
//! (English is the source; each other language has the same keys). This crate:
//!
//! * names the languages Muster ships ([`Locale`]) and picks one from a person's setting, a
//!   cookie or an `Accept-Language` header ([`Locale::negotiate`]);
//! * looks messages up with their plural and gender rules ([`tr`], [`tr_args`]), falling back
//!   to English for a key a catalogue lacks (the test suite fails when one does);
//! * formats dates, times, numbers and lists the way each language writes them, with ICU4X's
//!   compiled CLDR data ([`dates`], [`format_number`], [`format_list`]);
//! * renders a pseudo-locale (`en-XA`: every message accented and bracketed) so a test can
//!   find any English that does not come from a catalogue.
//!
//! No I/O: the catalogues are compiled into the binary (see `build.rs`).

use std::{borrow::Cow, sync::OnceLock};

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use unic_langid::LanguageIdentifier;

pub mod dates;
mod numbers;
pub mod places;
mod pseudo;

pub use numbers::{format_list, format_number, format_tenths};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

    /// A catalogue's Fluent source, inflated (see `build.rs`).
    pub fn source(deflated: &[u8]) -> String {
        use std::io::Read;
        let mut text = String::new();
        // Deflated from UTF-8 text by this crate's build script: inflating cannot fail.
        let _ = flate2::read::DeflateDecoder::new(deflated).read_to_string(&mut text);
        text
    }
}

/// A language Muster speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Locale {
    #[default]
    En,
    De,
    Es,
    Fr,
    PtBr,
    Ja,
    ZhCn,
    ZhTw,
    /// `en-XA`: English with every message transformed, for finding hard-coded text. Never
    /// offered in the language switch.
    Pseudo,
}

impl Locale {
    /// The languages people can choose, in the order the switch lists them.
    pub const SHIPPED: [Locale; 8] = [
        Locale::En,
        Locale::De,
        Locale::Es,
        Locale::Fr,
        Locale::PtBr,
        Locale::Ja,
        Locale::ZhCn,
        Locale::ZhTw,
    ];

    /// The BCP 47 tag (`zh-TW`), as stored, sent in `lang` attributes and in the API.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Es => "es",
            Locale::Fr => "fr",
            Locale::PtBr => "pt-BR",
            Locale::Ja => "ja",
            Locale::ZhCn => "zh-CN",
            Locale::ZhTw => "zh-TW",
            Locale::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as the switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::De => "Deutsch",
            Locale::Es => "Español",
            Locale::Fr => "Français",
            Locale::PtBr => "Português (Brasil)",
            Locale::Ja => "日本語",
            Locale::ZhCn => "简体中文",
            Locale::ZhTw => "繁體中文",
            Locale::Pseudo => "[Ƥşéûđö]",
        }
    }

    /// The language a tag names, leniently: `zh-Hant`, `zh-HK` → zh-TW; `zh`, `zh-Hans` →
    /// zh-CN; `pt`, `pt-PT` → pt-BR; `de-AT` → de. `None` for a language Muster lacks.
    pub fn parse(tag: &str) -> Option<Locale> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        if tag == "en-xa" {
            return Some(Locale::Pseudo);
        }
        let mut parts = tag.split('-');
        let language = parts.next().unwrap_or_default();
        let rest: Vec<&str> = parts.collect();
        Some(match language {
            "en" => Locale::En,
            "de" => Locale::De,
            "es" => Locale::Es,
            "fr" => Locale::Fr,
            "pt" => Locale::PtBr,
            "ja" => Locale::Ja,
            "zh" => {
                let traditional = rest
                    .iter()
                    .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                if traditional {
                    Locale::ZhTw
                } else {
                    Locale::ZhCn
                }
            }
            _ => return None,
        })
    }

    /// The best shipped language for an `Accept-Language` header: the highest-weighted range
    /// Muster speaks (RFC 9110 §12.5.4), `None` when it speaks none of them.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut ranges: Vec<(u16, usize, Locale)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(position, item)| {
                let mut parts = item.split(';');
                let range = parts.next()?.trim();
                let weight =
                    parts
                        .find_map(|p| p.trim().strip_prefix("q="))
                        .map_or(Some(1000), |q| {
                            q.trim()
                                .parse::<f32>()
                                .ok()
                                .map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16)
                        })?;
                (weight > 0).then_some(())?;
                Some((weight, position, Locale::parse(range)?))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges.first().map(|r| r.2)
    }

    fn index(self) -> usize {
        self as usize
    }

    // What templates call (`{{ page.lang.t("key") }}`, `{{ v.lang.t1("key", "n", n) }}`): the
    // one set of lookups every page, email and archive page shares.

    /// The message `key` in this language.
    pub fn t(self, key: &str) -> String {
        tr(self, key)
    }

    /// The message `key` with one placeable.
    pub fn t1<A: ToArg + ?Sized>(self, key: &str, name: &str, value: &A) -> String {
        tr_args(self, key, &[(name, &value)])
    }

    /// The message `key` with two placeables.
    pub fn t2<A: ToArg + ?Sized, B: ToArg + ?Sized>(
        self,
        key: &str,
        n1: &str,
        v1: &A,
        n2: &str,
        v2: &B,
    ) -> String {
        tr_args(self, key, &[(n1, &v1), (n2, &v2)])
    }

    /// The message `key` with three placeables.
    #[allow(clippy::too_many_arguments)]
    pub fn t3<A: ToArg + ?Sized, B: ToArg + ?Sized, C: ToArg + ?Sized>(
        self,
        key: &str,
        n1: &str,
        v1: &A,
        n2: &str,
        v2: &B,
        n3: &str,
        v3: &C,
    ) -> String {
        tr_args(self, key, &[(n1, &v1), (n2, &v2), (n3, &v3)])
    }

    /// A message with trusted markup and one placeable, which is HTML-escaped: output it with
    /// `|safe`.
    pub fn th1<A: std::fmt::Display + ?Sized>(self, key: &str, name: &str, value: &A) -> String {
        tr_html(self, key, &[(name, &value.to_string())])
    }

    /// A message with trusted markup and two escaped placeables (output with `|safe`).
    pub fn th2<A: std::fmt::Display + ?Sized, B: std::fmt::Display + ?Sized>(
        self,
        key: &str,
        n1: &str,
        v1: &A,
        n2: &str,
        v2: &B,
    ) -> String {
        tr_html(self, key, &[(n1, &v1.to_string()), (n2, &v2.to_string())])
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

type Bundle = FluentBundle<FluentResource>;

/// One bundle per [`Locale`], in declaration order, built once.
fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        // In declaration order, so `Locale::index` finds each: the shipped ones, then en-XA.
        Locale::SHIPPED
            .into_iter()
            .chain([Locale::Pseudo])
            .map(bundle)
            .collect()
    })
}

fn bundle(locale: Locale) -> Bundle {
    let source = if locale == Locale::Pseudo {
        "en"
    } else {
        locale.tag()
    };
    let id: LanguageIdentifier = source.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around values: every shipped script is left-to-right, and
    // the marks would show up in plain-text email and page titles.
    bundle.set_use_isolating(false);
    if locale == Locale::Pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    for (tag, _file, text) in embedded::CATALOGUES {
        if *tag == source {
            let resource =
                FluentResource::try_new(embedded::source(text)).unwrap_or_else(|(r, _)| r);
            // A key defined twice keeps its first definition; `check` reports it.
            let _ = bundle.add_resource(resource);
        }
    }
    bundle
}

/// A value for a placeable in a message: text or a number (numbers choose plural forms).
pub trait ToArg {
    fn to_arg(&self) -> FluentValue<'static>;
}

impl ToArg for str {
    fn to_arg(&self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.to_owned()))
    }
}

impl ToArg for String {
    fn to_arg(&self) -> FluentValue<'static> {
        self.as_str().to_arg()
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl ToArg for $t {
            fn to_arg(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize);

impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> FluentValue<'static> {
        (**self).to_arg()
    }
}

/// The message `key` in `locale`, without arguments.
pub fn tr(locale: Locale, key: &str) -> String {
    tr_args(locale, key, &[])
}

/// The message `key` in `locale` with its placeables filled from `args`. A key the locale
/// lacks falls back to English; a key nobody has comes out as itself (and the catalogue test
/// fails).
pub fn tr_args(locale: Locale, key: &str, args: &[(&str, &dyn ToArg)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            a.set(*name, value.to_arg());
        }
        a
    });
    let all = bundles();
    for candidate in [locale, Locale::En] {
        let bundle = &all[candidate.index()];
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
            return if locale == Locale::Pseudo {
                format!("[{text}]")
            } else {
                text.into_owned()
            };
        }
    }
    key.to_owned()
}

/// A message that contains markup (its catalogue text is trusted HTML), with each text
/// argument HTML-escaped: for templates to output with `|safe`.
pub fn tr_html(locale: Locale, key: &str, args: &[(&str, &str)]) -> String {
    let escaped: Vec<(&str, String)> = args.iter().map(|(n, v)| (*n, escape_html(v))).collect();
    let refs: Vec<(&str, &dyn ToArg)> =
        escaped.iter().map(|(n, v)| (*n, v as &dyn ToArg)).collect();
    tr_args(locale, key, &refs)
}

/// `text` safe inside HTML text and attribute values, with named entities (`&lt;` reads better
/// than `&#60;` where the HTML is escaped once more, as in an Atom feed's `content`).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `english`, a message written in English by code that has no locale at hand (an error's
/// message, a field's problem), in `locale`: the catalogue's `error-*` and `notice-*` messages are looked up
/// by their English text. A message with placeables (`Names can be at most { $max }
/// characters.`) matches English text that has any values in their places; the values found
/// are passed to the other language's message — numbers as numbers (so plurals work), text
/// translated in turn when it is itself a catalogue message, and each text also as
/// `$name_key`, a Fluent identifier (`The venue's name` → `the-venue-s-name`) that a
/// translation can select on. Text with no such message stays as it is.
pub fn translate_english(locale: Locale, english: &str) -> String {
    if locale == Locale::En {
        return english.to_owned();
    }
    translate_scored(locale, english).0
}

/// The longest English text [`translate_english`] looks for messages with values in.
const MAX_MATCHED_BYTES: usize = 2_000;

/// [`translate_english`] with how much English text it had to leave as it was. When several
/// messages fit (`The meetup on Thu 17 Dec: The title can be at most 120 characters.` fits
/// both "The meetup on { $day }: { $message }" and "{ $what } can be at most { $max }
/// characters."), the one that leaves the least English wins; on a tie, the one that starts
/// with more literal text.
fn translate_scored(locale: Locale, english: &str) -> (String, usize) {
    let index = english_index();
    if let Some(key) = index.exact.get(english) {
        return (tr(locale, key), 0);
    }
    // Messages are short; a long text (a parser's complaint quoting a request body, say) is
    // not searched, so matching never costs more than a few microseconds.
    if english.len() > MAX_MATCHED_BYTES {
        return (english.to_owned(), english.len());
    }
    let mut best: Option<(String, usize)> = None;
    for pattern in &index.patterns {
        let Some(values) = pattern.matches(english) else {
            continue;
        };
        let mut left = 0;
        let mut owned: Vec<(String, FluentValue<'static>)> = Vec::new();
        for (name, value) in pattern.names.iter().zip(values) {
            match plain_number(value) {
                Some(n) => owned.push((name.clone(), FluentValue::from(n))),
                None => {
                    let (text, untranslated) = translate_scored(locale, value);
                    left += untranslated;
                    owned.push((format!("{name}_key"), FluentValue::from(identifier(value))));
                    owned.push((name.clone(), FluentValue::String(Cow::Owned(text))));
                }
            }
        }
        if best.as_ref().is_some_and(|(_, b)| *b <= left) {
            continue;
        }
        let args: Vec<(&str, &dyn ToArg)> = owned
            .iter()
            .map(|(n, v)| (n.as_str(), v as &dyn ToArg))
            .collect();
        best = Some((tr_args(locale, &pattern.key, &args), left));
    }
    best.unwrap_or_else(|| (english.to_owned(), english.len()))
}

impl ToArg for FluentValue<'static> {
    fn to_arg(&self) -> FluentValue<'static> {
        self.clone()
    }
}

/// `value` when it is a whole number as code writes one (`120`, `-1`; not `007` or `+3`,
/// which are text that happens to be digits).
fn plain_number(value: &str) -> Option<i64> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let plain = digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.is_empty()
        && (digits == "0" || !digits.starts_with('0'));
    if plain { value.parse().ok() } else { None }
}

/// `text` as a Fluent identifier for selectors: lower-case ASCII letters and digits, every
/// other run of characters one hyphen (`The venue's name` → `the-venue-s-name`).
fn identifier(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    match trimmed.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => trimmed.to_owned(),
        _ => format!("x-{trimmed}"),
    }
}

/// The English `error-*` messages: those without placeables by their text, and the others as
/// patterns, the most specific (the most literal text) first.
struct EnglishIndex {
    exact: std::collections::HashMap<String, String>,
    patterns: Vec<Pattern>,
}

/// An English message with placeables: literal pieces with a value between each two.
struct Pattern {
    key: String,
    /// `literals.len() == names.len() + 1`; a placeable between `literals[i]` and
    /// `literals[i + 1]` is named `names[i]`.
    literals: Vec<String>,
    names: Vec<String>,
}

impl Pattern {
    /// The values in `text`'s placeables, when `text` is this message with some values.
    fn matches<'t>(&self, text: &'t str) -> Option<Vec<&'t str>> {
        let rest = text.strip_prefix(self.literals[0].as_str())?;
        // The cheap refusal first: most texts do not even end like this message.
        if !rest.ends_with(self.literals[self.literals.len() - 1].as_str()) {
            return None;
        }
        let mut values = Vec::with_capacity(self.names.len());
        self.match_from(rest, 1, &mut values).then_some(values)
    }

    /// Backtracking: each value is non-empty, and the shortest one that lets the rest match.
    fn match_from<'t>(&self, text: &'t str, next: usize, values: &mut Vec<&'t str>) -> bool {
        let literal = self.literals[next].as_str();
        if next == self.literals.len() - 1 {
            return match text.strip_suffix(literal) {
                Some(value) if !value.is_empty() => {
                    values.push(value);
                    true
                }
                _ => false,
            };
        }
        let mut from = 1;
        while from <= text.len() {
            let Some(at) = text.get(from..).and_then(|t| t.find(literal)) else {
                // `from` may fall inside a character: step to the next boundary.
                if text.is_char_boundary(from) {
                    return false;
                }
                from += 1;
                continue;
            };
            let end = from + at;
            values.push(&text[..end]);
            if self.match_from(&text[end + literal.len()..], next + 1, values) {
                return true;
            }
            values.pop();
            from = end + 1;
        }
        false
    }
}

fn english_index() -> &'static EnglishIndex {
    static INDEX: OnceLock<EnglishIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        let mut exact = std::collections::HashMap::new();
        let mut patterns = Vec::new();
        for (tag, _file, text) in embedded::CATALOGUES {
            if *tag != "en" {
                continue;
            }
            let Ok(resource) = FluentResource::try_new(embedded::source(text)) else {
                continue;
            };
            for entry in resource.entries() {
                let fluent_syntax::ast::Entry::Message(m) = entry else {
                    continue;
                };
                let Some(value) = m.value.as_ref().filter(|_| {
                    m.id.name.starts_with("error-") || m.id.name.starts_with("notice-")
                }) else {
                    continue;
                };
                let mut literals = Vec::new();
                let mut current = String::new();
                let mut names = Vec::new();
                let mut plain = true;
                for element in &value.elements {
                    match element {
                        PatternElement::TextElement { value } => current.push_str(value),
                        PatternElement::Placeable {
                            expression:
                                Expression::Inline(InlineExpression::StringLiteral { value }),
                        } => current.push_str(value),
                        PatternElement::Placeable {
                            expression:
                                Expression::Inline(InlineExpression::VariableReference { id }),
                        } => {
                            names.push(id.name.to_owned());
                            literals.push(std::mem::take(&mut current));
                        }
                        // Selectors and references: not matchable by text.
                        PatternElement::Placeable { .. } => plain = false,
                    }
                }
                literals.push(current);
                if !plain {
                    continue;
                }
                if names.is_empty() {
                    exact.insert(tr(Locale::En, m.id.name), m.id.name.to_owned());
                } else {
                    patterns.push(Pattern {
                        key: m.id.name.to_owned(),
                        literals,
                        names,
                    });
                }
            }
        }
        // Ties go to the message that starts with more words of its own (its structure is
        // surer than that of one that starts with a value), then to the more literal text.
        patterns.sort_by_key(|p| {
            std::cmp::Reverse((
                p.literals[0].len(),
                p.literals.iter().map(String::len).sum::<usize>(),
            ))
        });
        EnglishIndex { exact, patterns }
    })
}

/// Whether `key` is a message in the English catalogue.
pub fn has_key(key: &str) -> bool {
    bundles()[Locale::En.index()].has_message(key)
}

/// What is wrong with the shipped catalogues: syntax errors, keys defined twice, and keys
/// missing from (or unknown to) a language compared with English. Empty when all is well.
pub fn check() -> Vec<String> {
    let mut problems = Vec::new();
    let mut keys: Vec<(String, std::collections::BTreeSet<String>)> = Vec::new();
    let mut terms = std::collections::BTreeSet::new();
    let mut used: Vec<(String, String)> = Vec::new();
    for locale in Locale::SHIPPED {
        let mut mine = std::collections::BTreeSet::new();
        let mut files = 0;
        for (tag, file, text) in embedded::CATALOGUES {
            if *tag != locale.tag() {
                continue;
            }
            files += 1;
            match FluentResource::try_new(embedded::source(text)) {
                Ok(resource) => {
                    for entry in resource.entries() {
                        match entry {
                            fluent_syntax::ast::Entry::Message(m) => {
                                if !mine.insert(m.id.name.to_owned()) {
                                    problems.push(format!(
                                        "{tag}/{file}.ftl: {} is defined twice",
                                        m.id.name
                                    ));
                                }
                                if let Some(value) = &m.value {
                                    term_references(value, &mut |term| {
                                        used.push((format!("{tag}/{file}.ftl"), term.to_owned()));
                                    });
                                }
                            }
                            fluent_syntax::ast::Entry::Term(t) => {
                                terms.insert(t.id.name.to_owned());
                                term_references(&t.value, &mut |term| {
                                    used.push((format!("{tag}/{file}.ftl"), term.to_owned()));
                                });
                            }
                            _ => {}
                        }
                    }
                }
                Err((_, errors)) => {
                    for e in errors {
                        problems.push(format!("{tag}/{file}.ftl: syntax error: {e:?}"));
                    }
                }
            }
        }
        if files == 0 {
            problems.push(format!("{}: no catalogue at all", locale.tag()));
        }
        // Terms (`-weekday`) are each language's own, but every one used must exist.
        for (file, term) in used.drain(..) {
            if !terms.contains(&term) {
                problems.push(format!("{file}: the term -{term} is not defined"));
            }
        }
        terms.clear();
        keys.push((locale.tag().to_owned(), mine));
    }
    let english = keys[0].1.clone();
    for (tag, mine) in &keys[1..] {
        for missing in english.difference(mine) {
            problems.push(format!("{tag}: missing {missing}"));
        }
        for extra in mine.difference(&english) {
            problems.push(format!("{tag}: {extra} is not an English key"));
        }
    }
    problems
}

/// Calls `found` with the name of every term `pattern` refers to, in selectors too.
fn term_references(pattern: &fluent_syntax::ast::Pattern<&str>, found: &mut impl FnMut(&str)) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, found: &mut impl FnMut(&str)) {
        match e {
            InlineExpression::TermReference { id, arguments, .. } => {
                found(id.name);
                if let Some(args) = arguments {
                    for a in &args.positional {
                        inline(a, found);
                    }
                    for a in &args.named {
                        inline(&a.value, found);
                    }
                }
            }
            InlineExpression::Placeable { expression } => expression_refs(expression, found),
            _ => {}
        }
    }
    fn expression_refs(e: &Expression<&str>, found: &mut impl FnMut(&str)) {
        match e {
            Expression::Inline(i) => inline(i, found),
            Expression::Select { selector, variants } => {
                inline(selector, found);
                for v in variants {
                    term_references(&v.value, found);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_refs(expression, found);
        }
    }
}

#[cfg(test)]
mod tests;

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
mod pseudo;

pub use numbers::{format_list, format_number};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));
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
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
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
/// message, a field's problem), in `locale`: the catalogue's `error-*` messages are looked up
/// by their English text. Text with no such message stays as it is.
pub fn translate_english(locale: Locale, english: &str) -> String {
    static BY_TEXT: OnceLock<std::collections::HashMap<String, String>> = OnceLock::new();
    if locale == Locale::En {
        return english.to_owned();
    }
    let by_text = BY_TEXT.get_or_init(|| {
        let mut map = std::collections::HashMap::new();
        for (tag, _file, text) in embedded::CATALOGUES {
            if *tag != "en" {
                continue;
            }
            let Ok(resource) = FluentResource::try_new((*text).to_owned()) else {
                continue;
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry
                    && m.id.name.starts_with("error-")
                {
                    map.insert(tr(Locale::En, m.id.name), m.id.name.to_owned());
                }
            }
        }
        map
    });
    match by_text.get(english) {
        Some(key) => tr(locale, key),
        None => english.to_owned(),
    }
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
    for locale in Locale::SHIPPED {
        let mut mine = std::collections::BTreeSet::new();
        let mut files = 0;
        for (tag, file, text) in embedded::CATALOGUES {
            if *tag != locale.tag() {
                continue;
            }
            files += 1;
            match FluentResource::try_new((*text).to_owned()) {
                Ok(resource) => {
                    for entry in resource.entries() {
                        if let fluent_syntax::ast::Entry::Message(m) = entry
                            && !mine.insert(m.id.name.to_owned())
                        {
                            problems
                                .push(format!("{tag}/{file}.ftl: {} is defined twice", m.id.name));
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

#[cfg(test)]
mod tests;

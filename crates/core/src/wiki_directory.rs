//! Reads the python.org wiki's "LocalUserGroups" page (MoinMoin markup) into a list of groups.
//!
//! Only the top-level section whose title contains "Geographical" yields entries. Inside it,
//! `== X ==` sets the region, `=== Y ===` the country (cleared by a new region), and any deeper
//! heading the [`Listing::locality`] (cleared by a new region or country).
//!
//! An entry is a bullet (` * ...`) or a line that starts with a link. Nested bullets are read by
//! their parent: under a group's bullet they are a continuation (their links and text are added
//! to that group, as with IlliPy's mailing lists); under a bullet with no link (a label such as
//! "Regional (by State)") they are groups of their own. Bullets are never nested under a plain
//! (non-bullet) line. A bullet without any link is still a group when it starts with a
//! capitalised name ("Python Peru. Send e-mail to ..."); otherwise (an e-mail address, lower-case
//! prose, an empty item) it is [`Skipped`], as is other prose in the section.
//!
//! Blank lines, headings, `##` comments, `#` processing instructions, `<<Macro>>` lines, `----`
//! rules and the `Category...` footer are structure, not content: neither listings nor skipped.

/// The `listing_source` of directory entries imported from this page.
pub const LISTING_SOURCE: &str = "wiki";

/// How pages name where such an entry came from.
pub const SOURCE_NAME: &str = "the python.org list of local user groups";

/// One group found on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    /// The first link's label; for a link without one, the wiki page name, or else the text
    /// after the URL up to the first separator (" - ", ". ", ...), or else the URL's host.
    /// A line that starts "Name - [[link]]" takes its name from that leading text.
    pub name: String,
    /// The first http(s) link on the line, if any.
    pub url: Option<String>,
    /// Every other external link (http, https, mailto, ...) as `(label, url)`, including those
    /// of continuation bullets; the label is the URL when the link has none.
    pub links: Vec<(String, String)>,
    /// The wiki page the name links to (`[[MelbournePUG]]`, `[[TucsonPythonUserGroup|TuPLE]]`),
    /// relative to the wiki the page came from.
    pub wiki_page: Option<String>,
    /// The `== Region ==` heading, e.g. "Europe"; empty before the first one.
    pub region: String,
    /// The `=== Country ===` heading, e.g. "Germany"; empty for entries directly under a region.
    pub country: String,
    /// The nearest `==== ... ====` (or deeper) heading under the country; usually empty.
    pub locality: String,
    /// The rest of the line (and of any continuation bullets) as plain text, markup removed.
    pub notes: String,
    /// The 1-based line number of the entry.
    pub line: usize,
}

/// A line in the directory section that looked like content but could not be read as a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The 1-based line number.
    pub line: usize,
    /// The raw line, trimmed and cut to 120 characters.
    pub text: String,
    /// Why it was not read, as a sentence.
    pub reason: String,
}

/// The outcome of [`parse`]: groups in page order, and the lines that were passed over.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The groups found.
    pub listings: Vec<Listing>,
    /// Content lines that were not groups.
    pub skipped: Vec<Skipped>,
}

/// Parses the page. Never fails: whatever cannot be read ends up in [`Parsed::skipped`].
pub fn parse(text: &str) -> Parsed {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Parsed::default();
    let (mut in_section, mut region, mut country, mut locality) =
        (false, String::new(), String::new(), String::new());
    // Open bullets: indent, and the listing a nested bullet continues (None: a label).
    let mut stack: Vec<(usize, Option<usize>)> = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let trimmed = raw.trim();
        if let Some((level, title)) = heading(trimmed) {
            stack.clear();
            match level {
                1 => in_section = title.to_lowercase().contains("geographical"),
                2 => (region, country, locality) = (title, String::new(), String::new()),
                3 => (country, locality) = (title, String::new()),
                _ => locality = title,
            }
            continue;
        }
        if !in_section || is_structure(trimmed) {
            if trimmed.is_empty() {
                stack.clear();
            }
            continue;
        }
        let indent = raw.len() - raw.trim_start().len();
        let skip = |reason: &str| Skipped {
            line: i + 1,
            text: trimmed.chars().take(120).collect(),
            reason: reason.to_owned(),
        };
        let (segs, bullet) = match trimmed.strip_prefix('*') {
            Some(item) => (tokenize(item.trim()), true),
            None => (tokenize(trimmed), false),
        };
        if !bullet {
            stack.clear();
            if !matches!(segs.first(), Some(Seg::Link(..))) {
                out.skipped
                    .push(skip("Text outside a list that does not start with a link."));
                continue;
            }
        }
        while stack.last().is_some_and(|&(open, _)| open >= indent) {
            stack.pop();
        }
        let has_link = segs.iter().any(|s| matches!(s, Seg::Link(..)));
        if bullet && !has_link && next_bullet_is_deeper(&lines[i + 1..], indent) {
            stack.push((indent, None));
            continue;
        }
        if let Some(&(_, Some(parent))) = stack.last() {
            if let Some(listing) = out.listings.get_mut(parent) {
                continue_listing(listing, &segs);
            }
            stack.push((indent, Some(parent)));
            continue;
        }
        match entry(segs).and_then(|found| match not_a_group(&found) {
            Some(reason) => Err(reason),
            None => Ok(found),
        }) {
            Ok(found) => {
                // Bullets after a plain line are not nested in it.
                if bullet {
                    stack.push((indent, Some(out.listings.len())));
                }
                out.listings.push(Listing {
                    region: region.clone(),
                    country: country.clone(),
                    locality: locality.clone(),
                    line: i + 1,
                    ..found
                });
            }
            Err(reason) => out.skipped.push(skip(reason)),
        }
    }
    out
}

/// Words that say an entry is a group of people (a user group, a meetup, a community…).
const GROUP_WORDS: [&str; 16] = [
    "user group",
    "users group",
    "users' group",
    "usergroup",
    "user's group",
    "pug",
    "pythoneers",
    "meetup",
    "meets",
    "sig",
    "community",
    "club",
    "enthusiasts",
    "dinners",
    "society",
    "association",
];

/// What an entry the page lists beside the groups is instead — a wiki, a forum, a mailing list
/// or a national site — with the reason it is skipped; `None` when it reads as a group. An
/// entry that calls itself a group is one, whatever else it mentions ("… Users Group --
/// meetings monthly, see the wiki").
fn not_a_group(listing: &Listing) -> Option<&'static str> {
    let name = format!(" {} ", listing.name).to_lowercase();
    let all = format!(" {} {} ", listing.name, listing.notes).to_lowercase();
    if GROUP_WORDS.iter().any(|w| has_word(&all, w)) {
        return None;
    }
    // What the entry calls itself decides first ("Russian Python Site — contains forums").
    kind_of(&name).or_else(|| kind_of(&all))
}

fn kind_of(text: &str) -> Option<&'static str> {
    let site = [
        "python site",
        "python website",
        " site about",
        " website about",
    ];
    if site.iter().any(|s| text.contains(s)) || text.trim_start().starts_with("site ") {
        Some("A national Python site the page lists beside the groups, not a group.")
    } else if has_word(text, "wiki") {
        Some("A wiki the page lists beside the groups, not a group.")
    } else if has_word(text, "forum") || has_word(text, "forums") {
        Some("A forum the page lists beside the groups, not a group.")
    } else if has_word(text, "mailing list") || has_word(text, "mailing lists") {
        Some("A mailing list the page lists beside the groups, not a group.")
    } else {
        None
    }
}

/// Whether `text` holds `word` between non-alphanumeric characters.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `= Title =` → (1, "Title"). Unbalanced markers are forgiven; an empty title is no heading.
fn heading(line: &str) -> Option<(usize, String)> {
    let inner = line.strip_prefix('=')?.strip_suffix('=')?;
    let level = 1 + inner.len() - inner.trim_start_matches('=').len();
    let title = inner.trim_matches('=').trim();
    (!title.is_empty()).then(|| (level, title.to_owned()))
}

/// Lines that carry page structure rather than content.
fn is_structure(line: &str) -> bool {
    line.is_empty()
        || line.starts_with('#')
        || (line.starts_with("<<") && line.ends_with(">>"))
        || (line.len() >= 4 && line.chars().all(|c| c == '-'))
        || line.split_whitespace().all(|w| w.starts_with("Category"))
}

fn next_bullet_is_deeper(rest: &[&str], indent: usize) -> bool {
    rest.iter()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim_start().starts_with('*') && l.len() - l.trim_start().len() > indent)
}

/// A piece of a line: plain text, or a link `(target, label)` where the target is a URL or a
/// wiki page name.
enum Seg {
    Text(String),
    Link(String, Option<String>),
}

fn starts_with_ci(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

fn is_external(target: &str) -> bool {
    target.contains("://") || starts_with_ci(target, "mailto:")
}

fn is_web(target: &str) -> bool {
    starts_with_ci(target, "http://") || starts_with_ci(target, "https://")
}

/// MoinMoin's WikiName: ASCII letters and digits, capitalised, with a capital after a small
/// letter (`FrontRangePythoneers`, `PyKhmer`; not `Python` or `USA`).
fn is_camel(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_uppercase)
        && bytes.iter().all(u8::is_ascii_alphanumeric)
        && bytes
            .windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

/// Splits a line into text and links: `[[target|label]]`, `[[target]]`, the older
/// `[url label]`, `[WikiName]` and `["Page"]`, and bare `http(s)://` URLs. A leading WikiName
/// is a link too. Anything unbalanced is kept as text.
fn tokenize(line: &str) -> Vec<Seg> {
    let mut segs = Vec::new();
    let mut text = String::new();
    let mut rest = line;
    let push = |segs: &mut Vec<Seg>, text: &mut String, seg: Seg| {
        if !text.is_empty() {
            segs.push(Seg::Text(std::mem::take(text)));
        }
        segs.push(seg);
    };
    let first = line.split_whitespace().next().unwrap_or("");
    if is_camel(first) {
        push(&mut segs, &mut text, Seg::Link(first.to_owned(), None));
        rest = line.trim_start()[first.len()..].trim_start();
        text.push(' ');
    }
    // Once a `[[` (or `[`) finds no closer, no later one will: stop looking (keeps it linear).
    let (mut closers2, mut closers1) = (true, true);
    while let Some(c) = rest.chars().next() {
        if let Some(body) = rest.strip_prefix("[[").filter(|_| closers2)
            && let Some(end) = body.find("]]").or_else(|| {
                closers2 = false;
                None
            })
        {
            let mut parts = body[..end].splitn(3, '|');
            let target = parts.next().unwrap_or("").trim().to_owned();
            let label = parts.next().map(clean).filter(|l| !l.is_empty());
            if target.is_empty() {
                text.push_str(label.as_deref().unwrap_or(""));
            } else {
                push(&mut segs, &mut text, Seg::Link(target, label));
            }
            rest = &body[end + 2..];
            continue;
        }
        if let Some(body) = rest.strip_prefix('[').filter(|_| closers1)
            && let Some(end) = body.find(']').or_else(|| {
                closers1 = false;
                None
            })
        {
            let inner = body[..end].trim();
            let (target, label) = inner.split_once(' ').unwrap_or((inner, ""));
            let quoted = inner.len() > 2 && inner.starts_with('"') && inner.ends_with('"');
            let link = if is_external(target) {
                Some(Seg::Link(
                    target.to_owned(),
                    Some(clean(label)).filter(|l| !l.is_empty()),
                ))
            } else if is_camel(inner) || quoted {
                Some(Seg::Link(inner.trim_matches('"').to_owned(), None))
            } else {
                None
            };
            if let Some(link) = link {
                push(&mut segs, &mut text, link);
                rest = &body[end + 1..];
                continue;
            }
        }
        let at_word = text
            .chars()
            .next_back()
            .is_none_or(|p| p.is_whitespace() || p == '(');
        if at_word && is_web(rest) {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let url = rest[..end].trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
            push(&mut segs, &mut text, Seg::Link(url.to_owned(), None));
            rest = &rest[url.len()..];
            continue;
        }
        text.push(c);
        rest = &rest[c.len_utf8()..];
    }
    if !text.trim().is_empty() {
        segs.push(Seg::Text(text));
    }
    segs
}

/// Plain text: `'''bold'''` and `''italic''` markers and inline `<<Macros>>` removed,
/// whitespace collapsed.
fn clean(text: &str) -> String {
    let mut plain = text.replace("'''", "").replace("''", "");
    while let Some(start) = plain.find("<<") {
        let Some(len) = plain[start..].find(">>") else {
            break;
        };
        plain.replace_range(start..start + len + 2, " ");
    }
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn plain(segs: &[Seg]) -> String {
    let parts: Vec<&str> = segs
        .iter()
        .map(|s| match s {
            Seg::Text(t) => t.as_str(),
            Seg::Link(target, label) => label.as_deref().unwrap_or(target),
        })
        .collect();
    clean(&parts.concat())
}

const SEPARATORS: [&str; 6] = [" - ", " -- ", " – ", ": ", ". ", " ("];

fn trim_separators(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | ':' | ',' | ';'))
}

/// Notes also lose a leading "." (`[[url|Name]]. Meets...`), but keep a trailing one.
fn trim_notes(text: &str) -> String {
    trim_separators(text.trim_start_matches(|c: char| c == '.' || c.is_whitespace())).to_owned()
}

/// Cuts "Name - the rest" into ("Name", "the rest") at the earliest separator.
fn split_name(text: &str) -> (String, String) {
    let text = trim_separators(text);
    let cut = SEPARATORS
        .iter()
        .filter_map(|s| text.find(s))
        .min()
        .unwrap_or(text.len());
    let (name, rest) = text.split_at(cut);
    (trim_separators(name).to_owned(), trim_notes(rest))
}

fn join(a: &str, b: &str) -> String {
    trim_notes(&format!("{a} {b}"))
}

/// Reads one entry; the caller fills in where it sits on the page.
fn entry(segs: Vec<Seg>) -> Result<Listing, &'static str> {
    let first = segs.iter().position(|s| matches!(s, Seg::Link(..)));
    let lead = plain(&segs[..first.unwrap_or(segs.len())]);
    let url_at = segs
        .iter()
        .position(|s| matches!(s, Seg::Link(t, _) if is_web(t)));
    let link = first.and_then(|i| match segs.get(i) {
        Some(Seg::Link(target, label)) => Some((i, target, label)),
        _ => None,
    });
    let (name, notes, wiki_page) = match link {
        Some((i, _, _))
            if lead.ends_with(['-', '–', ':']) && !trim_separators(&lead).is_empty() =>
        {
            (trim_separators(&lead).to_owned(), plain(&segs[i..]), None)
        }
        Some((i, target, label)) => {
            let after = plain(&segs[i + 1..]);
            let page = Some(target.clone()).filter(|t| !is_external(t));
            match label {
                Some(label) => (label.clone(), join(&lead, &after), page),
                None if page.is_some() => (target.clone(), join(&lead, &after), page),
                None => {
                    let (name, rest) = split_name(&after);
                    let host = url::Url::parse(target)
                        .ok()
                        .and_then(|u| u.host_str().map(str::to_owned));
                    let name = Some(name).filter(|n| !n.is_empty()).or(host);
                    (
                        name.unwrap_or_else(|| target.clone()),
                        join(&lead, &rest),
                        None,
                    )
                }
            }
        }
        _ => {
            let (name, rest) = split_name(&lead);
            let usable = name
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() && !c.is_lowercase())
                && name.chars().count() <= 80
                && !name.contains(['@', '[']);
            if !usable {
                return Err(if lead.is_empty() {
                    "An empty list item."
                } else if lead.contains('@') || lead.contains("[at]") {
                    "No link or name: the item is an e-mail address, not a group."
                } else {
                    "No link or name: the item has no link and does not start with a name."
                });
            }
            (name, rest, None)
        }
    };
    let links = segs
        .iter()
        .enumerate()
        .filter(|&(i, _)| Some(i) != url_at)
        .filter_map(|(_, s)| match s {
            Seg::Link(t, label) if is_external(t) => {
                Some((label.clone().unwrap_or_else(|| t.clone()), t.clone()))
            }
            _ => None,
        })
        .collect();
    let url = url_at.and_then(|i| match segs.get(i) {
        Some(Seg::Link(t, _)) => Some(t.clone()),
        _ => None,
    });
    Ok(Listing {
        name: trim_separators(&name).to_owned(),
        url,
        links,
        wiki_page,
        region: String::new(),
        country: String::new(),
        locality: String::new(),
        notes,
        line: 0,
    })
}

/// Adds a nested bullet's external links and text to the group it sits under.
fn continue_listing(listing: &mut Listing, segs: &[Seg]) {
    for seg in segs {
        if let Seg::Link(t, label) = seg
            && is_external(t)
            && listing.url.as_deref() != Some(t)
            && !listing.links.iter().any(|(_, u)| u == t)
        {
            listing
                .links
                .push((label.clone().unwrap_or_else(|| t.clone()), t.clone()));
        }
    }
    listing.notes = join(&listing.notes, &plain(segs));
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = include_str!("../tests/fixtures/local_user_groups.moin");

    fn find<'a>(parsed: &'a Parsed, name: &str) -> &'a Listing {
        let found = parsed.listings.iter().find(|l| l.name == name);
        found.unwrap_or_else(|| panic!("no listing named {name:?}"))
    }

    fn geo(lines: &[&str]) -> Parsed {
        parse(&format!("= Geographical =\n{}", lines.join("\n")))
    }

    #[test]
    fn the_python_org_page_is_read_region_by_region() {
        let parsed = parse(PAGE);
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for l in &parsed.listings {
            match counts.last_mut() {
                Some((region, n)) if *region == l.region => *n += 1,
                _ => counts.push((&l.region, 1)),
            }
        }
        let expected = [
            ("Asia", 18),
            ("Oceania", 7),
            ("Canada", 7),
            ("Caribbean", 2),
            ("Europe", 43),
            ("Latin America", 17),
            ("Middle East", 2),
            ("Africa", 4),
            ("New Zealand", 2),
            ("USA", 55),
        ];
        assert_eq!(counts, expected);
        assert_eq!(parsed.listings.len(), 157);
        assert!(
            parsed
                .listings
                .iter()
                .all(|l| l.line >= 20 && !l.name.is_empty())
        );

        let khmer = &parsed.listings[0];
        assert_eq!(khmer.name, "Python Cambodian User Group");
        assert_eq!((&*khmer.region, &*khmer.country), ("Asia", "Cambodia"));
        assert_eq!(khmer.url.as_deref(), Some("http://pykhmer.org/"));
        assert_eq!(
            (&*khmer.notes, khmer.line),
            ("Cambodian Python User Group", 20)
        );
        assert_eq!(find(&parsed, "PyTPUG").country, "Thailand/ประเทศไทย");
        let hamburg = find(&parsed, "Hamburg Python User Group");
        assert_eq!((&*hamburg.region, &*hamburg.country), ("Europe", "Germany"));
        let berlin = find(&parsed, "PUB").url.as_deref();
        assert_eq!(berlin, Some("http://wiki.python.de/User_Group_Berlin"));
        assert_eq!(find(&parsed, "Danish Python user group").country, "Denmark");
        let montreal = find(&parsed, "MontrealPython");
        assert_eq!((&*montreal.region, &*montreal.country), ("Canada", ""));
        let melbourne = find(&parsed, "MelbournePUG");
        assert_eq!(melbourne.url, None);
        assert_eq!(melbourne.wiki_page.as_deref(), Some("MelbournePUG"));
        let mail = (
            "Anthony Briggs".to_owned(),
            "mailto:anthony.briggs@gmail.com".to_owned(),
        );
        assert_eq!(melbourne.links, [mail]);
        assert_eq!(find(&parsed, "Python Peru").url, None);
        assert_eq!(find(&parsed, "FrontRangePythoneers").country, "Colorado");
        let tulsa = find(&parsed, "Tulsa Python Users Group").url.as_deref();
        assert_eq!(tulsa, Some("http://tulsapython.com"));

        // Under "Regional (by State)": groups of their own. Under IlliPy: its mailing lists.
        let sp = find(&parsed, "Grupy-SP");
        assert_eq!((&*sp.country, sp.links.len(), sp.line), ("Brazil", 2, 175));
        assert!(find(&parsed, "Conference PythonBrasil").links.is_empty());
        let illipy = find(&parsed, "IlliPy - The Champaign-Urbana Python Users Group");
        let lists: Vec<&str> = illipy.links.iter().map(|(label, _)| &**label).collect();
        assert_eq!(lists, ["illipy-announce", "illipy-discuss"]);

        // Beside the groups the page lists wikis, forums, mailing lists and national sites:
        // each is skipped with what it is; groups that mention a wiki or a list stay groups.
        let skipped: Vec<(usize, &str)> = parsed
            .skipped
            .iter()
            .map(|s| (s.line, s.reason.split(' ').nth(1).unwrap_or("")))
            .collect();
        assert_eq!(
            skipped,
            [
                (21, "wiki"),
                (22, "link"),
                (56, "mailing"),
                (93, "wiki"),
                (94, "forum"),
                (95, "mailing"),
                (96, "national"),
                (103, "national"),
                (109, "national"),
                (119, "national"),
                (128, "national"),
            ]
        );
        assert!(parsed.skipped[1].reason.contains("e-mail address"));
        for group in [
            "BangPypers (Bangalore Python Users Group)",
            "Omaha Python Users Group",
            "JamaicanPy",
            "PythOnRio",
            "PyTUG Wiki",
        ] {
            find(&parsed, group);
        }
    }

    #[test]
    fn only_the_geographical_section_counts() {
        let page = [
            "#acl All:read",
            " * [[http://a.example|Intro]]",
            "= Starting =",
            " * [[http://b.example|B]]",
            "= Geographical Breakdown =",
            "## a comment",
            "<<TableOfContents>>",
            "== Europe ==",
            "[[http://c.example/x|C]] - first",
            "=== Spain ===",
            "==== Madrid ====",
            " * [[http://d.example|D]]",
            "=== Italy ===",
            " * [[http://e.example|E]]",
            "= Later =",
            " * [[http://f.example|F]]",
            "----",
        ];
        let parsed = parse(&page.join("\n"));
        let got: Vec<[&str; 5]> = parsed
            .listings
            .iter()
            .map(|l| [&*l.name, &*l.region, &*l.country, &*l.locality, &*l.notes])
            .collect();
        let want = [
            ["C", "Europe", "", "", "first"],
            ["D", "Europe", "Spain", "Madrid", ""],
            ["E", "Europe", "Italy", "", ""],
        ];
        assert_eq!(got, want);
        assert!(parsed.skipped.is_empty());
    }

    #[test]
    fn names_urls_links_and_notes_follow_the_rules() {
        let parsed = geo(&[
            " * [[http://a.example/|''A'' PUG]] - '''meets''' monthly [[http://b.example|list]], [[mailto:x@y.z|mail]]",
            " * http://www.c.example/path Cee Group - since 2009.",
            " * [[https://d.example]] - the rest",
            " * [Old_Page] [http://e.example Ee] [EeGroup] - old syntax",
            " * [[WikiPage|Wiki Group]]. Meets often",
            " * Tulsa PUG - [[http://t.example|Website]], [[http://l.example|Mailing list]]",
            " * Python Peru. Send e-mail to someone@example.org",
            " * someone[at]example[dot]org - list",
            " * just words",
            "Some prose in the section.",
        ]);
        let brief: Vec<(&str, Option<&str>, &str)> = parsed
            .listings
            .iter()
            .map(|l| (&*l.name, l.url.as_deref(), &*l.notes))
            .collect();
        let want = [
            (
                "A PUG",
                Some("http://a.example/"),
                "meets monthly list, mail",
            ),
            (
                "Cee Group",
                Some("http://www.c.example/path"),
                "since 2009.",
            ),
            ("the rest", Some("https://d.example"), ""),
            (
                "Ee",
                Some("http://e.example"),
                "[Old_Page] EeGroup - old syntax",
            ),
            ("Wiki Group", None, "Meets often"),
            (
                "Tulsa PUG",
                Some("http://t.example"),
                "Website, Mailing list",
            ),
            ("Python Peru", None, "Send e-mail to someone@example.org"),
        ];
        assert_eq!(brief, want);
        let links: Vec<(&str, &str)> = parsed.listings[0]
            .links
            .iter()
            .map(|(l, u)| (&**l, &**u))
            .collect();
        assert_eq!(
            links,
            [("list", "http://b.example"), ("mail", "mailto:x@y.z")]
        );
        assert_eq!(parsed.listings[4].wiki_page.as_deref(), Some("WikiPage"));
        let lines: Vec<usize> = parsed.skipped.iter().map(|s| s.line).collect();
        assert_eq!(lines, [9, 10, 11]);
        let reasons: Vec<&str> = parsed.skipped.iter().map(|s| &*s.reason).collect();
        assert!(reasons[0].contains("e-mail address"));
        assert!(reasons[1].starts_with("No link or name"));
        assert!(reasons[2].contains("outside a list"));
        // A URL with no label and no text after it is named by its host.
        let bare = geo(&[" * [[http://host.example/x]]"]);
        assert_eq!(bare.listings[0].name, "host.example");
    }

    #[test]
    fn nested_bullets_continue_a_group_unless_under_a_label() {
        let parsed = geo(&[
            "=== X ===",
            " * [[http://a.example|A]] - group",
            "  * See the [[http://a.example/list|list]]",
            "   * and [[http://a.example/more|more]]",
            "  * [[http://a.example|A]] again",
            " * Regional",
            "  * [[http://b.example|B]] - city",
            "  * [[http://c.example|C]] - town",
            "[[http://d.example|D]] - not a bullet",
            " * [[http://e.example|E]] - not nested under D",
        ]);
        let names: Vec<&str> = parsed.listings.iter().map(|l| &*l.name).collect();
        assert_eq!(names, ["A", "B", "C", "D", "E"]);
        let a = &parsed.listings[0];
        assert_eq!(a.links.len(), 2);
        assert_eq!(a.notes, "group See the list and more A again");
        assert!(parsed.skipped.is_empty());
    }

    #[test]
    fn odd_input_never_panics() {
        let pages = [
            String::new(),
            "\n\n\r\n".to_owned(),
            "=\n==\n= =\n====\n= Geographical =\n== A ==\n=== B ===\n==== C ====".to_owned(),
            "= Geographical =\n * [[|]]\n * [[\n * [[http://x|unbalanced\n * [http://\n *\n*".to_owned(),
            "= Geographical =\n [[]]\n [[|x]]\n * http://\n * https://. \n * [\"\"] [\"P\"] ]] ] [[ [".to_owned(),
            "= Geographical =\n * [[http://ไทย.example|ประเทศไทย]] ไทย\n * ประเทศไทย - ไทย\n== ไทย ==".to_owned(),
            format!("= Geographical =\n * {}\n * {}", "[[".repeat(20_000), "x ".repeat(50_000)),
        ];
        for page in &pages {
            let parsed = parse(page);
            assert!(parsed.skipped.iter().all(|s| s.text.chars().count() <= 120));
            assert!(parsed.skipped.iter().all(|s| !s.reason.is_empty()));
        }
        assert_eq!(geo(&[" * [[|]]"]).skipped[0].reason, "An empty list item.");
        let name = |line: &str| geo(&[line]).listings[0].name.clone();
        assert_eq!(name(" * [[http://ไทย.example|ไทย]]"), "ไทย");
        assert_eq!(name(" * ประเทศไทย - กลุ่ม"), "ประเทศไทย");
        assert_eq!(name(" * [[http://x.example|.NET]]. Meets"), ".NET");
    }
}

//! What the event page offers to search engines and calendars: schema.org structured data
//! (JSON-LD) for public groups' events, and "add to calendar" links.

use muster_app::events::rfc3339_in;
use muster_core::{Timestamp, event::EventStatus};
use muster_db::{
    events::{EventRow, VenueRow},
    groups::GroupRow,
};

/// How much of the description structured data and calendar links carry.
const JSON_LD_DESCRIPTION: usize = 500;
const CALENDAR_DETAILS: usize = 300;

/// What a query value keeps as it is: RFC 3986's unreserved characters. Everything else,
/// spaces included, is percent-encoded (`%20`, never `+`).
const QUERY_VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn query_value(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, QUERY_VALUE).to_string()
}

/// At most `max` characters of `text`, with an ellipsis when cut: between words when a word
/// boundary lies in the second half, else inside a word (always on a character boundary).
fn truncate_chars(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let keep = max.saturating_sub(1);
    let mut cut: String = text.chars().take(keep).collect();
    let next_is_space = text.chars().nth(keep).is_some_and(char::is_whitespace);
    if !next_is_space
        && let Some(space) = cut.rfind(char::is_whitespace)
        && cut[..space].chars().count() >= keep / 2
    {
        cut.truncate(space);
    }
    format!("{}…", cut.trim_end())
}

/// The event's description as plain text, cut to `max` characters.
fn plain_description(e: &EventRow, max: usize) -> String {
    truncate_chars(&html_to_text(&e.description_html), max)
}

/// The text of sanitized HTML (the stored rendering of a description): tags dropped, block
/// ends and line breaks as spaces, character references decoded, whitespace collapsed.
/// Attribute values are skipped whole, quotes respected, so a `>` inside one ends nothing.
fn html_to_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut chars = html.chars();
    while let Some(c) = chars.next() {
        if c != '<' {
            text.push(c);
            continue;
        }
        let mut name = String::new();
        let mut in_name = true;
        let mut quote: Option<char> = None;
        for c in chars.by_ref() {
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == '>' => break,
                None if c == '"' || c == '\'' => quote = Some(c),
                None if in_name && (c.is_ascii_alphanumeric() || (c == '/' && name.is_empty())) => {
                    name.push(c.to_ascii_lowercase());
                }
                None => in_name = false,
            }
        }
        let block = matches!(
            name.trim_start_matches('/'),
            "p" | "br"
                | "li"
                | "ul"
                | "ol"
                | "div"
                | "blockquote"
                | "pre"
                | "hr"
                | "table"
                | "tr"
                | "td"
                | "th"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
        );
        if block {
            text.push(' ');
        }
    }
    decode_references(&text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Decodes the character references a serializer writes (`&amp;`, `&lt;`, `&gt;`, `&quot;`,
/// `&nbsp;`, `&#39;`, numeric ones); anything else stays as written.
fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let reference = rest
            .find(';')
            .filter(|&end| end <= 10)
            .map(|end| (&rest[1..end], end));
        let decoded = reference.and_then(|(name, end)| {
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .map(|hex| u32::from_str_radix(hex, 16))
                    .or_else(|| name.strip_prefix('#').map(str::parse::<u32>))
                    .and_then(Result::ok)
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A venue's address on one line ("1 Park Row, Leeds").
pub use muster_db::events::{one_line, place_text};

/// JSON made safe inside an HTML `<script>` element: `<`, `>` and `&` (which only occur inside
/// strings in serialized JSON) become `\u` escapes, so no value can close the element or open
/// a comment (SECURITY 17); U+2028 and U+2029 too, for parsers that treat the text as script.
fn script_safe_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// schema.org `Event` structured data (JSON-LD) for search engines, ready to sit inside a
/// `<script type="application/ld+json">`. Only published and cancelled events of public groups
/// have it: a private group's events never leak through it (SECURITY 15), whoever looks. The
/// online link is for the people going: an online event's location is its page.
pub(super) fn event_json_ld(
    base_url: &str,
    group: &GroupRow,
    e: &EventRow,
    venue: Option<&VenueRow>,
) -> Option<String> {
    use serde_json::json;
    if !muster_core::policy::syndicated(&group.facts()) {
        return None;
    }
    let status = e.status();
    if status == EventStatus::Draft {
        return None;
    }
    let tz = e.timezone();
    let url = format!("{base_url}{}", e.path(&group.slug));
    let online =
        (!e.online_url.is_empty()).then(|| json!({"@type": "VirtualLocation", "url": url}));
    let (mode, location) = match (venue.map(|v| venue_place(v, group)), online) {
        (Some(place), Some(online)) => ("Mixed", json!([place, online])),
        (Some(place), None) => ("Offline", place),
        (None, Some(online)) => ("Online", online),
        // Neither venue nor link yet: in person, somewhere in the group's town.
        (None, None) => ("Offline", group_place(group)),
    };
    let event_status = match (status, e.previous_starts_at) {
        (EventStatus::Cancelled, _) => "EventCancelled",
        (_, Some(_)) => "EventRescheduled",
        _ => "EventScheduled",
    };
    let mut doc = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": e.title,
        "startDate": rfc3339_in(e.starts_at, tz),
        "endDate": rfc3339_in(e.ends_at, tz),
        "eventStatus": format!("https://schema.org/{event_status}"),
        "eventAttendanceMode": format!("https://schema.org/{mode}EventAttendanceMode"),
        "organizer": {
            "@type": "Organization",
            "name": group.name,
            "url": format!("{base_url}/g/{}", group.slug),
        },
        "url": url,
        "isAccessibleForFree": true,
    });
    let description = plain_description(e, JSON_LD_DESCRIPTION);
    if !description.is_empty() {
        doc["description"] = json!(description);
    }
    doc["location"] = location;
    if let Some(logo) =
        crate::pages::absolute_url(base_url, &crate::groups::views::logo_href(group))
    {
        doc["image"] = json!([logo]);
    }
    if let (Some(previous), false) = (e.previous_starts_at, status == EventStatus::Cancelled) {
        doc["previousStartDate"] = json!(rfc3339_in(previous, tz));
    }
    serde_json::to_string(&doc)
        .ok()
        .map(|json| script_safe_json(&json))
}

/// A venue as a schema.org `Place`. An address written on several lines reads as street
/// lines and a last line naming the town (`1 Park Row` / `Leeds`); on one line the parts cannot
/// be told apart, so it stays one text.
fn venue_place(v: &VenueRow, group: &GroupRow) -> serde_json::Value {
    use serde_json::json;
    let mut place = json!({"@type": "Place", "name": v.name});
    let lines: Vec<&str> = v
        .address
        .lines()
        .map(|l| l.trim().trim_end_matches(','))
        .filter(|l| !l.is_empty())
        .collect();
    match lines.as_slice() {
        [] => {}
        [one] => place["address"] = json!(one),
        [street @ .., town] => {
            let mut address = json!({
                "@type": "PostalAddress",
                "streetAddress": street.join(", "),
                "addressLocality": town,
            });
            if !group.country.is_empty() {
                address["addressCountry"] = json!(group.country);
            }
            place["address"] = address;
        }
    }
    if let (Some(latitude), Some(longitude)) = (v.latitude, v.longitude) {
        place["geo"] =
            json!({"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude});
    }
    place
}

/// Where an event with no venue yet takes place, as far as anyone knows: the group's town (or,
/// without one, the group's name).
fn group_place(group: &GroupRow) -> serde_json::Value {
    use serde_json::json;
    if group.city.is_empty() {
        return json!({"@type": "Place", "name": group.name});
    }
    let mut address = json!({"@type": "PostalAddress", "addressLocality": group.city});
    if !group.country.is_empty() {
        address["addressCountry"] = json!(group.country);
    }
    json!({"@type": "Place", "name": group.city, "address": address})
}

/// Open Graph and Twitter Card data for a public group's published or cancelled event (none
/// for private groups and drafts, like the JSON-LD).
pub(super) fn event_social(
    base_url: &str,
    group: &GroupRow,
    e: &EventRow,
    when: &str,
) -> Option<crate::pages::Social> {
    if !muster_core::policy::syndicated(&group.facts()) || e.status() == EventStatus::Draft {
        return None;
    }
    let description = plain_description(e, 200);
    Some(crate::pages::Social {
        title: format!("{} · {}", e.title, group.name),
        description: if description.is_empty() {
            format!("{when}, with {}.", group.name)
        } else {
            description
        },
        image: crate::pages::absolute_url(base_url, &crate::groups::views::logo_href(group))
            .unwrap_or_default(),
    })
}

/// "Add to calendar": the event's `.ics` file, and Google Calendar's and Outlook.com's
/// "new event" pages filled in. Only for published events.
#[derive(Debug, Clone)]
pub struct CalendarLinks {
    pub ics: String,
    pub google: String,
    pub outlook: String,
}

pub(super) fn calendar_links(
    base_url: &str,
    group: &GroupRow,
    e: &EventRow,
    venue: Option<&VenueRow>,
) -> Option<CalendarLinks> {
    if e.status() != EventStatus::Published {
        return None;
    }
    let path = e.path(&group.slug);
    let url = format!("{base_url}{path}");
    let description = plain_description(e, CALENDAR_DETAILS);
    let details = if description.is_empty() {
        url
    } else {
        format!("{description}\n\n{url}")
    };
    let place = place_text(e, venue);
    let (title, details, place) = (
        query_value(&e.title),
        query_value(&details),
        query_value(&place),
    );
    let compact = |at: Timestamp| at.as_datetime().format("%Y%m%dT%H%M%SZ").to_string();
    let utc = |at: Timestamp| {
        at.as_datetime()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    };
    Some(CalendarLinks {
        ics: format!("{path}.ics"),
        google: format!(
            "https://calendar.google.com/calendar/render?action=TEMPLATE&text={title}&dates={}/{}&details={details}&location={place}",
            compact(e.starts_at),
            compact(e.ends_at),
        ),
        outlook: format!(
            "https://outlook.live.com/calendar/0/action/compose?subject={title}&startdt={}&enddt={}&body={details}&location={place}",
            query_value(&utc(e.starts_at)),
            query_value(&utc(e.ends_at)),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_cannot_close_its_script_element() {
        let doc = serde_json::json!({"name": "</script><script>alert(1)</script><!-- & \u{2028}"});
        let safe = script_safe_json(&serde_json::to_string(&doc).unwrap());
        assert!(
            !safe.contains('<') && !safe.contains('>') && !safe.contains('&'),
            "{safe}"
        );
        assert!(safe.contains(r"\u003c/script\u003e"), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, doc, "still the same JSON");
    }

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(
            query_value("Pizza & Python: 100% fun?\n#1 a+b/c é"),
            "Pizza%20%26%20Python%3A%20100%25%20fun%3F%0A%231%20a%2Bb%2Fc%20%C3%A9"
        );
        assert_eq!(query_value("safe-._~AZaz09"), "safe-._~AZaz09");
    }

    #[test]
    fn descriptions_read_as_plain_text() {
        let html = muster_core::markdown::to_safe_html(
            "# Title\n\nSome **bold** [link](https://x.org \"a>b\").\n\n* one\n* two &amp; <three>\n\nA&nbsp;B \"q\" it's",
        );
        assert_eq!(
            html_to_text(&html),
            "Title Some bold link. one two & <three> A B \"q\" it's"
        );
        assert_eq!(html_to_text(""), "");
        assert_eq!(html_to_text("a&bogus;b &#x41;&#66; &"), "a&bogus;b AB &");
    }

    #[test]
    fn truncation_counts_characters() {
        assert_eq!(truncate_chars("short", 10), "short");
        assert_eq!(truncate_chars("ééééé", 5), "ééééé");
        assert_eq!(truncate_chars("éééééé", 5), "éééé…");
        assert_eq!(truncate_chars("word word word", 7), "word…");
        assert_eq!(truncate_chars("word word", 6), "word…");
        assert_eq!(truncate_chars("a verylongword", 8), "a veryl…");
    }
}

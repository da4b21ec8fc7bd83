//! Markdown from organizers and members, rendered with pulldown-cmark and sanitised with
//! ammonia: only safe tags survive, links are http, https or mailto and carry
//! `rel="noopener nofollow ugc"`. Raw HTML in the source is escaped, never passed through, and
//! images are dropped (a remote image is a tracking pixel).

use std::{collections::HashSet, sync::LazyLock};

use pulldown_cmark::{Event, Options, Parser, html};

/// Renders untrusted Markdown to safe HTML.
pub fn to_safe_html(source: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    // Raw HTML in the source becomes text: organizers write Markdown, not markup.
    let events = Parser::new_ext(source, options).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut unsafe_html = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events);
    CLEANER.clean(&unsafe_html).to_string()
}

/// Sanitises HTML written elsewhere (a reply from the fediverse) by the same rules.
pub fn clean_html(html: &str) -> String {
    CLEANER.clean(html).to_string()
}

/// The sanitiser's rules, built once: making them is a few hundred set inserts, which would
/// otherwise cost more than cleaning a short comment.
static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut cleaner = ammonia::Builder::default();
    cleaner
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("noopener nofollow ugc"))
        // Remote images would let anyone track who reads a page.
        .rm_tags(["img"]);
    cleaner
});

/// Plain text for places that take no markup (emails' text parts, calendar descriptions,
/// meta descriptions): Markdown syntax removed, whitespace collapsed.
pub fn to_plain_text(source: &str) -> String {
    let mut text = String::with_capacity(source.len());
    for event in Parser::new(source) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                text.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_renders_and_scripts_do_not() {
        let html = to_safe_html("# Hi\n\n**bold** and [link](https://python.org)");
        assert!(html.contains("<h1>Hi</h1>"));
        assert!(html.contains("<strong>bold</strong>"));
        assert!(
            html.contains(r#"<a href="https://python.org" rel="noopener nofollow ugc">link</a>"#),
            "{html}"
        );
    }

    /// The raw tags (not escaped text) in `html`, lower-cased, e.g. `a href="…"`.
    fn tags(html: &str) -> Vec<String> {
        html.split('<')
            .skip(1)
            .filter_map(|rest| rest.split_once('>').map(|(tag, _)| tag.to_lowercase()))
            .collect()
    }

    #[test]
    fn hostile_input_is_neutralised() {
        for hostile in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=https://evil.example></iframe>",
            "<svg onload=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "![img](https://evil.example/track.png)",
        ] {
            let html = to_safe_html(hostile);
            for tag in tags(&html) {
                let name = tag
                    .trim_start_matches('/')
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                assert!(
                    ["p", "a", "em", "strong", "code", "pre", "h1", "ul", "li"]
                        .contains(&name.as_str()),
                    "{hostile} -> unexpected tag <{tag}> in {html}"
                );
                assert!(
                    !tag.contains(" on") && !tag.contains("style="),
                    "{hostile} -> {html}"
                );
                if let Some(href) = tag.split("href=\"").nth(1) {
                    assert!(
                        href.starts_with("http") || href.starts_with("mailto:"),
                        "{hostile} -> {html}"
                    );
                }
            }
        }
    }

    #[test]
    fn plain_text_drops_syntax() {
        assert_eq!(
            to_plain_text("# Title\n\nSome **bold** [link](https://x.org)."),
            "Title Some bold link ."
        );
    }
}

//! The archive's static site: the group's page and one page per published or cancelled event,
//! plain HTML with relative links, readable from disk or any web host without Muster.

use askama::Template;
use muster_core::{Timestamp, account::Timezone, event::EventStatus, markdown};

use super::{Answers, Archive, Event};

/// The pages, as (path inside the ZIP, contents).
pub fn pages(archive: &Archive, now: Timestamp) -> Result<Vec<(String, String)>, askama::Error> {
    let common = Common::of(archive);
    let shown: Vec<&Event> = archive
        .events
        .iter()
        .filter(|e| e.status != EventStatus::Draft)
        .collect();
    let mut pages = Vec::with_capacity(shown.len() + 2);
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for e in &shown {
        let tz = Timezone::parse(&e.timezone).unwrap_or(Timezone::UTC);
        let when = muster_i18n::dates::when_text(
            common.lang,
            e.starts_at.as_datetime(),
            e.ends_at.as_datetime(),
            tz.tz(),
        );
        let line = EventLine {
            href: format!("events/{}.html", e.id),
            title: e.title.clone(),
            when: when.clone(),
            cancelled: e.status == EventStatus::Cancelled,
            going: e.answers.going,
        };
        if e.ends_at > now {
            upcoming.push(line);
        } else {
            past.push(line);
        }
        let page = event_page(archive, &common, e, when);
        pages.push((format!("site/events/{}.html", e.id), page.render()?));
    }
    past.reverse();
    let index = index_page(archive, &common, upcoming, past);
    pages.push(("site/index.html".to_owned(), index.render()?));
    if !archive.threads.is_empty() {
        let discussions = discussions_page(archive, &common);
        pages.push(("site/discussions.html".to_owned(), discussions.render()?));
    }
    pages.push(("site/style.css".to_owned(), STYLE.to_owned()));
    Ok(pages)
}

/// The page of an event, `when` it is.
fn event_page(archive: &Archive, common: &Common, e: &Event, when: String) -> EventPage {
    EventPage {
        lang: common.lang,
        root: "../",
        group_name: common.group_name.clone(),
        exported: common.exported.clone(),
        source_name: common.source_name.clone(),
        title: e.title.clone(),
        when,
        place: venue_text(archive, e),
        hosts: e.hosts.join(", "),
        answers: e.answers,
        cancelled: e.status == EventStatus::Cancelled,
        cancel_reason: e.cancel_reason.clone(),
        description_html: markdown::to_safe_html(&e.description),
        talks: e
            .talks
            .iter()
            .map(|t| TalkLine {
                title: t.title.clone(),
                speaker: t.speaker_name.clone(),
                abstract_html: markdown::to_safe_html(&t.abstract_),
                slides_url: t.slides_url.clone(),
                video_url: t.video_url.clone(),
                lightning: t.lightning,
            })
            .collect(),
        photos: e
            .photos
            .iter()
            .map(|p| SitePhoto {
                // Event pages are in site/events/, the files beside site/.
                src: format!("../../{}", p.file),
                caption: p.caption.clone(),
                width: p.width,
                height: p.height,
            })
            .collect(),
    }
}

/// Where an event takes place: its venue's name and address on one line ("" for none).
fn venue_text(archive: &Archive, e: &Event) -> String {
    e.venue_id
        .and_then(|id| archive.venues.iter().find(|v| v.id == id))
        .map(|v| {
            if v.address.is_empty() {
                v.name.clone()
            } else {
                format!("{}, {}", v.name, muster_db::events::one_line(&v.address))
            }
        })
        .unwrap_or_default()
}

/// The group's page, listing its events (`past` latest first).
fn index_page(
    archive: &Archive,
    common: &Common,
    upcoming: Vec<EventLine>,
    past: Vec<EventLine>,
) -> IndexPage {
    let group = &archive.group;
    let conduct = archive
        .conduct_versions
        .iter()
        .find(|c| c.version == group.conduct_version)
        .map(|c| markdown::to_safe_html(&c.text))
        .unwrap_or_default();
    let place = [group.city.as_str(), group.country.as_str()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    IndexPage {
        lang: common.lang,
        root: "",
        group_name: common.group_name.clone(),
        exported: common.exported.clone(),
        source_name: common.source_name.clone(),
        summary: group.summary.clone(),
        place,
        website: group.website_url.clone(),
        member_count: archive.member_count,
        description_html: markdown::to_safe_html(&group.description),
        conduct_html: conduct,
        upcoming,
        past,
        discussions: archive.threads.len() as i64,
    }
}

/// Every discussion, oldest first, each with its replies.
fn discussions_page(archive: &Archive, common: &Common) -> DiscussionsPage {
    let lang = common.lang;
    let day = |at: Timestamp| muster_i18n::dates::date_long(lang, at.as_datetime().date_naive());
    let post = |author: &str, at: Timestamp, body: &str| SitePost {
        author: author.to_owned(),
        date: day(at),
        body_html: markdown::to_safe_html(body),
    };
    DiscussionsPage {
        lang,
        root: "",
        group_name: common.group_name.clone(),
        exported: common.exported.clone(),
        source_name: common.source_name.clone(),
        threads: archive
            .threads
            .iter()
            .map(|t| SiteThread {
                id: t.id.to_string(),
                title: t.title.clone(),
                opening: post(&t.author, t.created_at, &t.body),
                replies: t
                    .replies
                    .iter()
                    .map(|r| post(&r.author, r.created_at, &r.body))
                    .collect(),
            })
            .collect(),
    }
}

/// What every page says in its header and footer, and the language it says it in.
struct Common {
    lang: muster_i18n::Locale,
    group_name: String,
    exported: String,
    source_name: String,
}

impl Common {
    fn of(archive: &Archive) -> Common {
        // The group's own language when Muster speaks it, else English.
        let lang = archive
            .group
            .language
            .as_deref()
            .and_then(muster_i18n::Locale::parse)
            .filter(|l| muster_i18n::Locale::SHIPPED.contains(l))
            .unwrap_or_default();
        Common {
            lang,
            group_name: archive.group.name.clone(),
            exported: muster_i18n::dates::date_long(
                lang,
                archive.exported_at.as_datetime().date_naive(),
            ),
            source_name: archive.source.instance_name.clone(),
        }
    }
}

struct EventLine {
    href: String,
    title: String,
    when: String,
    cancelled: bool,
    going: i64,
}

struct TalkLine {
    title: String,
    speaker: String,
    abstract_html: String,
    slides_url: String,
    video_url: String,
    lightning: bool,
}

#[derive(Template)]
#[template(path = "archive/index.html")]
struct IndexPage {
    lang: muster_i18n::Locale,
    root: &'static str,
    group_name: String,
    exported: String,
    source_name: String,
    summary: String,
    place: String,
    website: String,
    member_count: i64,
    description_html: String,
    conduct_html: String,
    upcoming: Vec<EventLine>,
    past: Vec<EventLine>,
    /// How many discussions `discussions.html` holds.
    discussions: i64,
}

#[derive(Template)]
#[template(path = "archive/discussions.html")]
struct DiscussionsPage {
    lang: muster_i18n::Locale,
    root: &'static str,
    group_name: String,
    exported: String,
    source_name: String,
    threads: Vec<SiteThread>,
}

struct SiteThread {
    id: String,
    title: String,
    opening: SitePost,
    replies: Vec<SitePost>,
}

/// A post: its author's name ("" when not named), its day, its text.
struct SitePost {
    author: String,
    date: String,
    body_html: String,
}

#[derive(Template)]
#[template(path = "archive/event.html")]
struct EventPage {
    lang: muster_i18n::Locale,
    root: &'static str,
    group_name: String,
    exported: String,
    source_name: String,
    title: String,
    when: String,
    place: String,
    hosts: String,
    answers: Answers,
    cancelled: bool,
    cancel_reason: String,
    description_html: String,
    talks: Vec<TalkLine>,
    photos: Vec<SitePhoto>,
}

/// A photo on an event's page, read from the archive's `files/`.
struct SitePhoto {
    src: String,
    caption: String,
    width: i32,
    height: i32,
}

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;\
padding:0 1rem;color:#1d1d1f}a{color:#0b57d0}.muted{color:#5f6368}.lead{font-size:1.15rem}\
ul.events{padding-left:1.2rem}ul.events li{margin:.3rem 0}footer{margin-top:3rem;\
border-top:1px solid #ddd}.photos{display:grid;grid-template-columns:repeat(auto-fill,\
minmax(10rem,1fr));gap:.5rem;padding:0}.photos li{list-style:none}.photos img{width:100%;\
height:auto;border-radius:4px}.post{border-left:3px solid #ddd;padding-left:.8rem;margin:1rem 0}\
.replies{margin-left:1.5rem}\n";

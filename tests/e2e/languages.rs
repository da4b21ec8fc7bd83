//! Languages (issue 21): pages in the language a visitor's browser asks for, the footer's
//! switch without JavaScript, the person's own setting in settings and the API, email in the
//! recipient's language with local dates, and a pseudo-locale sweep that finds any English
//! that does not come from a catalogue.

use chrono::Duration;
use muster_e2e::{
    Person, TestApp, answer, backend_test, create_event, create_group, csrf_token_in, form_post,
    group_in_leeds, join, json_body,
};
use muster_i18n::{Locale, tr};
use reqwest::{Method, header};
use serde_json::json;

/// `<html lang="…">` of a page.
fn html_lang(html: &str) -> &str {
    let at = html.find("<html lang=\"").expect("an <html lang>") + "<html lang=\"".len();
    &html[at..at + html[at..].find('"').expect("a closing quote")]
}

async fn page_with(app: &TestApp, path: &str, accept_language: &str) -> String {
    let response = TestApp::new_client()
        .get(app.url(path))
        .header(header::ACCEPT_LANGUAGE, accept_language)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

/// `text` as a page shows it (askama escapes apostrophes and quotes).
fn escaped(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('\'', "&#39;")
        .replace('"', "&#34;")
}

backend_test!(async fn a_visitor_gets_the_language_their_browser_asks_for(backend) {
    let app = TestApp::spawn(backend).await;
    let html = page_with(&app, "/groups", "ja,en;q=0.5").await;
    assert_eq!(html_lang(&html), "ja");
    let find = tr(Locale::Ja, "site-find-group");
    assert_ne!(find, tr(Locale::En, "site-find-group"));
    assert!(html.contains(&escaped(&find)), "Japanese navigation: {html}");
    assert!(!html.contains(">Find a group<"), "{html}");

    // Weights count; Traditional Chinese from a Taiwanese browser.
    let html = page_with(&app, "/", "nl;q=1, zh-TW;q=0.9, en;q=0.1").await;
    assert_eq!(html_lang(&html), "zh-TW");
    assert!(html.contains(&escaped(&tr(Locale::ZhTw, "site-log-in"))));

    // Caches keep one copy per language.
    let response = TestApp::new_client().get(app.url("/groups")).send().await.unwrap();
    assert_eq!(response.headers()[header::VARY], "Accept-Language, Cookie");

    // A language Muster lacks falls back to the instance default (English here).
    let html = page_with(&app, "/", "nl, sv;q=0.8").await;
    assert_eq!(html_lang(&html), "en");
    assert!(html.contains(">Find a group<"));
});

backend_test!(async fn api_error_messages_are_in_the_callers_language_and_codes_stay(backend) {
    let app = TestApp::spawn(backend).await;
    let refused = TestApp::new_client()
        .get(app.url("/api/v1/me"))
        .header(header::ACCEPT_LANGUAGE, "de")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 401);
    let body = json_body(refused).await;
    assert_eq!(body["code"], "unauthenticated");
    let german = tr(Locale::De, "error-please-log-in-to-do-that");
    assert_ne!(german, "Please log in to do that.");
    assert_eq!(body["message"], german.as_str());

    // A field's problem too, for a signed-in person whose language is French.
    let ada = app.person("Ada", "ada@example.org").await;
    ada.send(Method::PATCH, "/api/v1/me", &json!({"locale": "fr"})).await;
    let bad = ada.send(Method::PATCH, "/api/v1/me", &json!({"locale": "tlh"})).await;
    assert_eq!(bad.status(), 422);
    let body = json_body(bad).await;
    assert_eq!(body["code"], "invalid_input");
    assert_eq!(body["message"], tr(Locale::Fr, "error-some-fields-need-attention").as_str());
    assert_eq!(body["fields"]["locale"], tr(Locale::Fr, "error-choose-one-of-the-languages-muster").as_str());
});

backend_test!(async fn messages_with_values_and_series_rules_speak_the_readers_language(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    ada.send(Method::PATCH, "/api/v1/me", &json!({"locale": "de"})).await;

    // A field's problem that carries numbers and a field name: German, with the numbers, and
    // no English field name left in it.
    let long = "x".repeat(130);
    let bad = ada.post("/api/v1/groups/pyleeds/events", &json!({
        "title": long, "starts_at": "2026-11-18T18:30", "ends_at": "2026-11-18T21:00",
        "capacity": 100_000
    })).await;
    assert_eq!(bad.status(), 422);
    let body = json_body(bad).await;
    let title = body["fields"]["title"].as_str().unwrap();
    assert!(title.contains("120") && !title.contains("at most") && !title.contains("title"), "{body}");
    let capacity = muster_i18n::tr_args(Locale::De, "error-capacity-is-a-number-of-seats", &[("max", &10_000)]);
    assert_eq!(body["fields"]["capacity"], capacity.as_str(), "{body}");
    assert!(!capacity.contains("leave it empty"), "{capacity}");

    // A series' rule in words, in the reader's language, through the API and on its page.
    let created = ada.post("/api/v1/groups/pyleeds/series", &json!({
        "title": "PyLeeds monthly", "starts_at": "2026-11-18T18:30", "ends_at": "2026-11-18T21:00",
        "recurrence": {"frequency": {"kind": "monthly_nth_weekday", "nth": 3, "weekday": "Wed"}, "end": {"count": 12}}
    })).await;
    assert_eq!(created.status(), 201);
    let series = json_body(created).await;
    let german = series["description"].as_str().unwrap();
    assert!(german.contains("Mittwoch") && german.contains("12"), "{german}");
    assert!(!german.contains("Wednesday"), "{german}");
    let id = series["id"].as_str().unwrap();
    let page = page_with(&app, &format!("/g/pyleeds/series/{id}"), "ja").await;
    assert!(page.contains("水曜日"), "{page}");
    let english = page_with(&app, &format!("/g/pyleeds/series/{id}"), "en").await;
    assert!(english.contains("Every third Wednesday of the month, 12 times"), "{english}");

    // A first date that does not fit the rule: the weekday in the message is translated too.
    let bad = ada.post("/api/v1/groups/pyleeds/series", &json!({
        "title": "PyLeeds monthly", "starts_at": "2026-11-19T18:30", "ends_at": "2026-11-19T21:00",
        "recurrence": {"frequency": {"kind": "monthly_nth_weekday", "nth": 3, "weekday": "Wed"}, "end": {"count": 12}}
    })).await;
    assert_eq!(bad.status(), 422);
    let body = json_body(bad).await;
    let text = body.to_string();
    assert!(text.contains("Mittwoch") && !text.contains("Wednesday"), "{body}");

    // Confirmation messages of the API too.
    let signup = TestApp::new_client()
        .post(app.url("/api/v1/auth/signup"))
        .header(header::ACCEPT_LANGUAGE, "ja")
        .json(&json!({"email": "grace@example.org", "password": "correct horse battery staple", "name": "Grace"}))
        .send()
        .await
        .unwrap();
    assert_eq!(signup.status(), 201);
    let body = json_body(signup).await;
    assert_eq!(body["status"], "check_your_email");
    assert_eq!(body["message"], tr(Locale::Ja, "error-if-the-address-can-be-used").as_str());
    app.allow_unsent_mail();
});

backend_test!(async fn the_instance_default_serves_browsers_that_ask_for_nothing_we_speak(backend) {
    let app = TestApp::spawn_with(backend, |s| s.default_locale = Locale::De).await;
    let html = page_with(&app, "/", "nl").await;
    assert_eq!(html_lang(&html), "de");
    assert!(html.contains(&escaped(&tr(Locale::De, "site-find-group"))));
    // A browser that asks for one we speak still gets it.
    assert_eq!(html_lang(&page_with(&app, "/", "fr-CA").await), "fr");
});

backend_test!(async fn the_footer_switch_works_without_javascript(backend) {
    let app = TestApp::spawn(backend).await;
    // A visitor: the footer is a plain GET form; choosing French sets a cookie and comes back.
    let browser = TestApp::new_client();
    let home = browser.get(app.url("/groups")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("<form class=\"language-switch\" method=\"get\" action=\"/language\">"), "{home}");
    assert!(home.contains("<option value=\"zh-TW\" lang=\"zh-TW\">繁體中文</option>"), "{home}");
    let switched = browser
        .get(app.url("/language?lang=fr&next=%2Fgroups%3Fq%3Dpy"))
        .header(header::ACCEPT_LANGUAGE, "en")
        .send()
        .await
        .unwrap();
    assert_eq!(switched.status(), 303);
    assert_eq!(switched.headers()[header::LOCATION], "/groups?q=py");
    let page = browser
        .get(app.url("/groups"))
        .header(header::ACCEPT_LANGUAGE, "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(html_lang(&page), "fr", "the cookie outranks Accept-Language");
    assert!(page.contains("<option value=\"fr\" lang=\"fr\" selected>Français</option>"));

    // Never to another site; an unknown language is a clear error.
    let away = browser.get(app.url("/language?lang=de&next=//evil.example/")).send().await.unwrap();
    assert_eq!(away.headers()[header::LOCATION], "/");
    let unknown = browser.get(app.url("/language?lang=xx")).send().await.unwrap();
    assert_eq!(unknown.status(), 422);
    let body = unknown.text().await.unwrap();
    // In the language the browser has chosen by now (German, above), like the whole page.
    let message = tr(Locale::De, "error-choose-one-of-the-languages-listed");
    assert!(body.contains(&escaped(&message)), "{body}");

    // A signed-in person: a POST form with their form token, saved to their account.
    let ada = app.person("Ada", "ada@example.org").await;
    let (_, page) = ada.page("/groups").await;
    assert!(page.contains("<form class=\"language-switch\" method=\"post\" action=\"/language\">"));
    let token = csrf_token_in(&page);
    let forged = form_post(&ada.client, &ada.url("/language"), &[("lang", "de"), ("next", "/")]).await;
    assert_eq!(forged.status(), 403, "no form token, no change");
    let saved = ada.post_form("/language", &token, &[("lang", "de"), ("next", "/groups")]).await;
    assert_eq!(saved.status(), 303);
    assert_eq!(ada.get_json("/api/v1/me").await["locale"], "de");
    let (_, page) = ada.page("/groups").await;
    assert_eq!(html_lang(&page), "de");

    // A visitor cannot post the member's form.
    let visitor = TestApp::new_client();
    let refused = form_post(&visitor, &app.url("/language"), &[("lang", "de")]).await;
    assert_eq!(refused.status(), 401, "{:?}", refused.headers());
});

backend_test!(async fn a_person_sets_their_language_in_the_api(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    assert_eq!(ada.get_json("/api/v1/me").await["locale"], serde_json::Value::Null);
    let set = ada.send(Method::PATCH, "/api/v1/me", &json!({"locale": "zh-TW"})).await;
    assert_eq!(set.status(), 200);
    assert_eq!(json_body(set).await["locale"], "zh-TW");
    // The setting outranks the browser.
    let response = ada
        .client
        .get(ada.url("/groups"))
        .header(header::ACCEPT_LANGUAGE, "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(html_lang(&response.text().await.unwrap()), "zh-TW");
    // An unknown language: 422 with the field and a message that lists what is offered.
    let bad = ada.send(Method::PATCH, "/api/v1/me", &json!({"locale": "tlh"})).await;
    assert_eq!(bad.status(), 422);
    let body = json_body(bad).await;
    assert!(body["fields"]["locale"].as_str().unwrap().contains("zh-TW"), "{body}");
    assert_ne!(body["fields"]["locale"], "Choose one of the languages Muster speaks: en, de, es, fr, pt-BR, ja, zh-CN, zh-TW.", "in Chinese");
    assert_eq!(ada.get_json("/api/v1/me").await["locale"], "zh-TW", "nothing saved");
    // Empty: follow the browser again.
    let cleared = ada.send(Method::PATCH, "/api/v1/me", &json!({"locale": ""})).await;
    assert_eq!(json_body(cleared).await["locale"], serde_json::Value::Null);
});

backend_test!(async fn a_new_account_speaks_the_language_of_its_sign_up(backend) {
    let app = TestApp::spawn(backend).await;
    let signup = app
        .client
        .post(app.url("/api/v1/auth/signup"))
        .header(header::ACCEPT_LANGUAGE, "ja")
        .json(&json!({"email": "kenji@example.org", "password": muster_e2e::PASSWORD, "name": "Kenji"}))
        .send()
        .await
        .unwrap();
    assert_eq!(signup.status(), 201);
    let mail = app.expect_one_mail_to("kenji@example.org").await;
    assert!(mail.html.contains("<html lang=\"ja\">"), "{}", mail.html);
    assert!(!mail.subject.contains("Confirm"), "a Japanese subject: {}", mail.subject);
    assert!(mail.subject.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)), "{}", mail.subject);
    let kenji = app.logged_in(String::new(), "kenji@example.org").await;
    assert_eq!(kenji.get_json("/api/v1/me").await["locale"], "ja");
});

/// The date line of a reminder's text part.
fn when_line(text: &str) -> String {
    text.lines()
        .find(|l| l.contains("2026"))
        .unwrap_or_default()
        .to_owned()
}

backend_test!(async fn each_member_is_reminded_in_their_own_language(backend) {
    let app = TestApp::spawn(backend).await;
    let organizer = app.person("Olu", "olu@example.org").await;
    create_group(&organizer, group_in_leeds("pytaipei", json!({"timezone": "Asia/Taipei"}))).await;
    let mei = app.person("Mei", "mei@example.org").await;
    let jonas = app.person("Jonas", "jonas@example.org").await;
    for (person, tag) in [(&mei, "zh-TW"), (&jonas, "de")] {
        let r = person.send(Method::PATCH, "/api/v1/me", &json!({"locale": tag})).await;
        assert_eq!(r.status(), 200);
        join(person, "pytaipei").await;
    }
    let event = create_event(
        &organizer,
        "pytaipei",
        json!({"title": "Taipei.py December", "description": "Talks.",
               "starts_at": "2026-12-17T11:00:00Z", "ends_at": "2026-12-17T13:00:00Z",
               "announce": false}),
    )
    .await
    .id;
    answer(&mei, &event, "yes").await;
    answer(&jonas, &event, "yes").await;
    app.deliver_mail().await;
    // Six days before (the group's first default moment): 2026-12-11 12:00 UTC.
    app.advance(Duration::days(39) + Duration::hours(3));
    assert_eq!(app.tick().await.reminders_queued, 2);
    let mail = app.deliver_and_collect().await;
    let to = |who: &str| -> &muster_e2e::Mail {
        mail.iter().find(|m| m.to == who).unwrap_or_else(|| panic!("a reminder to {who}: {mail:#?}"))
    };
    let chinese = to("mei@example.org");
    let german = to("jonas@example.org");
    let zh_when = when_line(&chinese.text);
    assert!(zh_when.contains("2026年12月17日") && zh_when.contains("星期四"), "{}", chinese.text);
    assert!(zh_when.contains("台北"), "the zone in Chinese: {zh_when}");
    assert!(chinese.html.contains("<html lang=\"zh-TW\">"));
    let de_when = when_line(&german.text);
    assert!(de_when.contains("Donnerstag, 17. Dezember 2026"), "{}", german.text);
    assert!(german.html.contains("<html lang=\"de\">"));
    assert_ne!(chinese.subject, german.subject);
    assert!(!german.subject.starts_with("Reminder"), "{}", german.subject);

    // The reminder's "can't make it" link opens a page in the reader's language.
    let cant = chinese
        .links()
        .into_iter()
        .filter(|l| l.contains("/email/rsvp/"))
        .nth(1)
        .expect("a can't-make-it link");
    let page = TestApp::new_client()
        .get(app.url(&cant[cant.find("/email/").unwrap()..]))
        .header(header::ACCEPT_LANGUAGE, "zh-TW")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(&escaped(&tr(Locale::ZhTw, "link-cant-make-it-button"))), "{page}");
    assert!(!page.contains("give up your seat"), "{page}");

    // Cancelled: each calendar invitation's words are in its recipient's language too.
    let organizer = app.log_in_again(&organizer).await;
    let r = organizer
        .post(&format!("/api/v1/events/{event}/cancel"), &json!({"reason": "Venue closed."}))
        .await;
    assert_eq!(r.status(), 200);
    let mail = app.deliver_and_collect().await;
    for (who, locale) in [("mei@example.org", Locale::ZhTw), ("jonas@example.org", Locale::De)] {
        let m = mail.iter().find(|m| m.to == who).unwrap();
        let ics = m.calendar().expect("a CANCEL part");
        let summary = muster_i18n::tr_args(locale, "calendar-cancelled-summary", &[("title", &"Taipei.py December")]);
        assert!(ics.contains(&format!("SUMMARY:{summary}")), "{ics}");
        assert!(ics.contains(&muster_i18n::tr(locale, "calendar-cancelled")), "{ics}");
    }
});

// ----------------------------------------------------------------------------- pseudo-locale

/// Words of plain ASCII letters (three or more) left in what a page shows: text between tags
/// and the attributes people see (`placeholder`, `title`, `alt`, `aria-label`). Scripts,
/// styles, time-zone lists, textareas, the language switch's names, and `exempt` strings (what people
/// wrote: names, titles) are left out. In the pseudo-locale every catalogue message is
/// accented, so what remains is English that bypassed the catalogues.
fn untranslated(html: &str, exempt: &[&str]) -> Vec<String> {
    let mut text = html.to_owned();
    // Not the interface's words: scripts and styles; the time-zone lists, which name places
    // as the tz database does ("Europe / Berlin"); a form's textarea, which holds what its
    // organizer wrote.
    for (open, close) in [
        ("<script", "</script>"),
        ("<style", "</style>"),
        ("<head", "</head>"),
        ("<select id=\"f-timezone\"", "</select>"),
        ("<textarea", "</textarea>"),
    ] {
        while let Some(start) = text.find(open) {
            let Some(end) = text[start..].find(close) else {
                break;
            };
            text.replace_range(start..start + end + close.len(), " ");
        }
    }
    // The switch lists each language by its own name, on purpose.
    while let Some(start) = text.find("<option value=\"") {
        let end = start + text[start..].find("</option>").unwrap() + "</option>".len();
        if text[start..end].contains(" lang=\"") {
            text.replace_range(start..end, " ");
        } else {
            text.replace_range(start..start + 7, "<opt");
        }
    }
    let mut shown = String::new();
    let mut rest = text.as_str();
    while let Some(lt) = rest.find('<') {
        shown.push_str(&rest[..lt]);
        shown.push(' ');
        let Some(gt) = rest[lt..].find('>') else {
            break;
        };
        let tag = &rest[lt..lt + gt];
        for attr in ["placeholder=\"", "title=\"", "alt=\"", "aria-label=\""] {
            if let Some(a) = tag.find(attr) {
                let v = &tag[a + attr.len()..];
                shown.push_str(&v[..v.find('"').unwrap_or(v.len())]);
                shown.push(' ');
            }
        }
        rest = &rest[lt + gt + 1..];
    }
    shown.push_str(rest);
    let mut shown = shown
        .replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&#38;", "&")
        .replace("&amp;", "&");
    for e in exempt {
        shown = shown.replace(e, " ");
    }
    shown
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_owned)
        .collect()
}

/// Switches `person`'s browser to the pseudo-locale with the footer switch (a cookie).
async fn use_pseudo_locale(person: &Person) {
    let switched = person.get("/language?lang=en-XA&next=/").await;
    assert_eq!(switched.status(), 303);
}

async fn pseudo_page(person: &Person, path: &str) -> String {
    let (status, html) = person.page(path).await;
    assert_eq!(status, 200, "{path}");
    assert_eq!(html_lang(&html), "en-XA", "{path}");
    html
}

backend_test!(async fn no_page_shows_english_that_bypassed_the_catalogues(backend) {
    let app = TestApp::spawn(backend).await;
    let organizer = app.person("Olu Organizer", "olu@example.org").await;
    const CONDUCT: &str = "Be kind to everyone at every meetup, online and offline, always.";
    create_group(
        &organizer,
        group_in_leeds("pyleeds", json!({"name": "PyLeeds", "description": "Python in Leeds.", "conduct_text": CONDUCT})),
    )
    .await;
    let event = create_event(
        &organizer,
        "pyleeds",
        json!({"title": "November meetup", "description": "Talks and pizza.",
               "starts_at": "2026-11-12T18:30:00Z", "ends_at": "2026-11-12T21:00:00Z",
               "venue": {"name": "Leeds Library", "address": "18 Commercial St, Leeds"}}),
    )
    .await
    .id;
    let thread = organizer
        .post("/api/v1/groups/pyleeds/threads", &json!({"title": "Hack night?", "body": "Who is in?"}))
        .await
        .json::<serde_json::Value>()
        .await
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let t = format!("/g/pyleeds/discussions/{thread}");
    assert_eq!(organizer.post(&format!("/api/v1/threads/{thread}/replies"), &json!({"body": "Me!"})).await.status(), 201);
    let visitor = app.visitor();
    use_pseudo_locale(&visitor).await;
    use_pseudo_locale(&organizer).await;
    // What people wrote, which is never translated.
    let exempt = [
        "Olu Organizer", "PyLeeds", "pyleeds", "Python in Leeds.", "November meetup",
        "Talks and pizza.", "Leeds Library", "18 Commercial St, Leeds", "Leeds", "Muster",
        "Europe/London", "olu@example.org", "example.org", "Test Meetups", CONDUCT, "Hack night?",
        "Who is in?", "Me!",
    ];
    let mut found = Vec::new();
    for path in [
        "/".to_owned(),
        "/groups".to_owned(),
        "/account/login".to_owned(),
        "/account/signup".to_owned(),
        "/g/pyleeds".to_owned(),
        format!("/g/pyleeds/events/{event}"),
        format!("/g/pyleeds/events/{event}/photos"),
        format!("/people/{}", organizer.id),
        "/g/pyleeds/discussions".to_owned(),
        t.clone(),
    ] {
        let words = untranslated(&pseudo_page(&visitor, &path).await, &exempt);
        if !words.is_empty() {
            found.push(format!("{path}: {words:?}"));
        }
    }
    let e = format!("/g/pyleeds/events/{event}");
    for path in [
        "/groups".to_owned(),
        "/groups/new".to_owned(),
        "/account/settings".to_owned(),
        "/account/notifications".to_owned(),
        "/g/pyleeds".to_owned(),
        "/g/pyleeds/events".to_owned(),
        "/g/pyleeds/settings".to_owned(),
        "/g/pyleeds/settings/members".to_owned(),
        "/g/pyleeds/settings/audit".to_owned(),
        "/g/pyleeds/settings/import".to_owned(),
        "/g/pyleeds/conduct".to_owned(),
        "/g/pyleeds/messages/new".to_owned(),
        "/g/pyleeds/events/new".to_owned(),
        "/g/pyleeds/series/new".to_owned(),
        e.clone(),
        format!("{e}/edit"),
        format!("{e}/attendees"),
        format!("{e}/checkin"),
        format!("{e}/talks"),
        format!("{e}/cancel"),
        format!("{e}/photos"),
        "/g/pyleeds/settings/photos".to_owned(),
        format!("/people/{}", organizer.id),
        "/g/pyleeds/discussions".to_owned(),
        t.clone(),
        format!("{t}/edit"),
    ] {
        let path = path.as_str();
        let words = untranslated(&pseudo_page(&organizer, path).await, &exempt);
        if !words.is_empty() {
            found.push(format!("{path} (signed in): {words:?}"));
        }
    }
    assert!(found.is_empty(), "English outside the catalogues:\n{}", found.join("\n"));
});

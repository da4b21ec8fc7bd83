//! A group's discussions (issue 19): members start threads and reply, through the pages and
//! the API; Markdown is sanitised; authors edit and delete their own posts, moderators pin,
//! lock and remove (audited); followers get new replies by email through the real SMTP path —
//! the first within minutes, then at most one email per thread per hour, with a one-click
//! "stop following" that works without a cookie — and the per-group preference turns them
//! off. Private groups' threads are 404 to outsiders; organizers may keep starting threads to
//! themselves; threads travel in the archive, its static site and "download my data", and
//! another instance imports them.

use chrono::Duration;
use muster_e2e::{
    Mail, Person, TestApp, ada_organizing, backend_test, join, joined_member, run_muster as muster,
    status_and_json, unzip,
};
use reqwest::Method;
use serde_json::{Value, json};

/// The emails about discussions that go out now.
async fn thread_mail(app: &TestApp) -> Vec<Mail> {
    app.tick().await;
    app.deliver_and_collect().await
}

async fn reply(person: &Person, thread: &str, text: &str) -> reqwest::Response {
    person
        .post(
            &format!("/api/v1/threads/{thread}/replies"),
            &json!({"body": text}),
        )
        .await
}

fn subjects(mail: &[Mail]) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = mail
        .iter()
        .map(|m| (m.to.clone(), m.subject.clone()))
        .collect();
    list.sort();
    list
}

backend_test!(async fn members_discuss_and_followers_hear_of_replies_at_most_hourly(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let grace = app.person("Grace Hopper", "grace@example.org").await;
    join(&grace, "pyleeds").await;
    let carol = joined_member(&app, "pyleeds", "Carol").await;
    let outsider = app.person("Olive", "olive@example.org").await;
    let visitor = app.visitor();

    // Nobody has written yet; visitors read, but do not write.
    let (status, html) = visitor.page_unescaped("/g/pyleeds/discussions").await;
    assert_eq!(status, 200);
    assert!(html.contains("No discussions yet") && html.contains("Log in and join the group to start a discussion."), "{html}");
    assert!(html.contains("href=\"/g/pyleeds/discussions\" aria-current=\"page\""), "the group's Discussions tab");
    let body = json!({"title": "Hack night?", "body": "Who is in?"});
    assert_eq!(visitor.post("/api/v1/groups/pyleeds/threads", &body).await.status(), 401);
    let (status, refused) = status_and_json(outsider.post("/api/v1/groups/pyleeds/threads", &body).await).await;
    assert_eq!((status, refused["code"].as_str()), (409, Some("not_a_member")), "{refused}");

    // Bad input is refused with the reason, and what was typed stays in the form.
    let empty = grace.submit_form("/g/pyleeds/discussions", "/g/pyleeds/discussions", &[("title", "  "), ("body", "Typed with care")]).await;
    assert_eq!(empty.status(), 422);
    let page = muster_e2e::text_unescaped(empty).await;
    assert!(page.contains("Enter the title.") && page.contains("Typed with care"), "{page}");
    let (status, too_long) = status_and_json(grace.post("/api/v1/groups/pyleeds/threads", &json!({"title": "x".repeat(151), "body": "Hi"})).await).await;
    assert_eq!(status, 422);
    assert_eq!(too_long["fields"]["title"], "The title can be at most 150 characters.");

    // Grace starts a thread through the page: Markdown is rendered, scripts are not.
    let started = grace.submit_form("/g/pyleeds/discussions", "/g/pyleeds/discussions", &[
        ("title", "Hack night in December?"),
        ("body", "Shall we hold a **hack night**? See [the docs](https://docs.python.org).\n\n<script>alert(1)</script>"),
    ]).await;
    assert_eq!(started.status(), 303);
    let location = started.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/g/pyleeds/discussions/") && location.ends_with("?notice=thread_started"), "{location}");
    let path = location.split('?').next().unwrap().to_owned();
    let thread = path.rsplit('/').next().unwrap().to_owned();
    let (status, html) = visitor.page_unescaped(&path).await;
    assert_eq!(status, 200);
    assert!(html.contains("Hack night in December?") && html.contains("<strong>hack night</strong>"), "{html}");
    assert!(html.contains("href=\"https://docs.python.org\""));
    assert!(!html.contains("<script>alert"), "sanitised: {html}");
    assert!(html.contains("Grace Hopper") && html.contains("Log in and join the group to reply."));
    let (_, mine) = grace.page_unescaped(&path).await;
    assert!(mine.contains("You follow this discussion") && mine.contains("Stop following"), "the author follows it");

    // Carol replies through the API; she follows it now, and Grace is told — not at once,
    // but within minutes.
    let (status, first) = status_and_json(reply(&carol, &thread, "I am in! I can bring *snacks*.").await).await;
    assert_eq!(status, 201, "{first}");
    assert_eq!(first["author"]["name"], "Carol");
    assert_eq!(first["body_html"], "<p>I am in! I can bring <em>snacks</em>.</p>\n");
    assert!(thread_mail(&app).await.is_empty(), "a reply settles for a couple of minutes first");
    app.advance(Duration::minutes(3));
    let mail = thread_mail(&app).await;
    assert_eq!(subjects(&mail), vec![("grace@example.org".to_owned(), "New reply in “Hack night in December?” · PyLeeds".to_owned())]);
    let to_grace = &mail[0];
    assert!(to_grace.text.contains("Carol wrote:") && to_grace.text.contains("I am in! I can bring *snacks*."), "{}", to_grace.text);
    assert!(to_grace.text.contains(path.as_str()), "links to the thread");
    let unfollow = to_grace.header("List-Unsubscribe").expect("a List-Unsubscribe header");
    assert!(unfollow.contains("/unsubscribe/"), "{unfollow}");
    assert_eq!(to_grace.header("List-Unsubscribe-Post").as_deref(), Some("List-Unsubscribe=One-Click"));
    assert!(to_grace.text.contains("Stop following this thread (one click): "), "{}", to_grace.text);

    // Two more replies within the hour wait, and then go together in one email.
    app.advance(Duration::minutes(5));
    assert_eq!(reply(&carol, &thread, "Room 2 is free.").await.status(), 201);
    app.advance(Duration::minutes(10));
    assert_eq!(reply(&ada, &thread, "Booked it.").await.status(), 201);
    app.advance(Duration::minutes(5));
    let mail = thread_mail(&app).await;
    assert_eq!(subjects(&mail), vec![("carol@example.org".to_owned(), "New reply in “Hack night in December?” · PyLeeds".to_owned())], "Carol had no email yet: hers comes; Grace's waits for the hour");
    assert!(mail[0].text.contains("Booked it.") && !mail[0].text.contains("Room 2 is free."), "her own reply is not sent to her: {}", mail[0].text);
    app.advance(Duration::minutes(45)); // an hour after Grace's first email
    let mail = thread_mail(&app).await;
    assert_eq!(subjects(&mail), vec![("grace@example.org".to_owned(), "2 new replies in “Hack night in December?” · PyLeeds".to_owned())]);
    assert!(mail[0].text.contains("Room 2 is free.") && mail[0].text.contains("Booked it."), "{}", mail[0].text);

    // One click stops the thread's emails, without a cookie (RFC 8058); the button works too.
    let url = unfollow.trim_matches(['<', '>']);
    let one_click = TestApp::new_client()
        .post(app.url(&url[url.find("/unsubscribe/").unwrap()..]))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(one_click.status(), 200);
    assert!(muster_e2e::text_unescaped(one_click).await.contains("No more emails about “Hack night in December?” (PyLeeds)."));
    assert!(!grace.get_json(&format!("/api/v1/threads/{thread}")).await["following"].as_bool().unwrap());

    // Carol turns discussion email off for the group: nobody is emailed now.
    let mut prefs = carol.get_json("/api/v1/me/notifications").await;
    assert_eq!(prefs["groups"][0]["discussions"], true);
    prefs["groups"][0]["discussions"] = json!(false);
    prefs["groups"][0].as_object_mut().unwrap().remove("group_name");
    assert_eq!(carol.send(Method::PUT, "/api/v1/me/notifications", &prefs).await.status(), 200);
    app.advance(Duration::hours(2));
    assert_eq!(reply(&ada, &thread, "See you there.").await.status(), 201);
    app.advance(Duration::minutes(3));
    assert!(thread_mail(&app).await.is_empty(), "Grace stopped following; Carol turned them off");
    // Following again by the button (page form).
    let followed = grace.submit_form(&path, &format!("{path}/follow"), &[("action", "follow")]).await;
    assert_eq!(followed.status(), 303);
    assert!(grace.get_json(&format!("/api/v1/threads/{thread}")).await["following"].as_bool().unwrap());

    // Authors edit their own posts, nobody else's.
    let edit = json!({"title": "Hack night on 16 December", "body": "Room 2, from 18:00."});
    assert_eq!(carol.send(Method::PATCH, &format!("/api/v1/threads/{thread}"), &edit).await.status(), 403);
    let (status, edited) = status_and_json(grace.send(Method::PATCH, &format!("/api/v1/threads/{thread}"), &edit).await).await;
    assert_eq!((status, edited["title"].as_str()), (200, Some("Hack night on 16 December")), "{edited}");
    assert!(edited["edited_at"].is_string());
    let carol_reply = first["id"].as_str().unwrap().to_owned();
    let reply_path = format!("/api/v1/threads/{thread}/replies/{carol_reply}");
    assert_eq!(grace.send(Method::PATCH, &reply_path, &json!({"body": "hijacked"})).await.status(), 403);
    let edited = carol.submit_form(&format!("{path}/replies/{carol_reply}/edit"), &format!("{path}/replies/{carol_reply}/edit"), &[("body", "I am in, with snacks and a spare laptop.")]).await;
    assert_eq!(edited.status(), 303);

    // Moderators lock and pin; a locked thread takes no member's reply, but an organizer's.
    assert_eq!(carol.send(Method::PUT, &format!("/api/v1/threads/{thread}/moderation"), &json!({"locked": true})).await.status(), 403);
    let locked = ada.submit_form(&path, &format!("{path}/moderate"), &[("action", "lock")]).await;
    assert_eq!(locked.status(), 303);
    let (status, body) = status_and_json(reply(&carol, &thread, "One more thing").await).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("thread_locked")), "{body}");
    let (_, page) = carol.page_unescaped(&path).await;
    assert!(page.contains("This discussion is locked: it takes no new replies.") && !page.contains("name=\"body\""), "no reply form");
    assert_eq!(reply(&ada, &thread, "Locked: details are final.").await.status(), 201);
    let (status, second) = status_and_json(grace.post("/api/v1/groups/pyleeds/threads", &json!({"title": "Book club", "body": "Fluent Python?"})).await).await;
    assert_eq!(status, 201, "{second}");
    let list = visitor.get_json("/api/v1/groups/pyleeds/threads").await;
    assert_eq!(list["threads"][0]["title"], "Book club", "the newest first");
    let pinned = ada.send(Method::PUT, &format!("/api/v1/threads/{thread}/moderation"), &json!({"pinned": true})).await;
    assert_eq!(pinned.status(), 200);
    let list = visitor.get_json("/api/v1/groups/pyleeds/threads").await;
    assert_eq!((list["threads"][0]["title"].as_str(), list["threads"][0]["pinned"].as_bool()), (Some("Hack night on 16 December"), Some(true)), "pinned first: {list}");
    assert_eq!(list["total"], 2);

    // Removing: another member may not; the author may (a tombstone stays); a moderator may
    // remove anyone's, audited.
    assert_eq!(grace.send(Method::DELETE, &reply_path, &json!({})).await.status(), 403);
    assert_eq!(carol.send(Method::DELETE, &reply_path, &json!({})).await.status(), 204);
    let shown = visitor.get_json(&format!("/api/v1/threads/{thread}")).await;
    let replies = shown["replies"].as_array().unwrap();
    assert_eq!((replies[0]["removed"].as_bool(), replies[0]["body"].as_str()), (Some(true), Some("")), "{shown}");
    assert_eq!(shown["reply_count"], 4);
    let book = second["id"].as_str().unwrap();
    assert_eq!(carol.send(Method::DELETE, &format!("/api/v1/threads/{book}"), &json!({})).await.status(), 403);
    let removed = ada.submit_form(&format!("/g/pyleeds/discussions/{book}"), &format!("/g/pyleeds/discussions/{book}/remove"), &[]).await;
    assert_eq!(removed.status(), 303);
    assert_eq!(visitor.get(&format!("/g/pyleeds/discussions/{book}")).await.status(), 404);
    assert_eq!(visitor.get_json("/api/v1/groups/pyleeds/threads").await["total"], 1);
    let audit = ada.get_json("/api/v1/groups/pyleeds/audit").await;
    let actions: Vec<&str> = audit.as_array().unwrap().iter().filter_map(|e| e["action"].as_str()).collect();
    assert!(actions.contains(&"thread_removed") && actions.contains(&"thread_moderated"), "{actions:?}");

    // What Grace wrote is in her data; once her account is deleted, her posts say so.
    let data = grace.get_json("/api/v1/me/export").await;
    assert_eq!(data["threads"].as_array().unwrap().len(), 2, "{}", data["threads"]);
    let deleted = grace.submit_form("/account/delete", "/account/delete", &[("password", muster_e2e::PASSWORD)]).await;
    assert_eq!(deleted.status(), 303);
    let (_, html) = visitor.page_unescaped(&path).await;
    assert!(html.contains("Its author deleted their account.") && html.contains("A deleted account"), "{html}");
    app.advance(Duration::hours(2));
    assert!(thread_mail(&app).await.is_empty());
});

backend_test!(async fn private_discussions_stay_private_and_go_with_the_archive(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "secret", "private").await;
    let grace = app.person("Grace", "grace@example.org").await;
    app.add_membership("secret", &grace.id, muster_core::roles::Role::Member, muster_core::policy::MembershipStatus::Active).await;
    let (status, started) = status_and_json(grace.post("/api/v1/groups/secret/threads", &json!({"title": "Venue ideas", "body": "The *library*?"})).await).await;
    assert_eq!(status, 201, "{started}");
    let thread = started["id"].as_str().unwrap().to_owned();
    let path = format!("/g/secret/discussions/{thread}");
    assert_eq!(ada.post(&format!("/api/v1/threads/{thread}/replies"), &json!({"body": "Yes, room 2."})).await.status(), 201);

    // Outsiders and visitors: 404 everywhere.
    let outsider = app.person("Olive", "olive@example.org").await;
    for person in [&outsider, &app.visitor()] {
        assert_eq!(person.get("/g/secret/discussions").await.status(), 404);
        assert_eq!(person.get(&path).await.status(), 404);
        assert_eq!(person.get("/api/v1/groups/secret/threads").await.status(), 404);
        assert_eq!(person.get(&format!("/api/v1/threads/{thread}")).await.status(), 404);
    }
    for (method, url, body) in [
        (Method::POST, format!("/api/v1/threads/{thread}/replies"), json!({"body": "hi"})),
        (Method::PUT, format!("/api/v1/threads/{thread}/follow"), json!({})),
        (Method::DELETE, format!("/api/v1/threads/{thread}"), json!({})),
        (Method::POST, "/api/v1/groups/secret/threads".to_owned(), json!({"title": "x", "body": "y"})),
    ] {
        assert_eq!(outsider.send(method.clone(), &url, &body).await.status(), 404, "{method} {url}");
    }

    // Organizers may keep starting threads to themselves; members still reply.
    let settings = json!({"organizers_only": true});
    assert_eq!(grace.send(Method::PUT, "/api/v1/groups/secret/discussion-settings", &settings).await.status(), 403);
    assert_eq!(ada.send(Method::PUT, "/api/v1/groups/secret/discussion-settings", &settings).await.status(), 200);
    let (status, body) = status_and_json(grace.post("/api/v1/groups/secret/threads", &json!({"title": "Another", "body": "x"})).await).await;
    assert_eq!((status, body["message"].as_str()), (403, Some("In this group, the organizers start discussions; members reply.")));
    let (_, page) = grace.page_unescaped("/g/secret/discussions").await;
    assert!(page.contains("the organizers start discussions") && !page.contains("name=\"title\""), "no start form for members");
    assert_eq!(grace.post(&format!("/api/v1/threads/{thread}/replies"), &json!({"body": "Thanks!"})).await.status(), 201);
    assert_eq!(ada.post("/api/v1/groups/secret/threads", &json!({"title": "Agenda for January", "body": "Talks wanted."})).await.status(), 201);

    // A long thread shows its replies a hundred at a time; the newest are on the last page.
    for i in 0..100 {
        let person = if i % 2 == 0 { &ada } else { &grace };
        assert_eq!(person.post(&format!("/api/v1/threads/{thread}/replies"), &json!({"body": format!("Reply {i}")})).await.status(), 201);
    }
    let first = grace.get_json(&format!("/api/v1/threads/{thread}")).await;
    assert_eq!((first["page"].as_i64(), first["pages"].as_i64(), first["replies"].as_array().map(Vec::len)), (Some(1), Some(2), Some(100)));
    let last = grace.get_json(&format!("/api/v1/threads/{thread}?page=last")).await;
    assert_eq!((last["page"].as_i64(), last["replies"].as_array().map(Vec::len)), (Some(2), Some(2)));
    assert_eq!(last["replies"][1]["body"], "Reply 99");
    let (_, html) = grace.page_unescaped(&path).await;
    assert!(html.contains(&format!("href=\"{path}?page=2#replies\" rel=\"next\">Later replies →")) && !html.contains("Reply 99"), "the first page");
    let (_, html) = grace.page_unescaped(&format!("{path}?page=2")).await;
    assert!(html.contains("Reply 99") && html.contains("← Earlier replies"), "the last page");

    // The archive holds the threads, as JSON and as a static page; another instance imports
    // them.
    let zip = ada.get("/api/v1/groups/secret/archive").await.bytes().await.unwrap();
    let files = unzip(&zip);
    let archive: Value = serde_json::from_slice(&files.iter().find(|(n, _)| n == "archive.json").unwrap().1).unwrap();
    let threads = archive["threads"].as_array().unwrap();
    assert_eq!(threads.len(), 2);
    assert_eq!((threads[0]["title"].as_str(), threads[0]["replies"].as_array().unwrap().len()), (Some("Venue ideas"), 102));
    assert_eq!(threads[0]["author"], "", "Grace did not allow her name in the archive");
    let site = String::from_utf8(files.iter().find(|(n, _)| n == "site/discussions.html").expect("a discussions page").1.clone()).unwrap();
    assert!(site.contains("Venue ideas") && site.contains("<em>library</em>") && site.contains("Yes, room 2."), "{site}");
    let index = String::from_utf8(files.iter().find(|(n, _)| n == "site/index.html").unwrap().1.clone()).unwrap();
    assert!(index.contains("href=\"discussions.html\">2 discussions"), "{index}");
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("secret.zip");
    std::fs::write(&zip_path, &zip).unwrap();
    let other = TestApp::spawn(backend).await;
    // A thread dated in the future is refused, named, and nothing is written.
    let mut future = archive.clone();
    future["threads"][0]["created_at"] = json!("2099-01-01T00:00:00Z");
    let future_path = dir.path().join("future.zip");
    let mut writer = zip::ZipWriter::new(std::fs::File::create(&future_path).unwrap());
    for (name, bytes) in &files {
        writer.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
        let json = serde_json::to_vec(&future).unwrap();
        let bytes: &[u8] = if name == "archive.json" { &json } else { bytes };
        std::io::Write::write_all(&mut writer, bytes).unwrap();
    }
    writer.finish().unwrap();
    let (ok, stdout, stderr) = muster(&other, &["import", "archive", future_path.to_str().unwrap()]);
    assert!(!ok && stderr.contains("threads[0].created_at: is in the future"), "{stdout}{stderr}");
    assert_eq!(other.visitor().get("/api/v1/groups/secret").await.status(), 404, "nothing imported");
    let (ok, stdout, stderr) = muster(&other, &["import", "archive", zip_path.to_str().unwrap()]);
    assert!(ok && stdout.contains("discussions 2"), "{stdout}{stderr}");
    let admin = other.admin("Root", "root@example.org").await;
    let restored = admin.get_json(&format!("/api/v1/threads/{thread}")).await;
    assert_eq!((restored["title"].as_str(), restored["replies"].as_array().map(Vec::len), restored["pages"].as_i64()), (Some("Venue ideas"), Some(100), Some(2)), "{restored}");
    assert_eq!(restored["replies"][0]["body"], "Yes, room 2.");

    // Once Grace leaves, the threads are gone for her too.
    assert_eq!(grace.post("/api/v1/groups/secret/leave", &json!({})).await.status(), 204);
    assert_eq!(grace.get(&path).await.status(), 404);
    assert_eq!(grace.get(&format!("/api/v1/threads/{thread}")).await.status(), 404);
});

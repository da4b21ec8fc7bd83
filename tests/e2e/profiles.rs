//! Profiles and faces (issue 19): a person's avatar, pronouns, bio and links; their profile
//! page with the groups and talks the viewer may see; faces in "who's going" for members and a
//! count for everyone else; and "keep me out of lists", honoured on pages, in the API and on
//! profiles, while organizers still see the person in their attendee list.

use muster_core::{policy::MembershipStatus, roles::Role};
use muster_e2e::{
    MEMBERSHIP_KINDS, MatrixTally, PASSWORD, Person, TestApp, ada_organizing, answer, backend_test,
    create_event, create_group, join, joined_member, json_body, status_and_json, tech_hub_meetup,
};
use reqwest::Method;
use serde_json::json;

/// A `width` × `height` JPEG carrying an EXIF segment with a (made-up) location, as a phone
/// would write it.
fn jpeg_with_location(width: u32, height: u32) -> Vec<u8> {
    let mut plain = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 120])
    }))
    .write_to(
        &mut std::io::Cursor::new(&mut plain),
        image::ImageFormat::Jpeg,
    )
    .unwrap();
    // APP1 ("Exif\0\0" + payload) straight after the start-of-image marker.
    let payload = b"Exif\0\0GPSLatitude 53.7997 N GPSLongitude 1.5492 W";
    let length = u16::try_from(payload.len() + 2).unwrap().to_be_bytes();
    let mut jpeg = plain[..2].to_vec();
    jpeg.extend_from_slice(&[0xFF, 0xE1, length[0], length[1]]);
    jpeg.extend_from_slice(payload);
    jpeg.extend_from_slice(&plain[2..]);
    jpeg
}

async fn put_avatar(person: &Person, content_type: &str, bytes: Vec<u8>) -> reqwest::Response {
    person
        .client
        .put(person.url("/api/v1/me/avatar"))
        .header("content-type", content_type)
        .body(bytes)
        .send()
        .await
        .unwrap()
}

backend_test!(async fn a_person_shows_a_face_and_a_profile_and_members_see_who_is_going(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let grace = app.person("Grace Hopper", "grace@example.org").await;
    join(&grace, "pyleeds").await;
    let carol = joined_member(&app, "pyleeds", "Carol").await;
    let outsider = app.person("Olive", "olive@example.org").await;
    let visitor = app.visitor();

    // The profile, through the settings form; bad links are refused with what was typed kept,
    // and nothing is saved.
    let refused = grace.submit_form("/account/settings", "/account/settings/profile", &[
        ("name", "Grace Hopper"), ("pronouns", "she/her"), ("bio", "Compilers."),
        ("website", "javascript:alert(1)"), ("fediverse", "grace"), ("github", "-grace"), ("timezone", "Europe/London"),
    ]).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Only http:// and https:// addresses are allowed."), "{html}");
    assert!(html.contains("Enter a fediverse address like @name@mastodon.social, or leave it empty."));
    assert!(html.contains("Enter a GitHub user name like octocat"));
    assert!(html.contains("value=\"she/her\""), "what was typed is kept");
    assert_eq!(grace.get_json("/api/v1/me").await["pronouns"], "", "nothing saved");
    let saved = grace.submit_form("/account/settings", "/account/settings/profile", &[
        ("name", "Grace Hopper"), ("pronouns", "she/her"), ("bio", "Compilers.\nCOBOL."),
        ("website", "https://grace.example.org/"), ("fediverse", "https://mastodon.social/@grace"),
        ("github", "https://github.com/grace-h"), ("timezone", "Europe/London"),
    ]).await;
    assert_eq!(saved.status(), 303);
    let me = grace.get_json("/api/v1/me").await;
    assert_eq!((me["pronouns"].as_str(), me["fediverse"].as_str(), me["github"].as_str(), me["unlisted"].as_bool()),
        (Some("she/her"), Some("@grace@mastodon.social"), Some("grace-h"), Some(false)));
    // The API refuses the same way, field by field.
    let (status, body) = status_and_json(grace.send(Method::PATCH, "/api/v1/me", &json!({"github": "a--b", "pronouns": "x".repeat(41)})).await).await;
    assert_eq!(status, 422, "{body}");
    assert!(body["fields"]["github"].is_string() && body["fields"]["pronouns"].is_string(), "{body}");

    // The avatar: a phone's JPEG with its location comes back a 256 px PNG without it.
    let refused = put_avatar(&grace, "image/png", b"\x89PNG\r\n\x1a\nnot really a picture".to_vec()).await;
    assert_eq!(refused.status(), 422, "a PNG that is not");
    assert!(json_body(refused).await["fields"]["avatar"].is_string());
    let too_big = put_avatar(&grace, "image/jpeg", vec![0xFF; 2 * 1024 * 1024 + 1]).await;
    assert_eq!(too_big.status(), 413);
    assert!(grace.get_json("/api/v1/me").await["avatar_url"].is_null(), "nothing stored");
    let uploaded = put_avatar(&grace, "image/jpeg", jpeg_with_location(1200, 900)).await;
    assert_eq!(uploaded.status(), 200);
    let avatar = json_body(uploaded).await["avatar_url"].as_str().unwrap().to_owned();
    assert_eq!(grace.get_json("/api/v1/me").await["avatar_url"], avatar);
    let served = visitor.get(&avatar).await;
    assert_eq!(served.status(), 200);
    assert_eq!(served.headers()["content-type"], "image/png");
    let bytes = served.bytes().await.unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("GPSLatitude"), "the location is gone");
    let decoded = image::load_from_memory(&bytes).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (256, 192));
    // "Download my data" holds the profile and the photo itself.
    let mine = grace.get_json("/api/v1/me/export").await;
    assert_eq!((mine["account"]["pronouns"].as_str(), mine["account"]["github"].as_str()), (Some("she/her"), Some("grace-h")));
    assert!(mine["account"]["avatar"].as_str().unwrap().starts_with("data:image/png;base64,iVBOR"), "{}", mine["account"]["avatar"]);

    // A meetup Grace and Ada go to.
    let event = create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row, Leeds", json!({"capacity": 20}))).await.id;
    answer(&grace, &event, "yes").await;
    answer(&ada, &event, "yes").await;
    let path = format!("/g/pyleeds/events/{event}");

    // Members see faces and names, linked to profiles: Grace's photo, Ada's initials.
    let (_, html) = carol.page_unescaped(&path).await;
    assert!(html.contains(&format!("<a class=\"person\" href=\"/people/{}\"><img class=\"face face-s\" src=\"{avatar}\"", grace.id)), "{html}");
    assert!(html.contains(&format!("<a class=\"person\" href=\"/people/{}\"><span class=\"face face-s face-c", ada.id)));
    assert!(html.contains("aria-hidden=\"true\">A</span><span>Ada</span>"), "initials without an avatar");
    let going = carol.get_json(&format!("/api/v1/events/{event}")).await;
    let names: Vec<&str> = going["going"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Grace Hopper", "Ada"]);
    assert_eq!(going["going"][0]["avatar_url"], avatar);
    assert_eq!(going["going"][0]["profile_url"], format!("/people/{}", grace.id));
    assert!(going["going"][1]["avatar_url"].is_null());

    // Everyone else: how many, not who.
    for (who, person) in [("visitor", &visitor), ("outsider", &outsider)] {
        let (status, html) = person.page_unescaped(&path).await;
        assert_eq!(status, 200);
        assert!(!html.contains("Grace") && !html.contains("/people/"), "{who}: {html}");
        assert!(html.contains("2 people") && html.contains("Members of the group see who is going."), "{who}");
        let view = person.get_json(&format!("/api/v1/events/{event}")).await;
        assert_eq!((view["going"].as_array().unwrap().len(), view["going_others"].as_i64(), view["going_count"].as_i64()), (0, Some(2), Some(2)), "{who}");
    }

    // The member list shows faces too.
    let (_, members) = visitor.page_unescaped("/g/pyleeds/members").await;
    assert!(members.contains(&format!("href=\"/people/{}\"><img class=\"face face-s\" src=\"{avatar}\"", grace.id)), "{members}");
    let listed = visitor.get_json("/api/v1/groups/pyleeds/members").await;
    let grace_row = listed.as_array().unwrap().iter().find(|m| m["name"] == "Grace Hopper").unwrap().clone();
    assert_eq!((grace_row["avatar_url"].as_str(), grace_row["profile_url"].as_str()), (Some(avatar.as_str()), Some(format!("/people/{}", grace.id).as_str())));

    // A private group, and a talk Grace gives there and one at PyLeeds.
    create_group(&ada, json!({"slug": "compilers", "name": "Compiler Club", "timezone": "UTC", "visibility": "private", "join_mode": "invite"})).await;
    app.add_membership("compilers", &grace.id, Role::Member, MembershipStatus::Active).await;
    app.add_membership("compilers", &carol.id, Role::Member, MembershipStatus::Active).await;
    let secret = create_event(&ada, "compilers", tech_hub_meetup("1 Park Row, Leeds", json!({"title": "Secret evening"}))).await.id;
    for (at, title) in [(&event, "Nanoseconds"), (&secret, "Hidden passes")] {
        let talk = ada.post(&format!("/api/v1/events/{at}/talks"), &json!({"title": title, "speaker_name": "Grace Hopper", "speaker_user_id": grace.id})).await;
        assert_eq!(talk.status(), 201);
    }

    // The profile page: what Grace shows, and only the groups and talks the viewer may see.
    let profile = format!("/people/{}", grace.id);
    let (status, page) = visitor.page_unescaped(&profile).await;
    assert_eq!(status, 200);
    for expected in ["<h1>Grace Hopper</h1>", "she/her", "Compilers.\nCOBOL.", "href=\"https://grace.example.org/\"",
        "href=\"https://mastodon.social/@grace\"", "@grace@mastodon.social", "href=\"https://github.com/grace-h\"",
        "href=\"/g/pyleeds\">PyLeeds</a>", "Nanoseconds", &format!("src=\"{avatar}\"")] {
        assert!(page.contains(expected), "{expected}: {page}");
    }
    assert!(!page.contains("Compiler Club") && !page.contains("Hidden passes"), "a private group is for its members");
    let (_, page) = carol.page_unescaped(&profile).await;
    assert!(page.contains("Compiler Club") && page.contains("Hidden passes"), "a fellow member sees it");
    let api = visitor.get_json(&format!("/api/v1/people/{}", grace.id)).await;
    assert_eq!(api["groups"].as_array().unwrap().len(), 1);
    assert_eq!(api["talks"][0]["title"], "Nanoseconds");
    assert_eq!(api["fediverse_url"], "https://mastodon.social/@grace");
    assert_eq!(visitor.get("/people/not-an-id").await.status(), 404);
    assert_eq!(visitor.get("/api/v1/people/0193a7c2-0000-7000-8000-000000000000").await.status(), 404);

    // Taking the photo down deletes it; initials show again.
    assert_eq!(grace.send(Method::DELETE, "/api/v1/me/avatar", &json!({})).await.status(), 204);
    assert_eq!(visitor.get(&avatar).await.status(), 404);
    let (_, html) = carol.page_unescaped(&path).await;
    assert!(html.contains("aria-hidden=\"true\">GH</span><span>Grace Hopper</span>"), "{html}");
    // Only the account holder changes it.
    assert_eq!(put_avatar(&visitor, "image/jpeg", jpeg_with_location(10, 10)).await.status(), 401);

    // A new photo, then the account is deleted: the photo and the profile go with it.
    let uploaded = put_avatar(&grace, "image/jpeg", jpeg_with_location(300, 300)).await;
    let avatar = json_body(uploaded).await["avatar_url"].as_str().unwrap().to_owned();
    assert_eq!(grace.send(Method::DELETE, "/api/v1/me", &json!({"password": PASSWORD})).await.status(), 204);
    assert_eq!(visitor.get(&avatar).await.status(), 404);
    assert_eq!(visitor.get(&profile).await.status(), 404);
    app.deliver_mail().await;
});

backend_test!(async fn keeping_out_of_lists_is_honoured_everywhere_but_the_organizers_tools(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let grace = joined_member(&app, "pyleeds", "Grace").await;
    let carol = joined_member(&app, "pyleeds", "Carol").await;
    let event = create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row, Leeds", json!({}))).await.id;
    answer(&grace, &event, "yes").await;
    let path = format!("/g/pyleeds/events/{event}");
    let profile = format!("/people/{}", grace.id);

    // Listed: Carol sees her (and this page is now kept for the group's version).
    assert!(carol.page_unescaped(&path).await.1.contains("<span>Grace</span>"));
    assert_eq!(carol.get(&profile).await.status(), 200);

    // Grace ticks "Keep me out of lists".
    let (_, settings) = grace.page_unescaped("/account/settings").await;
    assert!(settings.contains("Keep me out of lists"));
    let saved = grace.submit_form("/account/settings", "/account/settings/profile", &[
        ("name", "Grace"), ("timezone", "Europe/London"), ("unlisted", "on"),
    ]).await;
    assert_eq!(saved.status(), 303);
    assert_eq!(grace.get_json("/api/v1/me").await["unlisted"], true);

    // The kept page is renewed at once: "1 person", no name.
    let (_, html) = carol.page_unescaped(&path).await;
    assert!(!html.contains("Grace"), "{html}");
    assert!(html.contains("1 person"));
    let view = carol.get_json(&format!("/api/v1/events/{event}")).await;
    assert_eq!((view["going"].as_array().unwrap().len(), view["going_others"].as_i64()), (0, Some(1)));
    // Not in the member list, page or API.
    assert!(!carol.page_unescaped("/g/pyleeds/members").await.1.contains("Grace"));
    let members = carol.get_json("/api/v1/groups/pyleeds/members").await;
    assert!(members.as_array().unwrap().iter().all(|m| m["name"] != "Grace"), "{members}");
    // No profile, but for herself.
    assert_eq!(carol.get(&profile).await.status(), 404);
    assert_eq!(app.visitor().get(&format!("/api/v1/people/{}", grace.id)).await.status(), 404);
    let (status, own) = grace.page_unescaped(&profile).await;
    assert_eq!(status, 200);
    assert!(own.contains("Only you can see this page: you keep out of lists."));

    // The organizers still see her: member list (marked hidden), attendees, CSV.
    let members = ada.get_json("/api/v1/groups/pyleeds/members").await;
    let row = members.as_array().unwrap().iter().find(|m| m["name"] == "Grace").unwrap().clone();
    assert_eq!((row["hidden"].as_bool(), row["profile_url"].is_null()), (Some(true), true));
    let (_, list) = ada.page_unescaped("/g/pyleeds/members").await;
    assert!(list.contains("<span>Grace</span></span> <span class=\"pill\">"), "{list}");
    let csv = ada.get(&format!("{path}/attendees.csv")).await.text().await.unwrap();
    assert!(csv.contains("\"Grace\",going"), "{csv}");
    let (_, attendees) = ada.page_unescaped(&format!("{path}/attendees")).await;
    assert!(attendees.contains("Grace"));

    // Back in the lists.
    let back = grace.send(Method::PATCH, "/api/v1/me", &json!({"unlisted": false})).await;
    assert_eq!(back.status(), 200);
    assert!(carol.page_unescaped(&path).await.1.contains("<span>Grace</span>"));
    app.deliver_mail().await;
});

backend_test!(async fn only_members_and_administrators_see_who_is_going(backend) {
    let app = TestApp::spawn(backend).await;
    let owner = app.person("Owner", "owner@example.org").await;
    create_group(&owner, json!({"slug": "faces", "name": "Faces", "timezone": "UTC", "visibility": "public", "join_mode": "approval"})).await;
    let event = create_event(&owner, "faces", tech_hub_meetup("1 Park Row, Leeds", json!({}))).await.id;
    answer(&owner, &event, "yes").await;
    let mut actors: Vec<(&str, Person, bool)> = vec![
        ("anonymous", app.visitor(), false),
        ("admin", app.admin("Admin", "admin@example.org").await, true),
        ("organizer", owner.clone(), true),
    ];
    for (kind, membership) in &MEMBERSHIP_KINDS {
        let person = app.person(kind, &format!("{kind}@example.org")).await;
        if let Some((role, status)) = membership {
            app.add_membership("faces", &person.id, *role, *status).await;
        }
        let sees = membership.is_some_and(|(_, status)| status == MembershipStatus::Active);
        actors.push((kind, person, sees));
    }
    let mut tally = MatrixTally::default();
    for (kind, person, sees) in &actors {
        let view = person.get_json(&format!("/api/v1/events/{event}")).await;
        let names = view["going"].as_array().unwrap().len() as u16;
        tally.record(kind, "api names", "faces", u16::from(*sees), names);
        let (_, html) = person.page_unescaped(&format!("/g/faces/events/{event}")).await;
        let shown = u16::from(html.contains(&format!("href=\"/people/{}\"", owner.id)));
        tally.record(kind, "page faces", "faces", u16::from(*sees), shown);
    }
    tally.assert_as_expected(2 * (3 + MEMBERSHIP_KINDS.len()));
    app.deliver_mail().await;
});

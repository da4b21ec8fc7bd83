//! Photos after a meetup (issue 19): people who went and organizers add them (many at once
//! through the form, one per request through the API), turned upright and stripped of EXIF and
//! location, scaled with a thumbnail; the event page, its gallery and the group page show them;
//! uploaders remove their own, organizers remove any (audited) or keep a reported one; the
//! group's quota refuses more; and they travel in "download my data" and the group archive,
//! which another instance imports with them.

use std::io::Cursor;

use chrono::Duration;
use muster_e2e::{
    Person, TestApp, ada_organizing, answer, backend_test, create_event, csrf_token_in, join,
    joined_member, json_body, run_muster as muster, status_and_json, tech_hub_meetup, unzip,
};
use reqwest::Method;
use serde_json::{Value, json};

/// A `width` × `height` JPEG as a phone writes it: EXIF saying "turn me 90° clockwise to show
/// me" (orientation 6), followed by a made-up location.
fn phone_jpeg(width: u32, height: u32) -> Vec<u8> {
    let mut plain = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, y| {
        // The top-left corner is red, so the turn can be seen.
        if x < width / 4 && y < height / 4 {
            image::Rgb([230, 20, 20])
        } else {
            image::Rgb([20, (y % 200) as u8, 200])
        }
    }))
    .write_to(&mut Cursor::new(&mut plain), image::ImageFormat::Jpeg)
    .unwrap();
    // TIFF, big-endian, one IFD entry: Orientation (0x0112), SHORT, 1, value 6.
    let mut exif =
        b"Exif\0\0MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0".to_vec();
    exif.extend_from_slice(b"GPSLatitude 53.7997 N GPSLongitude 1.5492 W");
    let length = u16::try_from(exif.len() + 2).unwrap().to_be_bytes();
    let mut jpeg = plain[..2].to_vec();
    jpeg.extend_from_slice(&[0xFF, 0xE1, length[0], length[1]]);
    jpeg.extend_from_slice(&exif);
    jpeg.extend_from_slice(&plain[2..]);
    jpeg
}

fn encoded(image: image::DynamicImage, format: image::ImageFormat) -> Vec<u8> {
    let mut out = Vec::new();
    image.write_to(&mut Cursor::new(&mut out), format).unwrap();
    out
}

fn png(width: u32, height: u32) -> Vec<u8> {
    encoded(
        image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
            width,
            height,
            image::Rgb([40, 90, 140]),
        )),
        image::ImageFormat::Png,
    )
}

/// Noise, which JPEG cannot shrink: a big stored photo.
fn noisy_png(side: u32) -> Vec<u8> {
    let mut seed = 0x2545_F491_u32;
    encoded(
        image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(side, side, |_, _| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let [a, b, c, _] = seed.to_le_bytes();
            image::Rgb([a, b, c])
        })),
        image::ImageFormat::Png,
    )
}

/// A PNG whose header claims 11,000 × 11,000 pixels (484 MB to decode) around a few bytes of
/// data: a decompression bomb's shape.
fn bomb_png() -> Vec<u8> {
    let mut bytes = png(8, 8);
    // IHDR's width and height follow the signature (8), length (4) and type (4).
    bytes[16..20].copy_from_slice(&11_000u32.to_be_bytes());
    bytes[20..24].copy_from_slice(&11_000u32.to_be_bytes());
    let crc = crc32(&bytes[12..29]);
    bytes[29..33].copy_from_slice(&crc.to_be_bytes());
    bytes
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for byte in data {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

async fn upload(person: &Person, event: &str, caption: &str, bytes: Vec<u8>) -> reqwest::Response {
    person
        .client
        .post(person.url(&format!(
            "/api/v1/events/{event}/photos?caption={}",
            urlencode(caption)
        )))
        .header("content-type", "image/jpeg")
        .body(bytes)
        .send()
        .await
        .unwrap()
}

fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// The gallery's upload form, posted with `files` as a browser does.
async fn upload_form(
    person: &Person,
    path: &str,
    caption: &str,
    files: Vec<(&str, Vec<u8>)>,
) -> reqwest::Response {
    let (_, html) = person.page(&format!("{path}/photos")).await;
    let mut form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf_token_in(&html))
        .text("caption", caption.to_owned());
    for (name, bytes) in files {
        form = form.part(
            "photos",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        );
    }
    person
        .client
        .post(person.url(&format!("{path}/photos")))
        .header("sec-fetch-site", "same-origin")
        .multipart(form)
        .send()
        .await
        .unwrap()
}

fn photo_count(list: &Value) -> usize {
    list.as_array().unwrap().len()
}

backend_test!(async fn people_who_went_share_photos_and_everyone_who_sees_the_meetup_sees_them(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let grace = app.person("Grace Hopper", "grace@example.org").await;
    join(&grace, "pyleeds").await;
    let carol = joined_member(&app, "pyleeds", "Carol").await;
    let outsider = app.person("Olive", "olive@example.org").await;
    let visitor = app.visitor();
    let event = create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row, Leeds", json!({"starts_at": "2026-11-05T18:30", "ends_at": "2026-11-05T21:00"}))).await.id;
    answer(&grace, &event, "yes").await;
    let path = format!("/g/pyleeds/events/{event}");

    // Before the meetup there is nothing to photograph.
    let early = upload(&grace, &event, "", phone_jpeg(120, 90)).await;
    assert_eq!(early.status(), 409);
    assert_eq!(json_body(early).await["message"], "Photos can be added once the meetup has started.");
    let (_, html) = visitor.page(&path).await;
    assert!(!html.contains("id=\"photos-title\""), "no photo section before the meetup");

    app.advance(Duration::days(4)); // 6 November: the meetup was last night.

    // Grace went: her phone's photo comes back upright, scaled, without EXIF or location.
    let added = upload(&grace, &event, "  The   whole room  ", phone_jpeg(1200, 900)).await;
    assert_eq!(added.status(), 201);
    let first = json_body(added).await;
    assert_eq!((first["width"].as_i64(), first["height"].as_i64()), (Some(900), Some(1200)), "turned upright: {first}");
    assert_eq!(first["caption"], "The whole room");
    let served = visitor.get(first["url"].as_str().unwrap()).await;
    assert_eq!(served.status(), 200);
    assert_eq!(served.headers()["content-type"], "image/jpeg");
    assert_eq!(served.headers()["cache-control"], "public, no-cache", "a photo may be removed: caches ask again");
    let bytes = served.bytes().await.unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("GPSLatitude") && !text.contains("Exif"), "no EXIF, no location");
    let decoded = image::load_from_memory(&bytes).unwrap().to_rgb8();
    assert_eq!(decoded.dimensions(), (900, 1200));
    // The red corner was top-left before the turn: now it is top-right.
    assert!(decoded.get_pixel(850, 50)[0] > 180 && decoded.get_pixel(50, 50)[0] < 100, "turned the way EXIF said");
    let thumb = image::load_from_memory(&visitor.get(first["thumbnail_url"].as_str().unwrap()).await.bytes().await.unwrap()).unwrap();
    assert_eq!((thumb.width(), thumb.height()), (360, 480));

    // Many at once through the form: a PNG and a WebP are added, a text file is named and refused.
    let webp = encoded(image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(300, 200, image::Rgb([200, 150, 20]))), image::ImageFormat::WebP);
    let posted = upload_form(&grace, &path, "Lightning talks", vec![
        ("stage.png", png(800, 600)), ("notes.txt", b"not a photo".to_vec()), ("crowd.webp", webp),
    ]).await;
    assert_eq!(posted.status(), 200);
    let html = posted.text().await.unwrap();
    assert!(html.contains("2 photos added."), "{html}");
    assert!(html.contains("<strong>notes.txt</strong>: Upload a JPEG, PNG or WebP photo."), "{html}");
    // A form whose token does not come first is refused before any file is read.
    let (_, page) = grace.page(&format!("{path}/photos")).await;
    let backwards = reqwest::multipart::Form::new()
        .part("photos", reqwest::multipart::Part::bytes(png(50, 50)).file_name("early.png"))
        .text("csrf_token", csrf_token_in(&page));
    let refused = grace.client.post(grace.url(&format!("{path}/photos"))).header("sec-fetch-site", "same-origin").multipart(backwards).send().await.unwrap();
    assert_eq!(refused.status(), 403);
    assert_eq!(photo_count(&visitor.get_json(&format!("/api/v1/events/{event}/photos")).await), 3, "nothing stored");
    // Only the files that were fine are kept; an empty form says what to do.
    let none = upload_form(&grace, &path, "", vec![("", Vec::new())]).await;
    assert_eq!(none.status(), 422);
    assert!(none.text().await.unwrap().contains("Choose one or more photos to add."));

    // Refused, with nothing stored: a fake, an oversized file, a decompression bomb; and people
    // who did not go, outsiders and visitors.
    let fake = upload(&grace, &event, "", b"\x89PNG\r\n\x1a\nnot really".to_vec()).await;
    assert_eq!(fake.status(), 422);
    assert!(json_body(fake).await["fields"]["photo"].as_str().unwrap().starts_with("The photo could not be read"));
    assert_eq!(upload(&grace, &event, "", vec![0xFF; 20 * 1024 * 1024 + 1]).await.status(), 413);
    let bomb = upload(&grace, &event, "", bomb_png()).await;
    assert_eq!(bomb.status(), 422);
    assert!(json_body(bomb).await["fields"]["photo"].as_str().unwrap().contains("50 megapixels at most"));
    let long = upload(&grace, &event, &"x".repeat(201), png(10, 10)).await;
    assert_eq!(long.status(), 422);
    let (status, body) = status_and_json(upload(&carol, &event, "", png(10, 10)).await).await;
    assert_eq!((status, body["message"].as_str()), (403, Some("Only people who went to this meetup, and its organizers, can add photos.")));
    let (status, body) = status_and_json(upload(&outsider, &event, "", png(10, 10)).await).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("not_a_member")), "{body}");
    assert_eq!(upload(&visitor, &event, "", png(10, 10)).await.status(), 401);
    let listed = visitor.get_json(&format!("/api/v1/events/{event}/photos")).await;
    assert_eq!(photo_count(&listed), 3, "{listed}");
    // The organizer adds one too, without having answered.
    assert_eq!(upload(&ada, &event, "", png(640, 480)).await.status(), 201);

    // Visitors see the photos, not who added them; members see names.
    let listed = visitor.get_json(&format!("/api/v1/events/{event}/photos")).await;
    assert_eq!(photo_count(&listed), 4);
    assert!(listed[0]["uploaded_by"].is_null(), "{listed}");
    let as_member = carol.get_json(&format!("/api/v1/events/{event}/photos")).await;
    assert_eq!(as_member[0]["uploaded_by"]["name"], "Grace Hopper");
    let (_, page) = visitor.page_unescaped(&path).await;
    assert!(page.contains("See all 4 photos, or add yours"), "{page}");
    assert!(page.contains(&format!("<img src=\"{}\" width=\"360\" height=\"480\" alt=\"The whole room\"", first["thumbnail_url"].as_str().unwrap())), "{page}");
    let (_, group) = visitor.page_unescaped("/g/pyleeds").await;
    assert!(group.contains("Recent photos") && group.contains(&format!("/photos#photo-{}", first["id"].as_str().unwrap())), "{group}");
    let recent = visitor.get_json("/api/v1/groups/pyleeds/photos").await;
    assert_eq!(photo_count(&recent), 4);
    // The gallery's forms refuse as the API does: Carol may neither add, remove nor keep.
    let (_, page) = carol.page(&format!("{path}/photos")).await;
    let refused = carol.client.post(carol.url(&format!("{path}/photos"))).header("sec-fetch-site", "same-origin")
        .multipart(reqwest::multipart::Form::new().text("csrf_token", csrf_token_in(&page))
            .part("photos", reqwest::multipart::Part::bytes(png(20, 20)).file_name("mine.png")))
        .send().await.unwrap();
    assert_eq!(refused.status(), 403);
    let first_id = first["id"].as_str().unwrap().to_owned();
    assert_eq!(carol.post_form(&format!("{path}/photos/{first_id}/remove"), &csrf_token_in(&page), &[]).await.status(), 403);
    assert_eq!(carol.post_form(&format!("{path}/photos/{first_id}/keep"), &csrf_token_in(&page), &[]).await.status(), 403);
    assert_eq!(photo_count(&visitor.get_json(&format!("/api/v1/events/{event}/photos")).await), 4, "nothing added or removed");
    let (_, gallery) = carol.page_unescaped(&format!("{path}/photos")).await;
    assert!(gallery.contains("by Grace Hopper") && gallery.contains("Lightning talks"), "{gallery}");
    assert!(gallery.contains("Only people who went to this meetup, and its organizers, can add photos."), "Carol is told why she cannot add");

    // Reports: anyone signed in who sees the photo, once; organizers see them and keep or remove.
    let report = |person: &Person, reason: &str| {
        let (person, url, reason) = (person.clone(), format!("/api/v1/photos/{first_id}/reports"), reason.to_owned());
        async move { person.send(Method::POST, &url, &json!({"reason": reason})).await }
    };
    let (status, body) = status_and_json(report(&carol, "My face is in it; please take it down.").await).await;
    assert_eq!((status, body["new"].as_bool()), (201, Some(true)));
    let (_, again) = status_and_json(report(&carol, "Again").await).await;
    assert_eq!(again["new"], false, "one report per person");
    assert_eq!(report(&carol, "   ").await.status(), 422);
    assert_eq!(report(&visitor, "spam").await.status(), 401);
    let storage = ada.get_json("/api/v1/groups/pyleeds/photos/storage").await;
    assert_eq!((storage["photos"].as_i64(), storage["quota_bytes"].as_i64()), (Some(4), Some(1024 * 1024 * 1024)));
    assert!(storage["used_bytes"].as_i64().unwrap() > 0);
    assert_eq!(storage["reported"][0]["reasons"], json!(["My face is in it; please take it down."]));
    assert_eq!(carol.get("/api/v1/groups/pyleeds/photos/storage").await.status(), 403);
    assert_eq!(carol.get("/g/pyleeds/settings/photos").await.status(), 403);
    let (status, settings) = ada.page_unescaped("/g/pyleeds/settings/photos").await;
    assert_eq!(status, 200);
    assert!(settings.contains("4 photos take") && settings.contains("My face is in it; please take it down."), "{settings}");
    assert_eq!(carol.send(Method::DELETE, &format!("/api/v1/photos/{first_id}/reports"), &json!({})).await.status(), 403, "only organizers keep");
    assert_eq!(ada.send(Method::DELETE, &format!("/api/v1/photos/{first_id}/reports"), &json!({})).await.status(), 204);
    assert!(ada.get_json("/api/v1/groups/pyleeds/photos/storage").await["reported"].as_array().unwrap().is_empty());

    // Removal: not by another member; by the uploader; by an organizer, through the page, audited.
    let second_id = listed[1]["id"].as_str().unwrap().to_owned();
    assert_eq!(carol.send(Method::DELETE, &format!("/api/v1/photos/{first_id}"), &json!({})).await.status(), 403);
    assert_eq!(grace.send(Method::DELETE, &format!("/api/v1/photos/{first_id}"), &json!({})).await.status(), 204);
    assert_eq!(visitor.get(first["url"].as_str().unwrap()).await.status(), 404, "the image is gone");
    assert_eq!(visitor.get(first["thumbnail_url"].as_str().unwrap()).await.status(), 404, "and its thumbnail");
    // A photo is removed under its own meetup's address only.
    let other = create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row, Leeds", json!({"title": "Another"}))).await.id;
    let elsewhere = ada.submit_form(&format!("{path}/photos"), &format!("/g/pyleeds/events/{other}/photos/{second_id}/remove"), &[]).await;
    assert_eq!(elsewhere.status(), 404);
    let removed = ada.submit_form(&format!("{path}/photos"), &format!("{path}/photos/{second_id}/remove"), &[]).await;
    assert_eq!(removed.status(), 303);
    assert_eq!(photo_count(&visitor.get_json(&format!("/api/v1/events/{event}/photos")).await), 2);
    let audit = ada.get_json("/api/v1/groups/pyleeds/audit").await;
    let actions: Vec<&str> = audit.as_array().unwrap().iter().filter_map(|e| e["action"].as_str()).collect();
    assert!(actions.contains(&"photo_removed") && actions.contains(&"photo_kept"), "{actions:?}");

    // Grace's remaining photo is in her data; the group's archive holds every photo, on its
    // static pages too, and another instance imports them.
    let mine = grace.get_json("/api/v1/me/export").await;
    assert_eq!(mine["photos"].as_array().unwrap().len(), 1, "{}", mine["photos"]);
    assert!(mine["photos"][0]["image"].as_str().unwrap().starts_with("data:image/jpeg;base64,/9j/"));
    let zip = ada.get("/api/v1/groups/pyleeds/archive").await.bytes().await.unwrap();
    let files = unzip(&zip);
    let archive: Value = serde_json::from_slice(&files.iter().find(|(n, _)| n == "archive.json").unwrap().1).unwrap();
    let photos = archive["events"][0]["photos"].as_array().unwrap();
    assert_eq!(photos.len(), 2);
    assert_eq!(photos[0]["uploaded_by"], "", "Grace did not allow her name in the archive");
    for photo in photos {
        let file = photo["file"].as_str().unwrap();
        let (_, bytes) = files.iter().find(|(n, _)| n == file).unwrap_or_else(|| panic!("{file} in the ZIP"));
        assert!(image::load_from_memory(bytes).is_ok());
    }
    let site = String::from_utf8(files.iter().find(|(n, _)| *n == format!("site/events/{event}.html")).unwrap().1.clone()).unwrap();
    assert!(site.contains(&format!("src=\"../../{}\"", photos[0]["file"].as_str().unwrap())), "{site}");
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("pyleeds.zip");
    std::fs::write(&zip_path, &zip).unwrap();
    let other = TestApp::spawn(backend).await;
    // A damaged photo refuses the whole import, naming it; nothing is written.
    let damaged_path = dir.path().join("damaged.zip");
    let first_file = photos[0]["file"].as_str().unwrap().to_owned();
    let mut damaged = zip::ZipWriter::new(std::fs::File::create(&damaged_path).unwrap());
    for (name, bytes) in &files {
        damaged.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
        let bytes: &[u8] = if *name == first_file { b"\xFF\xD8\xFF not a photo after all" } else { bytes };
        std::io::Write::write_all(&mut damaged, bytes).unwrap();
    }
    damaged.finish().unwrap();
    let (ok, stdout, stderr) = muster(&other, &["import", "archive", damaged_path.to_str().unwrap()]);
    assert!(!ok && stderr.contains("events[0].photos[0].file: The photo could not be read"), "{stdout}{stderr}");
    assert_eq!(other.visitor().get("/g/pyleeds").await.status(), 404, "nothing imported");
    let (ok, stdout, stderr) = muster(&other, &["import", "archive", zip_path.to_str().unwrap()]);
    assert!(ok && stdout.contains("photos 2"), "{stdout}{stderr}");
    let restored = other.visitor().get_json(&format!("/api/v1/events/{event}/photos")).await;
    assert_eq!(photo_count(&restored), 2);
    assert_eq!(restored[0]["caption"], "Lightning talks");
    assert_eq!(other.visitor().get(restored[0]["url"].as_str().unwrap()).await.status(), 200);

    // Deleting her account takes Grace's photos with it.
    let deleted = grace.submit_form("/account/delete", "/account/delete", &[("password", muster_e2e::PASSWORD)]).await;
    assert_eq!(deleted.status(), 303);
    assert_eq!(photo_count(&visitor.get_json(&format!("/api/v1/events/{event}/photos")).await), 1, "only Ada's is left");
});

backend_test!(async fn private_photos_stay_private_and_the_quota_holds(backend) {
    let app = TestApp::spawn_with(backend, |s| s.photo_quota_mb = 1).await;
    let ada = ada_organizing(&app, "secret", "private").await;
    let event = create_event(&ada, "secret", tech_hub_meetup("1 Park Row, Leeds", json!({"starts_at": "2026-11-05T18:30", "ends_at": "2026-11-05T21:00"}))).await.id;
    let path = format!("/g/secret/events/{event}");
    app.advance(Duration::days(4));
    let added = upload(&ada, &event, "", png(400, 300)).await;
    assert_eq!(added.status(), 201);
    let photo = json_body(added).await;
    let url = photo["url"].as_str().unwrap();

    // Outsiders and visitors: 404 everywhere, the image too, and it stays out of shared caches.
    let outsider = app.person("Olive", "olive@example.org").await;
    for person in [&outsider, &app.visitor()] {
        assert_eq!(person.get(&format!("{path}/photos")).await.status(), 404);
        assert_eq!(person.get(&format!("/api/v1/events/{event}/photos")).await.status(), 404);
        assert_eq!(person.get("/api/v1/groups/secret/photos").await.status(), 404);
        assert_eq!(person.get(url).await.status(), 404);
    }
    assert_eq!(outsider.send(Method::POST, &format!("/api/v1/photos/{}/reports", photo["id"].as_str().unwrap()), &json!({"reason": "x"})).await.status(), 404);
    let served = ada.get(url).await;
    assert_eq!(served.status(), 200);
    assert_eq!(served.headers()["cache-control"], "private, no-store");

    // A member sees them; once she leaves, she no longer does.
    let grace = app.person("Grace", "grace@example.org").await;
    app.add_membership("secret", &grace.id, muster_core::roles::Role::Member, muster_core::policy::MembershipStatus::Active).await;
    assert_eq!(photo_count(&grace.get_json(&format!("/api/v1/events/{event}/photos")).await), 1);
    assert_eq!(grace.get(url).await.status(), 200);
    assert_eq!(grace.post("/api/v1/groups/secret/leave", &json!({})).await.status(), 204);
    assert_eq!(grace.get(&format!("/api/v1/events/{event}/photos")).await.status(), 404);
    assert_eq!(grace.get(url).await.status(), 404);

    // The quota: 1 MiB. Noise does not compress, so a large noisy photo does not fit.
    let (status, body) = status_and_json(upload(&ada, &event, "", noisy_png(2048)).await).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("storage_full")), "{body}");
    assert!(body["message"].as_str().unwrap().contains("of 1 MiB used"), "{body}");
    let storage = ada.get_json("/api/v1/groups/secret/photos/storage").await;
    assert_eq!((storage["photos"].as_i64(), storage["quota_bytes"].as_i64()), (Some(1), Some(1024 * 1024)));
});

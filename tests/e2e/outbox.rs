//! Email delivery through the durable outbox: leases, retries, failures, isolation, and
//! exactly-once delivery with several workers.

use std::{collections::HashSet, time::Duration};

use muster_app::mailer::{self, Outgoing};
use muster_db::outbox::{self, Status};
use muster_e2e::{Mail, SmtpReply, TestApp, backend_test, csrf_token_in};
use muster_mail::MailMessage;
use muster_worker::WorkerOptions;
use serde_json::json;

backend_test!(async fn a_worker_that_dies_after_claiming_releases_the_email_when_its_lease_expires(backend) {
    let app = TestApp::spawn(backend).await;
    app.enqueue_emails(1).await;
    let doomed = app.another_worker(WorkerOptions::default());
    let (_, claimed) = doomed.claim().await.unwrap();
    assert_eq!(claimed.len(), 1);
    drop(doomed); // killed between claim and send

    assert_eq!(app.deliver_mail().await.claimed, 0, "the lease still holds the row");
    assert!(app.smtp.received().is_empty());
    app.advance(chrono::Duration::minutes(6));
    let report = app.deliver_mail().await;
    assert_eq!((report.claimed, report.sent), (1, 1));
    assert_eq!(app.smtp.received().len(), 1);
});

backend_test!(async fn mail_abandoned_by_a_dead_worker_is_sent_within_about_a_minute(backend) {
    let app = TestApp::spawn(backend).await;
    app.enqueue_emails(3).await;
    let doomed = app.another_worker(WorkerOptions::default());
    let (_, claimed) = doomed.claim().await.unwrap();
    assert_eq!(claimed.len(), 3);
    drop(doomed); // killed holding its batch

    app.advance(chrono::Duration::seconds(30));
    assert_eq!(app.deliver_mail().await.claimed, 0, "the short lease still holds the batch");
    app.advance(chrono::Duration::seconds(31));
    let report = app.deliver_mail().await;
    assert_eq!((report.claimed, report.sent), (3, 3), "a minute later another worker sends it");
    let received = app.smtp.received();
    assert_eq!(received.len(), 3);
    let ids: HashSet<String> = received.iter().map(|m| Mail::parse(m).message_id).collect();
    assert_eq!(ids.len(), 3, "each once");
});

backend_test!(async fn a_live_workers_renewed_lease_is_not_stolen(backend) {
    let app = TestApp::spawn(backend).await;
    app.enqueue_emails(3).await;
    let live = app.another_worker(WorkerOptions::default());
    let (claim, rows) = live.claim().await.unwrap();
    assert_eq!(rows.len(), 3);
    // The heartbeat while it sends: the lease is renewed before the first one ran out…
    app.advance(chrono::Duration::seconds(40));
    assert_eq!(live.renew(&claim).await.unwrap().len(), 3);
    // …so past the first lease, another worker finds nothing to take.
    app.advance(chrono::Duration::seconds(40));
    assert_eq!(app.deliver_mail().await.claimed, 0, "a renewed lease holds");
    let report = live.deliver_claimed(&claim, rows).await.unwrap();
    assert_eq!((report.sent, report.lost_lease), (3, 0));
    assert_eq!(app.smtp.received().len(), 3, "sent once, by the worker holding them");

    // A worker that stops renewing loses its rows to others, and does not send them again.
    app.enqueue_emails(2).await;
    let stalled = app.another_worker(WorkerOptions::default());
    let (claim, rows) = stalled.claim().await.unwrap();
    assert_eq!(rows.len(), 2);
    app.advance(chrono::Duration::seconds(61));
    assert_eq!(app.deliver_mail().await.sent, 2);
    let late = stalled.deliver_claimed(&claim, rows).await.unwrap();
    assert_eq!((late.sent, late.lost_lease), (0, 2));
    assert_eq!(app.smtp.received().len(), 5);
});

backend_test!(async fn two_workers_send_every_email_exactly_once(backend) {
    let app = TestApp::spawn(backend).await;
    app.enqueue_emails(200).await;
    let options = WorkerOptions { batch_size: 10, ..WorkerOptions::default() };
    let (a, b) = (app.another_worker(options), app.another_worker(options));
    // One batch each first, so both take part however the scheduler interleaves them below
    // (under load one worker could otherwise drain all 200 before the other's first poll).
    let (mut ra, mut rb) = (a.run_once().await.unwrap(), b.run_once().await.unwrap());
    let (rest_a, rest_b) = tokio::join!(a.run_until_idle(), b.run_until_idle());
    ra.add(rest_a.unwrap());
    rb.add(rest_b.unwrap());
    assert_eq!(ra.sent + rb.sent, 200);
    assert!(ra.sent > 0 && rb.sent > 0, "both workers took part: {ra:?} {rb:?}");
    assert_eq!(ra.lost_lease + rb.lost_lease, 0);

    let received = app.smtp.received();
    assert_eq!(received.len(), 200);
    let ids: HashSet<String> = received.iter().map(|m| Mail::parse(m).message_id).collect();
    assert_eq!(ids.len(), 200, "no message sent twice");
    let recipients: HashSet<String> = received.iter().map(|m| m.to[0].clone()).collect();
    assert_eq!(recipients.len(), 200, "every recipient once");
});

backend_test!(async fn transient_smtp_refusals_are_retried_later(backend) {
    let app = TestApp::spawn(backend).await;
    app.smtp.script([SmtpReply::TransientFailure, SmtpReply::TransientFailure]);
    app.enqueue_emails(1).await;
    let first = app.deliver_mail().await;
    assert_eq!((first.retried, first.sent), (1, 0));
    let row = app.db.read(|c| outbox::list(c, Some(Status::Pending), 10)).await.unwrap().remove(0);
    assert_eq!(row.attempts, 1);
    assert!(row.last_error.as_deref().unwrap().contains("451"), "{:?}", row.last_error);

    assert_eq!(app.deliver_mail().await.claimed, 0, "not before the back-off");
    app.advance(chrono::Duration::seconds(31));
    assert_eq!(app.deliver_mail().await.retried, 1, "second refusal: backs off longer");
    app.advance(chrono::Duration::seconds(31));
    assert_eq!(app.deliver_mail().await.claimed, 0);
    app.advance(chrono::Duration::seconds(30));
    assert_eq!(app.deliver_mail().await.sent, 1);
    assert_eq!(app.smtp.received().len(), 1);
    assert_eq!(app.smtp.refused(), 2);
});

backend_test!(async fn permanent_refusals_fail_visibly_and_can_be_requeued(backend) {
    let app = TestApp::spawn(backend).await;
    app.smtp.set_mode(SmtpReply::PermanentFailure);
    app.enqueue_emails(1).await;
    assert_eq!(app.deliver_mail().await.failed, 1);
    let listed = muster::commands::outbox_report(&app.db, Some("failed"), 10).await.unwrap();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(listed[0].contains("failed") && listed[0].contains("person0@example.org") && listed[0].contains("550"), "{listed:?}");
    let default_listing = muster::commands::outbox_report(&app.db, None, 10).await.unwrap();
    assert_eq!(default_listing, listed, "the default listing shows failures");

    app.smtp.set_mode(SmtpReply::Accept);
    let now = muster_core::Clock::now(&app.clock);
    assert_eq!(app.db.write(move |c| outbox::requeue_failed(c, None, now)).await.unwrap(), 1);
    assert_eq!(app.deliver_mail().await.sent, 1);
    assert_eq!(app.smtp.received().len(), 1);
});

backend_test!(async fn a_poison_email_fails_alone_and_hostile_names_cannot_inject_headers(backend) {
    let app = TestApp::spawn(backend).await;
    let now = muster_core::Clock::now(&app.clock);
    app.db
        .write(move |c| {
            outbox::enqueue(c, &outbox::NewEmail {
                kind: "garbage".into(),
                recipient: "x@example.org".into(),
                payload: "{not json".into(),
                dedupe_key: "garbage-1".into(),
                run_after: now,
                event_id: None,
            }, now)?;
            outbox::enqueue(c, &outbox::NewEmail {
                kind: "bad_recipient".into(),
                recipient: "not an address".into(),
                payload: r#"{"message":{"template":"password_reset_unknown"}}"#.into(),
                dedupe_key: "bad-recipient-1".into(),
                run_after: now,
                event_id: None,
            }, now)?;
            // A name stored before validation existed, or by a bug elsewhere.
            mailer::enqueue(c, Outgoing {
                to_email: "victim@example.org".into(),
                to_name: Some("Victim\r\nBcc: everyone@example.org\0".into()),
                message: MailMessage::PasswordChanged { name: "Victim\r\nX-Injected: yes".into() },
                link: None,
            about: None,
            calendar: None, locale: None,
            }, now)
        })
        .await
        .unwrap();
    let report = app.deliver_mail().await;
    assert_eq!((report.failed, report.sent), (2, 1), "{report:?}");
    let received = app.smtp.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].to, vec!["victim@example.org".to_owned()], "no smuggled recipient");
    let headers = &received[0].data[..received[0].data.find("\r\n\r\n").unwrap()];
    assert!(!headers.contains("\r\nBcc:") && !headers.contains("\r\nX-Injected"), "{headers}");
    let failed = app.db.read(|c| outbox::list(c, Some(Status::Failed), 10)).await.unwrap();
    assert!(failed.iter().any(|r| r.last_error.as_deref().unwrap_or_default().starts_with("unreadable payload")));
});

backend_test!(async fn the_enqueue_dedupe_key_sends_one_email(backend) {
    let app = TestApp::spawn(backend).await;
    let now = muster_core::Clock::now(&app.clock);
    let inserted = app
        .db
        .write(move |c| {
            let email = |_: ()| Outgoing { to_email: "a@example.org".into(), to_name: None, message: MailMessage::PasswordResetUnknown, link: None, about: None, calendar: None, locale: None };
            mailer::enqueue_with_key(c, email(()), "reminder:event-1:ada".into(), now)?;
            mailer::enqueue_with_key(c, email(()), "reminder:event-1:ada".into(), now)?;
            outbox::due_count(c, now, &[])
        })
        .await
        .unwrap();
    assert_eq!(inserted, 1);
    assert_eq!(app.deliver_mail().await.sent, 1);
});

backend_test!(async fn the_in_process_worker_delivers_by_itself(backend) {
    let app = TestApp::spawn_with(backend, |s| s.run_worker = true).await;
    let signup = app.post_json("/api/v1/auth/signup", &json!({"email": "ada@example.org", "password": muster_e2e::PASSWORD, "name": "Ada"})).await;
    assert_eq!(signup.status(), 201);
    let mail = app.smtp.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(mail[0].to, vec!["ada@example.org".to_owned()]);
    app.wait_until_outbox_drained(Duration::from_secs(10)).await;
});

backend_test!(async fn without_smtp_email_is_written_to_the_data_directory(backend) {
    let app = TestApp::spawn_with(backend, |s| s.smtp_url = None).await;
    app.post_json("/api/v1/auth/signup", &json!({"email": "ada@example.org", "password": muster_e2e::PASSWORD, "name": "Ada"})).await;
    assert_eq!(app.deliver_mail().await.sent, 1);
    let outbox_dir = app.data_dir.path().join("outbox");
    let files: Vec<_> = std::fs::read_dir(&outbox_dir).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(files[0].extension().unwrap(), "eml");
    let eml = std::fs::read_to_string(&files[0]).unwrap();
    assert!(eml.contains("To: Ada <ada@example.org>"), "{eml}");
    assert!(eml.contains("/account/verify/"));
});

backend_test!(async fn a_lease_shorter_than_one_send_is_lengthened(backend) {
    let app = TestApp::spawn(backend).await;
    app.enqueue_emails(3).await;
    // A lease shorter than one send's time limit could end mid-send: the worker lengthens it.
    let hurried = app.another_worker(WorkerOptions {
        lease: chrono::Duration::seconds(30),
        send_timeout: Duration::from_secs(60),
        ..WorkerOptions::default()
    });
    let (claim, rows) = hurried.claim().await.unwrap();
    app.advance(chrono::Duration::seconds(31));
    assert_eq!(app.deliver_mail().await.claimed, 0, "held past the configured 30 s");
    let report = hurried.deliver_claimed(&claim, rows).await.unwrap();
    assert_eq!((report.claimed, report.sent), (3, 3));
    assert_eq!(app.smtp.received().len(), 3);
});

backend_test!(async fn an_idle_worker_and_tick_do_not_wait_for_the_writer(backend) {
    let app = TestApp::spawn(backend).await;
    // A long write holds the database's writer (on SQLite, the one write connection).
    let (held, is_held) = tokio::sync::oneshot::channel();
    let (release, released) = std::sync::mpsc::channel::<()>();
    let db = app.db.clone();
    let writer = tokio::spawn(async move {
        db.write(move |_| {
            held.send(()).unwrap();
            released.recv().unwrap();
            Ok(())
        })
        .await
    });
    is_held.await.unwrap();
    // With nothing due, both only read.
    let idle = tokio::time::timeout(Duration::from_secs(5), async { (app.deliver_mail().await, app.tick().await) }).await;
    release.send(()).unwrap();
    writer.await.unwrap().unwrap();
    let (delivered, ticked) = idle.expect("an idle pass waited for the writer");
    assert_eq!(delivered.claimed, 0);
    assert_eq!(ticked, muster_worker::TickReport::default());

    // Once something is due, the worker takes the writer and sends it.
    app.enqueue_emails(1).await;
    assert_eq!(app.deliver_mail().await.sent, 1);
});

backend_test!(async fn administrators_see_failed_mail_and_requeue_it_from_a_page(backend) {
    let app = TestApp::spawn(backend).await;
    app.enqueue_emails(2).await;
    app.smtp.script([SmtpReply::PermanentFailure, SmtpReply::TransientFailure]);
    let first = app.deliver_mail().await;
    assert_eq!((first.failed, first.retried), (1, 1));
    let failed = app.db.read(|c| outbox::list(c, Some(Status::Failed), 10)).await.unwrap().remove(0);
    let retrying = app.db.read(|c| outbox::list(c, Some(Status::Pending), 10)).await.unwrap().remove(0);

    let admin = app.admin("Root", "root@example.org").await;
    let (status, adoptions) = admin.page("/admin/adoptions").await;
    assert_eq!(status, 200);
    assert!(adoptions.contains("href=\"/admin/outbox\""), "linked from the admin pages");
    let (status, html) = admin.page("/admin/outbox").await;
    assert_eq!(status, 200);
    let (failed_part, retry_part) = html.split_once("Being retried").unwrap();
    assert!(failed_part.contains(&failed.recipient) && failed_part.contains("password_changed") && failed_part.contains("550"), "{failed_part}");
    assert!(failed_part.contains(&format!("/admin/outbox/{}/requeue", failed.id)));
    assert!(retry_part.contains(&retrying.recipient) && retry_part.contains("451") && retry_part.contains("UTC"), "next try shown: {retry_part}");
    assert!(!retry_part.contains("/requeue"), "only failed mail has the button");

    // Others may neither see nor requeue it; a form without the token is refused too.
    let member = app.person("Grace", "grace@example.org").await;
    assert_eq!(member.get("/admin/outbox").await.status(), 403);
    let csrf = csrf_token_in(&member.page("/account/settings").await.1);
    let action = format!("/admin/outbox/{}/requeue", failed.id);
    assert_eq!(member.post_form(&action, &csrf, &[]).await.status(), 403);
    assert_ne!(app.visitor().get("/admin/outbox").await.status(), 200);
    assert_eq!(admin.post_form(&action, "forged", &[]).await.status(), 403);
    let still = app.db.read(|c| outbox::list(c, Some(Status::Failed), 10)).await.unwrap();
    assert_eq!(still.len(), 1, "nothing was requeued by the refused requests");

    // The administrator requeues it; it goes out.
    let requeued = admin.post_form(&action, &csrf_token_in(&html), &[]).await;
    assert_eq!(requeued.status(), 303);
    assert_eq!(requeued.headers()["location"], "/admin/outbox?notice=requeued");
    let (_, after) = admin.page("/admin/outbox?notice=requeued").await;
    assert!(after.contains("back in the queue") && after.contains("No failed email."), "{after}");
    app.advance(chrono::Duration::seconds(31));
    assert_eq!(app.deliver_mail().await.sent, 2);
    assert!(app.smtp.received().iter().any(|m| m.to[0] == failed.recipient));
});

backend_test!(async fn an_email_dropped_while_a_worker_holds_it_is_not_sent_or_is_recorded_as_sent(backend) {
    // A person stops going while the worker holds their confirmation: not yet sent, it is not
    // sent at all; already on its way, it is recorded as what it is, sent. Neither is taken
    // for another worker's doing.
    let app = TestApp::spawn(backend).await;
    app.enqueue_emails(3).await;
    let worker = app.another_worker(WorkerOptions::default());
    let (claim, rows) = worker.claim().await.unwrap();
    assert_eq!(rows.len(), 3);
    let now = muster_core::Clock::now(&app.clock);
    let dropped = app
        .db
        .write(move |c| {
            outbox::drop_pending(c, outbox::Pending { recipient: Some("person0@example.org"), ..Default::default() }, "the person is no longer going", now)
        })
        .await
        .unwrap();
    assert_eq!(dropped, 1);
    let report = worker.deliver_claimed(&claim, rows).await.unwrap();
    assert_eq!((report.sent, report.dropped, report.lost_lease), (2, 1, 0));
    let to: Vec<String> = app.smtp.received().iter().map(|m| Mail::parse(m).to).collect();
    assert_eq!(to.len(), 2);
    assert!(!to.iter().any(|t| t.contains("person0@example.org")), "{to:?}");

    // Dropped after it was handed to the mail server, before the worker wrote down that it
    // was sent: it went out, and says so.
    app.enqueue_emails(1).await;
    let (claim, rows) = worker.claim().await.unwrap();
    let id = rows[0].id;
    let recorded = app
        .db
        .write(move |c| {
            outbox::drop_pending(c, outbox::Pending { recipient: Some("person0@example.org"), ..Default::default() }, "the person is no longer going", now)?;
            outbox::mark_sent(c, id, &claim, now)
        })
        .await
        .unwrap();
    assert!(recorded);
    let status = app.db.read(move |c| outbox::status_of(c, id)).await.unwrap();
    assert_eq!(status, Some(Status::Sent));
});

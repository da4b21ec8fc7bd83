# Every email Muster sends: subjects, plain-text parts (-txt) and HTML parts (-html).

## Shared words

email-hello-name = Hallo { $name },
email-hello = Hallo,
email-label-when = Wann:
email-label-where = Wo:
email-label-title = Titel:
email-label-join-online = Online teilnehmen:
email-label-reported-by = Gemeldet von:
email-label-about = Betrifft:
email-was = (vorher { $value })
email-see-event = Zur Veranstaltung
email-open-group = Gruppe öffnen
email-open-event = Veranstaltung öffnen
email-review-request = Anfrage prüfen
email-open-account-settings = Kontoeinstellungen öffnen
email-reset-my-password = Passwort zurücksetzen
email-or-open-link = Oder öffnen Sie diesen Link:
email-ignore-if-not-asked = Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.
email-reason = Begründung: { $reason }
email-email-settings = E-Mail-Einstellungen
email-email-settings-txt = E-Mail-Einstellungen: { $url }

## Footers

email-footer-account = Sie erhalten diese E-Mail zu Ihrem Konto bei <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>.
email-footer-organizer-txt = Sie erhalten diese E-Mail, weil Sie { $group } bei { $instance } organisieren · { $url }
email-footer-organizer-html = Sie erhalten diese E-Mail, weil Sie { $group } bei <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> organisieren.
email-footer-moderator-html = Sie erhalten diese E-Mail, weil Sie { $group } bei <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> moderieren.
email-group-footer-txt = { $group } bei { $instance } · { $url }
email-group-footer-conduct-txt = Verhaltenskodex: { $url }
email-group-footer-stop-txt = { $topic } von { $group } abbestellen (ein Klick): { $url }
email-group-footer-html = Sie erhalten diese E-Mail als Mitglied von { $group } bei <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>. Bei jeder Veranstaltung gilt unser <a href="{ $conduct }" style="color:#2f5d8a;">Verhaltenskodex</a>.
email-group-footer-stop-html = { $topic } von { $group } abbestellen
email-topic-announcements = Ankündigungen neuer Veranstaltungen
email-topic-reminders = Erinnerungen an zugesagte Veranstaltungen
email-topic-messages = Nachrichten der Organisator*innen

## Account

email-verify-subject = Bestätigen Sie Ihre E-Mail-Adresse für { $instance }
email-verify-intro-txt = Bitte bestätigen Sie, dass dies Ihre E-Mail-Adresse ist, damit Sie bei { $instance } Gruppen gründen und sich zu Treffen anmelden können:
email-verify-intro-html = Bitte bestätigen Sie, dass dies Ihre E-Mail-Adresse ist, damit Sie bei { $instance } Gruppen gründen und sich zu Treffen anmelden können.
email-verify-button = E-Mail-Adresse bestätigen
email-verify-expiry-txt = Der Link funktioniert einmal und läuft in 3 Tagen ab. Wenn Sie sich nicht registriert haben, ignorieren Sie diese E-Mail.
email-verify-expiry-html = Er funktioniert einmal und läuft in 3 Tagen ab. Wenn Sie sich nicht registriert haben, ignorieren Sie diese E-Mail.

email-reset-subject = Setzen Sie Ihr Passwort für { $instance } zurück
email-reset-intro-txt = Jemand – hoffentlich Sie – hat angefragt, das Passwort Ihres Kontos bei { $instance } zurückzusetzen. Hier wählen Sie ein neues Passwort:
email-reset-intro-html = Jemand – hoffentlich Sie – hat angefragt, das Passwort Ihres Kontos bei { $instance } zurückzusetzen.
email-reset-button = Neues Passwort wählen
email-reset-expiry-txt = Der Link funktioniert einmal und läuft in 1 Stunde ab. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.
email-reset-expiry-html = Er funktioniert einmal und läuft in 1 Stunde ab. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.

email-reset-unknown-subject = Passwort-Zurücksetzung bei { $instance } angefordert
email-reset-unknown-intro = Jemand hat angefragt, das Passwort eines Kontos bei { $instance } für diese E-Mail-Adresse zurückzusetzen, aber es gibt kein Konto mit dieser Adresse.
email-reset-unknown-signup = Falls Sie das waren, haben Sie sich vielleicht mit einer anderen Adresse registriert. Sie können auch ein Konto anlegen:
email-reset-unknown-button = Registrieren

email-signup-existing-subject = Sie haben bereits ein Konto bei { $instance }
email-signup-existing-intro = Jemand hat versucht, sich mit dieser E-Mail-Adresse bei { $instance } zu registrieren, aber Sie haben bereits ein Konto. Falls Sie das waren, melden Sie sich an – oder setzen Sie Ihr Passwort zurück, wenn Sie es vergessen haben:
email-signup-existing-not-you = Falls Sie das nicht waren, ignorieren Sie diese E-Mail. Es hat sich nichts geändert.

email-confirm-change-subject = Bestätigen Sie Ihre neue E-Mail-Adresse für { $instance }
email-confirm-change-intro-txt = Bitte bestätigen Sie, dass { $email } die E-Mail-Adresse Ihres Kontos bei { $instance } werden soll:
email-confirm-change-intro-html = Bitte bestätigen Sie, dass { $email } die E-Mail-Adresse Ihres Kontos bei { $instance } werden soll.
email-confirm-change-button = Neue Adresse bestätigen
email-confirm-change-expiry-txt = Der Link funktioniert einmal und läuft in 1 Tag ab. Bis Sie bestätigen, behält Ihr Konto seine bisherige Adresse.
email-confirm-change-expiry-html = Er funktioniert einmal und läuft in 1 Tag ab. Bis Sie bestätigen, behält Ihr Konto seine bisherige Adresse.

email-change-requested-subject = Die E-Mail-Adresse Ihres Kontos bei { $instance } wird geändert
email-change-requested-intro-txt = Jemand hat angefragt, die E-Mail-Adresse Ihres Kontos bei { $instance } in { $email } zu ändern. Die Änderung erfolgt erst, wenn die neue Adresse bestätigt ist.
email-change-requested-intro-html = Jemand hat angefragt, die E-Mail-Adresse Ihres Kontos bei { $instance } in <strong>{ $email }</strong> zu ändern. Die Änderung erfolgt erst, wenn die neue Adresse bestätigt ist.
email-change-requested-not-you = Falls Sie das nicht waren, ändern Sie jetzt Ihr Passwort und prüfen Sie Ihre Kontoeinstellungen:

email-password-changed-subject = Ihr Passwort bei { $instance } wurde geändert
email-password-changed-intro = Das Passwort Ihres Kontos bei { $instance } wurde soeben geändert, und alle Geräte wurden abgemeldet.
email-password-changed-not-you-txt = Falls Sie das nicht waren, setzen Sie Ihr Passwort sofort zurück: { $url }/account/reset
email-password-changed-not-you-html = Falls Sie das nicht waren, setzen Sie Ihr Passwort sofort zurück:

email-address-in-use-subject = Für diese Adresse gibt es bereits ein Konto bei { $instance }
email-address-in-use-intro = Jemand wollte ein anderes Konto bei { $instance } auf diese E-Mail-Adresse umstellen. Für diese Adresse gibt es bereits ein Konto, daher wurde nichts geändert.
email-address-in-use-reset = Falls Sie das Passwort Ihres Kontos vergessen haben, können Sie es zurücksetzen:

## Groups

email-invitation-subject = Sie sind eingeladen, { $group } beizutreten
email-invitation-intro-txt = { $inviter } lädt Sie ein, { $group } bei { $instance } beizutreten. Nehmen Sie die Einladung hier an (melden Sie sich vorher an oder registrieren Sie sich, falls nötig):
email-invitation-intro-html = { $inviter } lädt Sie ein, <strong>{ $group }</strong> bei { $instance } beizutreten.
email-invitation-button = Einladung annehmen
email-invitation-expiry = Der Link funktioniert einmal und läuft in 14 Tagen ab. Wenn Sie nicht beitreten möchten, ignorieren Sie diese E-Mail.

email-membership-approved-subject = Willkommen bei { $group }
email-membership-approved-txt = Ihre Anfrage, { $group } beizutreten, wurde angenommen. Willkommen! Sehen Sie, was demnächst ansteht:
email-membership-approved-html = Ihre Anfrage, <strong>{ $group }</strong> beizutreten, wurde angenommen. Willkommen!
email-membership-approved-button = Demnächst anstehende Veranstaltungen

email-conduct-subject = Eine Meldung zum Verhaltenskodex für { $group }
email-conduct-intro-txt = Den Organisator*innen von { $group } wurde ein Verstoß gegen den Verhaltenskodex gemeldet.
email-conduct-intro-html = Den Organisator*innen von <strong>{ $group }</strong> wurde ein Verstoß gegen den Verhaltenskodex gemeldet.
email-conduct-private-txt = Meldungen sind nur für die Organisator*innen sichtbar (und, wenn eine Meldung eine*n Organisator*in betrifft, für die Administrator*innen der Instanz). Hier können Sie sich darum kümmern und sie als erledigt markieren:
email-conduct-private-html = Meldungen sind nur für die Organisator*innen sichtbar (und, wenn eine Meldung eine*n Organisator*in betrifft, für die Administrator*innen der Instanz).
email-conduct-button = Meldungen öffnen

email-join-request-subject = { $requester } möchte { $group } beitreten
email-join-request-txt = { $requester } möchte { $group } beitreten. Hier nehmen Sie die Anfrage an oder lehnen sie ab:
email-join-request-html = <strong>{ $requester }</strong> möchte <strong>{ $group }</strong> beitreten.

email-adoption-requested-subject = { $requester } möchte { $group } übernehmen
email-adoption-requested-intro-txt = { $requester } möchte { $group }, die schon lange keine Veranstaltung mehr hatte, übernehmen und eine*r ihrer Organisator*innen werden.
email-adoption-requested-intro-html = <strong>{ $requester }</strong> möchte <strong>{ $group }</strong>, die schon lange keine Veranstaltung mehr hatte, übernehmen und eine*r ihrer Organisator*innen werden.
email-adoption-their-message = Die Nachricht dazu:
email-adoption-requested-refuse-txt = Wenn Sie die Gruppe noch betreuen und das nicht möchten, lehnen Sie die Anfrage vor dem { $date } ab:
email-adoption-requested-after-txt = Nach diesem Datum kann die Administration von { $instance } sie genehmigen. Sie bleiben in jedem Fall Organisator*in.
email-adoption-requested-refuse-html = Wenn Sie die Gruppe noch betreuen und das nicht möchten, lehnen Sie die Anfrage vor dem <strong>{ $date }</strong> ab. Nach diesem Datum kann die Administration von { $instance } sie genehmigen. Sie bleiben in jedem Fall Organisator*in.

email-adoption-approved-subject = Sie organisieren jetzt { $group }
email-adoption-declined-subject = Ihre Anfrage, { $group } zu übernehmen, wurde abgelehnt
email-adoption-approved-txt = Ihre Anfrage, { $group } zu übernehmen, wurde genehmigt. Sie gehören jetzt zu den Organisator*innen: Willkommen an Bord!
email-adoption-approved-html = Ihre Anfrage, <strong>{ $group }</strong> zu übernehmen, wurde genehmigt. Sie gehören jetzt zu den Organisator*innen: Willkommen an Bord!
email-adoption-refused-txt = Die Organisator*innen von { $group } haben Ihre Anfrage zur Übernahme abgelehnt: Sie betreuen die Gruppe weiterhin.
email-adoption-refused-html = Die Organisator*innen von <strong>{ $group }</strong> haben Ihre Anfrage zur Übernahme abgelehnt: Sie betreuen die Gruppe weiterhin.
email-adoption-rejected-txt = Ihre Anfrage, { $group } zu übernehmen, wurde von der Administration von { $instance } abgelehnt.
email-adoption-rejected-html = Ihre Anfrage, <strong>{ $group }</strong> zu übernehmen, wurde von der Administration von { $instance } abgelehnt.

email-co-organizer-subject = { $adopter } organisiert { $group } jetzt mit Ihnen
email-co-organizer-txt = { $adopter } wollte { $group } übernehmen, niemand hat vor Ablauf der Frist widersprochen, und die Administration von { $instance } hat die Anfrage genehmigt. { $adopter } gehört jetzt zusammen mit Ihnen zu den Organisator*innen der Gruppe. Sie bleiben Organisator*in; in den Einstellungen der Gruppe sehen Sie alle, die sie betreuen:
email-co-organizer-html = { $adopter } wollte <strong>{ $group }</strong> übernehmen, niemand hat vor Ablauf der Frist widersprochen, und die Administration von { $instance } hat die Anfrage genehmigt. { $adopter } gehört jetzt zusammen mit Ihnen zu den Organisator*innen der Gruppe. Sie bleiben Organisator*in; in den Einstellungen der Gruppe sehen Sie alle, die sie betreuen.
email-co-organizer-button = Gruppeneinstellungen öffnen

email-organizer-wrote-txt = { $sender }, Organisator*in von { $group }, schreibt:
email-organizer-wrote-about-txt = { $sender }, Organisator*in von { $group }, schreibt zu { $event }:
email-organizer-wrote-html = { $sender }, Organisator*in von <strong>{ $group }</strong>, schreibt:
email-organizer-wrote-about-html = { $sender }, Organisator*in von <strong>{ $group }</strong>, schreibt zu <strong>{ $event }</strong>:

## Events

email-promoted-subject = Sie sind dabei: { $event }
email-promoted-intro-txt = Gute Nachricht: Ein Platz ist frei geworden, und Sie nehmen jetzt an { $event } ({ $group }) teil.
email-promoted-intro-html = Gute Nachricht: Ein Platz ist frei geworden, und Sie sind jetzt bei <strong>{ $event }</strong> ({ $group }) <strong>dabei</strong>.
email-promoted-outro-txt =
    Auf der Veranstaltungsseite finden Sie alle Details und eine Schaltfläche, falls Sie doch nicht
    kommen können (dann geht der Platz an die nächste Person auf der Warteliste):
email-promoted-outro-html = Falls Sie doch nicht kommen können, sagen Sie auf der Veranstaltungsseite ab, dann geht der Platz an die nächste Person auf der Warteliste.

email-announcement-subject = Neue Veranstaltung: { $event } ({ $group })
email-announcement-intro-txt = { $group } hat eine neue Veranstaltung:
email-announcement-intro-html = <strong>{ $group }</strong> hat eine neue Veranstaltung:
email-announcement-details-txt = Details und Anmeldung:
email-announcement-button = Details und Anmeldung

email-rsvp-going-subject = Sie sind dabei: { $event }
email-rsvp-waitlist-subject = Sie stehen auf der Warteliste (Nr. { $position }): { $event }
email-rsvp-going-txt =
    Sie nehmen an { $event } ({ $group }) teil. Die angehängte Einladung
    trägt die Veranstaltung in Ihren Kalender ein und zieht mit, wenn sie sich ändert.
email-rsvp-waitlist-txt =
    Die Veranstaltung ist ausgebucht, daher stehen Sie für { $event }
    ({ $group }) auf Platz { $position } der Warteliste. Wird ein Platz frei, bekommt ihn die nächste
    Person auf der Liste, und sie erhält sofort eine E-Mail.
email-rsvp-going-html = Sie sind bei <strong>{ $event }</strong> ({ $group }) <strong>dabei</strong>. Die angehängte Einladung trägt die Veranstaltung in Ihren Kalender ein und zieht mit, wenn sie sich ändert.
email-rsvp-waitlist-html = Die Veranstaltung ist ausgebucht, daher stehen Sie für <strong>{ $event }</strong> ({ $group }) auf Platz <strong>{ $position }</strong> der <strong>Warteliste</strong>. Wird ein Platz frei, bekommt ihn die nächste Person auf der Liste, und sie erhält sofort eine E-Mail.
email-rsvp-plans-change-txt = Wenn sich Ihre Pläne ändern, antworten Sie auf der Veranstaltungsseite neu, damit der Platz an jemand anderen geht:
email-rsvp-plans-change-html = Wenn sich Ihre Pläne ändern, antworten Sie auf der Veranstaltungsseite neu, damit der Platz an jemand anderen geht.

email-reminder-subject = Erinnerung: { $event } beginnt in { $lead }
email-reminder-intro-txt = { $event } ({ $group }) beginnt in { $lead }, und Sie sind dabei.
email-reminder-intro-html = <strong>{ $event }</strong> ({ $group }) beginnt in { $lead }, und Sie sind dabei.
email-reminder-still-coming-txt = Sie kommen weiterhin? Ein Klick sagt es den Organisator*innen:
email-reminder-cant-make-it-txt = Sie können nicht kommen? Ein Klick gibt Ihren Platz für die nächste Person auf der Warteliste frei:
email-reminder-event-page-txt = Die Veranstaltungsseite:
email-reminder-still-coming = Ich komme
email-reminder-cant-make-it = Ich kann nicht
email-reminder-frees-seat-html = „Ich kann nicht“ gibt Ihren Platz für die nächste Person auf der Warteliste frei. <a href="{ $url }" style="color:#2f5d8a;">Zur Veranstaltung</a>.

email-changed-subject = Geändert: { $event }, jetzt { $when }
email-changed-intro-txt = { $event } ({ $group }) hat sich geändert. So ist der aktuelle Stand:
email-changed-intro-html = <strong>{ $event }</strong> ({ $group }) hat sich geändert. So ist der aktuelle Stand:
email-changed-no-place-now = jetzt kein Ort angegeben
email-changed-no-place-given = kein Ort angegeben
email-changed-outro-txt =
    Die angehängte Aktualisierung verschiebt die Veranstaltung in Ihrem Kalender. Wenn Sie nicht mehr kommen
    können, antworten Sie auf der Veranstaltungsseite neu, damit der Platz an jemand anderen geht:
email-changed-outro-html = Die angehängte Aktualisierung verschiebt die Veranstaltung in Ihrem Kalender. Wenn Sie nicht mehr kommen können, antworten Sie auf der Veranstaltungsseite neu, damit der Platz an jemand anderen geht.

email-cancelled-subject = Abgesagt: { $event }
email-cancelled-intro-txt = { $event } ({ $group }), geplant für { $when }, ist abgesagt.
email-cancelled-intro-html = <strong>{ $event }</strong> ({ $group }), geplant für { $when }, ist <strong>abgesagt</strong>.
email-cancelled-wrote-txt = Die Organisator*innen schreiben: { $reason }
email-cancelled-wrote-html = Die Organisator*innen schreiben:
email-cancelled-outro-txt = Die angehängte Absage entfernt die Veranstaltung aus Ihrem Kalender. Die Veranstaltungsseite bleibt online:
email-cancelled-outro-html = Die angehängte Absage entfernt die Veranstaltung aus Ihrem Kalender. Die Veranstaltungsseite bleibt online.

# Seiten für Organisatoren: Gruppeneinstellungen, Mitgliederverwaltung, Nachrichten,
# Veranstaltungsformulare, Teilnehmende, Check-in, Serien.

## Group settings

manage-settings-title = Einstellungen
manage-settings-save = Einstellungen speichern
manage-language-label = Sprache der Gruppe
manage-language-hint = Die Sprache, in der die Organisatoren die Seiten der Gruppe schreiben.
manage-language-not-set = Nicht angegeben
manage-logo-title = Logo
manage-logo-upload-label = Bild hochladen
manage-logo-upload-hint = PNG, JPEG, WebP oder GIF, bis zu 2 MiB. Es wird auf 512 Pixel skaliert.
manage-logo-upload = Hochladen
manage-history-title = Vergangenes übernehmen
manage-history-import-link = Vergangene Veranstaltungen der Gruppe aus einer iCalendar-Datei oder -Adresse importieren …
manage-history-placeholders-link = Von Meetup.com importierte Personen und ihre Links zum Übernehmen …
manage-conduct-title = Verhaltenskodex
manage-conduct-text-label = Text (Markdown)
manage-conduct-text-hint = Beim Speichern wird eine neue Version veröffentlicht; Mitglieder stimmen ihr vor ihrer nächsten Zusage erneut zu.
manage-conduct-publish = Neue Version veröffentlichen
manage-archive-title = Archiv der Gruppe herunterladen
manage-archive-text = Eine ZIP-Datei mit allem, was die Gruppe gemacht hat: Veranstaltungen, Vorträge, Orte und Verhaltenskodex als JSON, ein Kalender mit allen Veranstaltungen und eine Kopie der Seiten, die sich in jedem Browser öffnen lässt. Eine andere Muster-Instanz kann sie importieren. Mitglieder werden gezählt; namentlich genannt werden nur diejenigen, die es erlaubt haben.
manage-archive-download = Archiv herunterladen (.zip)
manage-adoption-title = Übernahmeanfragen
manage-adoption-text = Wenn es still um die Gruppe wird, können andere anfragen, sie zu übernehmen; Sie erhalten eine E-Mail und können ablehnen.
manage-adoption-see = Anfragen ansehen
manage-delete-title = Gruppe löschen
manage-delete-link = { $name } löschen …

## The group's fields (creation and settings)

manage-field-name = Name der Gruppe
manage-field-summary = Kurzbeschreibung
manage-field-summary-hint = Eine Zeile: Wer trifft sich, worüber, wie oft.
manage-field-description = Beschreibung
manage-field-description-hint = Markdown: **fett**, [Links](https://…), Listen.
manage-field-city = Stadt
manage-field-country = Land
manage-field-lat = Breitengrad (optional)
manage-field-lat-hint = Für eine Karte der Gegend, in der Sie sich meist treffen, z. B. 53.8008.
manage-field-lon = Längengrad (optional)
manage-field-timezone = Zeitzone
manage-field-timezone-hint = Die Voreinstellung für die Veranstaltungen der Gruppe.
manage-field-topics = Themen
manage-field-topics-hint = Durch Kommas getrennt, z. B. python, data science, web.
manage-field-links = Links (optional)
manage-field-website = Website
manage-field-chat = Chat
manage-field-mailing-list = Mailingliste
manage-field-repository = Code-Repository
manage-field-logo-url = Adresse des Logobilds
manage-field-logo-url-hint = Oder laden Sie ein Logo in den Einstellungen der Gruppe hoch.
manage-field-contact-email = Kontakt-E-Mail
manage-field-contact-email-hint = Wird im Verhaltenskodex genannt. Standardmäßig Ihre eigene.
manage-field-who-can-join = Wer beitreten kann
manage-field-visibility = Sichtbarkeit
manage-field-visibility-public = Öffentlich: Alle sehen die Gruppe, ihre Veranstaltungen und Mitglieder
manage-field-visibility-private = Privat: Nur Mitglieder sehen etwas (nur auf Einladung)
manage-field-joining = Beitritt
manage-field-joining-open = Offen: Alle, die den Verhaltenskodex akzeptieren
manage-field-joining-approval = Mit Freigabe: Organisatoren bestätigen jede Anfrage
manage-field-joining-invite = Nur auf Einladung
manage-field-questions = Fragen an neue Mitglieder (optional)
manage-field-questions-hint = Eine pro Zeile, bis zu 5. Nur Organisatoren sehen die Antworten.

## Starting a group

manage-new-title = Gruppe gründen
manage-new-intro = Sie werden ihr Organisator. Ein Standard-Verhaltenskodex mit Ihrem Kontakt wird hinzugefügt; Sie können ihn jederzeit bearbeiten.
manage-new-address = Adresse
manage-new-address-hint = Die Gruppe ist unter /g/adresse erreichbar: Kleinbuchstaben, Ziffern und Bindestriche.
manage-new-create = Gruppe erstellen

## Roles

manage-role-organizer = Organisator
manage-role-co-organizer = Co-Organisator
manage-role-assistant-organizer = Assistenz der Organisation
manage-role-event-organizer = Veranstaltungsorganisator
manage-role-member = Mitglied

## Managing members

manage-members-title = Mitglieder verwalten
manage-requests-title = Beitrittsanfragen
manage-requests-none = Keine offenen Anfragen.
manage-requests-approve = Annehmen
manage-requests-decline = Ablehnen
manage-invite-title = Jemanden einladen
manage-invite-email = E-Mail-Adresse
manage-invite-email-hint = Die Person erhält einen Link, der einmal funktioniert, 14 Tage lang.
manage-invite-send = Einladung senden
manage-members-heading = Mitglieder
manage-members-write = An alle Mitglieder schreiben
manage-members-name = Name
manage-members-role = Rolle
manage-members-actions = Aktionen
manage-members-hidden = verborgen
manage-members-role-of = Rolle von { $name }
manage-members-change = Ändern
manage-members-remove = Entfernen
manage-members-reason = Grund
manage-members-reason-placeholder = Grund (optional)
manage-members-ban = Sperren
manage-banned-title = Gesperrt
manage-banned-lift = Sperre aufheben

## The member list

manage-list-title = Mitglieder
manage-list-you-hidden = Sie sind in der öffentlichen Mitgliederliste verborgen.
manage-list-you-shown = Sie erscheinen in der Mitgliederliste.
manage-list-show-me = Mich anzeigen
manage-list-hide-me = Mich verbergen
manage-list-in-archive = Ihr Name und Ihre Teilnahmen sind enthalten, wenn Organisatoren das Archiv der Gruppe herunterladen.
manage-list-not-in-archive = Das Archiv der Gruppe zählt Sie mit, nennt Sie aber nicht namentlich.
manage-list-leave-archive = Meinen Namen aus dem Archiv herauslassen
manage-list-join-archive = Meinen Namen ins Archiv aufnehmen

## Writing to members

manage-compose-title = An Mitglieder schreiben
manage-compose-hint = Mitglieder, die Nachrichten der Organisatoren abbestellt haben, erhalten sie nicht. Eine Gruppe kann 5 Nachrichten pro Tag senden.
manage-compose-preview-title = Vorschau
manage-compose-preview-to = { $count ->
    [one] An 1 Person
   *[other] An { $count } Personen
}
manage-compose-preview-to-about = { $count ->
    [one] An 1 Person, zu { $event }
   *[other] An { $count } Personen, zu { $event }
}
manage-compose-to = An
manage-compose-to-all = Alle Mitglieder
manage-compose-to-going = Zusagen für { $event } ({ $date })
manage-compose-to-waitlisted = Warteliste von { $event } ({ $date })
manage-compose-to-not-answered = Mitglieder ohne Antwort zu { $event } ({ $date })
manage-compose-subject = Betreff
manage-compose-message = Nachricht
manage-compose-body-hint = Reiner Text. Jede E-Mail enthält einen Link zur Gruppe und eine Möglichkeit, diese Nachrichten mit einem Klick abzubestellen.
manage-compose-body-hint-event = Reiner Text. Jede E-Mail enthält einen Link zur Gruppe und zur Veranstaltung sowie eine Möglichkeit, diese Nachrichten mit einem Klick abzubestellen.
manage-compose-preview = Vorschau
manage-compose-send = Senden
manage-compose-sent = { $count ->
    [one] Ihre Nachricht ist an 1 Person unterwegs.
   *[other] Ihre Nachricht ist an { $count } Personen unterwegs.
}

## Event forms

manage-event-new-series = Neue Serie
manage-event-new-event = Neue Veranstaltung
manage-event-schedule-series-title = Wiederkehrende Serie planen
manage-event-schedule-event-title = Veranstaltung planen
manage-event-series-intro = Geben Sie das erste Treffen an; die weiteren folgen der Regel unten, jedes eine echte Veranstaltung mit eigenen Zusagen. Treffen der nächsten 90 Tage werden jetzt erstellt, spätere nach und nach.
manage-event-fields-need-attention = Einige Felder müssen korrigiert werden: siehe die Hinweise unten.
manage-event-schedule-series = Serie planen
manage-event-schedule-event = Veranstaltung planen
manage-event-edit-title-short = Bearbeiten
manage-event-edit-title = Veranstaltung bearbeiten
manage-event-overflow-legend = Wenn weniger Plätze als vergeben
manage-event-seats-taken = { $count ->
    [one] Derzeit ist { $count } Platz vergeben.
   *[other] Derzeit sind { $count } Plätze vergeben.
}
manage-event-overflow-label = Wenn die Kapazität unter den vergebenen Plätzen liegt, die neuesten Zusagen auf die Warteliste setzen
manage-event-apply-to = Anwenden auf
manage-event-scope-this = Nur diese Veranstaltung
manage-event-scope-following = Diese und die folgenden Veranstaltungen der Serie
manage-event-save = Veranstaltung speichern
manage-event-field-title = Titel
manage-event-field-when = Wann
manage-event-field-starts = Beginn
manage-event-field-ends = Ende
manage-event-field-timezone-hint = Beginn und Ende gelten in dieser Zeitzone.
manage-event-field-where = Wo
manage-event-field-venue = Ort
manage-event-field-venue-hint = Lassen Sie den Ort leer für eine reine Online-Veranstaltung.
manage-event-field-address = Adresse
manage-event-field-directions = So finden Sie uns
manage-event-field-lat = Breitengrad (optional)
manage-event-field-lat-hint = Für einen Kartenlink, z. B. 53.8008.
manage-event-field-lon = Längengrad (optional)
manage-event-field-lon-hint = z. B. -1.5491.
manage-event-field-online-url = Online-Link (optional)
manage-event-field-online-url-hint = Nur für Personen sichtbar, die zugesagt haben, und für Organisatoren.
manage-event-field-rsvps = Zusagen
manage-event-field-capacity = Plätze
manage-event-field-capacity-hint = Leer: keine Begrenzung. Auch Gäste belegen Plätze.
manage-event-field-guest-limit = Gäste pro Zusage
manage-event-field-rsvp-opens = Zusagen möglich ab (Stunden vor Beginn)
manage-event-field-rsvp-opens-hint = Leer: ab sofort.
manage-event-field-rsvp-closes = Zusagen möglich bis (Stunden vor Beginn)
manage-event-field-rsvp-closes-hint = Leer: bis zum Beginn.
manage-event-field-rsvp-question = Frage an Personen, die zusagen (optional)
manage-event-field-rsvp-question-hint = z. B. Besondere Ernährungswünsche? Nur Organisatoren sehen die Antworten.
manage-event-field-hosts = Gastgeber (bis zu 5)
manage-event-field-options = Optionen
manage-event-field-draft = Als Entwurf speichern (nur Organisatoren sehen ihn bis zur Veröffentlichung)
manage-event-field-announce-series = Jedes Treffen zwei Wochen vorher per E-Mail an die Mitglieder ankündigen
manage-event-field-announce = Per E-Mail an die Mitglieder ankündigen
manage-event-field-reminders = Erinnerungen an Personen senden, die zugesagt haben

## Repeating series

manage-repeat-legend = Wiederholung
manage-repeat-weekly = Wöchentlich
manage-repeat-every = Alle
manage-repeat-week = Woche
manage-repeat-weeks = { $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
}
manage-repeat-monthly-nth = Monatlich an einem Wochentag („jeden dritten Mittwoch“)
manage-repeat-which = Welcher
manage-repeat-as-first-date = wie beim ersten Termin
manage-repeat-weekday = Wochentag (wöchentlich und monatlich an einem Wochentag)
manage-repeat-monthly-day = Monatlich an einem Tag des Monats
manage-repeat-day = Tag
manage-repeat-day-hint = 1–31; leer: der Tag des ersten Termins. Monate ohne diesen Tag werden übersprungen.
manage-repeat-end-count = Nach einer Anzahl von Treffen enden
manage-repeat-count = Treffen
manage-repeat-end-until = An einem Datum enden
manage-repeat-until = Letztes Datum
manage-repeat-weekday-mon = Montag
manage-repeat-weekday-tue = Dienstag
manage-repeat-weekday-wed = Mittwoch
manage-repeat-weekday-thu = Donnerstag
manage-repeat-weekday-fri = Freitag
manage-repeat-weekday-sat = Samstag
manage-repeat-weekday-sun = Sonntag
manage-repeat-nth-1 = erster
manage-repeat-nth-2 = zweiter
manage-repeat-nth-3 = dritter
manage-repeat-nth-4 = vierter
manage-repeat-nth-minus1 = letzter

## Cancelling an event

manage-cancel-title-short = Absagen
manage-cancel-title = Veranstaltung absagen
manage-cancel-intro = Die Veranstaltung bleibt aufgeführt, als abgesagt markiert und mit Ihrer Begründung, damit die Mitglieder wissen, was passiert ist.
manage-cancel-reason = Grund
manage-cancel-scope-following = Diese und die folgenden Veranstaltungen (die Serie endet)
manage-cancel-keep = Beibehalten

## Attendees

manage-attendees-title = Teilnehmende
manage-attendees-csv = CSV herunterladen
manage-attendees-write = An Teilnehmende schreiben
manage-attendees-question = Gestellte Frage: „{ $question }“
manage-attendees-seats-of = { $taken } von { $capacity } Plätzen vergeben (inklusive Gäste).
manage-attendees-seats-no-limit = { $taken ->
    [one] { $taken } Platz vergeben (inklusive Gäste); keine Begrenzung.
   *[other] { $taken } Plätze vergeben (inklusive Gäste); keine Begrenzung.
}
manage-attendees-going = Zusagen ({ $count })
manage-attendees-going-none = Noch niemand.
manage-attendees-guests = Gäste
manage-attendees-answer = Antwort
manage-attendees-came = Gekommen
manage-attendees-no-show = Nicht erschienen
manage-attendees-no-shows = Nicht erschienen
manage-attendees-move-to = Verschieben nach
manage-attendees-waitlist = Warteliste ({ $count })
manage-attendees-waitlist-none = Niemand wartet.
manage-attendees-waitlist-hint = In Reihenfolge: Wer als Erstes passt, bekommt den nächsten freien Platz.
manage-attendees-not-going = Absagen ({ $count })
manage-attendees-not-going-none = Niemand hat abgesagt.
manage-attendees-add-title = Mitglied hinzufügen
manage-attendees-add-none = Alle Mitglieder haben bereits geantwortet.
manage-attendees-add-member = Mitglied
manage-attendees-add-as = Als
manage-attendees-status-going = Zugesagt
manage-attendees-status-waitlisted = Auf der Warteliste
manage-attendees-status-not-going = Abgesagt
manage-attendees-add = Hinzufügen

## Check-in

manage-checkin-title = Check-in
manage-checkin-count = { $here } von { $count } da
manage-checkin-none = Noch hat niemand zugesagt.
manage-checkin-guests = { $count ->
    [one] +{ $count } Gast
   *[other] +{ $count } Gäste
}
manage-checkin-here = Da
manage-checkin-no-show = Nicht erschienen
manage-checkin-not-checked-in = Nicht eingecheckt
manage-checkin-undo = Rückgängig
manage-checkin-undo-for = { " " }für { $name }
manage-checkin-for = : { $name }

## A series' page

manage-series-title = Eine wiederkehrende Serie
manage-series-times-in = Zeiten in { $zone }.
manage-series-ended = Beendet
manage-series-upcoming = Demnächst
manage-series-upcoming-none = Keine anstehenden Treffen in dieser Serie.
manage-series-hint = Treffen erscheinen hier bis zu 90 Tage im Voraus.
manage-series-past = Vergangen

## Deleting a group

manage-delete-group-title = { $name } löschen
manage-delete-keep-history = <strong>Sichern Sie zuerst die Geschichte der Gruppe:</strong> <a href="/g/{ $slug }/settings/export" download>Laden Sie das Archiv der Gruppe herunter</a> (Veranstaltungen, Vorträge, ein Kalender und eine Kopie der Seiten), um es aufzubewahren oder anderswo weiterzuführen.
manage-delete-intro = Die Gruppe verschwindet für alle von der Website. Eine Administratorin oder ein Administrator von { $instance } kann sie 30 Tage lang mit ihren Veranstaltungen wiederherstellen. Geben Sie zur Bestätigung ihren Namen und Ihr Passwort ein.
manage-delete-confirm-name = Name der Gruppe
manage-delete-password = Ihr Passwort

## Audit log

manage-audit-title = Protokoll
manage-audit-empty = Noch nichts.
manage-audit-when = Wann (UTC)
manage-audit-who = Wer
manage-audit-what = Was
manage-audit-whom = Wen
manage-audit-details = Details

## Conduct reports

manage-reports-title-short = Meldungen
manage-reports-title = Meldungen zum Verhaltenskodex
manage-reports-intro = Nur für die moderierenden Organisatoren sichtbar. Meldungen über Sie werden den anderen angezeigt, nicht Ihnen.
manage-reports-none = Keine Meldungen.
manage-reports-from = von { $name }
manage-reports-about = über { $name }
manage-reports-about-organizer = über { $name } (Organisator)
manage-reports-former-member = einem ehemaligen Mitglied
manage-reports-not-named = nicht genannt
manage-reports-status-open = offen
manage-reports-status-handled = erledigt
manage-reports-mark-handled = Als erledigt markieren

## Adopting a group

manage-adopt-title = { $name } übernehmen
manage-adopt-waiting-admin = Ihre Anfrage wartet auf die Freigabe durch die Administration von { $instance }.
manage-adopt-waiting-organizers = Ihre Anfrage wartet auf die Organisatoren der Gruppe, die sie bis { $date } ablehnen können. Danach entscheidet die Administration von { $instance }.
manage-adopt-withdraw = Meine Anfrage zurückziehen
manage-adopt-refused = Die Organisatoren haben Ihre letzte Anfrage abgelehnt.
manage-adopt-refused-reason = Die Organisatoren haben Ihre letzte Anfrage abgelehnt: { $reason }.
manage-adopt-ask-again = Sie können ab { $date } erneut anfragen, oder früher, wenn die Ablehnung aufgehoben wird.
manage-adopt-declined = Ihre letzte Anfrage wurde abgelehnt.
manage-adopt-declined-reason = Ihre letzte Anfrage wurde abgelehnt: { $reason }.
manage-adopt-approved = Ihre Anfrage wurde angenommen: Sie organisieren jetzt diese Gruppe.
manage-adopt-intro = Um diese Gruppe ist es still geworden, oder niemand betreut sie bisher auf dieser Website. Sie können anfragen, sie zu übernehmen und einer ihrer Organisatoren zu werden. Die bisherigen Organisatoren, falls es welche gibt, erhalten eine E-Mail und können ablehnen; danach entscheidet die Administration von { $instance }. Alles, was die Gruppe gemacht hat, bleibt erhalten.
manage-adopt-message = Wer sind Sie, und was haben Sie mit der Gruppe vor?
manage-adopt-message-hint = Die Organisatoren und die Administration lesen dies.
manage-adopt-ask = Übernahme dieser Gruppe anfragen
manage-adopt-active = Diese Gruppe ist aktiv und kann daher nicht übernommen werden. Treten Sie ihr bei oder sprechen Sie mit den Organisatoren.
manage-adoption-requests-title = Anfragen zur Übernahme von { $name }
manage-adoption-requests-intro = Jemand möchte diese Gruppe übernehmen, weil es still um sie geworden ist. Wenn Sie sie noch betreuen, lehnen Sie vor dem angezeigten Datum ab; danach kann die Administration von { $instance } die Anfrage annehmen, und die Person wird neben Ihnen Organisator.
manage-adoption-requests-none = Keine offenen Anfragen.
manage-adoption-asked-refuse-until = Angefragt am { $asked } · Sie können bis { $until } ablehnen
manage-adoption-asked-refuse-over = Angefragt am { $asked } · die Frist zum Ablehnen ist abgelaufen
manage-adoption-refuse-reason = Begründung (optional; wird der Person gesendet)
manage-adoption-refuse = Anfrage ablehnen
manage-adoption-refused-title = Abgelehnte Anfragen
manage-adoption-refused-intro = Wessen Anfrage Sie abgelehnt haben, kann erst ab dem angezeigten Datum erneut anfragen. Heben Sie die Ablehnung auf, damit die Person jetzt anfragen kann.
manage-adoption-asked-refused = Angefragt am { $asked } · abgelehnt; erneute Anfrage möglich ab { $until }
manage-adoption-lift = Ablehnung aufheben

## Importing a calendar

manage-import-title-short = Kalender importieren
manage-import-title = Einen alten Kalender importieren
manage-import-intro = Holen Sie die Geschichte der Gruppe aus einer iCalendar-Datei (.ics) oder -Adresse nach Hause. Jede Veranstaltung mit einer UID wird zu einer Veranstaltung der Gruppe, vergangene eingeschlossen; ein erneuter Import aktualisiert sie, statt sie doppelt anzulegen. Niemand erhält eine E-Mail.
manage-import-file = Eine .ics-Datei hochladen
manage-import-file-hint = UTF-8, bis zu 5 MiB.
manage-import-url = Oder ihre Adresse angeben
manage-import-url-hint = Eine http://- oder https://-Adresse im öffentlichen Internet.
manage-import-dry-run = Nur berichten, was passieren würde
manage-import-submit = Importieren
manage-import-would-do = Was der Import tun würde
manage-import-did = Was der Import getan hat
manage-import-counts = Erstellt { $created }, aktualisiert { $updated }, unverändert { $unchanged }, übersprungen { $skipped }.
manage-import-created = Erstellt
manage-import-updated = Aktualisiert
manage-import-skipped = Übersprungen
manage-import-notes = Hinweise
manage-import-line = Zeile { $line }, { $what }: { $reason }

## People imported from Meetup

manage-placeholders-title-short = Von Meetup importiert
manage-placeholders-title = Von Meetup.com importiert
manage-placeholders-intro = Personen aus den Meetup-Exporten der Gruppe. Sie haben hier kein Konto, bis sie ihre Geschichte über einen persönlichen Link übernehmen: Schicken Sie jeder Person ihren Link selbst (Meetup hat keine E-Mail-Adressen geliefert). Ein neuer Link ersetzt den alten.
manage-placeholders-fresh = Der Link zum Übernehmen für <strong>{ $name }</strong> (wird nur einmal angezeigt):
manage-placeholders-link-for = Link zum Übernehmen für { $name }
manage-placeholders-none = Noch niemand importiert: verwenden Sie <code>muster import meetup-members</code>.
manage-placeholders-meetup-id = Meetup-ID
manage-placeholders-attended = Besuchte Treffen
manage-placeholders-member-list = Mitgliederliste
manage-placeholders-status = Status
manage-placeholders-listed = ja
manage-placeholders-attendee-lists-only = nur Teilnehmerlisten
manage-placeholders-new-link = Neuer Link zum Übernehmen
manage-placeholders-link = Link zum Übernehmen
manage-placeholders-claimed = übernommen
manage-placeholders-link-sent = Link gesendet
manage-placeholders-no-link = noch kein Link
manage-followers-title = Folgende im Fediverse
manage-followers-how = Menschen auf Mastodon, Mobilizon und anderen Servern folgen der Gruppe als { $handle } und sehen jedes neue Treffen.
manage-followers-none = Noch folgt niemand der Gruppe aus dem Fediverse.
manage-followers-remove = Entfernen

# The group's numbers (the organizers' dashboard). $weekday is monday … sunday.
numbers-title = Zahlen der Gruppe
numbers-intro = Wie es der Gruppe geht: Mitglieder, wer zugesagt hat und wer kam, und wer E-Mails abbestellt hat.
numbers-csv = Alle Treffen als CSV herunterladen
numbers-members-now = Mitglieder jetzt
numbers-no-show-rate = Nichterscheinen
numbers-new-returning = Neue / wiederkehrende Teilnehmende
numbers-busiest = Meistbesuchte Zeit
numbers-members-title = Mitglieder im Zeitverlauf
numbers-members-caption = Heutige Mitglieder, die bis zum Ende jedes Monats beigetreten waren.
numbers-month = Monat
numbers-members = Mitglieder
numbers-events-title = Letzte Treffen
numbers-events-caption = Zusagen, und wer an der Tür als anwesend markiert wurde.
numbers-no-events = Es haben noch keine Treffen stattgefunden.
numbers-date = Datum
numbers-meetup = Treffen
numbers-going = Zugesagt
numbers-came = Gekommen
numbers-no-shows = Nicht erschienen
numbers-new = Zum ersten Mal
numbers-weekdays-title = Nach Wochentag
numbers-weekdays-caption = Durchschnittliche Zusagen nach Wochentag des Treffens in seiner Zeitzone.
numbers-weekday-column = Wochentag
numbers-meetups = Treffen
numbers-average-going = Durchschnittlich zugesagt
numbers-email-title = Abbestellte E-Mails
numbers-off-announcements = Mitglieder ohne Ankündigungen neuer Treffen
numbers-off-reminders = Mitglieder ohne Erinnerungen
numbers-off-messages = Mitglieder ohne Nachrichten der Organisation
numbers-off-all = Mitglieder, die alle E-Mails außer zur Kontosicherheit abbestellt haben
numbers-no-check-ins = Noch keine Einlasskontrolle
numbers-not-yet = Noch nicht bekannt
numbers-percent = { $value } %
numbers-weekday = { $weekday ->
    [monday] Montag
    [tuesday] Dienstag
    [wednesday] Mittwoch
    [thursday] Donnerstag
    [friday] Freitag
    [saturday] Samstag
   *[sunday] Sonntag
}
numbers-busiest-at = { $weekday ->
    [monday] Montag
    [tuesday] Dienstag
    [wednesday] Mittwoch
    [thursday] Donnerstag
    [friday] Freitag
    [saturday] Samstag
   *[sunday] Sonntag
} um { $time }

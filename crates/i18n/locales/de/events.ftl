# Die öffentliche Veranstaltungsseite: Kopf, Zusage-Box, Zeit und Ort, Programm und Kommentare;
# der gemeinsame Kopf der Organisationsseiten und der Programmeditor.
event-meta-description = { $title }: { $when }, mit { $group }.
event-breadcrumb-label = Brotkrümelnavigation
event-breadcrumb-events = Veranstaltungen
event-when-mine = In Ihrer Zeitzone ({ $zone }): { $when }
event-cancel-why = Grund:
event-moved-from = Verschoben; ursprünglich geplant für { $when }.
event-announce-planned = Die Mitglieder werden am { $when } per E-Mail darüber informiert.

## Organisationswerkzeuge
event-tools-label = Werkzeuge für Organisatoren
event-tool-page = Veranstaltungsseite
event-tool-edit = Bearbeiten
event-tool-attendees = Teilnehmende
event-tool-write = Teilnehmenden schreiben
event-tool-checkin = Check-in
event-tool-agenda = Programm
event-publish = Veröffentlichen
event-delete-draft = Entwurf löschen
event-rsvps-reopen = Zusagen wieder öffnen
event-rsvps-close = Zusagen schließen
event-announce = Den Mitgliedern ankündigen
event-announce-now = Jetzt ankündigen
event-cancel = Veranstaltung absagen

## Die Zusage-Box
event-details-label = Details zur Veranstaltung
event-cancelled-title = Diese Veranstaltung wurde abgesagt
event-cancelled-nobody = Niemand wird erwartet, und es gibt nichts zu beantworten.
event-cancelled-had-said = { $count ->
    [one] { $count } Person hatte zugesagt.
   *[other] { $count } Personen hatten zugesagt.
}
event-cancelled-kept = Ihre Antwort bleibt zur Dokumentation gespeichert.
event-rsvp-title = Sind Sie dabei?
event-count-going = <strong>{ $count }</strong> dabei
event-count-went = <strong>{ $count }</strong> waren dabei
event-count-waiting = <strong>{ $count }</strong> auf der Warteliste
event-seats-taken = { $taken } von { $capacity } Plätzen belegt
event-full-yours = Alle Plätze sind belegt, Ihrer eingeschlossen.
event-full-waiting-at = Alle Plätze sind belegt; Sie sind Nr. { $position } auf der Warteliste.
event-full-waiting = Alle Plätze sind belegt; Sie stehen auf der Warteliste.
event-rsvp-login = Anmelden, um zuzusagen
event-rsvp-verify = Bitte bestätigen Sie Ihre E-Mail-Adresse, um zusagen zu können: Folgen Sie dem Link, den wir Ihnen geschickt haben.
event-rsvp-pending = Ihre Anfrage, { $group } beizutreten, wartet auf die Organisatoren. Sobald Sie Mitglied sind, können Sie zusagen.
event-rsvp-invite = Diese Gruppe nimmt neue Mitglieder nur auf Einladung auf. Mitglieder können zusagen.
event-rsvp-join = Der Gruppe beitreten, um zuzusagen
event-rsvp-conduct = Der Verhaltenskodex der Gruppe hat sich geändert. <a href="/g/{ $slug }/conduct">Lesen und akzeptieren Sie den Verhaltenskodex</a>, um zuzusagen.
event-rsvp-guests = Gäste, die Sie mitbringen
event-rsvp-answer-hint = Nur die Organisatoren sehen Ihre Antwort.
event-rsvp-no = Nein, ich kann nicht
event-rsvp-no-after-all = Ich kann doch nicht

## Zeit und Ort
event-when-where = Zeit und Ort
event-times-in = Zeitangaben in der Zeitzone { $zone }.
event-series = Teil einer wiederkehrenden Reihe
event-directions-label = So finden Sie uns:
event-map = Karte (OpenStreetMap)
event-online = Online:
event-online-hidden = Auch online: Der Link wird allen angezeigt, die zugesagt haben.
event-calendar-title = Zum Kalender hinzufügen
event-calendar-ics = Herunterladen (.ics)
event-calendar-google = Google Kalender
event-calendar-outlook = Outlook.com
event-hosts = Gastgeber
event-going-title = Wer ist dabei?
event-going-people = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
event-going-others = { $count ->
    [one] und { $count } weitere Person
   *[other] und { $count } weitere Personen
}

## Beschreibung, Programm, Kommentare
event-about = Über diese Veranstaltung
event-agenda = Programm
event-talk-lightning = Lightning Talk
event-talk-standby = Ersatz
event-talk-slides = Folien
event-talk-video = Video
event-comments = Kommentare
event-comments-none = Noch keine Kommentare.
event-comment-remove = Entfernen
event-comment-add = Kommentar schreiben
event-comment-post = Kommentar veröffentlichen
event-comment-login = <a href="{ $href }">Melden Sie sich an</a>, um mitzudiskutieren.
event-comment-members = Mitglieder können kommentieren.
event-comment-former-member = Ein ehemaliges Mitglied
event-comment-removed-author = Von der Verfasserin oder dem Verfasser entfernt.
event-comment-removed-organizer = Von den Organisatoren entfernt.

## Der Programmeditor
event-talks-none = Noch keine Vorträge. Fügen Sie unten den ersten hinzu.
event-talks-lightning = Lightning
event-talks-up = Nach oben
event-talks-down = Nach unten
event-talks-edit = Bearbeiten
event-talks-delete = Löschen
event-talks-add-title = Vortrag hinzufügen
event-talks-edit-title = Vortrag bearbeiten
event-talks-field-title = Titel
event-talks-field-speaker = Vortragende Person
event-talks-field-speaker-hint = Wie im Programm angezeigt.
event-talks-field-account = Konto der vortragenden Person (optional)
event-talks-field-account-none = Kein Mitglied oder nicht verknüpft
event-talks-field-abstract = Zusammenfassung
event-talks-field-abstract-hint = Markdown.
event-talks-field-slides = Folien (Link)
event-talks-field-video = Video (Link)
event-talks-field-lightning = Lightning Talk
event-talks-field-standby = Ersatz (springt ein, wenn jemand ausfällt)
event-talks-add = Vortrag hinzufügen
event-talks-save = Vortrag speichern
event-talks-back = Zurück zum Programm

## Die eigene Antwort in der Zusage-Box
event-mine-had-going = Sie hatten zugesagt.
event-mine-had-waiting = Sie standen auf der Warteliste.
event-mine-had-not-going = Sie hatten abgesagt.
event-mine-going = Sie sind dabei.
event-mine-going-guests = { $count ->
    [one] Sie sind dabei, mit { $count } Gast.
   *[other] Sie sind dabei, mit { $count } Gästen.
}
event-mine-waiting-at = Sie sind Nr. { $position } auf der Warteliste.
event-mine-waiting = Sie stehen auf der Warteliste.
event-mine-not-going = Sie haben abgesagt.
event-rsvp-update = Meine Zusage ändern
event-rsvp-join-waitlist = Auf die Warteliste
event-rsvp-yes = Ja, ich bin dabei
event-comment-when = { $date }, { $time } { $zone }
event-going-members-see = Mitglieder der Gruppe sehen, wer kommt.

photos-title = Fotos
photos-none = Noch keine Fotos.
photos-none-yet = Noch keine Fotos. Waren Sie dabei? Teilen Sie Ihre.
photos-all = { $count ->
    [one] Das Foto ansehen oder Ihre hinzufügen
   *[other] Alle { $count } Fotos ansehen oder Ihre hinzufügen
}
photos-add-link = Fotos hinzufügen
photos-add-title = Ihre Fotos hinzufügen
photos-caption = Bildunterschrift (optional, für alle Fotos dieses Uploads)
photos-caption-hint = Eine Zeile, bis zu 200 Zeichen. Sie beschreibt die Fotos auch für Menschen, die sie nicht sehen können.
photos-files = Fotos
photos-files-hint = JPEG, PNG oder WebP, je bis zu 20 MiB, { $count } auf einmal. Standort- und Kameradaten werden entfernt.
photos-upload = Fotos hinzufügen
photos-login = Melden Sie sich an, um Ihre Fotos hinzuzufügen
photos-alt = Foto von { $event }
photos-by = von { $name }
photos-remove = Entfernen
photos-report = Melden
photos-report-reason = Was stimmt mit diesem Foto nicht?
photos-report-send = Meldung senden
photos-added-count = { $count ->
    [one] 1 Foto hinzugefügt.
   *[other] { $count } Fotos hinzugefügt.
}
photos-refused-count = { $count ->
    [one] 1 Datei wurde nicht hinzugefügt:
   *[other] { $count } Dateien wurden nicht hinzugefügt:
}
photos-recent-title = Neueste Fotos
photos-recent-alt = Ein Foto von einem Treffen der Gruppe
photos-storage-title = Speicher
photos-storage-used = { $count } Fotos belegen { $used } MiB der { $quota } MiB der Gruppe.
photos-storage-hint = Jedes Foto wird mit bis zu 2048 px und einem Vorschaubild gespeichert. Ist der Speicher voll, werden neue Fotos abgelehnt, bis welche entfernt sind.
photos-reported-title = Gemeldete Fotos
photos-reported-none = Niemand hat ein Foto gemeldet.
photos-reported-reasons = { $count ->
    [one] 1 Meldung
   *[other] { $count } Meldungen
}
photos-keep = Foto behalten

## What is on near a place (/events)
events-near-title = Was in Ihrer Nähe los ist
events-near-when = Wann
events-near-days = { $count ->
    [one] Der nächste Tag
   *[other] Die nächsten { $count } Tage
}
events-near-count-place = { $count ->
    [one] Ein Treffen im Umkreis von { $km } km um { $place }.
   *[other] { $count } Treffen im Umkreis von { $km } km um { $place }.
}
events-near-count = { $count ->
    [one] Ein Treffen im Umkreis von { $km } km.
   *[other] { $count } Treffen im Umkreis von { $km } km.
}
events-near-empty = Dort ist noch nichts geplant. Versuchen Sie einen größeren Umkreis oder mehr Tage.
events-near-ask = Geben Sie eine Stadt oder Koordinaten ein, um die in der Nähe zu sehen.
events-near-count-anywhere = { $count ->
    [one] Ein Treffen steht an.
   *[other] { $count } Treffen stehen an.
}

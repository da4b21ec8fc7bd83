# The home page, the error page, the group directory, the group pages (about, events, join,
# code of conduct, report) and event cards in lists.

## Home page

home-title = Lernen Sie die Menschen kennen, die in Ihrer Nähe mit Python arbeiten.
home-lede = { $instance } ist das Zuhause lokaler User Groups: Finden Sie eine, treten Sie bei und sagen Sie für das nächste Treffen zu. Die Organisator*innen behalten ihre Mitglieder, ihren Kalender und ihre Geschichte – so lange sie möchten.
home-find-group = Gruppe finden
home-mine-title = Ihre nächsten Veranstaltungen
home-mine-empty = Sie haben noch für nichts zugesagt. Finden Sie unten ein Treffen oder <a href="/groups">suchen Sie eine Gruppe</a>.
home-upcoming-title = Nächste Treffen
home-upcoming-empty = Es sind noch keine Treffen geplant. Sobald Gruppen Veranstaltungen veröffentlichen, erscheinen die nächsten hier.

## Error page

error-home-link = Zur Startseite
error-not-found = Seite nicht gefunden
error-forbidden = Nicht erlaubt
error-unauthorized = Bitte melden Sie sich an
error-too-many-requests = Bitte etwas langsamer
error-uri-too-long = Adresse zu lang
error-server = Etwas ist schiefgelaufen
error-other = Das hat nicht funktioniert

## Group directory

group-directory-title = Gruppe finden
group-directory-search = Suchen
group-directory-search-placeholder = Python, Daten, München…
group-directory-city = Stadt
group-directory-country = Land
group-directory-topic = Thema
group-directory-order = Sortierung
group-directory-order-best = Beste Übereinstimmung
group-directory-order-next = Nächstes Treffen zuerst
group-directory-active = Nur aktive Gruppen
group-directory-near = In der Nähe von
group-directory-near-hint = Stadt oder Breite, Länge
group-directory-radius = Umkreis
group-directory-radius-km = { $km } km
group-directory-order-distance = Nächste zuerst
group-directory-distance = { $km } km entfernt
group-directory-count-near-place = { $count ->
    [one] Eine Gruppe im Umkreis von { $km } km um { $place }.
   *[other] { $count } Gruppen im Umkreis von { $km } km um { $place }.
}
group-directory-count-near = { $count ->
    [one] Eine Gruppe im Umkreis von { $km } km.
   *[other] { $count } Gruppen im Umkreis von { $km } km.
}
group-directory-count = { $count ->
    [one] { $count } Gruppe.
   *[other] { $count } Gruppen.
}
group-directory-count-matching = { $count ->
    [one] { $count } Gruppe zu „{ $query }“.
   *[other] { $count } Gruppen zu „{ $query }“.
}
group-directory-empty = Keine Gruppen gefunden. Versuchen Sie es mit weniger Suchbegriffen.
group-directory-empty-create = Keine Gruppen gefunden. Versuchen Sie es mit weniger Suchbegriffen oder <a href="/groups/new">gründen Sie eine Gruppe</a>.
group-directory-dormant = Ruhend
group-directory-next = nächstes Treffen am { $date }
group-directory-no-next = kein Treffen geplant
group-directory-last = zuletzt am { $date }
group-directory-topics = Themen
group-directory-pages = Seiten
group-directory-previous = ← Zurück
group-directory-page = Seite { $page } von { $pages }
group-directory-next-page = Weiter →
group-directory-start = Gruppe gründen

## Group header, on every group page

group-members-count = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
group-logo-alt = Logo von { $name }
group-private = Private Gruppe
group-needs-conduct = Neuer Verhaltenskodex zu akzeptieren
group-unclaimed-title = Nicht übernommener Eintrag.
group-unclaimed-text = Dieser Eintrag stammt aus { $source }; auf dieser Website betreut ihn noch niemand.
group-source-wiki = der python.org-Liste lokaler User Groups
group-dormant-title = Ruhende Gruppe.
group-dormant-since = Keine Veranstaltung seit { $month }. Alles, was die Gruppe gemacht hat, bleibt hier erhalten – vergangene Veranstaltungen, Vorträge und Kalender-Feeds.
group-dormant-never = Noch keine Veranstaltung. Alles, was die Gruppe gemacht hat, bleibt hier erhalten – vergangene Veranstaltungen, Vorträge und Kalender-Feeds.
group-adopt = Diese Gruppe übernehmen
group-tabs = Gruppe
group-tab-about = Über die Gruppe
group-tab-events = Veranstaltungen
group-tab-members = Mitglieder
group-tab-conduct = Verhaltenskodex
group-tab-settings = Einstellungen
group-tab-manage = Mitglieder verwalten
group-tab-reports = Meldungen
group-tab-audit = Protokoll

## Group page

group-feed-news-title = { $name }: Neuigkeiten-Feed
group-feed-calendar-title = { $name }: Kalender
group-upcoming-title = Nächste Treffen
group-new-event = Neue Veranstaltung
group-upcoming-empty = Es sind noch keine Treffen geplant.
group-upcoming-empty-organizer = Es sind noch keine Treffen geplant. Planen Sie das nächste mit „Neue Veranstaltung“.
group-all-events = Alle Veranstaltungen
group-recent-title = Letzte Treffen
group-past-empty = Noch keine vergangenen Treffen.
group-about-title = Über die Gruppe
group-details = Details zur Gruppe
group-membership-title = Mitgliedschaft
group-member-you = Sie sind Mitglied.
group-member-you-role = Sie sind Mitglied ({ $role }).
group-member-emails = E-Mails von dieser Gruppe
group-accept-conduct = Neuen Verhaltenskodex akzeptieren
group-leave = Gruppe verlassen
group-pending = Ihre Beitrittsanfrage wartet auf die Organisator*innen.
group-withdraw = Anfrage zurückziehen
group-banned = Sie können an dieser Gruppe nicht teilnehmen.
group-invite-only = Diese Gruppe nimmt neue Mitglieder nur auf Einladung auf.
group-ask-to-join = Beitritt anfragen
group-join-this = Gruppe beitreten
group-organizers-title = Organisation
group-all-members = { $count ->
    [one] { $count } Mitglied
   *[other] Alle { $count } Mitglieder
}
group-more-title = Mehr
group-link-website = Website
group-link-chat = Chat
group-link-mailing-list = Mailingliste
group-link-code = Code
group-subscribe-title = Abonnieren
group-subscribe-text = Verfolgen Sie die Treffen dieser Gruppe in Ihrer Kalender-App oder Ihrem Feedreader.
group-subscribe-webcal = In Ihrer Kalender-App abonnieren
group-subscribe-ics = Kalender-Feed (iCal)
group-subscribe-atom = Neuigkeiten-Feed (Atom)
group-subscribe-private = <a href="/account/settings#calendar" class="subscribe-private">Mit Ihrem privaten Kalender-Feed abonnieren</a>: ein Link nur für Sie, mit den Veranstaltungen, für die Sie zugesagt haben.
group-subscribe-private-only = <a href="/account/settings#calendar" class="subscribe-private">Mit Ihrem privaten Kalender-Feed abonnieren</a>: ein Link nur für Sie, mit den Veranstaltungen, für die Sie zugesagt haben – dort kann Ihre Kalender-App auch die Veranstaltungen dieser Gruppe verfolgen.
group-conduct-link = <a href="{ $href }">Verhaltenskodex</a> (Version { $version })
group-report-link = <a href="{ $href }">Ein Anliegen melden</a> – vertraulich, an die Organisator*innen.
group-role-organizer = Organisator*in
group-role-co-organizer = Co-Organisator*in
group-role-assistant-organizer = Assistenz-Organisator*in
group-role-event-organizer = Veranstaltungsorganisator*in
group-role-member = Mitglied

## Joining

group-join-title = { $name } beitreten
group-ask-title = Beitritt zu { $name } anfragen
group-join-conduct = Verhaltenskodex
group-join-accept = Ich habe den Verhaltenskodex (Version { $version }) gelesen und werde mich daran halten.
group-join-review = Die Organisator*innen prüfen Anfragen.
group-join-review-answers = Die Organisator*innen prüfen Anfragen und sehen Ihre Antworten.
group-join-send-request = Anfrage senden
group-join-button = Beitreten
group-join-tick-box = Bitte setzen Sie das Häkchen, um den Verhaltenskodex zu akzeptieren.

## Code of conduct

group-conduct-title = Verhaltenskodex
group-conduct-heading = Verhaltenskodex, Version { $version }
group-conduct-version = Version { $version }, { $date }
group-conduct-changed = Der Verhaltenskodex hat sich geändert, seit Sie ihn akzeptiert haben. Bitte lesen Sie ihn und akzeptieren Sie ihn dann, um weiterhin zusagen zu können.
group-conduct-accept = Ich akzeptiere Version { $version }
group-conduct-history = Frühere Versionen

## Reporting a concern

group-report-title = Ein Anliegen melden
group-report-intro = Ihre Meldung geht vertraulich an die Organisator*innen von { $name } – und an die Administrator*innen dieser Website, wenn sie eine*n Organisator*in betrifft. Sie wird nie veröffentlicht, und die betroffene Person erfährt nicht, wer die Meldung gemacht hat.
group-report-who = Um wen geht es? (optional)
group-report-someone-else = Jemand anderes, oder ich beschreibe die Person lieber
group-report-describe = Oder beschreiben Sie, um wen es geht (optional)
group-report-what = Was ist passiert?
group-report-send = Meldung senden

## A group's events

group-events-title = Veranstaltungen
group-new-series = Neue Reihe
group-events-upcoming = Demnächst
group-events-past = Vergangen
group-events-no-more-past = Keine weiteren vergangenen Treffen.
group-events-past-nav = Vergangene Veranstaltungen
group-events-newer = Neuere
group-events-page = Seite { $page }
group-events-older = Ältere

## Event cards in lists

group-card-time = { $time } { $zone }
group-card-going = { $count ->
    [one] { $count } Zusage
   *[other] { $count } Zusagen
}
group-card-badge-draft = Entwurf
group-card-badge-cancelled = Abgesagt
group-card-badge-live = Läuft gerade
group-card-badge-closed = Anmeldung geschlossen
group-card-badge-full = Ausgebucht
group-card-mine-going = Sie sind dabei
group-card-mine-waitlisted = Auf der Warteliste
group-move-going = Zusage
group-move-waitlist = Warteliste
group-move-not-going = Absage
group-fediverse-follow = Folgen von Mastodon oder jedem Fediverse-Server aus: { $handle }
group-fediverse-followers = { $count ->
    [one] { $count } Folgende*r
   *[other] { $count } Folgende
}
group-tab-numbers = Zahlen

group-tab-photos = Fotos

# Error messages of pages and the API (their `message` and per-field messages). Code writes
# them in English; a response shows this catalogue's message whose English text matches.

error-there-is-nothing-here-the-address = Hier gibt es nichts. Die Adresse ist möglicherweise falsch geschrieben, oder die Seite wurde entfernt.
error-some-fields-need-attention = Einige Felder müssen noch korrigiert werden.
error-please-log-in-to-do-that = Bitte melden Sie sich dafür an.
error-only-instance-administrators-can-do-that = Nur Administratoren dieser Instanz können das tun.
error-too-many-attempts-please-wait-a = Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.
error-something-went-wrong-on-our-side = Bei uns ist etwas schiefgelaufen. Der Fehler wurde protokolliert; bitte versuchen Sie es erneut.
error-the-database-is-not-reachable-right = Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.
error-the-database-is-not-reachable = Die Datenbank ist nicht erreichbar.
error-cross-site-requests-are-not-allowed = Websiteübergreifende Anfragen sind nicht erlaubt.
error-api-calls-authenticated-by-the-session = API-Aufrufe, die über das Sitzungscookie authentifiziert werden, müssen Content-Type: application/json senden (oder bei Uploads einen Bildtyp oder text/calendar).
error-this-form-has-expired-or-did = Dieses Formular ist abgelaufen oder stammt nicht von dieser Website. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
error-the-form-could-not-be-read = Das Formular konnte nicht gelesen werden.
error-please-confirm-your-email-address-first = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse: Verwenden Sie den Link, den wir Ihnen geschickt haben.
error-the-form-is-too-large = Das Formular ist zu groß.
error-send-the-form-as-application-x = Senden Sie das Formular als application/x-www-form-urlencoded.
error-the-request-body-could-not-be = Der Inhalt der Anfrage konnte nicht gelesen werden.
error-send-a-json-body-with-content = Senden Sie einen JSON-Body mit Content-Type: application/json.
error-the-body-is-not-valid-json = Der Body ist kein gültiges JSON.
error-the-upload-could-not-be-read = Die hochgeladene Datei konnte nicht gelesen werden.
error-the-calendar-is-larger-than-5 = Der Kalender ist größer als 5 MiB.
error-move-up-or-down = Verschieben ist nur nach oben oder nach unten möglich.
error-when-is-upcoming-or-past = when muss upcoming oder past sein.
error-unknown-role = Unbekannte Rolle.
error-sort-is-relevance-distance-or-next = sort muss relevance, distance oder next_event sein.
error-enter-a-number-like-53-8008 = Geben Sie eine Zahl wie 53.8008 ein.
error-this-claim-link-is-not-valid = Dieser Link zur Übernahme des Verlaufs ist ungültig: Er wurde bereits verwendet, durch einen neueren ersetzt oder hat nie existiert. Bitten Sie das Organisationsteam der Gruppe um einen neuen Link.
error-you-cannot-take-part-in-this = Sie können an dieser Gruppe nicht teilnehmen.
error-this-person-has-claimed-their-history = Diese Person hat ihren Verlauf bereits übernommen.
error-only-published-events-that-have-not = Nur veröffentlichte Veranstaltungen, die noch nicht begonnen haben, können angekündigt werden.
error-this-event-was-announced-already-members = Diese Veranstaltung wurde bereits angekündigt; Mitglieder werden nur einmal benachrichtigt.
error-an-agenda-can-have-at-most = Ein Programm kann höchstens 50 Vorträge enthalten.
error-speakers-are-given-by-member-id = Vortragende werden über ihre Mitglieds-ID angegeben.
error-there-are-no-free-seats-left = Es sind keine Plätze mehr frei.
error-that-rsvp-changed-meanwhile-reload-the = Diese Zusage wurde inzwischen geändert. Laden Sie die Seite neu und versuchen Sie es erneut.
error-rsvps-can-only-be-managed-for = Zusagen können nur für veröffentlichte Veranstaltungen verwaltet werden.
error-attendance-is-recorded-for-published-events = Die Anwesenheit wird nur für veröffentlichte Veranstaltungen erfasst.
error-this-event-was-cancelled-it-can = Diese Veranstaltung wurde abgesagt; sie kann nicht mehr bearbeitet werden.
error-only-drafts-can-be-published-this = Nur Entwürfe können veröffentlicht werden; diese Veranstaltung ist bereits veröffentlicht oder abgesagt.
error-this-event-is-not-a-draft = Diese Veranstaltung ist kein Entwurf.
error-this-event-is-already-cancelled = Diese Veranstaltung ist bereits abgesagt.
error-drafts-are-deleted-not-cancelled = Entwürfe werden gelöscht, nicht abgesagt.
error-this-event-is-over-it-can = Diese Veranstaltung ist vorbei; sie kann nicht mehr abgesagt werden.
error-published-events-are-cancelled-not-deleted = Veröffentlichte Veranstaltungen werden abgesagt, nicht gelöscht, damit Mitglieder sehen können, was passiert ist.
error-only-the-author-or-the-group = Nur die Person, die den Kommentar verfasst hat, oder das Organisationsteam der Gruppe kann ihn entfernen.
error-the-calendar-could-not-be-fetched = Der Kalender konnte nicht abgerufen werden.
error-your-email-address-is-already-confirmed = Ihre E-Mail-Adresse ist bereits bestätigt.
error-that-address-now-belongs-to-another = Diese Adresse gehört inzwischen zu einem anderen Konto und kann daher nicht Ihrem Konto zugeordnet werden.
error-that-is-already-your-email-address = Das ist bereits Ihre E-Mail-Adresse.
error-the-email-address-or-password-is = E-Mail-Adresse oder Passwort ist falsch.
error-the-instance-was-set-up-meanwhile = Die Instanz wurde inzwischen eingerichtet, oder diese E-Mail-Adresse ist bereits vergeben.
error-you-have-already-asked-to-adopt = Sie haben bereits angefragt, diese Gruppe zu übernehmen; Ihre Anfrage wartet auf eine Entscheidung.
error-you-have-no-pending-request-to = Sie haben keine offene Anfrage zur Übernahme dieser Gruppe.
error-there-is-no-refusal-of-this = Für diese Anfrage gibt es keine geltende Ablehnung, die aufgehoben werden könnte.
error-the-person-who-asked-has-deleted = Die anfragende Person hat ihr Konto gelöscht.
error-the-person-who-asked-is-banned = Die anfragende Person ist aus dieser Gruppe ausgeschlossen.
error-this-request-is-no-longer-pending = Diese Anfrage ist nicht mehr offen: Sie wurde gerade eben entschieden oder zurückgezogen.
error-that-group-is-not-deleted = Diese Gruppe ist nicht gelöscht.
error-you-are-the-group-s-only = Sie sind die einzige Person im Organisationsteam der Gruppe. Nehmen Sie zuerst jemand anderen ins Organisationsteam auf.
error-use-leave-the-group-to-leave = Verwenden Sie „Gruppe verlassen“, um die Gruppe selbst zu verlassen.
error-a-group-always-keeps-at-least = Eine Gruppe braucht immer mindestens eine Person im Organisationsteam.
error-that-membership-changed-meanwhile-reload-the = Diese Mitgliedschaft wurde inzwischen geändert. Laden Sie die Seite neu und versuchen Sie es erneut.
error-only-active-members-can-have-a = Nur aktive Mitglieder können eine Rolle haben.
error-choose-another-member = Wählen Sie ein anderes Mitglied.
error-only-active-members-can-take-the = Nur aktive Mitglieder können die Gruppe übernehmen.
error-this-group-takes-new-members-by = Diese Gruppe nimmt neue Mitglieder nur auf Einladung auf. Bitten Sie jemanden aus dem Organisationsteam, Sie einzuladen.
error-you-are-not-a-member-of = Sie sind kein Mitglied dieser Gruppe.
error-only-the-group-s-organizers-can = Nur das Organisationsteam der Gruppe kann das tun.
error-you-already-organize-this-group-so = Sie gehören bereits zum Organisationsteam dieser Gruppe, es gibt also nichts zu übernehmen.
error-give-both-latitude-and-longitude-or = Geben Sie sowohl Breiten- als auch Längengrad an oder keines von beiden.
error-this-invitation-has-already-been-used = Diese Einladung wurde bereits verwendet.
error-this-invitation-link-is-not-valid = Dieser Einladungslink ist ungültig. Bitten Sie das Organisationsteam um einen neuen.
error-this-invitation-has-expired-ask-the = Diese Einladung ist abgelaufen. Bitten Sie das Organisationsteam um eine neue.
error-you-have-no-calendar-feed-link = Sie haben keinen Link für einen Kalender-Feed. Erstellen Sie zuerst einen.
error-enter-your-email-address = Geben Sie Ihre E-Mail-Adresse ein.
error-that-email-address-is-too-long = Diese E-Mail-Adresse ist zu lang.
error-enter-the-name-people-will-see = Geben Sie den Namen ein, den andere sehen werden.
error-the-bio-cannot-contain-control-characters = Die Kurzbiografie darf keine Steuerzeichen enthalten.
error-choose-a-time-zone-from-the = Wählen Sie eine Zeitzone aus der Liste (einen IANA-Namen wie Europe/Berlin).
error-token-names-cannot-contain-control-characters = Token-Namen dürfen keine Steuerzeichen enthalten.
error-name-the-token-e-g-calendar = Geben Sie dem Token einen Namen, z. B. „Kalenderskript“.
error-that-address-is-reserved-choose-another = Diese Adresse ist reserviert. Wählen Sie eine andere.
error-enter-a-web-address-like-https = Geben Sie eine Webadresse wie https://example.org ein.
error-only-http-and-https-addresses-are = Nur Adressen mit http:// und https:// sind erlaubt.
error-latitude-is-between-90-and-90 = Der Breitengrad muss zwischen -90 und 90 liegen.
error-longitude-is-between-180-and-180 = Der Längengrad muss zwischen -180 und 180 liegen.
error-choose-public-or-private = Wählen Sie „öffentlich“ oder „privat“.
error-choose-open-approval-or-invite = Wählen Sie „offen“, „mit Freigabe“ oder „nur auf Einladung“.
error-there-are-more-answers-than-questions = Es gibt mehr Antworten als Fragen.
error-capacity-is-too-large = Die maximale Teilnehmerzahl ist zu hoch.
error-too-many-guests = Zu viele Begleitpersonen.
error-guests-cannot-be-negative = Die Zahl der Begleitpersonen darf nicht negativ sein.
error-enter-a-date-and-time = Geben Sie Datum und Uhrzeit ein.
error-enter-a-date-and-time-like = Geben Sie Datum und Uhrzeit wie 2026-12-16T18:30 ein (oder RFC 3339 mit Zeitzonenversatz).
error-the-end-must-be-after-the = Das Ende muss nach dem Beginn liegen.
error-an-event-can-last-at-most = Eine Veranstaltung darf höchstens 14 Tage dauern.
error-the-start-must-be-in-the = Der Beginn muss in der Zukunft liegen.
error-rsvps-must-open-before-the-event = Der Zusagestart muss vor dem Beginn der Veranstaltung liegen.
error-rsvps-close-when-the-event-starts = Der Zusageschluss liegt spätestens beim Beginn der Veranstaltung.
error-rsvps-must-close-after-they-open = Der Zusageschluss muss nach dem Zusagestart liegen.
error-hosts-are-given-by-member-id = Gastgeber werden über ihre Mitglieds-ID angegeben.
error-an-event-can-show-at-most = Eine Veranstaltung kann höchstens 5 Gastgeber anzeigen.
error-enter-a-valid-email-address = Geben Sie eine gültige E-Mail-Adresse ein.
error-a-second-message-is-ignored = eine zweite Meldung wird ignoriert
error-too-short = Zu kurz.
error-choose-a-day-of-the-month = Wählen Sie einen Tag des Monats von 1 bis 31.
error-choose-an-end-date-between-the = Wählen Sie ein Enddatum zwischen den Jahren 1 und 9999.
error-choose-a-first-date-between-the = Wählen Sie ein erstes Datum zwischen den Jahren 1 und 9999.
error-the-series-reaches-dates-that-cannot = Die Veranstaltungsreihe reicht bis zu Daten, die nicht dargestellt werden können.
error-the-repeat-rule-needs-a-freq = Die Wiederholungsregel braucht FREQ.
error-a-weekly-repeat-rule-cannot-have = Eine wöchentliche Wiederholungsregel darf kein BYMONTHDAY enthalten.
error-interval-must-be-a-number-of = INTERVAL muss eine Anzahl von Wochen von 1 bis 4 sein.
error-a-weekly-repeat-rule-needs-one = Eine wöchentliche Wiederholungsregel braucht genau ein BYDAY, etwa BYDAY=TU.
error-byday-must-name-one-weekday-of = BYDAY muss genau einen Wochentag im Monat angeben, etwa 3WE oder -1TH.
error-bymonthday-must-be-a-day-of = BYMONTHDAY muss ein Tag des Monats von 1 bis 31 sein.
error-a-repeat-rule-cannot-have-both = Eine Wiederholungsregel darf nicht sowohl COUNT als auch UNTIL enthalten.
error-until-must-be-a-utc-date = UNTIL muss ein Datum mit Uhrzeit in UTC sein, etwa 20270630T225959Z.
error-each-reminder-time-may-be-given = Jede Erinnerungszeit darf nur einmal angegeben werden.
error-choose-one-of-the-languages-muster = Wählen Sie eine der Sprachen, die Muster spricht: en, de, es, fr, pt-BR, ja, zh-CN, zh-TW.
error-choose-one-of-the-languages-listed = Wählen Sie eine der aufgeführten Sprachen.

## Meldungen mit Werten. Der Code schreibt den englischen Text mit den eingesetzten Werten; die
## Platzhalter unten finden sie wieder. Ein Textwert kommt zusätzlich als `$name_key`, ein
## Bezeichner für Selektoren (`The venue's name` → `the-venue-s-name`); siehe docs/translating.md.

error-names-can-be-at-most = Namen dürfen höchstens { $max } Zeichen lang sein.
error-the-bio-can-be-at-most = Die Kurzbiografie darf höchstens { $max } Zeichen lang sein.
error-token-names-can-be-at-most = Token-Namen dürfen höchstens { $max } Zeichen lang sein.
error-passwords-can-be-at-most = Passwörter dürfen höchstens { $max } Zeichen lang sein.
error-use-at-least-characters = Verwenden Sie mindestens { $min } Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, ergeben ein starkes Passwort.
error-field-cannot-contain-line-breaks = { $what_key ->
        [the-name] Der Name
        [the-summary] Die Kurzbeschreibung
        [the-description] Die Beschreibung
        [the-city] Die Stadt
        [the-country] Das Land
        [the-code-of-conduct] Der Verhaltenskodex
        [the-report] Die Meldung
        [the-reason] Die Begründung
        [a-question] Jede Frage
        [an-answer] Jede Antwort
        [the-title] Der Titel
        [the-venue-s-name] Der Name des Veranstaltungsorts
        [the-address] Die Adresse
        [how-to-find-us] Die Wegbeschreibung
        [the-question] Die Frage
        [the-answer] Die Antwort
        [the-talk-s-title] Der Titel des Vortrags
        [the-speaker-s-name] Der Name der vortragenden Person
        [the-abstract] Die Zusammenfassung
        [the-comment] Der Kommentar
       *[other] Das Feld „{ $what }“
    } darf keine Zeilenumbrüche oder Steuerzeichen enthalten.
error-field-cannot-contain-control = { $what_key ->
        [the-name] Der Name
        [the-summary] Die Kurzbeschreibung
        [the-description] Die Beschreibung
        [the-city] Die Stadt
        [the-country] Das Land
        [the-code-of-conduct] Der Verhaltenskodex
        [the-report] Die Meldung
        [the-reason] Die Begründung
        [a-question] Jede Frage
        [an-answer] Jede Antwort
        [the-title] Der Titel
        [the-venue-s-name] Der Name des Veranstaltungsorts
        [the-address] Die Adresse
        [how-to-find-us] Die Wegbeschreibung
        [the-question] Die Frage
        [the-answer] Die Antwort
        [the-talk-s-title] Der Titel des Vortrags
        [the-speaker-s-name] Der Name der vortragenden Person
        [the-abstract] Die Zusammenfassung
        [the-comment] Der Kommentar
       *[other] Das Feld „{ $what }“
    } darf keine Steuerzeichen enthalten.
error-field-needs-at-least = { $what_key ->
        [the-name] Der Name
        [the-summary] Die Kurzbeschreibung
        [the-description] Die Beschreibung
        [the-city] Die Stadt
        [the-country] Das Land
        [the-code-of-conduct] Der Verhaltenskodex
        [the-report] Die Meldung
        [the-reason] Die Begründung
        [a-question] Jede Frage
        [an-answer] Jede Antwort
        [the-title] Der Titel
        [the-venue-s-name] Der Name des Veranstaltungsorts
        [the-address] Die Adresse
        [how-to-find-us] Die Wegbeschreibung
        [the-question] Die Frage
        [the-answer] Die Antwort
        [the-talk-s-title] Der Titel des Vortrags
        [the-speaker-s-name] Der Name der vortragenden Person
        [the-abstract] Die Zusammenfassung
        [the-comment] Der Kommentar
       *[other] Das Feld „{ $what }“
    } muss mindestens { $min } Zeichen lang sein.
error-field-can-be-at-most = { $what_key ->
        [the-name] Der Name
        [the-summary] Die Kurzbeschreibung
        [the-description] Die Beschreibung
        [the-city] Die Stadt
        [the-country] Das Land
        [the-code-of-conduct] Der Verhaltenskodex
        [the-report] Die Meldung
        [the-reason] Die Begründung
        [a-question] Jede Frage
        [an-answer] Jede Antwort
        [the-title] Der Titel
        [the-venue-s-name] Der Name des Veranstaltungsorts
        [the-address] Die Adresse
        [how-to-find-us] Die Wegbeschreibung
        [the-question] Die Frage
        [the-answer] Die Antwort
        [the-talk-s-title] Der Titel des Vortrags
        [the-speaker-s-name] Der Name der vortragenden Person
        [the-abstract] Die Zusammenfassung
        [the-comment] Der Kommentar
       *[other] Das Feld „{ $what }“
    } darf höchstens { $max } Zeichen lang sein.
error-at-most-topics = { $max ->
        [one] Höchstens { $max } Thema.
       *[other] Höchstens { $max } Themen.
    }
error-at-most-questions = { $max ->
        [one] Höchstens { $max } Frage.
       *[other] Höchstens { $max } Fragen.
    }
error-capacity-is-a-number-of-seats = Die Zahl der Plätze muss zwischen 1 und { $max } liegen; lassen Sie das Feld leer, wenn es keine Begrenzung geben soll.
error-guests-per-rsvp-is-a-number = Die Zahl der Begleitpersonen pro Zusage muss zwischen 0 und { $max } liegen.
error-you-can-bring-at-most-guests = { $max ->
        [one] Sie können höchstens { $max } Begleitperson mitbringen.
       *[other] Sie können höchstens { $max } Begleitpersonen mitbringen.
    }
error-a-series-can-have-from = Eine Serie kann 1 bis { $max } Treffen umfassen.
error-enter-a-number-of-meetups-from = Geben Sie eine Anzahl von 1 bis { $max } Treffen ein.
error-the-first-date-must-be-a-weekday = Der erste Termin muss auf einen { $weekday_key ->
        [monday] Montag
        [tuesday] Dienstag
        [wednesday] Mittwoch
        [thursday] Donnerstag
        [friday] Freitag
        [saturday] Samstag
        [sunday] Sonntag
       *[other] { $weekday }
    } fallen.
error-the-first-date-must-be-the-last = Der erste Termin muss auf den letzten { $weekday_key ->
        [monday] Montag
        [tuesday] Dienstag
        [wednesday] Mittwoch
        [thursday] Donnerstag
        [friday] Freitag
        [saturday] Samstag
        [sunday] Sonntag
       *[other] { $weekday }
    } seines Monats fallen.
error-the-first-date-must-be-an-nth = Der erste Termin muss auf einen { $nth_key ->
        [first] ersten
        [second] zweiten
        [third] dritten
        [fourth] vierten
        [last] letzten
       *[other] { $nth }
    } { $weekday_key ->
        [monday] Montag
        [tuesday] Dienstag
        [wednesday] Mittwoch
        [thursday] Donnerstag
        [friday] Freitag
        [saturday] Samstag
        [sunday] Sonntag
       *[other] { $weekday }
    } im Monat fallen.
error-the-first-date-day-st = Der erste Termin muss auf den { $day }. eines Monats fallen.
error-the-first-date-day-nd = Der erste Termin muss auf den { $day }. eines Monats fallen.
error-the-first-date-day-rd = Der erste Termin muss auf den { $day }. eines Monats fallen.
error-the-first-date-day-th = Der erste Termin muss auf den { $day }. eines Monats fallen.
error-the-repeat-rule-must-be-written = Die Wiederholungsregel muss genau so lauten: „{ $rule }“.
error-this-repeat-rule-cannot-be-used = Diese Wiederholungsregel kann nicht verwendet werden: { $reason }
error-the-repeat-rule-could-not-be-read = Die Wiederholungsregel konnte nicht gelesen werden: „{ $part }“ ist kein Teil der Form NAME=value.
error-repeat-rules-with-are-not-supported = Wiederholungsregeln mit { $name } werden nicht unterstützt. Möglich sind: wöchentlich, monatlich an einem Wochentag oder monatlich an einem Tag des Monats.
error-the-repeat-rule-names-twice = Die Wiederholungsregel enthält { $name } mehr als einmal.
error-repeat-rules-with-freq = Wiederholungsregeln mit FREQ={ $freq } werden nicht unterstützt. Möglich sind: wöchentlich oder monatlich.
error-at-most-reminders-were-given = { $max ->
        [one] Höchstens { $max } Erinnerung
       *[other] Höchstens { $max } Erinnerungen
    }; angegeben { $given ->
        [one] wurde { $given }.
       *[other] wurden { $given }.
    }
error-reminders-go-out-between = Erinnerungen werden zwischen 1 und { $max } Stunden (14 Tagen) vor dem Beginn verschickt; { $hours } liegt außerhalb dieses Bereichs.
error-you-are-not-a-member-of-named = Sie sind kein Mitglied von „{ $group }“.
error-the-file-is-larger-than = Die Datei ist größer als { $max } MiB, die Höchstgröße für ein Archiv.
error-this-is-not-a-zip-file = Dies ist keine ZIP-Datei ({ $reason }). Wählen Sie das Archiv, das Muster erstellt hat.
error-the-zip-has-files = { $count ->
        [one] Die ZIP-Datei enthält { $count } Datei; ein Gruppenarchiv enthält weit weniger.
       *[other] Die ZIP-Datei enthält { $count } Dateien; ein Gruppenarchiv enthält weit weniger.
    }
error-this-archive-is-version = Dieses Archiv hat die Version { $version }; diese Version von Muster liest Archive der Version { $supported }. Aktualisieren Sie Muster oder exportieren Sie die Gruppe erneut.
error-the-address-is-taken-here = Die Adresse /g/{ $slug } ist hier bereits vergeben. Importieren Sie mit einer anderen (--slug).
error-the-meetup-on = Das Treffen am { $day }: { $message }
error-this-link-has-already-been-used = Dieser Link wurde bereits verwendet. { $again }
error-this-link-has-expired = Dieser Link ist abgelaufen. { $again }
error-this-link-is-not-valid = Dieser Link ist ungültig: Möglicherweise ist er falsch geschrieben, oder ein neuerer Link hat ihn ersetzt. { $again }
error-you-are-the-only-organizer-of = Sie sind die einzige Person im Organisationsteam von { $groups }. Nehmen Sie jemand anderen ins Organisationsteam auf oder löschen Sie die Gruppe, bevor Sie Ihr Konto löschen.
error-keep-it-under-characters = Bleiben Sie unter { $max } Zeichen.
error-the-organizers-refused-your-request = Das Organisationsteam der Gruppe hat Ihre Anfrage abgelehnt. Sie können ab { $when } erneut anfragen, oder früher, wenn die Ablehnung aufgehoben wird.
error-the-time-to-refuse-ended = Die Frist für eine Ablehnung ist am { $when } abgelaufen; jetzt entscheidet die Administration.
error-this-request-was-status = Diese Anfrage ist nicht mehr offen: { $status_key ->
        [approved] Sie wurde angenommen.
        [refused] Das Organisationsteam hat sie abgelehnt.
        [rejected] Die Administration hat sie zurückgewiesen.
        [withdrawn] Sie wurde zurückgezogen.
        [pending] Sie wurde gerade eben entschieden oder zurückgezogen.
       *[other] Ihr Status ist jetzt „{ $status }“.
    }
error-the-organizers-can-refuse-until = Das Organisationsteam der Gruppe kann diese Anfrage bis { $when } ablehnen. Erst danach können Sie sie genehmigen.
error-read-and-accept-the-conduct-version = Bitte lesen und akzeptieren Sie zuerst den aktuellen Verhaltenskodex der Gruppe (Version { $version }).
error-accept-version = Akzeptieren Sie Version { $version }.
error-not-possible-for-membership = Das ist nicht möglich, { $status_key ->
        [active] solange die Person aktives Mitglied ist.
        [pending] solange die Beitrittsanfrage der Person noch offen ist.
        [invited] solange die Person nur eingeladen ist.
        [banned] solange die Person gesperrt ist.
       *[other] solange die Mitgliedschaft den Status „{ $status }“ hat.
    }
error-only-one-seat-is-left = { $free ->
        [one] Es ist nur noch { $free } Platz frei
       *[other] Es sind nur noch { $free } Plätze frei
    }: Bringen Sie weniger Begleitpersonen mit, oder antworten Sie erneut ohne Begleitpersonen.
error-only-seats-are-left = { $free ->
        [one] Es ist nur noch { $free } Platz frei
       *[other] Es sind nur noch { $free } Plätze frei
    }: Bringen Sie weniger Begleitpersonen mit, oder antworten Sie erneut ohne Begleitpersonen.
error-the-address-is-too-long = Die Adresse ist zu lang: { $size } KiB, gelesen werden höchstens { $max } KiB. Senden Sie lange Daten stattdessen im Body einer Anfrage.
error-the-query-string-is-invalid = Der Query-String ist ungültig: { $reason }
error-the-form-is-invalid = Das Formular ist ungültig: { $reason }
error-the-request-body-is-larger-than = Der Inhalt der Anfrage ist größer als { $max } KiB.
error-the-body-is-not-valid-json-because = Der Body ist kein gültiges JSON: { $reason }
error-publish-a-draft-with = Veröffentlichen Sie einen Entwurf mit POST /api/v1/events/{ $id }/publish.

## Meldungen ohne Werte, die der Code auf Englisch schreibt.

error-that-is-not-your-current-password = Das ist nicht Ihr aktuelles Passwort.
error-ask-for-a-new-link-in-settings = Sie können in Ihren Kontoeinstellungen einen neuen Link anfordern.
error-ask-for-a-new-link-on-reset = Sie können auf der Seite zum Zurücksetzen des Passworts einen neuen Link anfordern.
error-start-the-change-again = Sie können die Änderung in Ihren Kontoeinstellungen erneut beginnen.
error-that-is-not-the-current-setup-token = Das ist nicht das aktuelle Einrichtungstoken. Kopieren Sie es aus dem Server-Log.
error-the-zip-has-no-archive-json = Die ZIP-Datei enthält keine archive.json: Sie ist kein Gruppenarchiv von Muster.
error-only-members-of-the-group-can-be-added = Nur Mitglieder der Gruppe können hinzugefügt werden.
error-hosts-must-be-members-of-the-group = Gastgeber müssen Mitglieder der Gruppe sein.
error-choose-this-or-following = Wählen Sie this (diese Veranstaltung) oder following (diese und die späteren Veranstaltungen der Serie).
error-the-start-is-in-the-past-move = Der Beginn liegt in der Vergangenheit: Verschieben Sie die Veranstaltung, bevor Sie sie veröffentlichen.
error-the-speaker-must-be-a-member = Die vortragende Person muss Mitglied der Gruppe sein (oder geben Sie nur einen Namen an).
error-give-the-talks-ids = Geben Sie die IDs der Vorträge an.
error-list-every-talk-exactly-once = Führen Sie jeden Vortrag des Programms genau einmal auf.
error-that-person-is-not-part-of-this-group = Diese Person gehört nicht zu dieser Gruppe.
error-that-address-has-had-too-many-emails = An diese Adresse wurden in letzter Zeit zu viele E-Mails von dieser Website geschickt. Versuchen Sie es später erneut.
error-private-groups-take-members-by-invitation = Private Gruppen sind für Außenstehende unsichtbar und nehmen neue Mitglieder daher nur auf Einladung auf.
error-choose-a-language-from-the-list = Wählen Sie eine Sprache aus der Liste.
error-that-address-is-taken = Diese Adresse ist bereits vergeben. Wählen Sie eine andere.
error-type-the-groups-name-exactly = Geben Sie zur Bestätigung den Namen der Gruppe exakt ein.
error-the-image-is-larger-than-2-mib = Das Bild ist größer als 2 MiB.
error-upload-a-png-jpeg-webp-or-gif = Laden Sie ein Bild im Format PNG, JPEG, WebP oder GIF hoch.
error-the-image-could-not-be-read = Das Bild konnte nicht gelesen werden; möglicherweise ist es beschädigt oder zu groß (höchstens 4096 px).
error-write-a-subject-of-1-to-150 = Geben Sie einen Betreff mit 1 bis 150 Zeichen ein.
error-write-a-message-of-1-to-10000 = Schreiben Sie eine Nachricht mit 1 bis 10.000 Zeichen.
error-choose-all-going-waitlisted-or-not-answered = Wählen Sie all, going, waitlisted oder not_answered.
error-choose-the-event-this-audience-answered = Wählen Sie die Veranstaltung, auf die sich diese Empfängergruppe bezieht.
error-enter-a-valid-email-address-like = Geben Sie eine gültige E-Mail-Adresse ein, etwa ada@example.org.
error-names-cannot-contain-line-breaks = Namen dürfen keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.
error-that-password-is-one-of-the-most-common = Dieses Passwort gehört zu den häufigsten und ist leicht zu erraten. Wählen Sie ein anderes.
error-choose-draft-published-or-cancelled = Wählen Sie draft, published oder cancelled.
error-choose-going-waitlisted-or-not-going = Wählen Sie going, waitlisted oder not_going.
error-answer-yes-or-no = Antworten Sie mit yes oder no.
error-choose-attended-no-show-or-unknown = Wählen Sie attended, no_show oder unknown.
error-this-event-does-not-allow-guests = Zu dieser Veranstaltung können keine Begleitpersonen mitgebracht werden.
error-you-can-bring-at-most-1-guest = Sie können höchstens eine Begleitperson mitbringen.
error-this-event-is-not-published-yet = Diese Veranstaltung ist noch nicht veröffentlicht.
error-this-event-was-cancelled = Diese Veranstaltung wurde abgesagt.
error-this-event-has-already-started = Diese Veranstaltung hat bereits begonnen.
error-give-a-number-of-hours-from-0 = Geben Sie eine Anzahl von Stunden zwischen 0 und 8760 (einem Jahr) an.
error-use-3-50-lower-case-letters = Verwenden Sie 3–50 Kleinbuchstaben, Ziffern und einzelne Bindestriche, beginnend mit einem Buchstaben (etwa pyleeds oder python-berlin).
error-enter-a-web-address-up-to-500 = Geben Sie eine Webadresse wie https://example.org ein (höchstens 500 Zeichen).
error-choose-open-or-handled = Wählen Sie open oder handled.
error-choose-to-repeat-every-week = Wählen Sie eine Wiederholung jede Woche oder alle 2, 3 oder 4 Wochen.
error-choose-the-nth-weekday-of-the-month = Wählen Sie den ersten, zweiten, dritten, vierten oder letzten Wochentag des Monats.
error-give-the-repeat-rules-value = Geben Sie den Wert der Wiederholungsregel ohne vorangestelltes „RRULE:“ an.
error-your-email-address-is-confirmed = Ihre E-Mail-Adresse ist bestätigt.
error-if-the-address-has-an-account = Falls zu dieser Adresse ein Konto gehört, haben wir ihr einen Link zum Festlegen eines neuen Passworts geschickt.
error-follow-the-link-to-the-new-address = Folgen Sie dem Link, den wir an die neue Adresse geschickt haben, um sie zu bestätigen. Bis dahin bleibt Ihre Adresse unverändert.
error-if-the-address-can-be-used = Falls die Adresse verwendet werden kann, haben wir ihr eine E-Mail geschickt. Folgen Sie dem Link darin, um Ihre Adresse zu bestätigen.
error-the-api-token-is-invalid = Das API-Token ist ungültig oder wurde widerrufen.
error-this-calendar-link-does-not-exist = Dieser Kalenderlink existiert nicht oder wurde ersetzt. Einen neuen erhalten Sie in Ihren Kontoeinstellungen.
error-say-whether-the-feed-carries-every = Geben Sie an, ob der Feed alle Veranstaltungen Ihrer Gruppen enthält (true oder false).
error-choose-a-member-to-add = Wählen Sie ein Mitglied aus, das hinzugefügt werden soll.
error-give-a-time-or-a-number-of-hours = Geben Sie eine Uhrzeit oder eine Anzahl von Stunden vor dem Beginn an, nicht beides.
error-enter-a-number-of-seats = Geben Sie eine Anzahl von Plätzen ein, oder lassen Sie das Feld leer, wenn es keine Begrenzung geben soll.
error-enter-a-number-of-guests-from-0-to-10 = Geben Sie eine Zahl von Begleitpersonen zwischen 0 und 10 ein.
error-enter-a-whole-number-of-hours = Geben Sie eine ganze Zahl von Stunden ein, oder lassen Sie das Feld leer.
error-enter-latitude-and-longitude = Geben Sie Breiten- und Längengrad als Zahlen wie 53.8008 und -1.5491 ein.
error-choose-a-weekday = Wählen Sie einen Wochentag.
error-choose-the-nth-weekday = Wählen Sie den ersten, zweiten, dritten, vierten oder letzten Wochentag.
error-choose-how-the-series-repeats = Wählen Sie, wie sich die Serie wiederholt.
error-enter-the-last-date-like = Geben Sie das letzte Datum im Format 2027-06-30 ein.
error-choose-a-number-of-guests = Wählen Sie eine Zahl von Begleitpersonen.
error-only-for-changing-capacity = Nur beim Ändern der maximalen Teilnehmerzahl einer Veranstaltung.
error-choose-refuse-or-waitlist = Wählen Sie refuse oder waitlist.
error-series-are-published-as-created = Serien werden veröffentlicht, sobald sie erstellt sind.
error-the-body-must-be-a-json-object = Der Body muss ein JSON-Objekt sein.
error-this-field-is-required = Dieses Feld ist erforderlich.
error-this-field-is-not-recognised = Dieses Feld ist unbekannt.
error-choose-an-image-to-upload = Wählen Sie ein Bild zum Hochladen.
error-use-organizer-co-organizer = Verwenden Sie organizer, co_organizer, assistant_organizer, event_organizer oder member.
error-the-address-and-conduct-have-endpoints = Die Adresse und der Verhaltenskodex haben eigene Endpunkte.
error-choose-an-ics-file = Wählen Sie eine .ics-Datei, oder geben Sie die Adresse des Kalenders an.
error-enter-the-venues-name = Geben Sie den Namen des Veranstaltungsorts ein.
error-enter-the-talks-title = Geben Sie den Titel des Vortrags ein.
error-enter-the-comment = Geben Sie einen Kommentar ein.
error-give-a-domain-name-like-spam-example = Gib einen Domainnamen an, etwa spam.example.
error-pronouns-cannot-contain-control-characters = Pronomen dürfen keine Steuerzeichen enthalten.
error-pronouns-can-be-at-most = Pronomen dürfen höchstens { $max } Zeichen lang sein.
error-enter-a-fediverse-address-like = Geben Sie eine Fediverse-Adresse wie @name@mastodon.social ein oder lassen Sie das Feld leer.
error-enter-a-github-user-name-like = Geben Sie einen GitHub-Benutzernamen wie octocat ein (Buchstaben, Ziffern und einzelne Bindestriche, höchstens 39 Zeichen) oder lassen Sie das Feld leer.

error-the-photo-is-larger-than-20-mib = Das Foto ist größer als 20 MiB.
error-upload-a-jpeg-png-or-webp-photo = Laden Sie ein Foto als JPEG, PNG oder WebP hoch.
error-the-photo-could-not-be-read = Das Foto konnte nicht gelesen werden; möglicherweise ist es beschädigt oder zu groß (höchstens 50 Megapixel).
error-photos-are-for-meetups-that-took-place = Fotos gibt es nur für Treffen, die stattgefunden haben.
error-photos-can-be-added-once-the-meetup-has-started = Fotos können hinzugefügt werden, sobald das Treffen begonnen hat.
error-only-people-who-went-can-add-photos = Nur wer bei diesem Treffen war, und das Organisationsteam können Fotos hinzufügen.
error-write-a-caption-of-at-most-200-characters = Schreiben Sie eine Bildunterschrift mit höchstens 200 Zeichen.
error-the-groups-photo-storage-is-full = Der Fotospeicher der Gruppe ist voll ({ $used } von { $quota } MiB belegt). Das Organisationsteam kann Fotos entfernen, um Platz zu schaffen.
error-only-the-person-who-added-a-photo-can-remove-it = Nur wer ein Foto hinzugefügt hat, oder das Organisationsteam der Gruppe kann es entfernen.
error-say-what-is-wrong-with-the-photo = Sagen Sie in 1 bis 1000 Zeichen, was mit dem Foto nicht stimmt.
error-at-most-20-photos-at-once = Höchstens 20 Fotos auf einmal: Fügen Sie dieses erneut hinzu.
error-choose-one-or-more-photos-to-add = Wählen Sie ein oder mehrere Fotos aus.
error-enter-the-title = Geben Sie einen Titel ein.
error-enter-the-text = Geben Sie einen Text ein.
error-organizers-start-discussions = In dieser Gruppe beginnt das Organisationsteam die Diskussionen; Mitglieder antworten.
error-discussion-locked = Diese Diskussion ist gesperrt: Neue Antworten sind nicht möglich.
error-only-author-edits = Nur die Person, die einen Beitrag verfasst hat, kann ihn bearbeiten.
error-only-author-or-moderators-remove = Nur die Person, die einen Beitrag verfasst hat, oder das Moderationsteam der Gruppe kann ihn entfernen.
error-choose-pin-or-lock = Wählen Sie pin, unpin, lock oder unlock.
error-radius-km-is-from-1-to = radius_km liegt zwischen 1 und 1000.
error-no-place-called-is-known-enter = Ein Ort namens „{ $place }“ ist nicht bekannt: Geben Sie eine Stadt (Potsdam oder Potsdam, Germany) oder Breite und Länge (52.40,13.07) ein.
error-within-days-is-from-1-to = within_days liegt zwischen 1 und 366.
error-enter-a-place = Geben Sie einen Ort ein.

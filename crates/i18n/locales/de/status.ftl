event-badge-draft = Entwurf
event-badge-cancelled = Abgesagt
event-badge-past = Vorbei
event-badge-live = Läuft gerade
event-badge-soon = Zusagen noch nicht möglich
event-badge-closed = Zusagen geschlossen
event-badge-full = Ausgebucht
event-badge-open = Offen
event-status-draft = Ein Entwurf: Nur das Organisationsteam sieht ihn, bis er veröffentlicht ist.
event-status-cancelled = Diese Veranstaltung ist abgesagt.
event-status-past = Diese Veranstaltung ist vorbei.
event-status-live = Läuft gerade.
event-status-opens-at = Zusagen sind ab { $moment } möglich.
event-status-opens-soon = Zusagen sind bald möglich.
event-status-closed-by-organizers = Das Organisationsteam hat die Zusagen geschlossen.
event-status-closed = Zusagen sind geschlossen.
event-status-full = Alle Plätze sind vergeben: Sagen Sie zu, um auf die Warteliste zu kommen.
event-status-open-seats =
    { $count ->
        [one] Zusagen sind offen: noch { $count } Platz frei.
       *[other] Zusagen sind offen: noch { $count } Plätze frei.
    }
event-status-open = Zusagen sind offen.

archive-made = Archiv vom { $date } von { $source }
archive-footer = Eine statische Kopie der Seiten der Gruppe, erstellt von Muster. Die Daten stehen in <code>archive.json</code>, die Veranstaltungen in <code>calendar.ics</code>.
archive-members =
    { $count ->
        [one] { $count } Mitglied
       *[other] { $count } Mitglieder
    }
archive-website = Website
archive-upcoming = Kommende Veranstaltungen
archive-past = Vergangene Veranstaltungen
archive-none-yet = Noch keine.
archive-cancelled = Abgesagt
archive-cancelled-sentence = Abgesagt.
archive-went = { $count } waren dabei
archive-conduct = Verhaltenskodex
archive-hosted-by = Gastgeber: { $hosts }
archive-going = { $count } Zusagen
archive-guests =
    { $count ->
        [one] (+{ $count } Gast)
       *[other] (+{ $count } Gäste)
    }
archive-waitlisted = { $count } auf der Warteliste
archive-attended = { $count } anwesend
archive-talks = Vorträge
archive-photos = Fotos
archive-lightning = (Lightning Talk)
archive-slides = Folien
archive-video = Video
archive-all-events = Alle Veranstaltungen von { $group }

archive-made = archive du { $date } depuis { $source }
archive-footer = Une copie statique des pages du groupe, faite par Muster. Les données sont dans <code>archive.json</code> ; les événements dans <code>calendar.ics</code>.
archive-members =
    { $count ->
        [one] { $count } membre
       *[other] { $count } membres
    }
archive-website = site web
archive-upcoming = Événements à venir
archive-past = Événements passés
archive-none-yet = Aucun pour l’instant.
archive-cancelled = Annulé
archive-cancelled-sentence = Annulé.
archive-went = { $count } présents
archive-conduct = Code de conduite
archive-hosted-by = Animé par { $hosts }
archive-going = { $count } participants
archive-guests =
    { $count ->
        [one] (+{ $count } invité)
       *[other] (+{ $count } invités)
    }
archive-waitlisted = { $count } en liste d’attente
archive-attended = { $count } présents
archive-talks = Présentations
archive-photos = Photos
archive-lightning = (présentation éclair)
archive-slides = diapositives
archive-video = vidéo
archive-all-events = Tous les événements de { $group }

event-badge-draft = Brouillon
event-badge-cancelled = Annulé
event-badge-past = Passé
event-badge-live = En cours
event-badge-soon = Inscriptions pas encore ouvertes
event-badge-closed = Inscriptions fermées
event-badge-full = Complet
event-badge-open = Ouvert
event-status-draft = Un brouillon : seuls les organisateurs le voient jusqu’à sa publication.
event-status-cancelled = Cet événement est annulé.
event-status-past = Cet événement est terminé.
event-status-live = En cours.
event-status-opens-at = Les inscriptions ouvrent le { $moment }.
event-status-opens-soon = Les inscriptions ouvrent bientôt.
event-status-closed-by-organizers = Les organisateurs ont fermé les inscriptions.
event-status-closed = Les inscriptions sont fermées.
event-status-full = Toutes les places sont prises : inscrivez-vous pour rejoindre la liste d’attente.
event-status-open-seats =
    { $count ->
        [one] Inscriptions ouvertes : { $count } place restante.
       *[other] Inscriptions ouvertes : { $count } places restantes.
    }
event-status-open = Inscriptions ouvertes.

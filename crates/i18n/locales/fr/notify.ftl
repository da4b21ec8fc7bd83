lead-days =
    { $days ->
        [one] { $days } jour
        *[other] { $days } jours
    }
lead-hours =
    { $hours ->
        [one] { $hours } heure
        *[other] { $hours } heures
    }

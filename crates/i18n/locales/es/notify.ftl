lead-days =
    { $days ->
        [one] { $days } día
        *[other] { $days } días
    }
lead-hours =
    { $hours ->
        [one] { $hours } hora
        *[other] { $hours } horas
    }

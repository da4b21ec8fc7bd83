lead-days =
    { $days ->
        [one] { $days } dia
        *[other] { $days } dias
    }
lead-hours =
    { $hours ->
        [one] { $hours } hora
        *[other] { $hours } horas
    }

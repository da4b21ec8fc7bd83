lead-days =
    { $days ->
        [one] { $days } Tag
        *[other] { $days } Tagen
    }
lead-hours =
    { $hours ->
        [one] { $hours } Stunde
        *[other] { $hours } Stunden
    }

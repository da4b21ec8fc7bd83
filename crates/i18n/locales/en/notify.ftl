# How long before an event a reminder comes, as in "… is in 1 day, and you're going".
lead-days =
    { $days ->
        [one] { $days } day
        *[other] { $days } days
    }
lead-hours =
    { $hours ->
        [one] { $hours } hour
        *[other] { $hours } hours
    }

# How a series repeats, in words: the series page and its list of meetups.
# $weekday is monday … sunday; $nth is first, second, third, fourth or last. (Fluent terms
# cannot take a message's variables, so each message selects for itself.)

series-every-weekday = Every { $weekday ->
    [monday] Monday
    [tuesday] Tuesday
    [wednesday] Wednesday
    [thursday] Thursday
    [friday] Friday
    [saturday] Saturday
   *[sunday] Sunday
}
series-every-n-weeks = Every { $interval } weeks on { $weekday ->
    [monday] Monday
    [tuesday] Tuesday
    [wednesday] Wednesday
    [thursday] Thursday
    [friday] Friday
    [saturday] Saturday
   *[sunday] Sunday
}
series-monthly-nth = Every { $nth ->
    [first] first
    [second] second
    [third] third
    [fourth] fourth
   *[last] last
} { $weekday ->
    [monday] Monday
    [tuesday] Tuesday
    [wednesday] Wednesday
    [thursday] Thursday
    [friday] Friday
    [saturday] Saturday
   *[sunday] Sunday
} of the month
series-monthly-day = Monthly on the { $day ->
    [1] 1st
    [2] 2nd
    [3] 3rd
    [21] 21st
    [22] 22nd
    [23] 23rd
    [31] 31st
   *[other] { $day }th
}
# Days 29–31: some months do not have them.
series-monthly-day-skipping = Monthly on the { $day ->
    [29] 29th
    [30] 30th
   *[31] 31st
} (months without a { $day ->
    [29] 29th
    [30] 30th
   *[31] 31st
} are skipped)
series-rule-once = { $repeat }, once
series-rule-times = { $repeat }, { $count } times
series-rule-until = { $repeat }, until { $date }
series-ended-before-first = { $repeat }; ended before its first meetup
series-ends-after = { $repeat }; ends after { $count ->
    [one] 1 meetup
   *[other] { $count } meetups
}, the last on { $day }
series-ended-after = { $repeat }; ended after { $count ->
    [one] 1 meetup
   *[other] { $count } meetups
}, the last on { $day }
series-repeating = A repeating series

# Wie sich eine Serie wiederholt, in Worten: die Seite der Serie und ihre Liste der Treffen.
# $weekday ist monday … sunday; $nth ist first, second, third, fourth oder last.

series-every-weekday = Jeden { $weekday ->
        [monday] Montag
        [tuesday] Dienstag
        [wednesday] Mittwoch
        [thursday] Donnerstag
        [friday] Freitag
        [saturday] Samstag
       *[sunday] Sonntag
    }
series-every-n-weeks = Alle { $interval } Wochen am { $weekday ->
        [monday] Montag
        [tuesday] Dienstag
        [wednesday] Mittwoch
        [thursday] Donnerstag
        [friday] Freitag
        [saturday] Samstag
       *[sunday] Sonntag
    }
series-monthly-nth = Jeden { $nth ->
        [first] ersten
        [second] zweiten
        [third] dritten
        [fourth] vierten
       *[last] letzten
    } { $weekday ->
        [monday] Montag
        [tuesday] Dienstag
        [wednesday] Mittwoch
        [thursday] Donnerstag
        [friday] Freitag
        [saturday] Samstag
       *[sunday] Sonntag
    } im Monat
series-monthly-day = Monatlich am { $day }.
# Tage 29–31: Manche Monate haben sie nicht.
series-monthly-day-skipping = Monatlich am { $day }. (Monate ohne { $day }. Tag werden übersprungen)
series-rule-once = { $repeat }, nur einmal
series-rule-times = { $repeat }, { $count }-mal
series-rule-until = { $repeat }, bis zum { $date }
series-ended-before-first = { $repeat }; vor dem ersten Treffen beendet
series-ends-after = { $repeat }; endet nach { $count ->
    [one] einem Treffen
   *[other] { $count } Treffen
}, das letzte am { $day }
series-ended-after = { $repeat }; endete nach { $count ->
    [one] einem Treffen
   *[other] { $count } Treffen
}, das letzte am { $day }
series-repeating = Eine wiederkehrende Serie

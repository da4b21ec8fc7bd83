# Comment une série se répète, en toutes lettres : la page de la série et sa liste de rencontres.
# $weekday vaut monday … sunday ; $nth vaut first, second, third, fourth ou last.

series-every-weekday = Tous les { $weekday ->
        [monday] lundis
        [tuesday] mardis
        [wednesday] mercredis
        [thursday] jeudis
        [friday] vendredis
        [saturday] samedis
       *[sunday] dimanches
    }
series-every-n-weeks = Toutes les { $interval } semaines, le { $weekday ->
        [monday] lundi
        [tuesday] mardi
        [wednesday] mercredi
        [thursday] jeudi
        [friday] vendredi
        [saturday] samedi
       *[sunday] dimanche
    }
series-monthly-nth = Le { $nth ->
        [first] premier
        [second] deuxième
        [third] troisième
        [fourth] quatrième
       *[last] dernier
    } { $weekday ->
        [monday] lundi
        [tuesday] mardi
        [wednesday] mercredi
        [thursday] jeudi
        [friday] vendredi
        [saturday] samedi
       *[sunday] dimanche
    } de chaque mois
series-monthly-day = Le { $day ->
    [1] 1er
   *[other] { $day }
} de chaque mois
# Jours 29 à 31 : certains mois ne les ont pas.
series-monthly-day-skipping = Le { $day ->
    [1] 1er
   *[other] { $day }
} de chaque mois (les mois sans { $day ->
    [1] 1er
   *[other] { $day }e
} jour sont ignorés)
series-rule-once = { $repeat }, une seule fois
series-rule-times = { $repeat }, { $count } fois
series-rule-until = { $repeat }, jusqu’au { $date }
series-ended-before-first = { $repeat } ; a pris fin avant sa première rencontre
series-ends-after = { $repeat } ; se termine après { $count ->
    [one] { $count } rencontre
   *[other] { $count } rencontres
}, la dernière le { $day }
series-ended-after = { $repeat } ; a pris fin après { $count ->
    [one] { $count } rencontre
   *[other] { $count } rencontres
}, la dernière le { $day }
series-repeating = Une série récurrente

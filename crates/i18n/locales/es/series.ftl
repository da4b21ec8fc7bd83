# Cómo se repite una serie, en palabras: la página de la serie y su lista de encuentros.
# $weekday es monday … sunday; $nth es first, second, third, fourth o last.

series-every-weekday = Todos los { $weekday ->
        [monday] lunes
        [tuesday] martes
        [wednesday] miércoles
        [thursday] jueves
        [friday] viernes
        [saturday] sábados
       *[sunday] domingos
    }
series-every-n-weeks = Cada { $interval } semanas, los { $weekday ->
        [monday] lunes
        [tuesday] martes
        [wednesday] miércoles
        [thursday] jueves
        [friday] viernes
        [saturday] sábados
       *[sunday] domingos
    }
series-monthly-nth = El { $nth ->
        [first] primer
        [second] segundo
        [third] tercer
        [fourth] cuarto
       *[last] último
    } { $weekday ->
        [monday] lunes
        [tuesday] martes
        [wednesday] miércoles
        [thursday] jueves
        [friday] viernes
        [saturday] sábado
       *[sunday] domingo
    } de cada mes
series-monthly-day = El día { $day } de cada mes
# Días 29–31: algunos meses no los tienen.
series-monthly-day-skipping = El día { $day } de cada mes (se omiten los meses que no tienen día { $day })
series-rule-once = { $repeat }, una sola vez
series-rule-times = { $repeat }, { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}
series-rule-until = { $repeat }, hasta el { $date }
series-ended-before-first = { $repeat }; terminó antes de su primer encuentro
series-ends-after = { $repeat }; termina tras { $count ->
    [one] 1 encuentro
   *[other] { $count } encuentros
} (el último, el { $day })
series-ended-after = { $repeat }; terminó tras { $count ->
    [one] 1 encuentro
   *[other] { $count } encuentros
} (el último, el { $day })
series-repeating = Una serie periódica

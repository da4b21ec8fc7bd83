# Como uma série se repete, por extenso: a página da série e sua lista de encontros.
# $weekday é monday … sunday; $nth é first, second, third, fourth ou last.
# Os dias da semana são femininos, exceto sábado e domingo: "toda terça-feira", "todo sábado".

series-every-weekday = { $weekday ->
    [monday] Toda segunda-feira
    [tuesday] Toda terça-feira
    [wednesday] Toda quarta-feira
    [thursday] Toda quinta-feira
    [friday] Toda sexta-feira
    [saturday] Todo sábado
   *[sunday] Todo domingo
}
series-every-n-weeks = A cada { $interval } semanas, { $weekday ->
    [monday] às segundas-feiras
    [tuesday] às terças-feiras
    [wednesday] às quartas-feiras
    [thursday] às quintas-feiras
    [friday] às sextas-feiras
    [saturday] aos sábados
   *[sunday] aos domingos
}
series-monthly-nth = { $weekday ->
    [saturday] Todo { $nth ->
        [first] primeiro
        [second] segundo
        [third] terceiro
        [fourth] quarto
       *[last] último
    } sábado
    [sunday] Todo { $nth ->
        [first] primeiro
        [second] segundo
        [third] terceiro
        [fourth] quarto
       *[last] último
    } domingo
   *[other] Toda { $nth ->
        [first] primeira
        [second] segunda
        [third] terceira
        [fourth] quarta
       *[last] última
    } { $weekday ->
        [monday] segunda-feira
        [tuesday] terça-feira
        [wednesday] quarta-feira
        [thursday] quinta-feira
       *[friday] sexta-feira
    }
} do mês
series-monthly-day = Todo dia { $day } do mês
# Dias 29 a 31: alguns meses não os têm.
series-monthly-day-skipping = Todo dia { $day } do mês (os meses sem dia { $day } são pulados)
series-rule-once = { $repeat }, uma única vez
series-rule-times = { $repeat }, { $count ->
    [one] { $count } vez
   *[other] { $count } vezes
}
series-rule-until = { $repeat }, até { $date }
series-ended-before-first = { $repeat }; encerrada antes do primeiro encontro
series-ends-after = { $repeat }; termina após { $count ->
    [one] { $count } encontro
   *[other] { $count } encontros
}, o último em { $day }
series-ended-after = { $repeat }; terminou após { $count ->
    [one] { $count } encontro
   *[other] { $count } encontros
}, o último em { $day }
series-repeating = Uma série recorrente

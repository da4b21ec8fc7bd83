claim-title = É você?
claim-signed-in =
    { $count ->
        [one] Este link é para { $name }, de { $group } no Meetup.com, que foi a { $count } encontro do grupo. Ao reivindicá-lo, você se torna membro de { $group } e esses encontros entram na sua conta.
       *[other] Este link é para { $name }, de { $group } no Meetup.com, que foi a { $count } encontros do grupo. Ao reivindicá-lo, você se torna membro de { $group } e esses encontros entram na sua conta.
    }
claim-visitor =
    { $count ->
        [one] Este link é para { $name }, de { $group } no Meetup.com, que foi a { $count } encontro do grupo. Entre (ou cadastre-se) para reivindicar este histórico.
       *[other] Este link é para { $name }, de { $group } no Meetup.com, que foi a { $count } encontros do grupo. Entre (ou cadastre-se) para reivindicar este histórico.
    }
claim-button = Sim, sou eu: reivindicar meu histórico
claim-log-in = Entrar para reivindicar

event-badge-draft = Rascunho
event-badge-cancelled = Cancelado
event-badge-past = Encerrado
event-badge-live = Acontecendo agora
event-badge-soon = Inscrições ainda não abertas
event-badge-closed = Inscrições encerradas
event-badge-full = Lotado
event-badge-open = Aberto
event-status-draft = Um rascunho: só os organizadores o veem até ser publicado.
event-status-cancelled = Este evento foi cancelado.
event-status-past = Este evento já terminou.
event-status-live = Acontecendo agora.
event-status-opens-at = As inscrições abrem em { $moment }.
event-status-opens-soon = As inscrições abrem em breve.
event-status-closed-by-organizers = Os organizadores encerraram as inscrições.
event-status-closed = As inscrições estão encerradas.
event-status-full = Todas as vagas foram preenchidas: confirme presença para entrar na lista de espera.
event-status-open-seats =
    { $count ->
        [one] Inscrições abertas: resta { $count } vaga.
       *[other] Inscrições abertas: restam { $count } vagas.
    }
event-status-open = Inscrições abertas.

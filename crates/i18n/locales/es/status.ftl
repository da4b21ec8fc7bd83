event-badge-draft = Borrador
event-badge-cancelled = Cancelado
event-badge-past = Pasado
event-badge-live = En curso
event-badge-soon = Inscripciones aún cerradas
event-badge-closed = Inscripciones cerradas
event-badge-full = Completo
event-badge-open = Abierto
event-status-draft = Un borrador: solo el equipo organizador lo ve hasta que se publique.
event-status-cancelled = Este evento está cancelado.
event-status-past = Este evento ha terminado.
event-status-live = En curso.
event-status-opens-at = Las inscripciones abren el { $moment }.
event-status-opens-soon = Las inscripciones abren pronto.
event-status-closed-by-organizers = El equipo organizador cerró las inscripciones.
event-status-closed = Las inscripciones están cerradas.
event-status-full = No quedan plazas: inscríbete para entrar en la lista de espera.
event-status-open-seats =
    { $count ->
        [one] Inscripciones abiertas: queda { $count } plaza.
       *[other] Inscripciones abiertas: quedan { $count } plazas.
    }
event-status-open = Inscripciones abiertas.

archive-made = arquivo de { $date } de { $source }
archive-footer = Uma cópia estática das páginas do grupo, feita pelo Muster. Os dados estão em <code>archive.json</code>; os eventos, em <code>calendar.ics</code>.
archive-members =
    { $count ->
        [one] { $count } membro
       *[other] { $count } membros
    }
archive-website = site
archive-upcoming = Próximos eventos
archive-past = Eventos anteriores
archive-none-yet = Nenhum ainda.
archive-cancelled = Cancelado
archive-cancelled-sentence = Cancelado.
archive-went = { $count } foram
archive-conduct = Código de conduta
archive-hosted-by = Organizado por { $hosts }
archive-going = { $count } vão
archive-guests =
    { $count ->
        [one] (+{ $count } convidado)
       *[other] (+{ $count } convidados)
    }
archive-waitlisted = { $count } na lista de espera
archive-attended = { $count } compareceram
archive-talks = Palestras
archive-photos = Fotos
archive-lightning = (palestra relâmpago)
archive-slides = slides
archive-video = vídeo
archive-all-events = Todos os eventos de { $group }

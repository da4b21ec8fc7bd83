archive-made = archivo del { $date } de { $source }
archive-footer = Una copia estática de las páginas del grupo, hecha por Muster. Los datos están en <code>archive.json</code>; los eventos, en <code>calendar.ics</code>.
archive-members =
    { $count ->
        [one] { $count } miembro
       *[other] { $count } miembros
    }
archive-website = sitio web
archive-upcoming = Próximos eventos
archive-past = Eventos pasados
archive-none-yet = Ninguno todavía.
archive-cancelled = Cancelado
archive-cancelled-sentence = Cancelado.
archive-went = { $count } asistieron
archive-conduct = Código de conducta
archive-hosted-by = Organizado por { $hosts }
archive-going = { $count } asistirán
archive-guests =
    { $count ->
        [one] (+{ $count } invitado)
       *[other] (+{ $count } invitados)
    }
archive-waitlisted = { $count } en lista de espera
archive-attended = { $count } asistieron
archive-talks = Charlas
archive-photos = Fotos
archive-lightning = (charla relámpago)
archive-slides = diapositivas
archive-video = vídeo
archive-all-events = Todos los eventos de { $group }

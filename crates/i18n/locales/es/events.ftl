# La página pública de un evento: cabecera, recuadro de asistencia, fecha y lugar, programa y
# comentarios; la cabecera común de las páginas de organización y el editor del programa.
event-meta-description = { $title }: { $when }, con { $group }.
event-breadcrumb-label = Ruta de navegación
event-breadcrumb-events = Eventos
event-when-mine = En tu zona horaria ({ $zone }): { $when }
event-cancel-why = Motivo:
event-moved-from = Cambiado de fecha; antes era el { $when }.
event-announce-planned = Se avisará a los miembros por correo electrónico el { $when }.

## Herramientas de organización
event-tools-label = Herramientas de organización
event-tool-page = Página del evento
event-tool-edit = Editar
event-tool-attendees = Asistentes
event-tool-write = Escribir a los asistentes
event-tool-checkin = Registro de entrada
event-tool-agenda = Programa
event-publish = Publicar
event-delete-draft = Eliminar el borrador
event-rsvps-reopen = Reabrir la asistencia
event-rsvps-close = Cerrar la asistencia
event-announce = Anunciarlo a los miembros
event-announce-now = Anunciarlo ahora
event-cancel = Cancelar el evento

## El recuadro de asistencia
event-details-label = Detalles del evento
event-cancelled-title = Este evento se ha cancelado
event-cancelled-nobody = No se espera a nadie y no hay nada que responder.
event-cancelled-had-said = { $count ->
    [one] { $count } persona había confirmado su asistencia.
   *[other] { $count } personas habían confirmado su asistencia.
}
event-cancelled-kept = Tu respuesta se conserva como registro.
event-rsvp-title = ¿Vienes?
event-count-going = { $count ->
    [one] <strong>{ $count }</strong> asistente
   *[other] <strong>{ $count }</strong> asistentes
}
event-count-went = { $count ->
    [one] <strong>{ $count }</strong> asistió
   *[other] <strong>{ $count }</strong> asistieron
}
event-count-waiting = <strong>{ $count }</strong> en lista de espera
event-seats-taken = { $taken } de { $capacity } plazas ocupadas
event-full-yours = Todas las plazas están ocupadas, incluida la tuya.
event-full-waiting-at = Todas las plazas están ocupadas; eres el n.º { $position } en la lista de espera.
event-full-waiting = Todas las plazas están ocupadas; estás en la lista de espera.
event-rsvp-login = Inicia sesión para confirmar asistencia
event-rsvp-verify = Confirma tu dirección de correo electrónico para poder confirmar asistencia: sigue el enlace que te enviamos.
event-rsvp-pending = Tu solicitud para unirte a { $group } está pendiente de los organizadores. Cuando seas miembro, podrás confirmar asistencia.
event-rsvp-invite = Este grupo admite nuevos miembros solo por invitación. Los miembros pueden confirmar asistencia.
event-rsvp-join = Únete al grupo para confirmar asistencia
event-rsvp-conduct = El código de conducta del grupo ha cambiado. <a href="/g/{ $slug }/conduct">Lee y acepta el código de conducta</a> para confirmar asistencia.
event-rsvp-guests = Invitados que vienen contigo
event-rsvp-answer-hint = Solo los organizadores ven tu respuesta.
event-rsvp-no = No, no puedo ir
event-rsvp-no-after-all = Al final no puedo ir

## Fecha y lugar
event-when-where = Fecha y lugar
event-times-in = Los horarios están en la zona { $zone }.
event-series = Forma parte de una serie periódica
event-directions-label = Cómo llegar:
event-map = Mapa (OpenStreetMap)
event-online = En línea:
event-online-hidden = También en línea: el enlace se muestra a quienes asisten.
event-calendar-title = Añadir al calendario
event-calendar-ics = Descargar (.ics)
event-calendar-google = Google Calendar
event-calendar-outlook = Outlook.com
event-hosts = Anfitriones
event-going-title = Quién asiste
event-going-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
event-going-others = { $count ->
    [one] y { $count } persona más
   *[other] y { $count } personas más
}

## Descripción, programa, comentarios
event-about = Acerca de este evento
event-agenda = Programa
event-talk-lightning = Charla relámpago
event-talk-standby = Reserva
event-talk-slides = Diapositivas
event-talk-video = Vídeo
event-comments = Comentarios
event-comments-none = Todavía no hay comentarios.
event-comment-remove = Eliminar
event-comment-add = Añadir un comentario
event-comment-post = Publicar el comentario
event-comment-login = <a href="{ $href }">Inicia sesión</a> para unirte a la conversación.
event-comment-members = Los miembros pueden comentar.
event-comment-former-member = Un antiguo miembro
event-comment-removed-author = Eliminado por su autor.
event-comment-removed-organizer = Eliminado por un organizador.

## El editor del programa
event-talks-none = Todavía no hay charlas. Añade la primera abajo.
event-talks-lightning = Relámpago
event-talks-up = Subir
event-talks-down = Bajar
event-talks-edit = Editar
event-talks-delete = Eliminar
event-talks-add-title = Añadir una charla
event-talks-edit-title = Editar la charla
event-talks-field-title = Título
event-talks-field-speaker = Ponente
event-talks-field-speaker-hint = Tal como aparece en el programa.
event-talks-field-account = Cuenta del ponente (opcional)
event-talks-field-account-none = No es miembro o no está vinculada
event-talks-field-abstract = Resumen
event-talks-field-abstract-hint = Markdown.
event-talks-field-slides = Diapositivas (enlace)
event-talks-field-video = Vídeo (enlace)
event-talks-field-lightning = Charla relámpago
event-talks-field-standby = De reserva (interviene si alguien se retira)
event-talks-add = Añadir la charla
event-talks-save = Guardar la charla
event-talks-back = Volver al programa

## Tu respuesta, en el recuadro de asistencia
event-mine-had-going = Habías confirmado tu asistencia.
event-mine-had-waiting = Estabas en la lista de espera.
event-mine-had-not-going = Habías indicado que no podías ir.
event-mine-going = Vas a asistir.
event-mine-going-guests = { $count ->
    [one] Vas a asistir, con { $count } invitado.
   *[other] Vas a asistir, con { $count } invitados.
}
event-mine-waiting-at = Eres el n.º { $position } en la lista de espera.
event-mine-waiting = Estás en la lista de espera.
event-mine-not-going = No vas a asistir.
event-rsvp-update = Cambiar mi respuesta
event-rsvp-join-waitlist = Apuntarme a la lista de espera
event-rsvp-yes = Sí, voy
event-comment-when = { $date }, { $time } { $zone }
event-going-members-see = Los miembros del grupo ven quién va.

photos-title = Fotos
photos-none = Todavía no hay fotos.
photos-none-yet = Todavía no hay fotos. ¿Estuviste? Comparte las tuyas.
photos-all = { $count ->
    [one] Ver la foto o añadir las tuyas
   *[other] Ver las { $count } fotos o añadir las tuyas
}
photos-add-link = Añadir fotos
photos-add-title = Añade tus fotos
photos-caption = Pie de foto (opcional, para todas las fotos de esta subida)
photos-caption-hint = Una línea, hasta 200 caracteres. También describe las fotos a quien no puede verlas.
photos-files = Fotos
photos-files-hint = JPEG, PNG o WebP, hasta 20 MiB cada una, { $count } a la vez. Se quitan la ubicación y los datos de la cámara.
photos-upload = Añadir fotos
photos-login = Inicia sesión para añadir tus fotos
photos-alt = Foto de { $event }
photos-by = de { $name }
photos-remove = Quitar
photos-report = Denunciar
photos-report-reason = ¿Qué problema tiene esta foto?
photos-report-send = Enviar denuncia
photos-added-count = { $count ->
    [one] 1 foto añadida.
   *[other] { $count } fotos añadidas.
}
photos-refused-count = { $count ->
    [one] 1 archivo no se añadió:
   *[other] { $count } archivos no se añadieron:
}
photos-recent-title = Fotos recientes
photos-recent-alt = Una foto de un encuentro del grupo
photos-storage-title = Almacenamiento
photos-storage-used = { $count } fotos ocupan { $used } MiB de los { $quota } MiB del grupo.
photos-storage-hint = Cada foto se guarda con hasta 2048 px y una miniatura. Cuando el almacenamiento está lleno, se rechazan fotos nuevas hasta que se quiten algunas.
photos-reported-title = Fotos denunciadas
photos-reported-none = Nadie ha denunciado ninguna foto.
photos-reported-reasons = { $count ->
    [one] 1 denuncia
   *[other] { $count } denuncias
}
photos-keep = Mantener la foto

## What is on near a place (/events)
events-near-title = Qué hay cerca de ti
events-near-when = Cuándo
events-near-days = { $count ->
    [one] El próximo día
   *[other] Los próximos { $count } días
}
events-near-count-place = { $count ->
    [one] Un meetup a menos de { $km } km de { $place }.
   *[other] { $count } meetups a menos de { $km } km de { $place }.
}
events-near-count = { $count ->
    [one] Un meetup a menos de { $km } km.
   *[other] { $count } meetups a menos de { $km } km.
}
events-near-empty = Todavía no hay nada previsto cerca. Prueba con un radio mayor o más días.
events-near-ask = Escribe una ciudad o unas coordenadas para ver los cercanos.
events-near-count-anywhere = { $count ->
    [one] Un meetup próximo.
   *[other] { $count } meetups próximos.
}

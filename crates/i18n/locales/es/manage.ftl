# Páginas de organización: ajustes del grupo, gestión de miembros, mensajes,
# formularios de eventos, asistentes, registro de llegada, series.

## Group settings

manage-settings-title = Ajustes
manage-settings-save = Guardar ajustes
manage-language-label = Idioma del grupo
manage-language-hint = El idioma en el que el equipo organizador escribe las páginas del grupo.
manage-language-not-set = Sin indicar
manage-logo-title = Logotipo
manage-logo-upload-label = Subir una imagen
manage-logo-upload-hint = PNG, JPEG, WebP o GIF, hasta 2 MiB. Se escala a 512 píxeles.
manage-logo-upload = Subir
manage-history-title = Traer el historial
manage-history-import-link = Importar los eventos pasados del grupo desde un archivo o una dirección iCalendar…
manage-history-placeholders-link = Personas importadas de Meetup.com y sus enlaces para reclamar su perfil…
manage-conduct-title = Código de conducta
manage-conduct-text-label = Texto (Markdown)
manage-conduct-text-hint = Al guardar se publica una nueva versión; los miembros vuelven a aceptarla antes de su próxima inscripción.
manage-conduct-publish = Publicar una nueva versión
manage-archive-title = Descargar el archivo del grupo
manage-archive-text = Un ZIP con todo lo que ha hecho el grupo: sus eventos, charlas, lugares y código de conducta en JSON, un calendario con todos los eventos y una copia de sus páginas que se abre en cualquier navegador. Otra instancia de Muster puede importarlo. Los miembros se cuentan; solo se nombra a quienes lo han permitido.
manage-archive-download = Descargar el archivo (.zip)
manage-adoption-title = Solicitudes de adopción
manage-adoption-text = Cuando el grupo queda inactivo, otras personas pueden pedir adoptarlo; recibirás un correo y podrás rechazarlo.
manage-adoption-see = Ver solicitudes
manage-delete-title = Eliminar el grupo
manage-delete-link = Eliminar { $name }…

## The group's fields (creation and settings)

manage-field-name = Nombre del grupo
manage-field-summary = Resumen
manage-field-summary-hint = Una línea: quiénes se reúnen, sobre qué y con qué frecuencia.
manage-field-description = Descripción
manage-field-description-hint = Markdown: **negrita**, [enlaces](https://…), listas.
manage-field-city = Ciudad
manage-field-country = País
manage-field-lat = Latitud (opcional)
manage-field-lat-hint = Para un mapa de la zona habitual de los encuentros, p. ej. 53.8008.
manage-field-lon = Longitud (opcional)
manage-field-timezone = Zona horaria
manage-field-timezone-hint = La predeterminada para los eventos del grupo.
manage-field-topics = Temas
manage-field-topics-hint = Separados por comas, p. ej. python, data science, web.
manage-field-links = Enlaces (opcional)
manage-field-website = Sitio web
manage-field-chat = Chat
manage-field-mailing-list = Lista de correo
manage-field-repository = Repositorio de código
manage-field-logo-url = Dirección de la imagen del logotipo
manage-field-logo-url-hint = O sube un logotipo en los ajustes del grupo.
manage-field-contact-email = Correo de contacto
manage-field-contact-email-hint = Aparece en el código de conducta. Por defecto, el tuyo.
manage-field-who-can-join = Quién puede unirse
manage-field-visibility = Visibilidad
manage-field-visibility-public = Público: cualquiera puede ver el grupo, sus eventos y sus miembros
manage-field-visibility-private = Privado: solo los miembros ven algo (solo por invitación)
manage-field-joining = Ingreso
manage-field-joining-open = Abierto: cualquiera que acepte el código de conducta
manage-field-joining-approval = Con aprobación: el equipo organizador aprueba cada solicitud
manage-field-joining-invite = Solo por invitación
manage-field-questions = Preguntas para nuevos miembros (opcional)
manage-field-questions-hint = Una por línea, hasta 5. Solo el equipo organizador ve las respuestas.

## Starting a group

manage-new-title = Crear un grupo
manage-new-intro = Pasarás a organizarlo. Se añade un código de conducta estándar con tu contacto; puedes editarlo cuando quieras.
manage-new-address = Dirección
manage-new-address-hint = El grupo estará en /g/direccion: letras minúsculas, dígitos y guiones.
manage-new-create = Crear el grupo

## Roles

manage-role-organizer = Organizador
manage-role-co-organizer = Coorganizador
manage-role-assistant-organizer = Organizador asistente
manage-role-event-organizer = Organizador de eventos
manage-role-member = Miembro

## Managing members

manage-members-title = Gestionar miembros
manage-requests-title = Solicitudes para unirse
manage-requests-none = No hay solicitudes pendientes.
manage-requests-approve = Aprobar
manage-requests-decline = Rechazar
manage-invite-title = Invitar a alguien
manage-invite-email = Correo electrónico
manage-invite-email-hint = Recibirá un enlace que funciona una sola vez, durante 14 días.
manage-invite-send = Enviar la invitación
manage-members-heading = Miembros
manage-members-write = Escribir a todos los miembros
manage-members-name = Nombre
manage-members-role = Rol
manage-members-actions = Acciones
manage-members-hidden = oculto
manage-members-role-of = Rol de { $name }
manage-members-change = Cambiar
manage-members-remove = Quitar
manage-members-reason = Motivo
manage-members-reason-placeholder = Motivo (opcional)
manage-members-ban = Expulsar
manage-banned-title = Expulsados
manage-banned-lift = Levantar la expulsión

## The member list

manage-list-title = Miembros
manage-list-you-hidden = Estás oculto en la lista pública de miembros.
manage-list-you-shown = Apareces en la lista de miembros.
manage-list-show-me = Mostrarme
manage-list-hide-me = Ocultarme
manage-list-in-archive = Tu nombre y tu asistencia se incluyen cuando el equipo organizador descarga el archivo del grupo.
manage-list-not-in-archive = El archivo del grupo te cuenta, pero no te nombra.
manage-list-leave-archive = Dejar mi nombre fuera del archivo
manage-list-join-archive = Incluir mi nombre en el archivo

## Writing to members

manage-compose-title = Escribir a los miembros
manage-compose-hint = Los miembros que desactivaron los mensajes del equipo organizador no lo reciben. Un grupo puede enviar 5 mensajes al día.
manage-compose-preview-title = Vista previa
manage-compose-preview-to = { $count ->
    [one] Para { $count } persona
   *[other] Para { $count } personas
}
manage-compose-preview-to-about = { $count ->
    [one] Para { $count } persona, sobre { $event }
   *[other] Para { $count } personas, sobre { $event }
}
manage-compose-to = Para
manage-compose-to-all = Todos los miembros
manage-compose-to-going = Quienes asisten a { $event } ({ $date })
manage-compose-to-waitlisted = La lista de espera de { $event } ({ $date })
manage-compose-to-not-answered = Miembros que no han respondido a { $event } ({ $date })
manage-compose-subject = Asunto
manage-compose-message = Mensaje
manage-compose-body-hint = Texto sin formato. Cada correo añade un enlace al grupo y una forma de dejar de recibir estos mensajes con un clic.
manage-compose-body-hint-event = Texto sin formato. Cada correo añade un enlace al grupo y al evento, y una forma de dejar de recibir estos mensajes con un clic.
manage-compose-preview = Vista previa
manage-compose-send = Enviar
manage-compose-sent = { $count ->
    [one] Tu mensaje va de camino a { $count } persona.
   *[other] Tu mensaje va de camino a { $count } personas.
}

## Event forms

manage-event-new-series = Nueva serie
manage-event-new-event = Nuevo evento
manage-event-schedule-series-title = Programar una serie periódica
manage-event-schedule-event-title = Programar un evento
manage-event-series-intro = Indica el primer encuentro; los demás siguen la regla de abajo, cada uno un evento real con sus propias inscripciones. Los encuentros de los próximos 90 días se crean ahora; los posteriores, con el tiempo.
manage-event-fields-need-attention = Algunos campos necesitan atención: consulta los mensajes de abajo.
manage-event-schedule-series = Programar la serie
manage-event-schedule-event = Programar el evento
manage-event-edit-title-short = Editar
manage-event-edit-title = Editar el evento
manage-event-overflow-legend = Si hay menos plazas que las ocupadas
manage-event-seats-taken = { $count ->
    [one] Ahora hay { $count } plaza ocupada.
   *[other] Ahora hay { $count } plazas ocupadas.
}
manage-event-overflow-label = Si la capacidad es menor que las plazas ocupadas, pasar las inscripciones más recientes a la lista de espera
manage-event-apply-to = Aplicar a
manage-event-scope-this = Solo este evento
manage-event-scope-following = Este y los siguientes eventos de la serie
manage-event-save = Guardar el evento
manage-event-field-title = Título
manage-event-field-when = Cuándo
manage-event-field-starts = Empieza
manage-event-field-ends = Termina
manage-event-field-timezone-hint = El inicio y el fin están en esta zona.
manage-event-field-where = Dónde
manage-event-field-venue = Lugar
manage-event-field-venue-hint = Deja el lugar vacío para un evento solo en línea.
manage-event-field-address = Dirección
manage-event-field-directions = Cómo encontrarnos
manage-event-field-lat = Latitud (opcional)
manage-event-field-lat-hint = Para un enlace al mapa, p. ej. 53.8008.
manage-event-field-lon = Longitud (opcional)
manage-event-field-lon-hint = p. ej. -1.5491.
manage-event-field-online-url = Enlace en línea (opcional)
manage-event-field-online-url-hint = Solo lo ven quienes asisten y el equipo organizador.
manage-event-field-rsvps = Inscripciones
manage-event-field-capacity = Plazas
manage-event-field-capacity-hint = Vacío: sin límite. Los invitados también ocupan plaza.
manage-event-field-guest-limit = Invitados por inscripción
manage-event-field-rsvp-opens = Apertura de inscripciones (horas antes del inicio)
manage-event-field-rsvp-opens-hint = Vacío: abiertas ya.
manage-event-field-rsvp-closes = Cierre de inscripciones (horas antes del inicio)
manage-event-field-rsvp-closes-hint = Vacío: al empezar.
manage-event-field-rsvp-question = Pregunta para quienes se inscriben (opcional)
manage-event-field-rsvp-question-hint = p. ej. ¿Alguna necesidad alimentaria? Solo el equipo organizador ve las respuestas.
manage-event-field-hosts = Anfitriones (hasta 5)
manage-event-field-options = Opciones
manage-event-field-draft = Guardar como borrador (solo el equipo organizador lo ve hasta que se publique)
manage-event-field-announce-series = Anunciar cada encuentro a los miembros por correo, dos semanas antes
manage-event-field-announce = Anunciarlo a los miembros por correo
manage-event-field-reminders = Enviar recordatorios a quienes asisten

## Repeating series

manage-repeat-legend = Repetición
manage-repeat-weekly = Semanal
manage-repeat-every = Cada
manage-repeat-week = semana
manage-repeat-weeks = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
manage-repeat-monthly-nth = Mensual en un día de la semana («cada tercer miércoles»)
manage-repeat-which = Cuál
manage-repeat-as-first-date = como la primera fecha
manage-repeat-weekday = Día de la semana (semanal y mensual en un día de la semana)
manage-repeat-monthly-day = Mensual en un día del mes
manage-repeat-day = Día
manage-repeat-day-hint = 1–31; vacío: el día de la primera fecha. Se omiten los meses sin ese día.
manage-repeat-end-count = Terminar tras un número de encuentros
manage-repeat-count = Encuentros
manage-repeat-end-until = Terminar en una fecha
manage-repeat-until = Última fecha
manage-repeat-weekday-mon = Lunes
manage-repeat-weekday-tue = Martes
manage-repeat-weekday-wed = Miércoles
manage-repeat-weekday-thu = Jueves
manage-repeat-weekday-fri = Viernes
manage-repeat-weekday-sat = Sábado
manage-repeat-weekday-sun = Domingo
manage-repeat-nth-1 = primero
manage-repeat-nth-2 = segundo
manage-repeat-nth-3 = tercero
manage-repeat-nth-4 = cuarto
manage-repeat-nth-minus1 = último

## Cancelling an event

manage-cancel-title-short = Cancelar
manage-cancel-title = Cancelar el evento
manage-cancel-intro = El evento sigue en la lista, marcado como cancelado y con tu motivo, para que los miembros sepan qué pasó.
manage-cancel-reason = Motivo
manage-cancel-scope-following = Este y los siguientes eventos (la serie termina)
manage-cancel-keep = Mantenerlo

## Attendees

manage-attendees-title = Asistentes
manage-attendees-csv = Descargar CSV
manage-attendees-write = Escribir a los asistentes
manage-attendees-question = Pregunta formulada: «{ $question }»
manage-attendees-seats-of = { $taken } de { $capacity } plazas ocupadas (invitados incluidos).
manage-attendees-seats-no-limit = { $taken ->
    [one] { $taken } plaza ocupada (invitados incluidos); sin límite.
   *[other] { $taken } plazas ocupadas (invitados incluidos); sin límite.
}
manage-attendees-going = Asisten ({ $count })
manage-attendees-going-none = Nadie todavía.
manage-attendees-guests = Invitados
manage-attendees-answer = Respuesta
manage-attendees-came = Vino
manage-attendees-no-show = No vino
manage-attendees-no-shows = Ausencias
manage-attendees-move-to = Mover a
manage-attendees-waitlist = Lista de espera ({ $count })
manage-attendees-waitlist-none = Nadie está esperando.
manage-attendees-waitlist-hint = Por orden: la primera persona que quepa obtiene la siguiente plaza libre.
manage-attendees-not-going = No asisten ({ $count })
manage-attendees-not-going-none = Nadie ha dicho que no.
manage-attendees-add-title = Añadir a un miembro
manage-attendees-add-none = Todos los miembros ya han respondido.
manage-attendees-add-member = Miembro
manage-attendees-add-as = Como
manage-attendees-status-going = Asiste
manage-attendees-status-waitlisted = En la lista de espera
manage-attendees-status-not-going = No asiste
manage-attendees-add = Añadir

## Check-in

manage-checkin-title = Registro de llegada
manage-checkin-count = { $here } de { $count } presentes
manage-checkin-none = Todavía no asiste nadie.
manage-checkin-guests = { $count ->
    [one] +{ $count } invitado
   *[other] +{ $count } invitados
}
manage-checkin-here = Presente
manage-checkin-no-show = No vino
manage-checkin-not-checked-in = Sin registrar
manage-checkin-undo = Deshacer
manage-checkin-undo-for = { " " }para { $name }
manage-checkin-for = : { $name }

## A series' page

manage-series-title = Una serie periódica
manage-series-times-in = Los horarios están en { $zone }.
manage-series-ended = Terminada
manage-series-upcoming = Próximos
manage-series-upcoming-none = No hay próximos encuentros en esta serie.
manage-series-hint = Los encuentros aparecen aquí con hasta 90 días de antelación.
manage-series-past = Pasados

## Deleting a group

manage-delete-group-title = Eliminar { $name }
manage-delete-keep-history = <strong>Primero, guarda su historial:</strong> <a href="/g/{ $slug }/settings/export" download>descarga el archivo del grupo</a> (eventos, charlas, un calendario y una copia de sus páginas), para conservarlo o llevarlo a otro sitio.
manage-delete-intro = El grupo desaparece del sitio para todo el mundo. Un administrador de { $instance } puede restaurarlo, con sus eventos, durante 30 días. Escribe su nombre y tu contraseña para confirmar.
manage-delete-confirm-name = Nombre del grupo
manage-delete-password = Tu contraseña

## Audit log

manage-audit-title = Registro de actividad
manage-audit-empty = Nada todavía.
manage-audit-when = Cuándo (UTC)
manage-audit-who = Quién
manage-audit-what = Qué
manage-audit-whom = A quién
manage-audit-details = Detalles

## Conduct reports

manage-reports-title-short = Denuncias
manage-reports-title = Denuncias sobre el código de conducta
manage-reports-intro = Solo para el equipo organizador que modera. Las denuncias sobre ti se muestran a los demás, no a ti.
manage-reports-none = No hay denuncias.
manage-reports-from = de { $name }
manage-reports-about = sobre { $name }
manage-reports-about-organizer = sobre { $name } (del equipo organizador)
manage-reports-former-member = un antiguo miembro
manage-reports-not-named = sin nombre
manage-reports-status-open = abierta
manage-reports-status-handled = atendida
manage-reports-mark-handled = Marcar como atendida

## Adopting a group

manage-adopt-title = Adoptar { $name }
manage-adopt-waiting-admin = Tu solicitud está esperando la aprobación de un administrador de { $instance }.
manage-adopt-waiting-organizers = Tu solicitud está esperando al equipo organizador del grupo, que puede rechazarla hasta el { $date }. Después, decide un administrador de { $instance }.
manage-adopt-withdraw = Retirar mi solicitud
manage-adopt-refused = El equipo organizador rechazó tu última solicitud.
manage-adopt-refused-reason = El equipo organizador rechazó tu última solicitud: { $reason }.
manage-adopt-ask-again = Puedes volver a solicitarlo a partir del { $date }, o antes si levantan su rechazo.
manage-adopt-declined = Tu última solicitud fue denegada.
manage-adopt-declined-reason = Tu última solicitud fue denegada: { $reason }.
manage-adopt-approved = Tu solicitud fue aprobada: ahora organizas este grupo.
manage-adopt-intro = Este grupo ha quedado inactivo, o nadie lo lleva todavía en este sitio. Puedes pedir hacerte cargo de él y pasar a formar parte de su equipo organizador. Su equipo organizador actual, si lo hay, recibe un correo y puede rechazarlo; después, decide un administrador de { $instance }. Todo lo que hizo el grupo se mantiene tal cual.
manage-adopt-message = ¿Quién eres y qué planes tienes para el grupo?
manage-adopt-message-hint = El equipo organizador y los administradores leerán esto.
manage-adopt-ask = Pedir adoptar este grupo
manage-adopt-active = Este grupo está activo, así que no se puede adoptar. Únete o habla con su equipo organizador.
manage-adoption-requests-title = Solicitudes para adoptar { $name }
manage-adoption-requests-intro = Hay personas que han pedido hacerse cargo de este grupo porque ha quedado inactivo. Si todavía lo llevas, recházalo antes de la fecha indicada; después, un administrador de { $instance } puede aprobar la solicitud y la persona pasará a organizarlo contigo.
manage-adoption-requests-none = No hay solicitudes pendientes.
manage-adoption-asked-refuse-until = Solicitado el { $asked } · puedes rechazarlo hasta el { $until }
manage-adoption-asked-refuse-over = Solicitado el { $asked } · el plazo para rechazarlo ha terminado
manage-adoption-refuse-reason = Motivo (opcional; se le enviará)
manage-adoption-refuse = Rechazar la solicitud
manage-adoption-refused-title = Solicitudes rechazadas
manage-adoption-refused-intro = Quien haya visto rechazada su solicitud no puede volver a pedirlo hasta la fecha indicada. Levanta el rechazo para que pueda pedirlo ya.
manage-adoption-asked-refused = Solicitado el { $asked } · rechazado; puede volver a pedirlo a partir del { $until }
manage-adoption-lift = Levantar el rechazo

## Importing a calendar

manage-import-title-short = Importar un calendario
manage-import-title = Importar un calendario antiguo
manage-import-intro = Trae a casa el historial del grupo desde un archivo o una dirección iCalendar (.ics). Cada evento con UID se convierte en un evento del grupo, incluidos los pasados; al volver a importar se actualizan en lugar de duplicarse. No se envía ningún correo.
manage-import-file = Subir un archivo .ics
manage-import-file-hint = UTF-8, hasta 5 MiB.
manage-import-url = O indica su dirección
manage-import-url-hint = Una dirección http:// o https:// accesible en internet.
manage-import-dry-run = Solo informar de lo que pasaría
manage-import-submit = Importar
manage-import-would-do = Lo que haría la importación
manage-import-did = Lo que hizo la importación
manage-import-counts = Creados: { $created }, actualizados: { $updated }, sin cambios: { $unchanged }, omitidos: { $skipped }.
manage-import-created = Creados
manage-import-updated = Actualizados
manage-import-skipped = Omitidos
manage-import-notes = Notas
manage-import-line = Línea { $line }, { $what }: { $reason }

## People imported from Meetup

manage-placeholders-title-short = Importados de Meetup
manage-placeholders-title = Importados de Meetup.com
manage-placeholders-intro = Personas de las exportaciones de Meetup del grupo. No tienen cuenta aquí hasta que reclaman su historial con un enlace personal: envía tú mismo a cada una su enlace (Meetup no proporcionó direcciones de correo). Un enlace nuevo sustituye al anterior.
manage-placeholders-fresh = El enlace para reclamar de <strong>{ $name }</strong> (se muestra una sola vez):
manage-placeholders-link-for = Enlace para reclamar de { $name }
manage-placeholders-none = Todavía no se ha importado a nadie: usa <code>muster import meetup-members</code>.
manage-placeholders-meetup-id = ID de Meetup
manage-placeholders-attended = Encuentros a los que asistió
manage-placeholders-member-list = Lista de miembros
manage-placeholders-status = Estado
manage-placeholders-listed = sí
manage-placeholders-attendee-lists-only = solo listas de asistentes
manage-placeholders-new-link = Nuevo enlace para reclamar
manage-placeholders-link = Enlace para reclamar
manage-placeholders-claimed = reclamado
manage-placeholders-link-sent = enlace enviado
manage-placeholders-no-link = sin enlace todavía
manage-followers-title = Seguidores en el fediverso
manage-followers-how = Personas en Mastodon, Mobilizon y otros servidores siguen al grupo como { $handle } y ven cada nuevo encuentro.
manage-followers-none = Nadie sigue al grupo desde el fediverso todavía.
manage-followers-remove = Quitar

# The group's numbers (the organizers' dashboard). $weekday is monday … sunday.
numbers-title = Las cifras del grupo
numbers-intro = Cómo va el grupo: miembros, quién dijo que sí y quién vino, y quién desactivó los correos.
numbers-csv = Descargar todos los encuentros en CSV
numbers-members-now = Miembros ahora
numbers-no-show-rate = Ausencias
numbers-new-returning = Asistentes nuevos / habituales
numbers-busiest = Momento con más gente
numbers-members-title = Miembros a lo largo del tiempo
numbers-members-caption = Miembros actuales que se habían unido al final de cada mes.
numbers-month = Mes
numbers-members = Miembros
numbers-events-title = Encuentros recientes
numbers-events-caption = Quienes dijeron que sí, y quienes se marcaron en la puerta como presentes.
numbers-no-events = Todavía no se ha celebrado ningún encuentro.
numbers-date = Fecha
numbers-meetup = Encuentro
numbers-going = Dijeron que sí
numbers-came = Vinieron
numbers-no-shows = Ausencias
numbers-new = Primera vez
numbers-weekdays-title = Por día de la semana
numbers-weekdays-caption = Promedio de asistentes según el día de la semana del encuentro, en su zona horaria.
numbers-weekday-column = Día
numbers-meetups = Encuentros
numbers-average-going = Promedio que dijo que sí
numbers-email-title = Correos desactivados
numbers-off-announcements = Miembros sin anuncios de nuevos encuentros
numbers-off-reminders = Miembros sin recordatorios
numbers-off-messages = Miembros sin mensajes de la organización
numbers-off-all = Miembros que desactivaron todo correo salvo la seguridad de la cuenta
numbers-no-check-ins = Aún sin registros en la puerta
numbers-not-yet = Aún no se sabe
numbers-percent = { $value } %
numbers-weekday = { $weekday ->
    [monday] lunes
    [tuesday] martes
    [wednesday] miércoles
    [thursday] jueves
    [friday] viernes
    [saturday] sábado
   *[sunday] domingo
}
numbers-busiest-at = cada { $weekday ->
    [monday] lunes
    [tuesday] martes
    [wednesday] miércoles
    [thursday] jueves
    [friday] viernes
    [saturday] sábado
   *[sunday] domingo
} a las { $time }

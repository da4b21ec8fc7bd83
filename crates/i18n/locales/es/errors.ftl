# Error messages of pages and the API (their `message` and per-field messages). Code writes
# them in English; a response shows this catalogue's message whose English text matches.

error-there-is-nothing-here-the-address = Aquí no hay nada. Puede que la dirección esté mal escrita o que la página se haya eliminado.
error-some-fields-need-attention = Algunos campos necesitan revisión.
error-please-log-in-to-do-that = Inicia sesión para hacer eso.
error-only-instance-administrators-can-do-that = Solo los administradores de la instancia pueden hacer eso.
error-too-many-attempts-please-wait-a = Demasiados intentos. Espera un poco y vuelve a intentarlo.
error-something-went-wrong-on-our-side = Algo ha fallado por nuestra parte. Lo hemos registrado; vuelve a intentarlo.
error-the-database-is-not-reachable-right = La base de datos no está disponible en este momento. Vuelve a intentarlo en breve.
error-the-database-is-not-reachable = La base de datos no está disponible.
error-cross-site-requests-are-not-allowed = No se permiten solicitudes entre sitios.
error-api-calls-authenticated-by-the-session = Las llamadas a la API autenticadas con la cookie de sesión deben enviar Content-Type: application/json (o un tipo de imagen o text/calendar, para las subidas de archivos).
error-this-form-has-expired-or-did = Este formulario ha caducado o no procede de este sitio. Vuelve atrás, recarga la página e inténtalo de nuevo.
error-the-form-could-not-be-read = No se ha podido leer el formulario.
error-please-confirm-your-email-address-first = Primero confirma tu dirección de correo electrónico: usa el enlace que te hemos enviado.
error-the-form-is-too-large = El formulario es demasiado grande.
error-send-the-form-as-application-x = Envía el formulario como application/x-www-form-urlencoded.
error-the-request-body-could-not-be = No se ha podido leer el cuerpo de la solicitud.
error-send-a-json-body-with-content = Envía un cuerpo JSON con Content-Type: application/json.
error-the-body-is-not-valid-json = El cuerpo no es JSON válido.
error-the-upload-could-not-be-read = No se ha podido leer el archivo subido.
error-the-calendar-is-larger-than-5 = El calendario ocupa más de 5 MiB.
error-move-up-or-down = Solo se puede mover hacia arriba o hacia abajo.
error-when-is-upcoming-or-past = when debe ser upcoming o past.
error-unknown-role = Rol desconocido.
error-sort-is-relevance-distance-or-next = sort debe ser relevance, distance o next_event.
error-enter-a-number-like-53-8008 = Introduce un número como 53.8008.
error-this-claim-link-is-not-valid = Este enlace para recuperar el historial no es válido: ya se usó, se sustituyó por uno más reciente o nunca existió. Pide un enlace nuevo al equipo organizador del grupo.
error-you-cannot-take-part-in-this = No puedes participar en este grupo.
error-this-person-has-claimed-their-history = Esta persona ya ha recuperado su historial.
error-only-published-events-that-have-not = Solo se pueden anunciar eventos publicados que aún no hayan empezado.
error-this-event-was-announced-already-members = Este evento ya se anunció; a los miembros se les avisa una sola vez.
error-an-agenda-can-have-at-most = Un programa puede tener como máximo 50 charlas.
error-speakers-are-given-by-member-id = Los ponentes se indican por su ID de miembro.
error-there-are-no-free-seats-left = No quedan plazas libres.
error-that-rsvp-changed-meanwhile-reload-the = Esa inscripción ha cambiado mientras tanto. Recarga la página e inténtalo de nuevo.
error-rsvps-can-only-be-managed-for = Las inscripciones solo se pueden gestionar en eventos publicados.
error-attendance-is-recorded-for-published-events = La asistencia solo se registra en eventos publicados.
error-this-event-was-cancelled-it-can = Este evento se canceló; ya no se puede editar.
error-only-drafts-can-be-published-this = Solo se pueden publicar borradores; este evento ya está publicado o cancelado.
error-this-event-is-not-a-draft = Este evento no es un borrador.
error-this-event-is-already-cancelled = Este evento ya está cancelado.
error-drafts-are-deleted-not-cancelled = Los borradores se eliminan, no se cancelan.
error-this-event-is-over-it-can = Este evento ya terminó; ya no se puede cancelar.
error-published-events-are-cancelled-not-deleted = Los eventos publicados se cancelan, no se eliminan, para que los miembros puedan ver lo que pasó.
error-only-the-author-or-the-group = Solo quien escribió el comentario o el equipo organizador del grupo puede eliminarlo.
error-the-calendar-could-not-be-fetched = No se ha podido obtener el calendario.
error-your-email-address-is-already-confirmed = Tu dirección de correo electrónico ya está confirmada.
error-that-address-now-belongs-to-another = Esa dirección ahora pertenece a otra cuenta, así que no puede ser tuya.
error-that-is-already-your-email-address = Esa ya es tu dirección de correo electrónico.
error-the-email-address-or-password-is = La dirección de correo electrónico o la contraseña no son correctas.
error-the-instance-was-set-up-meanwhile = La instancia se configuró mientras tanto, o esa dirección de correo electrónico ya está en uso.
error-you-have-already-asked-to-adopt = Ya has solicitado hacerte cargo de este grupo; tu solicitud está pendiente.
error-you-have-no-pending-request-to = No tienes ninguna solicitud pendiente para hacerte cargo de este grupo.
error-there-is-no-refusal-of-this = No hay ningún rechazo vigente de esta solicitud que se pueda levantar.
error-the-person-who-asked-has-deleted = La persona que lo solicitó ha eliminado su cuenta.
error-the-person-who-asked-is-banned = La persona que lo solicitó está expulsada de este grupo.
error-this-request-is-no-longer-pending = Esta solicitud ya no está pendiente: se resolvió o se retiró hace un momento.
error-that-group-is-not-deleted = Ese grupo no está eliminado.
error-you-are-the-group-s-only = Eres la única persona organizadora del grupo. Primero nombra organizadora a otra persona.
error-use-leave-the-group-to-leave = Usa «Salir del grupo» para salir por tu cuenta.
error-a-group-always-keeps-at-least = Un grupo siempre conserva al menos una persona organizadora.
error-that-membership-changed-meanwhile-reload-the = Esa membresía ha cambiado mientras tanto. Recarga la página e inténtalo de nuevo.
error-only-active-members-can-have-a = Solo los miembros activos pueden tener un rol.
error-choose-another-member = Elige a otro miembro.
error-only-active-members-can-take-the = Solo los miembros activos pueden hacerse cargo del grupo.
error-this-group-takes-new-members-by = Este grupo solo admite nuevos miembros por invitación. Pide a alguien del equipo organizador que te invite.
error-you-are-not-a-member-of = No eres miembro de este grupo.
error-only-the-group-s-organizers-can = Solo el equipo organizador del grupo puede hacer eso.
error-you-already-organize-this-group-so = Ya formas parte del equipo organizador de este grupo, así que no hay nada de lo que hacerte cargo.
error-give-both-latitude-and-longitude-or = Indica tanto la latitud como la longitud, o ninguna de las dos.
error-this-invitation-has-already-been-used = Esta invitación ya se ha usado.
error-this-invitation-link-is-not-valid = Este enlace de invitación no es válido. Pide uno nuevo al equipo organizador.
error-this-invitation-has-expired-ask-the = Esta invitación ha caducado. Pide una nueva al equipo organizador.
error-you-have-no-calendar-feed-link = No tienes ningún enlace de feed de calendario. Crea uno primero.
error-enter-your-email-address = Introduce tu dirección de correo electrónico.
error-that-email-address-is-too-long = Esa dirección de correo electrónico es demasiado larga.
error-enter-the-name-people-will-see = Introduce el nombre que verán los demás.
error-the-bio-cannot-contain-control-characters = La biografía no puede contener caracteres de control.
error-choose-a-time-zone-from-the = Elige una zona horaria de la lista (un nombre IANA como Europe/Berlin).
error-token-names-cannot-contain-control-characters = Los nombres de token no pueden contener caracteres de control.
error-name-the-token-e-g-calendar = Ponle un nombre al token, p. ej., «script de calendario».
error-that-address-is-reserved-choose-another = Esa dirección está reservada. Elige otra.
error-enter-a-web-address-like-https = Introduce una dirección web como https://example.org.
error-only-http-and-https-addresses-are = Solo se permiten direcciones http:// y https://.
error-latitude-is-between-90-and-90 = La latitud debe estar entre -90 y 90.
error-longitude-is-between-180-and-180 = La longitud debe estar entre -180 y 180.
error-choose-public-or-private = Elige «público» o «privado».
error-choose-open-approval-or-invite = Elige «abierto», «con aprobación» o «solo por invitación».
error-there-are-more-answers-than-questions = Hay más respuestas que preguntas.
error-capacity-is-too-large = El aforo es demasiado grande.
error-too-many-guests = Demasiados acompañantes.
error-guests-cannot-be-negative = El número de acompañantes no puede ser negativo.
error-enter-a-date-and-time = Introduce una fecha y una hora.
error-enter-a-date-and-time-like = Introduce una fecha y una hora como 2026-12-16T18:30 (o en formato RFC 3339 con desfase horario).
error-the-end-must-be-after-the = El final debe ser posterior al inicio.
error-an-event-can-last-at-most = Un evento puede durar como máximo 14 días.
error-the-start-must-be-in-the = El inicio debe estar en el futuro.
error-rsvps-must-open-before-the-event = Las inscripciones deben abrirse antes de que empiece el evento.
error-rsvps-close-when-the-event-starts = Las inscripciones se cierran, como muy tarde, cuando empieza el evento.
error-rsvps-must-close-after-they-open = Las inscripciones deben cerrarse después de abrirse.
error-hosts-are-given-by-member-id = Los anfitriones se indican por su ID de miembro.
error-an-event-can-show-at-most = Un evento puede mostrar como máximo 5 anfitriones.
error-enter-a-valid-email-address = Introduce una dirección de correo electrónico válida.
error-a-second-message-is-ignored = se ignora un segundo mensaje
error-too-short = Demasiado corto.
error-choose-a-day-of-the-month = Elige un día del mes del 1 al 31.
error-choose-an-end-date-between-the = Elige una fecha de fin entre los años 1 y 9999.
error-choose-a-first-date-between-the = Elige una primera fecha entre los años 1 y 9999.
error-the-series-reaches-dates-that-cannot = La serie llega a fechas que no se pueden representar.
error-the-repeat-rule-needs-a-freq = La regla de repetición necesita un FREQ.
error-a-weekly-repeat-rule-cannot-have = Una regla de repetición semanal no puede tener BYMONTHDAY.
error-interval-must-be-a-number-of = INTERVAL debe ser un número de semanas del 1 al 4.
error-a-weekly-repeat-rule-needs-one = Una regla de repetición semanal necesita un BYDAY, como BYDAY=TU.
error-byday-must-name-one-weekday-of = BYDAY debe indicar un único día de la semana del mes, como 3WE o -1TH.
error-bymonthday-must-be-a-day-of = BYMONTHDAY debe ser un día del mes del 1 al 31.
error-a-repeat-rule-cannot-have-both = Una regla de repetición no puede tener COUNT y UNTIL a la vez.
error-until-must-be-a-utc-date = UNTIL debe ser una fecha y hora UTC como 20270630T225959Z.
error-each-reminder-time-may-be-given = Cada hora de recordatorio solo se puede indicar una vez.
error-choose-one-of-the-languages-muster = Elige uno de los idiomas que habla Muster: en, de, es, fr, pt-BR, ja, zh-CN, zh-TW.
error-choose-one-of-the-languages-listed = Elige uno de los idiomas de la lista.

## Mensajes con valores. El código escribe el texto en inglés con los valores ya puestos; los
## marcadores de abajo los vuelven a encontrar. Un valor de texto llega también como `$name_key`,
## un identificador para seleccionar (`The venue's name` → `the-venue-s-name`); consulta
## docs/translating.md.

error-names-can-be-at-most = Los nombres pueden tener como máximo { $max } caracteres.
error-the-bio-can-be-at-most = La biografía puede tener como máximo { $max } caracteres.
error-token-names-can-be-at-most = Los nombres de token pueden tener como máximo { $max } caracteres.
error-passwords-can-be-at-most = Las contraseñas pueden tener como máximo { $max } caracteres.
error-use-at-least-characters = Usa al menos { $min } caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura.
error-field-cannot-contain-line-breaks = { $what_key ->
        [the-name] El nombre
        [the-summary] El resumen
        [the-description] La descripción
        [the-city] La ciudad
        [the-country] El país
        [the-code-of-conduct] El código de conducta
        [the-report] La denuncia
        [the-reason] El motivo
        [a-question] Una pregunta
        [an-answer] Una respuesta
        [the-title] El título
        [the-venue-s-name] El nombre del lugar
        [the-address] La dirección
        [how-to-find-us] El texto «Cómo encontrarnos»
        [the-question] La pregunta
        [the-answer] La respuesta
        [the-talk-s-title] El título de la charla
        [the-speaker-s-name] El nombre del ponente
        [the-abstract] El resumen
        [the-comment] El comentario
       *[other] El campo «{ $what }»
    } no puede contener saltos de línea ni caracteres de control.
error-field-cannot-contain-control = { $what_key ->
        [the-name] El nombre
        [the-summary] El resumen
        [the-description] La descripción
        [the-city] La ciudad
        [the-country] El país
        [the-code-of-conduct] El código de conducta
        [the-report] La denuncia
        [the-reason] El motivo
        [a-question] Una pregunta
        [an-answer] Una respuesta
        [the-title] El título
        [the-venue-s-name] El nombre del lugar
        [the-address] La dirección
        [how-to-find-us] El texto «Cómo encontrarnos»
        [the-question] La pregunta
        [the-answer] La respuesta
        [the-talk-s-title] El título de la charla
        [the-speaker-s-name] El nombre del ponente
        [the-abstract] El resumen
        [the-comment] El comentario
       *[other] El campo «{ $what }»
    } no puede contener caracteres de control.
error-field-needs-at-least = { $what_key ->
        [the-name] El nombre
        [the-summary] El resumen
        [the-description] La descripción
        [the-city] La ciudad
        [the-country] El país
        [the-code-of-conduct] El código de conducta
        [the-report] La denuncia
        [the-reason] El motivo
        [a-question] Una pregunta
        [an-answer] Una respuesta
        [the-title] El título
        [the-venue-s-name] El nombre del lugar
        [the-address] La dirección
        [how-to-find-us] El texto «Cómo encontrarnos»
        [the-question] La pregunta
        [the-answer] La respuesta
        [the-talk-s-title] El título de la charla
        [the-speaker-s-name] El nombre del ponente
        [the-abstract] El resumen
        [the-comment] El comentario
       *[other] El campo «{ $what }»
    } debe tener al menos { $min } caracteres.
error-field-can-be-at-most = { $what_key ->
        [the-name] El nombre
        [the-summary] El resumen
        [the-description] La descripción
        [the-city] La ciudad
        [the-country] El país
        [the-code-of-conduct] El código de conducta
        [the-report] La denuncia
        [the-reason] El motivo
        [a-question] Una pregunta
        [an-answer] Una respuesta
        [the-title] El título
        [the-venue-s-name] El nombre del lugar
        [the-address] La dirección
        [how-to-find-us] El texto «Cómo encontrarnos»
        [the-question] La pregunta
        [the-answer] La respuesta
        [the-talk-s-title] El título de la charla
        [the-speaker-s-name] El nombre del ponente
        [the-abstract] El resumen
        [the-comment] El comentario
       *[other] El campo «{ $what }»
    } puede tener como máximo { $max } caracteres.
error-at-most-topics = { $max ->
        [one] Como máximo, { $max } tema.
       *[other] Como máximo, { $max } temas.
    }
error-at-most-questions = { $max ->
        [one] Como máximo, { $max } pregunta.
       *[other] Como máximo, { $max } preguntas.
    }
error-capacity-is-a-number-of-seats = El aforo es un número de plazas del 1 al { $max }; déjalo vacío para no poner límite.
error-guests-per-rsvp-is-a-number = El número de acompañantes por inscripción debe estar entre 0 y { $max }.
error-you-can-bring-at-most-guests = { $max ->
        [one] Puedes traer como máximo { $max } acompañante.
       *[other] Puedes traer como máximo { $max } acompañantes.
    }
error-a-series-can-have-from = Una serie puede tener de 1 a { $max } encuentros.
error-enter-a-number-of-meetups-from = Introduce un número de encuentros del 1 al { $max }.
error-the-first-date-must-be-a-weekday = La primera fecha debe ser un { $weekday_key ->
        [monday] lunes
        [tuesday] martes
        [wednesday] miércoles
        [thursday] jueves
        [friday] viernes
        [saturday] sábado
        [sunday] domingo
       *[other] { $weekday }
    }.
error-the-first-date-must-be-the-last = La primera fecha debe ser el último { $weekday_key ->
        [monday] lunes
        [tuesday] martes
        [wednesday] miércoles
        [thursday] jueves
        [friday] viernes
        [saturday] sábado
        [sunday] domingo
       *[other] { $weekday }
    } del mes.
error-the-first-date-must-be-an-nth = La primera fecha debe ser el { $nth_key ->
        [first] primer
        [second] segundo
        [third] tercer
        [fourth] cuarto
        [last] último
       *[other] { $nth }
    } { $weekday_key ->
        [monday] lunes
        [tuesday] martes
        [wednesday] miércoles
        [thursday] jueves
        [friday] viernes
        [saturday] sábado
        [sunday] domingo
       *[other] { $weekday }
    } del mes.
error-the-first-date-day-st = La primera fecha debe ser el día { $day } de un mes.
error-the-first-date-day-nd = La primera fecha debe ser el día { $day } de un mes.
error-the-first-date-day-rd = La primera fecha debe ser el día { $day } de un mes.
error-the-first-date-day-th = La primera fecha debe ser el día { $day } de un mes.
error-the-repeat-rule-must-be-written = La regla de repetición debe escribirse exactamente así: «{ $rule }».
error-this-repeat-rule-cannot-be-used = No se puede usar esta regla de repetición: { $reason }
error-the-repeat-rule-could-not-be-read = No se ha podido leer la regla de repetición: «{ $part }» no es una parte NAME=value.
error-repeat-rules-with-are-not-supported = No se admiten reglas de repetición con { $name }: usa una repetición semanal, mensual en un día de la semana o mensual en un día del mes.
error-the-repeat-rule-names-twice = La regla de repetición incluye { $name } más de una vez.
error-repeat-rules-with-freq = No se admiten reglas de repetición con FREQ={ $freq }: usa una repetición semanal o mensual.
error-at-most-reminders-were-given = { $max ->
        [one] Como máximo, { $max } recordatorio
       *[other] Como máximo, { $max } recordatorios
    }; { $given ->
        [one] se indicó { $given }.
       *[other] se indicaron { $given }.
    }
error-reminders-go-out-between = Los recordatorios se envían entre 1 y { $max } horas (14 días) antes del inicio; { $hours } está fuera de ese intervalo.
error-you-are-not-a-member-of-named = No eres miembro de «{ $group }».
error-the-file-is-larger-than = El archivo ocupa más de { $max } MiB, el tamaño máximo de un archivo de grupo.
error-this-is-not-a-zip-file = Esto no es un archivo ZIP ({ $reason }). Elige el archivo que generó Muster.
error-the-zip-has-files = { $count ->
        [one] El ZIP contiene { $count } archivo; un archivo de grupo tiene muchos menos.
       *[other] El ZIP contiene { $count } archivos; un archivo de grupo tiene muchos menos.
    }
error-this-archive-is-version = Este archivo de grupo es de la versión { $version }; esta versión de Muster lee la versión { $supported }. Actualiza Muster o vuelve a exportar el grupo.
error-the-address-is-taken-here = La dirección /g/{ $slug } ya está en uso aquí. Importa el grupo con otra (--slug).
error-the-meetup-on = El encuentro del { $day }: { $message }
error-this-link-has-already-been-used = Este enlace ya se ha usado. { $again }
error-this-link-has-expired = Este enlace ha caducado. { $again }
error-this-link-is-not-valid = Este enlace no es válido: puede que esté mal escrito o que uno más reciente lo haya sustituido. { $again }
error-you-are-the-only-organizer-of = Eres la única persona organizadora de { $groups }. Nombra organizadora a otra persona o elimina el grupo antes de eliminar tu cuenta.
error-keep-it-under-characters = Usa menos de { $max } caracteres.
error-the-organizers-refused-your-request = El equipo organizador del grupo rechazó tu solicitud. Puedes volver a solicitarlo a partir del { $when }, o antes si levantan su rechazo.
error-the-time-to-refuse-ended = El plazo para rechazarla terminó el { $when }; ahora decide un administrador.
error-this-request-was-status = Esta solicitud ya no está pendiente: { $status_key ->
        [approved] se aprobó.
        [refused] el equipo organizador la rechazó.
        [rejected] un administrador la denegó.
        [withdrawn] se retiró.
        [pending] se resolvió o se retiró hace un momento.
       *[other] su estado es ahora «{ $status }».
    }
error-the-organizers-can-refuse-until = El equipo organizador del grupo puede rechazar esta solicitud hasta el { $when }. Apruébala después de esa fecha.
error-read-and-accept-the-conduct-version = Primero lee y acepta el código de conducta actual del grupo (versión { $version }).
error-accept-version = Acepta la versión { $version }.
error-not-possible-for-membership = Eso no se puede hacer con alguien { $status_key ->
        [active] que es miembro activo.
        [pending] cuya solicitud para unirse está pendiente.
        [invited] que solo está invitado.
        [banned] que está expulsado del grupo.
       *[other] cuya membresía está en estado «{ $status }».
    }
error-only-one-seat-is-left = { $free ->
        [one] Solo queda { $free } plaza
       *[other] Solo quedan { $free } plazas
    }: trae menos acompañantes o vuelve a responder sin acompañantes.
error-only-seats-are-left = { $free ->
        [one] Solo queda { $free } plaza
       *[other] Solo quedan { $free } plazas
    }: trae menos acompañantes o vuelve a responder sin acompañantes.
error-the-address-is-too-long = La dirección es demasiado larga: { $size } KiB, y se leen como máximo { $max } KiB. Envía los datos largos en el cuerpo de la solicitud.
error-the-query-string-is-invalid = La cadena de consulta no es válida: { $reason }
error-the-form-is-invalid = El formulario no es válido: { $reason }
error-the-request-body-is-larger-than = El cuerpo de la solicitud ocupa más de { $max } KiB.
error-the-body-is-not-valid-json-because = El cuerpo no es JSON válido: { $reason }
error-publish-a-draft-with = Publica un borrador con POST /api/v1/events/{ $id }/publish.

## Mensajes sin valores que el código escribe en inglés.

error-that-is-not-your-current-password = Esa no es tu contraseña actual.
error-ask-for-a-new-link-in-settings = Puedes pedir un enlace nuevo en los ajustes de tu cuenta.
error-ask-for-a-new-link-on-reset = Puedes pedir un enlace nuevo en la página para restablecer la contraseña.
error-start-the-change-again = Puedes volver a iniciar el cambio en los ajustes de tu cuenta.
error-that-is-not-the-current-setup-token = Ese no es el token de configuración actual. Cópialo del registro del servidor.
error-the-zip-has-no-archive-json = El ZIP no contiene archive.json: no es un archivo de grupo de Muster.
error-only-members-of-the-group-can-be-added = Solo se pueden añadir miembros del grupo.
error-hosts-must-be-members-of-the-group = Los anfitriones deben ser miembros del grupo.
error-choose-this-or-following = Elige this (este evento) o following (este y los siguientes eventos de la serie).
error-the-start-is-in-the-past-move = El inicio ya ha pasado: cambia la fecha del evento antes de publicarlo.
error-the-speaker-must-be-a-member = El ponente debe ser miembro del grupo (o indica solo un nombre).
error-give-the-talks-ids = Indica los ID de las charlas.
error-list-every-talk-exactly-once = Incluye cada charla del programa exactamente una vez.
error-that-person-is-not-part-of-this-group = Esa persona no forma parte de este grupo.
error-that-address-has-had-too-many-emails = Esa dirección ha recibido demasiados correos de este sitio últimamente. Vuelve a intentarlo más tarde.
error-private-groups-take-members-by-invitation = Los grupos privados no son visibles para quienes no son miembros, así que solo admiten nuevos miembros por invitación.
error-choose-a-language-from-the-list = Elige un idioma de la lista.
error-that-address-is-taken = Esa dirección ya está en uso. Elige otra.
error-type-the-groups-name-exactly = Escribe el nombre exacto del grupo para confirmar.
error-the-image-is-larger-than-2-mib = La imagen ocupa más de 2 MiB.
error-upload-a-png-jpeg-webp-or-gif = Sube una imagen PNG, JPEG, WebP o GIF.
error-the-image-could-not-be-read = No se ha podido leer la imagen; puede que esté dañada o que sea demasiado grande (4096 px como máximo).
error-write-a-subject-of-1-to-150 = Escribe un asunto de 1 a 150 caracteres.
error-write-a-message-of-1-to-10000 = Escribe un mensaje de 1 a 10.000 caracteres.
error-choose-all-going-waitlisted-or-not-answered = Elige all, going, waitlisted o not_answered.
error-choose-the-event-this-audience-answered = Elige el evento al que respondieron estos destinatarios.
error-enter-a-valid-email-address-like = Introduce una dirección de correo electrónico válida, como ada@example.org.
error-names-cannot-contain-line-breaks = Los nombres no pueden contener saltos de línea ni otros caracteres de control.
error-that-password-is-one-of-the-most-common = Esa contraseña es una de las más comunes y es fácil de adivinar. Elige otra.
error-choose-draft-published-or-cancelled = Elige draft, published o cancelled.
error-choose-going-waitlisted-or-not-going = Elige going, waitlisted o not_going.
error-answer-yes-or-no = Responde yes o no.
error-choose-attended-no-show-or-unknown = Elige attended, no_show o unknown.
error-this-event-does-not-allow-guests = Este evento no admite acompañantes.
error-you-can-bring-at-most-1-guest = Puedes traer como máximo 1 acompañante.
error-this-event-is-not-published-yet = Este evento todavía no está publicado.
error-this-event-was-cancelled = Este evento se canceló.
error-this-event-has-already-started = Este evento ya ha empezado.
error-give-a-number-of-hours-from-0 = Indica un número de horas del 0 al 8760 (un año).
error-use-3-50-lower-case-letters = Usa de 3 a 50 letras minúsculas, cifras y guiones sueltos, empezando por una letra (como pyleeds o python-berlin).
error-enter-a-web-address-up-to-500 = Introduce una dirección web como https://example.org (hasta 500 caracteres).
error-choose-open-or-handled = Elige open o handled.
error-choose-to-repeat-every-week = Elige repetir cada semana o cada 2, 3 o 4 semanas.
error-choose-the-nth-weekday-of-the-month = Elige el primer, segundo, tercer, cuarto o último día de la semana del mes.
error-give-the-repeat-rules-value = Indica el valor de la regla de repetición sin el «RRULE:» delante.
error-your-email-address-is-confirmed = Tu dirección de correo electrónico está confirmada.
error-if-the-address-has-an-account = Si la dirección tiene una cuenta, le hemos enviado un enlace para elegir una contraseña nueva.
error-follow-the-link-to-the-new-address = Sigue el enlace que hemos enviado a la nueva dirección para confirmarla. Hasta entonces, tu dirección sigue siendo la misma.
error-if-the-address-can-be-used = Si la dirección se puede usar, le hemos enviado un correo. Sigue el enlace que contiene para confirmar tu dirección.
error-the-api-token-is-invalid = El token de API no es válido o se ha revocado.
error-this-calendar-link-does-not-exist = Este enlace de calendario no existe o se ha sustituido. Consigue uno nuevo en los ajustes de tu cuenta.
error-say-whether-the-feed-carries-every = Indica si el feed incluye todos los eventos de tus grupos (true o false).
error-choose-a-member-to-add = Elige a un miembro para añadirlo.
error-give-a-time-or-a-number-of-hours = Indica una hora o un número de horas antes del inicio, no ambas cosas.
error-enter-a-number-of-seats = Introduce un número de plazas o déjalo vacío para no poner límite.
error-enter-a-number-of-guests-from-0-to-10 = Introduce un número de acompañantes del 0 al 10.
error-enter-a-whole-number-of-hours = Introduce un número entero de horas o déjalo vacío.
error-enter-latitude-and-longitude = Introduce la latitud y la longitud como números, por ejemplo 53.8008 y -1.5491.
error-choose-a-weekday = Elige un día de la semana.
error-choose-the-nth-weekday = Elige el primer, segundo, tercer, cuarto o último día de la semana.
error-choose-how-the-series-repeats = Elige cómo se repite la serie.
error-enter-the-last-date-like = Introduce la última fecha con el formato 2027-06-30.
error-choose-a-number-of-guests = Elige un número de acompañantes.
error-only-for-changing-capacity = Solo sirve para cambiar el aforo de un evento.
error-choose-refuse-or-waitlist = Elige refuse o waitlist.
error-series-are-published-as-created = Las series se publican en cuanto se crean.
error-the-body-must-be-a-json-object = El cuerpo debe ser un objeto JSON.
error-this-field-is-required = Este campo es obligatorio.
error-this-field-is-not-recognised = Este campo no se reconoce.
error-choose-an-image-to-upload = Elige una imagen para subir.
error-use-organizer-co-organizer = Usa organizer, co_organizer, assistant_organizer, event_organizer o member.
error-the-address-and-conduct-have-endpoints = La dirección y el código de conducta tienen sus propios endpoints.
error-choose-an-ics-file = Elige un archivo .ics o indica la dirección del calendario.
error-enter-the-venues-name = Introduce el nombre del lugar.
error-enter-the-talks-title = Introduce el título de la charla.
error-enter-the-comment = Escribe el comentario.
error-give-a-domain-name-like-spam-example = Indica un nombre de dominio, como spam.example.
error-pronouns-cannot-contain-control-characters = Los pronombres no pueden contener caracteres de control.
error-pronouns-can-be-at-most = Los pronombres pueden tener como máximo { $max } caracteres.
error-enter-a-fediverse-address-like = Escribe una dirección del fediverso como @nombre@mastodon.social, o déjalo vacío.
error-enter-a-github-user-name-like = Escribe un nombre de usuario de GitHub como octocat (letras, dígitos y guiones sueltos, hasta 39 caracteres), o déjalo vacío.

error-the-photo-is-larger-than-20-mib = La foto ocupa más de 20 MiB.
error-upload-a-jpeg-png-or-webp-photo = Sube una foto JPEG, PNG o WebP.
error-the-photo-could-not-be-read = No se ha podido leer la foto; puede que esté dañada o sea demasiado grande (50 megapíxeles como máximo).
error-photos-are-for-meetups-that-took-place = Las fotos son para encuentros que tuvieron lugar.
error-photos-can-be-added-once-the-meetup-has-started = Se pueden añadir fotos cuando empiece el encuentro.
error-only-people-who-went-can-add-photos = Solo quienes fueron a este encuentro, y sus organizadores, pueden añadir fotos.
error-write-a-caption-of-at-most-200-characters = Escribe un pie de foto de 200 caracteres como máximo.
error-the-groups-photo-storage-is-full = El almacenamiento de fotos del grupo está lleno ({ $used } de { $quota } MiB usados). Un organizador puede quitar fotos para hacer sitio.
error-only-the-person-who-added-a-photo-can-remove-it = Solo quien añadió una foto, o los organizadores del grupo, pueden quitarla.
error-say-what-is-wrong-with-the-photo = Di en 1 a 1000 caracteres qué problema tiene la foto.
error-at-most-20-photos-at-once = Como máximo 20 fotos a la vez: vuelve a añadir esta.
error-choose-one-or-more-photos-to-add = Elige una o más fotos para añadir.
error-enter-the-title = Escribe el título.
error-enter-the-text = Escribe el texto.
error-organizers-start-discussions = En este grupo, el equipo organizador inicia las conversaciones; los miembros responden.
error-discussion-locked = Esta conversación está bloqueada: no admite nuevas respuestas.
error-only-author-edits = Solo quien escribió un mensaje puede editarlo.
error-only-author-or-moderators-remove = Solo quien escribió un mensaje o el equipo de moderación del grupo puede eliminarlo.
error-choose-pin-or-lock = Elige pin, unpin, lock o unlock.
error-radius-km-is-from-1-to = radius_km va de 1 a 1000.
error-no-place-called-is-known-enter = No se conoce ningún lugar llamado «{ $place }»: escribe una ciudad (Potsdam, o Potsdam, Germany) o una latitud y longitud (52.40,13.07).
error-within-days-is-from-1-to = within_days va de 1 a 366.
error-enter-a-place = Escribe un lugar.

# The home page, the error page, the group directory, the group pages (about, events, join,
# code of conduct, report) and event cards in lists.

## Home page

home-title = Conoce a quienes crean con Python cerca de ti.
home-lede = { $instance } reúne a grupos de usuarios locales: encuentra uno, únete y confirma que vas al próximo meetup. Los organizadores conservan sus miembros, su calendario y su historia durante todo el tiempo que quieran.
home-find-group = Buscar un grupo
home-mine-title = Tus próximos eventos
home-mine-empty = Todavía no has confirmado asistencia a nada. Busca un meetup más abajo o <a href="/groups">encuentra un grupo</a>.
home-upcoming-title = Próximos meetups
home-upcoming-empty = Todavía no hay meetups programados. Cuando los grupos publiquen eventos, los próximos aparecerán aquí.

## Error page

error-home-link = Ir a la página de inicio
error-not-found = Página no encontrada
error-forbidden = No permitido
error-unauthorized = Inicia sesión
error-too-many-requests = Más despacio
error-uri-too-long = Dirección demasiado larga
error-server = Algo salió mal
error-other = Eso no funcionó

## Group directory

group-directory-title = Buscar un grupo
group-directory-search = Buscar
group-directory-search-placeholder = Python, datos, Madrid…
group-directory-city = Ciudad
group-directory-country = País
group-directory-topic = Tema
group-directory-order = Orden
group-directory-order-best = Más relevantes
group-directory-order-next = Próximo meetup primero
group-directory-active = Solo grupos activos
group-directory-near = Cerca de
group-directory-near-hint = Ciudad, o latitud, longitud
group-directory-radius = A menos de
group-directory-radius-km = { $km } km
group-directory-order-distance = Más cercanos primero
group-directory-distance = a { $km } km
group-directory-count-near-place = { $count ->
    [one] Un grupo a menos de { $km } km de { $place }.
   *[other] { $count } grupos a menos de { $km } km de { $place }.
}
group-directory-count-near = { $count ->
    [one] Un grupo a menos de { $km } km.
   *[other] { $count } grupos a menos de { $km } km.
}
group-directory-count = { $count ->
    [one] { $count } grupo.
   *[other] { $count } grupos.
}
group-directory-count-matching = { $count ->
    [one] { $count } grupo para «{ $query }».
   *[other] { $count } grupos para «{ $query }».
}
group-directory-empty = No se encontraron grupos. Prueba con menos palabras.
group-directory-empty-create = No se encontraron grupos. Prueba con menos palabras o <a href="/groups/new">crea un grupo</a>.
group-directory-dormant = Inactivo
group-directory-next = próximo meetup: { $date }
group-directory-no-next = ningún meetup programado
group-directory-last = último: { $date }
group-directory-topics = Temas
group-directory-pages = Páginas
group-directory-previous = ← Anterior
group-directory-page = Página { $page } de { $pages }
group-directory-next-page = Siguiente →
group-directory-start = Crear un grupo

## Group header, on every group page

group-members-count = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
group-logo-alt = Logo de { $name }
group-private = Grupo privado
group-needs-conduct = Nuevo código de conducta por aceptar
group-unclaimed-title = Ficha sin reclamar.
group-unclaimed-text = Esta ficha proviene de { $source }; nadie la gestiona todavía en este sitio.
group-source-wiki = la lista de grupos de usuarios locales de python.org
group-dormant-title = Grupo inactivo.
group-dormant-since = Ningún evento desde { $month }. Todo lo que hizo se conserva aquí: eventos pasados, charlas y calendarios.
group-dormant-never = Ningún evento todavía. Todo lo que hizo se conserva aquí: eventos pasados, charlas y calendarios.
group-adopt = Pedir hacerse cargo de este grupo
group-tabs = Grupo
group-tab-about = Información
group-tab-events = Eventos
group-tab-members = Miembros
group-tab-conduct = Código de conducta
group-tab-settings = Configuración
group-tab-manage = Gestionar miembros
group-tab-reports = Denuncias
group-tab-audit = Registro de actividad

## Group page

group-feed-news-title = { $name }: noticias
group-feed-calendar-title = { $name }: calendario
group-upcoming-title = Próximos meetups
group-new-event = Nuevo evento
group-upcoming-empty = Todavía no hay meetups programados.
group-upcoming-empty-organizer = Todavía no hay meetups programados. Programa el próximo con «Nuevo evento».
group-all-events = Todos los eventos
group-recent-title = Meetups recientes
group-past-empty = Todavía no hay meetups pasados.
group-about-title = Información
group-details = Detalles del grupo
group-membership-title = Membresía
group-member-you = Eres miembro.
group-member-you-role = Eres miembro ({ $role }).
group-member-emails = Correos de este grupo
group-accept-conduct = Aceptar el nuevo código de conducta
group-leave = Salir del grupo
group-pending = Tu solicitud para unirte está pendiente de los organizadores.
group-withdraw = Retirar la solicitud
group-banned = No puedes participar en este grupo.
group-invite-only = Este grupo admite nuevos miembros solo por invitación.
group-ask-to-join = Solicitar unirse
group-join-this = Unirse a este grupo
group-organizers-title = Organizadores
group-all-members = { $count ->
    [one] { $count } miembro
   *[other] Los { $count } miembros
}
group-more-title = Más
group-link-website = Sitio web
group-link-chat = Chat
group-link-mailing-list = Lista de correo
group-link-code = Código
group-subscribe-title = Suscribirse
group-subscribe-text = Sigue los meetups de este grupo en tu aplicación de calendario o lector de feeds.
group-subscribe-webcal = Suscribirse en tu aplicación de calendario
group-subscribe-ics = Calendario (iCal)
group-subscribe-atom = Noticias (Atom)
group-subscribe-private = <a href="/account/settings#calendar" class="subscribe-private">Suscríbete con tu calendario privado</a>: un enlace solo para ti, con los eventos a los que vas.
group-subscribe-private-only = <a href="/account/settings#calendar" class="subscribe-private">Suscríbete con tu calendario privado</a>: un enlace solo para ti, con los eventos a los que vas; tu aplicación de calendario también puede seguir allí los eventos de este grupo.
group-conduct-link = <a href="{ $href }">Código de conducta</a> (versión { $version })
group-report-link = <a href="{ $href }">Denunciar un problema</a>, en privado, a los organizadores.
group-role-organizer = Organizador
group-role-co-organizer = Coorganizador
group-role-assistant-organizer = Organizador asistente
group-role-event-organizer = Organizador de eventos
group-role-member = Miembro

## Joining

group-join-title = Unirse a { $name }
group-ask-title = Solicitar unirse a { $name }
group-join-conduct = Código de conducta
group-join-accept = He leído el código de conducta (versión { $version }) y lo respetaré.
group-join-review = Los organizadores revisan las solicitudes.
group-join-review-answers = Los organizadores revisan las solicitudes y ven tus respuestas.
group-join-send-request = Enviar mi solicitud
group-join-button = Unirme
group-join-tick-box = Marca la casilla para aceptar el código de conducta.

## Code of conduct

group-conduct-title = Código de conducta
group-conduct-heading = Código de conducta, versión { $version }
group-conduct-version = Versión { $version }, { $date }
group-conduct-changed = El código de conducta cambió desde que lo aceptaste. Léelo y acéptalo para seguir confirmando asistencia.
group-conduct-accept = Acepto la versión { $version }
group-conduct-history = Versiones anteriores

## Reporting a concern

group-report-title = Denunciar un problema
group-report-intro = Tu denuncia llega en privado a los organizadores de { $name } y, si se trata de un organizador, a los administradores de este sitio. Nunca es pública y a la persona afectada no se le dice quién la hizo.
group-report-who = ¿A quién se refiere? (opcional)
group-report-someone-else = A otra persona, o prefiero describirla
group-report-describe = O describe a quién (opcional)
group-report-what = ¿Qué pasó?
group-report-send = Enviar la denuncia

## A group's events

group-events-title = Eventos
group-new-series = Nueva serie
group-events-upcoming = Próximos
group-events-past = Pasados
group-events-no-more-past = No hay más meetups pasados.
group-events-past-nav = Eventos pasados
group-events-newer = Más recientes
group-events-page = Página { $page }
group-events-older = Más antiguos

## Event cards in lists

group-card-time = { $time } { $zone }
group-card-going = { $count ->
    [one] { $count } asistente
   *[other] { $count } asistentes
}
group-card-badge-draft = Borrador
group-card-badge-cancelled = Cancelado
group-card-badge-live = En curso
group-card-badge-closed = Inscripciones cerradas
group-card-badge-full = Completo
group-card-mine-going = Vas a ir
group-card-mine-waitlisted = En lista de espera
group-move-going = Asiste
group-move-waitlist = Lista de espera
group-move-not-going = No asiste
group-fediverse-follow = Síguelo desde Mastodon o cualquier servidor del fediverso: { $handle }
group-fediverse-followers = { $count ->
    [one] { $count } seguidor
   *[other] { $count } seguidores
}
group-tab-numbers = Cifras

group-tab-photos = Fotos

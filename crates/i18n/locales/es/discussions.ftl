## Conversaciones: los hilos de un grupo y sus respuestas, sus correos y su configuración.

email-topic-discussions = nuevas respuestas en las conversaciones que sigues
email-thread-replies-subject = { $count ->
    [one] Nueva respuesta en «{ $title }» · { $group }
   *[other] { $count } nuevas respuestas en «{ $title }» · { $group }
}
email-thread-replies-intro-txt = Hay nuevas respuestas en «{ $title }», una conversación de { $group } que sigues:
email-thread-replies-intro-html = Hay nuevas respuestas en <strong>«{ $title }»</strong>, una conversación de { $group } que sigues.
email-thread-reply-by = { $name } escribió:
email-thread-replies-more = { $count ->
    [one] …y { $count } respuesta más.
   *[other] …y { $count } respuestas más.
}
email-thread-open-txt = Leer y responder: { $url }
email-thread-open = Leer y responder
email-thread-unfollow-txt = Dejar de seguir esta conversación (con un clic): { $url }
email-thread-unfollow = Dejar de seguir esta conversación
account-email-settings-discussions = Nuevas respuestas en las conversaciones que sigo

group-tab-discussions = Conversaciones
discussions-title = Conversaciones
discussions-none = Todavía no hay conversaciones. Inicia una: haz una pregunta, organiza una noche de hacking, comparte un enlace.
discussions-page-empty = No hay más conversaciones.
discussions-pinned = Fijada
discussions-locked = Bloqueada
discussions-replies-count = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
discussions-active = última actividad: { $when }
discussions-pages = Más conversaciones
discussions-newer = ← Más recientes
discussions-older = Más antiguas →
discussions-start = Iniciar una conversación
discussions-field-title = Título
discussions-field-body = Texto
discussions-markdown-hint = Puedes usar Markdown: **negrita**, *cursiva*, [enlaces](https://example.org), listas y código.
discussions-start-button = Iniciar la conversación
discussions-login-to-start = Inicia sesión y únete al grupo para iniciar una conversación.
discussions-members-start = Únete al grupo para iniciar una conversación.
discussions-accept-conduct = Acepta el código de conducta actual del grupo para escribir aquí.
discussions-organizers-start = En este grupo, el equipo organizador inicia las conversaciones; los miembros responden.
discussions-settings = Quién inicia conversaciones
discussions-organizers-only = Solo el equipo organizador inicia conversaciones (los miembros pueden seguir respondiendo)
discussions-settings-save = Guardar
discussions-all = Todas las conversaciones
discussions-deleted-account = Una cuenta eliminada
discussions-edited = editado
discussions-post-deleted = Quien lo escribió eliminó su cuenta.
discussions-edit = Editar
discussions-remove-thread = Eliminar la conversación
discussions-remove-reply = Eliminar
discussions-pin = Fijar
discussions-unpin = Dejar de fijar
discussions-lock = Bloquear
discussions-unlock = Desbloquear
discussions-follow = Seguir
discussions-unfollow = Dejar de seguir
discussions-following-hint = Sigues esta conversación: las nuevas respuestas te llegan por correo, como máximo una vez por hora.
discussions-followers = { $count ->
    [one] La sigue { $count } persona.
   *[other] La siguen { $count } personas.
}
discussions-reply-removed = Esta respuesta se ha eliminado.
discussions-reply = Tu respuesta
discussions-reply-button = Responder
discussions-locked-note = Esta conversación está bloqueada: no admite nuevas respuestas.
discussions-login-to-reply = Inicia sesión y únete al grupo para responder.
discussions-members-reply = Únete al grupo para responder.
discussions-edit-title = Editar
discussions-save = Guardar
discussions-cancel = Cancelar
notice-thread-started = Has iniciado la conversación. La sigues: las respuestas te llegarán por correo.
notice-thread-removed = La conversación se ha eliminado.
notice-thread-followed = Sigues esta conversación: las nuevas respuestas te llegarán por correo.
notice-thread-unfollowed = Ya no sigues esta conversación.
notice-thread-moderated = Guardado.
notice-reply-posted = Tu respuesta se ha publicado.
notice-reply-removed = La respuesta se ha eliminado.
notice-post-edited = Tus cambios se han guardado.
notice-discussion-settings-saved = Guardado: quién inicia conversaciones.
link-unfollow = Dejar de seguir
link-unfollow-message = ¿Dejar de recibir correos sobre nuevas respuestas en «{ $title }» ({ $group })?
link-unfollowed = Ya no sigues esta conversación
link-unfollowed-message = No recibirás más correos sobre «{ $title }» ({ $group }). Las demás conversaciones que sigues te seguirán enviando los suyos.
archive-discussions = Conversaciones
archive-discussions-count = { $count ->
    [one] { $count } conversación
   *[other] { $count } conversaciones
}
archive-discussion-unnamed = Un miembro
discussions-earlier-replies = ← Respuestas anteriores
discussions-later-replies = Respuestas posteriores →

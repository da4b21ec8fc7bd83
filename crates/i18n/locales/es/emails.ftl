# Every email Muster sends: subjects, plain-text parts (-txt) and HTML parts (-html).

## Shared words

email-hello-name = Hola, { $name }:
email-hello = Hola:
email-label-when = Cuándo:
email-label-where = Dónde:
email-label-title = Título:
email-label-join-online = Unirse en línea:
email-label-reported-by = Denunciado por:
email-label-about = Sobre:
email-was = (antes { $value })
email-see-event = Ver el evento
email-open-group = Abrir el grupo
email-open-event = Abrir el evento
email-review-request = Revisar la solicitud
email-open-account-settings = Abrir la configuración de la cuenta
email-reset-my-password = Restablecer mi contraseña
email-or-open-link = O abre este enlace:
email-ignore-if-not-asked = Si no lo solicitaste, ignora este correo.
email-reason = Motivo: { $reason }
email-email-settings = Configuración de correo
email-email-settings-txt = Configuración de correo: { $url }

## Footers

email-footer-account = Recibiste este correo sobre tu cuenta en <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>.
email-footer-organizer-txt = Recibes esto porque organizas { $group } en { $instance } · { $url }
email-footer-organizer-html = Recibes esto porque organizas { $group } en <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>.
email-footer-moderator-html = Recibes esto porque moderas { $group } en <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>.
email-group-footer-txt = { $group } en { $instance } · { $url }
email-group-footer-conduct-txt = Código de conducta: { $url }
email-group-footer-stop-txt = Dejar de recibir { $topic } de { $group } (con un clic): { $url }
email-group-footer-html = Recibes esto como miembro de { $group } en <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>. Nuestro <a href="{ $conduct }" style="color:#2f5d8a;">código de conducta</a> se aplica en todos los eventos.
email-group-footer-stop-html = Dejar de recibir { $topic } de { $group }
email-topic-announcements = anuncios de nuevos eventos
email-topic-reminders = recordatorios de los eventos a los que vas
email-topic-messages = mensajes de los organizadores

## Account

email-verify-subject = Confirma tu dirección de correo para { $instance }
email-verify-intro-txt = Confirma que esta es tu dirección de correo para poder crear grupos y apuntarte a encuentros en { $instance }:
email-verify-intro-html = Confirma que esta es tu dirección de correo para poder crear grupos y apuntarte a encuentros en { $instance }.
email-verify-button = Confirmar mi dirección de correo
email-verify-expiry-txt = El enlace funciona una sola vez y caduca en 3 días. Si no te registraste, ignora este correo.
email-verify-expiry-html = Funciona una sola vez y caduca en 3 días. Si no te registraste, ignora este correo.

email-reset-subject = Restablece tu contraseña de { $instance }
email-reset-intro-txt = Alguien (esperamos que tú) pidió restablecer la contraseña de tu cuenta de { $instance }. Elige una nueva contraseña aquí:
email-reset-intro-html = Alguien (esperamos que tú) pidió restablecer la contraseña de tu cuenta de { $instance }.
email-reset-button = Elegir una nueva contraseña
email-reset-expiry-txt = El enlace funciona una sola vez y caduca en 1 hora. Si no lo solicitaste, ignora este correo: tu contraseña seguirá igual.
email-reset-expiry-html = Funciona una sola vez y caduca en 1 hora. Si no lo solicitaste, ignora este correo: tu contraseña seguirá igual.

email-reset-unknown-subject = Solicitud de restablecimiento de contraseña en { $instance }
email-reset-unknown-intro = Alguien pidió restablecer la contraseña de una cuenta de { $instance } para esta dirección de correo, pero no hay ninguna cuenta con esta dirección.
email-reset-unknown-signup = Si fuiste tú, quizá te registraste con otra dirección. También puedes crear una cuenta:
email-reset-unknown-button = Registrarse

email-signup-existing-subject = Ya tienes una cuenta en { $instance }
email-signup-existing-intro = Alguien intentó registrarse en { $instance } con esta dirección de correo, pero ya tienes una cuenta. Si fuiste tú, inicia sesión o, si olvidaste tu contraseña, restablécela:
email-signup-existing-not-you = Si no fuiste tú, ignora este correo. No ha cambiado nada.

email-confirm-change-subject = Confirma tu nueva dirección de correo para { $instance }
email-confirm-change-intro-txt = Confirma que { $email } debe pasar a ser la dirección de correo de tu cuenta de { $instance }:
email-confirm-change-intro-html = Confirma que { $email } debe pasar a ser la dirección de correo de tu cuenta de { $instance }.
email-confirm-change-button = Confirmar la nueva dirección
email-confirm-change-expiry-txt = El enlace funciona una sola vez y caduca en 1 día. Hasta que lo confirmes, tu cuenta conserva su dirección actual.
email-confirm-change-expiry-html = Funciona una sola vez y caduca en 1 día. Hasta que lo confirmes, tu cuenta conserva su dirección actual.

email-change-requested-subject = Se está cambiando la dirección de correo de tu cuenta de { $instance }
email-change-requested-intro-txt = Alguien pidió cambiar la dirección de correo de tu cuenta de { $instance } a { $email }. El cambio solo se hará cuando se confirme la nueva dirección.
email-change-requested-intro-html = Alguien pidió cambiar la dirección de correo de tu cuenta de { $instance } a <strong>{ $email }</strong>. El cambio solo se hará cuando se confirme la nueva dirección.
email-change-requested-not-you = Si no fuiste tú, cambia tu contraseña ahora y revisa la configuración de tu cuenta:

email-password-changed-subject = Se cambió tu contraseña de { $instance }
email-password-changed-intro = La contraseña de tu cuenta de { $instance } se acaba de cambiar y se cerró la sesión en todos los dispositivos.
email-password-changed-not-you-txt = Si no fuiste tú, restablece tu contraseña de inmediato: { $url }/account/reset
email-password-changed-not-you-html = Si no fuiste tú, restablece tu contraseña de inmediato:

email-address-in-use-subject = Esta dirección ya tiene una cuenta en { $instance }
email-address-in-use-intro = Alguien pidió pasar otra cuenta de { $instance } a esta dirección de correo. Esta dirección ya tiene una cuenta, así que no ha cambiado nada.
email-address-in-use-reset = Si olvidaste la contraseña de tu cuenta, puedes restablecerla:

## Groups

email-invitation-subject = Te invitan a unirte a { $group }
email-invitation-intro-txt = { $inviter } te invita a unirte a { $group } en { $instance }. Acepta la invitación aquí (inicia sesión o regístrate antes si hace falta):
email-invitation-intro-html = { $inviter } te invita a unirte a <strong>{ $group }</strong> en { $instance }.
email-invitation-button = Aceptar la invitación
email-invitation-expiry = El enlace funciona una sola vez y caduca en 14 días. Si no quieres unirte, ignora este correo.

email-membership-approved-subject = Te damos la bienvenida a { $group }
email-membership-approved-txt = Se aprobó tu solicitud para unirte a { $group }. ¡Bienvenido! Mira lo que se viene:
email-membership-approved-html = Se aprobó tu solicitud para unirte a <strong>{ $group }</strong>. ¡Bienvenido!
email-membership-approved-button = Ver los próximos eventos

email-conduct-subject = Una denuncia de conducta en { $group }
email-conduct-intro-txt = Se ha denunciado un problema de conducta a los organizadores de { $group }.
email-conduct-intro-html = Se ha denunciado un problema de conducta a los organizadores de <strong>{ $group }</strong>.
email-conduct-private-txt = Las denuncias son privadas para los organizadores (y, cuando una denuncia afecta a un organizador, para los administradores de la instancia). Haz el seguimiento y márcala como gestionada aquí:
email-conduct-private-html = Las denuncias son privadas para los organizadores (y, cuando una denuncia afecta a un organizador, para los administradores de la instancia).
email-conduct-button = Abrir las denuncias

email-join-request-subject = { $requester } pidió unirse a { $group }
email-join-request-txt = { $requester } pidió unirse a { $group }. Aprueba o rechaza la solicitud aquí:
email-join-request-html = <strong>{ $requester }</strong> pidió unirse a <strong>{ $group }</strong>.

email-adoption-requested-subject = { $requester } pidió adoptar { $group }
email-adoption-requested-intro-txt = { $requester } pidió adoptar { $group }, que lleva mucho tiempo sin eventos, y pasar a ser uno de sus organizadores.
email-adoption-requested-intro-html = <strong>{ $requester }</strong> pidió adoptar <strong>{ $group }</strong>, que lleva mucho tiempo sin eventos, y pasar a ser uno de sus organizadores.
email-adoption-their-message = Su mensaje:
email-adoption-requested-refuse-txt = Si todavía llevas el grupo y no quieres esto, rechaza la solicitud antes del { $date }:
email-adoption-requested-after-txt = Después de esa fecha, un administrador de { $instance } puede aprobarla. En cualquier caso, sigues siendo organizador.
email-adoption-requested-refuse-html = Si todavía llevas el grupo y no quieres esto, rechaza la solicitud antes del <strong>{ $date }</strong>. Después de esa fecha, un administrador de { $instance } puede aprobarla. En cualquier caso, sigues siendo organizador.

email-adoption-approved-subject = Ahora organizas { $group }
email-adoption-declined-subject = Se rechazó tu solicitud para adoptar { $group }
email-adoption-approved-txt = Se aprobó tu solicitud para adoptar { $group }. Ahora eres uno de sus organizadores: ¡bienvenido a bordo!
email-adoption-approved-html = Se aprobó tu solicitud para adoptar <strong>{ $group }</strong>. Ahora eres uno de sus organizadores: ¡bienvenido a bordo!
email-adoption-refused-txt = Los organizadores de { $group } rechazaron tu solicitud para adoptarlo: siguen llevando el grupo.
email-adoption-refused-html = Los organizadores de <strong>{ $group }</strong> rechazaron tu solicitud para adoptarlo: siguen llevando el grupo.
email-adoption-rejected-txt = Un administrador de { $instance } rechazó tu solicitud para adoptar { $group }.
email-adoption-rejected-html = Un administrador de { $instance } rechazó tu solicitud para adoptar <strong>{ $group }</strong>.

email-co-organizer-subject = { $adopter } organiza ahora { $group } contigo
email-co-organizer-txt = { $adopter } pidió adoptar { $group }, nadie se opuso antes de la fecha límite y un administrador de { $instance } aprobó la solicitud. { $adopter } es ahora uno de los organizadores del grupo, contigo. Sigues siendo organizador; la configuración del grupo muestra a todas las personas que lo llevan:
email-co-organizer-html = { $adopter } pidió adoptar <strong>{ $group }</strong>, nadie se opuso antes de la fecha límite y un administrador de { $instance } aprobó la solicitud. { $adopter } es ahora uno de los organizadores del grupo, contigo. Sigues siendo organizador; la configuración del grupo muestra a todas las personas que lo llevan.
email-co-organizer-button = Abrir la configuración del grupo

email-organizer-wrote-txt = { $sender }, organizador de { $group }, escribió:
email-organizer-wrote-about-txt = { $sender }, organizador de { $group }, escribió sobre { $event }:
email-organizer-wrote-html = { $sender }, organizador de <strong>{ $group }</strong>, escribió:
email-organizer-wrote-about-html = { $sender }, organizador de <strong>{ $group }</strong>, escribió sobre <strong>{ $event }</strong>:

## Events

email-promoted-subject = Tienes plaza: { $event }
email-promoted-intro-txt = Buenas noticias: se liberó una plaza y ahora vas a { $event } ({ $group }).
email-promoted-intro-html = Buenas noticias: se liberó una plaza y ahora <strong>vas</strong> a <strong>{ $event }</strong> ({ $group }).
email-promoted-outro-txt =
    En la página del evento están los detalles y un botón por si ya no puedes ir (así la plaza pasa a
    la siguiente persona en espera):
email-promoted-outro-html = Si ya no puedes ir, indícalo en la página del evento y la plaza pasará a la siguiente persona en espera.

email-announcement-subject = Nuevo evento: { $event } ({ $group })
email-announcement-intro-txt = { $group } tiene un nuevo evento:
email-announcement-intro-html = <strong>{ $group }</strong> tiene un nuevo evento:
email-announcement-details-txt = Detalles e inscripción:
email-announcement-button = Detalles e inscripción

email-rsvp-going-subject = Vas a ir: { $event }
email-rsvp-waitlist-subject = Estás en la lista de espera (n.º { $position }): { $event }
email-rsvp-going-txt =
    Vas a ir a { $event } ({ $group }). La invitación
    adjunta lo añade a tu calendario y se actualiza si el evento cambia.
email-rsvp-waitlist-txt =
    El evento está completo, así que estás en la lista de espera de { $event }
    ({ $group }) en el puesto { $position }. Cuando se libere una plaza, la siguiente persona en espera
    la obtiene y recibe un correo al instante.
email-rsvp-going-html = <strong>Vas</strong> a ir a <strong>{ $event }</strong> ({ $group }). La invitación adjunta lo añade a tu calendario y se actualiza si el evento cambia.
email-rsvp-waitlist-html = El evento está completo, así que estás en la <strong>lista de espera</strong> de <strong>{ $event }</strong> ({ $group }) en el puesto <strong>{ $position }</strong>. Cuando se libere una plaza, la siguiente persona en espera la obtiene y recibe un correo al instante.
email-rsvp-plans-change-txt = Si cambian tus planes, vuelve a responder en la página del evento para que la plaza sea para otra persona:
email-rsvp-plans-change-html = Si cambian tus planes, vuelve a responder en la página del evento para que la plaza sea para otra persona.

email-reminder-subject = Recordatorio: { $event } es dentro de { $lead }
email-reminder-intro-txt = { $event } ({ $group }) es dentro de { $lead }, y vas a ir.
email-reminder-intro-html = <strong>{ $event }</strong> ({ $group }) es dentro de { $lead }, y vas a ir.
email-reminder-still-coming-txt = ¿Sigues yendo? Un clic se lo dice a los organizadores:
email-reminder-cant-make-it-txt = ¿No puedes ir? Un clic libera tu plaza para la siguiente persona en espera:
email-reminder-event-page-txt = La página del evento:
email-reminder-still-coming = Sigo yendo
email-reminder-cant-make-it = No puedo ir
email-reminder-frees-seat-html = «No puedo ir» libera tu plaza para la siguiente persona en espera. <a href="{ $url }" style="color:#2f5d8a;">Ver el evento</a>.

email-changed-subject = Cambios: { $event }, ahora { $when }
email-changed-intro-txt = { $event } ({ $group }) ha cambiado. Así queda ahora:
email-changed-intro-html = <strong>{ $event }</strong> ({ $group }) ha cambiado. Así queda ahora:
email-changed-no-place-now = ahora sin lugar indicado
email-changed-no-place-given = sin lugar indicado
email-changed-outro-txt =
    La actualización adjunta mueve el evento en tu calendario. Si ya no puedes ir, vuelve a responder
    en la página del evento para que la plaza sea para otra persona:
email-changed-outro-html = La actualización adjunta mueve el evento en tu calendario. Si ya no puedes ir, vuelve a responder en la página del evento para que la plaza sea para otra persona.

email-cancelled-subject = Cancelado: { $event }
email-cancelled-intro-txt = { $event } ({ $group }), previsto para { $when }, se ha cancelado.
email-cancelled-intro-html = <strong>{ $event }</strong> ({ $group }), previsto para { $when }, se ha <strong>cancelado</strong>.
email-cancelled-wrote-txt = Los organizadores escribieron: { $reason }
email-cancelled-wrote-html = Los organizadores escribieron:
email-cancelled-outro-txt = La cancelación adjunta lo quita de tu calendario. La página del evento sigue en línea:
email-cancelled-outro-html = La cancelación adjunta lo quita de tu calendario. La página del evento sigue en línea.

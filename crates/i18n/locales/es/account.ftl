# Páginas de la cuenta: inicio de sesión, registro, contraseñas, ajustes, preferencias de correo,
# eliminación, tokens y calendario suscrito, y la configuración del primer administrador.

## Común
account-field-email = Correo electrónico
account-field-password = Contraseña
account-field-your-name = Tu nombre
account-password-hint = Al menos 8 caracteres.
account-back-to-settings = Volver a los ajustes
account-check-inbox = Revisa tu bandeja de entrada
account-settings-link = Ajustes de la cuenta

## Iniciar sesión
account-login-title = Iniciar sesión
account-login-button = Iniciar sesión
account-login-forgot = ¿Has olvidado tu contraseña?
account-login-new = ¿Eres nuevo? <a href="/account/signup">Crea una cuenta</a>.

## Registro
account-signup-page-title = Registrarse
account-signup-title = Crea tu cuenta
account-signup-intro = Únete a grupos locales, confirma tu asistencia a encuentros y recibe recordatorios. ¿Ya tienes cuenta? <a href="/account/login">Inicia sesión</a>.
account-signup-name-hint = Lo verán los grupos a los que te unas.
account-signup-password-hint = Al menos 8 caracteres. Unas cuantas palabras sin relación entre sí funcionan bien.
account-signup-button = Crear cuenta
account-signup-sent = Si la dirección se puede usar, le hemos enviado un correo. Sigue el enlace que contiene para confirmar tu dirección y después inicia sesión.
account-signup-log-in = Iniciar sesión

## Enlaces enviados por correo
account-verify-title = Confirma tu correo electrónico
account-verify-message = Pulsa el botón para confirmar que esta dirección es tuya.
account-verify-button = Confirmar mi correo electrónico
account-email-confirm-title = Confirma tu nuevo correo electrónico
account-email-confirm-message = Pulsa el botón para que tu cuenta pase a usar esta dirección.
account-email-confirm-button = Confirmar la nueva dirección
account-email-changed-title = Correo electrónico cambiado
account-email-changed-message = Tu cuenta ya usa la nueva dirección.

## Restablecer la contraseña
account-reset-request-title = Restablece tu contraseña
account-reset-request-intro = Escribe la dirección con la que te registraste. Te enviaremos un enlace para elegir una contraseña nueva.
account-reset-request-button = Enviarme un enlace
account-reset-sent = Si la dirección tiene una cuenta, le hemos enviado un enlace para elegir una contraseña nueva. El enlace es válido durante una hora.
account-reset-title = Elige una contraseña nueva
account-reset-intro = Después, se cerrará la sesión en todos los dispositivos conectados a tu cuenta.
account-reset-field = Contraseña nueva
account-reset-button = Guardar la contraseña nueva

## Ajustes
account-settings-title = Ajustes de la cuenta
account-profile = Perfil
account-field-name = Nombre
account-field-bio = Biografía
account-optional = (opcional)
account-field-timezone = Zona horaria
account-timezone-hint = Los horarios se muestran en la zona del evento, con la tuya al lado.
account-field-language = Idioma
account-language-browser = Usar el idioma del navegador
account-profile-save = Guardar perfil
account-email-title = Correo electrónico
account-email-confirmed = Tu dirección es <strong>{ $address }</strong> (confirmada).
account-email-unconfirmed = Tu dirección es <strong>{ $address }</strong>, <em>aún sin confirmar</em>.
account-email-resend = Enviar un nuevo enlace de confirmación
account-email-new = Nuevo correo electrónico
account-email-new-hint = Enviamos un enlace a la nueva dirección; nada cambia hasta que lo sigas.
account-password-current = Contraseña actual
account-email-change = Cambiar el correo electrónico
account-notifications-title = Correos de tus grupos
account-notifications-intro = Elige, para cada grupo, si recibes sus anuncios de nuevos eventos, recordatorios antes de los eventos a los que vas y mensajes de sus organizadores, o solo los correos sobre tu cuenta.
account-notifications-link = Preferencias de correo
account-password-title = Contraseña
account-password-new = Contraseña nueva
account-password-new-hint = Al menos 8 caracteres. Se cerrará la sesión en tus otros dispositivos.
account-password-change = Cambiar la contraseña
account-sessions-title = Dónde tienes la sesión iniciada
account-sessions-device = Dispositivo
account-sessions-address = Dirección
account-sessions-last-active = Última actividad (UTC)
account-actions = Acciones
account-sessions-unknown = Dispositivo desconocido
account-sessions-this = (este dispositivo)
account-sessions-log-out = Cerrar sesión
account-sessions-log-out-all = Cerrar sesión en todas partes
account-tokens-title = Tokens de API personales
account-tokens-intro = Los tokens permiten que tus scripts usen la API en tu nombre: envía <code>Authorization: Bearer &lt;token&gt;</code>.
account-tokens-none = Todavía no hay tokens.
account-tokens-name = Nombre
account-tokens-prefix = Empieza por
account-tokens-created = Creado
account-tokens-last-used = Último uso
account-tokens-revoke = Revocar
account-tokens-new = Nombre del nuevo token
account-tokens-new-hint = Por ejemplo: script del calendario.
account-tokens-create = Crear token
account-never = nunca
account-date-time = { $date }, { $time }
account-feed-title = Calendario suscrito
account-feed-intro = Una dirección privada a la que se suscribe tu aplicación de calendario: los eventos a los que vas (los de la lista de espera, marcados como provisionales), siempre al día. Los eventos de los grupos privados solo aparecen aquí.
account-feed-made = Tu enlace de calendario se creó el { $created }; última lectura por una aplicación de calendario: { $used }. Por seguridad, solo se mostró una vez; genera un enlace nuevo para volver a verlo (el anterior dejará de funcionar).
account-feed-all = Mostrar también todos los eventos de mis grupos
account-feed-save = Guardar
account-feed-new-link = Generar un enlace nuevo
account-feed-off = Desactivar
account-feed-make = Crear el enlace de mi calendario
account-data-title = Tus datos
account-data-intro = Todo lo que Muster guarda sobre ti: tu cuenta, membresías, confirmaciones de asistencia, comentarios y charlas, en un único archivo JSON.
account-data-download = Descargar mis datos
account-delete-title = Eliminar la cuenta
account-delete-intro = Al eliminar tu cuenta se borran tu nombre, tu correo electrónico, tu perfil, tus sesiones y tus tokens.
account-delete-link = Eliminar mi cuenta…

## Eliminar la cuenta
account-delete-page-title = Elimina tu cuenta
account-delete-removes = Esto borra tu nombre, tu correo electrónico, tu perfil, tus sesiones y tus tokens de API. No se puede deshacer.
account-delete-history = Los grupos conservan su historial: los eventos a los que fuiste te siguen contando, de forma anónima, y tus charlas mantienen el nombre de ponente que les diste, salvo que marques la casilla de abajo.
account-delete-sole = Eres la única persona organizadora de { $groups }. Un grupo nunca puede quedarse sin organizador: nombra a otra persona organizadora o elimina el grupo, y luego vuelve para eliminar tu cuenta.
account-delete-back = Volver a mis ajustes
account-delete-password = Tu contraseña
account-delete-password-hint = Para confirmar que eres tú.
account-delete-talks = Quitar también mi nombre de mis charlas (mostrarán «Antiguo miembro»)
account-delete-button = Eliminar mi cuenta
account-delete-keep = Conservar mi cuenta

## Preferencias de correo
account-email-settings-title = Preferencias de correo
account-email-settings-back = Ajustes de tu cuenta
account-email-settings-saved = Guardado.
account-email-settings-everything = Todo
account-email-settings-only-account = Ningún correo salvo los de seguridad de la cuenta (enlaces de acceso, cambios de contraseña y de dirección)
account-email-settings-announcements = Anuncios de nuevos eventos
account-email-settings-reminders = Recordatorios antes de los eventos a los que voy
account-email-settings-messages = Mensajes de los organizadores
account-email-settings-no-groups = Todavía no eres miembro de ningún grupo.
account-email-settings-rsvps = Los correos sobre tus propias confirmaciones de asistencia (confirmaciones, cambios, cancelaciones) solo dependen de la opción de arriba.
account-email-settings-save = Guardar

## Nuevo token, nuevo calendario suscrito
account-token-created-title = Tu nuevo token «{ $name }»
account-token-created-page-title = Tu nuevo token
account-token-created-copy = Cópialo ahora: es la única vez que se muestra.
account-feed-created-title = Tu calendario suscrito
account-feed-created-intro = Suscríbete una vez y tu calendario estará siempre al día: aparecen los eventos nuevos, se mueven los que cambian de fecha y los cancelados lo indican.
account-feed-created-subscribe = Suscribirse en tu aplicación de calendario
account-feed-created-google = Añadir a Google Calendar
account-feed-created-copy = O copia esta dirección en tu aplicación de calendario («suscribirse a un calendario desde una URL»):
account-feed-created-private = Este enlace solo se muestra ahora. Mantenlo en privado: cualquiera que lo tenga puede leer tu calendario. Si se filtra, genera un enlace nuevo en tus ajustes; el anterior dejará de funcionar al instante.

## Configuración inicial
account-setup-page-title = Configurar { $instance }
account-setup-title = Crea el primer administrador
account-setup-intro = Esta página funciona una sola vez, en una instancia nueva, con el token de configuración que aparece en el registro del servidor.
account-setup-token = Token de configuración
account-setup-token-hint = De la línea «open …/setup?token=…» del registro.
account-setup-button = Crear administrador
account-profile-view = Ver tu página de perfil
account-avatar-label = Foto
account-avatar-hint = PNG, JPEG, WebP o GIF, hasta 2 MiB. Se muestra en un círculo, se reduce a 256 píxeles y se guarda sin sus metadatos (como el lugar donde se tomó una foto).
account-avatar-upload = Subir foto
account-avatar-remove = Quitar foto
account-field-pronouns = Pronombres
account-pronouns-hint = Opcional, por ejemplo ella o elle.
account-field-website = Sitio web
account-field-fediverse = Fediverso
account-fediverse-hint = Opcional: tu dirección, como @nombre@mastodon.social.
account-field-github = GitHub
account-github-hint = Opcional: tu nombre de usuario de GitHub.
account-field-unlisted = No aparecer en listas
account-unlisted-hint = No aparecerás entre quienes van a un encuentro ni en las listas de miembros, y nadie más podrá abrir tu página de perfil. Quienes organizan te seguirán viendo en sus listas de asistentes.
profile-own = Así ven los demás tu página de perfil.
profile-own-unlisted = Solo tú ves esta página: no apareces en listas.
profile-edit = Editar tu perfil
profile-about = Acerca de
profile-website = Sitio web
profile-fediverse = Fediverso
profile-groups = Grupos
profile-no-groups = No hay grupos que mostrar.
profile-talks = Charlas

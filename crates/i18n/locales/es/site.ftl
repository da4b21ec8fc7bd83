# The site's frame: header, navigation, footer, shared words.
site-description = Grupos locales y sus encuentros, en { $instance }.
site-skip-to-content = Saltar al contenido
site-nav-label = Navegación principal
site-find-group = Buscar un grupo
site-events-near = Qué hay
site-start-group = Crear un grupo
site-admin = Administración
site-log-out = Cerrar sesión
site-log-in = Iniciar sesión
site-sign-up = Registrarse
site-confirm-email = Confirma tu dirección de correo electrónico: sigue el enlace que te hemos enviado.
site-send-new-link = Enviar un nuevo enlace
site-footer = { $instance } funciona con <a href="https://example.invalid/muster">Muster</a>, software libre para grupos locales. La historia de tu grupo sigue siendo tuya.
site-language = Idioma
site-language-change = Cambiar

## Maps
map-groups-label = Mapa de estos grupos
map-events-label = Mapa de estos meetups
map-label = Mapa
near-locate = Usar mi ubicación
near-locate-refused = Tu ubicación no está disponible: escribe una ciudad.

# The site's frame: header, navigation, footer, shared words.
site-description = Grupos locais e seus encontros, em { $instance }.
site-skip-to-content = Pular para o conteúdo
site-nav-label = Navegação principal
site-find-group = Encontrar um grupo
site-events-near = O que rola
site-start-group = Criar um grupo
site-admin = Administração
site-log-out = Sair
site-log-in = Entrar
site-sign-up = Cadastre-se
site-confirm-email = Confirme seu endereço de e-mail: acesse o link que enviamos para você.
site-send-new-link = Enviar um novo link
site-footer = { $instance } usa o <a href="https://example.invalid/muster">Muster</a>, um software livre para grupos locais. A história do seu grupo continua sendo sua.
site-language = Idioma
site-language-change = Alterar

## Maps
map-groups-label = Mapa destes grupos
map-events-label = Mapa destes meetups
map-label = Mapa
near-locate = Usar minha localização
near-locate-refused = Sua localização não está disponível: digite uma cidade.

# The home page, the error page, the group directory, the group pages (about, events, join,
# code of conduct, report) and event cards in lists.

## Home page

home-title = Conheça as pessoas que criam com Python perto de você.
home-lede = { $instance } é a casa dos grupos de usuários locais: encontre um, participe e confirme presença no próximo meetup. Os organizadores mantêm seus membros, sua agenda e sua história pelo tempo que quiserem.
home-find-group = Encontrar um grupo
home-mine-title = Seus próximos eventos
home-mine-empty = Você ainda não confirmou presença em nada. Encontre um meetup abaixo ou <a href="/groups">encontre um grupo</a>.
home-upcoming-title = Próximos meetups
home-upcoming-empty = Ainda não há meetups agendados. Quando os grupos publicarem eventos, os próximos aparecerão aqui.

## Error page

error-home-link = Ir para a página inicial
error-not-found = Página não encontrada
error-forbidden = Não permitido
error-unauthorized = Faça login
error-too-many-requests = Vá com calma
error-uri-too-long = Endereço longo demais
error-server = Algo deu errado
error-other = Isso não funcionou

## Group directory

group-directory-title = Encontrar um grupo
group-directory-search = Buscar
group-directory-search-placeholder = Python, dados, São Paulo…
group-directory-city = Cidade
group-directory-country = País
group-directory-topic = Tema
group-directory-order = Ordem
group-directory-order-best = Mais relevantes
group-directory-order-next = Próximo meetup primeiro
group-directory-active = Somente grupos ativos
group-directory-near = Perto de
group-directory-near-hint = Cidade, ou latitude, longitude
group-directory-radius = Num raio de
group-directory-radius-km = { $km } km
group-directory-order-distance = Mais próximos primeiro
group-directory-distance = a { $km } km
group-directory-count-near-place = { $count ->
    [one] Um grupo a até { $km } km de { $place }.
   *[other] { $count } grupos a até { $km } km de { $place }.
}
group-directory-count-near = { $count ->
    [one] Um grupo a até { $km } km.
   *[other] { $count } grupos a até { $km } km.
}
group-directory-count = { $count ->
    [one] { $count } grupo.
   *[other] { $count } grupos.
}
group-directory-count-matching = { $count ->
    [one] { $count } grupo para “{ $query }”.
   *[other] { $count } grupos para “{ $query }”.
}
group-directory-empty = Nenhum grupo encontrado. Tente usar menos palavras.
group-directory-empty-create = Nenhum grupo encontrado. Tente usar menos palavras ou <a href="/groups/new">crie um grupo</a>.
group-directory-dormant = Inativo
group-directory-next = próximo meetup: { $date }
group-directory-no-next = nenhum meetup agendado
group-directory-last = último: { $date }
group-directory-topics = Temas
group-directory-pages = Páginas
group-directory-previous = ← Anterior
group-directory-page = Página { $page } de { $pages }
group-directory-next-page = Próxima →
group-directory-start = Criar um grupo

## Group header, on every group page

group-members-count = { $count ->
    [one] { $count } membro
   *[other] { $count } membros
}
group-logo-alt = Logo de { $name }
group-private = Grupo privado
group-needs-conduct = Novo código de conduta para aceitar
group-unclaimed-title = Cadastro não reivindicado.
group-unclaimed-text = Este cadastro vem de { $source }; ninguém o gerencia neste site ainda.
group-source-wiki = a lista de grupos de usuários locais do python.org
group-dormant-title = Grupo inativo.
group-dormant-since = Nenhum evento desde { $month }. Tudo o que o grupo fez continua aqui: eventos passados, palestras e feeds de agenda.
group-dormant-never = Nenhum evento ainda. Tudo o que o grupo fez continua aqui: eventos passados, palestras e feeds de agenda.
group-adopt = Pedir para assumir este grupo
group-tabs = Grupo
group-tab-about = Sobre
group-tab-events = Eventos
group-tab-members = Membros
group-tab-conduct = Código de conduta
group-tab-settings = Configurações
group-tab-manage = Gerenciar membros
group-tab-reports = Denúncias
group-tab-audit = Registro de atividades

## Group page

group-feed-news-title = { $name }: feed de notícias
group-feed-calendar-title = { $name }: agenda
group-upcoming-title = Próximos meetups
group-new-event = Novo evento
group-upcoming-empty = Ainda não há meetups agendados.
group-upcoming-empty-organizer = Ainda não há meetups agendados. Agende o próximo com “Novo evento”.
group-all-events = Todos os eventos
group-recent-title = Meetups recentes
group-past-empty = Ainda não há meetups passados.
group-about-title = Sobre
group-details = Detalhes do grupo
group-membership-title = Participação
group-member-you = Você é membro.
group-member-you-role = Você é membro ({ $role }).
group-member-emails = E-mails deste grupo
group-accept-conduct = Aceitar o novo código de conduta
group-leave = Sair do grupo
group-pending = Seu pedido para participar está aguardando os organizadores.
group-withdraw = Cancelar o pedido
group-banned = Você não pode participar deste grupo.
group-invite-only = Este grupo aceita novos membros somente por convite.
group-ask-to-join = Pedir para participar
group-join-this = Participar deste grupo
group-organizers-title = Organizadores
group-all-members = { $count ->
    [one] { $count } membro
   *[other] Todos os { $count } membros
}
group-more-title = Mais
group-link-website = Site
group-link-chat = Chat
group-link-mailing-list = Lista de e-mails
group-link-code = Código
group-subscribe-title = Assinar
group-subscribe-text = Acompanhe os meetups deste grupo no seu aplicativo de agenda ou leitor de feeds.
group-subscribe-webcal = Assinar no seu aplicativo de agenda
group-subscribe-ics = Feed de agenda (iCal)
group-subscribe-atom = Feed de notícias (Atom)
group-subscribe-private = <a href="/account/settings#calendar" class="subscribe-private">Assine com seu feed de agenda privado</a>: um link só para você, com os eventos em que você vai.
group-subscribe-private-only = <a href="/account/settings#calendar" class="subscribe-private">Assine com seu feed de agenda privado</a>: um link só para você, com os eventos em que você vai; seu aplicativo de agenda também pode acompanhar os eventos deste grupo por ali.
group-conduct-link = <a href="{ $href }">Código de conduta</a> (versão { $version })
group-report-link = <a href="{ $href }">Denunciar um problema</a>, em particular, aos organizadores.
group-role-organizer = Organizador
group-role-co-organizer = Coorganizador
group-role-assistant-organizer = Organizador assistente
group-role-event-organizer = Organizador de eventos
group-role-member = Membro

## Joining

group-join-title = Participar de { $name }
group-ask-title = Pedir para participar de { $name }
group-join-conduct = Código de conduta
group-join-accept = Li o código de conduta (versão { $version }) e vou segui-lo.
group-join-review = Os organizadores analisam os pedidos.
group-join-review-answers = Os organizadores analisam os pedidos e veem suas respostas.
group-join-send-request = Enviar meu pedido
group-join-button = Participar
group-join-tick-box = Marque a caixa para aceitar o código de conduta.

## Code of conduct

group-conduct-title = Código de conduta
group-conduct-heading = Código de conduta, versão { $version }
group-conduct-version = Versão { $version }, { $date }
group-conduct-changed = O código de conduta mudou desde que você o aceitou. Leia-o e depois aceite-o para continuar confirmando presença.
group-conduct-accept = Aceito a versão { $version }
group-conduct-history = Versões anteriores

## Reporting a concern

group-report-title = Denunciar um problema
group-report-intro = Sua denúncia vai em particular para os organizadores de { $name } e, se for sobre um organizador, para os administradores deste site. Ela nunca é pública, e a pessoa envolvida não fica sabendo quem fez a denúncia.
group-report-who = Sobre quem é? (opcional)
group-report-someone-else = Outra pessoa, ou prefiro descrevê-la
group-report-describe = Ou descreva quem (opcional)
group-report-what = O que aconteceu?
group-report-send = Enviar a denúncia

## A group's events

group-events-title = Eventos
group-new-series = Nova série
group-events-upcoming = Próximos
group-events-past = Passados
group-events-no-more-past = Não há mais meetups passados.
group-events-past-nav = Eventos passados
group-events-newer = Mais recentes
group-events-page = Página { $page }
group-events-older = Mais antigos

## Event cards in lists

group-card-time = { $time } { $zone }
group-card-going = { $count ->
    [one] { $count } confirmado
   *[other] { $count } confirmados
}
group-card-badge-draft = Rascunho
group-card-badge-cancelled = Cancelado
group-card-badge-live = Acontecendo agora
group-card-badge-closed = Inscrições encerradas
group-card-badge-full = Lotado
group-card-mine-going = Você vai
group-card-mine-waitlisted = Na lista de espera
group-move-going = Vai
group-move-waitlist = Lista de espera
group-move-not-going = Não vai
group-fediverse-follow = Siga pelo Mastodon ou qualquer servidor do fediverso: { $handle }
group-fediverse-followers = { $count ->
    [one] { $count } seguidor
   *[other] { $count } seguidores
}
group-tab-numbers = Números

group-tab-photos = Fotos

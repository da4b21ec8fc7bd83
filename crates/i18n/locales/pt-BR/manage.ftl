# Páginas de organização: configurações do grupo, gestão de membros, mensagens,
# formulários de eventos, participantes, check-in, séries.

## Group settings

manage-settings-title = Configurações
manage-settings-save = Salvar configurações
manage-language-label = Idioma do grupo
manage-language-hint = O idioma em que a organização escreve as páginas do grupo.
manage-language-not-set = Não definido
manage-logo-title = Logo
manage-logo-upload-label = Enviar uma imagem
manage-logo-upload-hint = PNG, JPEG, WebP ou GIF, até 2 MiB. Ela é redimensionada para 512 pixels.
manage-logo-upload = Enviar
manage-history-title = Trazer o histórico
manage-history-import-link = Importar os eventos passados do grupo de um arquivo ou endereço iCalendar…
manage-history-placeholders-link = Pessoas importadas do Meetup.com e seus links para reivindicar o perfil…
manage-conduct-title = Código de conduta
manage-conduct-text-label = Texto (Markdown)
manage-conduct-text-hint = Salvar publica uma nova versão; os membros a aceitam de novo antes da próxima confirmação de presença.
manage-conduct-publish = Publicar uma nova versão
manage-archive-title = Baixar o arquivo do grupo
manage-archive-text = Um ZIP com tudo o que o grupo fez: eventos, palestras, locais e código de conduta em JSON, um calendário com todos os eventos e uma cópia das páginas que abre em qualquer navegador. Outra instância do Muster pode importá-lo. Os membros são contados; só são nomeados os que permitiram.
manage-archive-download = Baixar o arquivo (.zip)
manage-adoption-title = Pedidos de adoção
manage-adoption-text = Quando o grupo fica inativo, outras pessoas podem pedir para adotá-lo; você recebe um e-mail e pode recusar.
manage-adoption-see = Ver pedidos
manage-delete-title = Excluir o grupo
manage-delete-link = Excluir { $name }…

## The group's fields (creation and settings)

manage-field-name = Nome do grupo
manage-field-summary = Resumo
manage-field-summary-hint = Uma linha: quem se reúne, sobre o quê, com que frequência.
manage-field-description = Descrição
manage-field-description-hint = Markdown: **negrito**, [links](https://…), listas.
manage-field-city = Cidade
manage-field-country = País
manage-field-lat = Latitude (opcional)
manage-field-lat-hint = Para um mapa da região habitual dos encontros, ex.: 53.8008.
manage-field-lon = Longitude (opcional)
manage-field-timezone = Fuso horário
manage-field-timezone-hint = O padrão para os eventos do grupo.
manage-field-topics = Temas
manage-field-topics-hint = Separados por vírgula, ex.: python, data science, web.
manage-field-links = Links (opcional)
manage-field-website = Site
manage-field-chat = Chat
manage-field-mailing-list = Lista de e-mails
manage-field-repository = Repositório de código
manage-field-logo-url = Endereço da imagem do logo
manage-field-logo-url-hint = Ou envie um logo nas configurações do grupo.
manage-field-contact-email = E-mail de contato
manage-field-contact-email-hint = Citado no código de conduta. Por padrão, o seu.
manage-field-who-can-join = Quem pode participar
manage-field-visibility = Visibilidade
manage-field-visibility-public = Público: qualquer pessoa vê o grupo, seus eventos e membros
manage-field-visibility-private = Privado: só os membros veem algo (somente por convite)
manage-field-joining = Entrada
manage-field-joining-open = Aberta: qualquer pessoa que aceite o código de conduta
manage-field-joining-approval = Com aprovação: a organização aprova cada pedido
manage-field-joining-invite = Somente por convite
manage-field-questions = Perguntas para novos membros (opcional)
manage-field-questions-hint = Uma por linha, até 5. Só a organização vê as respostas.

## Starting a group

manage-new-title = Criar um grupo
manage-new-intro = Você passa a organizá-lo. Um código de conduta padrão com o seu contato é adicionado; você pode editá-lo quando quiser.
manage-new-address = Endereço
manage-new-address-hint = O grupo fica em /g/endereco: letras minúsculas, dígitos e hifens.
manage-new-create = Criar o grupo

## Roles

manage-role-organizer = Organizador
manage-role-co-organizer = Coorganizador
manage-role-assistant-organizer = Organizador assistente
manage-role-event-organizer = Organizador de eventos
manage-role-member = Membro

## Managing members

manage-members-title = Gerenciar membros
manage-requests-title = Pedidos de entrada
manage-requests-none = Nenhum pedido aguardando.
manage-requests-approve = Aprovar
manage-requests-decline = Recusar
manage-invite-title = Convidar alguém
manage-invite-email = Endereço de e-mail
manage-invite-email-hint = A pessoa recebe um link que funciona uma vez, por 14 dias.
manage-invite-send = Enviar o convite
manage-members-heading = Membros
manage-members-write = Escrever para todos os membros
manage-members-name = Nome
manage-members-role = Função
manage-members-actions = Ações
manage-members-hidden = oculto
manage-members-role-of = Função de { $name }
manage-members-change = Alterar
manage-members-remove = Remover
manage-members-reason = Motivo
manage-members-reason-placeholder = Motivo (opcional)
manage-members-ban = Banir
manage-banned-title = Banidos
manage-banned-lift = Remover o banimento

## The member list

manage-list-title = Membros
manage-list-you-hidden = Você está oculto na lista pública de membros.
manage-list-you-shown = Você aparece na lista de membros.
manage-list-show-me = Mostrar-me
manage-list-hide-me = Ocultar-me
manage-list-in-archive = Seu nome e sua presença são incluídos quando a organização baixa o arquivo do grupo.
manage-list-not-in-archive = O arquivo do grupo conta você, mas não cita seu nome.
manage-list-leave-archive = Deixar meu nome fora do arquivo
manage-list-join-archive = Incluir meu nome no arquivo

## Writing to members

manage-compose-title = Escrever para os membros
manage-compose-hint = Membros que desativaram as mensagens da organização não a recebem. Um grupo pode enviar 5 mensagens por dia.
manage-compose-preview-title = Prévia
manage-compose-preview-to = { $count ->
    [one] Para { $count } pessoa
   *[other] Para { $count } pessoas
}
manage-compose-preview-to-about = { $count ->
    [one] Para { $count } pessoa, sobre { $event }
   *[other] Para { $count } pessoas, sobre { $event }
}
manage-compose-to = Para
manage-compose-to-all = Todos os membros
manage-compose-to-going = Quem vai a { $event } ({ $date })
manage-compose-to-waitlisted = A lista de espera de { $event } ({ $date })
manage-compose-to-not-answered = Membros que não responderam sobre { $event } ({ $date })
manage-compose-subject = Assunto
manage-compose-message = Mensagem
manage-compose-body-hint = Texto simples. Cada e-mail inclui um link para o grupo e uma forma de parar de receber estas mensagens com um clique.
manage-compose-body-hint-event = Texto simples. Cada e-mail inclui um link para o grupo e para o evento, e uma forma de parar de receber estas mensagens com um clique.
manage-compose-preview = Prévia
manage-compose-send = Enviar
manage-compose-sent = { $count ->
    [one] Sua mensagem está a caminho de { $count } pessoa.
   *[other] Sua mensagem está a caminho de { $count } pessoas.
}

## Event forms

manage-event-new-series = Nova série
manage-event-new-event = Novo evento
manage-event-schedule-series-title = Agendar uma série recorrente
manage-event-schedule-event-title = Agendar um evento
manage-event-series-intro = Informe o primeiro encontro; os outros seguem a regra abaixo, cada um um evento de verdade com suas próprias confirmações. Os encontros dos próximos 90 dias são criados agora; os seguintes, com o passar do tempo.
manage-event-fields-need-attention = Alguns campos precisam de atenção: veja as mensagens abaixo.
manage-event-schedule-series = Agendar a série
manage-event-schedule-event = Agendar o evento
manage-event-edit-title-short = Editar
manage-event-edit-title = Editar o evento
manage-event-overflow-legend = Se houver menos vagas do que as ocupadas
manage-event-seats-taken = { $count ->
    [one] { $count } vaga está ocupada agora.
   *[other] { $count } vagas estão ocupadas agora.
}
manage-event-overflow-label = Se a capacidade ficar abaixo das vagas ocupadas, mover as confirmações mais recentes para a lista de espera
manage-event-apply-to = Aplicar a
manage-event-scope-this = Somente este evento
manage-event-scope-following = Este e os próximos eventos da série
manage-event-save = Salvar o evento
manage-event-field-title = Título
manage-event-field-when = Quando
manage-event-field-starts = Início
manage-event-field-ends = Término
manage-event-field-timezone-hint = O início e o término estão neste fuso.
manage-event-field-where = Onde
manage-event-field-venue = Local
manage-event-field-venue-hint = Deixe o local vazio para um evento somente on-line.
manage-event-field-address = Endereço
manage-event-field-directions = Como nos encontrar
manage-event-field-lat = Latitude (opcional)
manage-event-field-lat-hint = Para um link de mapa, ex.: 53.8008.
manage-event-field-lon = Longitude (opcional)
manage-event-field-lon-hint = ex.: -1.5491.
manage-event-field-online-url = Link on-line (opcional)
manage-event-field-online-url-hint = Visível apenas para quem vai e para a organização.
manage-event-field-rsvps = Confirmações
manage-event-field-capacity = Vagas
manage-event-field-capacity-hint = Vazio: sem limite. Convidados também ocupam vagas.
manage-event-field-guest-limit = Convidados por confirmação
manage-event-field-rsvp-opens = Confirmações abrem (horas antes do início)
manage-event-field-rsvp-opens-hint = Vazio: abertas agora.
manage-event-field-rsvp-closes = Confirmações fecham (horas antes do início)
manage-event-field-rsvp-closes-hint = Vazio: no início.
manage-event-field-rsvp-question = Pergunta para quem confirma presença (opcional)
manage-event-field-rsvp-question-hint = ex.: Alguma restrição alimentar? Só a organização vê as respostas.
manage-event-field-hosts = Anfitriões (até 5)
manage-event-field-options = Opções
manage-event-field-draft = Salvar como rascunho (só a organização o vê até ser publicado)
manage-event-field-announce-series = Anunciar cada encontro aos membros por e-mail, duas semanas antes
manage-event-field-announce = Anunciá-lo aos membros por e-mail
manage-event-field-reminders = Enviar lembretes para quem vai

## Repeating series

manage-repeat-legend = Repetição
manage-repeat-weekly = Semanal
manage-repeat-every = A cada
manage-repeat-week = semana
manage-repeat-weeks = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
manage-repeat-monthly-nth = Mensal em um dia da semana (“toda terceira quarta-feira”)
manage-repeat-which = Qual
manage-repeat-as-first-date = como na primeira data
manage-repeat-weekday = Dia da semana (semanal e mensal em um dia da semana)
manage-repeat-monthly-day = Mensal em um dia do mês
manage-repeat-day = Dia
manage-repeat-day-hint = 1–31; vazio: o dia da primeira data. Meses sem esse dia são pulados.
manage-repeat-end-count = Terminar após um número de encontros
manage-repeat-count = Encontros
manage-repeat-end-until = Terminar em uma data
manage-repeat-until = Última data
manage-repeat-weekday-mon = Segunda-feira
manage-repeat-weekday-tue = Terça-feira
manage-repeat-weekday-wed = Quarta-feira
manage-repeat-weekday-thu = Quinta-feira
manage-repeat-weekday-fri = Sexta-feira
manage-repeat-weekday-sat = Sábado
manage-repeat-weekday-sun = Domingo
manage-repeat-nth-1 = primeira
manage-repeat-nth-2 = segunda
manage-repeat-nth-3 = terceira
manage-repeat-nth-4 = quarta
manage-repeat-nth-minus1 = última

## Cancelling an event

manage-cancel-title-short = Cancelar
manage-cancel-title = Cancelar o evento
manage-cancel-intro = O evento continua listado, marcado como cancelado e com o seu motivo, para que os membros saibam o que aconteceu.
manage-cancel-reason = Motivo
manage-cancel-scope-following = Este e os próximos eventos (a série termina)
manage-cancel-keep = Manter

## Attendees

manage-attendees-title = Participantes
manage-attendees-csv = Baixar CSV
manage-attendees-write = Escrever para os participantes
manage-attendees-question = Pergunta feita: “{ $question }”
manage-attendees-seats-of = { $taken } de { $capacity } vagas ocupadas (convidados incluídos).
manage-attendees-seats-no-limit = { $taken ->
    [one] { $taken } vaga ocupada (convidados incluídos); sem limite.
   *[other] { $taken } vagas ocupadas (convidados incluídos); sem limite.
}
manage-attendees-going = Vão ({ $count })
manage-attendees-going-none = Ninguém ainda.
manage-attendees-guests = Convidados
manage-attendees-answer = Resposta
manage-attendees-came = Compareceu
manage-attendees-no-show = Faltou
manage-attendees-no-shows = Faltas
manage-attendees-move-to = Mover para
manage-attendees-waitlist = Lista de espera ({ $count })
manage-attendees-waitlist-none = Ninguém está esperando.
manage-attendees-waitlist-hint = Em ordem: a primeira pessoa que couber fica com a próxima vaga livre.
manage-attendees-not-going = Não vão ({ $count })
manage-attendees-not-going-none = Ninguém disse não.
manage-attendees-add-title = Adicionar um membro
manage-attendees-add-none = Todos os membros já responderam.
manage-attendees-add-member = Membro
manage-attendees-add-as = Como
manage-attendees-status-going = Vai
manage-attendees-status-waitlisted = Na lista de espera
manage-attendees-status-not-going = Não vai
manage-attendees-add = Adicionar

## Check-in

manage-checkin-title = Check-in
manage-checkin-count = { $here } de { $count } presentes
manage-checkin-none = Ninguém confirmou presença ainda.
manage-checkin-guests = { $count ->
    [one] +{ $count } convidado
   *[other] +{ $count } convidados
}
manage-checkin-here = Presente
manage-checkin-no-show = Faltou
manage-checkin-not-checked-in = Sem check-in
manage-checkin-undo = Desfazer
manage-checkin-undo-for = { " " }para { $name }
manage-checkin-for = : { $name }

## A series' page

manage-series-title = Uma série recorrente
manage-series-times-in = Os horários estão em { $zone }.
manage-series-ended = Encerrada
manage-series-upcoming = Próximos
manage-series-upcoming-none = Nenhum encontro futuro nesta série.
manage-series-hint = Os encontros aparecem aqui com até 90 dias de antecedência.
manage-series-past = Anteriores

## Deleting a group

manage-delete-group-title = Excluir { $name }
manage-delete-keep-history = <strong>Guarde o histórico primeiro:</strong> <a href="/g/{ $slug }/settings/export" download>baixe o arquivo do grupo</a> (eventos, palestras, um calendário e uma cópia das páginas), para guardar ou levar para outro lugar.
manage-delete-intro = O grupo desaparece do site para todos. Um administrador de { $instance } pode restaurá-lo, com seus eventos, por 30 dias. Digite o nome do grupo e sua senha para confirmar.
manage-delete-confirm-name = Nome do grupo
manage-delete-password = Sua senha

## Audit log

manage-audit-title = Registro de auditoria
manage-audit-empty = Nada ainda.
manage-audit-when = Quando (UTC)
manage-audit-who = Quem
manage-audit-what = O quê
manage-audit-whom = Com quem
manage-audit-details = Detalhes

## Conduct reports

manage-reports-title-short = Denúncias
manage-reports-title = Denúncias sobre o código de conduta
manage-reports-intro = Visível só para a organização que faz a moderação. Denúncias sobre você são mostradas aos outros, não a você.
manage-reports-none = Nenhuma denúncia.
manage-reports-from = de { $name }
manage-reports-about = sobre { $name }
manage-reports-about-organizer = sobre { $name } (da organização)
manage-reports-former-member = um ex-membro
manage-reports-not-named = não identificado
manage-reports-status-open = aberta
manage-reports-status-handled = resolvida
manage-reports-mark-handled = Marcar como resolvida

## Adopting a group

manage-adopt-title = Adotar { $name }
manage-adopt-waiting-admin = Seu pedido está aguardando a aprovação de um administrador de { $instance }.
manage-adopt-waiting-organizers = Seu pedido está aguardando a organização do grupo, que pode recusá-lo até { $date }. Depois disso, um administrador de { $instance } decide.
manage-adopt-withdraw = Retirar meu pedido
manage-adopt-refused = A organização recusou seu último pedido.
manage-adopt-refused-reason = A organização recusou seu último pedido: { $reason }.
manage-adopt-ask-again = Você pode pedir de novo a partir de { $date }, ou antes, se a recusa for retirada.
manage-adopt-declined = Seu último pedido foi negado.
manage-adopt-declined-reason = Seu último pedido foi negado: { $reason }.
manage-adopt-approved = Seu pedido foi aprovado: agora você organiza este grupo.
manage-adopt-intro = Este grupo ficou inativo, ou ninguém o organiza neste site ainda. Você pode pedir para assumi-lo e passar a fazer parte da organização. A organização atual, se houver, recebe um e-mail e pode recusar; depois disso, um administrador de { $instance } decide. Tudo o que o grupo fez continua como está.
manage-adopt-message = Quem é você e o que planeja para o grupo?
manage-adopt-message-hint = A organização e os administradores vão ler isto.
manage-adopt-ask = Pedir para adotar este grupo
manage-adopt-active = Este grupo está ativo, então não pode ser adotado. Participe dele ou fale com a organização.
manage-adoption-requests-title = Pedidos para adotar { $name }
manage-adoption-requests-intro = Algumas pessoas pediram para assumir este grupo porque ele ficou inativo. Se você ainda o organiza, recuse antes da data indicada; depois disso, um administrador de { $instance } pode aprovar o pedido e a pessoa passa a organizar o grupo junto com você.
manage-adoption-requests-none = Nenhum pedido pendente.
manage-adoption-asked-refuse-until = Pedido em { $asked } · você pode recusar até { $until }
manage-adoption-asked-refuse-over = Pedido em { $asked } · o prazo para recusar terminou
manage-adoption-refuse-reason = Por quê (opcional; enviado à pessoa)
manage-adoption-refuse = Recusar o pedido
manage-adoption-refused-title = Pedidos recusados
manage-adoption-refused-intro = Quem teve o pedido recusado não pode pedir de novo antes da data indicada. Retire a recusa para que a pessoa possa pedir agora.
manage-adoption-asked-refused = Pedido em { $asked } · recusado; pode pedir de novo a partir de { $until }
manage-adoption-lift = Retirar a recusa

## Importing a calendar

manage-import-title-short = Importar um calendário
manage-import-title = Importar um calendário antigo
manage-import-intro = Traga o histórico do grupo de um arquivo ou endereço iCalendar (.ics). Cada evento com UID se torna um evento do grupo, inclusive os passados; importar de novo os atualiza em vez de duplicá-los. Ninguém recebe e-mail.
manage-import-file = Enviar um arquivo .ics
manage-import-file-hint = UTF-8, até 5 MiB.
manage-import-url = Ou informe o endereço
manage-import-url-hint = Um endereço http:// ou https:// na internet pública.
manage-import-dry-run = Só mostrar o que aconteceria
manage-import-submit = Importar
manage-import-would-do = O que a importação faria
manage-import-did = O que a importação fez
manage-import-counts = Criados: { $created }, atualizados: { $updated }, inalterados: { $unchanged }, ignorados: { $skipped }.
manage-import-created = Criados
manage-import-updated = Atualizados
manage-import-skipped = Ignorados
manage-import-notes = Observações
manage-import-line = Linha { $line }, { $what }: { $reason }

## People imported from Meetup

manage-placeholders-title-short = Importados do Meetup
manage-placeholders-title = Importados do Meetup.com
manage-placeholders-intro = Pessoas das exportações do Meetup do grupo. Elas não têm conta aqui até reivindicarem o histórico com um link pessoal: envie você mesmo o link de cada uma (o Meetup não forneceu endereços de e-mail). Um link novo substitui o antigo.
manage-placeholders-fresh = O link de reivindicação de <strong>{ $name }</strong> (exibido uma única vez):
manage-placeholders-link-for = Link de reivindicação de { $name }
manage-placeholders-none = Ninguém importado ainda: use <code>muster import meetup-members</code>.
manage-placeholders-meetup-id = ID do Meetup
manage-placeholders-attended = Encontros frequentados
manage-placeholders-member-list = Lista de membros
manage-placeholders-status = Situação
manage-placeholders-listed = sim
manage-placeholders-attendee-lists-only = só listas de participantes
manage-placeholders-new-link = Novo link de reivindicação
manage-placeholders-link = Link de reivindicação
manage-placeholders-claimed = reivindicado
manage-placeholders-link-sent = link enviado
manage-placeholders-no-link = ainda sem link
manage-followers-title = Seguidores no fediverso
manage-followers-how = Pessoas no Mastodon, Mobilizon e outros servidores seguem o grupo como { $handle } e veem cada novo encontro.
manage-followers-none = Ninguém segue o grupo pelo fediverso ainda.
manage-followers-remove = Remover

# The group's numbers (the organizers' dashboard). $weekday is monday … sunday.
numbers-title = Os números do grupo
numbers-intro = Como o grupo está: membros, quem confirmou e quem veio, e quem desligou os e-mails.
numbers-csv = Baixar todos os encontros em CSV
numbers-members-now = Membros agora
numbers-no-show-rate = Taxa de ausência
numbers-new-returning = Participantes novos / recorrentes
numbers-busiest = Horário mais movimentado
numbers-members-title = Membros ao longo do tempo
numbers-members-caption = Membros atuais que já tinham entrado ao fim de cada mês.
numbers-month = Mês
numbers-members = Membros
numbers-events-title = Encontros recentes
numbers-events-caption = Quem confirmou, e quem foi marcado na porta como presente.
numbers-no-events = Nenhum encontro aconteceu ainda.
numbers-date = Data
numbers-meetup = Encontro
numbers-going = Confirmaram
numbers-came = Vieram
numbers-no-shows = Ausências
numbers-new = Primeira vez
numbers-weekdays-title = Por dia da semana
numbers-weekdays-caption = Média de participantes pelo dia da semana do encontro, no seu fuso horário.
numbers-weekday-column = Dia
numbers-meetups = Encontros
numbers-average-going = Média de confirmações
numbers-email-title = E-mails desligados
numbers-off-announcements = Membros sem anúncios de novos encontros
numbers-off-reminders = Membros sem lembretes
numbers-off-messages = Membros sem mensagens da organização
numbers-off-all = Membros que desligaram todo e-mail exceto o de segurança da conta
numbers-no-check-ins = Ainda sem check-in
numbers-not-yet = Ainda não se sabe
numbers-percent = { $value }%
numbers-weekday = { $weekday ->
    [monday] segunda-feira
    [tuesday] terça-feira
    [wednesday] quarta-feira
    [thursday] quinta-feira
    [friday] sexta-feira
    [saturday] sábado
   *[sunday] domingo
}
numbers-busiest-at = { $weekday ->
    [monday] segunda-feira
    [tuesday] terça-feira
    [wednesday] quarta-feira
    [thursday] quinta-feira
    [friday] sexta-feira
    [saturday] sábado
   *[sunday] domingo
} às { $time }

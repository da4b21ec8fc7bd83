# A página pública de um evento: cabeçalho, quadro de presença, data e local, programação e
# comentários; o cabeçalho comum das páginas de organização e o editor da programação.
event-meta-description = { $title }: { $when }, com { $group }.
event-breadcrumb-label = Trilha de navegação
event-breadcrumb-events = Eventos
event-when-mine = No seu fuso horário ({ $zone }): { $when }
event-cancel-why = Motivo:
event-moved-from = Remarcado; antes era em { $when }.
event-announce-planned = Os membros serão avisados por e-mail em { $when }.

## Ferramentas de organização
event-tools-label = Ferramentas de organização
event-tool-page = Página do evento
event-tool-edit = Editar
event-tool-attendees = Participantes
event-tool-write = Escrever aos participantes
event-tool-checkin = Check-in
event-tool-agenda = Programação
event-publish = Publicar
event-delete-draft = Excluir o rascunho
event-rsvps-reopen = Reabrir confirmações
event-rsvps-close = Encerrar confirmações
event-announce = Anunciar aos membros
event-announce-now = Anunciar agora
event-cancel = Cancelar o evento

## O quadro de presença
event-details-label = Detalhes do evento
event-cancelled-title = Este evento foi cancelado
event-cancelled-nobody = Ninguém é esperado e não há nada a responder.
event-cancelled-had-said = { $count ->
    [one] { $count } pessoa havia confirmado presença.
   *[other] { $count } pessoas haviam confirmado presença.
}
event-cancelled-kept = Sua resposta fica guardada para registro.
event-rsvp-title = Você vai?
event-count-going = { $count ->
    [one] <strong>{ $count }</strong> confirmado
   *[other] <strong>{ $count }</strong> confirmados
}
event-count-went = { $count ->
    [one] <strong>{ $count }</strong> compareceu
   *[other] <strong>{ $count }</strong> compareceram
}
event-count-waiting = <strong>{ $count }</strong> na lista de espera
event-seats-taken = { $taken } de { $capacity } vagas ocupadas
event-full-yours = Todas as vagas estão ocupadas, inclusive a sua.
event-full-waiting-at = Todas as vagas estão ocupadas; você é o nº { $position } na lista de espera.
event-full-waiting = Todas as vagas estão ocupadas; você está na lista de espera.
event-rsvp-login = Entre para confirmar presença
event-rsvp-verify = Confirme seu endereço de e-mail para confirmar presença: siga o link que enviamos para você.
event-rsvp-pending = Seu pedido para entrar em { $group } está aguardando os organizadores. Quando você for membro, poderá confirmar presença.
event-rsvp-invite = Este grupo aceita novos membros apenas por convite. Membros podem confirmar presença.
event-rsvp-join = Entre no grupo para confirmar presença
event-rsvp-conduct = O código de conduta do grupo mudou. <a href="/g/{ $slug }/conduct">Leia e aceite o código de conduta</a> para confirmar presença.
event-rsvp-guests = Convidados que vão com você
event-rsvp-answer-hint = Só os organizadores veem sua resposta.
event-rsvp-no = Não, não posso ir
event-rsvp-no-after-all = No fim, não vou poder ir

## Data e local
event-when-where = Data e local
event-times-in = Os horários estão no fuso { $zone }.
event-series = Parte de uma série recorrente
event-directions-label = Como chegar:
event-map = Mapa (OpenStreetMap)
event-online = On-line:
event-online-hidden = Também on-line: o link aparece para quem confirmou presença.
event-calendar-title = Adicionar à agenda
event-calendar-ics = Baixar (.ics)
event-calendar-google = Google Agenda
event-calendar-outlook = Outlook.com
event-hosts = Anfitriões
event-going-title = Quem vai
event-going-people = { $count ->
    [one] { $count } pessoa
   *[other] { $count } pessoas
}
event-going-others = { $count ->
    [one] e mais { $count } pessoa
   *[other] e mais { $count } pessoas
}

## Descrição, programação, comentários
event-about = Sobre este evento
event-agenda = Programação
event-talk-lightning = Palestra relâmpago
event-talk-standby = Reserva
event-talk-slides = Slides
event-talk-video = Vídeo
event-comments = Comentários
event-comments-none = Nenhum comentário ainda.
event-comment-remove = Remover
event-comment-add = Adicionar um comentário
event-comment-post = Publicar o comentário
event-comment-login = <a href="{ $href }">Entre</a> para participar da conversa.
event-comment-members = Membros podem comentar.
event-comment-former-member = Um ex-membro
event-comment-removed-author = Removido pelo autor.
event-comment-removed-organizer = Removido por um organizador.

## O editor da programação
event-talks-none = Nenhuma palestra ainda. Adicione a primeira abaixo.
event-talks-lightning = Relâmpago
event-talks-up = Subir
event-talks-down = Descer
event-talks-edit = Editar
event-talks-delete = Excluir
event-talks-add-title = Adicionar uma palestra
event-talks-edit-title = Editar a palestra
event-talks-field-title = Título
event-talks-field-speaker = Palestrante
event-talks-field-speaker-hint = Como aparece na programação.
event-talks-field-account = Conta do palestrante (opcional)
event-talks-field-account-none = Não é membro ou não está vinculada
event-talks-field-abstract = Resumo
event-talks-field-abstract-hint = Markdown.
event-talks-field-slides = Slides (link)
event-talks-field-video = Vídeo (link)
event-talks-field-lightning = Palestra relâmpago
event-talks-field-standby = Reserva (entra se alguém desistir)
event-talks-add = Adicionar a palestra
event-talks-save = Salvar a palestra
event-talks-back = Voltar à programação

## Sua resposta, no quadro de presença
event-mine-had-going = Você havia confirmado presença.
event-mine-had-waiting = Você estava na lista de espera.
event-mine-had-not-going = Você havia dito que não poderia ir.
event-mine-going = Você vai.
event-mine-going-guests = { $count ->
    [one] Você vai, com { $count } convidado.
   *[other] Você vai, com { $count } convidados.
}
event-mine-waiting-at = Você é o nº { $position } na lista de espera.
event-mine-waiting = Você está na lista de espera.
event-mine-not-going = Você não vai.
event-rsvp-update = Alterar minha resposta
event-rsvp-join-waitlist = Entrar na lista de espera
event-rsvp-yes = Sim, eu vou
event-comment-when = { $date }, { $time } { $zone }
event-going-members-see = Os membros do grupo veem quem vai.

photos-title = Fotos
photos-none = Ainda não há fotos.
photos-none-yet = Ainda não há fotos. Você estava lá? Adicione as suas.
photos-all = { $count ->
    [one] Ver a foto ou adicionar as suas
   *[other] Ver as { $count } fotos ou adicionar as suas
}
photos-add-link = Adicionar fotos
photos-add-title = Adicione suas fotos
photos-caption = Legenda (opcional, para todas as fotos deste envio)
photos-caption-hint = Uma linha, até 200 caracteres. Ela também descreve as fotos para quem não pode vê-las.
photos-files = Fotos
photos-files-hint = JPEG, PNG ou WebP, até 20 MiB cada, { $count } por vez. Localização e dados da câmera são removidos.
photos-upload = Adicionar fotos
photos-login = Entre para adicionar suas fotos
photos-alt = Foto de { $event }
photos-by = por { $name }
photos-remove = Remover
photos-report = Denunciar
photos-report-reason = Qual é o problema com esta foto?
photos-report-send = Enviar denúncia
photos-added-count = { $count ->
    [one] 1 foto adicionada.
   *[other] { $count } fotos adicionadas.
}
photos-refused-count = { $count ->
    [one] 1 arquivo não foi adicionado:
   *[other] { $count } arquivos não foram adicionados:
}
photos-recent-title = Fotos recentes
photos-recent-alt = Uma foto de um encontro do grupo
photos-storage-title = Armazenamento
photos-storage-used = { $count } fotos ocupam { $used } MiB dos { $quota } MiB do grupo.
photos-storage-hint = Cada foto é guardada com até 2048 px e uma miniatura. Quando o armazenamento enche, novas fotos são recusadas até que algumas sejam removidas.
photos-reported-title = Fotos denunciadas
photos-reported-none = Ninguém denunciou uma foto.
photos-reported-reasons = { $count ->
    [one] 1 denúncia
   *[other] { $count } denúncias
}
photos-keep = Manter a foto

## What is on near a place (/events)
events-near-title = O que rola perto de você
events-near-when = Quando
events-near-days = { $count ->
    [one] O próximo dia
   *[other] Os próximos { $count } dias
}
events-near-count-place = { $count ->
    [one] Um meetup a até { $km } km de { $place }.
   *[other] { $count } meetups a até { $km } km de { $place }.
}
events-near-count = { $count ->
    [one] Um meetup a até { $km } km.
   *[other] { $count } meetups a até { $km } km.
}
events-near-empty = Ainda não há nada planejado por perto. Tente um raio maior ou mais dias.
events-near-ask = Digite uma cidade ou coordenadas para ver os que estão por perto.
events-near-count-anywhere = { $count ->
    [one] Um meetup por vir.
   *[other] { $count } meetups por vir.
}

# Error messages of pages and the API (their `message` and per-field messages). Code writes
# them in English; a response shows this catalogue's message whose English text matches.

error-there-is-nothing-here-the-address = Não há nada aqui. O endereço pode ter sido digitado errado, ou a página foi removida.
error-some-fields-need-attention = Alguns campos precisam de atenção.
error-please-log-in-to-do-that = Entre na sua conta para fazer isso.
error-only-instance-administrators-can-do-that = Só os administradores da instância podem fazer isso.
error-too-many-attempts-please-wait-a = Muitas tentativas. Aguarde um pouco e tente novamente.
error-something-went-wrong-on-our-side = Algo deu errado do nosso lado. O erro foi registrado; tente novamente.
error-the-database-is-not-reachable-right = O banco de dados não está acessível no momento. Tente novamente daqui a pouco.
error-the-database-is-not-reachable = O banco de dados não está acessível.
error-cross-site-requests-are-not-allowed = Solicitações entre sites não são permitidas.
error-api-calls-authenticated-by-the-session = Chamadas à API autenticadas pelo cookie de sessão devem enviar Content-Type: application/json (ou um tipo de imagem ou text/calendar, para uploads).
error-this-form-has-expired-or-did = Este formulário expirou ou não veio deste site. Volte, recarregue a página e tente novamente.
error-the-form-could-not-be-read = Não foi possível ler o formulário.
error-please-confirm-your-email-address-first = Primeiro, confirme seu endereço de e-mail: use o link que enviamos para você.
error-the-form-is-too-large = O formulário é grande demais.
error-send-the-form-as-application-x = Envie o formulário como application/x-www-form-urlencoded.
error-the-request-body-could-not-be = Não foi possível ler o corpo da solicitação.
error-send-a-json-body-with-content = Envie um corpo JSON com Content-Type: application/json.
error-the-body-is-not-valid-json = O corpo não é um JSON válido.
error-the-upload-could-not-be-read = Não foi possível ler o arquivo enviado.
error-the-calendar-is-larger-than-5 = O calendário tem mais de 5 MiB.
error-move-up-or-down = Só é possível mover para cima ou para baixo.
error-when-is-upcoming-or-past = when deve ser upcoming ou past.
error-unknown-role = Função desconhecida.
error-sort-is-relevance-distance-or-next = sort deve ser relevance, distance ou next_event.
error-enter-a-number-like-53-8008 = Digite um número como 53.8008.
error-this-claim-link-is-not-valid = Este link para recuperar o histórico não é válido: ele já foi usado, foi substituído por um mais recente ou nunca existiu. Peça um novo link aos organizadores do grupo.
error-you-cannot-take-part-in-this = Você não pode participar deste grupo.
error-this-person-has-claimed-their-history = Esta pessoa já recuperou o próprio histórico.
error-only-published-events-that-have-not = Só eventos publicados que ainda não começaram podem ser anunciados.
error-this-event-was-announced-already-members = Este evento já foi anunciado; os membros são avisados uma única vez.
error-an-agenda-can-have-at-most = Uma programação pode ter no máximo 50 palestras.
error-speakers-are-given-by-member-id = Os palestrantes são indicados pelo ID de membro.
error-there-are-no-free-seats-left = Não há mais vagas disponíveis.
error-that-rsvp-changed-meanwhile-reload-the = Essa confirmação de presença mudou nesse meio-tempo. Recarregue a página e tente novamente.
error-rsvps-can-only-be-managed-for = As confirmações de presença só podem ser gerenciadas em eventos publicados.
error-attendance-is-recorded-for-published-events = A presença só é registrada em eventos publicados.
error-this-event-was-cancelled-it-can = Este evento foi cancelado; ele não pode mais ser editado.
error-only-drafts-can-be-published-this = Só rascunhos podem ser publicados; este evento já está publicado ou cancelado.
error-this-event-is-not-a-draft = Este evento não é um rascunho.
error-this-event-is-already-cancelled = Este evento já está cancelado.
error-drafts-are-deleted-not-cancelled = Rascunhos são excluídos, não cancelados.
error-this-event-is-over-it-can = Este evento já terminou; ele não pode mais ser cancelado.
error-published-events-are-cancelled-not-deleted = Eventos publicados são cancelados, não excluídos, para que os membros possam ver o que aconteceu.
error-only-the-author-or-the-group = Só quem escreveu o comentário ou os organizadores do grupo podem removê-lo.
error-the-calendar-could-not-be-fetched = Não foi possível obter o calendário.
error-your-email-address-is-already-confirmed = Seu endereço de e-mail já está confirmado.
error-that-address-now-belongs-to-another = Esse endereço agora pertence a outra conta, por isso não pode ser seu.
error-that-is-already-your-email-address = Esse já é o seu endereço de e-mail.
error-the-email-address-or-password-is = O endereço de e-mail ou a senha está incorreto.
error-the-instance-was-set-up-meanwhile = A instância foi configurada nesse meio-tempo, ou esse endereço de e-mail já está em uso.
error-you-have-already-asked-to-adopt = Você já pediu para assumir este grupo; sua solicitação está aguardando análise.
error-you-have-no-pending-request-to = Você não tem nenhuma solicitação pendente para assumir este grupo.
error-there-is-no-refusal-of-this = Não há nenhuma recusa em vigor desta solicitação para revogar.
error-the-person-who-asked-has-deleted = A pessoa que fez a solicitação excluiu a conta.
error-the-person-who-asked-is-banned = A pessoa que fez a solicitação foi banida deste grupo.
error-this-request-is-no-longer-pending = Esta solicitação não está mais pendente: ela acabou de ser decidida ou retirada.
error-that-group-is-not-deleted = Esse grupo não foi excluído.
error-you-are-the-group-s-only = Você é o único organizador do grupo. Primeiro, torne outra pessoa organizadora.
error-use-leave-the-group-to-leave = Use “Sair do grupo” para sair por conta própria.
error-a-group-always-keeps-at-least = Um grupo sempre mantém pelo menos um organizador.
error-that-membership-changed-meanwhile-reload-the = Essa participação no grupo mudou nesse meio-tempo. Recarregue a página e tente novamente.
error-only-active-members-can-have-a = Só membros ativos podem ter uma função.
error-choose-another-member = Escolha outro membro.
error-only-active-members-can-take-the = Só membros ativos podem assumir o grupo.
error-this-group-takes-new-members-by = Este grupo só aceita novos membros por convite. Peça a um organizador para convidar você.
error-you-are-not-a-member-of = Você não é membro deste grupo.
error-only-the-group-s-organizers-can = Só os organizadores do grupo podem fazer isso.
error-you-already-organize-this-group-so = Você já organiza este grupo, então não há nada para assumir.
error-give-both-latitude-and-longitude-or = Informe a latitude e a longitude, ou nenhuma das duas.
error-this-invitation-has-already-been-used = Este convite já foi usado.
error-this-invitation-link-is-not-valid = Este link de convite não é válido. Peça um novo aos organizadores.
error-this-invitation-has-expired-ask-the = Este convite expirou. Peça um novo aos organizadores.
error-you-have-no-calendar-feed-link = Você não tem um link de feed de calendário. Crie um primeiro.
error-enter-your-email-address = Digite seu endereço de e-mail.
error-that-email-address-is-too-long = Esse endereço de e-mail é longo demais.
error-enter-the-name-people-will-see = Digite o nome que as pessoas vão ver.
error-the-bio-cannot-contain-control-characters = A bio não pode conter caracteres de controle.
error-choose-a-time-zone-from-the = Escolha um fuso horário da lista (um nome IANA como Europe/Berlin).
error-token-names-cannot-contain-control-characters = Nomes de token não podem conter caracteres de controle.
error-name-the-token-e-g-calendar = Dê um nome ao token, por exemplo, “script de calendário”.
error-that-address-is-reserved-choose-another = Esse endereço está reservado. Escolha outro.
error-enter-a-web-address-like-https = Digite um endereço web como https://example.org.
error-only-http-and-https-addresses-are = Só são permitidos endereços http:// e https://.
error-latitude-is-between-90-and-90 = A latitude deve estar entre -90 e 90.
error-longitude-is-between-180-and-180 = A longitude deve estar entre -180 e 180.
error-choose-public-or-private = Escolha “público” ou “privado”.
error-choose-open-approval-or-invite = Escolha “aberto”, “com aprovação” ou “só por convite”.
error-there-are-more-answers-than-questions = Há mais respostas do que perguntas.
error-capacity-is-too-large = A capacidade é grande demais.
error-too-many-guests = Convidados demais.
error-guests-cannot-be-negative = O número de convidados não pode ser negativo.
error-enter-a-date-and-time = Informe uma data e um horário.
error-enter-a-date-and-time-like = Informe uma data e um horário como 2026-12-16T18:30 (ou no formato RFC 3339 com deslocamento de fuso horário).
error-the-end-must-be-after-the = O término deve ser depois do início.
error-an-event-can-last-at-most = Um evento pode durar no máximo 14 dias.
error-the-start-must-be-in-the = O início deve ser no futuro.
error-rsvps-must-open-before-the-event = As confirmações de presença devem abrir antes do início do evento.
error-rsvps-close-when-the-event-starts = As confirmações de presença fecham, no máximo, quando o evento começa.
error-rsvps-must-close-after-they-open = As confirmações de presença devem fechar depois de abrir.
error-hosts-are-given-by-member-id = Os anfitriões são indicados pelo ID de membro.
error-an-event-can-show-at-most = Um evento pode exibir no máximo 5 anfitriões.
error-enter-a-valid-email-address = Digite um endereço de e-mail válido.
error-a-second-message-is-ignored = uma segunda mensagem é ignorada
error-too-short = Curto demais.
error-choose-a-day-of-the-month = Escolha um dia do mês de 1 a 31.
error-choose-an-end-date-between-the = Escolha uma data de término entre os anos 1 e 9999.
error-choose-a-first-date-between-the = Escolha uma primeira data entre os anos 1 e 9999.
error-the-series-reaches-dates-that-cannot = A série chega a datas que não podem ser representadas.
error-the-repeat-rule-needs-a-freq = A regra de repetição precisa de um FREQ.
error-a-weekly-repeat-rule-cannot-have = Uma regra de repetição semanal não pode ter BYMONTHDAY.
error-interval-must-be-a-number-of = INTERVAL deve ser um número de semanas de 1 a 4.
error-a-weekly-repeat-rule-needs-one = Uma regra de repetição semanal precisa de um BYDAY, como BYDAY=TU.
error-byday-must-name-one-weekday-of = BYDAY deve indicar um único dia da semana do mês, como 3WE ou -1TH.
error-bymonthday-must-be-a-day-of = BYMONTHDAY deve ser um dia do mês de 1 a 31.
error-a-repeat-rule-cannot-have-both = Uma regra de repetição não pode ter COUNT e UNTIL ao mesmo tempo.
error-until-must-be-a-utc-date = UNTIL deve ser uma data e hora em UTC como 20270630T225959Z.
error-each-reminder-time-may-be-given = Cada horário de lembrete só pode ser informado uma vez.
error-choose-one-of-the-languages-muster = Escolha um dos idiomas que o Muster fala: en, de, es, fr, pt-BR, ja, zh-CN, zh-TW.
error-choose-one-of-the-languages-listed = Escolha um dos idiomas da lista.

## Mensagens com valores. O código escreve o texto em inglês com os valores no lugar; os
## placeholders abaixo os encontram de novo. Um valor de texto também chega como `$name_key`, um
## identificador para seletores (`The venue's name` → `the-venue-s-name`); veja
## docs/translating.md.

error-names-can-be-at-most = Os nomes podem ter no máximo { $max } caracteres.
error-the-bio-can-be-at-most = A bio pode ter no máximo { $max } caracteres.
error-token-names-can-be-at-most = Os nomes de token podem ter no máximo { $max } caracteres.
error-passwords-can-be-at-most = As senhas podem ter no máximo { $max } caracteres.
error-use-at-least-characters = Use pelo menos { $min } caracteres. Algumas palavras sem relação entre si formam uma senha forte.
error-field-cannot-contain-line-breaks = { $what_key ->
        [the-name] O nome
        [the-summary] O resumo
        [the-description] A descrição
        [the-city] A cidade
        [the-country] O país
        [the-code-of-conduct] O código de conduta
        [the-report] A denúncia
        [the-reason] O motivo
        [a-question] Uma pergunta
        [an-answer] Uma resposta
        [the-title] O título
        [the-venue-s-name] O nome do local
        [the-address] O endereço
        [how-to-find-us] O texto “Como nos encontrar”
        [the-question] A pergunta
        [the-answer] A resposta
        [the-talk-s-title] O título da palestra
        [the-speaker-s-name] O nome do palestrante
        [the-abstract] O resumo
        [the-comment] O comentário
       *[other] O campo “{ $what }”
    } não pode conter quebras de linha nem caracteres de controle.
error-field-cannot-contain-control = { $what_key ->
        [the-name] O nome
        [the-summary] O resumo
        [the-description] A descrição
        [the-city] A cidade
        [the-country] O país
        [the-code-of-conduct] O código de conduta
        [the-report] A denúncia
        [the-reason] O motivo
        [a-question] Uma pergunta
        [an-answer] Uma resposta
        [the-title] O título
        [the-venue-s-name] O nome do local
        [the-address] O endereço
        [how-to-find-us] O texto “Como nos encontrar”
        [the-question] A pergunta
        [the-answer] A resposta
        [the-talk-s-title] O título da palestra
        [the-speaker-s-name] O nome do palestrante
        [the-abstract] O resumo
        [the-comment] O comentário
       *[other] O campo “{ $what }”
    } não pode conter caracteres de controle.
error-field-needs-at-least = { $what_key ->
        [the-name] O nome
        [the-summary] O resumo
        [the-description] A descrição
        [the-city] A cidade
        [the-country] O país
        [the-code-of-conduct] O código de conduta
        [the-report] A denúncia
        [the-reason] O motivo
        [a-question] Uma pergunta
        [an-answer] Uma resposta
        [the-title] O título
        [the-venue-s-name] O nome do local
        [the-address] O endereço
        [how-to-find-us] O texto “Como nos encontrar”
        [the-question] A pergunta
        [the-answer] A resposta
        [the-talk-s-title] O título da palestra
        [the-speaker-s-name] O nome do palestrante
        [the-abstract] O resumo
        [the-comment] O comentário
       *[other] O campo “{ $what }”
    } precisa ter pelo menos { $min } caracteres.
error-field-can-be-at-most = { $what_key ->
        [the-name] O nome
        [the-summary] O resumo
        [the-description] A descrição
        [the-city] A cidade
        [the-country] O país
        [the-code-of-conduct] O código de conduta
        [the-report] A denúncia
        [the-reason] O motivo
        [a-question] Uma pergunta
        [an-answer] Uma resposta
        [the-title] O título
        [the-venue-s-name] O nome do local
        [the-address] O endereço
        [how-to-find-us] O texto “Como nos encontrar”
        [the-question] A pergunta
        [the-answer] A resposta
        [the-talk-s-title] O título da palestra
        [the-speaker-s-name] O nome do palestrante
        [the-abstract] O resumo
        [the-comment] O comentário
       *[other] O campo “{ $what }”
    } pode ter no máximo { $max } caracteres.
error-at-most-topics = { $max ->
        [one] No máximo { $max } tema.
       *[other] No máximo { $max } temas.
    }
error-at-most-questions = { $max ->
        [one] No máximo { $max } pergunta.
       *[other] No máximo { $max } perguntas.
    }
error-capacity-is-a-number-of-seats = A capacidade é um número de vagas de 1 a { $max }; deixe em branco para não ter limite.
error-guests-per-rsvp-is-a-number = O número de convidados por confirmação de presença deve ser de 0 a { $max }.
error-you-can-bring-at-most-guests = { $max ->
        [one] Você pode levar no máximo { $max } convidado.
       *[other] Você pode levar no máximo { $max } convidados.
    }
error-a-series-can-have-from = Uma série pode ter de 1 a { $max } encontros.
error-enter-a-number-of-meetups-from = Informe um número de encontros de 1 a { $max }.
error-the-first-date-must-be-a-weekday = A primeira data deve ser { $weekday_key ->
        [monday] uma segunda-feira
        [tuesday] uma terça-feira
        [wednesday] uma quarta-feira
        [thursday] uma quinta-feira
        [friday] uma sexta-feira
        [saturday] um sábado
        [sunday] um domingo
       *[other] { $weekday }
    }.
error-the-first-date-must-be-the-last = A primeira data deve ser { $weekday_key ->
        [monday] a última segunda-feira
        [tuesday] a última terça-feira
        [wednesday] a última quarta-feira
        [thursday] a última quinta-feira
        [friday] a última sexta-feira
        [saturday] o último sábado
        [sunday] o último domingo
       *[other] o último dia { $weekday }
    } do mês.
error-the-first-date-must-be-an-nth = A primeira data deve ser { $weekday_key ->
        [saturday] o { $nth_key ->
            [first] primeiro
            [second] segundo
            [third] terceiro
            [fourth] quarto
            [last] último
           *[other] { $nth }
        } sábado
        [sunday] o { $nth_key ->
            [first] primeiro
            [second] segundo
            [third] terceiro
            [fourth] quarto
            [last] último
           *[other] { $nth }
        } domingo
       *[other] a { $nth_key ->
            [first] primeira
            [second] segunda
            [third] terceira
            [fourth] quarta
            [last] última
           *[other] { $nth }
        } { $weekday_key ->
            [monday] segunda-feira
            [tuesday] terça-feira
            [wednesday] quarta-feira
            [thursday] quinta-feira
            [friday] sexta-feira
           *[other] { $weekday }
        }
    } do mês.
error-the-first-date-day-st = A primeira data deve cair no dia { $day } de um mês.
error-the-first-date-day-nd = A primeira data deve cair no dia { $day } de um mês.
error-the-first-date-day-rd = A primeira data deve cair no dia { $day } de um mês.
error-the-first-date-day-th = A primeira data deve cair no dia { $day } de um mês.
error-the-repeat-rule-must-be-written = A regra de repetição deve ser escrita exatamente assim: “{ $rule }”.
error-this-repeat-rule-cannot-be-used = Esta regra de repetição não pode ser usada: { $reason }
error-the-repeat-rule-could-not-be-read = Não foi possível ler a regra de repetição: “{ $part }” não é uma parte NAME=value.
error-repeat-rules-with-are-not-supported = Regras de repetição com { $name } não são suportadas: use repetição semanal, mensal em um dia da semana ou mensal em um dia do mês.
error-the-repeat-rule-names-twice = A regra de repetição indica { $name } mais de uma vez.
error-repeat-rules-with-freq = Regras de repetição com FREQ={ $freq } não são suportadas: use repetição semanal ou mensal.
error-at-most-reminders-were-given = { $max ->
        [one] No máximo { $max } lembrete
       *[other] No máximo { $max } lembretes
    }; { $given ->
        [one] foi informado { $given }.
       *[other] foram informados { $given }.
    }
error-reminders-go-out-between = Os lembretes são enviados entre 1 e { $max } horas (14 dias) antes do início; { $hours } está fora desse intervalo.
error-you-are-not-a-member-of-named = Você não é membro de “{ $group }”.
error-the-file-is-larger-than = O arquivo tem mais de { $max } MiB, o tamanho máximo de um arquivo de grupo.
error-this-is-not-a-zip-file = Este não é um arquivo ZIP ({ $reason }). Escolha o arquivo gerado pelo Muster.
error-the-zip-has-files = { $count ->
        [one] O ZIP tem { $count } arquivo; um arquivo de grupo tem bem menos.
       *[other] O ZIP tem { $count } arquivos; um arquivo de grupo tem bem menos.
    }
error-this-archive-is-version = Este arquivo de grupo é da versão { $version }; esta versão do Muster lê a versão { $supported }. Atualize o Muster ou exporte o grupo novamente.
error-the-address-is-taken-here = O endereço /g/{ $slug } já está em uso aqui. Importe o grupo com outro (--slug).
error-the-meetup-on = O encontro de { $day }: { $message }
error-this-link-has-already-been-used = Este link já foi usado. { $again }
error-this-link-has-expired = Este link expirou. { $again }
error-this-link-is-not-valid = Este link não é válido: ele pode ter sido digitado errado, ou um link mais recente o substituiu. { $again }
error-you-are-the-only-organizer-of = Você é o único organizador de { $groups }. Torne outra pessoa organizadora, ou exclua o grupo, antes de excluir sua conta.
error-keep-it-under-characters = Use menos de { $max } caracteres.
error-the-organizers-refused-your-request = Os organizadores do grupo recusaram sua solicitação. Você pode pedir de novo a partir de { $when }, ou antes, se a recusa for retirada.
error-the-time-to-refuse-ended = O prazo para recusar terminou em { $when }; agora um administrador decide.
error-this-request-was-status = Esta solicitação não está mais pendente: { $status_key ->
        [approved] ela foi aprovada.
        [refused] os organizadores a recusaram.
        [rejected] um administrador a negou.
        [withdrawn] ela foi retirada.
        [pending] ela acabou de ser decidida ou retirada.
       *[other] o status dela agora é “{ $status }”.
    }
error-the-organizers-can-refuse-until = Os organizadores do grupo podem recusar esta solicitação até { $when }. Aprove-a depois disso.
error-read-and-accept-the-conduct-version = Primeiro, leia e aceite o código de conduta atual do grupo (versão { $version }).
error-accept-version = Aceite a versão { $version }.
error-not-possible-for-membership = Isso não é possível para alguém { $status_key ->
        [active] que é membro ativo.
        [pending] cujo pedido de entrada está pendente.
        [invited] que foi apenas convidado.
        [banned] que foi banido do grupo.
       *[other] cuja participação no grupo está com o status “{ $status }”.
    }
error-only-one-seat-is-left = { $free ->
        [one] Só resta { $free } vaga
       *[other] Só restam { $free } vagas
    }: leve menos convidados ou responda de novo sem convidados.
error-only-seats-are-left = { $free ->
        [one] Só resta { $free } vaga
       *[other] Só restam { $free } vagas
    }: leve menos convidados ou responda de novo sem convidados.
error-the-address-is-too-long = O endereço é longo demais: { $size } KiB, e são lidos no máximo { $max } KiB. Envie dados longos no corpo de uma solicitação.
error-the-query-string-is-invalid = A query string não é válida: { $reason }
error-the-form-is-invalid = O formulário não é válido: { $reason }
error-the-request-body-is-larger-than = O corpo da solicitação tem mais de { $max } KiB.
error-the-body-is-not-valid-json-because = O corpo não é um JSON válido: { $reason }
error-publish-a-draft-with = Publique um rascunho com POST /api/v1/events/{ $id }/publish.

## Mensagens sem valores que o código escreve em inglês.

error-that-is-not-your-current-password = Essa não é a sua senha atual.
error-ask-for-a-new-link-in-settings = Você pode pedir um novo link nas configurações da sua conta.
error-ask-for-a-new-link-on-reset = Você pode pedir um novo link na página de redefinição de senha.
error-start-the-change-again = Você pode começar a alteração de novo nas configurações da sua conta.
error-that-is-not-the-current-setup-token = Esse não é o token de configuração atual. Copie-o do log do servidor.
error-the-zip-has-no-archive-json = O ZIP não tem archive.json: não é um arquivo de grupo do Muster.
error-only-members-of-the-group-can-be-added = Só membros do grupo podem ser adicionados.
error-hosts-must-be-members-of-the-group = Os anfitriões devem ser membros do grupo.
error-choose-this-or-following = Escolha this (este evento) ou following (este e os próximos eventos da série).
error-the-start-is-in-the-past-move = O início está no passado: remarque o evento antes de publicá-lo.
error-the-speaker-must-be-a-member = O palestrante deve ser membro do grupo (ou informe só um nome).
error-give-the-talks-ids = Informe os IDs das palestras.
error-list-every-talk-exactly-once = Liste cada palestra da programação exatamente uma vez.
error-that-person-is-not-part-of-this-group = Essa pessoa não faz parte deste grupo.
error-that-address-has-had-too-many-emails = Esse endereço recebeu e-mails demais deste site recentemente. Tente novamente mais tarde.
error-private-groups-take-members-by-invitation = Grupos privados são invisíveis para quem está de fora, por isso só aceitam novos membros por convite.
error-choose-a-language-from-the-list = Escolha um idioma da lista.
error-that-address-is-taken = Esse endereço já está em uso. Escolha outro.
error-type-the-groups-name-exactly = Digite o nome do grupo exatamente como ele é para confirmar.
error-the-image-is-larger-than-2-mib = A imagem tem mais de 2 MiB.
error-upload-a-png-jpeg-webp-or-gif = Envie uma imagem PNG, JPEG, WebP ou GIF.
error-the-image-could-not-be-read = Não foi possível ler a imagem; ela pode estar danificada ou ser grande demais (no máximo 4096 px).
error-write-a-subject-of-1-to-150 = Escreva um assunto de 1 a 150 caracteres.
error-write-a-message-of-1-to-10000 = Escreva uma mensagem de 1 a 10.000 caracteres.
error-choose-all-going-waitlisted-or-not-answered = Escolha all, going, waitlisted ou not_answered.
error-choose-the-event-this-audience-answered = Escolha o evento ao qual esses destinatários responderam.
error-enter-a-valid-email-address-like = Digite um endereço de e-mail válido, como ada@example.org.
error-names-cannot-contain-line-breaks = Os nomes não podem conter quebras de linha nem outros caracteres de controle.
error-that-password-is-one-of-the-most-common = Essa senha é uma das mais comuns e é fácil de adivinhar. Escolha outra.
error-choose-draft-published-or-cancelled = Escolha draft, published ou cancelled.
error-choose-going-waitlisted-or-not-going = Escolha going, waitlisted ou not_going.
error-answer-yes-or-no = Responda yes ou no.
error-choose-attended-no-show-or-unknown = Escolha attended, no_show ou unknown.
error-this-event-does-not-allow-guests = Este evento não permite convidados.
error-you-can-bring-at-most-1-guest = Você pode levar no máximo 1 convidado.
error-this-event-is-not-published-yet = Este evento ainda não foi publicado.
error-this-event-was-cancelled = Este evento foi cancelado.
error-this-event-has-already-started = Este evento já começou.
error-give-a-number-of-hours-from-0 = Informe um número de horas de 0 a 8760 (um ano).
error-use-3-50-lower-case-letters = Use de 3 a 50 letras minúsculas, números e hifens simples, começando com uma letra (como pyleeds ou python-berlin).
error-enter-a-web-address-up-to-500 = Digite um endereço web como https://example.org (até 500 caracteres).
error-choose-open-or-handled = Escolha open ou handled.
error-choose-to-repeat-every-week = Escolha repetir toda semana ou a cada 2, 3 ou 4 semanas.
error-choose-the-nth-weekday-of-the-month = Escolha o primeiro, segundo, terceiro, quarto ou último dia da semana do mês.
error-give-the-repeat-rules-value = Informe o valor da regra de repetição sem o “RRULE:” na frente.
error-your-email-address-is-confirmed = Seu endereço de e-mail está confirmado.
error-if-the-address-has-an-account = Se houver uma conta com esse endereço, enviamos a ele um link para escolher uma nova senha.
error-follow-the-link-to-the-new-address = Siga o link que enviamos para o novo endereço para confirmá-lo. Até lá, seu endereço continua o mesmo.
error-if-the-address-can-be-used = Se o endereço puder ser usado, enviamos um e-mail para ele. Siga o link do e-mail para confirmar seu endereço.
error-the-api-token-is-invalid = O token de API não é válido ou foi revogado.
error-this-calendar-link-does-not-exist = Este link de calendário não existe ou foi substituído. Gere um novo nas configurações da sua conta.
error-say-whether-the-feed-carries-every = Informe se o feed inclui todos os eventos dos seus grupos (true ou false).
error-choose-a-member-to-add = Escolha um membro para adicionar.
error-give-a-time-or-a-number-of-hours = Informe um horário ou um número de horas antes do início, não os dois.
error-enter-a-number-of-seats = Informe um número de vagas, ou deixe em branco para não ter limite.
error-enter-a-number-of-guests-from-0-to-10 = Informe um número de convidados de 0 a 10.
error-enter-a-whole-number-of-hours = Informe um número inteiro de horas, ou deixe em branco.
error-enter-latitude-and-longitude = Informe a latitude e a longitude como números, por exemplo 53.8008 e -1.5491.
error-choose-a-weekday = Escolha um dia da semana.
error-choose-the-nth-weekday = Escolha o primeiro, segundo, terceiro, quarto ou último dia da semana.
error-choose-how-the-series-repeats = Escolha como a série se repete.
error-enter-the-last-date-like = Informe a última data no formato 2027-06-30.
error-choose-a-number-of-guests = Escolha um número de convidados.
error-only-for-changing-capacity = Só serve para alterar a capacidade de um evento.
error-choose-refuse-or-waitlist = Escolha refuse ou waitlist.
error-series-are-published-as-created = As séries são publicadas assim que são criadas.
error-the-body-must-be-a-json-object = O corpo deve ser um objeto JSON.
error-this-field-is-required = Este campo é obrigatório.
error-this-field-is-not-recognised = Este campo não é reconhecido.
error-choose-an-image-to-upload = Escolha uma imagem para enviar.
error-use-organizer-co-organizer = Use organizer, co_organizer, assistant_organizer, event_organizer ou member.
error-the-address-and-conduct-have-endpoints = O endereço e o código de conduta têm endpoints próprios.
error-choose-an-ics-file = Escolha um arquivo .ics, ou informe o endereço do calendário.
error-enter-the-venues-name = Informe o nome do local.
error-enter-the-talks-title = Informe o título da palestra.
error-enter-the-comment = Escreva o comentário.
error-give-a-domain-name-like-spam-example = Informe um nome de domínio, como spam.example.
error-pronouns-cannot-contain-control-characters = Os pronomes não podem conter caracteres de controle.
error-pronouns-can-be-at-most = Os pronomes podem ter no máximo { $max } caracteres.
error-enter-a-fediverse-address-like = Informe um endereço do fediverso como @nome@mastodon.social, ou deixe vazio.
error-enter-a-github-user-name-like = Informe um nome de usuário do GitHub como octocat (letras, dígitos e hifens simples, até 39 caracteres), ou deixe vazio.

error-the-photo-is-larger-than-20-mib = A foto tem mais de 20 MiB.
error-upload-a-jpeg-png-or-webp-photo = Envie uma foto JPEG, PNG ou WebP.
error-the-photo-could-not-be-read = Não foi possível ler a foto; ela pode estar danificada ou ser grande demais (no máximo 50 megapixels).
error-photos-are-for-meetups-that-took-place = Fotos são para encontros que aconteceram.
error-photos-can-be-added-once-the-meetup-has-started = Fotos podem ser adicionadas quando o encontro começar.
error-only-people-who-went-can-add-photos = Só quem foi a este encontro, e seus organizadores, pode adicionar fotos.
error-write-a-caption-of-at-most-200-characters = Escreva uma legenda de no máximo 200 caracteres.
error-the-groups-photo-storage-is-full = O armazenamento de fotos do grupo está cheio ({ $used } de { $quota } MiB usados). Um organizador pode remover fotos para liberar espaço.
error-only-the-person-who-added-a-photo-can-remove-it = Só quem adicionou uma foto, ou os organizadores do grupo, pode removê-la.
error-say-what-is-wrong-with-the-photo = Diga em 1 a 1000 caracteres qual é o problema com a foto.
error-at-most-20-photos-at-once = No máximo 20 fotos por vez: adicione esta novamente.
error-choose-one-or-more-photos-to-add = Escolha uma ou mais fotos para adicionar.
error-enter-the-title = Informe o título.
error-enter-the-text = Escreva o texto.
error-organizers-start-discussions = Neste grupo, os organizadores começam as discussões; os membros respondem.
error-discussion-locked = Esta discussão está bloqueada: não aceita novas respostas.
error-only-author-edits = Só quem escreveu uma mensagem pode editá-la.
error-only-author-or-moderators-remove = Só quem escreveu uma mensagem ou os moderadores do grupo podem removê-la.
error-choose-pin-or-lock = Escolha pin, unpin, lock ou unlock.
error-radius-km-is-from-1-to = radius_km vai de 1 a 1000.
error-no-place-called-is-known-enter = Nenhum lugar chamado “{ $place }” é conhecido: digite uma cidade (Potsdam, ou Potsdam, Germany) ou uma latitude e longitude (52.40,13.07).
error-within-days-is-from-1-to = within_days vai de 1 a 366.
error-enter-a-place = Digite um lugar.

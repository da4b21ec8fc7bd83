# Every email Muster sends: subjects, plain-text parts (-txt) and HTML parts (-html).

## Shared words

email-hello-name = Olá, { $name },
email-hello = Olá,
email-label-when = Quando:
email-label-where = Onde:
email-label-title = Título:
email-label-join-online = Participar on-line:
email-label-reported-by = Denunciado por:
email-label-about = Sobre:
email-was = (antes: { $value })
email-see-event = Ver o evento
email-open-group = Abrir o grupo
email-open-event = Abrir o evento
email-review-request = Analisar a solicitação
email-open-account-settings = Abrir as configurações da conta
email-reset-my-password = Redefinir minha senha
email-or-open-link = Ou abra este link:
email-ignore-if-not-asked = Se você não pediu isso, ignore este e-mail.
email-reason = Motivo: { $reason }
email-email-settings = Configurações de e-mail
email-email-settings-txt = Configurações de e-mail: { $url }

## Footers

email-footer-account = Você recebeu este e-mail sobre a sua conta em <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>.
email-footer-organizer-txt = Você recebe isto porque organiza { $group } em { $instance } · { $url }
email-footer-organizer-html = Você recebe isto porque organiza { $group } em <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>.
email-footer-moderator-html = Você recebe isto porque modera { $group } em <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>.
email-group-footer-txt = { $group } em { $instance } · { $url }
email-group-footer-conduct-txt = Código de conduta: { $url }
email-group-footer-stop-txt = Parar de receber { $topic } de { $group } (com um clique): { $url }
email-group-footer-html = Você recebe isto como membro de { $group } em <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>. Nosso <a href="{ $conduct }" style="color:#2f5d8a;">código de conduta</a> vale em todos os eventos.
email-group-footer-stop-html = Parar de receber { $topic } de { $group }
email-topic-announcements = anúncios de novos eventos
email-topic-reminders = lembretes dos eventos em que você vai
email-topic-messages = mensagens dos organizadores

## Account

email-verify-subject = Confirme seu endereço de e-mail em { $instance }
email-verify-intro-txt = Confirme que este é o seu endereço de e-mail para poder criar grupos e confirmar presença em encontros no { $instance }:
email-verify-intro-html = Confirme que este é o seu endereço de e-mail para poder criar grupos e confirmar presença em encontros no { $instance }.
email-verify-button = Confirmar meu endereço de e-mail
email-verify-expiry-txt = O link funciona uma única vez e expira em 3 dias. Se você não se cadastrou, ignore este e-mail.
email-verify-expiry-html = Ele funciona uma única vez e expira em 3 dias. Se você não se cadastrou, ignore este e-mail.

email-reset-subject = Redefina sua senha do { $instance }
email-reset-intro-txt = Alguém — esperamos que você — pediu para redefinir a senha da sua conta no { $instance }. Escolha uma nova senha aqui:
email-reset-intro-html = Alguém — esperamos que você — pediu para redefinir a senha da sua conta no { $instance }.
email-reset-button = Escolher uma nova senha
email-reset-expiry-txt = O link funciona uma única vez e expira em 1 hora. Se você não pediu isso, ignore este e-mail: sua senha continua a mesma.
email-reset-expiry-html = Ele funciona uma única vez e expira em 1 hora. Se você não pediu isso, ignore este e-mail: sua senha continua a mesma.

email-reset-unknown-subject = Pedido de redefinição de senha no { $instance }
email-reset-unknown-intro = Alguém pediu para redefinir a senha de uma conta do { $instance } para este endereço de e-mail, mas não existe nenhuma conta com este endereço.
email-reset-unknown-signup = Se foi você, talvez tenha se cadastrado com outro endereço. Você também pode criar uma conta:
email-reset-unknown-button = Cadastrar-se

email-signup-existing-subject = Você já tem uma conta no { $instance }
email-signup-existing-intro = Alguém tentou se cadastrar no { $instance } com este endereço de e-mail, mas você já tem uma conta. Se foi você, entre — ou, se esqueceu sua senha, redefina-a:
email-signup-existing-not-you = Se não foi você, ignore este e-mail. Nada mudou.

email-confirm-change-subject = Confirme seu novo endereço de e-mail no { $instance }
email-confirm-change-intro-txt = Confirme que { $email } deve se tornar o endereço de e-mail da sua conta no { $instance }:
email-confirm-change-intro-html = Confirme que { $email } deve se tornar o endereço de e-mail da sua conta no { $instance }.
email-confirm-change-button = Confirmar o novo endereço
email-confirm-change-expiry-txt = O link funciona uma única vez e expira em 1 dia. Até você confirmar, sua conta mantém o endereço atual.
email-confirm-change-expiry-html = Ele funciona uma única vez e expira em 1 dia. Até você confirmar, sua conta mantém o endereço atual.

email-change-requested-subject = O endereço de e-mail da sua conta no { $instance } está sendo alterado
email-change-requested-intro-txt = Alguém pediu para alterar o endereço de e-mail da sua conta no { $instance } para { $email }. A alteração só acontece quando o novo endereço for confirmado.
email-change-requested-intro-html = Alguém pediu para alterar o endereço de e-mail da sua conta no { $instance } para <strong>{ $email }</strong>. A alteração só acontece quando o novo endereço for confirmado.
email-change-requested-not-you = Se não foi você, altere sua senha agora e verifique as configurações da sua conta:

email-password-changed-subject = Sua senha do { $instance } foi alterada
email-password-changed-intro = A senha da sua conta no { $instance } acabou de ser alterada, e todos os dispositivos foram desconectados.
email-password-changed-not-you-txt = Se não foi você, redefina sua senha imediatamente: { $url }/account/reset
email-password-changed-not-you-html = Se não foi você, redefina sua senha imediatamente:

email-address-in-use-subject = Este endereço já tem uma conta no { $instance }
email-address-in-use-intro = Alguém pediu para mudar outra conta do { $instance } para este endereço de e-mail. Este endereço já tem uma conta, então nada mudou.
email-address-in-use-reset = Se você esqueceu a senha da sua conta, pode redefini-la:

## Groups

email-invitation-subject = Você foi convidado para participar de { $group }
email-invitation-intro-txt = { $inviter } convida você para participar de { $group } no { $instance }. Aceite o convite aqui (entre ou cadastre-se antes, se precisar):
email-invitation-intro-html = { $inviter } convida você para participar de <strong>{ $group }</strong> no { $instance }.
email-invitation-button = Aceitar o convite
email-invitation-expiry = O link funciona uma única vez e expira em 14 dias. Se você não quiser participar, ignore este e-mail.

email-membership-approved-subject = Boas-vindas a { $group }
email-membership-approved-txt = Seu pedido para participar de { $group } foi aprovado. Boas-vindas! Veja o que vem por aí:
email-membership-approved-html = Seu pedido para participar de <strong>{ $group }</strong> foi aprovado. Boas-vindas!
email-membership-approved-button = Ver o que vem por aí

email-conduct-subject = Uma denúncia de conduta em { $group }
email-conduct-intro-txt = Um problema de conduta foi denunciado aos organizadores de { $group }.
email-conduct-intro-html = Um problema de conduta foi denunciado aos organizadores de <strong>{ $group }</strong>.
email-conduct-private-txt = As denúncias são privadas para os organizadores (e, quando uma denúncia envolve um organizador, para os administradores da instância). Acompanhe e marque como resolvida aqui:
email-conduct-private-html = As denúncias são privadas para os organizadores (e, quando uma denúncia envolve um organizador, para os administradores da instância).
email-conduct-button = Abrir as denúncias

email-join-request-subject = { $requester } pediu para participar de { $group }
email-join-request-txt = { $requester } pediu para participar de { $group }. Aprove ou recuse o pedido aqui:
email-join-request-html = <strong>{ $requester }</strong> pediu para participar de <strong>{ $group }</strong>.

email-adoption-requested-subject = { $requester } pediu para adotar { $group }
email-adoption-requested-intro-txt = { $requester } pediu para adotar { $group }, que está há muito tempo sem eventos, e se tornar um dos organizadores.
email-adoption-requested-intro-html = <strong>{ $requester }</strong> pediu para adotar <strong>{ $group }</strong>, que está há muito tempo sem eventos, e se tornar um dos organizadores.
email-adoption-their-message = A mensagem:
email-adoption-requested-refuse-txt = Se você ainda cuida do grupo e não quer isso, recuse o pedido antes de { $date }:
email-adoption-requested-after-txt = Depois dessa data, um administrador do { $instance } pode aprová-lo. Você continua como organizador de qualquer forma.
email-adoption-requested-refuse-html = Se você ainda cuida do grupo e não quer isso, recuse o pedido antes de <strong>{ $date }</strong>. Depois dessa data, um administrador do { $instance } pode aprová-lo. Você continua como organizador de qualquer forma.

email-adoption-approved-subject = Agora você organiza { $group }
email-adoption-declined-subject = Seu pedido para adotar { $group } foi recusado
email-adoption-approved-txt = Seu pedido para adotar { $group } foi aprovado. Agora você é um dos organizadores: boas-vindas a bordo!
email-adoption-approved-html = Seu pedido para adotar <strong>{ $group }</strong> foi aprovado. Agora você é um dos organizadores: boas-vindas a bordo!
email-adoption-refused-txt = Os organizadores de { $group } recusaram seu pedido de adoção: eles continuam cuidando do grupo.
email-adoption-refused-html = Os organizadores de <strong>{ $group }</strong> recusaram seu pedido de adoção: eles continuam cuidando do grupo.
email-adoption-rejected-txt = Seu pedido para adotar { $group } foi recusado por um administrador do { $instance }.
email-adoption-rejected-html = Seu pedido para adotar <strong>{ $group }</strong> foi recusado por um administrador do { $instance }.

email-co-organizer-subject = { $adopter } agora organiza { $group } com você
email-co-organizer-txt = { $adopter } pediu para adotar { $group }, ninguém recusou antes do prazo, e um administrador do { $instance } aprovou o pedido. { $adopter } agora é um dos organizadores do grupo, com você. Você continua como organizador; as configurações do grupo mostram todas as pessoas que cuidam dele:
email-co-organizer-html = { $adopter } pediu para adotar <strong>{ $group }</strong>, ninguém recusou antes do prazo, e um administrador do { $instance } aprovou o pedido. { $adopter } agora é um dos organizadores do grupo, com você. Você continua como organizador; as configurações do grupo mostram todas as pessoas que cuidam dele.
email-co-organizer-button = Abrir as configurações do grupo

email-organizer-wrote-txt = { $sender }, organizador de { $group }, escreveu:
email-organizer-wrote-about-txt = { $sender }, organizador de { $group }, escreveu sobre { $event }:
email-organizer-wrote-html = { $sender }, organizador de <strong>{ $group }</strong>, escreveu:
email-organizer-wrote-about-html = { $sender }, organizador de <strong>{ $group }</strong>, escreveu sobre <strong>{ $event }</strong>:

## Events

email-promoted-subject = Você conseguiu uma vaga: { $event }
email-promoted-intro-txt = Boa notícia: uma vaga foi liberada e agora você vai a { $event } ({ $group }).
email-promoted-intro-html = Boa notícia: uma vaga foi liberada e agora você <strong>vai</strong> a <strong>{ $event }</strong> ({ $group }).
email-promoted-outro-txt =
    A página do evento tem os detalhes e um botão caso você não possa mais ir (assim a vaga vai para
    a próxima pessoa na fila):
email-promoted-outro-html = Se você não puder mais ir, avise na página do evento e a vaga vai para a próxima pessoa na fila.

email-announcement-subject = Novo evento: { $event } ({ $group })
email-announcement-intro-txt = { $group } tem um novo evento:
email-announcement-intro-html = <strong>{ $group }</strong> tem um novo evento:
email-announcement-details-txt = Detalhes e confirmação de presença:
email-announcement-button = Detalhes e confirmação de presença

email-rsvp-going-subject = Você vai: { $event }
email-rsvp-waitlist-subject = Você está na lista de espera (nº { $position }): { $event }
email-rsvp-going-txt =
    Você vai a { $event } ({ $group }). O convite
    anexo adiciona o evento à sua agenda e acompanha qualquer mudança nele.
email-rsvp-waitlist-txt =
    O evento está lotado, então você está na lista de espera de { $event }
    ({ $group }) na posição { $position }. Quando uma vaga for liberada, a próxima pessoa na fila
    fica com ela e recebe um e-mail na hora.
email-rsvp-going-html = Você <strong>vai</strong> a <strong>{ $event }</strong> ({ $group }). O convite anexo adiciona o evento à sua agenda e acompanha qualquer mudança nele.
email-rsvp-waitlist-html = O evento está lotado, então você está na <strong>lista de espera</strong> de <strong>{ $event }</strong> ({ $group }) na posição <strong>{ $position }</strong>. Quando uma vaga for liberada, a próxima pessoa na fila fica com ela e recebe um e-mail na hora.
email-rsvp-plans-change-txt = Se seus planos mudarem, responda de novo na página do evento para que a vaga fique com outra pessoa:
email-rsvp-plans-change-html = Se seus planos mudarem, responda de novo na página do evento para que a vaga fique com outra pessoa.

email-reminder-subject = Lembrete: { $event } começa em { $lead }
email-reminder-intro-txt = { $event } ({ $group }) começa em { $lead }, e você vai.
email-reminder-intro-html = <strong>{ $event }</strong> ({ $group }) começa em { $lead }, e você vai.
email-reminder-still-coming-txt = Você ainda vai? Um clique avisa os organizadores:
email-reminder-cant-make-it-txt = Não vai conseguir ir? Um clique libera sua vaga para a próxima pessoa na fila:
email-reminder-event-page-txt = A página do evento:
email-reminder-still-coming = Ainda vou
email-reminder-cant-make-it = Não vou conseguir
email-reminder-frees-seat-html = “Não vou conseguir” libera sua vaga para a próxima pessoa na fila. <a href="{ $url }" style="color:#2f5d8a;">Ver o evento</a>.

email-changed-subject = Alterado: { $event }, agora { $when }
email-changed-intro-txt = { $event } ({ $group }) mudou. Veja como está agora:
email-changed-intro-html = <strong>{ $event }</strong> ({ $group }) mudou. Veja como está agora:
email-changed-no-place-now = agora sem local informado
email-changed-no-place-given = sem local informado
email-changed-outro-txt =
    A atualização anexa move o evento na sua agenda. Se você não puder mais ir, responda
    de novo na página do evento para que a vaga fique com outra pessoa:
email-changed-outro-html = A atualização anexa move o evento na sua agenda. Se você não puder mais ir, responda de novo na página do evento para que a vaga fique com outra pessoa.

email-cancelled-subject = Cancelado: { $event }
email-cancelled-intro-txt = { $event } ({ $group }), previsto para { $when }, foi cancelado.
email-cancelled-intro-html = <strong>{ $event }</strong> ({ $group }), previsto para { $when }, foi <strong>cancelado</strong>.
email-cancelled-wrote-txt = Os organizadores escreveram: { $reason }
email-cancelled-wrote-html = Os organizadores escreveram:
email-cancelled-outro-txt = O cancelamento anexo remove o evento da sua agenda. A página do evento continua no ar:
email-cancelled-outro-html = O cancelamento anexo remove o evento da sua agenda. A página do evento continua no ar.

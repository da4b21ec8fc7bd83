## Discussões: os tópicos de um grupo e suas respostas, seus e-mails e configurações.

email-topic-discussions = novas respostas nas discussões que você segue
email-thread-replies-subject = { $count ->
    [one] Nova resposta em “{ $title }” · { $group }
   *[other] { $count } novas respostas em “{ $title }” · { $group }
}
email-thread-replies-intro-txt = Há novas respostas em “{ $title }”, uma discussão de { $group } que você segue:
email-thread-replies-intro-html = Há novas respostas em <strong>“{ $title }”</strong>, uma discussão de { $group } que você segue.
email-thread-reply-by = { $name } escreveu:
email-thread-replies-more = { $count ->
    [one] …e mais { $count } resposta.
   *[other] …e mais { $count } respostas.
}
email-thread-open-txt = Ler e responder: { $url }
email-thread-open = Ler e responder
email-thread-unfollow-txt = Deixar de seguir esta discussão (com um clique): { $url }
email-thread-unfollow = Deixar de seguir esta discussão
account-email-settings-discussions = Novas respostas nas discussões que sigo

group-tab-discussions = Discussões
discussions-title = Discussões
discussions-none = Ainda não há discussões. Comece uma: faça uma pergunta, organize uma noite de hacking, compartilhe um link.
discussions-page-empty = Não há mais discussões.
discussions-pinned = Fixada
discussions-locked = Bloqueada
discussions-replies-count = { $count ->
    [one] { $count } resposta
   *[other] { $count } respostas
}
discussions-active = última atividade em { $when }
discussions-pages = Mais discussões
discussions-newer = ← Mais recentes
discussions-older = Mais antigas →
discussions-start = Começar uma discussão
discussions-field-title = Título
discussions-field-body = Texto
discussions-markdown-hint = Você pode usar Markdown: **negrito**, *itálico*, [links](https://example.org), listas e código.
discussions-start-button = Começar a discussão
discussions-login-to-start = Entre na sua conta e participe do grupo para começar uma discussão.
discussions-members-start = Entre no grupo para começar uma discussão.
discussions-accept-conduct = Aceite o código de conduta atual do grupo para escrever aqui.
discussions-organizers-start = Neste grupo, os organizadores começam as discussões; os membros respondem.
discussions-settings = Quem começa discussões
discussions-organizers-only = Só os organizadores começam discussões (os membros continuam podendo responder)
discussions-settings-save = Salvar
discussions-all = Todas as discussões
discussions-deleted-account = Uma conta excluída
discussions-edited = editado
discussions-post-deleted = Quem escreveu isto excluiu a própria conta.
discussions-edit = Editar
discussions-remove-thread = Remover a discussão
discussions-remove-reply = Remover
discussions-pin = Fixar
discussions-unpin = Desafixar
discussions-lock = Bloquear
discussions-unlock = Desbloquear
discussions-follow = Seguir
discussions-unfollow = Deixar de seguir
discussions-following-hint = Você segue esta discussão: as novas respostas chegam por e-mail, no máximo uma vez por hora.
discussions-followers = { $count ->
    [one] { $count } pessoa segue esta discussão.
   *[other] { $count } pessoas seguem esta discussão.
}
discussions-reply-removed = Esta resposta foi removida.
discussions-reply = Sua resposta
discussions-reply-button = Responder
discussions-locked-note = Esta discussão está bloqueada: não aceita novas respostas.
discussions-login-to-reply = Entre na sua conta e participe do grupo para responder.
discussions-members-reply = Entre no grupo para responder.
discussions-edit-title = Editar
discussions-save = Salvar
discussions-cancel = Cancelar
notice-thread-started = Sua discussão foi iniciada. Você a segue: as respostas chegam por e-mail.
notice-thread-removed = A discussão foi removida.
notice-thread-followed = Você segue esta discussão: as novas respostas chegam por e-mail.
notice-thread-unfollowed = Você não segue mais esta discussão.
notice-thread-moderated = Salvo.
notice-reply-posted = Sua resposta foi publicada.
notice-reply-removed = A resposta foi removida.
notice-post-edited = Suas alterações foram salvas.
notice-discussion-settings-saved = Salvo: quem começa discussões.
link-unfollow = Deixar de seguir
link-unfollow-message = Parar de receber e-mails sobre novas respostas em “{ $title }” ({ $group })?
link-unfollowed = Você não segue mais esta discussão
link-unfollowed-message = Você não receberá mais e-mails sobre “{ $title }” ({ $group }). As outras discussões que você segue continuam enviando os delas.
archive-discussions = Discussões
archive-discussions-count = { $count ->
    [one] { $count } discussão
   *[other] { $count } discussões
}
archive-discussion-unnamed = Um membro
discussions-earlier-replies = ← Respostas anteriores
discussions-later-replies = Respostas posteriores →

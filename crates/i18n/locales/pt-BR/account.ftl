# Páginas da conta: entrar, cadastro, senhas, configurações, preferências de e-mail, exclusão,
# tokens e feed de agenda, e a configuração do primeiro administrador.

## Comum
account-field-email = Endereço de e-mail
account-field-password = Senha
account-field-your-name = Seu nome
account-password-hint = Pelo menos 8 caracteres.
account-back-to-settings = Voltar às configurações
account-check-inbox = Confira sua caixa de entrada
account-settings-link = Configurações da conta

## Entrar
account-login-title = Entrar
account-login-button = Entrar
account-login-forgot = Esqueceu sua senha?
account-login-new = É novo por aqui? <a href="/account/signup">Crie uma conta</a>.

## Cadastro
account-signup-page-title = Cadastrar-se
account-signup-title = Crie sua conta
account-signup-intro = Participe de grupos locais, confirme presença em encontros e receba lembretes. Já tem uma conta? <a href="/account/login">Entrar</a>.
account-signup-name-hint = Exibido para os grupos dos quais você participar.
account-signup-password-hint = Pelo menos 8 caracteres. Algumas palavras sem relação entre si funcionam bem.
account-signup-button = Criar conta
account-signup-sent = Se o endereço puder ser usado, enviamos um e-mail para ele. Siga o link do e-mail para confirmar seu endereço e depois entre.
account-signup-log-in = Entrar

## Links enviados por e-mail
account-verify-title = Confirme seu endereço de e-mail
account-verify-message = Clique no botão para confirmar que este endereço é seu.
account-verify-button = Confirmar meu endereço de e-mail
account-email-confirm-title = Confirme seu novo endereço de e-mail
account-email-confirm-message = Clique no botão para que sua conta passe a usar este endereço.
account-email-confirm-button = Confirmar o novo endereço
account-email-changed-title = Endereço de e-mail alterado
account-email-changed-message = Sua conta agora usa o novo endereço.

## Redefinição de senha
account-reset-request-title = Redefina sua senha
account-reset-request-intro = Informe o endereço com que você se cadastrou. Enviaremos um link para você escolher uma nova senha.
account-reset-request-button = Enviar um link
account-reset-sent = Se houver uma conta com esse endereço, enviamos a ele um link para escolher uma nova senha. O link vale por uma hora.
account-reset-title = Escolha uma nova senha
account-reset-intro = Depois disso, todos os dispositivos conectados à sua conta serão desconectados.
account-reset-field = Nova senha
account-reset-button = Definir nova senha

## Configurações
account-settings-title = Configurações da conta
account-profile = Perfil
account-field-name = Nome
account-field-bio = Bio
account-optional = (opcional)
account-field-timezone = Fuso horário
account-timezone-hint = Os horários aparecem no fuso do evento, com o seu ao lado.
account-field-language = Idioma
account-language-browser = Seguir meu navegador
account-profile-save = Salvar perfil
account-email-title = Endereço de e-mail
account-email-confirmed = Seu endereço é <strong>{ $address }</strong> (confirmado).
account-email-unconfirmed = Seu endereço é <strong>{ $address }</strong> — <em>ainda não confirmado</em>.
account-email-resend = Enviar um novo link de confirmação
account-email-new = Novo endereço de e-mail
account-email-new-hint = Enviamos um link para o novo endereço; nada muda até você segui-lo.
account-password-current = Senha atual
account-email-change = Alterar endereço de e-mail
account-notifications-title = E-mails dos seus grupos
account-notifications-intro = Escolha, para cada grupo, se você recebe os anúncios de novos eventos, lembretes antes dos eventos em que você vai e mensagens dos organizadores — ou apenas os e-mails sobre sua conta.
account-notifications-link = Preferências de e-mail
account-password-title = Senha
account-password-new = Nova senha
account-password-new-hint = Pelo menos 8 caracteres. Seus outros dispositivos serão desconectados.
account-password-change = Alterar senha
account-sessions-title = Onde você está conectado
account-sessions-device = Dispositivo
account-sessions-address = Endereço
account-sessions-last-active = Última atividade (UTC)
account-actions = Ações
account-sessions-unknown = Dispositivo desconhecido
account-sessions-this = (este dispositivo)
account-sessions-log-out = Sair
account-sessions-log-out-all = Sair de todos os dispositivos
account-tokens-title = Tokens pessoais de API
account-tokens-intro = Tokens permitem que scripts usem a API em seu nome: envie <code>Authorization: Bearer &lt;token&gt;</code>.
account-tokens-none = Nenhum token ainda.
account-tokens-name = Nome
account-tokens-prefix = Começa com
account-tokens-created = Criado em
account-tokens-last-used = Último uso
account-tokens-revoke = Revogar
account-tokens-new = Nome do novo token
account-tokens-new-hint = Por exemplo: script de agenda.
account-tokens-create = Criar token
account-never = nunca
account-date-time = { $date }, { $time }
account-feed-title = Feed de agenda
account-feed-intro = Um endereço privado que seu aplicativo de agenda assina: os eventos em que você vai (os da lista de espera marcados como provisórios), sempre atualizados. Eventos de grupos privados só aparecem aqui.
account-feed-made = Seu link de feed foi criado em { $created }; última leitura por um aplicativo de agenda: { $used }. Por segurança, ele foi exibido só uma vez; gere um novo link para vê-lo de novo (o antigo deixa de funcionar).
account-feed-all = Mostrar também todos os eventos dos meus grupos
account-feed-save = Salvar
account-feed-new-link = Gerar um novo link
account-feed-off = Desativar
account-feed-make = Criar o link do meu feed de agenda
account-data-title = Seus dados
account-data-intro = Tudo o que o Muster guarda sobre você: sua conta, participações em grupos, confirmações de presença, comentários e palestras, em um único arquivo JSON.
account-data-download = Baixar meus dados
account-delete-title = Excluir conta
account-delete-intro = Excluir sua conta remove seu nome, endereço de e-mail, perfil, sessões e tokens.
account-delete-link = Excluir minha conta…

## Exclusão da conta
account-delete-page-title = Excluir sua conta
account-delete-removes = Isso remove seu nome, endereço de e-mail, perfil, sessões e tokens de API. Não é possível desfazer.
account-delete-history = Os grupos mantêm seu histórico: os eventos em que você esteve continuam contando você, de forma anônima, e suas palestras mantêm o nome de palestrante que você deu — a menos que você marque a caixa abaixo.
account-delete-sole = Você é o único organizador de { $groups }. Um grupo nunca pode ficar sem organizador: torne outra pessoa organizadora lá ou exclua o grupo, e depois volte para excluir sua conta.
account-delete-back = Voltar às minhas configurações
account-delete-password = Sua senha
account-delete-password-hint = Para confirmar que é você.
account-delete-talks = Remover também meu nome das minhas palestras (elas mostrarão “Ex-membro”)
account-delete-button = Excluir minha conta
account-delete-keep = Manter minha conta

## Preferências de e-mail
account-email-settings-title = Preferências de e-mail
account-email-settings-back = Configurações da sua conta
account-email-settings-saved = Salvo.
account-email-settings-everything = Tudo
account-email-settings-only-account = Nenhum e-mail além da segurança da conta (links de acesso, alterações de senha e de endereço)
account-email-settings-announcements = Anúncios de novos eventos
account-email-settings-reminders = Lembretes antes dos eventos em que vou
account-email-settings-messages = Mensagens dos organizadores
account-email-settings-no-groups = Você ainda não participa de nenhum grupo.
account-email-settings-rsvps = Os e-mails sobre suas próprias confirmações de presença (confirmações, alterações, cancelamentos) seguem apenas a opção acima.
account-email-settings-save = Salvar

## Novo token, novo feed de agenda
account-token-created-title = Seu novo token “{ $name }”
account-token-created-page-title = Seu novo token
account-token-created-copy = Copie agora: esta é a única vez que ele é exibido.
account-feed-created-title = Seu feed de agenda
account-feed-created-intro = Assine uma vez e sua agenda fica sempre certa: novos eventos aparecem, eventos remarcados mudam de lugar e eventos cancelados avisam.
account-feed-created-subscribe = Assinar no seu aplicativo de agenda
account-feed-created-google = Adicionar ao Google Agenda
account-feed-created-copy = Ou copie este endereço no seu aplicativo de agenda (“assinar uma agenda por URL”):
account-feed-created-private = Este link só é exibido agora. Mantenha-o em sigilo: qualquer pessoa que o tenha pode ler sua agenda. Se ele vazar, gere um novo link nas suas configurações; o antigo para de funcionar na hora.

## Configuração inicial
account-setup-page-title = Configurar { $instance }
account-setup-title = Crie o primeiro administrador
account-setup-intro = Esta página funciona uma única vez, em uma instância nova, com o token de configuração exibido no log do servidor.
account-setup-token = Token de configuração
account-setup-token-hint = Da linha “open …/setup?token=…” no log.
account-setup-button = Criar administrador
account-profile-view = Ver sua página de perfil
account-avatar-label = Foto
account-avatar-hint = PNG, JPEG, WebP ou GIF, até 2 MiB. Ela aparece em um círculo, é reduzida para 256 pixels e guardada sem seus metadados (como o lugar onde a foto foi tirada).
account-avatar-upload = Enviar foto
account-avatar-remove = Remover foto
account-field-pronouns = Pronomes
account-pronouns-hint = Opcional, por exemplo ela/dela ou elu/delu.
account-field-website = Site
account-field-fediverse = Fediverso
account-fediverse-hint = Opcional: seu endereço, como @nome@mastodon.social.
account-field-github = GitHub
account-github-hint = Opcional: seu nome de usuário no GitHub.
account-field-unlisted = Não aparecer em listas
account-unlisted-hint = Você não aparece entre as pessoas que vão a um encontro nem nas listas de membros, e ninguém mais pode abrir sua página de perfil. A organização continua vendo você nas listas de participantes.
profile-own = Esta é sua página de perfil como os outros a veem.
profile-own-unlisted = Só você vê esta página: você não aparece em listas.
profile-edit = Editar seu perfil
profile-about = Sobre
profile-website = Site
profile-fediverse = Fediverso
profile-groups = Grupos
profile-no-groups = Nenhum grupo para mostrar.
profile-talks = Palestras

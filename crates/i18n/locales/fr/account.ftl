# Pages du compte : connexion, inscription, mots de passe, paramètres, préférences d'e-mail,
# suppression, jetons et flux d'agenda, et création du premier administrateur.

## Commun
account-field-email = Adresse e-mail
account-field-password = Mot de passe
account-field-your-name = Votre nom
account-password-hint = Au moins 8 caractères.
account-back-to-settings = Retour aux paramètres
account-check-inbox = Consultez votre boîte de réception
account-settings-link = Paramètres du compte

## Connexion
account-login-title = Se connecter
account-login-button = Se connecter
account-login-forgot = Mot de passe oublié ?
account-login-new = Nouveau ici ? <a href="/account/signup">Créer un compte</a>.

## Inscription
account-signup-page-title = S’inscrire
account-signup-title = Créer votre compte
account-signup-intro = Rejoignez des groupes locaux, inscrivez-vous aux rencontres et recevez des rappels. Vous avez déjà un compte ? <a href="/account/login">Se connecter</a>.
account-signup-name-hint = Visible par les groupes que vous rejoignez.
account-signup-password-hint = Au moins 8 caractères. Quelques mots sans rapport entre eux font très bien l’affaire.
account-signup-button = Créer le compte
account-signup-sent = Si l’adresse peut être utilisée, nous lui avons envoyé un e-mail. Suivez le lien qu’il contient pour confirmer votre adresse, puis connectez-vous.
account-signup-log-in = Se connecter

## Liens envoyés par e-mail
account-verify-title = Confirmer votre adresse e-mail
account-verify-message = Appuyez sur le bouton pour confirmer que cette adresse est bien la vôtre.
account-verify-button = Confirmer mon adresse e-mail
account-email-confirm-title = Confirmer votre nouvelle adresse e-mail
account-email-confirm-message = Appuyez sur le bouton pour que votre compte utilise désormais cette adresse.
account-email-confirm-button = Confirmer la nouvelle adresse
account-email-changed-title = Adresse e-mail modifiée
account-email-changed-message = Votre compte utilise désormais la nouvelle adresse.

## Réinitialisation du mot de passe
account-reset-request-title = Réinitialiser votre mot de passe
account-reset-request-intro = Saisissez l’adresse utilisée lors de votre inscription. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
account-reset-request-button = M’envoyer un lien
account-reset-sent = Si un compte correspond à cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.
account-reset-title = Choisir un nouveau mot de passe
account-reset-intro = Ensuite, tous les appareils connectés à votre compte seront déconnectés.
account-reset-field = Nouveau mot de passe
account-reset-button = Enregistrer le nouveau mot de passe

## Paramètres
account-settings-title = Paramètres du compte
account-profile = Profil
account-field-name = Nom
account-field-bio = Présentation
account-optional = (facultatif)
account-field-timezone = Fuseau horaire
account-timezone-hint = Les horaires sont affichés dans le fuseau de l’événement, avec le vôtre à côté.
account-field-language = Langue
account-language-browser = Suivre mon navigateur
account-profile-save = Enregistrer le profil
account-email-title = Adresse e-mail
account-email-confirmed = Votre adresse est <strong>{ $address }</strong> (confirmée).
account-email-unconfirmed = Votre adresse est <strong>{ $address }</strong> — <em>pas encore confirmée</em>.
account-email-resend = Envoyer un nouveau lien de confirmation
account-email-new = Nouvelle adresse e-mail
account-email-new-hint = Nous envoyons un lien à la nouvelle adresse ; rien ne change tant que vous ne l’avez pas suivi.
account-password-current = Mot de passe actuel
account-email-change = Changer d’adresse e-mail
account-notifications-title = E-mails de vos groupes
account-notifications-intro = Choisissez, pour chaque groupe, si vous recevez ses annonces de nouveaux événements, des rappels avant les événements auxquels vous participez et les messages de ses organisateurs — ou seulement les e-mails concernant votre compte.
account-notifications-link = Préférences d’e-mail
account-password-title = Mot de passe
account-password-new = Nouveau mot de passe
account-password-new-hint = Au moins 8 caractères. Vos autres appareils seront déconnectés.
account-password-change = Changer le mot de passe
account-sessions-title = Où vous êtes connecté
account-sessions-device = Appareil
account-sessions-address = Adresse
account-sessions-last-active = Dernière activité (UTC)
account-actions = Actions
account-sessions-unknown = Appareil inconnu
account-sessions-this = (cet appareil)
account-sessions-log-out = Déconnecter
account-sessions-log-out-all = Se déconnecter partout
account-tokens-title = Jetons d’API personnels
account-tokens-intro = Les jetons permettent à des scripts d’utiliser l’API en votre nom : envoyez <code>Authorization: Bearer &lt;token&gt;</code>.
account-tokens-none = Aucun jeton pour l’instant.
account-tokens-name = Nom
account-tokens-prefix = Commence par
account-tokens-created = Créé le
account-tokens-last-used = Dernière utilisation
account-tokens-revoke = Révoquer
account-tokens-new = Nom du nouveau jeton
account-tokens-new-hint = Par exemple : script d’agenda.
account-tokens-create = Créer le jeton
account-never = jamais
account-date-time = { $date } { $time }
account-feed-title = Flux d’agenda
account-feed-intro = Une adresse privée à laquelle votre application d’agenda s’abonne : les événements auxquels vous participez (ceux en liste d’attente marqués comme provisoires), toujours à jour. Les événements des groupes privés n’apparaissent qu’ici.
account-feed-made = Votre lien de flux a été créé le { $created } ; dernière lecture par une application d’agenda : { $used }. Pour votre sécurité, il n’a été affiché qu’une fois ; créez un nouveau lien pour le revoir (l’ancien cessera de fonctionner).
account-feed-all = Afficher aussi tous les événements de mes groupes
account-feed-save = Enregistrer
account-feed-new-link = Obtenir un nouveau lien
account-feed-off = Désactiver
account-feed-make = Créer le lien de mon flux d’agenda
account-data-title = Vos données
account-data-intro = Tout ce que Muster conserve sur vous : votre compte, vos adhésions, vos réponses, vos commentaires et vos présentations, dans un seul fichier JSON.
account-data-download = Télécharger mes données
account-delete-title = Supprimer le compte
account-delete-intro = La suppression de votre compte efface votre nom, votre adresse e-mail, votre profil, vos sessions et vos jetons.
account-delete-link = Supprimer mon compte…

## Suppression du compte
account-delete-page-title = Supprimer votre compte
account-delete-removes = Cela efface votre nom, votre adresse e-mail, votre profil, vos sessions et vos jetons d’API. C’est irréversible.
account-delete-history = Les groupes conservent leur historique : les événements auxquels vous avez participé vous comptent toujours, de façon anonyme, et vos présentations gardent le nom d’intervenant que vous leur avez donné — sauf si vous cochez la case ci-dessous.
account-delete-sole = Vous êtes le seul organisateur de { $groups }. Un groupe ne doit jamais rester sans organisateur : nommez quelqu’un d’autre organisateur, ou supprimez le groupe, puis revenez supprimer votre compte.
account-delete-back = Retour à mes paramètres
account-delete-password = Votre mot de passe
account-delete-password-hint = Pour confirmer que c’est bien vous.
account-delete-talks = Retirer aussi mon nom de mes présentations (elles afficheront « Ancien membre »)
account-delete-button = Supprimer mon compte
account-delete-keep = Conserver mon compte

## Préférences d'e-mail
account-email-settings-title = Préférences d’e-mail
account-email-settings-back = Paramètres de votre compte
account-email-settings-saved = Enregistré.
account-email-settings-everything = Tout
account-email-settings-only-account = Aucun e-mail hormis la sécurité du compte (liens de connexion, changements de mot de passe et d’adresse)
account-email-settings-announcements = Annonces de nouveaux événements
account-email-settings-reminders = Rappels avant les événements auxquels je participe
account-email-settings-messages = Messages des organisateurs
account-email-settings-no-groups = Vous n’êtes encore membre d’aucun groupe.
account-email-settings-rsvps = Les e-mails concernant vos propres réponses (confirmations, changements, annulations) dépendent uniquement de l’option ci-dessus.
account-email-settings-save = Enregistrer

## Nouveau jeton, nouveau flux d'agenda
account-token-created-title = Votre nouveau jeton « { $name } »
account-token-created-page-title = Votre nouveau jeton
account-token-created-copy = Copiez-le maintenant : c’est la seule fois qu’il est affiché.
account-feed-created-title = Votre flux d’agenda
account-feed-created-intro = Abonnez-vous une fois et votre agenda reste juste : les nouveaux événements apparaissent, les événements déplacés se déplacent, les événements annulés l’indiquent.
account-feed-created-subscribe = S’abonner dans votre application d’agenda
account-feed-created-google = Ajouter à Google Agenda
account-feed-created-copy = Ou copiez cette adresse dans votre application d’agenda (« s’abonner à un agenda à partir d’une URL ») :
account-feed-created-private = Ce lien n’est affiché que maintenant. Gardez-le privé : toute personne qui le possède peut lire votre agenda. S’il fuite, créez un nouveau lien dans vos paramètres ; l’ancien cessera aussitôt de fonctionner.

## Installation
account-setup-page-title = Configurer { $instance }
account-setup-title = Créer le premier administrateur
account-setup-intro = Cette page ne fonctionne qu’une fois, sur une nouvelle instance, avec le jeton d’installation affiché dans le journal du serveur.
account-setup-token = Jeton d’installation
account-setup-token-hint = Sur la ligne « open …/setup?token=… » du journal.
account-setup-button = Créer l’administrateur
account-profile-view = Voir votre page de profil
account-avatar-label = Photo
account-avatar-hint = PNG, JPEG, WebP ou GIF, 2 Mio au plus. Elle est affichée dans un cercle, réduite à 256 pixels et enregistrée sans ses métadonnées (comme le lieu de la prise de vue).
account-avatar-upload = Envoyer la photo
account-avatar-remove = Retirer la photo
account-field-pronouns = Pronoms
account-pronouns-hint = Facultatif, par exemple elle ou iel.
account-field-website = Site web
account-field-fediverse = Fédivers
account-fediverse-hint = Facultatif : votre adresse, comme @nom@mastodon.social.
account-field-github = GitHub
account-github-hint = Facultatif : votre nom d’utilisateur GitHub.
account-field-unlisted = Ne pas m’afficher dans les listes
account-unlisted-hint = Vous n’apparaissez ni parmi les participants d’une rencontre ni dans les listes de membres, et personne d’autre ne peut ouvrir votre page de profil. Les organisateurs vous voient toujours dans leurs listes de participants.
profile-own = Voici votre page de profil telle que les autres la voient.
profile-own-unlisted = Vous seul voyez cette page : vous ne vous affichez pas dans les listes.
profile-edit = Modifier votre profil
profile-about = À propos
profile-website = Site web
profile-fediverse = Fédivers
profile-groups = Groupes
profile-no-groups = Aucun groupe à afficher.
profile-talks = Présentations

# Pages des organisateurs : paramètres du groupe, gestion des membres, messages,
# formulaires d'événement, participants, accueil, séries.

## Group settings

manage-settings-title = Paramètres
manage-settings-save = Enregistrer les paramètres
manage-language-label = Langue du groupe
manage-language-hint = La langue dans laquelle les organisateurs rédigent les pages du groupe.
manage-language-not-set = Non précisée
manage-logo-title = Logo
manage-logo-upload-label = Téléverser une image
manage-logo-upload-hint = PNG, JPEG, WebP ou GIF, jusqu'à 2 Mio. Elle est redimensionnée à 512 pixels.
manage-logo-upload = Téléverser
manage-history-title = Reprendre l'historique
manage-history-import-link = Importer les événements passés du groupe depuis un fichier ou une adresse iCalendar…
manage-history-placeholders-link = Personnes importées depuis Meetup.com et leurs liens de réclamation…
manage-conduct-title = Code de conduite
manage-conduct-text-label = Texte (Markdown)
manage-conduct-text-hint = L'enregistrement publie une nouvelle version ; les membres l'acceptent de nouveau avant leur prochaine inscription.
manage-conduct-publish = Publier une nouvelle version
manage-archive-title = Télécharger l'archive du groupe
manage-archive-text = Un fichier ZIP avec tout ce que le groupe a fait : ses événements, interventions, lieux et code de conduite en JSON, un calendrier de tous les événements et une copie de ses pages qui s'ouvre dans n'importe quel navigateur. Une autre instance Muster peut l'importer. Les membres sont comptés ; seuls ceux qui l'ont autorisé sont nommés.
manage-archive-download = Télécharger l'archive (.zip)
manage-adoption-title = Demandes d'adoption
manage-adoption-text = Quand le groupe devient inactif, d'autres personnes peuvent demander à l'adopter ; vous recevez un e-mail et pouvez refuser.
manage-adoption-see = Voir les demandes
manage-delete-title = Supprimer le groupe
manage-delete-link = Supprimer { $name }…

## The group's fields (creation and settings)

manage-field-name = Nom du groupe
manage-field-summary = Résumé
manage-field-summary-hint = Une ligne : qui se réunit, autour de quoi, à quelle fréquence.
manage-field-description = Description
manage-field-description-hint = Markdown : **gras**, [liens](https://…), listes.
manage-field-city = Ville
manage-field-country = Pays
manage-field-lat = Latitude (facultatif)
manage-field-lat-hint = Pour une carte du quartier habituel des rencontres, p. ex. 53.8008.
manage-field-lon = Longitude (facultatif)
manage-field-timezone = Fuseau horaire
manage-field-timezone-hint = Valeur par défaut pour les événements du groupe.
manage-field-topics = Thèmes
manage-field-topics-hint = Séparés par des virgules, p. ex. python, data science, web.
manage-field-links = Liens (facultatif)
manage-field-website = Site web
manage-field-chat = Messagerie
manage-field-mailing-list = Liste de diffusion
manage-field-repository = Dépôt de code
manage-field-logo-url = Adresse de l'image du logo
manage-field-logo-url-hint = Ou téléversez un logo dans les paramètres du groupe.
manage-field-contact-email = E-mail de contact
manage-field-contact-email-hint = Indiqué dans le code de conduite. Par défaut, le vôtre.
manage-field-who-can-join = Qui peut rejoindre
manage-field-visibility = Visibilité
manage-field-visibility-public = Public : tout le monde voit le groupe, ses événements et ses membres
manage-field-visibility-private = Privé : seuls les membres voient quelque chose (sur invitation uniquement)
manage-field-joining = Adhésion
manage-field-joining-open = Ouverte : toute personne qui accepte le code de conduite
manage-field-joining-approval = Sur validation : les organisateurs approuvent chaque demande
manage-field-joining-invite = Sur invitation uniquement
manage-field-questions = Questions aux nouveaux membres (facultatif)
manage-field-questions-hint = Une par ligne, 5 au maximum. Seuls les organisateurs voient les réponses.

## Starting a group

manage-new-title = Créer un groupe
manage-new-intro = Vous en devenez l'organisateur. Un code de conduite standard indiquant votre contact est ajouté ; vous pouvez le modifier à tout moment.
manage-new-address = Adresse
manage-new-address-hint = Le groupe se trouve à /g/adresse : lettres minuscules, chiffres et traits d'union.
manage-new-create = Créer le groupe

## Roles

manage-role-organizer = Organisateur
manage-role-co-organizer = Co-organisateur
manage-role-assistant-organizer = Organisateur adjoint
manage-role-event-organizer = Organisateur d'événements
manage-role-member = Membre

## Managing members

manage-members-title = Gérer les membres
manage-requests-title = Demandes d'adhésion
manage-requests-none = Aucune demande en attente.
manage-requests-approve = Accepter
manage-requests-decline = Refuser
manage-invite-title = Inviter quelqu'un
manage-invite-email = Adresse e-mail
manage-invite-email-hint = La personne reçoit un lien utilisable une fois, pendant 14 jours.
manage-invite-send = Envoyer l'invitation
manage-members-heading = Membres
manage-members-write = Écrire à tous les membres
manage-members-name = Nom
manage-members-role = Rôle
manage-members-actions = Actions
manage-members-hidden = masqué
manage-members-role-of = Rôle de { $name }
manage-members-change = Modifier
manage-members-remove = Retirer
manage-members-reason = Motif
manage-members-reason-placeholder = Motif (facultatif)
manage-members-ban = Bannir
manage-banned-title = Bannis
manage-banned-lift = Lever le bannissement

## The member list

manage-list-title = Membres
manage-list-you-hidden = Vous êtes masqué dans la liste publique des membres.
manage-list-you-shown = Vous apparaissez dans la liste des membres.
manage-list-show-me = M'afficher
manage-list-hide-me = Me masquer
manage-list-in-archive = Votre nom et vos participations sont inclus quand les organisateurs téléchargent l'archive du groupe.
manage-list-not-in-archive = L'archive du groupe vous compte, mais ne vous nomme pas.
manage-list-leave-archive = Ne pas mettre mon nom dans l'archive
manage-list-join-archive = Inclure mon nom dans l'archive

## Writing to members

manage-compose-title = Écrire aux membres
manage-compose-hint = Les membres qui ont désactivé les messages des organisateurs ne le reçoivent pas. Un groupe peut envoyer 5 messages par jour.
manage-compose-preview-title = Aperçu
manage-compose-preview-to = { $count ->
    [one] À { $count } personne
   *[other] À { $count } personnes
}
manage-compose-preview-to-about = { $count ->
    [one] À { $count } personne, au sujet de { $event }
   *[other] À { $count } personnes, au sujet de { $event }
}
manage-compose-to = À
manage-compose-to-all = Tous les membres
manage-compose-to-going = Participants à { $event } ({ $date })
manage-compose-to-waitlisted = Liste d'attente de { $event } ({ $date })
manage-compose-to-not-answered = Membres sans réponse pour { $event } ({ $date })
manage-compose-subject = Objet
manage-compose-message = Message
manage-compose-body-hint = Texte brut. Chaque e-mail ajoute un lien vers le groupe et un moyen de ne plus recevoir ces messages en un clic.
manage-compose-body-hint-event = Texte brut. Chaque e-mail ajoute un lien vers le groupe et l'événement, et un moyen de ne plus recevoir ces messages en un clic.
manage-compose-preview = Aperçu
manage-compose-send = Envoyer
manage-compose-sent = { $count ->
    [one] Votre message part vers { $count } personne.
   *[other] Votre message part vers { $count } personnes.
}

## Event forms

manage-event-new-series = Nouvelle série
manage-event-new-event = Nouvel événement
manage-event-schedule-series-title = Programmer une série récurrente
manage-event-schedule-event-title = Programmer un événement
manage-event-series-intro = Indiquez la première rencontre ; les suivantes suivent la règle ci-dessous, chacune étant un véritable événement avec ses propres inscriptions. Les rencontres des 90 prochains jours sont créées maintenant, les suivantes au fil du temps.
manage-event-fields-need-attention = Certains champs sont à corriger : voir les messages ci-dessous.
manage-event-schedule-series = Programmer la série
manage-event-schedule-event = Programmer l'événement
manage-event-edit-title-short = Modifier
manage-event-edit-title = Modifier l'événement
manage-event-overflow-legend = S'il y a moins de places que de places prises
manage-event-seats-taken = { $count ->
    [one] { $count } place est prise actuellement.
   *[other] { $count } places sont prises actuellement.
}
manage-event-overflow-label = Si la capacité est inférieure aux places prises, déplacer les inscriptions les plus récentes sur la liste d'attente
manage-event-apply-to = Appliquer à
manage-event-scope-this = Cet événement uniquement
manage-event-scope-following = Cet événement et les suivants de la série
manage-event-save = Enregistrer l'événement
manage-event-field-title = Titre
manage-event-field-when = Quand
manage-event-field-starts = Début
manage-event-field-ends = Fin
manage-event-field-timezone-hint = Le début et la fin sont exprimés dans ce fuseau.
manage-event-field-where = Où
manage-event-field-venue = Lieu
manage-event-field-venue-hint = Laissez le lieu vide pour un événement uniquement en ligne.
manage-event-field-address = Adresse
manage-event-field-directions = Comment nous trouver
manage-event-field-lat = Latitude (facultatif)
manage-event-field-lat-hint = Pour un lien vers une carte, p. ex. 53.8008.
manage-event-field-lon = Longitude (facultatif)
manage-event-field-lon-hint = p. ex. -1.5491.
manage-event-field-online-url = Lien en ligne (facultatif)
manage-event-field-online-url-hint = Visible uniquement par les participants inscrits et les organisateurs.
manage-event-field-rsvps = Inscriptions
manage-event-field-capacity = Places
manage-event-field-capacity-hint = Vide : pas de limite. Les invités occupent aussi des places.
manage-event-field-guest-limit = Invités par inscription
manage-event-field-rsvp-opens = Ouverture des inscriptions (heures avant le début)
manage-event-field-rsvp-opens-hint = Vide : ouvertes dès maintenant.
manage-event-field-rsvp-closes = Clôture des inscriptions (heures avant le début)
manage-event-field-rsvp-closes-hint = Vide : au début.
manage-event-field-rsvp-question = Question aux personnes qui s'inscrivent (facultatif)
manage-event-field-rsvp-question-hint = p. ex. Des besoins alimentaires ? Seuls les organisateurs voient les réponses.
manage-event-field-hosts = Hôtes (5 au maximum)
manage-event-field-options = Options
manage-event-field-draft = Enregistrer comme brouillon (seuls les organisateurs le voient jusqu'à sa publication)
manage-event-field-announce-series = Annoncer chaque rencontre aux membres par e-mail, deux semaines avant
manage-event-field-announce = L'annoncer aux membres par e-mail
manage-event-field-reminders = Envoyer des rappels aux participants inscrits

## Repeating series

manage-repeat-legend = Répétition
manage-repeat-weekly = Chaque semaine
manage-repeat-every = Toutes les
manage-repeat-week = semaine
manage-repeat-weeks = { $count ->
    [one] { $count } semaine
   *[other] { $count } semaines
}
manage-repeat-monthly-nth = Chaque mois un jour de la semaine (« tous les troisièmes mercredis »)
manage-repeat-which = Lequel
manage-repeat-as-first-date = comme la première date
manage-repeat-weekday = Jour de la semaine (hebdomadaire et mensuel un jour de la semaine)
manage-repeat-monthly-day = Chaque mois un jour du mois
manage-repeat-day = Jour
manage-repeat-day-hint = 1–31 ; vide : le jour de la première date. Les mois sans ce jour sont ignorés.
manage-repeat-end-count = Terminer après un nombre de rencontres
manage-repeat-count = Rencontres
manage-repeat-end-until = Terminer à une date
manage-repeat-until = Dernière date
manage-repeat-weekday-mon = Lundi
manage-repeat-weekday-tue = Mardi
manage-repeat-weekday-wed = Mercredi
manage-repeat-weekday-thu = Jeudi
manage-repeat-weekday-fri = Vendredi
manage-repeat-weekday-sat = Samedi
manage-repeat-weekday-sun = Dimanche
manage-repeat-nth-1 = premier
manage-repeat-nth-2 = deuxième
manage-repeat-nth-3 = troisième
manage-repeat-nth-4 = quatrième
manage-repeat-nth-minus1 = dernier

## Cancelling an event

manage-cancel-title-short = Annuler
manage-cancel-title = Annuler l'événement
manage-cancel-intro = L'événement reste affiché, marqué comme annulé, avec votre motif, pour que les membres sachent ce qui s'est passé.
manage-cancel-reason = Motif
manage-cancel-scope-following = Cet événement et les suivants (la série prend fin)
manage-cancel-keep = Le conserver

## Attendees

manage-attendees-title = Participants
manage-attendees-csv = Télécharger le CSV
manage-attendees-write = Écrire aux participants
manage-attendees-question = Question posée : « { $question } »
manage-attendees-seats-of = { $taken } places prises sur { $capacity } (invités compris).
manage-attendees-seats-no-limit = { $taken ->
    [one] { $taken } place prise (invités compris) ; pas de limite.
   *[other] { $taken } places prises (invités compris) ; pas de limite.
}
manage-attendees-going = Participants ({ $count })
manage-attendees-going-none = Personne pour l'instant.
manage-attendees-guests = Invités
manage-attendees-answer = Réponse
manage-attendees-came = Venu
manage-attendees-no-show = Absent
manage-attendees-no-shows = Absences
manage-attendees-move-to = Déplacer vers
manage-attendees-waitlist = Liste d'attente ({ $count })
manage-attendees-waitlist-none = Personne n'attend.
manage-attendees-waitlist-hint = Dans l'ordre : la première personne pour qui il y a assez de place obtient la prochaine place libre.
manage-attendees-not-going = Ne participent pas ({ $count })
manage-attendees-not-going-none = Personne n'a dit non.
manage-attendees-add-title = Ajouter un membre
manage-attendees-add-none = Tous les membres ont déjà répondu.
manage-attendees-add-member = Membre
manage-attendees-add-as = Comme
manage-attendees-status-going = Participe
manage-attendees-status-waitlisted = Sur la liste d'attente
manage-attendees-status-not-going = Ne participe pas
manage-attendees-add = Ajouter

## Check-in

manage-checkin-title = Accueil
manage-checkin-count = { $here } présents sur { $count }
manage-checkin-none = Personne n'est encore inscrit.
manage-checkin-guests = { $count ->
    [one] +{ $count } invité
   *[other] +{ $count } invités
}
manage-checkin-here = Présent
manage-checkin-no-show = Absent
manage-checkin-not-checked-in = Pas encore arrivé
manage-checkin-undo = Annuler
manage-checkin-undo-for = { " " }pour { $name }
manage-checkin-for = { " " }: { $name }

## A series' page

manage-series-title = Une série récurrente
manage-series-times-in = Les horaires sont en { $zone }.
manage-series-ended = Terminée
manage-series-upcoming = À venir
manage-series-upcoming-none = Aucune rencontre à venir dans cette série.
manage-series-hint = Les rencontres apparaissent ici jusqu'à 90 jours à l'avance.
manage-series-past = Passées

## Deleting a group

manage-delete-group-title = Supprimer { $name }
manage-delete-keep-history = <strong>Conservez d'abord son historique :</strong> <a href="/g/{ $slug }/settings/export" download>téléchargez l'archive du groupe</a> (événements, interventions, un calendrier et une copie de ses pages), pour la garder ou la déplacer ailleurs.
manage-delete-intro = Le groupe disparaît du site pour tout le monde. Un administrateur de { $instance } peut le restaurer, avec ses événements, pendant 30 jours. Saisissez son nom et votre mot de passe pour confirmer.
manage-delete-confirm-name = Nom du groupe
manage-delete-password = Votre mot de passe

## Audit log

manage-audit-title = Journal d'activité
manage-audit-empty = Rien pour l'instant.
manage-audit-when = Quand (UTC)
manage-audit-who = Qui
manage-audit-what = Quoi
manage-audit-whom = Qui est concerné
manage-audit-details = Détails

## Conduct reports

manage-reports-title-short = Signalements
manage-reports-title = Signalements liés au code de conduite
manage-reports-intro = Réservé aux organisateurs chargés de la modération. Les signalements vous concernant sont montrés aux autres, pas à vous.
manage-reports-none = Aucun signalement.
manage-reports-from = de { $name }
manage-reports-about = concernant { $name }
manage-reports-about-organizer = concernant { $name } (un organisateur)
manage-reports-former-member = un ancien membre
manage-reports-not-named = personne non nommée
manage-reports-status-open = ouvert
manage-reports-status-handled = traité
manage-reports-mark-handled = Marquer comme traité

## Adopting a group

manage-adopt-title = Adopter { $name }
manage-adopt-waiting-admin = Votre demande attend l'approbation d'un administrateur de { $instance }.
manage-adopt-waiting-organizers = Votre demande attend la réponse des organisateurs du groupe, qui peuvent la refuser jusqu'au { $date }. Ensuite, un administrateur de { $instance } décide.
manage-adopt-withdraw = Retirer ma demande
manage-adopt-refused = Les organisateurs ont refusé votre dernière demande.
manage-adopt-refused-reason = Les organisateurs ont refusé votre dernière demande : { $reason }.
manage-adopt-ask-again = Vous pourrez redemander à partir du { $date }, ou plus tôt s'ils lèvent leur refus.
manage-adopt-declined = Votre dernière demande a été rejetée.
manage-adopt-declined-reason = Votre dernière demande a été rejetée : { $reason }.
manage-adopt-approved = Votre demande a été acceptée : vous organisez ce groupe.
manage-adopt-intro = Ce groupe est devenu inactif, ou personne ne l'anime encore sur ce site. Vous pouvez demander à le reprendre et à devenir l'un de ses organisateurs. Ses organisateurs actuels, s'il y en a, reçoivent un e-mail et peuvent refuser ; ensuite, un administrateur de { $instance } décide. Tout ce que le groupe a fait reste tel quel.
manage-adopt-message = Qui êtes-vous, et que prévoyez-vous pour le groupe ?
manage-adopt-message-hint = Les organisateurs et les administrateurs le liront.
manage-adopt-ask = Demander à adopter ce groupe
manage-adopt-active = Ce groupe est actif, il ne peut donc pas être adopté. Rejoignez-le, ou parlez à ses organisateurs.
manage-adoption-requests-title = Demandes d'adoption de { $name }
manage-adoption-requests-intro = Des personnes ont demandé à reprendre ce groupe parce qu'il est devenu inactif. Si vous l'animez toujours, refusez avant la date indiquée ; ensuite, un administrateur de { $instance } pourra approuver la demande et la personne deviendra organisatrice à vos côtés.
manage-adoption-requests-none = Aucune demande en attente.
manage-adoption-asked-refuse-until = Demandé le { $asked } · vous pouvez refuser jusqu'au { $until }
manage-adoption-asked-refuse-over = Demandé le { $asked } · le délai pour refuser est écoulé
manage-adoption-refuse-reason = Pourquoi (facultatif ; envoyé à la personne)
manage-adoption-refuse = Refuser la demande
manage-adoption-refused-title = Demandes refusées
manage-adoption-refused-intro = Une personne dont vous avez refusé la demande ne peut pas redemander avant la date indiquée. Levez le refus pour lui permettre de redemander dès maintenant.
manage-adoption-asked-refused = Demandé le { $asked } · refusé ; nouvelle demande possible à partir du { $until }
manage-adoption-lift = Lever le refus

## Importing a calendar

manage-import-title-short = Importer un calendrier
manage-import-title = Importer un ancien calendrier
manage-import-intro = Rapatriez l'historique du groupe depuis un fichier ou une adresse iCalendar (.ics). Chaque événement doté d'un UID devient un événement du groupe, y compris les événements passés ; un nouvel import les met à jour au lieu de les ajouter en double. Personne ne reçoit d'e-mail.
manage-import-file = Téléverser un fichier .ics
manage-import-file-hint = UTF-8, jusqu'à 5 Mio.
manage-import-url = Ou indiquer son adresse
manage-import-url-hint = Une adresse http:// ou https:// accessible publiquement sur Internet.
manage-import-dry-run = Seulement indiquer ce qui se passerait
manage-import-submit = Importer
manage-import-would-do = Ce que l'import ferait
manage-import-did = Ce que l'import a fait
manage-import-counts = Créés : { $created }, mis à jour : { $updated }, inchangés : { $unchanged }, ignorés : { $skipped }.
manage-import-created = Créés
manage-import-updated = Mis à jour
manage-import-skipped = Ignorés
manage-import-notes = Remarques
manage-import-line = Ligne { $line }, { $what } : { $reason }

## People imported from Meetup

manage-placeholders-title-short = Importés de Meetup
manage-placeholders-title = Importés de Meetup.com
manage-placeholders-intro = Les personnes issues des exports Meetup du groupe. Elles n'ont pas de compte ici tant qu'elles n'ont pas réclamé leur historique avec un lien personnel : envoyez vous-même son lien à chacune (Meetup n'a fourni aucune adresse e-mail). Un nouveau lien remplace l'ancien.
manage-placeholders-fresh = Le lien de réclamation pour <strong>{ $name }</strong> (affiché une seule fois) :
manage-placeholders-link-for = Lien de réclamation pour { $name }
manage-placeholders-none = Personne n'a encore été importé : utilisez <code>muster import meetup-members</code>.
manage-placeholders-meetup-id = Identifiant Meetup
manage-placeholders-attended = Rencontres suivies
manage-placeholders-member-list = Liste des membres
manage-placeholders-status = Statut
manage-placeholders-listed = oui
manage-placeholders-attendee-lists-only = listes de participants uniquement
manage-placeholders-new-link = Nouveau lien de réclamation
manage-placeholders-link = Lien de réclamation
manage-placeholders-claimed = réclamé
manage-placeholders-link-sent = lien envoyé
manage-placeholders-no-link = pas encore de lien
manage-followers-title = Abonnés dans le fédivers
manage-followers-how = Sur Mastodon, Mobilizon et d’autres serveurs, on suit le groupe sous { $handle } et on voit chaque nouvelle rencontre.
manage-followers-none = Personne ne suit encore le groupe depuis le fédivers.
manage-followers-remove = Retirer

# The group's numbers (the organizers' dashboard). $weekday is monday … sunday.
numbers-title = Les chiffres du groupe
numbers-intro = Comment va le groupe : membres, qui a dit oui et qui est venu, et qui a coupé les e-mails.
numbers-csv = Télécharger toutes les rencontres en CSV
numbers-members-now = Membres actuels
numbers-no-show-rate = Taux d’absence
numbers-new-returning = Participants nouveaux / fidèles
numbers-busiest = Créneau le plus suivi
numbers-members-title = Membres au fil du temps
numbers-members-caption = Membres actuels inscrits à la fin de chaque mois.
numbers-month = Mois
numbers-members = Membres
numbers-events-title = Rencontres récentes
numbers-events-caption = Personnes ayant dit oui, et personnes pointées présentes à l’entrée.
numbers-no-events = Aucune rencontre n’a encore eu lieu.
numbers-date = Date
numbers-meetup = Rencontre
numbers-going = Ont dit oui
numbers-came = Venus
numbers-no-shows = Absents
numbers-new = Première fois
numbers-weekdays-title = Par jour de la semaine
numbers-weekdays-caption = Moyenne des participants selon le jour de la rencontre, dans son fuseau horaire.
numbers-weekday-column = Jour
numbers-meetups = Rencontres
numbers-average-going = Moyenne de oui
numbers-email-title = E-mails désactivés
numbers-off-announcements = Membres sans annonces de nouvelles rencontres
numbers-off-reminders = Membres sans rappels
numbers-off-messages = Membres sans messages des organisateurs
numbers-off-all = Membres ayant coupé tous les e-mails sauf ceux de sécurité du compte
numbers-no-check-ins = Pas encore de pointage
numbers-not-yet = Pas encore connu
numbers-percent = { $value } %
numbers-weekday = { $weekday ->
    [monday] lundi
    [tuesday] mardi
    [wednesday] mercredi
    [thursday] jeudi
    [friday] vendredi
    [saturday] samedi
   *[sunday] dimanche
}
numbers-busiest-at = le { $weekday ->
    [monday] lundi
    [tuesday] mardi
    [wednesday] mercredi
    [thursday] jeudi
    [friday] vendredi
    [saturday] samedi
   *[sunday] dimanche
} à { $time }

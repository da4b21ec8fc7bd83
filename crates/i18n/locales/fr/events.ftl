# La page publique d'un événement : en-tête, encadré de réponse, date et lieu, programme et
# commentaires ; l'en-tête commun des pages d'organisation et l'éditeur du programme.
event-meta-description = { $title } : { $when }, avec { $group }.
event-breadcrumb-label = Fil d’Ariane
event-breadcrumb-events = Événements
event-when-mine = Dans votre fuseau horaire ({ $zone }) : { $when }
event-cancel-why = Motif :
event-moved-from = Déplacé ; initialement prévu le { $when }.
event-announce-planned = Les membres en seront informés par e-mail le { $when }.

## Outils d'organisation
event-tools-label = Outils d’organisation
event-tool-page = Page de l’événement
event-tool-edit = Modifier
event-tool-attendees = Participants
event-tool-write = Écrire aux participants
event-tool-checkin = Accueil
event-tool-agenda = Programme
event-publish = Publier
event-delete-draft = Supprimer le brouillon
event-rsvps-reopen = Rouvrir les inscriptions
event-rsvps-close = Clore les inscriptions
event-announce = L’annoncer aux membres
event-announce-now = L’annoncer maintenant
event-cancel = Annuler l’événement

## L'encadré de réponse
event-details-label = Détails de l’événement
event-cancelled-title = Cet événement a été annulé
event-cancelled-nobody = Personne n’est attendu et il n’y a rien à répondre.
event-cancelled-had-said = { $count ->
    [one] { $count } personne avait indiqué participer.
   *[other] { $count } personnes avaient indiqué participer.
}
event-cancelled-kept = Votre réponse est conservée pour mémoire.
event-rsvp-title = Vous venez ?
event-count-going = { $count ->
    [one] <strong>{ $count }</strong> participant
   *[other] <strong>{ $count }</strong> participants
}
event-count-went = { $count ->
    [one] <strong>{ $count }</strong> présent
   *[other] <strong>{ $count }</strong> présents
}
event-count-waiting = <strong>{ $count }</strong> en liste d’attente
event-seats-taken = { $taken } places prises sur { $capacity }
event-full-yours = Toutes les places sont prises, dont la vôtre.
event-full-waiting-at = Toutes les places sont prises ; vous êtes n° { $position } sur la liste d’attente.
event-full-waiting = Toutes les places sont prises ; vous êtes sur la liste d’attente.
event-rsvp-login = Se connecter pour répondre
event-rsvp-verify = Veuillez confirmer votre adresse e-mail pour répondre : suivez le lien que nous vous avons envoyé.
event-rsvp-pending = Votre demande d’adhésion à { $group } attend la validation des organisateurs. Une fois membre, vous pourrez répondre.
event-rsvp-invite = Ce groupe accueille les nouveaux membres sur invitation. Les membres peuvent répondre.
event-rsvp-join = Rejoindre le groupe pour répondre
event-rsvp-conduct = Le code de conduite du groupe a changé. <a href="/g/{ $slug }/conduct">Lisez et acceptez le code de conduite</a> pour répondre.
event-rsvp-guests = Invités qui vous accompagnent
event-rsvp-answer-hint = Seuls les organisateurs voient votre réponse.
event-rsvp-no = Non, je ne peux pas venir
event-rsvp-no-after-all = Finalement, je ne peux pas venir

## Date et lieu
event-when-where = Date et lieu
event-times-in = Les horaires sont indiqués dans le fuseau { $zone }.
event-series = Fait partie d’une série récurrente
event-directions-label = Comment nous trouver :
event-map = Carte (OpenStreetMap)
event-online = En ligne :
event-online-hidden = Aussi en ligne : le lien est communiqué aux participants inscrits.
event-calendar-title = Ajouter à l’agenda
event-calendar-ics = Télécharger (.ics)
event-calendar-google = Google Agenda
event-calendar-outlook = Outlook.com
event-hosts = Hôtes
event-going-title = Qui vient
event-going-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
event-going-others = { $count ->
    [one] et { $count } autre
   *[other] et { $count } autres
}

## Description, programme, commentaires
event-about = À propos de cet événement
event-agenda = Programme
event-talk-lightning = Présentation éclair
event-talk-standby = Réserve
event-talk-slides = Diapositives
event-talk-video = Vidéo
event-comments = Commentaires
event-comments-none = Aucun commentaire pour l’instant.
event-comment-remove = Supprimer
event-comment-add = Ajouter un commentaire
event-comment-post = Publier le commentaire
event-comment-login = <a href="{ $href }">Connectez-vous</a> pour participer à la discussion.
event-comment-members = Les membres peuvent commenter.
event-comment-former-member = Un ancien membre
event-comment-removed-author = Supprimé par son auteur.
event-comment-removed-organizer = Supprimé par un organisateur.

## L'éditeur du programme
event-talks-none = Aucune présentation pour l’instant. Ajoutez la première ci-dessous.
event-talks-lightning = Éclair
event-talks-up = Monter
event-talks-down = Descendre
event-talks-edit = Modifier
event-talks-delete = Supprimer
event-talks-add-title = Ajouter une présentation
event-talks-edit-title = Modifier la présentation
event-talks-field-title = Titre
event-talks-field-speaker = Intervenant
event-talks-field-speaker-hint = Tel qu’affiché dans le programme.
event-talks-field-account = Compte de l’intervenant (facultatif)
event-talks-field-account-none = Pas membre, ou compte non lié
event-talks-field-abstract = Résumé
event-talks-field-abstract-hint = Markdown.
event-talks-field-slides = Diapositives (lien)
event-talks-field-video = Vidéo (lien)
event-talks-field-lightning = Présentation éclair
event-talks-field-standby = En réserve (intervient si quelqu’un se désiste)
event-talks-add = Ajouter la présentation
event-talks-save = Enregistrer la présentation
event-talks-back = Retour au programme

## Votre réponse, dans l'encadré
event-mine-had-going = Vous aviez indiqué participer.
event-mine-had-waiting = Vous étiez sur la liste d’attente.
event-mine-had-not-going = Vous aviez indiqué ne pas pouvoir venir.
event-mine-going = Vous participez.
event-mine-going-guests = { $count ->
    [one] Vous participez, avec { $count } invité.
   *[other] Vous participez, avec { $count } invités.
}
event-mine-waiting-at = Vous êtes n° { $position } sur la liste d’attente.
event-mine-waiting = Vous êtes sur la liste d’attente.
event-mine-not-going = Vous ne participez pas.
event-rsvp-update = Modifier ma réponse
event-rsvp-join-waitlist = M’inscrire sur la liste d’attente
event-rsvp-yes = Oui, je viens
event-comment-when = { $date }, { $time } { $zone }
event-going-members-see = Les membres du groupe voient qui vient.

photos-title = Photos
photos-none = Pas encore de photos.
photos-none-yet = Pas encore de photos. Vous y étiez ? Ajoutez les vôtres.
photos-all = { $count ->
    [one] Voir la photo ou ajouter les vôtres
   *[other] Voir les { $count } photos ou ajouter les vôtres
}
photos-add-link = Ajouter des photos
photos-add-title = Ajoutez vos photos
photos-caption = Légende (facultative, pour toutes les photos de cet envoi)
photos-caption-hint = Une ligne, 200 caractères au plus. Elle décrit aussi les photos aux personnes qui ne peuvent pas les voir.
photos-files = Photos
photos-files-hint = JPEG, PNG ou WebP, 20 Mio au plus chacune, { $count } à la fois. La position et les données de l’appareil sont retirées.
photos-upload = Ajouter les photos
photos-login = Connectez-vous pour ajouter vos photos
photos-alt = Photo de { $event }
photos-by = par { $name }
photos-remove = Retirer
photos-report = Signaler
photos-report-reason = Quel est le problème avec cette photo ?
photos-report-send = Envoyer le signalement
photos-added-count = { $count ->
    [one] 1 photo ajoutée.
   *[other] { $count } photos ajoutées.
}
photos-refused-count = { $count ->
    [one] 1 fichier n’a pas été ajouté :
   *[other] { $count } fichiers n’ont pas été ajoutés :
}
photos-recent-title = Photos récentes
photos-recent-alt = Une photo d’une rencontre du groupe
photos-storage-title = Stockage
photos-storage-used = { $count } photos occupent { $used } Mio sur les { $quota } Mio du groupe.
photos-storage-hint = Chaque photo est gardée jusqu’à 2048 px, avec une vignette. Quand le stockage est plein, les nouvelles photos sont refusées jusqu’à ce que certaines soient retirées.
photos-reported-title = Photos signalées
photos-reported-none = Personne n’a signalé de photo.
photos-reported-reasons = { $count ->
    [one] 1 signalement
   *[other] { $count } signalements
}
photos-keep = Garder la photo

## What is on near a place (/events)
events-near-title = Ce qui se passe près de chez vous
events-near-when = Quand
events-near-days = { $count ->
    [one] Le jour qui vient
   *[other] Les { $count } prochains jours
}
events-near-count-place = { $count ->
    [one] Un meetup à moins de { $km } km de { $place }.
   *[other] { $count } meetups à moins de { $km } km de { $place }.
}
events-near-count = { $count ->
    [one] Un meetup à moins de { $km } km.
   *[other] { $count } meetups à moins de { $km } km.
}
events-near-empty = Rien n’est encore prévu par là. Essayez un rayon plus grand ou plus de jours.
events-near-ask = Saisissez une ville ou des coordonnées pour voir ceux qui sont à proximité.
events-near-count-anywhere = { $count ->
    [one] Un meetup à venir.
   *[other] { $count } meetups à venir.
}

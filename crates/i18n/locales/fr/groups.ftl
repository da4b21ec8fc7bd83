# The home page, the error page, the group directory, the group pages (about, events, join,
# code of conduct, report) and event cards in lists.

## Home page

home-title = Rencontrez les personnes qui créent avec Python près de chez vous.
home-lede = { $instance } accueille les groupes d’utilisateurs locaux : trouvez-en un, rejoignez-le et indiquez que vous venez au prochain meetup. Les organisateurs gardent leurs membres, leur calendrier et leur historique, aussi longtemps qu’ils le souhaitent.
home-find-group = Trouver un groupe
home-mine-title = Vos prochains événements
home-mine-empty = Vous n’avez encore confirmé votre venue à aucun événement. Trouvez un meetup ci-dessous, ou <a href="/groups">trouvez un groupe</a>.
home-upcoming-title = Prochains meetups
home-upcoming-empty = Aucun meetup n’est encore prévu. Quand des groupes publieront des événements, les prochains apparaîtront ici.

## Error page

error-home-link = Aller à la page d’accueil
error-not-found = Page introuvable
error-forbidden = Accès non autorisé
error-unauthorized = Veuillez vous connecter
error-too-many-requests = Doucement
error-uri-too-long = Adresse trop longue
error-server = Un problème est survenu
error-other = Cela n’a pas fonctionné

## Group directory

group-directory-title = Trouver un groupe
group-directory-search = Rechercher
group-directory-search-placeholder = Python, données, Lyon…
group-directory-city = Ville
group-directory-country = Pays
group-directory-topic = Thème
group-directory-order = Tri
group-directory-order-best = Pertinence
group-directory-order-next = Prochain meetup d’abord
group-directory-active = Groupes actifs uniquement
group-directory-near = Près de
group-directory-near-hint = Ville, ou latitude, longitude
group-directory-radius = Dans un rayon de
group-directory-radius-km = { $km } km
group-directory-order-distance = Les plus proches d’abord
group-directory-distance = à { $km } km
group-directory-count-near-place = { $count ->
    [one] Un groupe à moins de { $km } km de { $place }.
   *[other] { $count } groupes à moins de { $km } km de { $place }.
}
group-directory-count-near = { $count ->
    [one] Un groupe à moins de { $km } km.
   *[other] { $count } groupes à moins de { $km } km.
}
group-directory-count = { $count ->
    [one] { $count } groupe.
   *[other] { $count } groupes.
}
group-directory-count-matching = { $count ->
    [one] { $count } groupe correspondant à « { $query } ».
   *[other] { $count } groupes correspondant à « { $query } ».
}
group-directory-empty = Aucun groupe trouvé. Essayez avec moins de mots.
group-directory-empty-create = Aucun groupe trouvé. Essayez avec moins de mots, ou <a href="/groups/new">créez un groupe</a>.
group-directory-dormant = En sommeil
group-directory-next = prochain meetup : { $date }
group-directory-no-next = aucun meetup prévu
group-directory-last = dernier : { $date }
group-directory-topics = Thèmes
group-directory-pages = Pages
group-directory-previous = ← Précédente
group-directory-page = Page { $page } sur { $pages }
group-directory-next-page = Suivante →
group-directory-start = Créer un groupe

## Group header, on every group page

group-members-count = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
group-logo-alt = Logo de { $name }
group-private = Groupe privé
group-needs-conduct = Nouveau code de conduite à accepter
group-unclaimed-title = Fiche non reprise.
group-unclaimed-text = Cette fiche provient de { $source } ; personne ne l’anime encore sur ce site.
group-source-wiki = la liste des groupes d’utilisateurs locaux de python.org
group-dormant-title = Groupe en sommeil.
group-dormant-since = Aucun événement depuis { $month }. Tout ce que le groupe a fait reste ici : événements passés, présentations et flux de calendrier.
group-dormant-never = Aucun événement pour l’instant. Tout ce que le groupe a fait reste ici : événements passés, présentations et flux de calendrier.
group-adopt = Demander à reprendre ce groupe
group-tabs = Groupe
group-tab-about = À propos
group-tab-events = Événements
group-tab-members = Membres
group-tab-conduct = Code de conduite
group-tab-settings = Paramètres
group-tab-manage = Gérer les membres
group-tab-reports = Signalements
group-tab-audit = Journal d’activité

## Group page

group-feed-news-title = { $name } : fil d’actualités
group-feed-calendar-title = { $name } : calendrier
group-upcoming-title = Prochains meetups
group-new-event = Nouvel événement
group-upcoming-empty = Aucun meetup n’est encore prévu.
group-upcoming-empty-organizer = Aucun meetup n’est encore prévu. Programmez le prochain avec « Nouvel événement ».
group-all-events = Tous les événements
group-recent-title = Meetups récents
group-past-empty = Aucun meetup passé pour l’instant.
group-about-title = À propos
group-details = Informations sur le groupe
group-membership-title = Adhésion
group-member-you = Vous êtes membre.
group-member-you-role = Vous êtes membre ({ $role }).
group-member-emails = E-mails de ce groupe
group-accept-conduct = Accepter le nouveau code de conduite
group-leave = Quitter le groupe
group-pending = Votre demande d’adhésion est en attente de réponse des organisateurs.
group-withdraw = Retirer la demande
group-banned = Vous ne pouvez pas participer à ce groupe.
group-invite-only = Ce groupe accueille de nouveaux membres uniquement sur invitation.
group-ask-to-join = Demander à rejoindre
group-join-this = Rejoindre ce groupe
group-organizers-title = Organisateurs
group-all-members = { $count ->
    [one] { $count } membre
   *[other] Les { $count } membres
}
group-more-title = Plus
group-link-website = Site web
group-link-chat = Discussion
group-link-mailing-list = Liste de diffusion
group-link-code = Code
group-subscribe-title = S’abonner
group-subscribe-text = Suivez les meetups de ce groupe dans votre application de calendrier ou votre lecteur de flux.
group-subscribe-webcal = S’abonner dans votre application de calendrier
group-subscribe-ics = Flux de calendrier (iCal)
group-subscribe-atom = Fil d’actualités (Atom)
group-subscribe-private = <a href="/account/settings#calendar" class="subscribe-private">S’abonner avec votre flux de calendrier privé</a> : un lien rien que pour vous, avec les événements auxquels vous participez.
group-subscribe-private-only = <a href="/account/settings#calendar" class="subscribe-private">S’abonner avec votre flux de calendrier privé</a> : un lien rien que pour vous, avec les événements auxquels vous participez ; votre application de calendrier peut aussi y suivre les événements de ce groupe.
group-conduct-link = <a href="{ $href }">Code de conduite</a> (version { $version })
group-report-link = <a href="{ $href }">Signaler un problème</a>, en toute confidentialité, aux organisateurs.
group-role-organizer = Organisateur
group-role-co-organizer = Co-organisateur
group-role-assistant-organizer = Organisateur adjoint
group-role-event-organizer = Organisateur d’événements
group-role-member = Membre

## Joining

group-join-title = Rejoindre { $name }
group-ask-title = Demander à rejoindre { $name }
group-join-conduct = Code de conduite
group-join-accept = J’ai lu le code de conduite (version { $version }) et je m’engage à le respecter.
group-join-review = Les organisateurs examinent les demandes.
group-join-review-answers = Les organisateurs examinent les demandes et voient vos réponses.
group-join-send-request = Envoyer ma demande
group-join-button = Rejoindre
group-join-tick-box = Veuillez cocher la case pour accepter le code de conduite.

## Code of conduct

group-conduct-title = Code de conduite
group-conduct-heading = Code de conduite, version { $version }
group-conduct-version = Version { $version }, { $date }
group-conduct-changed = Le code de conduite a changé depuis que vous l’avez accepté. Veuillez le lire, puis l’accepter pour pouvoir continuer à vous inscrire aux événements.
group-conduct-accept = J’accepte la version { $version }
group-conduct-history = Versions précédentes

## Reporting a concern

group-report-title = Signaler un problème
group-report-intro = Votre signalement est transmis en toute confidentialité aux organisateurs de { $name }, ainsi qu’aux administrateurs de ce site s’il concerne un organisateur. Il n’est jamais rendu public, et la personne concernée n’apprend pas qui l’a signalée.
group-report-who = Qui est concerné ? (facultatif)
group-report-someone-else = Quelqu’un d’autre, ou je préfère décrire la personne
group-report-describe = Ou décrivez la personne (facultatif)
group-report-what = Que s’est-il passé ?
group-report-send = Envoyer le signalement

## A group's events

group-events-title = Événements
group-new-series = Nouvelle série
group-events-upcoming = À venir
group-events-past = Passés
group-events-no-more-past = Aucun autre meetup passé.
group-events-past-nav = Événements passés
group-events-newer = Plus récents
group-events-page = Page { $page }
group-events-older = Plus anciens

## Event cards in lists

group-card-time = { $time } { $zone }
group-card-going = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
group-card-badge-draft = Brouillon
group-card-badge-cancelled = Annulé
group-card-badge-live = En cours
group-card-badge-closed = Inscriptions closes
group-card-badge-full = Complet
group-card-mine-going = Vous participez
group-card-mine-waitlisted = Sur liste d’attente
group-move-going = Participe
group-move-waitlist = Liste d’attente
group-move-not-going = Ne participe pas
group-fediverse-follow = Suivre depuis Mastodon ou tout serveur du fédivers : { $handle }
group-fediverse-followers = { $count ->
    [one] { $count } abonné
   *[other] { $count } abonnés
}
group-tab-numbers = Chiffres

group-tab-photos = Photos

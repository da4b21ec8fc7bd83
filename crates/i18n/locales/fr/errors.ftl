# Error messages of pages and the API (their `message` and per-field messages). Code writes
# them in English; a response shows this catalogue's message whose English text matches.

error-there-is-nothing-here-the-address = Il n’y a rien ici. L’adresse est peut-être mal saisie, ou la page a été supprimée.
error-some-fields-need-attention = Certains champs doivent être corrigés.
error-please-log-in-to-do-that = Veuillez vous connecter pour effectuer cette action.
error-only-instance-administrators-can-do-that = Seuls les administrateurs de l’instance peuvent effectuer cette action.
error-too-many-attempts-please-wait-a = Trop de tentatives. Veuillez patienter un peu, puis réessayer.
error-something-went-wrong-on-our-side = Une erreur s’est produite de notre côté. Elle a été enregistrée ; veuillez réessayer.
error-the-database-is-not-reachable-right = La base de données est injoignable pour le moment. Veuillez réessayer dans un instant.
error-the-database-is-not-reachable = La base de données est injoignable.
error-cross-site-requests-are-not-allowed = Les requêtes intersites ne sont pas autorisées.
error-api-calls-authenticated-by-the-session = Les appels à l’API authentifiés par le cookie de session doivent envoyer Content-Type: application/json (ou un type d’image ou text/calendar, pour les envois de fichiers).
error-this-form-has-expired-or-did = Ce formulaire a expiré ou ne provient pas de ce site. Revenez en arrière, rechargez la page et réessayez.
error-the-form-could-not-be-read = Le formulaire n’a pas pu être lu.
error-please-confirm-your-email-address-first = Veuillez d’abord confirmer votre adresse e-mail : utilisez le lien que nous vous avons envoyé.
error-the-form-is-too-large = Le formulaire est trop volumineux.
error-send-the-form-as-application-x = Envoyez le formulaire au format application/x-www-form-urlencoded.
error-the-request-body-could-not-be = Le corps de la requête n’a pas pu être lu.
error-send-a-json-body-with-content = Envoyez un corps JSON avec Content-Type: application/json.
error-the-body-is-not-valid-json = Le corps n’est pas du JSON valide.
error-the-upload-could-not-be-read = Le fichier envoyé n’a pas pu être lu.
error-the-calendar-is-larger-than-5 = Le calendrier dépasse 5 MiB.
error-move-up-or-down = Le déplacement se fait uniquement vers le haut ou vers le bas.
error-when-is-upcoming-or-past = when doit valoir upcoming ou past.
error-unknown-role = Rôle inconnu.
error-sort-is-relevance-distance-or-next = sort doit valoir relevance, distance ou next_event.
error-enter-a-number-like-53-8008 = Saisissez un nombre comme 53.8008.
error-this-claim-link-is-not-valid = Ce lien de récupération d’historique n’est pas valide : il a déjà été utilisé, remplacé par un lien plus récent, ou n’a jamais existé. Demandez un nouveau lien aux organisateurs du groupe.
error-you-cannot-take-part-in-this = Vous ne pouvez pas participer à ce groupe.
error-this-person-has-claimed-their-history = Cette personne a déjà récupéré son historique.
error-only-published-events-that-have-not = Seuls les événements publiés qui n’ont pas encore commencé peuvent être annoncés.
error-this-event-was-announced-already-members = Cet événement a déjà été annoncé ; les membres ne sont prévenus qu’une fois.
error-an-agenda-can-have-at-most = Un programme peut contenir au maximum 50 présentations.
error-speakers-are-given-by-member-id = Les intervenants sont désignés par leur identifiant de membre.
error-there-are-no-free-seats-left = Il ne reste plus de places disponibles.
error-that-rsvp-changed-meanwhile-reload-the = Cette inscription a été modifiée entre-temps. Rechargez la page et réessayez.
error-rsvps-can-only-be-managed-for = Les inscriptions ne peuvent être gérées que pour les événements publiés.
error-attendance-is-recorded-for-published-events = La présence n’est enregistrée que pour les événements publiés.
error-this-event-was-cancelled-it-can = Cet événement a été annulé ; il ne peut plus être modifié.
error-only-drafts-can-be-published-this = Seuls les brouillons peuvent être publiés ; cet événement est déjà publié ou annulé.
error-this-event-is-not-a-draft = Cet événement n’est pas un brouillon.
error-this-event-is-already-cancelled = Cet événement est déjà annulé.
error-drafts-are-deleted-not-cancelled = Les brouillons se suppriment, ils ne s’annulent pas.
error-this-event-is-over-it-can = Cet événement est terminé ; il ne peut plus être annulé.
error-published-events-are-cancelled-not-deleted = Les événements publiés s’annulent, ils ne se suppriment pas, afin que les membres puissent voir ce qui s’est passé.
error-only-the-author-or-the-group = Seuls l’auteur du commentaire ou les organisateurs du groupe peuvent le supprimer.
error-the-calendar-could-not-be-fetched = Le calendrier n’a pas pu être récupéré.
error-your-email-address-is-already-confirmed = Votre adresse e-mail est déjà confirmée.
error-that-address-now-belongs-to-another = Cette adresse appartient désormais à un autre compte ; elle ne peut donc pas devenir la vôtre.
error-that-is-already-your-email-address = C’est déjà votre adresse e-mail.
error-the-email-address-or-password-is = L’adresse e-mail ou le mot de passe est incorrect.
error-the-instance-was-set-up-meanwhile = L’instance a été configurée entre-temps, ou cette adresse e-mail est déjà utilisée.
error-you-have-already-asked-to-adopt = Vous avez déjà demandé à reprendre ce groupe ; votre demande est en attente.
error-you-have-no-pending-request-to = Vous n’avez aucune demande en attente pour reprendre ce groupe.
error-there-is-no-refusal-of-this = Il n’y a aucun refus en vigueur à lever pour cette demande.
error-the-person-who-asked-has-deleted = La personne à l’origine de la demande a supprimé son compte.
error-the-person-who-asked-is-banned = La personne à l’origine de la demande est bannie de ce groupe.
error-this-request-is-no-longer-pending = Cette demande n’est plus en attente : elle vient d’être traitée ou retirée.
error-that-group-is-not-deleted = Ce groupe n’est pas supprimé.
error-you-are-the-group-s-only = Vous êtes le seul organisateur du groupe. Nommez d’abord quelqu’un d’autre organisateur.
error-use-leave-the-group-to-leave = Utilisez « Quitter le groupe » pour le quitter vous-même.
error-a-group-always-keeps-at-least = Un groupe conserve toujours au moins un organisateur.
error-that-membership-changed-meanwhile-reload-the = Cette adhésion a été modifiée entre-temps. Rechargez la page et réessayez.
error-only-active-members-can-have-a = Seuls les membres actifs peuvent avoir un rôle.
error-choose-another-member = Choisissez un autre membre.
error-only-active-members-can-take-the = Seuls les membres actifs peuvent reprendre le groupe.
error-this-group-takes-new-members-by = Ce groupe n’accepte de nouveaux membres que sur invitation. Demandez à un organisateur de vous inviter.
error-you-are-not-a-member-of = Vous n’êtes pas membre de ce groupe.
error-only-the-group-s-organizers-can = Seuls les organisateurs du groupe peuvent effectuer cette action.
error-you-already-organize-this-group-so = Vous organisez déjà ce groupe : il n’y a rien à reprendre.
error-give-both-latitude-and-longitude-or = Indiquez à la fois la latitude et la longitude, ou aucune des deux.
error-this-invitation-has-already-been-used = Cette invitation a déjà été utilisée.
error-this-invitation-link-is-not-valid = Ce lien d’invitation n’est pas valide. Demandez-en un nouveau aux organisateurs.
error-this-invitation-has-expired-ask-the = Cette invitation a expiré. Demandez-en une nouvelle aux organisateurs.
error-you-have-no-calendar-feed-link = Vous n’avez pas de lien de flux de calendrier. Créez-en d’abord un.
error-enter-your-email-address = Saisissez votre adresse e-mail.
error-that-email-address-is-too-long = Cette adresse e-mail est trop longue.
error-enter-the-name-people-will-see = Saisissez le nom que les autres verront.
error-the-bio-cannot-contain-control-characters = La biographie ne peut pas contenir de caractères de contrôle.
error-choose-a-time-zone-from-the = Choisissez un fuseau horaire dans la liste (un nom IANA comme Europe/Berlin).
error-token-names-cannot-contain-control-characters = Les noms de jeton ne peuvent pas contenir de caractères de contrôle.
error-name-the-token-e-g-calendar = Donnez un nom au jeton, par exemple « script de calendrier ».
error-that-address-is-reserved-choose-another = Cette adresse est réservée. Choisissez-en une autre.
error-enter-a-web-address-like-https = Saisissez une adresse web comme https://example.org.
error-only-http-and-https-addresses-are = Seules les adresses http:// et https:// sont autorisées.
error-latitude-is-between-90-and-90 = La latitude doit être comprise entre -90 et 90.
error-longitude-is-between-180-and-180 = La longitude doit être comprise entre -180 et 180.
error-choose-public-or-private = Choisissez « public » ou « privé ».
error-choose-open-approval-or-invite = Choisissez « ouvert », « sur approbation » ou « sur invitation ».
error-there-are-more-answers-than-questions = Il y a plus de réponses que de questions.
error-capacity-is-too-large = La capacité est trop élevée.
error-too-many-guests = Trop d’invités.
error-guests-cannot-be-negative = Le nombre d’invités ne peut pas être négatif.
error-enter-a-date-and-time = Saisissez une date et une heure.
error-enter-a-date-and-time-like = Saisissez une date et une heure comme 2026-12-16T18:30 (ou au format RFC 3339 avec un décalage horaire).
error-the-end-must-be-after-the = La fin doit être postérieure au début.
error-an-event-can-last-at-most = Un événement peut durer au maximum 14 jours.
error-the-start-must-be-in-the = Le début doit être dans le futur.
error-rsvps-must-open-before-the-event = Les inscriptions doivent ouvrir avant le début de l’événement.
error-rsvps-close-when-the-event-starts = Les inscriptions ferment au plus tard au début de l’événement.
error-rsvps-must-close-after-they-open = Les inscriptions doivent fermer après leur ouverture.
error-hosts-are-given-by-member-id = Les hôtes sont désignés par leur identifiant de membre.
error-an-event-can-show-at-most = Un événement peut afficher au maximum 5 hôtes.
error-enter-a-valid-email-address = Saisissez une adresse e-mail valide.
error-a-second-message-is-ignored = un second message est ignoré
error-too-short = Trop court.
error-choose-a-day-of-the-month = Choisissez un jour du mois entre 1 et 31.
error-choose-an-end-date-between-the = Choisissez une date de fin entre les années 1 et 9999.
error-choose-a-first-date-between-the = Choisissez une première date entre les années 1 et 9999.
error-the-series-reaches-dates-that-cannot = La série atteint des dates qui ne peuvent pas être représentées.
error-the-repeat-rule-needs-a-freq = La règle de répétition nécessite un FREQ.
error-a-weekly-repeat-rule-cannot-have = Une règle de répétition hebdomadaire ne peut pas comporter de BYMONTHDAY.
error-interval-must-be-a-number-of = INTERVAL doit être un nombre de semaines compris entre 1 et 4.
error-a-weekly-repeat-rule-needs-one = Une règle de répétition hebdomadaire nécessite un BYDAY, comme BYDAY=TU.
error-byday-must-name-one-weekday-of = BYDAY doit désigner un seul jour de la semaine dans le mois, comme 3WE ou -1TH.
error-bymonthday-must-be-a-day-of = BYMONTHDAY doit être un jour du mois compris entre 1 et 31.
error-a-repeat-rule-cannot-have-both = Une règle de répétition ne peut pas comporter à la fois COUNT et UNTIL.
error-until-must-be-a-utc-date = UNTIL doit être une date et heure UTC comme 20270630T225959Z.
error-each-reminder-time-may-be-given = Chaque délai de rappel ne peut être indiqué qu’une seule fois.
error-choose-one-of-the-languages-muster = Choisissez l’une des langues que parle Muster : en, de, es, fr, pt-BR, ja, zh-CN, zh-TW.
error-choose-one-of-the-languages-listed = Choisissez l’une des langues proposées.

## Messages avec des valeurs. Le code écrit le texte anglais avec les valeurs en place ; les
## variables ci-dessous les retrouvent. Une valeur textuelle arrive aussi sous la forme `$name_key`,
## un identifiant sur lequel sélectionner (`The venue's name` → `the-venue-s-name`) ; voir
## docs/translating.md.

error-names-can-be-at-most = Les noms peuvent comporter au maximum { $max } caractères.
error-the-bio-can-be-at-most = La biographie peut comporter au maximum { $max } caractères.
error-token-names-can-be-at-most = Les noms de jeton peuvent comporter au maximum { $max } caractères.
error-passwords-can-be-at-most = Les mots de passe peuvent comporter au maximum { $max } caractères.
error-use-at-least-characters = Utilisez au moins { $min } caractères. Quelques mots sans rapport entre eux font un mot de passe solide.
error-field-cannot-contain-line-breaks = { $what_key ->
        [the-name] Le nom
        [the-summary] Le résumé
        [the-description] La description
        [the-city] La ville
        [the-country] Le pays
        [the-code-of-conduct] Le code de conduite
        [the-report] Le signalement
        [the-reason] Le motif
        [a-question] Une question
        [an-answer] Une réponse
        [the-title] Le titre
        [the-venue-s-name] Le nom du lieu
        [the-address] L’adresse
        [how-to-find-us] Le texte « Comment nous trouver »
        [the-question] La question
        [the-answer] La réponse
        [the-talk-s-title] Le titre de la présentation
        [the-speaker-s-name] Le nom de l’intervenant
        [the-abstract] Le résumé
        [the-comment] Le commentaire
       *[other] Le champ « { $what } »
    } ne peut pas contenir de sauts de ligne ni de caractères de contrôle.
error-field-cannot-contain-control = { $what_key ->
        [the-name] Le nom
        [the-summary] Le résumé
        [the-description] La description
        [the-city] La ville
        [the-country] Le pays
        [the-code-of-conduct] Le code de conduite
        [the-report] Le signalement
        [the-reason] Le motif
        [a-question] Une question
        [an-answer] Une réponse
        [the-title] Le titre
        [the-venue-s-name] Le nom du lieu
        [the-address] L’adresse
        [how-to-find-us] Le texte « Comment nous trouver »
        [the-question] La question
        [the-answer] La réponse
        [the-talk-s-title] Le titre de la présentation
        [the-speaker-s-name] Le nom de l’intervenant
        [the-abstract] Le résumé
        [the-comment] Le commentaire
       *[other] Le champ « { $what } »
    } ne peut pas contenir de caractères de contrôle.
error-field-needs-at-least = { $what_key ->
        [the-name] Le nom
        [the-summary] Le résumé
        [the-description] La description
        [the-city] La ville
        [the-country] Le pays
        [the-code-of-conduct] Le code de conduite
        [the-report] Le signalement
        [the-reason] Le motif
        [a-question] Une question
        [an-answer] Une réponse
        [the-title] Le titre
        [the-venue-s-name] Le nom du lieu
        [the-address] L’adresse
        [how-to-find-us] Le texte « Comment nous trouver »
        [the-question] La question
        [the-answer] La réponse
        [the-talk-s-title] Le titre de la présentation
        [the-speaker-s-name] Le nom de l’intervenant
        [the-abstract] Le résumé
        [the-comment] Le commentaire
       *[other] Le champ « { $what } »
    } doit comporter au moins { $min } caractères.
error-field-can-be-at-most = { $what_key ->
        [the-name] Le nom
        [the-summary] Le résumé
        [the-description] La description
        [the-city] La ville
        [the-country] Le pays
        [the-code-of-conduct] Le code de conduite
        [the-report] Le signalement
        [the-reason] Le motif
        [a-question] Une question
        [an-answer] Une réponse
        [the-title] Le titre
        [the-venue-s-name] Le nom du lieu
        [the-address] L’adresse
        [how-to-find-us] Le texte « Comment nous trouver »
        [the-question] La question
        [the-answer] La réponse
        [the-talk-s-title] Le titre de la présentation
        [the-speaker-s-name] Le nom de l’intervenant
        [the-abstract] Le résumé
        [the-comment] Le commentaire
       *[other] Le champ « { $what } »
    } peut comporter au maximum { $max } caractères.
error-at-most-topics = { $max ->
        [one] { $max } thème au maximum.
       *[other] { $max } thèmes au maximum.
    }
error-at-most-questions = { $max ->
        [one] { $max } question au maximum.
       *[other] { $max } questions au maximum.
    }
error-capacity-is-a-number-of-seats = La capacité est un nombre de places compris entre 1 et { $max } ; laissez le champ vide pour ne fixer aucune limite.
error-guests-per-rsvp-is-a-number = Le nombre d’invités par inscription doit être compris entre 0 et { $max }.
error-you-can-bring-at-most-guests = { $max ->
        [one] Vous pouvez venir avec { $max } invité au maximum.
       *[other] Vous pouvez venir avec { $max } invités au maximum.
    }
error-a-series-can-have-from = Une série peut compter de 1 à { $max } rencontres.
error-enter-a-number-of-meetups-from = Saisissez un nombre de rencontres compris entre 1 et { $max }.
error-the-first-date-must-be-a-weekday = La première date doit être un { $weekday_key ->
        [monday] lundi
        [tuesday] mardi
        [wednesday] mercredi
        [thursday] jeudi
        [friday] vendredi
        [saturday] samedi
        [sunday] dimanche
       *[other] { $weekday }
    }.
error-the-first-date-must-be-the-last = La première date doit être le dernier { $weekday_key ->
        [monday] lundi
        [tuesday] mardi
        [wednesday] mercredi
        [thursday] jeudi
        [friday] vendredi
        [saturday] samedi
        [sunday] dimanche
       *[other] { $weekday }
    } du mois.
error-the-first-date-must-be-an-nth = La première date doit être le { $nth_key ->
        [first] premier
        [second] deuxième
        [third] troisième
        [fourth] quatrième
        [last] dernier
       *[other] { $nth }
    } { $weekday_key ->
        [monday] lundi
        [tuesday] mardi
        [wednesday] mercredi
        [thursday] jeudi
        [friday] vendredi
        [saturday] samedi
        [sunday] dimanche
       *[other] { $weekday }
    } du mois.
error-the-first-date-day-st = La première date doit tomber le { $day ->
        [1] 1er
       *[other] { $day }
    } d’un mois.
error-the-first-date-day-nd = La première date doit tomber le { $day ->
        [1] 1er
       *[other] { $day }
    } d’un mois.
error-the-first-date-day-rd = La première date doit tomber le { $day ->
        [1] 1er
       *[other] { $day }
    } d’un mois.
error-the-first-date-day-th = La première date doit tomber le { $day ->
        [1] 1er
       *[other] { $day }
    } d’un mois.
error-the-repeat-rule-must-be-written = La règle de répétition doit être écrite exactement ainsi : « { $rule } ».
error-this-repeat-rule-cannot-be-used = Cette règle de répétition ne peut pas être utilisée : { $reason }
error-the-repeat-rule-could-not-be-read = La règle de répétition n’a pas pu être lue : « { $part } » n’est pas une partie NAME=value.
error-repeat-rules-with-are-not-supported = Les règles de répétition avec { $name } ne sont pas prises en charge : utilisez une répétition hebdomadaire, mensuelle un jour de la semaine, ou mensuelle un jour du mois.
error-the-repeat-rule-names-twice = La règle de répétition indique { $name } plusieurs fois.
error-repeat-rules-with-freq = Les règles de répétition avec FREQ={ $freq } ne sont pas prises en charge : utilisez une répétition hebdomadaire ou mensuelle.
error-at-most-reminders-were-given = { $max ->
        [one] { $max } rappel au maximum
       *[other] { $max } rappels au maximum
    } ; { $given ->
        [one] { $given } a été indiqué.
       *[other] { $given } ont été indiqués.
    }
error-reminders-go-out-between = Les rappels sont envoyés entre 1 et { $max } heures (14 jours) avant le début ; { $hours } est en dehors de cette plage.
error-you-are-not-a-member-of-named = Vous n’êtes pas membre de « { $group } ».
error-the-file-is-larger-than = Le fichier dépasse { $max } MiB, la taille maximale d’une archive.
error-this-is-not-a-zip-file = Ce n’est pas un fichier ZIP ({ $reason }). Choisissez l’archive créée par Muster.
error-the-zip-has-files = { $count ->
        [one] Le ZIP contient { $count } fichier ; une archive de groupe en contient bien moins.
       *[other] Le ZIP contient { $count } fichiers ; une archive de groupe en contient bien moins.
    }
error-this-archive-is-version = Cette archive est au format de la version { $version } ; cette version de Muster lit la version { $supported }. Mettez Muster à jour, ou exportez à nouveau le groupe.
error-the-address-is-taken-here = L’adresse /g/{ $slug } est déjà prise ici. Importez le groupe avec une autre adresse (--slug).
error-the-meetup-on = La rencontre du { $day } : { $message }
error-this-link-has-already-been-used = Ce lien a déjà été utilisé. { $again }
error-this-link-has-expired = Ce lien a expiré. { $again }
error-this-link-is-not-valid = Ce lien n’est pas valide : il est peut-être mal saisi, ou un lien plus récent l’a remplacé. { $again }
error-you-are-the-only-organizer-of = Vous êtes le seul organisateur de { $groups }. Nommez quelqu’un d’autre organisateur, ou supprimez le groupe, avant de supprimer votre compte.
error-keep-it-under-characters = Ne dépassez pas { $max } caractères.
error-the-organizers-refused-your-request = Les organisateurs du groupe ont refusé votre demande. Vous pourrez redemander à partir du { $when }, ou plus tôt s’ils lèvent leur refus.
error-the-time-to-refuse-ended = Le délai de refus a pris fin le { $when } ; c’est maintenant un administrateur qui décide.
error-this-request-was-status = Cette demande n’est plus en attente : { $status_key ->
        [approved] elle a été approuvée.
        [refused] les organisateurs l’ont refusée.
        [rejected] un administrateur l’a rejetée.
        [withdrawn] elle a été retirée.
        [pending] elle vient d’être traitée ou retirée.
       *[other] son statut est désormais « { $status } ».
    }
error-the-organizers-can-refuse-until = Les organisateurs du groupe peuvent refuser cette demande jusqu’au { $when }. Approuvez-la après cette date.
error-read-and-accept-the-conduct-version = Veuillez d’abord lire et accepter le code de conduite actuel du groupe (version { $version }).
error-accept-version = Acceptez la version { $version }.
error-not-possible-for-membership = Ce n’est pas possible pour une personne { $status_key ->
        [active] dont l’adhésion est active.
        [pending] dont la demande d’adhésion est en attente.
        [invited] qui est seulement invitée.
        [banned] bannie du groupe.
       *[other] dont l’adhésion est à l’état « { $status } ».
    }
error-only-one-seat-is-left = { $free ->
        [one] Seulement { $free } place disponible
       *[other] Seulement { $free } places disponibles
    } : venez avec moins d’invités, ou répondez à nouveau sans invités.
error-only-seats-are-left = { $free ->
        [one] Seulement { $free } place disponible
       *[other] Seulement { $free } places disponibles
    } : venez avec moins d’invités, ou répondez à nouveau sans invités.
error-the-address-is-too-long = L’adresse est trop longue : { $size } KiB, alors que { $max } KiB au maximum sont lus. Envoyez plutôt les données longues dans le corps d’une requête.
error-the-query-string-is-invalid = La chaîne de requête n’est pas valide : { $reason }
error-the-form-is-invalid = Le formulaire n’est pas valide : { $reason }
error-the-request-body-is-larger-than = Le corps de la requête dépasse { $max } KiB.
error-the-body-is-not-valid-json-because = Le corps n’est pas du JSON valide : { $reason }
error-publish-a-draft-with = Publiez un brouillon avec POST /api/v1/events/{ $id }/publish.

## Messages sans valeurs que le code écrit en anglais.

error-that-is-not-your-current-password = Ce n’est pas votre mot de passe actuel.
error-ask-for-a-new-link-in-settings = Vous pouvez demander un nouveau lien dans les paramètres de votre compte.
error-ask-for-a-new-link-on-reset = Vous pouvez demander un nouveau lien sur la page de réinitialisation du mot de passe.
error-start-the-change-again = Vous pouvez recommencer la modification dans les paramètres de votre compte.
error-that-is-not-the-current-setup-token = Ce n’est pas le jeton d’installation actuel. Copiez-le depuis le journal du serveur.
error-the-zip-has-no-archive-json = Le ZIP ne contient pas de fichier archive.json : ce n’est pas une archive de groupe Muster.
error-only-members-of-the-group-can-be-added = Seuls les membres du groupe peuvent être ajoutés.
error-hosts-must-be-members-of-the-group = Les hôtes doivent être membres du groupe.
error-choose-this-or-following = Choisissez this (cet événement) ou following (cet événement et les suivants de la série).
error-the-start-is-in-the-past-move = Le début est dans le passé : déplacez l’événement avant de le publier.
error-the-speaker-must-be-a-member = L’intervenant doit être membre du groupe (ou indiquez seulement un nom).
error-give-the-talks-ids = Indiquez les identifiants des présentations.
error-list-every-talk-exactly-once = Indiquez chaque présentation du programme exactement une fois.
error-that-person-is-not-part-of-this-group = Cette personne ne fait pas partie de ce groupe.
error-that-address-has-had-too-many-emails = Cette adresse a reçu trop d’e-mails de ce site ces derniers temps. Réessayez plus tard.
error-private-groups-take-members-by-invitation = Les groupes privés sont invisibles pour les personnes extérieures : ils n’accueillent donc de nouveaux membres que sur invitation.
error-choose-a-language-from-the-list = Choisissez une langue dans la liste.
error-that-address-is-taken = Cette adresse est déjà prise. Choisissez-en une autre.
error-type-the-groups-name-exactly = Saisissez le nom exact du groupe pour confirmer.
error-the-image-is-larger-than-2-mib = L’image dépasse 2 MiB.
error-upload-a-png-jpeg-webp-or-gif = Envoyez une image PNG, JPEG, WebP ou GIF.
error-the-image-could-not-be-read = L’image n’a pas pu être lue ; elle est peut-être endommagée ou trop grande (4096 px au maximum).
error-write-a-subject-of-1-to-150 = Saisissez un objet de 1 à 150 caractères.
error-write-a-message-of-1-to-10000 = Rédigez un message de 1 à 10 000 caractères.
error-choose-all-going-waitlisted-or-not-answered = Choisissez all, going, waitlisted ou not_answered.
error-choose-the-event-this-audience-answered = Choisissez l’événement auquel ces destinataires ont répondu.
error-enter-a-valid-email-address-like = Saisissez une adresse e-mail valide, comme ada@example.org.
error-names-cannot-contain-line-breaks = Les noms ne peuvent pas contenir de sauts de ligne ni d’autres caractères de contrôle.
error-that-password-is-one-of-the-most-common = Ce mot de passe fait partie des plus courants et se devine facilement. Choisissez-en un autre.
error-choose-draft-published-or-cancelled = Choisissez draft, published ou cancelled.
error-choose-going-waitlisted-or-not-going = Choisissez going, waitlisted ou not_going.
error-answer-yes-or-no = Répondez yes ou no.
error-choose-attended-no-show-or-unknown = Choisissez attended, no_show ou unknown.
error-this-event-does-not-allow-guests = Cet événement n’accepte pas d’invités.
error-you-can-bring-at-most-1-guest = Vous pouvez venir avec 1 invité au maximum.
error-this-event-is-not-published-yet = Cet événement n’est pas encore publié.
error-this-event-was-cancelled = Cet événement a été annulé.
error-this-event-has-already-started = Cet événement a déjà commencé.
error-give-a-number-of-hours-from-0 = Indiquez un nombre d’heures compris entre 0 et 8760 (un an).
error-use-3-50-lower-case-letters = Utilisez de 3 à 50 lettres minuscules, chiffres et tirets simples, en commençant par une lettre (comme pyleeds ou python-berlin).
error-enter-a-web-address-up-to-500 = Saisissez une adresse web comme https://example.org (500 caractères au maximum).
error-choose-open-or-handled = Choisissez open ou handled.
error-choose-to-repeat-every-week = Choisissez une répétition toutes les semaines, ou toutes les 2, 3 ou 4 semaines.
error-choose-the-nth-weekday-of-the-month = Choisissez le premier, deuxième, troisième, quatrième ou dernier jour de la semaine du mois.
error-give-the-repeat-rules-value = Indiquez la valeur de la règle de répétition sans le « RRULE: » initial.
error-your-email-address-is-confirmed = Votre adresse e-mail est confirmée.
error-if-the-address-has-an-account = Si un compte correspond à cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe.
error-follow-the-link-to-the-new-address = Suivez le lien que nous avons envoyé à la nouvelle adresse pour la confirmer. D’ici là, votre adresse reste inchangée.
error-if-the-address-can-be-used = Si l’adresse peut être utilisée, nous lui avons envoyé un e-mail. Suivez le lien qu’il contient pour confirmer votre adresse.
error-the-api-token-is-invalid = Le jeton d’API n’est pas valide ou a été révoqué.
error-this-calendar-link-does-not-exist = Ce lien de calendrier n’existe pas ou a été remplacé. Obtenez-en un nouveau dans les paramètres de votre compte.
error-say-whether-the-feed-carries-every = Indiquez si le flux contient tous les événements de vos groupes (true ou false).
error-choose-a-member-to-add = Choisissez un membre à ajouter.
error-give-a-time-or-a-number-of-hours = Indiquez une heure ou un nombre d’heures avant le début, mais pas les deux.
error-enter-a-number-of-seats = Saisissez un nombre de places, ou laissez le champ vide pour ne fixer aucune limite.
error-enter-a-number-of-guests-from-0-to-10 = Saisissez un nombre d’invités compris entre 0 et 10.
error-enter-a-whole-number-of-hours = Saisissez un nombre entier d’heures, ou laissez le champ vide.
error-enter-latitude-and-longitude = Saisissez la latitude et la longitude sous forme de nombres, comme 53.8008 et -1.5491.
error-choose-a-weekday = Choisissez un jour de la semaine.
error-choose-the-nth-weekday = Choisissez le premier, deuxième, troisième, quatrième ou dernier jour de la semaine.
error-choose-how-the-series-repeats = Choisissez comment la série se répète.
error-enter-the-last-date-like = Saisissez la dernière date au format 2027-06-30.
error-choose-a-number-of-guests = Choisissez un nombre d’invités.
error-only-for-changing-capacity = Uniquement pour modifier la capacité d’un événement.
error-choose-refuse-or-waitlist = Choisissez refuse ou waitlist.
error-series-are-published-as-created = Les séries sont publiées dès leur création.
error-the-body-must-be-a-json-object = Le corps doit être un objet JSON.
error-this-field-is-required = Ce champ est obligatoire.
error-this-field-is-not-recognised = Ce champ n’est pas reconnu.
error-choose-an-image-to-upload = Choisissez une image à envoyer.
error-use-organizer-co-organizer = Utilisez organizer, co_organizer, assistant_organizer, event_organizer ou member.
error-the-address-and-conduct-have-endpoints = L’adresse et le code de conduite ont leurs propres points de terminaison.
error-choose-an-ics-file = Choisissez un fichier .ics, ou indiquez l’adresse du calendrier.
error-enter-the-venues-name = Saisissez le nom du lieu.
error-enter-the-talks-title = Saisissez le titre de la présentation.
error-enter-the-comment = Saisissez le commentaire.
error-give-a-domain-name-like-spam-example = Indiquez un nom de domaine, comme spam.example.
error-pronouns-cannot-contain-control-characters = Les pronoms ne peuvent pas contenir de caractères de contrôle.
error-pronouns-can-be-at-most = Les pronoms peuvent comporter au maximum { $max } caractères.
error-enter-a-fediverse-address-like = Saisissez une adresse du fédivers comme @nom@mastodon.social, ou laissez le champ vide.
error-enter-a-github-user-name-like = Saisissez un nom d’utilisateur GitHub comme octocat (lettres, chiffres et tirets isolés, 39 caractères au plus), ou laissez le champ vide.

error-the-photo-is-larger-than-20-mib = La photo dépasse 20 Mio.
error-upload-a-jpeg-png-or-webp-photo = Envoyez une photo JPEG, PNG ou WebP.
error-the-photo-could-not-be-read = La photo n’a pas pu être lue ; elle est peut-être endommagée ou trop grande (50 mégapixels au maximum).
error-photos-are-for-meetups-that-took-place = Les photos sont pour les rencontres qui ont eu lieu.
error-photos-can-be-added-once-the-meetup-has-started = Les photos peuvent être ajoutées une fois la rencontre commencée.
error-only-people-who-went-can-add-photos = Seules les personnes venues à cette rencontre, et ses organisateurs, peuvent ajouter des photos.
error-write-a-caption-of-at-most-200-characters = Écrivez une légende de 200 caractères au plus.
error-the-groups-photo-storage-is-full = Le stockage de photos du groupe est plein ({ $used } Mio utilisés sur { $quota }). Un organisateur peut retirer des photos pour faire de la place.
error-only-the-person-who-added-a-photo-can-remove-it = Seule la personne qui a ajouté une photo, ou les organisateurs du groupe, peuvent la retirer.
error-say-what-is-wrong-with-the-photo = Dites en 1 à 1000 caractères ce qui ne va pas avec la photo.
error-at-most-20-photos-at-once = 20 photos au plus à la fois : ajoutez celle-ci à nouveau.
error-choose-one-or-more-photos-to-add = Choisissez une ou plusieurs photos à ajouter.
error-enter-the-title = Saisissez le titre.
error-enter-the-text = Saisissez le texte.
error-organizers-start-discussions = Dans ce groupe, les organisateurs lancent les discussions ; les membres y répondent.
error-discussion-locked = Cette discussion est verrouillée : elle n’accepte plus de nouvelles réponses.
error-only-author-edits = Seul l’auteur d’un message peut le modifier.
error-only-author-or-moderators-remove = Seuls l’auteur d’un message ou les modérateurs du groupe peuvent le supprimer.
error-choose-pin-or-lock = Choisissez pin, unpin, lock ou unlock.
error-radius-km-is-from-1-to = radius_km va de 1 à 1000.
error-no-place-called-is-known-enter = Aucun lieu nommé « { $place } » n’est connu : saisissez une ville (Potsdam, ou Potsdam, Germany) ou une latitude et une longitude (52.40,13.07).
error-within-days-is-from-1-to = within_days va de 1 à 366.
error-enter-a-place = Saisissez un lieu.

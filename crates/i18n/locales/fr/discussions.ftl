## Discussions : les fils de discussion d’un groupe et leurs réponses, leurs e-mails et leurs réglages.

email-topic-discussions = nouvelles réponses dans les discussions que vous suivez
email-thread-replies-subject = { $count ->
    [one] Nouvelle réponse dans « { $title } » · { $group }
   *[other] { $count } nouvelles réponses dans « { $title } » · { $group }
}
email-thread-replies-intro-txt = Il y a de nouvelles réponses dans « { $title } », une discussion de { $group } que vous suivez :
email-thread-replies-intro-html = Il y a de nouvelles réponses dans <strong>« { $title } »</strong>, une discussion de { $group } que vous suivez.
email-thread-reply-by = { $name } a écrit :
email-thread-replies-more = { $count ->
    [one] …et { $count } autre réponse.
   *[other] …et { $count } autres réponses.
}
email-thread-open-txt = Lire et répondre : { $url }
email-thread-open = Lire et répondre
email-thread-unfollow-txt = Ne plus suivre cette discussion (en un clic) : { $url }
email-thread-unfollow = Ne plus suivre cette discussion
account-email-settings-discussions = Nouvelles réponses dans les discussions que je suis

group-tab-discussions = Discussions
discussions-title = Discussions
discussions-none = Aucune discussion pour l’instant. Lancez-en une : posez une question, organisez une soirée hack, partagez un lien.
discussions-page-empty = Il n’y a pas d’autre discussion.
discussions-pinned = Épinglée
discussions-locked = Verrouillée
discussions-replies-count = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
discussions-active = dernière activité le { $when }
discussions-pages = Autres discussions
discussions-newer = ← Plus récentes
discussions-older = Plus anciennes →
discussions-start = Lancer une discussion
discussions-field-title = Titre
discussions-field-body = Texte
discussions-markdown-hint = Markdown est pris en charge : **gras**, *italique*, [liens](https://example.org), listes et code.
discussions-start-button = Lancer la discussion
discussions-login-to-start = Connectez-vous et rejoignez le groupe pour lancer une discussion.
discussions-members-start = Rejoignez le groupe pour lancer une discussion.
discussions-accept-conduct = Acceptez le code de conduite actuel du groupe pour écrire ici.
discussions-organizers-start = Dans ce groupe, les organisateurs lancent les discussions ; les membres y répondent.
discussions-settings = Qui lance les discussions
discussions-organizers-only = Seuls les organisateurs lancent des discussions (les membres peuvent toujours répondre)
discussions-settings-save = Enregistrer
discussions-all = Toutes les discussions
discussions-deleted-account = Un compte supprimé
discussions-edited = modifié
discussions-post-deleted = L’auteur de ce message a supprimé son compte.
discussions-edit = Modifier
discussions-remove-thread = Supprimer la discussion
discussions-remove-reply = Supprimer
discussions-pin = Épingler
discussions-unpin = Désépingler
discussions-lock = Verrouiller
discussions-unlock = Déverrouiller
discussions-follow = Suivre
discussions-unfollow = Ne plus suivre
discussions-following-hint = Vous suivez cette discussion : les nouvelles réponses vous arrivent par e-mail, au plus une fois par heure.
discussions-followers = { $count ->
    [one] { $count } personne la suit.
   *[other] { $count } personnes la suivent.
}
discussions-reply-removed = Cette réponse a été supprimée.
discussions-reply = Votre réponse
discussions-reply-button = Répondre
discussions-locked-note = Cette discussion est verrouillée : elle n’accepte plus de nouvelles réponses.
discussions-login-to-reply = Connectez-vous et rejoignez le groupe pour répondre.
discussions-members-reply = Rejoignez le groupe pour répondre.
discussions-edit-title = Modifier
discussions-save = Enregistrer
discussions-cancel = Annuler
notice-thread-started = Votre discussion est lancée. Vous la suivez : les réponses vous arriveront par e-mail.
notice-thread-removed = La discussion a été supprimée.
notice-thread-followed = Vous suivez cette discussion : les nouvelles réponses vous arriveront par e-mail.
notice-thread-unfollowed = Vous ne suivez plus cette discussion.
notice-thread-moderated = Enregistré.
notice-reply-posted = Votre réponse est publiée.
notice-reply-removed = La réponse a été supprimée.
notice-post-edited = Vos modifications sont enregistrées.
notice-discussion-settings-saved = Enregistré : qui lance les discussions.
link-unfollow = Ne plus suivre
link-unfollow-message = Ne plus recevoir d’e-mails sur les nouvelles réponses dans « { $title } » ({ $group }) ?
link-unfollowed = Vous ne suivez plus cette discussion
link-unfollowed-message = Vous ne recevrez plus d’e-mails au sujet de « { $title } » ({ $group }). Les autres discussions que vous suivez continuent de vous envoyer les leurs.
archive-discussions = Discussions
archive-discussions-count = { $count ->
    [one] { $count } discussion
   *[other] { $count } discussions
}
archive-discussion-unnamed = Un membre
discussions-earlier-replies = ← Réponses précédentes
discussions-later-replies = Réponses suivantes →

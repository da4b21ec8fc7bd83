# Every email Muster sends: subjects, plain-text parts (-txt) and HTML parts (-html).

## Shared words

email-hello-name = Bonjour { $name },
email-hello = Bonjour,
email-label-when = Quand :
email-label-where = Où :
email-label-title = Titre :
email-label-join-online = Participer en ligne :
email-label-reported-by = Signalé par :
email-label-about = Concerne :
email-was = (auparavant { $value })
email-see-event = Voir l’événement
email-open-group = Ouvrir le groupe
email-open-event = Ouvrir l’événement
email-review-request = Examiner la demande
email-open-account-settings = Ouvrir les paramètres du compte
email-reset-my-password = Réinitialiser mon mot de passe
email-or-open-link = Ou ouvrez ce lien :
email-ignore-if-not-asked = Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.
email-reason = Motif : { $reason }
email-email-settings = Paramètres des e-mails
email-email-settings-txt = Paramètres des e-mails : { $url }

## Footers

email-footer-account = Vous avez reçu cet e-mail au sujet de votre compte sur <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>.
email-footer-organizer-txt = Vous recevez ce message parce que vous organisez { $group } sur { $instance } · { $url }
email-footer-organizer-html = Vous recevez ce message parce que vous organisez { $group } sur <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>.
email-footer-moderator-html = Vous recevez ce message parce que vous modérez { $group } sur <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>.
email-group-footer-txt = { $group } sur { $instance } · { $url }
email-group-footer-conduct-txt = Code de conduite : { $url }
email-group-footer-stop-txt = Ne plus recevoir les { $topic } de { $group } (en un clic) : { $url }
email-group-footer-html = Vous recevez ce message en tant que membre de { $group } sur <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>. Notre <a href="{ $conduct }" style="color:#2f5d8a;">code de conduite</a> s’applique à chaque événement.
email-group-footer-stop-html = Ne plus recevoir les { $topic } de { $group }
email-topic-announcements = annonces de nouveaux événements
email-topic-reminders = rappels avant les événements auxquels vous participez
email-topic-messages = messages des organisateurs

## Account

email-verify-subject = Confirmez votre adresse e-mail pour { $instance }
email-verify-intro-txt = Veuillez confirmer qu’il s’agit bien de votre adresse e-mail, afin de pouvoir créer des groupes et vous inscrire aux rencontres sur { $instance } :
email-verify-intro-html = Veuillez confirmer qu’il s’agit bien de votre adresse e-mail, afin de pouvoir créer des groupes et vous inscrire aux rencontres sur { $instance }.
email-verify-button = Confirmer mon adresse e-mail
email-verify-expiry-txt = Le lien ne fonctionne qu’une fois et expire dans 3 jours. Si vous ne vous êtes pas inscrit, ignorez cet e-mail.
email-verify-expiry-html = Il ne fonctionne qu’une fois et expire dans 3 jours. Si vous ne vous êtes pas inscrit, ignorez cet e-mail.

email-reset-subject = Réinitialisez votre mot de passe { $instance }
email-reset-intro-txt = Quelqu’un — vous, espérons-le — a demandé à réinitialiser le mot de passe de votre compte { $instance }. Choisissez un nouveau mot de passe ici :
email-reset-intro-html = Quelqu’un — vous, espérons-le — a demandé à réinitialiser le mot de passe de votre compte { $instance }.
email-reset-button = Choisir un nouveau mot de passe
email-reset-expiry-txt = Le lien ne fonctionne qu’une fois et expire dans 1 heure. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.
email-reset-expiry-html = Il ne fonctionne qu’une fois et expire dans 1 heure. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.

email-reset-unknown-subject = Demande de réinitialisation de mot de passe sur { $instance }
email-reset-unknown-intro = Quelqu’un a demandé à réinitialiser le mot de passe d’un compte { $instance } pour cette adresse e-mail, mais aucun compte n’utilise cette adresse.
email-reset-unknown-signup = Si c’était vous, vous vous êtes peut-être inscrit avec une autre adresse. Vous pouvez aussi créer un compte :
email-reset-unknown-button = S’inscrire

email-signup-existing-subject = Vous avez déjà un compte { $instance }
email-signup-existing-intro = Quelqu’un a essayé de s’inscrire sur { $instance } avec cette adresse e-mail, mais vous avez déjà un compte. Si c’était vous, connectez-vous — ou, si vous avez oublié votre mot de passe, réinitialisez-le :
email-signup-existing-not-you = Si ce n’était pas vous, ignorez cet e-mail. Rien n’a changé.

email-confirm-change-subject = Confirmez votre nouvelle adresse e-mail pour { $instance }
email-confirm-change-intro-txt = Veuillez confirmer que { $email } doit devenir l’adresse e-mail de votre compte { $instance } :
email-confirm-change-intro-html = Veuillez confirmer que { $email } doit devenir l’adresse e-mail de votre compte { $instance }.
email-confirm-change-button = Confirmer la nouvelle adresse
email-confirm-change-expiry-txt = Le lien ne fonctionne qu’une fois et expire dans 1 jour. Tant que vous n’avez pas confirmé, votre compte garde son adresse actuelle.
email-confirm-change-expiry-html = Il ne fonctionne qu’une fois et expire dans 1 jour. Tant que vous n’avez pas confirmé, votre compte garde son adresse actuelle.

email-change-requested-subject = L’adresse e-mail de votre compte { $instance } est en cours de modification
email-change-requested-intro-txt = Quelqu’un a demandé à remplacer l’adresse e-mail de votre compte { $instance } par { $email }. Le changement n’a lieu qu’une fois la nouvelle adresse confirmée.
email-change-requested-intro-html = Quelqu’un a demandé à remplacer l’adresse e-mail de votre compte { $instance } par <strong>{ $email }</strong>. Le changement n’a lieu qu’une fois la nouvelle adresse confirmée.
email-change-requested-not-you = Si ce n’était pas vous, changez votre mot de passe dès maintenant et vérifiez les paramètres de votre compte :

email-password-changed-subject = Votre mot de passe { $instance } a été modifié
email-password-changed-intro = Le mot de passe de votre compte { $instance } vient d’être modifié, et tous les appareils ont été déconnectés.
email-password-changed-not-you-txt = Si ce n’était pas vous, réinitialisez immédiatement votre mot de passe : { $url }/account/reset
email-password-changed-not-you-html = Si ce n’était pas vous, réinitialisez immédiatement votre mot de passe :

email-address-in-use-subject = Cette adresse a déjà un compte { $instance }
email-address-in-use-intro = Quelqu’un a demandé à associer un autre compte { $instance } à cette adresse e-mail. Cette adresse a déjà un compte, donc rien n’a changé.
email-address-in-use-reset = Si vous avez oublié le mot de passe de votre compte, vous pouvez le réinitialiser :

## Groups

email-invitation-subject = Vous êtes invité à rejoindre { $group }
email-invitation-intro-txt = { $inviter } vous invite à rejoindre { $group } sur { $instance }. Acceptez l’invitation ici (connectez-vous ou inscrivez-vous d’abord si nécessaire) :
email-invitation-intro-html = { $inviter } vous invite à rejoindre <strong>{ $group }</strong> sur { $instance }.
email-invitation-button = Accepter l’invitation
email-invitation-expiry = Le lien ne fonctionne qu’une fois et expire dans 14 jours. Si vous ne souhaitez pas rejoindre le groupe, ignorez cet e-mail.

email-membership-approved-subject = Bienvenue dans { $group }
email-membership-approved-txt = Votre demande pour rejoindre { $group } a été acceptée. Bienvenue ! Découvrez les prochains événements :
email-membership-approved-html = Votre demande pour rejoindre <strong>{ $group }</strong> a été acceptée. Bienvenue !
email-membership-approved-button = Voir les prochains événements

email-conduct-subject = Un signalement au titre du code de conduite pour { $group }
email-conduct-intro-txt = Un problème de conduite a été signalé aux organisateurs de { $group }.
email-conduct-intro-html = Un problème de conduite a été signalé aux organisateurs de <strong>{ $group }</strong>.
email-conduct-private-txt = Les signalements ne sont visibles que par les organisateurs (et, lorsqu’un signalement concerne un organisateur, par les administrateurs de l’instance). Faites le suivi et marquez-le comme traité ici :
email-conduct-private-html = Les signalements ne sont visibles que par les organisateurs (et, lorsqu’un signalement concerne un organisateur, par les administrateurs de l’instance).
email-conduct-button = Ouvrir les signalements

email-join-request-subject = { $requester } demande à rejoindre { $group }
email-join-request-txt = { $requester } demande à rejoindre { $group }. Acceptez ou refusez la demande ici :
email-join-request-html = <strong>{ $requester }</strong> demande à rejoindre <strong>{ $group }</strong>.

email-adoption-requested-subject = { $requester } demande à reprendre { $group }
email-adoption-requested-intro-txt = { $requester } demande à reprendre { $group }, qui n’a pas eu d’événement depuis longtemps, et à en devenir l’un des organisateurs.
email-adoption-requested-intro-html = <strong>{ $requester }</strong> demande à reprendre <strong>{ $group }</strong>, qui n’a pas eu d’événement depuis longtemps, et à en devenir l’un des organisateurs.
email-adoption-their-message = Son message :
email-adoption-requested-refuse-txt = Si vous animez encore le groupe et ne souhaitez pas cela, refusez la demande avant le { $date } :
email-adoption-requested-after-txt = Passé cette date, un administrateur de { $instance } pourra l’approuver. Vous restez organisateur dans tous les cas.
email-adoption-requested-refuse-html = Si vous animez encore le groupe et ne souhaitez pas cela, refusez la demande avant le <strong>{ $date }</strong>. Passé cette date, un administrateur de { $instance } pourra l’approuver. Vous restez organisateur dans tous les cas.

email-adoption-approved-subject = Vous organisez désormais { $group }
email-adoption-declined-subject = Votre demande de reprise de { $group } a été refusée
email-adoption-approved-txt = Votre demande de reprise de { $group } a été approuvée. Vous êtes désormais l’un de ses organisateurs : bienvenue à bord !
email-adoption-approved-html = Votre demande de reprise de <strong>{ $group }</strong> a été approuvée. Vous êtes désormais l’un de ses organisateurs : bienvenue à bord !
email-adoption-refused-txt = Les organisateurs de { $group } ont refusé votre demande de reprise : ils animent toujours le groupe.
email-adoption-refused-html = Les organisateurs de <strong>{ $group }</strong> ont refusé votre demande de reprise : ils animent toujours le groupe.
email-adoption-rejected-txt = Votre demande de reprise de { $group } a été refusée par un administrateur de { $instance }.
email-adoption-rejected-html = Votre demande de reprise de <strong>{ $group }</strong> a été refusée par un administrateur de { $instance }.

email-co-organizer-subject = { $adopter } organise désormais { $group } avec vous
email-co-organizer-txt = { $adopter } a demandé à reprendre { $group }, personne n’a refusé avant la date limite, et un administrateur de { $instance } a approuvé la demande. { $adopter } fait désormais partie des organisateurs du groupe, avec vous. Vous restez organisateur ; les paramètres du groupe indiquent toutes les personnes qui l’animent :
email-co-organizer-html = { $adopter } a demandé à reprendre <strong>{ $group }</strong>, personne n’a refusé avant la date limite, et un administrateur de { $instance } a approuvé la demande. { $adopter } fait désormais partie des organisateurs du groupe, avec vous. Vous restez organisateur ; les paramètres du groupe indiquent toutes les personnes qui l’animent.
email-co-organizer-button = Ouvrir les paramètres du groupe

email-organizer-wrote-txt = { $sender }, organisateur de { $group }, a écrit :
email-organizer-wrote-about-txt = { $sender }, organisateur de { $group }, a écrit au sujet de { $event } :
email-organizer-wrote-html = { $sender }, organisateur de <strong>{ $group }</strong>, a écrit :
email-organizer-wrote-about-html = { $sender }, organisateur de <strong>{ $group }</strong>, a écrit au sujet de <strong>{ $event }</strong> :

## Events

email-promoted-subject = Vous avez une place : { $event }
email-promoted-intro-txt = Bonne nouvelle : une place s’est libérée et vous participez désormais à { $event } ({ $group }).
email-promoted-intro-html = Bonne nouvelle : une place s’est libérée et vous <strong>participez</strong> désormais à <strong>{ $event }</strong> ({ $group }).
email-promoted-outro-txt =
    La page de l’événement donne tous les détails, et un bouton si vous ne pouvez plus venir (la place
    revient alors à la personne suivante sur la liste d’attente) :
email-promoted-outro-html = Si vous ne pouvez plus venir, indiquez-le sur la page de l’événement : la place reviendra à la personne suivante sur la liste d’attente.

email-announcement-subject = Nouvel événement : { $event } ({ $group })
email-announcement-intro-txt = { $group } propose un nouvel événement :
email-announcement-intro-html = <strong>{ $group }</strong> propose un nouvel événement :
email-announcement-details-txt = Détails et inscription :
email-announcement-button = Détails et inscription

email-rsvp-going-subject = Vous participez : { $event }
email-rsvp-waitlist-subject = Vous êtes sur la liste d’attente (n° { $position }) : { $event }
email-rsvp-going-txt =
    Vous participez à { $event } ({ $group }). L’invitation
    jointe l’ajoute à votre agenda, et le suit si l’événement change.
email-rsvp-waitlist-txt =
    L’événement est complet : vous êtes donc sur la liste d’attente de { $event }
    ({ $group }), en position { $position }. Dès qu’une place se libère, la personne suivante
    l’obtient et reçoit aussitôt un e-mail.
email-rsvp-going-html = Vous <strong>participez</strong> à <strong>{ $event }</strong> ({ $group }). L’invitation jointe l’ajoute à votre agenda, et le suit si l’événement change.
email-rsvp-waitlist-html = L’événement est complet : vous êtes donc sur la <strong>liste d’attente</strong> de <strong>{ $event }</strong> ({ $group }), en position <strong>{ $position }</strong>. Dès qu’une place se libère, la personne suivante l’obtient et reçoit aussitôt un e-mail.
email-rsvp-plans-change-txt = Si vos projets changent, répondez à nouveau sur la page de l’événement pour que la place profite à quelqu’un d’autre :
email-rsvp-plans-change-html = Si vos projets changent, répondez à nouveau sur la page de l’événement pour que la place profite à quelqu’un d’autre.

email-reminder-subject = Rappel : { $event } a lieu dans { $lead }
email-reminder-intro-txt = { $event } ({ $group }) a lieu dans { $lead }, et vous y participez.
email-reminder-intro-html = <strong>{ $event }</strong> ({ $group }) a lieu dans { $lead }, et vous y participez.
email-reminder-still-coming-txt = Vous venez toujours ? Un clic suffit pour le dire aux organisateurs :
email-reminder-cant-make-it-txt = Vous ne pouvez pas venir ? Un clic libère votre place pour la personne suivante sur la liste d’attente :
email-reminder-event-page-txt = La page de l’événement :
email-reminder-still-coming = Je viens toujours
email-reminder-cant-make-it = Je ne peux pas venir
email-reminder-frees-seat-html = « Je ne peux pas venir » libère votre place pour la personne suivante sur la liste d’attente. <a href="{ $url }" style="color:#2f5d8a;">Voir l’événement</a>.

email-changed-subject = Modifié : { $event }, désormais { $when }
email-changed-intro-txt = { $event } ({ $group }) a changé. Voici ce qu’il en est maintenant :
email-changed-intro-html = <strong>{ $event }</strong> ({ $group }) a changé. Voici ce qu’il en est maintenant :
email-changed-no-place-now = aucun lieu indiqué désormais
email-changed-no-place-given = aucun lieu indiqué
email-changed-outro-txt =
    La mise à jour jointe déplace l’événement dans votre agenda. Si vous ne pouvez plus venir, répondez
    à nouveau sur la page de l’événement pour que la place profite à quelqu’un d’autre :
email-changed-outro-html = La mise à jour jointe déplace l’événement dans votre agenda. Si vous ne pouvez plus venir, répondez à nouveau sur la page de l’événement pour que la place profite à quelqu’un d’autre.

email-cancelled-subject = Annulé : { $event }
email-cancelled-intro-txt = { $event } ({ $group }), prévu le { $when }, est annulé.
email-cancelled-intro-html = <strong>{ $event }</strong> ({ $group }), prévu le { $when }, est <strong>annulé</strong>.
email-cancelled-wrote-txt = Les organisateurs ont écrit : { $reason }
email-cancelled-wrote-html = Les organisateurs ont écrit :
email-cancelled-outro-txt = L’annulation jointe le retire de votre agenda. La page de l’événement reste en ligne :
email-cancelled-outro-html = L’annulation jointe le retire de votre agenda. La page de l’événement reste en ligne.

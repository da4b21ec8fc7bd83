claim-title = Est-ce vous ?
claim-signed-in =
    { $count ->
        [one] Ce lien est destiné à { $name }, de { $group } sur Meetup.com, venu·e à { $count } rencontre du groupe. En le réclamant, vous devenez membre de { $group } et ces rencontres s’ajoutent à votre compte.
       *[other] Ce lien est destiné à { $name }, de { $group } sur Meetup.com, venu·e à { $count } rencontres du groupe. En le réclamant, vous devenez membre de { $group } et ces rencontres s’ajoutent à votre compte.
    }
claim-visitor =
    { $count ->
        [one] Ce lien est destiné à { $name }, de { $group } sur Meetup.com, venu·e à { $count } rencontre du groupe. Connectez-vous (ou inscrivez-vous) pour récupérer cet historique.
       *[other] Ce lien est destiné à { $name }, de { $group } sur Meetup.com, venu·e à { $count } rencontres du groupe. Connectez-vous (ou inscrivez-vous) pour récupérer cet historique.
    }
claim-button = Oui, c’est moi : récupérer mon historique
claim-log-in = Se connecter pour le récupérer

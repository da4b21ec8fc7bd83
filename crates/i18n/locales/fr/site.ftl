# The site's frame: header, navigation, footer, shared words.
site-description = Des groupes locaux et leurs rencontres, sur { $instance }.
site-skip-to-content = Aller au contenu
site-nav-label = Navigation principale
site-find-group = Trouver un groupe
site-events-near = Au programme
site-start-group = Créer un groupe
site-admin = Administration
site-log-out = Se déconnecter
site-log-in = Se connecter
site-sign-up = S’inscrire
site-confirm-email = Veuillez confirmer votre adresse e-mail : suivez le lien que nous vous avons envoyé.
site-send-new-link = Envoyer un nouveau lien
site-footer = { $instance } fonctionne avec <a href="https://example.invalid/muster">Muster</a>, un logiciel libre pour les groupes locaux. L’historique de votre groupe reste entre vos mains.
site-language = Langue
site-language-change = Changer

## Maps
map-groups-label = Carte de ces groupes
map-events-label = Carte de ces meetups
map-label = Carte
near-locate = Utiliser ma position
near-locate-refused = Votre position n’est pas disponible : saisissez une ville.

# The site's frame: header, navigation, footer, shared words.
site-description = Lokale Gruppen und ihre Treffen auf { $instance }.
site-skip-to-content = Zum Inhalt springen
site-nav-label = Hauptnavigation
site-find-group = Gruppe finden
site-events-near = Was ist los
site-start-group = Gruppe gründen
site-admin = Administration
site-log-out = Abmelden
site-log-in = Anmelden
site-sign-up = Registrieren
site-confirm-email = Bitte bestätigen Sie Ihre E-Mail-Adresse: Folgen Sie dem Link, den wir Ihnen geschickt haben.
site-send-new-link = Neuen Link senden
site-footer = { $instance } läuft mit <a href="https://example.invalid/muster">Muster</a>, freier Software für lokale Gruppen. Die Geschichte Ihrer Gruppe bleibt in Ihrer Hand.
site-language = Sprache
site-language-change = Ändern

## Maps
map-groups-label = Karte dieser Gruppen
map-events-label = Karte dieser Treffen
map-label = Karte
near-locate = Meinen Standort verwenden
near-locate-refused = Ihr Standort ist nicht verfügbar: Geben Sie eine Stadt ein.

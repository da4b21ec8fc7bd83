# Kontoseiten: Anmelden, Registrieren, Passwörter, Einstellungen, E-Mail-Einstellungen, Löschen,
# Tokens und Kalender-Feed sowie die Einrichtung des ersten Administrators.

## Gemeinsam
account-field-email = E-Mail-Adresse
account-field-password = Passwort
account-field-your-name = Ihr Name
account-password-hint = Mindestens 8 Zeichen.
account-back-to-settings = Zurück zu den Einstellungen
account-check-inbox = Bitte prüfen Sie Ihr Postfach
account-settings-link = Kontoeinstellungen

## Anmelden
account-login-title = Anmelden
account-login-button = Anmelden
account-login-forgot = Passwort vergessen?
account-login-new = Neu hier? <a href="/account/signup">Konto erstellen</a>.

## Registrieren
account-signup-page-title = Registrieren
account-signup-title = Konto erstellen
account-signup-intro = Treten Sie lokalen Gruppen bei, sagen Sie zu Treffen zu und erhalten Sie Erinnerungen. Sie haben schon ein Konto? <a href="/account/login">Anmelden</a>.
account-signup-name-hint = Wird den Gruppen angezeigt, denen Sie beitreten.
account-signup-password-hint = Mindestens 8 Zeichen. Einige zusammenhanglose Wörter eignen sich gut.
account-signup-button = Konto erstellen
account-signup-sent = Falls die Adresse verwendet werden kann, haben wir eine E-Mail an sie geschickt. Folgen Sie dem Link darin, um Ihre Adresse zu bestätigen, und melden Sie sich dann an.
account-signup-log-in = Anmelden

## Links per E-Mail
account-verify-title = E-Mail-Adresse bestätigen
account-verify-message = Klicken Sie auf die Schaltfläche, um zu bestätigen, dass diese Adresse Ihnen gehört.
account-verify-button = Meine E-Mail-Adresse bestätigen
account-email-confirm-title = Neue E-Mail-Adresse bestätigen
account-email-confirm-message = Klicken Sie auf die Schaltfläche, damit Ihr Konto ab jetzt diese Adresse verwendet.
account-email-confirm-button = Neue Adresse bestätigen
account-email-changed-title = E-Mail-Adresse geändert
account-email-changed-message = Ihr Konto verwendet jetzt die neue Adresse.

## Passwort zurücksetzen
account-reset-request-title = Passwort zurücksetzen
account-reset-request-intro = Geben Sie die Adresse ein, mit der Sie sich registriert haben. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen können.
account-reset-request-button = Link zusenden
account-reset-sent = Falls zu dieser Adresse ein Konto gehört, haben wir ihr einen Link zum Festlegen eines neuen Passworts geschickt. Der Link ist eine Stunde lang gültig.
account-reset-title = Neues Passwort festlegen
account-reset-intro = Danach werden alle Geräte, die bei Ihrem Konto angemeldet sind, abgemeldet.
account-reset-field = Neues Passwort
account-reset-button = Neues Passwort speichern

## Einstellungen
account-settings-title = Kontoeinstellungen
account-profile = Profil
account-field-name = Name
account-field-bio = Über mich
account-optional = (optional)
account-field-timezone = Zeitzone
account-timezone-hint = Zeiten werden in der Zeitzone der Veranstaltung angezeigt, Ihre daneben.
account-field-language = Sprache
account-language-browser = Wie mein Browser
account-profile-save = Profil speichern
account-email-title = E-Mail-Adresse
account-email-confirmed = Ihre Adresse ist <strong>{ $address }</strong> (bestätigt).
account-email-unconfirmed = Ihre Adresse ist <strong>{ $address }</strong> – <em>noch nicht bestätigt</em>.
account-email-resend = Neuen Bestätigungslink senden
account-email-new = Neue E-Mail-Adresse
account-email-new-hint = Wir senden einen Link an die neue Adresse; bis Sie ihm folgen, ändert sich nichts.
account-password-current = Aktuelles Passwort
account-email-change = E-Mail-Adresse ändern
account-notifications-title = E-Mails von Ihren Gruppen
account-notifications-intro = Legen Sie für jede Gruppe fest, ob Sie Ankündigungen neuer Veranstaltungen, Erinnerungen vor Veranstaltungen, zu denen Sie zugesagt haben, und Nachrichten der Organisatoren erhalten – oder nur E-Mails zu Ihrem Konto.
account-notifications-link = E-Mail-Einstellungen
account-password-title = Passwort
account-password-new = Neues Passwort
account-password-new-hint = Mindestens 8 Zeichen. Ihre anderen Geräte werden abgemeldet.
account-password-change = Passwort ändern
account-sessions-title = Wo Sie angemeldet sind
account-sessions-device = Gerät
account-sessions-address = Adresse
account-sessions-last-active = Zuletzt aktiv (UTC)
account-actions = Aktionen
account-sessions-unknown = Unbekanntes Gerät
account-sessions-this = (dieses Gerät)
account-sessions-log-out = Abmelden
account-sessions-log-out-all = Überall abmelden
account-tokens-title = Persönliche API-Tokens
account-tokens-intro = Mit Tokens können Skripte die API in Ihrem Namen nutzen: Senden Sie <code>Authorization: Bearer &lt;token&gt;</code>.
account-tokens-none = Noch keine Tokens.
account-tokens-name = Name
account-tokens-prefix = Beginnt mit
account-tokens-created = Erstellt
account-tokens-last-used = Zuletzt verwendet
account-tokens-revoke = Widerrufen
account-tokens-new = Name des neuen Tokens
account-tokens-new-hint = Zum Beispiel: Kalenderskript.
account-tokens-create = Token erstellen
account-never = nie
account-date-time = { $date }, { $time }
account-feed-title = Kalender-Feed
account-feed-intro = Eine private Adresse, die Ihre Kalender-App abonniert: die Veranstaltungen, zu denen Sie zugesagt haben (Wartelistenplätze als vorläufig markiert), stets aktuell. Veranstaltungen privater Gruppen erscheinen nur hier.
account-feed-made = Ihr Feed-Link wurde am { $created } erstellt; zuletzt von einer Kalender-App abgerufen: { $used }. Zu Ihrer Sicherheit wurde er nur einmal angezeigt; erstellen Sie einen neuen Link, um ihn wieder zu sehen (der alte funktioniert dann nicht mehr).
account-feed-all = Auch alle Veranstaltungen meiner Gruppen anzeigen
account-feed-save = Speichern
account-feed-new-link = Neuen Link erstellen
account-feed-off = Ausschalten
account-feed-make = Link für meinen Kalender-Feed erstellen
account-data-title = Ihre Daten
account-data-intro = Alles, was Muster über Sie speichert – Ihr Konto, Mitgliedschaften, Zusagen, Kommentare und Vorträge – als eine JSON-Datei.
account-data-download = Meine Daten herunterladen
account-delete-title = Konto löschen
account-delete-intro = Beim Löschen Ihres Kontos werden Ihr Name, Ihre E-Mail-Adresse, Ihr Profil, Ihre Sitzungen und Tokens entfernt.
account-delete-link = Mein Konto löschen …

## Konto löschen
account-delete-page-title = Ihr Konto löschen
account-delete-removes = Dadurch werden Ihr Name, Ihre E-Mail-Adresse, Ihr Profil, Ihre Sitzungen und API-Tokens entfernt. Das kann nicht rückgängig gemacht werden.
account-delete-history = Gruppen behalten ihre Geschichte: Veranstaltungen, an denen Sie teilgenommen haben, zählen Sie weiterhin anonym mit, und Ihre Vorträge behalten den angegebenen Namen – es sei denn, Sie setzen unten das Häkchen.
account-delete-sole = Sie sind der einzige Organisator von { $groups }. Eine Gruppe darf nie ohne Organisator bleiben: Machen Sie dort eine andere Person zum Organisator oder löschen Sie die Gruppe, und kommen Sie dann zurück, um Ihr Konto zu löschen.
account-delete-back = Zurück zu meinen Einstellungen
account-delete-password = Ihr Passwort
account-delete-password-hint = Zur Bestätigung, dass Sie es sind.
account-delete-talks = Meinen Namen auch aus meinen Vorträgen entfernen (dort steht dann „Ehemaliges Mitglied“)
account-delete-button = Mein Konto löschen
account-delete-keep = Mein Konto behalten

## E-Mail-Einstellungen
account-email-settings-title = E-Mail-Einstellungen
account-email-settings-back = Ihre Kontoeinstellungen
account-email-settings-saved = Gespeichert.
account-email-settings-everything = Alles
account-email-settings-only-account = Keine E-Mails außer zur Kontosicherheit (Anmeldelinks, Passwort- und Adressänderungen)
account-email-settings-announcements = Ankündigungen neuer Veranstaltungen
account-email-settings-reminders = Erinnerungen vor Veranstaltungen, zu denen ich zugesagt habe
account-email-settings-messages = Nachrichten der Organisatoren
account-email-settings-no-groups = Sie sind noch in keiner Gruppe Mitglied.
account-email-settings-rsvps = E-Mails zu Ihren eigenen Zusagen (Bestätigungen, Änderungen, Absagen) richten sich nur nach dem Schalter oben.
account-email-settings-save = Speichern

## Neues Token, neuer Kalender-Feed
account-token-created-title = Ihr neues Token „{ $name }“
account-token-created-page-title = Ihr neues Token
account-token-created-copy = Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt.
account-feed-created-title = Ihr Kalender-Feed
account-feed-created-intro = Einmal abonnieren, und Ihr Kalender bleibt aktuell: Neue Veranstaltungen erscheinen, verschobene wandern mit, abgesagte werden als abgesagt angezeigt.
account-feed-created-subscribe = In Ihrer Kalender-App abonnieren
account-feed-created-google = Zu Google Kalender hinzufügen
account-feed-created-copy = Oder kopieren Sie diese Adresse in Ihre Kalender-App („Kalender per URL abonnieren“):
account-feed-created-private = Dieser Link wird nur jetzt angezeigt. Halten Sie ihn geheim: Wer ihn hat, kann Ihren Kalender lesen. Falls er in falsche Hände gerät, erstellen Sie in Ihren Einstellungen einen neuen Link; der alte funktioniert dann sofort nicht mehr.

## Einrichtung
account-setup-page-title = { $instance } einrichten
account-setup-title = Den ersten Administrator anlegen
account-setup-intro = Diese Seite funktioniert einmalig auf einer neuen Instanz, mit dem Einrichtungstoken aus dem Server-Log.
account-setup-token = Einrichtungstoken
account-setup-token-hint = Aus der Zeile „open …/setup?token=…“ im Log.
account-setup-button = Administrator anlegen
account-profile-view = Ihre Profilseite ansehen
account-avatar-label = Foto
account-avatar-hint = PNG, JPEG, WebP oder GIF, höchstens 2 MiB. Es wird im Kreis gezeigt, auf 256 Pixel verkleinert und ohne Metadaten gespeichert (etwa den Ort, an dem ein Foto aufgenommen wurde).
account-avatar-upload = Foto hochladen
account-avatar-remove = Foto entfernen
account-field-pronouns = Pronomen
account-pronouns-hint = Optional, zum Beispiel sie/ihr oder er/ihm.
account-field-website = Website
account-field-fediverse = Fediverse
account-fediverse-hint = Optional: Ihre Adresse, etwa @name@mastodon.social.
account-field-github = GitHub
account-github-hint = Optional: Ihr GitHub-Benutzername.
account-field-unlisted = Mich aus Listen heraushalten
account-unlisted-hint = Sie erscheinen nicht unter den Teilnehmenden eines Treffens und nicht in Mitgliederlisten, und niemand sonst kann Ihre Profilseite öffnen. Organisator*innen sehen Sie weiterhin in ihren Teilnahmelisten.
profile-own = So sehen andere Ihre Profilseite.
profile-own-unlisted = Nur Sie sehen diese Seite: Sie halten sich aus Listen heraus.
profile-edit = Profil bearbeiten
profile-about = Über
profile-website = Website
profile-fediverse = Fediverse
profile-groups = Gruppen
profile-no-groups = Keine Gruppen anzuzeigen.
profile-talks = Vorträge

## Diskussionen: die Gesprächsfäden einer Gruppe und ihre Antworten, die zugehörigen E-Mails und Einstellungen.

email-topic-discussions = E-Mails zu neuen Antworten in verfolgten Diskussionen
email-thread-replies-subject = { $count ->
    [one] Neue Antwort in „{ $title }“ · { $group }
   *[other] { $count } neue Antworten in „{ $title }“ · { $group }
}
email-thread-replies-intro-txt = Es gibt neue Antworten in „{ $title }“, einer Diskussion von { $group }, der Sie folgen:
email-thread-replies-intro-html = Es gibt neue Antworten in <strong>„{ $title }“</strong>, einer Diskussion von { $group }, der Sie folgen.
email-thread-reply-by = { $name } schreibt:
email-thread-replies-more = { $count ->
    [one] …und { $count } weitere Antwort.
   *[other] …und { $count } weitere Antworten.
}
email-thread-open-txt = Lesen und antworten: { $url }
email-thread-open = Lesen und antworten
email-thread-unfollow-txt = Dieser Diskussion nicht mehr folgen (ein Klick): { $url }
email-thread-unfollow = Dieser Diskussion nicht mehr folgen
account-email-settings-discussions = Neue Antworten in Diskussionen, denen ich folge

group-tab-discussions = Diskussionen
discussions-title = Diskussionen
discussions-none = Noch keine Diskussionen. Beginnen Sie eine: Stellen Sie eine Frage, planen Sie einen Hack-Abend, teilen Sie einen Link.
discussions-page-empty = Es gibt keine weiteren Diskussionen.
discussions-pinned = Angeheftet
discussions-locked = Gesperrt
discussions-replies-count = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
discussions-active = zuletzt aktiv am { $when }
discussions-pages = Weitere Diskussionen
discussions-newer = ← Neuere
discussions-older = Ältere →
discussions-start = Diskussion beginnen
discussions-field-title = Titel
discussions-field-body = Text
discussions-markdown-hint = Markdown wird unterstützt: **fett**, *kursiv*, [Links](https://example.org), Listen und Code.
discussions-start-button = Diskussion starten
discussions-login-to-start = Melden Sie sich an und treten Sie der Gruppe bei, um eine Diskussion zu beginnen.
discussions-members-start = Treten Sie der Gruppe bei, um eine Diskussion zu beginnen.
discussions-accept-conduct = Akzeptieren Sie den aktuellen Verhaltenskodex der Gruppe, um hier zu schreiben.
discussions-organizers-start = In dieser Gruppe beginnt das Organisationsteam die Diskussionen; Mitglieder antworten.
discussions-settings = Wer Diskussionen beginnen kann
discussions-organizers-only = Nur das Organisationsteam beginnt Diskussionen (Mitglieder können weiterhin antworten)
discussions-settings-save = Speichern
discussions-all = Alle Diskussionen
discussions-deleted-account = Ein gelöschtes Konto
discussions-edited = bearbeitet
discussions-post-deleted = Die Person, die dies geschrieben hat, hat ihr Konto gelöscht.
discussions-edit = Bearbeiten
discussions-remove-thread = Diskussion entfernen
discussions-remove-reply = Entfernen
discussions-pin = Anheften
discussions-unpin = Nicht mehr anheften
discussions-lock = Sperren
discussions-unlock = Entsperren
discussions-follow = Folgen
discussions-unfollow = Nicht mehr folgen
discussions-following-hint = Sie folgen dieser Diskussion: Neue Antworten erhalten Sie per E-Mail, höchstens einmal pro Stunde.
discussions-followers = { $count ->
    [one] { $count } Person folgt ihr.
   *[other] { $count } Personen folgen ihr.
}
discussions-reply-removed = Diese Antwort wurde entfernt.
discussions-reply = Ihre Antwort
discussions-reply-button = Antworten
discussions-locked-note = Diese Diskussion ist gesperrt: Neue Antworten sind nicht möglich.
discussions-login-to-reply = Melden Sie sich an und treten Sie der Gruppe bei, um zu antworten.
discussions-members-reply = Treten Sie der Gruppe bei, um zu antworten.
discussions-edit-title = Bearbeiten
discussions-save = Speichern
discussions-cancel = Abbrechen
notice-thread-started = Ihre Diskussion ist eröffnet. Sie folgen ihr: Antworten erhalten Sie per E-Mail.
notice-thread-removed = Die Diskussion wurde entfernt.
notice-thread-followed = Sie folgen dieser Diskussion: Neue Antworten erhalten Sie per E-Mail.
notice-thread-unfollowed = Sie folgen dieser Diskussion nicht mehr.
notice-thread-moderated = Gespeichert.
notice-reply-posted = Ihre Antwort wurde veröffentlicht.
notice-reply-removed = Die Antwort wurde entfernt.
notice-post-edited = Ihre Änderungen wurden gespeichert.
notice-discussion-settings-saved = Gespeichert: wer Diskussionen beginnen kann.
link-unfollow = Nicht mehr folgen
link-unfollow-message = Keine E-Mails mehr zu neuen Antworten in „{ $title }“ ({ $group }) erhalten?
link-unfollowed = Sie folgen dieser Diskussion nicht mehr
link-unfollowed-message = Sie erhalten keine E-Mails mehr zu „{ $title }“ ({ $group }). Für andere Diskussionen, denen Sie folgen, erhalten Sie weiterhin E-Mails.
archive-discussions = Diskussionen
archive-discussions-count = { $count ->
    [one] { $count } Diskussion
   *[other] { $count } Diskussionen
}
archive-discussion-unnamed = Ein Mitglied
discussions-earlier-replies = ← Frühere Antworten
discussions-later-replies = Spätere Antworten →

claim-title = Sind Sie das?
claim-signed-in =
    { $count ->
        [one] Dieser Link ist für { $name } aus { $group } auf Meetup.com, dabei bei { $count } Treffen der Gruppe. Wenn Sie ihn einlösen, werden Sie Mitglied von { $group }, und diese Treffen kommen zu Ihrem Konto.
       *[other] Dieser Link ist für { $name } aus { $group } auf Meetup.com, dabei bei { $count } Treffen der Gruppe. Wenn Sie ihn einlösen, werden Sie Mitglied von { $group }, und diese Treffen kommen zu Ihrem Konto.
    }
claim-visitor =
    { $count ->
        [one] Dieser Link ist für { $name } aus { $group } auf Meetup.com, dabei bei { $count } Treffen der Gruppe. Melden Sie sich an (oder registrieren Sie sich), um diesen Verlauf zu übernehmen.
       *[other] Dieser Link ist für { $name } aus { $group } auf Meetup.com, dabei bei { $count } Treffen der Gruppe. Melden Sie sich an (oder registrieren Sie sich), um diesen Verlauf zu übernehmen.
    }
claim-button = Ja, das bin ich: Verlauf übernehmen
claim-log-in = Anmelden und übernehmen

# The code of conduct every new group starts with (Markdown; organizers edit it freely).
# $group is the group's name; $contact is either empty or the sentence conduct-default-write-to.
conduct-default =
    ## Verhaltenskodex

    { $group } ist eine freundliche, offene Community für alle, die mit den Themen unserer Treffen arbeiten, sie gerade lernen oder einfach neugierig darauf sind – unabhängig von Erfahrung, Geschlecht, geschlechtlicher Identität und Ausdruck, sexueller Orientierung, Behinderung, Aussehen, Körperform, Hautfarbe, ethnischer Herkunft, Alter, Religion oder Nationalität.

    ### Von allen bei unseren Treffen und in unseren Online-Räumen erwarten wir, dass sie

    - freundlich, geduldig und respektvoll miteinander umgehen und von guten Absichten ausgehen;
    - anderen Raum zum Sprechen lassen und Neulinge und ihre Fragen willkommen heißen;
    - konstruktives Feedback geben und Feedback anderer gelassen annehmen;
    - die Grenzen und die Privatsphäre anderer respektieren, auch den Wunsch, nicht fotografiert zu werden.

    ### Nicht akzeptabel

    Belästigung in jeder Form: beleidigende Kommentare, Einschüchterung, Stalking, unerwünschtes Fotografieren oder Aufzeichnen, wiederholtes Stören von Vorträgen oder Gesprächen, unangemessener Körperkontakt, unerwünschte sexuelle Annäherungen sowie das Befürworten oder Fördern all dessen.

    ### Wenn etwas passiert

    Wer etwas erlebt oder beobachtet, kann sich beim Treffen an jemanden aus dem Orga-Team wenden oder das Formular „Ein Anliegen melden“ auf der Seite der Gruppe nutzen{ $contact }. Meldungen werden vertraulich behandelt, und die Person, um die es geht, muss nicht erfahren, von wem sie stammen. Das Orga-Team kann alle, die gegen diesen Kodex verstoßen, verwarnen, von einer Veranstaltung ausschließen oder aus der Gruppe entfernen und sperren.
# Inserted as $contact above when the group gives a contact address.
conduct-default-write-to = ; man kann auch an { $address } schreiben

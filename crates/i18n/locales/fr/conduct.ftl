# The code of conduct every new group starts with (Markdown; organizers edit it freely).
# $group is the group's name; $contact is either empty or the sentence conduct-default-write-to.
conduct-default =
    ## Code de conduite

    { $group } est une communauté conviviale et accueillante, ouverte à toutes les personnes qui pratiquent, apprennent ou sont simplement curieuses des sujets qui nous réunissent, quels que soient leur expérience, genre, identité et expression de genre, orientation sexuelle, handicap, apparence physique, corpulence, couleur de peau, origine ethnique, âge, religion ou nationalité.

    ### Lors de nos meetups et dans nos espaces en ligne, chacune et chacun s’engage à

    - faire preuve de bienveillance, de patience et de respect, et présumer la bonne foi des autres ;
    - laisser les autres s’exprimer, et bien accueillir les personnes qui nous rejoignent et leurs questions ;
    - faire des retours constructifs, et accepter de bonne grâce ceux qu’on reçoit ;
    - respecter les limites et la vie privée des autres, ainsi que leur souhait de ne pas être pris en photo.

    ### Ce qui n’est pas acceptable

    Le harcèlement sous toutes ses formes : commentaires offensants, intimidation, traque ou surveillance insistante, photos ou enregistrements non désirés, perturbation répétée des présentations ou des conversations, contacts physiques inappropriés, attentions sexuelles non sollicitées, ainsi que le fait de prôner ou d’encourager l’un de ces comportements.

    ### En cas de problème

    Parlez-en à un membre de l’équipe d’organisation pendant l’événement, ou utilisez le formulaire « Signaler un problème » sur la page du groupe{ $contact }. Les signalements sont confidentiels, et vous pouvez rester anonyme vis-à-vis de la personne concernée. L’équipe d’organisation peut adresser un avertissement, exclure d’un événement, ou retirer du groupe et bannir toute personne qui enfreint ce code.
# Inserted as $contact above when the group gives a contact address.
conduct-default-write-to = , ou écrivez à { $address }

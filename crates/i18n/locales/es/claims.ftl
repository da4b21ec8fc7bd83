claim-title = ¿Eres tú?
claim-signed-in =
    { $count ->
        [one] Este enlace es para { $name }, de { $group } en Meetup.com, que fue a { $count } encuentro del grupo. Al reclamarlo te haces miembro de { $group } y esos encuentros se añaden a tu cuenta.
       *[other] Este enlace es para { $name }, de { $group } en Meetup.com, que fue a { $count } encuentros del grupo. Al reclamarlo te haces miembro de { $group } y esos encuentros se añaden a tu cuenta.
    }
claim-visitor =
    { $count ->
        [one] Este enlace es para { $name }, de { $group } en Meetup.com, que fue a { $count } encuentro del grupo. Inicia sesión (o regístrate) para reclamar este historial.
       *[other] Este enlace es para { $name }, de { $group } en Meetup.com, que fue a { $count } encuentros del grupo. Inicia sesión (o regístrate) para reclamar este historial.
    }
claim-button = Sí, soy yo: reclamar mi historial
claim-log-in = Inicia sesión para reclamarlo

# The code of conduct every new group starts with (Markdown; organizers edit it freely).
# $group is the group's name; $contact is either empty or the sentence conduct-default-write-to.
conduct-default =
    ## Código de conducta

    { $group } es una comunidad amable y acogedora para todas las personas que trabajan con los temas que nos reúnen, los están aprendiendo o simplemente sienten curiosidad por ellos, sin importar su experiencia, género, identidad y expresión de género, orientación sexual, discapacidad, apariencia, complexión, raza, origen étnico, edad, religión o nacionalidad.

    ### En nuestros meetups y espacios en línea esperamos que todas las personas

    - sean amables, pacientes y respetuosas, y den por hecho la buena intención de los demás;
    - dejen espacio para que otros hablen, y reciban con gusto a quienes llegan por primera vez y sus preguntas;
    - hagan comentarios constructivos y acepten con buena disposición los que reciben;
    - respeten los límites y la privacidad de los demás, así como su deseo de no ser fotografiados.

    ### Qué no aceptamos

    El acoso en cualquiera de sus formas: comentarios ofensivos, intimidación, acecho, fotografías o grabaciones no deseadas, interrupciones reiteradas de charlas o conversaciones, contacto físico inapropiado, atención sexual no deseada, así como promover o alentar cualquiera de estas conductas.

    ### Si ocurre algo

    Avisa a alguien del equipo organizador durante el evento o usa el formulario «Denunciar un problema» en la página del grupo{ $contact }. Las denuncias son confidenciales y puedes mantener el anonimato frente a la persona implicada. El equipo organizador puede advertir, excluir de un evento o expulsar definitivamente del grupo a quien incumpla este código.
# Inserted as $contact above when the group gives a contact address.
conduct-default-write-to = ; también puedes escribir a { $address }

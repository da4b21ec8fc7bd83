# The code of conduct every new group starts with (Markdown; organizers edit it freely).
# $group is the group's name; $contact is either empty or the sentence conduct-default-write-to.
conduct-default =
    ## Code of conduct

    { $group } is a friendly, welcoming community for everyone who uses, learns or is curious about the things we meet about, whatever their experience, gender, gender identity and expression, sexual orientation, disability, appearance, body size, race, ethnicity, age, religion or nationality.

    ### We expect everyone at our meetups and online spaces to

    - be kind, patient and respectful, and assume good intentions;
    - make room for others to speak, and welcome newcomers and their questions;
    - give and gracefully accept constructive feedback;
    - respect people's boundaries, privacy and wish not to be photographed.

    ### Not acceptable

    Harassment in any form: offensive comments, intimidation, stalking, unwelcome photography or recording, sustained disruption of talks or conversations, inappropriate physical contact, unwelcome sexual attention, and advocating or encouraging any of these.

    ### If something happens

    Tell an organizer at the event, use the "Report a concern" form on the group's page{ $contact }. Reports are confidential and you may stay anonymous to the person concerned. Organizers may warn, exclude from an event, or remove and ban anyone who breaks this code.
# Inserted as $contact above when the group gives a contact address.
conduct-default-write-to = , or write to { $address }

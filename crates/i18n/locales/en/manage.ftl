# Organizer pages: group settings, the member management page, messages to members,
# event forms, attendees, check-in, series, deletion, audit log, reports, adoption, imports.

## Group settings

manage-settings-title = Settings
manage-settings-save = Save settings
manage-language-label = Language of the group
manage-language-hint = The language the organizers write the group's pages in.
manage-language-not-set = Not set
manage-logo-title = Logo
manage-logo-upload-label = Upload an image
manage-logo-upload-hint = PNG, JPEG, WebP or GIF, up to 2 MiB. It is scaled to 512 pixels.
manage-logo-upload = Upload
manage-history-title = Bringing history in
manage-history-import-link = Import the group's past events from an iCalendar file or address…
manage-history-placeholders-link = People imported from Meetup.com, and their claim links…
manage-conduct-title = Code of conduct
manage-conduct-text-label = Text (Markdown)
manage-conduct-text-hint = Saving publishes a new version; members accept it again before their next RSVP.
manage-conduct-publish = Publish a new version
manage-archive-title = Download the group's archive
manage-archive-text = One ZIP with everything the group has done: its events, talks, venues and code of conduct as JSON, a calendar of every event, and a copy of its pages that opens in any browser. Another Muster can import it. Members are counted; only those who allowed it are named.
manage-archive-download = Download the archive (.zip)
manage-adoption-title = Adoption requests
manage-adoption-text = When the group goes quiet, others may ask to adopt it; you are emailed and can refuse.
manage-adoption-see = See requests
manage-delete-title = Delete the group
manage-delete-link = Delete { $name }…

## The group's fields (creation and settings)

manage-field-name = Group name
manage-field-summary = Summary
manage-field-summary-hint = One line: who meets, about what, how often.
manage-field-description = Description
manage-field-description-hint = Markdown: **bold**, [links](https://…), lists.
manage-field-city = City
manage-field-country = Country
manage-field-lat = Latitude (optional)
manage-field-lat-hint = For a map of the usual venue area, e.g. 53.8008.
manage-field-lon = Longitude (optional)
manage-field-timezone = Time zone
manage-field-timezone-hint = The default for the group's events.
manage-field-topics = Topics
manage-field-topics-hint = Comma-separated, e.g. python, data science, web.
manage-field-links = Links (optional)
manage-field-website = Website
manage-field-chat = Chat
manage-field-mailing-list = Mailing list
manage-field-repository = Code repository
manage-field-logo-url = Logo image address
manage-field-logo-url-hint = Or upload a logo in the group's settings.
manage-field-contact-email = Contact email
manage-field-contact-email-hint = Named in the code of conduct. Defaults to yours.
manage-field-who-can-join = Who can join
manage-field-visibility = Visibility
manage-field-visibility-public = Public: anyone can see the group, its events and members
manage-field-visibility-private = Private: only members see anything (invitation only)
manage-field-joining = Joining
manage-field-joining-open = Open: anyone who accepts the code of conduct
manage-field-joining-approval = Approval: organizers approve each request
manage-field-joining-invite = By invitation only
manage-field-questions = Questions for new members (optional)
manage-field-questions-hint = One per line, up to 5. Only organizers see the answers.

## Starting a group

manage-new-title = Start a group
manage-new-intro = You become its organizer. A standard code of conduct naming your contact is added; you can edit it any time.
manage-new-address = Address
manage-new-address-hint = The group lives at /g/address: lower-case letters, digits and hyphens.
manage-new-create = Create the group

## Roles

manage-role-organizer = Organizer
manage-role-co-organizer = Co-organizer
manage-role-assistant-organizer = Assistant organizer
manage-role-event-organizer = Event organizer
manage-role-member = Member

## Managing members

manage-members-title = Manage members
manage-requests-title = Join requests
manage-requests-none = No requests waiting.
manage-requests-approve = Approve
manage-requests-decline = Decline
manage-invite-title = Invite someone
manage-invite-email = Email address
manage-invite-email-hint = They get a link that works once, for 14 days.
manage-invite-send = Send the invitation
manage-members-heading = Members
manage-members-write = Write to all members
manage-members-name = Name
manage-members-role = Role
manage-members-actions = Actions
manage-members-hidden = hidden
manage-members-role-of = Role of { $name }
manage-members-change = Change
manage-members-remove = Remove
manage-members-reason = Reason
manage-members-reason-placeholder = Reason (optional)
manage-members-ban = Ban
manage-banned-title = Banned
manage-banned-lift = Lift the ban

## The member list

manage-list-title = Members
manage-list-you-hidden = You are hidden from the public member list.
manage-list-you-shown = You appear in the member list.
manage-list-show-me = Show me
manage-list-hide-me = Hide me
manage-list-in-archive = Your name and attendance are included when organizers download the group's archive.
manage-list-not-in-archive = The group's archive counts you, but does not name you.
manage-list-leave-archive = Leave my name out of the archive
manage-list-join-archive = Include my name in the archive

## Writing to members

manage-compose-title = Write to members
manage-compose-hint = Members who turned off messages from the organizers do not get it. A group can send 5 messages a day.
manage-compose-preview-title = Preview
manage-compose-preview-to = { $count ->
    [one] To 1 person
   *[other] To { $count } people
}
manage-compose-preview-to-about = { $count ->
    [one] To 1 person, about { $event }
   *[other] To { $count } people, about { $event }
}
manage-compose-to = To
manage-compose-to-all = Every member
manage-compose-to-going = People going to { $event } ({ $date })
manage-compose-to-waitlisted = The waitlist of { $event } ({ $date })
manage-compose-to-not-answered = Members who have not answered for { $event } ({ $date })
manage-compose-subject = Subject
manage-compose-message = Message
manage-compose-body-hint = Plain text. Each email adds a link to the group, and a one-click way to stop these messages.
manage-compose-body-hint-event = Plain text. Each email adds a link to the group and the event, and a one-click way to stop these messages.
manage-compose-preview = Preview
manage-compose-send = Send it
manage-compose-sent = { $count ->
    [one] Your message is on its way to 1 person.
   *[other] Your message is on its way to { $count } people.
}

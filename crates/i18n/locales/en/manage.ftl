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

## Event forms

manage-event-new-series = New series
manage-event-new-event = New event
manage-event-schedule-series-title = Schedule a repeating series
manage-event-schedule-event-title = Schedule an event
manage-event-series-intro = Give the first meetup; the others follow the rule below, each a real event with its own RSVPs. Meetups for the next 90 days are created now, later ones as time goes by.
manage-event-fields-need-attention = Some fields need attention: see the messages below.
manage-event-schedule-series = Schedule the series
manage-event-schedule-event = Schedule the event
manage-event-edit-title-short = Edit
manage-event-edit-title = Edit the event
manage-event-overflow-legend = If fewer seats than are taken
manage-event-seats-taken = { $count ->
    [one] { $count } seat is taken now.
   *[other] { $count } seats are taken now.
}
manage-event-overflow-label = If the capacity is below the seats taken, move the latest RSVPs to the waitlist
manage-event-apply-to = Apply to
manage-event-scope-this = This event only
manage-event-scope-following = This and the following events of the series
manage-event-save = Save the event
manage-event-field-title = Title
manage-event-field-when = When
manage-event-field-starts = Starts
manage-event-field-ends = Ends
manage-event-field-timezone-hint = The start and end are in this zone.
manage-event-field-where = Where
manage-event-field-venue = Venue
manage-event-field-venue-hint = Leave the venue empty for an online-only event.
manage-event-field-address = Address
manage-event-field-directions = How to find us
manage-event-field-lat = Latitude (optional)
manage-event-field-lat-hint = For a map link, e.g. 53.8008.
manage-event-field-lon = Longitude (optional)
manage-event-field-lon-hint = e.g. -1.5491.
manage-event-field-online-url = Online link (optional)
manage-event-field-online-url-hint = Shown only to people who are going, and to organizers.
manage-event-field-rsvps = RSVPs
manage-event-field-capacity = Seats
manage-event-field-capacity-hint = Empty: no limit. Guests take seats too.
manage-event-field-guest-limit = Guests per RSVP
manage-event-field-rsvp-opens = RSVPs open (hours before the start)
manage-event-field-rsvp-opens-hint = Empty: open now.
manage-event-field-rsvp-closes = RSVPs close (hours before the start)
manage-event-field-rsvp-closes-hint = Empty: at the start.
manage-event-field-rsvp-question = Question for people who RSVP (optional)
manage-event-field-rsvp-question-hint = e.g. Any dietary needs? Only organizers see the answers.
manage-event-field-hosts = Hosts (up to 5)
manage-event-field-options = Options
manage-event-field-draft = Save as a draft (only organizers see it until it is published)
manage-event-field-announce-series = Announce each meetup to the members by email, two weeks before it
manage-event-field-announce = Announce it to the members by email
manage-event-field-reminders = Send reminders to people who are going

## Repeating series

manage-repeat-legend = Repeats
manage-repeat-weekly = Weekly
manage-repeat-every = Every
manage-repeat-week = week
manage-repeat-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
manage-repeat-monthly-nth = Monthly on a weekday (“every third Wednesday”)
manage-repeat-which = Which
manage-repeat-as-first-date = as the first date
manage-repeat-weekday = Weekday (weekly and monthly on a weekday)
manage-repeat-monthly-day = Monthly on a day of the month
manage-repeat-day = Day
manage-repeat-day-hint = 1–31; empty: the first date's day. Months without that day are skipped.
manage-repeat-end-count = End after a number of meetups
manage-repeat-count = Meetups
manage-repeat-end-until = End on a date
manage-repeat-until = Last date
manage-repeat-weekday-mon = Monday
manage-repeat-weekday-tue = Tuesday
manage-repeat-weekday-wed = Wednesday
manage-repeat-weekday-thu = Thursday
manage-repeat-weekday-fri = Friday
manage-repeat-weekday-sat = Saturday
manage-repeat-weekday-sun = Sunday
manage-repeat-nth-1 = first
manage-repeat-nth-2 = second
manage-repeat-nth-3 = third
manage-repeat-nth-4 = fourth
manage-repeat-nth-minus1 = last

## Cancelling an event

manage-cancel-title-short = Cancel
manage-cancel-title = Cancel the event
manage-cancel-intro = The event stays listed, marked cancelled, with your reason, so members know what happened.
manage-cancel-reason = Reason
manage-cancel-scope-following = This and the following events (the series ends)
manage-cancel-keep = Keep it

## Attendees

manage-attendees-title = Attendees
manage-attendees-csv = Download CSV
manage-attendees-write = Write to attendees
manage-attendees-question = Question asked: “{ $question }”
manage-attendees-seats-of = { $taken } of { $capacity } seats taken (guests included).
manage-attendees-seats-no-limit = { $taken ->
    [one] { $taken } seat taken (guests included); no limit.
   *[other] { $taken } seats taken (guests included); no limit.
}
manage-attendees-going = Going ({ $count })
manage-attendees-going-none = Nobody yet.
manage-attendees-guests = Guests
manage-attendees-answer = Answer
manage-attendees-came = Came
manage-attendees-no-show = No-show
manage-attendees-no-shows = No-shows
manage-attendees-move-to = Move to
manage-attendees-waitlist = Waitlist ({ $count })
manage-attendees-waitlist-none = Nobody is waiting.
manage-attendees-waitlist-hint = In order: the first who fits gets the next free seat.
manage-attendees-not-going = Not going ({ $count })
manage-attendees-not-going-none = Nobody said no.
manage-attendees-add-title = Add a member
manage-attendees-add-none = Every member has answered already.
manage-attendees-add-member = Member
manage-attendees-add-as = As
manage-attendees-status-going = Going
manage-attendees-status-waitlisted = On the waitlist
manage-attendees-status-not-going = Not going
manage-attendees-add = Add

## Check-in

manage-checkin-title = Check-in
manage-checkin-count = { $here } of { $count } here
manage-checkin-none = Nobody is going yet.
manage-checkin-guests = { $count ->
    [one] +{ $count } guest
   *[other] +{ $count } guests
}
manage-checkin-here = Here
manage-checkin-no-show = No-show
manage-checkin-not-checked-in = Not checked in
manage-checkin-undo = Undo
manage-checkin-undo-for = { " " }for { $name }
manage-checkin-for = : { $name }

## A series' page

manage-series-title = A repeating series
manage-series-times-in = Times are in { $zone }.
manage-series-ended = Ended
manage-series-upcoming = Upcoming
manage-series-upcoming-none = No upcoming meetups in this series.
manage-series-hint = Meetups appear here up to 90 days ahead.
manage-series-past = Past

## Deleting a group

manage-delete-group-title = Delete { $name }
manage-delete-keep-history = <strong>Keep its history first:</strong> <a href="/g/{ $slug }/settings/export" download>download the group's archive</a> (events, talks, a calendar and a copy of its pages), to keep or to move elsewhere.
manage-delete-intro = The group disappears from the site for everyone. An administrator of { $instance } can restore it, with its events, for 30 days. Type its name and your password to confirm.
manage-delete-confirm-name = The group's name
manage-delete-password = Your password

## Audit log

manage-audit-title = Audit log
manage-audit-empty = Nothing yet.
manage-audit-when = When (UTC)
manage-audit-who = Who
manage-audit-what = What
manage-audit-whom = Whom
manage-audit-details = Details

## Conduct reports

manage-reports-title-short = Reports
manage-reports-title = Conduct reports
manage-reports-intro = Private to the organizers who moderate. Reports about you are shown to the others, not to you.
manage-reports-none = No reports.
manage-reports-from = from { $name }
manage-reports-about = about { $name }
manage-reports-about-organizer = about { $name } (an organizer)
manage-reports-former-member = a former member
manage-reports-not-named = not named
manage-reports-status-open = open
manage-reports-status-handled = handled
manage-reports-mark-handled = Mark handled

## Adopting a group

manage-adopt-title = Adopt { $name }
manage-adopt-waiting-admin = Your request is waiting for an administrator of { $instance } to approve it.
manage-adopt-waiting-organizers = Your request is waiting for the group's organizers, who can refuse it until { $date }. After that an administrator of { $instance } decides.
manage-adopt-withdraw = Withdraw my request
manage-adopt-refused = The organizers refused your last request.
manage-adopt-refused-reason = The organizers refused your last request: { $reason }.
manage-adopt-ask-again = You can ask again from { $date }, or sooner if they lift their refusal.
manage-adopt-declined = Your last request was declined.
manage-adopt-declined-reason = Your last request was declined: { $reason }.
manage-adopt-approved = Your request was approved: you organize this group.
manage-adopt-intro = This group has gone quiet, or nobody runs it on this site yet. You can ask to take it over and become one of its organizers. Its current organizers, if it has any, are emailed and can refuse; after that an administrator of { $instance } decides. Everything the group did stays as it is.
manage-adopt-message = Who are you, and what do you plan for the group?
manage-adopt-message-hint = The organizers and the administrators read this.
manage-adopt-ask = Ask to adopt this group
manage-adopt-active = This group is active, so it cannot be adopted. Join it, or talk to its organizers.
manage-adoption-requests-title = Requests to adopt { $name }
manage-adoption-requests-intro = People asked to take over this group because it has gone quiet. If you still run it, refuse before the date shown; after that an administrator of { $instance } may approve the request and the person becomes an organizer next to you.
manage-adoption-requests-none = No pending requests.
manage-adoption-asked-refuse-until = Asked { $asked } · you can refuse until { $until }
manage-adoption-asked-refuse-over = Asked { $asked } · the time to refuse is over
manage-adoption-refuse-reason = Why (optional; sent to them)
manage-adoption-refuse = Refuse the request
manage-adoption-refused-title = Refused requests
manage-adoption-refused-intro = Someone whose request you refused cannot ask again until the date shown. Lift the refusal to let them ask now.
manage-adoption-asked-refused = Asked { $asked } · refused; they can ask again from { $until }
manage-adoption-lift = Lift the refusal

## Importing a calendar

manage-import-title-short = Import a calendar
manage-import-title = Import an old calendar
manage-import-intro = Bring the group's history home from an iCalendar (.ics) file or address. Each event with a UID becomes one of the group's events, past ones included; importing again updates them instead of adding them twice. Nobody is emailed.
manage-import-file = Upload a .ics file
manage-import-file-hint = UTF-8, up to 5 MiB.
manage-import-url = Or give its address
manage-import-url-hint = An http:// or https:// address on the public internet.
manage-import-dry-run = Only report what would happen
manage-import-submit = Import
manage-import-would-do = What the import would do
manage-import-did = What the import did
manage-import-counts = Created { $created }, updated { $updated }, unchanged { $unchanged }, skipped { $skipped }.
manage-import-created = Created
manage-import-updated = Updated
manage-import-skipped = Skipped
manage-import-notes = Notes
manage-import-line = Line { $line }, { $what }: { $reason }

## People imported from Meetup

manage-placeholders-title-short = Imported from Meetup
manage-placeholders-title = Imported from Meetup.com
manage-placeholders-intro = People from the group's Meetup exports. They have no account here until they claim their history with a personal link: send each one their link yourself (Meetup gave no email addresses). A new link replaces the old one.
manage-placeholders-fresh = The claim link for <strong>{ $name }</strong> (shown once):
manage-placeholders-link-for = Claim link for { $name }
manage-placeholders-none = Nobody imported yet: use <code>muster import meetup-members</code>.
manage-placeholders-meetup-id = Meetup id
manage-placeholders-attended = Meetups attended
manage-placeholders-member-list = Member list
manage-placeholders-status = Status
manage-placeholders-listed = yes
manage-placeholders-attendee-lists-only = attendee lists only
manage-placeholders-new-link = New claim link
manage-placeholders-link = Claim link
manage-placeholders-claimed = claimed
manage-placeholders-link-sent = link sent
manage-placeholders-no-link = no link yet
manage-followers-title = Followers in the fediverse
manage-followers-how = People on Mastodon, Mobilizon and other servers follow the group as { $handle } and see each new meetup.
manage-followers-none = Nobody follows the group from the fediverse yet.
manage-followers-remove = Remove

# The group's numbers (the organizers' dashboard). $weekday is monday … sunday.
numbers-title = The group's numbers
numbers-intro = How the group is doing: members, who said yes and who came, and who turned email off.
numbers-csv = Download every meetup as CSV
numbers-members-now = Members now
numbers-no-show-rate = No-show rate
numbers-new-returning = New / returning attendees
numbers-busiest = Busiest time
numbers-members-title = Members over time
numbers-members-caption = Today's members who had joined by the end of each month.
numbers-month = Month
numbers-members = Members
numbers-events-title = Recent meetups
numbers-events-caption = People who said yes, and people marked at the door as having come.
numbers-no-events = No meetups have taken place yet.
numbers-date = Date
numbers-meetup = Meetup
numbers-going = Said yes
numbers-came = Came
numbers-no-shows = No-shows
numbers-new = First time
numbers-weekdays-title = By weekday
numbers-weekdays-caption = Average people going, by the weekday of the meetup in its own time zone.
numbers-weekday-column = Weekday
numbers-meetups = Meetups
numbers-average-going = Average said yes
numbers-email-title = Email turned off
numbers-off-announcements = Members without announcements of new meetups
numbers-off-reminders = Members without reminders
numbers-off-messages = Members without organizers' messages
numbers-off-all = Members who turned off all email but account security
numbers-no-check-ins = No check-ins yet
numbers-not-yet = Not yet known
numbers-percent = { $value } %
numbers-weekday = { $weekday ->
    [monday] Monday
    [tuesday] Tuesday
    [wednesday] Wednesday
    [thursday] Thursday
    [friday] Friday
    [saturday] Saturday
   *[sunday] Sunday
}
numbers-busiest-at = { $weekday ->
    [monday] Monday
    [tuesday] Tuesday
    [wednesday] Wednesday
    [thursday] Thursday
    [friday] Friday
    [saturday] Saturday
   *[sunday] Sunday
}s at { $time }

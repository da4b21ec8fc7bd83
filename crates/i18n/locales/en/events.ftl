# The public event page: its head, the RSVP box, when and where, the agenda and comments; the
# organizer pages' shared head and the agenda editor.
event-meta-description = { $title }: { $when }, with { $group }.
event-breadcrumb-label = Breadcrumb
event-breadcrumb-events = Events
event-when-mine = In your time zone ({ $zone }): { $when }
event-cancel-why = Why:
event-moved-from = Moved from { $when }.
event-announce-planned = Members will be emailed about it on { $when }.

## Organizer tools
event-tools-label = Organizer tools
event-tool-page = Event page
event-tool-edit = Edit
event-tool-attendees = Attendees
event-tool-write = Write to attendees
event-tool-checkin = Check-in
event-tool-agenda = Agenda
event-publish = Publish
event-delete-draft = Delete the draft
event-rsvps-reopen = Reopen RSVPs
event-rsvps-close = Close RSVPs
event-announce = Announce it to the members
event-announce-now = Announce it now
event-cancel = Cancel the event

## The RSVP box
event-details-label = Event details
event-cancelled-title = This event was cancelled
event-cancelled-nobody = Nobody is expected, and there is nothing to answer.
event-cancelled-had-said = { $count ->
    [one] { $count } person had said they were going.
   *[other] { $count } people had said they were going.
}
event-cancelled-kept = Your answer is kept for the record.
event-rsvp-title = Are you coming?
# Markup: the number is bold.
event-count-going = <strong>{ $count }</strong> going
event-count-went = <strong>{ $count }</strong> went
event-count-waiting = <strong>{ $count }</strong> on the waitlist
event-seats-taken = { $taken } of { $capacity } seats taken
event-full-yours = Every seat is taken, yours included.
event-full-waiting-at = Every seat is taken; you're #{ $position } on the waitlist.
event-full-waiting = Every seat is taken; you're on the waitlist.
event-rsvp-login = Log in to RSVP
event-rsvp-verify = Please confirm your email address to RSVP: follow the link we sent you.
event-rsvp-pending = Your request to join { $group } is waiting for the organizers. Once you are a member, you can RSVP.
event-rsvp-invite = This group takes new members by invitation. Members can RSVP.
event-rsvp-join = Join the group to RSVP
# Markup: a link to the group's code of conduct.
event-rsvp-conduct = The group's code of conduct changed. <a href="/g/{ $slug }/conduct">Read and accept the code of conduct</a> to RSVP.
event-rsvp-guests = Guests coming with you
event-rsvp-answer-hint = Only the organizers see your answer.
event-rsvp-no = No, I can't go
event-rsvp-no-after-all = I can't go after all

## When and where
event-when-where = When and where
event-times-in = Times are in { $zone }.
event-series = Part of a repeating series
event-directions-label = How to find us:
event-map = Map (OpenStreetMap)
event-online = Online:
event-online-hidden = Online too: an online link is shown to people who are going.
event-calendar-title = Add to calendar
event-calendar-ics = Download (.ics)
event-calendar-google = Google Calendar
event-calendar-outlook = Outlook.com
event-hosts = Hosts
event-going-title = Who's going
event-going-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
event-going-others = { $count ->
    [one] and { $count } other
   *[other] and { $count } others
}

## About, agenda, comments
event-about = About this event
event-agenda = Agenda
event-talk-lightning = Lightning talk
event-talk-standby = Stand-by
event-talk-slides = Slides
event-talk-video = Video
event-comments = Comments
event-comments-none = No comments yet.
event-comment-remove = Remove
event-comment-add = Add a comment
event-comment-post = Post the comment
# Markup: a link to the login page.
event-comment-login = <a href="{ $href }">Log in</a> to join the conversation.
event-comment-members = Members can comment.
event-comment-former-member = A former member
event-comment-removed-author = Removed by its author.
event-comment-removed-organizer = Removed by an organizer.

## The agenda editor
event-talks-none = No talks yet. Add the first below.
event-talks-lightning = Lightning
event-talks-up = Up
event-talks-down = Down
event-talks-edit = Edit
event-talks-delete = Delete
event-talks-add-title = Add a talk
event-talks-edit-title = Edit the talk
event-talks-field-title = Title
event-talks-field-speaker = Speaker
event-talks-field-speaker-hint = As shown on the agenda.
event-talks-field-account = Speaker's account (optional)
event-talks-field-account-none = Not a member, or not linked
event-talks-field-abstract = Abstract
event-talks-field-abstract-hint = Markdown.
event-talks-field-slides = Slides (link)
event-talks-field-video = Video (link)
event-talks-field-lightning = Lightning talk
event-talks-field-standby = Stand-by (on if someone drops out)
event-talks-add = Add the talk
event-talks-save = Save the talk
event-talks-back = Back to the agenda

## The viewer's answer, in the RSVP box
event-mine-had-going = You had said you were going.
event-mine-had-waiting = You were on the waitlist.
event-mine-had-not-going = You had said you couldn't go.
event-mine-going = You're going.
event-mine-going-guests = { $count ->
    [one] You're going, with { $count } guest.
   *[other] You're going, with { $count } guests.
}
event-mine-waiting-at = You're #{ $position } on the waitlist.
event-mine-waiting = You're on the waitlist.
event-mine-not-going = You're not going.
event-rsvp-update = Update my RSVP
event-rsvp-join-waitlist = Join the waitlist
event-rsvp-yes = Yes, I'm going
# When a comment was posted: $date without weekday, $time, $zone (each in this language).
event-comment-when = { $date }, { $time } { $zone }
event-going-members-see = Members of the group see who is going.

photos-title = Photos
photos-none = No photos yet.
photos-none-yet = No photos yet. Were you there? Add yours.
photos-all = { $count ->
    [one] See the photo, or add yours
   *[other] See all { $count } photos, or add yours
}
photos-add-link = Add photos
photos-add-title = Add your photos
photos-caption = Caption (optional, for every photo in this upload)
photos-caption-hint = One line, up to 200 characters. It also describes the photos to people who cannot see them.
photos-files = Photos
photos-files-hint = JPEG, PNG or WebP, up to 20 MiB each, { $count } at a time. Location and camera details are removed.
photos-upload = Add photos
photos-login = Sign in to add your photos
photos-alt = Photo from { $event }
photos-by = by { $name }
photos-remove = Remove
photos-report = Report
photos-report-reason = What is wrong with this photo?
photos-report-send = Send report
photos-added-count = { $count ->
    [one] 1 photo added.
   *[other] { $count } photos added.
}
photos-refused-count = { $count ->
    [one] 1 file was not added:
   *[other] { $count } files were not added:
}
photos-recent-title = Recent photos
photos-recent-alt = A photo from one of the group’s meetups
photos-storage-title = Storage
photos-storage-used = { $count } photos take { $used } MiB of the group’s { $quota } MiB.
photos-storage-hint = Each photo is kept at up to 2048 px, with a thumbnail. When the storage is full, new photos are refused until some are removed.
photos-reported-title = Reported photos
photos-reported-none = Nobody has reported a photo.
photos-reported-reasons = { $count ->
    [one] 1 report
   *[other] { $count } reports
}
photos-keep = Keep the photo

## What is on near a place (/events)
events-near-title = What’s on near you
events-near-when = When
events-near-days = { $count ->
    [one] The next day
   *[other] The next { $count } days
}
events-near-count-place = { $count ->
    [one] One meetup within { $km } km of { $place }.
   *[other] { $count } meetups within { $km } km of { $place }.
}
events-near-count = { $count ->
    [one] One meetup within { $km } km.
   *[other] { $count } meetups within { $km } km.
}
events-near-empty = Nothing is planned near there yet. Try a wider radius or more days ahead.
events-near-ask = Enter a city or coordinates to see the ones near it.
events-near-count-anywhere = { $count ->
    [one] One meetup coming up.
   *[other] { $count } meetups coming up.
}

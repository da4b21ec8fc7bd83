# Every email Muster sends: subjects, plain-text parts (-txt) and HTML parts (-html).
# Messages shared by both parts have no suffix. HTML messages may contain markup; keep it.

## Shared words

email-hello-name = Hello { $name },
email-hello = Hello,
email-label-when = When:
email-label-where = Where:
email-label-title = Title:
email-label-join-online = Join online:
email-label-reported-by = Reported by:
email-label-about = About:
# A previous value after a changed one: "(was Wed 16 Dec 2026, 18:30 GMT)".
email-was = (was { $value })
email-see-event = See the event
email-open-group = Open the group
email-open-event = Open the event
email-review-request = Review the request
email-open-account-settings = Open account settings
email-reset-my-password = Reset my password
email-or-open-link = Or open this link:
email-ignore-if-not-asked = If you did not ask for this, ignore this email.
email-reason = Reason: { $reason }
email-email-settings = Email settings
email-email-settings-txt = Email settings: { $url }

## Footers

email-footer-account = You received this email about your account on <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>.
email-footer-organizer-txt = You receive this because you organize { $group } on { $instance } · { $url }
email-footer-organizer-html = You receive this because you organize { $group } on <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>.
email-footer-moderator-html = You receive this because you moderate { $group } on <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>.
email-group-footer-txt = { $group } on { $instance } · { $url }
email-group-footer-conduct-txt = Code of conduct: { $url }
# $topic is one of the email-topic-* messages.
email-group-footer-stop-txt = Stop { $topic } from { $group } (one click): { $url }
email-group-footer-html = You receive this as a member of { $group } on <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a>. Our <a href="{ $conduct }" style="color:#2f5d8a;">code of conduct</a> applies at every event.
email-group-footer-stop-html = Stop { $topic } from { $group }
email-topic-announcements = new event announcements
email-topic-reminders = reminders before events you are going to
email-topic-messages = messages from the organizers

## Account

email-verify-subject = Confirm your email address for { $instance }
email-verify-intro-txt = Please confirm that this is your email address, so you can create groups and RSVP to meetups on { $instance }:
email-verify-intro-html = Please confirm that this is your email address, so you can create groups and RSVP to meetups on { $instance }.
email-verify-button = Confirm my email address
email-verify-expiry-txt = The link works once and expires in 3 days. If you did not sign up, ignore this email.
email-verify-expiry-html = It works once and expires in 3 days. If you did not sign up, ignore this email.

email-reset-subject = Reset your { $instance } password
email-reset-intro-txt = Someone — hopefully you — asked to reset the password of your { $instance } account. Choose a new password here:
email-reset-intro-html = Someone — hopefully you — asked to reset the password of your { $instance } account.
email-reset-button = Choose a new password
email-reset-expiry-txt = The link works once and expires in 1 hour. If you did not ask for this, ignore this email: your password stays as it is.
email-reset-expiry-html = It works once and expires in 1 hour. If you did not ask for this, ignore this email: your password stays as it is.

email-reset-unknown-subject = Password reset requested on { $instance }
email-reset-unknown-intro = Someone asked to reset the password of a { $instance } account for this email address, but there is no account with this address.
email-reset-unknown-signup = If it was you, you may have signed up with a different address. You can also create an account:
email-reset-unknown-button = Sign up

email-signup-existing-subject = You already have a { $instance } account
email-signup-existing-intro = Someone tried to sign up to { $instance } with this email address, but you already have an account. If it was you, log in — or, if you forgot your password, reset it:
email-signup-existing-not-you = If it was not you, ignore this email. Nothing has changed.

email-confirm-change-subject = Confirm your new email address for { $instance }
email-confirm-change-intro-txt = Please confirm that { $email } should become the email address of your { $instance } account:
email-confirm-change-intro-html = Please confirm that { $email } should become the email address of your { $instance } account.
email-confirm-change-button = Confirm the new address
email-confirm-change-expiry-txt = The link works once and expires in 1 day. Until you confirm, your account keeps its current address.
email-confirm-change-expiry-html = It works once and expires in 1 day. Until you confirm, your account keeps its current address.

email-change-requested-subject = Your { $instance } email address is being changed
email-change-requested-intro-txt = Someone asked to change the email address of your { $instance } account to { $email }. The change happens only when the new address is confirmed.
email-change-requested-intro-html = Someone asked to change the email address of your { $instance } account to <strong>{ $email }</strong>. The change happens only when the new address is confirmed.
email-change-requested-not-you = If this was not you, change your password now and check your account settings:

email-password-changed-subject = Your { $instance } password was changed
email-password-changed-intro = The password of your { $instance } account was just changed, and every device was logged out.
email-password-changed-not-you-txt = If this was not you, reset your password at once: { $url }/account/reset
email-password-changed-not-you-html = If this was not you, reset your password at once:

email-address-in-use-subject = This address already has a { $instance } account
email-address-in-use-intro = Someone asked to move another { $instance } account to this email address. This address already has an account, so nothing changed.
email-address-in-use-reset = If you have forgotten the password of your account, you can reset it:

## Groups

email-invitation-subject = You are invited to join { $group }
email-invitation-intro-txt = { $inviter } invites you to join { $group } on { $instance }. Accept the invitation here (log in or sign up first if you need to):
email-invitation-intro-html = { $inviter } invites you to join <strong>{ $group }</strong> on { $instance }.
email-invitation-button = Accept the invitation
email-invitation-expiry = The link works once and expires in 14 days. If you do not want to join, ignore this email.

email-membership-approved-subject = Welcome to { $group }
email-membership-approved-txt = Your request to join { $group } was approved. Welcome! See what is coming up:
email-membership-approved-html = Your request to join <strong>{ $group }</strong> was approved. Welcome!
email-membership-approved-button = See what is coming up

email-conduct-subject = A conduct report for { $group }
email-conduct-intro-txt = A conduct concern was reported to the organizers of { $group }.
email-conduct-intro-html = A conduct concern was reported to the organizers of <strong>{ $group }</strong>.
email-conduct-private-txt = Reports are private to the organizers (and, when a report concerns an organizer, to the instance's administrators). Follow up and mark it handled here:
email-conduct-private-html = Reports are private to the organizers (and, when a report concerns an organizer, to the instance's administrators).
email-conduct-button = Open the reports

email-join-request-subject = { $requester } asked to join { $group }
email-join-request-txt = { $requester } asked to join { $group }. Approve or decline the request here:
email-join-request-html = <strong>{ $requester }</strong> asked to join <strong>{ $group }</strong>.

email-adoption-requested-subject = { $requester } asked to adopt { $group }
email-adoption-requested-intro-txt = { $requester } asked to adopt { $group }, which has had no event for a long time, and become one of its organizers.
email-adoption-requested-intro-html = <strong>{ $requester }</strong> asked to adopt <strong>{ $group }</strong>, which has had no event for a long time, and become one of its organizers.
email-adoption-their-message = Their message:
email-adoption-requested-refuse-txt = If you still run the group and do not want this, refuse the request before { $date }:
email-adoption-requested-after-txt = After that date an administrator of { $instance } may approve it. You stay an organizer either way.
email-adoption-requested-refuse-html = If you still run the group and do not want this, refuse the request before <strong>{ $date }</strong>. After that date an administrator of { $instance } may approve it. You stay an organizer either way.

email-adoption-approved-subject = You now organize { $group }
email-adoption-declined-subject = Your request to adopt { $group } was declined
email-adoption-approved-txt = Your request to adopt { $group } was approved. You are now one of its organizers: welcome aboard!
email-adoption-approved-html = Your request to adopt <strong>{ $group }</strong> was approved. You are now one of its organizers: welcome aboard!
email-adoption-refused-txt = The organizers of { $group } refused your request to adopt it: they still run the group.
email-adoption-refused-html = The organizers of <strong>{ $group }</strong> refused your request to adopt it: they still run the group.
email-adoption-rejected-txt = Your request to adopt { $group } was declined by an administrator of { $instance }.
email-adoption-rejected-html = Your request to adopt <strong>{ $group }</strong> was declined by an administrator of { $instance }.

email-co-organizer-subject = { $adopter } now organizes { $group } with you
email-co-organizer-txt = { $adopter } asked to adopt { $group }, nobody refused before the deadline, and an administrator of { $instance } approved the request. { $adopter } is now one of the group's organizers, with you. You stay an organizer; the group's settings show everyone who runs it:
email-co-organizer-html = { $adopter } asked to adopt <strong>{ $group }</strong>, nobody refused before the deadline, and an administrator of { $instance } approved the request. { $adopter } is now one of the group's organizers, with you. You stay an organizer; the group's settings show everyone who runs it.
email-co-organizer-button = Open the group's settings

email-organizer-wrote-txt = { $sender }, an organizer of { $group }, wrote:
email-organizer-wrote-about-txt = { $sender }, an organizer of { $group }, wrote about { $event }:
email-organizer-wrote-html = { $sender }, an organizer of <strong>{ $group }</strong>, wrote:
email-organizer-wrote-about-html = { $sender }, an organizer of <strong>{ $group }</strong>, wrote about <strong>{ $event }</strong>:

## Events

email-promoted-subject = You're in: { $event }
email-promoted-intro-txt = Good news: a seat freed up and you are now going to { $event } ({ $group }).
email-promoted-intro-html = Good news: a seat freed up and you are now <strong>going</strong> to <strong>{ $event }</strong> ({ $group }).
email-promoted-outro-txt =
    The event page has the details, and a button if you can no longer make it (so the seat goes to
    the next person waiting):
email-promoted-outro-html = If you can no longer make it, say so on the event page and the seat goes to the next person waiting.

email-announcement-subject = New event: { $event } ({ $group })
email-announcement-intro-txt = { $group } has a new event:
email-announcement-intro-html = <strong>{ $group }</strong> has a new event:
email-announcement-details-txt = Details and RSVP:
email-announcement-button = Details and RSVP

email-rsvp-going-subject = You're going: { $event }
email-rsvp-waitlist-subject = You're on the waitlist (#{ $position }): { $event }
email-rsvp-going-txt =
    You're going to { $event } ({ $group }). The invitation
    attached adds it to your calendar, and moves with it if the event changes.
email-rsvp-waitlist-txt =
    The event is full, so you're on the waitlist for { $event }
    ({ $group }) at place { $position }. When a seat frees up, the next person waiting
    gets it and an email at once.
email-rsvp-going-html = You're <strong>going</strong> to <strong>{ $event }</strong> ({ $group }). The attached invitation adds it to your calendar, and moves with it if the event changes.
email-rsvp-waitlist-html = The event is full, so you're on the <strong>waitlist</strong> for <strong>{ $event }</strong> ({ $group }) at place <strong>{ $position }</strong>. When a seat frees up, the next person waiting gets it and an email at once.
email-rsvp-plans-change-txt = If your plans change, answer again on the event page so the seat goes to someone else:
email-rsvp-plans-change-html = If your plans change, answer again on the event page so the seat goes to someone else.

# $lead is how long until the event starts ("1 day").
email-reminder-subject = Reminder: { $event } is in { $lead }
email-reminder-intro-txt = { $event } ({ $group }) is in { $lead }, and you're going.
email-reminder-intro-html = <strong>{ $event }</strong> ({ $group }) is in { $lead }, and you're going.
email-reminder-still-coming-txt = Still coming? One click tells the organizers:
email-reminder-cant-make-it-txt = Can't make it? One click frees your seat for the next person waiting:
email-reminder-event-page-txt = The event page:
email-reminder-still-coming = Still coming
email-reminder-cant-make-it = Can't make it
email-reminder-frees-seat-html = "Can't make it" frees your seat for the next person waiting. <a href="{ $url }" style="color:#2f5d8a;">See the event</a>.

email-changed-subject = Changed: { $event }, now { $when }
email-changed-intro-txt = { $event } ({ $group }) has changed. This is how it stands now:
email-changed-intro-html = <strong>{ $event }</strong> ({ $group }) has changed. This is how it stands now:
# Where a changed event is now, when it no longer has a place.
email-changed-no-place-now = no place given now
# Where a changed event was, when it had no place.
email-changed-no-place-given = no place given
email-changed-outro-txt =
    The attached update moves the event in your calendar. If you can no longer come, answer
    again on the event page so the seat goes to someone else:
email-changed-outro-html = The attached update moves the event in your calendar. If you can no longer come, answer again on the event page so the seat goes to someone else.

email-cancelled-subject = Cancelled: { $event }
email-cancelled-intro-txt = { $event } ({ $group }), planned for { $when }, is cancelled.
email-cancelled-intro-html = <strong>{ $event }</strong> ({ $group }), planned for { $when }, is <strong>cancelled</strong>.
email-cancelled-wrote-txt = The organizers wrote: { $reason }
email-cancelled-wrote-html = The organizers wrote:
email-cancelled-outro-txt = The attached cancellation removes it from your calendar. The event page stays online:
email-cancelled-outro-html = The attached cancellation removes it from your calendar. The event page stays online.

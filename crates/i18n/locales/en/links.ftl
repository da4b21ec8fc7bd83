# The pages an email's one-click links open. $topic is an email-topic-* message, $group the
# group's name, $title the event's.
link-unsubscribe = Unsubscribe
link-unsubscribe-message = Press the button to stop { $topic } from { $group }. You can turn them on again in your email settings.
link-unsubscribed = Unsubscribed
link-unsubscribed-message = You will no longer get { $topic } from { $group }. Other email from the group is unchanged.
link-email-settings = Email settings
link-still-coming-heading = Still coming?
link-still-coming-message = Press the button to tell the organizers you are still coming to { $title }.
link-still-coming-button = I'm still coming
link-cant-make-it-heading = Can't make it?
link-cant-make-it-message = Press the button to give up your seat at { $title }. The next person waiting gets it at once.
link-cant-make-it-button = I can't make it
link-see-you-heading = See you there
link-see-you-message = Thanks: you are going to { $title }.
link-not-on-list-heading = You are not on the list
link-not-on-list-message = You are not going to this event any more. Answer again on the event page if there is room.
link-seat-free-heading = Your seat is free
link-seat-free-message = You are no longer going to { $title }. Thank you for letting us know.
link-see-event = See the event

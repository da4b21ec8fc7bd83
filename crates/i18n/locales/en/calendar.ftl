# Words in calendar feeds (.ics), calendar invitations and downloads. $title is the event's
# own title, $group the group's name, $instance the site's name.
calendar-cancelled-summary = Cancelled: { $title }
calendar-waitlist-summary = Waitlist: { $title }
calendar-cancelled = This event is cancelled.
calendar-waitlisted = You are on the waitlist.
calendar-join-online = Join online: { $url }
calendar-group-description = Every meetup of { $group }
calendar-group-feed-description = Meetups of { $group } on { $instance }
calendar-instance-feed-description = Upcoming meetups on { $instance }
calendar-my-meetups = My meetups · { $instance }

# How an event stands: the badge by its title and the line under it.
event-badge-draft = Draft
event-badge-cancelled = Cancelled
event-badge-past = Past
event-badge-live = Happening now
event-badge-soon = RSVPs not open yet
event-badge-closed = RSVPs closed
event-badge-full = Full
event-badge-open = Open
event-status-draft = A draft: only organizers can see it until it is published.
event-status-cancelled = This event is cancelled.
event-status-past = This event has ended.
event-status-live = Happening now.
# $moment: "Tue 16 Feb 2027, 14:05 CET", already in this language.
event-status-opens-at = RSVPs open on { $moment }.
event-status-opens-soon = RSVPs open soon.
event-status-closed-by-organizers = RSVPs are closed by the organizers.
event-status-closed = RSVPs are closed.
event-status-full = Every seat is taken: RSVP to join the waitlist.
event-status-open-seats =
    { $count ->
        [one] RSVPs are open: { $count } seat left.
       *[other] RSVPs are open: { $count } seats left.
    }
event-status-open = RSVPs are open.

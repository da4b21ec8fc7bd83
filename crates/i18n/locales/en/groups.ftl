# The home page, the error page, the group directory, the group pages (about, events, join,
# code of conduct, report) and event cards in lists.

## Home page

home-title = Meet the people who build with Python near you.
# $instance is the site's name. Contains markup: keep the apostrophes as they are.
home-lede = { $instance } is home to local user groups: find one, join, and say you're coming to the next meetup. Organizers keep their members, their calendar and their history — for as long as they like.
home-find-group = Find a group
home-mine-title = Your upcoming events
# Contains a link: translate the text, keep the markup.
home-mine-empty = You have not said you're coming to anything yet. Find a meetup below, or <a href="/groups">find a group</a>.
home-upcoming-title = Upcoming meetups
home-upcoming-empty = No meetups are scheduled yet. When groups publish events, the next ones appear here.

## Error page

error-home-link = Go to the home page
error-not-found = Page not found
error-forbidden = Not allowed
error-unauthorized = Please log in
error-too-many-requests = Slow down
error-uri-too-long = Address too long
error-server = Something went wrong
error-other = That did not work

## Group directory

group-directory-title = Find a group
group-directory-search = Search
group-directory-search-placeholder = Python, data, Leeds…
group-directory-city = City
group-directory-country = Country
group-directory-topic = Topic
group-directory-order = Order
group-directory-order-best = Best match
group-directory-order-next = Next meetup first
group-directory-active = Only active groups
group-directory-near = Near
group-directory-near-hint = City, or latitude, longitude
group-directory-radius = Within
group-directory-radius-km = { $km } km
group-directory-order-distance = Nearest first
group-directory-distance = { $km } km away
group-directory-count-near-place = { $count ->
    [one] One group within { $km } km of { $place }.
   *[other] { $count } groups within { $km } km of { $place }.
}
group-directory-count-near = { $count ->
    [one] One group within { $km } km.
   *[other] { $count } groups within { $km } km.
}
group-directory-count = { $count ->
    [one] { $count } group.
   *[other] { $count } groups.
}
# $query is what the visitor searched for.
group-directory-count-matching = { $count ->
    [one] { $count } group matching “{ $query }”.
   *[other] { $count } groups matching “{ $query }”.
}
group-directory-empty = No groups found. Try fewer words.
# Contains a link: translate the text, keep the markup.
group-directory-empty-create = No groups found. Try fewer words, or <a href="/groups/new">start a group</a>.
group-directory-dormant = Dormant
# $date is the day of the group's next meetup.
group-directory-next = next meetup { $date }
group-directory-no-next = no meetup scheduled
# $date is the day of the group's last meetup.
group-directory-last = last { $date }
group-directory-topics = Topics
group-directory-pages = Pages
group-directory-previous = ← Previous
group-directory-page = Page { $page } of { $pages }
group-directory-next-page = Next →
group-directory-start = Start a group

## Group header, on every group page

group-members-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
# The logo's alternative text; $name is the group's name.
group-logo-alt = { $name } logo
group-private = Private group
group-needs-conduct = New code of conduct to accept
group-unclaimed-title = Unclaimed listing.
# $source is where the entry came from (a site's name, or group-source-wiki).
group-unclaimed-text = This entry comes from { $source }; nobody runs it on this site yet.
group-source-wiki = the python.org list of local user groups
group-dormant-title = Dormant group.
# $month is a month and year, like "March 2025".
group-dormant-since = No event since { $month }. Everything it did stays here — past events, talks and calendar feeds.
group-dormant-never = No event yet. Everything it did stays here — past events, talks and calendar feeds.
group-adopt = Ask to adopt this group
group-tabs = Group
group-tab-about = About
group-tab-events = Events
group-tab-members = Members
group-tab-conduct = Code of conduct
group-tab-settings = Settings
group-tab-manage = Manage members
group-tab-reports = Reports
group-tab-audit = Audit log

## Group page

# Titles of the group's feeds, for feed readers; $name is the group's name.
group-feed-news-title = { $name }: news feed
group-feed-calendar-title = { $name }: calendar
group-upcoming-title = Upcoming meetups
group-new-event = New event
group-upcoming-empty = No meetups are scheduled yet.
group-upcoming-empty-organizer = No meetups are scheduled yet. Schedule the next one with “New event”.
group-all-events = All events
group-recent-title = Recent meetups
group-past-empty = No past meetups yet.
group-about-title = About
group-details = Group details
group-membership-title = Membership
group-member-you = You are a member.
# $role is the member's role, like "Organizer".
group-member-you-role = You are a member ({ $role }).
group-member-emails = Emails from this group
group-accept-conduct = Accept the new code of conduct
group-leave = Leave the group
group-pending = Your request to join is waiting for the organizers.
group-withdraw = Withdraw the request
group-banned = You cannot take part in this group.
group-invite-only = This group takes new members by invitation.
group-ask-to-join = Ask to join
group-join-this = Join this group
group-organizers-title = Organizers
group-all-members = { $count ->
    [one] All { $count } member
   *[other] All { $count } members
}
group-more-title = More
group-link-website = Website
group-link-chat = Chat
group-link-mailing-list = Mailing list
group-link-code = Code
group-subscribe-title = Subscribe
group-subscribe-text = Follow this group's meetups in your calendar app or feed reader.
group-subscribe-webcal = Subscribe in your calendar app
group-subscribe-ics = Calendar feed (iCal)
group-subscribe-atom = News feed (Atom)
# Contains a link: translate the text, keep the markup.
group-subscribe-private = <a href="/account/settings#calendar" class="subscribe-private">Subscribe with your private calendar feed</a>: a link only for you, with the events you are going to.
group-subscribe-private-only = <a href="/account/settings#calendar" class="subscribe-private">Subscribe with your private calendar feed</a>: a link only for you, with the events you are going to — your calendar app can follow this group's events there too.
# Contains a link: $href is its address, $version the code's version number.
group-conduct-link = <a href="{ $href }">Code of conduct</a> (version { $version })
group-report-link = <a href="{ $href }">Report a concern</a> — privately, to the organizers.
group-role-organizer = Organizer
group-role-co-organizer = Co-organizer
group-role-assistant-organizer = Assistant organizer
group-role-event-organizer = Event organizer
group-role-member = Member

## Joining

# $name is the group's name.
group-join-title = Join { $name }
group-ask-title = Ask to join { $name }
group-join-conduct = Code of conduct
group-join-accept = I have read the code of conduct (version { $version }) and will follow it.
group-join-review = The organizers review requests.
group-join-review-answers = The organizers review requests and see your answers.
group-join-send-request = Send my request
group-join-button = Join
group-join-tick-box = Please tick the box to accept the code of conduct.

## Code of conduct

group-conduct-title = Code of conduct
group-conduct-heading = Code of conduct, version { $version }
# $date is the day this version was published.
group-conduct-version = Version { $version }, { $date }
group-conduct-changed = The code of conduct changed since you accepted it. Please read it, then accept it to keep RSVPing.
group-conduct-accept = I accept version { $version }
group-conduct-history = Earlier versions

## Reporting a concern

group-report-title = Report a concern
# $name is the group's name. Contains markup: keep the apostrophes as they are.
group-report-intro = Your report goes privately to the organizers of { $name } — and to this site's administrators if it is about an organizer. It is never public, and the person it concerns is not told who reported.
group-report-who = Who is it about? (optional)
group-report-someone-else = Someone else, or I would rather describe them
group-report-describe = Or describe who (optional)
group-report-what = What happened?
group-report-send = Send the report

## A group's events

group-events-title = Events
group-new-series = New series
group-events-upcoming = Upcoming
group-events-past = Past
group-events-no-more-past = No more past meetups.
group-events-past-nav = Past events
group-events-newer = Newer
group-events-page = Page { $page }
group-events-older = Older

## Event cards in lists

# The start time and the time zone's name: "18:30 GMT".
group-card-time = { $time } { $zone }
group-card-going = { $count ->
    [one] { $count } going
   *[other] { $count } going
}
group-card-badge-draft = Draft
group-card-badge-cancelled = Cancelled
group-card-badge-live = Happening now
group-card-badge-closed = RSVPs closed
group-card-badge-full = Full
group-card-mine-going = You're going
group-card-mine-waitlisted = On the waitlist
# Buttons moving one attendee (the name follows, for screen readers).
group-move-going = Going
group-move-waitlist = Waitlist
group-move-not-going = Not going
group-fediverse-follow = Follow from Mastodon or any fediverse server: { $handle }
group-fediverse-followers = { $count ->
    [one] { $count } follower
   *[other] { $count } followers
}
group-tab-numbers = Numbers

group-tab-photos = Photos

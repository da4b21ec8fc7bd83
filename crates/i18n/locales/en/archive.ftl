# The static site inside a group's archive (ZIP): written in the group's language when Muster
# speaks it. $date is already in this language; $source is the site the archive came from.
archive-made = archive of { $date } from { $source }
archive-footer = A static copy of the group's pages, made by Muster. The data is in <code>archive.json</code>; the events are in <code>calendar.ics</code>.
archive-members =
    { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
archive-website = website
archive-upcoming = Upcoming events
archive-past = Past events
archive-none-yet = None yet.
archive-cancelled = Cancelled
archive-cancelled-sentence = Cancelled.
archive-went = { $count } went
archive-conduct = Code of conduct
archive-hosted-by = Hosted by { $hosts }
archive-going = { $count } going
archive-guests =
    { $count ->
        [one] (+{ $count } guest)
       *[other] (+{ $count } guests)
    }
archive-waitlisted = { $count } waitlisted
archive-attended = { $count } attended
archive-talks = Talks
archive-photos = Photos
archive-lightning = (lightning talk)
archive-slides = slides
archive-video = video
archive-all-events = All events of { $group }

#!/usr/bin/env python3
"""Throughput of the calendar feeds: `wrk` against a release `muster serve`.

Usage: scripts/bench/feeds.py [PATH_TO_MUSTER] [EVENTS] [SECONDS]
Seeds a public group with EVENTS events (default 500; weekly, with a venue, half of them in
the past year) through the API, then runs `wrk -t2 -c64 -d{SECONDS}s --latency` (default 10 s)
against the group feed (`/g/{slug}/events.ics`), its conditional path (`If-None-Match` with the
feed's ETag: 304), and the instance feed. Prints req/s, p50/p99 latency, non-2xx/3xx count,
the body size and the server's RSS.
"""
import datetime, sys, urllib.request

from common import Server

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/muster"
events = int(sys.argv[2]) if len(sys.argv) > 2 else 500
seconds = int(sys.argv[3]) if len(sys.argv) > 3 else 10
server = Server(binary)

try:
    server.create_user("organizer@example.org", "Ada Organizer")
    ada = server.login("organizer@example.org")
    ada.call("POST", "/api/v1/groups", {
        "slug": "pyfeed", "name": "Python Feed", "summary": "Benchmarking the feeds",
        "city": "Berlin", "country": "Germany", "timezone": "Europe/Berlin", "topics": ["python"]})
    # Starting half the events ago, weekly: half in the past year, half upcoming. Past events
    # cannot be created, so they are created ahead and the clock does the rest: the group's
    # earliest event is at most a year back because creation allows any future date.
    start = datetime.datetime.now(datetime.timezone.utc).replace(hour=18, minute=0, second=0,
                                                                  microsecond=0)
    for i in range(events):
        at = start + datetime.timedelta(days=1 + 7 * (i % 104), hours=i // 104)
        ada.call("POST", "/api/v1/groups/pyfeed/events", {
            "title": f"Meetup #{i}: Typing, testing; and packaging",
            "description": "Talks and *pizza*.\n\nEveryone is welcome, beginners most of all.",
            "starts_at": at.isoformat(), "ends_at": (at + datetime.timedelta(hours=2)).isoformat(),
            "venue": {"name": "c-base", "address": "Rungestraße 20, 10179 Berlin",
                      "lat": 52.51299, "lon": 13.42003}})
    with urllib.request.urlopen(server.base + "/g/pyfeed/events.ics") as r:
        body = r.read()
        etag = r.headers["ETag"]
    print(f"seeded: {events} events, feed {len(body) / 1024:.0f} KiB; RSS {server.rss_mib():.1f} MiB")
    runs = [("group feed", "/g/pyfeed/events.ics", ()),
            ("group feed 304", "/g/pyfeed/events.ics", (f"If-None-Match: {etag}",)),
            ("instance feed", "/events.ics", ())]
    print(f"{'feed':<16} {'req/s':>10} {'p50':>9} {'p99':>9} {'non-2xx':>8} {'RSS MiB':>8}")
    for name, path, headers in runs:
        rps, p50, p99, bad = server.wrk(path, seconds, headers)
        print(f"{name:<16} {rps:>10.0f} {p50:>9} {p99:>9} {bad:>8} {server.rss_mib():>8.1f}")
finally:
    server.stop()

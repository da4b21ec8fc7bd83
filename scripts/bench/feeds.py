#!/usr/bin/env python3
"""Throughput of the calendar feeds: `wrk` against a release `muster serve`.

Usage: scripts/bench/feeds.py [PATH_TO_MUSTER] [EVENTS] [SECONDS]
Seeds a public group with EVENTS events (default 500; weekly, with a venue, the first half in
the past — so about 52 past and 250 upcoming fall in the feed's window; one through the API,
the rest copied in the SQLite database), then runs `wrk -t2 -c64 -d{SECONDS}s --latency` (default 10 s)
against the group feed (`/g/{slug}/events.ics`), its conditional path (`If-None-Match` with the
feed's ETag: 304), and the instance feed. Prints req/s, p50/p99 latency, non-2xx/3xx count,
the body size and the server's RSS.
"""
import datetime, os, sqlite3, sys, urllib.request, uuid

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
    # One event through the API, then copies of it straight into the SQLite database (organizers
    # may create 30 events a day): weekly, half of them before today, with a venue.
    first = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=1)
    seed = ada.call("POST", "/api/v1/groups/pyfeed/events", {
        "title": "Meetup #0: Typing, testing; and packaging",
        "description": "Talks and *pizza*.\n\nEveryone is welcome, beginners most of all.",
        "starts_at": first.isoformat(), "ends_at": (first + datetime.timedelta(hours=2)).isoformat(),
        "venue": {"name": "c-base", "address": "Rungestraße 20, 10179 Berlin",
                  "lat": 52.51299, "lon": 13.42003}})
    db = sqlite3.connect(os.path.join(server.data, "muster.sqlite3"), timeout=30)
    columns = [row[1] for row in db.execute("PRAGMA table_info(events)")]
    row = dict(zip(columns, db.execute("SELECT * FROM events WHERE id = ?", (seed["id"],)).fetchone()))
    starts = datetime.datetime.fromisoformat(row["starts_at"])
    for i in range(1, events):
        at = starts + datetime.timedelta(days=7 * (i - events // 2))
        copy = dict(row, id=str(uuid.uuid4()), title=f"Meetup #{i}: Typing, testing; and packaging",
                    starts_at=at.strftime("%Y-%m-%d %H:%M:%S"),
                    ends_at=(at + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S"))
        db.execute(f"INSERT INTO events ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})",
                   [copy[c] for c in columns])
    db.commit()
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

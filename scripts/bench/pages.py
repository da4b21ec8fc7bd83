#!/usr/bin/env python3
"""Throughput of the public pages under load: `wrk` against a release `muster serve`.

Usage: scripts/bench/pages.py [PATH_TO_MUSTER] [MEMBERS] [SECONDS] [LANGUAGES]
Seeds a group with MEMBERS members (default 60) who RSVP to an event with a venue, an
agenda of three talks and a few comments, plus 19 more upcoming events a month apart; then runs
`wrk -t2 -c64 -d{SECONDS}s --latency` (default 10 s) against the event page, the group
page, the group's event list and the home page as an anonymous visitor, the event page as a
signed-in member who is going, the group's calendar asked with its current ETag (304), and
one of Muster's own static files (the style sheet) as
the reference for the machine's speed in this run. Prints req/s, p50 and p99 latency,
non-2xx count, and the server's RSS after each run.

With LANGUAGES (e.g. `en,zh-TW`), runs the event page and the group page instead, once per
language (sent as Accept-Language), three interleaved rounds each, and prints each run: the
cost of the translation layer side by side.

SQLite in a temporary data directory by default; set MUSTER_DATABASE_URL to a PostgreSQL
database to measure that instead. MUSTER_BENCH_GROUPS=N (default 1) adds N - 1 more public
groups, each of its own organizer and with as many events as the first group has (with
MEMBERS × 10 as well: 10× the groups, events and members). The measured pages are the first
group's, so at 10× they also show 10× the people going.
"""
import os
import re
import sys

from common import Server

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/muster"
members = int(sys.argv[2]) if len(sys.argv) > 2 else 60
seconds = int(sys.argv[3]) if len(sys.argv) > 3 else 10
languages = sys.argv[4].split(",") if len(sys.argv) > 4 else []
server = Server(binary)
# Each group's upcoming meetups, a month apart: 20, so the home page (which lists the first
# 20 of the instance) is full at both sizes and the 10× run compares the same page.
MONTHS = [f"{2030 + (11 + i) // 12}-{(11 + i) % 12 + 1:02}-18" for i in range(20)]

try:
    server.create_user("organizer@example.org", "Ada Organizer")
    ada = server.login("organizer@example.org")
    ada.call("POST", "/api/v1/groups", {
        "slug": "pybench", "name": "Python Bench", "summary": "Benchmarking the pages",
        "description": "We meet monthly.\n\n**Everyone** is welcome.", "city": "Leeds",
        "country": "United Kingdom", "timezone": "Europe/London", "topics": ["python", "web"]})
    event = ada.call("POST", "/api/v1/groups/pybench/events", {
        "title": "December meetup", "description": "Talks and *pizza*.",
        "starts_at": "2030-12-18T18:30", "ends_at": "2030-12-18T21:00",
        "venue": {"name": "Leeds Library", "address": "18 Commercial St, Leeds",
                  "lat": 53.797, "lon": -1.543, "directions": "Upstairs, room 2"},
        "capacity": members + 10, "guest_limit": 1, "rsvp_question": "Dietary needs?"})
    for month in MONTHS[1:]:
        ada.call("POST", "/api/v1/groups/pybench/events", {
            "title": f"Meetup of {month}", "starts_at": f"{month}T18:30",
            "ends_at": f"{month}T21:00"})
    event_id = event["id"]
    for g in range(1, int(os.environ.get("MUSTER_BENCH_GROUPS", "1"))):
        # An organizer each: one person may only start a few groups a day.
        server.create_user(f"organizer{g}@example.org", f"Organizer {g}")
        organizer = server.login(f"organizer{g}@example.org")
        organizer.call("POST", "/api/v1/groups", {
            "slug": f"pybench{g}", "name": f"Python Bench {g}", "summary": "Another group",
            "city": "Leeds", "country": "United Kingdom", "timezone": "Europe/London"})
        for month in MONTHS:
            organizer.call("POST", f"/api/v1/groups/pybench{g}/events", {
                "title": f"Meetup {g}", "starts_at": f"{month}T18:30",
                "ends_at": f"{month}T21:00"})
    home = server.get_text("/")
    css = re.search(r'href="(/static/[^"]+\.css[^"]*)"', home).group(1)
    for title in ["Typing the untypable", "Five-minute pytest tricks", "Async all the way"]:
        ada.call("POST", f"/api/v1/events/{event_id}/talks",
                 {"title": title, "speaker_name": "A Speaker", "abstract": "An *abstract*."})
    member = None
    for i in range(members):
        email = f"member{i}@example.org"
        server.create_user(email, f"Member {i}")
        m = server.login(email)
        member = member or m
        m.call("POST", "/api/v1/groups/pybench/join", {"conduct_version": 1})
        m.call("PUT", f"/api/v1/events/{event_id}/rsvp", {"response": "yes", "guests": i % 2})
        if i < 5:
            m.call("POST", f"/api/v1/events/{event_id}/comments", {"body": f"See you there! ({i})"})
    print(f"seeded: {members} members going to /g/pybench/events/{event_id}; "
          f"RSS {server.rss_mib():.1f} MiB")
    pages = [("event page", f"/g/pybench/events/{event_id}"), ("group page", "/g/pybench"),
             ("group events", "/g/pybench/events"), ("home page", "/")]
    signed_in = [f"Cookie: {member.cookie_header()}"] if member else []
    if languages:
        print(f"{'page':<14} {'lang':<6} {'req/s':>10} {'p50':>9} {'p99':>9} {'non-2xx':>8}")
        for round_ in range(3):
            for name, path in pages[:2]:
                for lang in languages:
                    rps, p50, p99, bad = server.wrk(path, seconds, [f"Accept-Language: {lang}"])
                    print(f"{name:<14} {lang:<6} {rps:>10.0f} {p50:>9} {p99:>9} {bad:>8}")
        pages = []
    print(f"{'page':<14} {'req/s':>10} {'p50':>9} {'p99':>9} {'non-2xx':>8} {'RSS MiB':>8}")
    runs = [(name, path, []) for name, path in pages]
    if pages:
        if signed_in:
            runs.append(("event, member", f"/g/pybench/events/{event_id}", signed_in))
        etag = server.head("/g/pybench/events.ics").get("etag")
        runs.append(("feed 304", "/g/pybench/events.ics", [f"If-None-Match: {etag}"]))
        runs.append(("static file", css, []))
    for name, path, headers in runs:
        rps, p50, p99, bad = server.wrk(path, seconds, headers)
        print(f"{name:<14} {rps:>10.0f} {p50:>9} {p99:>9} {bad:>8} {server.rss_mib():>8.1f}")
finally:
    server.stop()

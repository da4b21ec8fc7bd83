#!/usr/bin/env python3
"""What federation's documents cost to serve, next to the pages at the same addresses.

    python3 scripts/bench/federation.py target/release/muster [ROUNDS] [SECONDS]

Starts a release `muster serve` (SQLite, throw-away data directory), makes a public group with
one meetup at a venue, then runs `wrk -t2 -c64` in interleaved rounds over: the group's page and
its ActivityPub actor (the same URL with `Accept: application/activity+json`), the event's page
and its `Event` object, the WebFinger answer, and one of Muster's own static files for scale.
Prints the median req/s and p99 of each."""
import re, statistics, sys

from common import Server

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/muster"
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
seconds = int(sys.argv[3]) if len(sys.argv) > 3 else 5

server = Server(binary)
try:
    server.create_user("ada@example.org", "Ada")
    ada = server.login("ada@example.org")
    ada.call("POST", "/api/v1/groups", {
        "slug": "pyleeds", "name": "Python Leeds", "timezone": "Europe/London",
        "join_mode": "open", "visibility": "public", "city": "Leeds",
        "summary": "Python in Leeds"})
    event = ada.call("POST", "/api/v1/groups/pyleeds/events", {
        "title": "December meetup", "description": "Talks and **pizza**.",
        "starts_at": "2030-12-16T18:30:00Z", "ends_at": "2030-12-16T21:00:00Z",
        "venue": {"name": "Leeds Library", "address": "18 Commercial St, Leeds",
                  "lat": 53.797, "lon": -1.543},
        "capacity": 50})
    host = server.base.removeprefix("http://")
    css = re.search(r'href="(/static/[^"]+\.css[^"]*)"', server.get_text("/")).group(1)
    ap = ["Accept: application/activity+json"]
    runs = [
        ("group page (HTML)", "/g/pyleeds", []),
        ("group actor (activity+json)", "/g/pyleeds", ap),
        ("event page (HTML)", f"/g/pyleeds/events/{event['id']}", []),
        ("event object (activity+json)", f"/g/pyleeds/events/{event['id']}", ap),
        ("WebFinger", f"/.well-known/webfinger?resource=acct:pyleeds@{host}", []),
        ("static file", css, []),
    ]
    results = {name: [] for name, _, _ in runs}
    for _ in range(rounds):
        for name, path, headers in runs:
            rps, _p50, p99, bad = server.wrk(path, seconds, headers)
            assert bad == 0, f"{name}: {bad} non-2xx answers"
            results[name].append((rps, p99))
    print(f"wrk -t2 -c64, {rounds} interleaved rounds of {seconds} s, medians:")
    for name, values in results.items():
        rps = statistics.median(v[0] for v in values)
        p99 = sorted(values)[len(values) // 2][1]
        print(f"  {name:<30} {rps:>10,.0f} req/s   p99 {p99}")
finally:
    server.stop()

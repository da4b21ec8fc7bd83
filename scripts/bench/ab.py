#!/usr/bin/env python3
"""Two or more builds side by side: the same pages and RSVPs, interleaved rounds.

Usage: scripts/bench/ab.py BINARY[,BINARY…] [ROUNDS] [SECONDS] [ROWS] [MEMBERS]
Starts one `muster serve` per binary, each seeded the same way (a group with 20 upcoming
meetups, MEMBERS members, default 60, going to the first, which has a venue and five
comments; a second meetup of 50 seats), then runs `wrk -t2 -c64 -d{SECONDS}s` (default 4)
ROUNDS times (default 3) over ROWS (default all, comma-separated): `visitor` and `member` (the
first meetup's page, anonymous and as a member who is going), `group`, `home`, `rsvp` (each
request a random member answering yes or no to the 50-seat meetup, as
`cargo bench --bench rsvp` does), `static` (the style sheet: the machine's speed in this
run). Each round runs every binary on a row before moving on, so a busy moment of a noisy
machine falls on all of them. Prints every run and then the medians.

SQLite in temporary data directories by default; AB_DBS=URL[,URL…] gives each binary a
PostgreSQL database of its own (empty ones: they are migrated on start).
"""
import os
import re
import statistics
import sys
import tempfile

from common import Server

binaries = sys.argv[1].split(",")
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
seconds = int(sys.argv[3]) if len(sys.argv) > 3 else 4
rows = (sys.argv[4] if len(sys.argv) > 4 else "visitor,member,group,home,rsvp,static").split(",")
members = int(sys.argv[5]) if len(sys.argv) > 5 else 60
dbs = os.environ["AB_DBS"].split(",") if os.environ.get("AB_DBS") else [""] * len(binaries)
MONTHS = [f"{2030 + (11 + i) // 12}-{(11 + i) % 12 + 1:02}-18" for i in range(20)]
ANSWER = r'''
local cookies = {}
for line in io.lines(os.getenv("AB_COOKIES")) do cookies[#cookies + 1] = line end
local path = os.getenv("AB_RSVP")
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
request = function()
  local answer = (math.random(2) == 1) and "yes" or "no"
  return wrk.format("PUT", path, {["Cookie"] = cookies[math.random(#cookies)],
    ["Content-Type"] = "application/json"}, '{"response":"' .. answer .. '"}')
end
'''
scratch = tempfile.mkdtemp(prefix="muster-ab-")
script = os.path.join(scratch, "answer.lua")
with open(script, "w") as f:
    f.write(ANSWER)


def seed(index, binary, db):
    if db:
        os.environ["MUSTER_DATABASE_URL"] = db
    else:
        os.environ.pop("MUSTER_DATABASE_URL", None)
    server = Server(binary)
    server.create_user("organizer@example.org", "Ada Organizer")
    ada = server.login("organizer@example.org")
    ada.call("POST", "/api/v1/groups", {
        "slug": "pybench", "name": "Python Bench", "summary": "Benchmarking",
        "description": "We meet monthly.", "city": "Leeds", "country": "United Kingdom",
        "timezone": "Europe/London", "topics": ["python"]})
    venue = {"name": "Leeds Library", "address": "18 Commercial St, Leeds", "lat": 53.797,
             "lon": -1.543}
    event = ada.call("POST", "/api/v1/groups/pybench/events", {
        "title": "December meetup", "description": "Talks and *pizza*.",
        "starts_at": f"{MONTHS[0]}T18:30", "ends_at": f"{MONTHS[0]}T21:00", "venue": venue,
        "capacity": members + 10, "guest_limit": 1, "rsvp_question": "Dietary needs?"})
    popular = ada.call("POST", "/api/v1/groups/pybench/events", {
        "title": "Popular meetup", "starts_at": f"{MONTHS[0]}T12:00",
        "ends_at": f"{MONTHS[0]}T14:00", "venue": venue, "capacity": 50})
    for month in MONTHS[1:]:
        ada.call("POST", "/api/v1/groups/pybench/events", {
            "title": f"Meetup of {month}", "starts_at": f"{month}T18:30",
            "ends_at": f"{month}T21:00"})
    cookies = os.path.join(scratch, f"cookies-{index}")
    first = None
    with open(cookies, "w") as f:
        for i in range(members):
            email = f"member{i}@example.org"
            server.create_user(email, f"Member {i}")
            member = server.login(email)
            first = first or member
            member.call("POST", "/api/v1/groups/pybench/join", {"conduct_version": 1})
            member.call("PUT", f"/api/v1/events/{event['id']}/rsvp",
                        {"response": "yes", "guests": i % 2})
            if i < 5:
                member.call("POST", f"/api/v1/events/{event['id']}/comments",
                            {"body": f"See you there! ({i})"})
            f.write(member.cookie_header() + "\n")
    css = re.search(r'href="(/static/[^"]+\.css[^"]*)"', server.get_text("/")).group(1)
    page = f"/g/pybench/events/{event['id']}"
    runs = {
        "visitor": (page, [], None),
        "member": (page, [f"Cookie: {first.cookie_header()}"], None),
        "group": ("/g/pybench", [], None),
        "home": ("/", [], None),
        "rsvp": ("/", [], {"AB_COOKIES": cookies,
                           "AB_RSVP": f"/api/v1/events/{popular['id']}/rsvp"}),
        "static": (css, [], None),
    }
    return server, runs


servers = []
rates = {}
try:
    for index, (binary, db) in enumerate(zip(binaries, dbs)):
        servers.append(seed(index, binary, db))
    print(f"{'round':<6} {'row':<8} {'binary':<32} {'req/s':>9} {'p99':>9} {'non-2xx':>8}")
    for round_ in range(rounds):
        for row in rows:
            for index, (server, runs) in enumerate(servers):
                path, headers, env = runs[row]
                rps, _, p99, bad = server.wrk(path, seconds, headers,
                                              script if env else None, env)
                rates.setdefault((row, index), []).append(rps)
                print(f"{round_:<6} {row:<8} {binaries[index]:<32} {rps:>9.0f} {p99:>9} "
                      f"{bad:>8}", flush=True)
finally:
    for server, _ in servers:
        server.stop()
print()
print(f"{'row':<8} {'binary':<32} {'median':>9}")
for row in rows:
    for index, binary in enumerate(binaries):
        print(f"{row:<8} {binary:<32} {statistics.median(rates[(row, index)]):>9.0f}")

#!/usr/bin/env python3
"""Throughput of the public pages under load: `wrk` against a release `muster serve`.

Usage: scripts/bench/pages.py [PATH_TO_MUSTER] [MEMBERS] [SECONDS]
Seeds a group with MEMBERS members (default 60) who RSVP to an event with a venue, an
agenda of three talks and a few comments, plus a second upcoming event; then runs
`wrk -t2 -c64 -d{SECONDS}s --latency` (default 10 s) against the event page, the group
page, the group's event list and the home page, as an anonymous visitor. Prints req/s, p50
and p99 latency, non-2xx count, and the server's RSS after each run.

SQLite in a temporary data directory by default; set MUSTER_DATABASE_URL to a PostgreSQL
database to measure that instead.
"""
import http.cookiejar, json, os, re, socket, subprocess, sys, tempfile, time, urllib.request

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/muster"
members = int(sys.argv[2]) if len(sys.argv) > 2 else 60
seconds = int(sys.argv[3]) if len(sys.argv) > 3 else 10
data = tempfile.mkdtemp(prefix="muster-pages-")
PASSWORD = "correct horse battery staple"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


port = free_port()
base = f"http://127.0.0.1:{port}"
env = dict(os.environ, MUSTER_DATA_DIR=data, MUSTER_BIND=f"127.0.0.1:{port}", MUSTER_LOG="warn")
server = subprocess.Popen([binary, "serve"], env=env)


def wait_ready():
    for _ in range(5000):
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.01)
    sys.exit("muster did not start")


def create_user(email, name):
    subprocess.run([binary, "admin", "create-user", "--email", email, "--name", name,
                    "--password-stdin", "--log", "warn"],
                   input=PASSWORD + "\n", text=True, env=env, check=True, capture_output=True)


def client():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def call(opener, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with opener.open(req) as r:
        text = r.read()
        return json.loads(text) if text else None


def login(email):
    c = client()
    call(c, "POST", "/api/v1/auth/login", {"email": email, "password": PASSWORD})
    return c


def rss_mib():
    with open(f"/proc/{server.pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


try:
    wait_ready()
    create_user("organizer@example.org", "Ada Organizer")
    ada = login("organizer@example.org")
    call(ada, "POST", "/api/v1/groups", {
        "slug": "pybench", "name": "Python Bench", "summary": "Benchmarking the pages",
        "description": "We meet monthly.\n\n**Everyone** is welcome.", "city": "Leeds",
        "country": "United Kingdom", "timezone": "Europe/London", "topics": ["python", "web"]})
    event = call(ada, "POST", "/api/v1/groups/pybench/events", {
        "title": "December meetup", "description": "Talks and *pizza*.",
        "starts_at": "2030-12-18T18:30", "ends_at": "2030-12-18T21:00",
        "venue": {"name": "Leeds Library", "address": "18 Commercial St, Leeds",
                  "lat": 53.797, "lon": -1.543, "directions": "Upstairs, room 2"},
        "capacity": members + 10, "guest_limit": 1, "rsvp_question": "Dietary needs?"})
    call(ada, "POST", "/api/v1/groups/pybench/events", {
        "title": "January meetup", "starts_at": "2031-01-15T18:30", "ends_at": "2031-01-15T21:00"})
    event_id = event["id"]
    for title in ["Typing the untypable", "Five-minute pytest tricks", "Async all the way"]:
        call(ada, "POST", f"/api/v1/events/{event_id}/talks",
             {"title": title, "speaker_name": "A Speaker", "abstract": "An *abstract*."})
    for i in range(members):
        email = f"member{i}@example.org"
        create_user(email, f"Member {i}")
        m = login(email)
        call(m, "POST", "/api/v1/groups/pybench/join", {"conduct_version": 1})
        call(m, "PUT", f"/api/v1/events/{event_id}/rsvp", {"response": "yes", "guests": i % 2})
        if i < 5:
            call(m, "POST", f"/api/v1/events/{event_id}/comments", {"body": f"See you there! ({i})"})
    print(f"seeded: {members} members going to /g/pybench/events/{event_id}; RSS {rss_mib():.1f} MiB")
    pages = [("event page", f"/g/pybench/events/{event_id}"), ("group page", "/g/pybench"),
             ("group events", "/g/pybench/events"), ("home page", "/")]
    print(f"{'page':<14} {'req/s':>10} {'p50':>9} {'p99':>9} {'non-2xx':>8} {'RSS MiB':>8}")
    for name, path in pages:
        out = subprocess.run(["wrk", "-t2", "-c64", f"-d{seconds}s", "--latency", base + path],
                             capture_output=True, text=True, check=True).stdout
        rps = re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)
        p50 = re.search(r"^\s*50%\s+(\S+)", out, re.M).group(1)
        p99 = re.search(r"^\s*99%\s+(\S+)", out, re.M).group(1)
        non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        print(f"{name:<14} {float(rps):>10.0f} {p50:>9} {p99:>9} {non2xx.group(1) if non2xx else 0:>8} {rss_mib():>8.1f}")
finally:
    server.terminate()
    server.wait()

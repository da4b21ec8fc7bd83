#!/usr/bin/env python3
"""Every figure of the speed and memory budget (DESIGN §8) in one run, on both backends.

Usage: scripts/bench/all.py [PATH_TO_MUSTER] [SECONDS]
(release build; needs wrk, PostgreSQL at 127.0.0.1:5432 as user postgres, and cargo for the
two benchmarks that run in-process)

1. The binary's size, start-up to the first /healthz on an existing database, idle RSS.
2. Pages (`pages.py`) on SQLite and on PostgreSQL, each on the small instance (60 members
   going, one group of 20 upcoming events) and on a 10× one (600 members going, 10 groups, 10× the events): event,
   group, events and home pages as a visitor, the event page as a member, the calendar's 304,
   and a static file as the run's reference for the machine's speed. The ratio columns divide
   the 10× rate by the small one's.
3. Calendar feeds (`feeds.py`, 500 events, SQLite).
4. Memory after 1,000 logins (`login_memory.py`).
5. RSVPs: 1,000 members answering one event (`cargo bench --bench rsvp`), and reminders to
   5,000 people with one and two workers (`cargo bench --bench reminders`), both backends.

Each part prints as it goes; the summary of pages comes at the end of part 2.
"""
import os, re, subprocess, sys, uuid

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/release/muster")
seconds = sys.argv[2] if len(sys.argv) > 2 else "6"
pg_admin = "postgres://postgres@127.0.0.1:5432"


def run(args, env=None, cwd=root):
    print("$ " + " ".join(args), flush=True)
    out = subprocess.run(args, env=dict(os.environ, **(env or {})), cwd=cwd, text=True,
                         capture_output=True)
    text = out.stdout + ("" if out.returncode == 0 else out.stderr)
    print(text, flush=True)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(args)}")
    return text


def fresh_pg_database():
    name = "muster_bench_" + uuid.uuid4().hex[:8]
    subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-c",
                    f"CREATE DATABASE {name}"], check=True)
    return name


def drop_pg_database(name):
    subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-c",
                    f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"], check=True)


print(f"== 1. binary, start-up, idle memory\nbinary: {os.path.getsize(binary):,} bytes\n")
run([sys.executable, f"{here}/startup.py", binary, "20"])

print("== 2. pages")
rates = {}
for backend in ("sqlite", "postgres"):
    for scale in (1, 10):
        env = {"MUSTER_BENCH_GROUPS": str(scale)}
        database = None
        if backend == "postgres":
            database = fresh_pg_database()
            env["MUSTER_DATABASE_URL"] = f"{pg_admin}/{database}"
        try:
            text = run([sys.executable, f"{here}/pages.py", binary, str(60 * scale), seconds],
                       env)
        finally:
            if database:
                drop_pg_database(database)
        for line in text.splitlines():
            m = re.match(r"^(.{14}) +([\d.]+) +(\S+) +(\S+) +(\d+) +([\d.]+)$", line)
            if m:
                rates[(backend, scale, m.group(1).strip())] = (float(m.group(2)), m.group(4))
names = [n for (b, s, n) in rates if b == "sqlite" and s == 1]
print(f"{'page':<14} {'backend':<9} {'1× req/s':>9} {'p99':>8} {'10× req/s':>10} {'p99':>8} "
      f"{'10×/1×':>7} {'÷ static':>9}")
for backend in ("sqlite", "postgres"):
    static = rates.get((backend, 1, "static file"), (1.0, ""))[0]
    for name in names:
        small, p99_small = rates.get((backend, 1, name), (0.0, "-"))
        large, p99_large = rates.get((backend, 10, name), (0.0, "-"))
        ratio = large / small if small else 0.0
        print(f"{name:<14} {backend:<9} {small:>9.0f} {p99_small:>8} {large:>10.0f} "
              f"{p99_large:>8} {ratio:>7.2f} {small / static:>9.3f}")
print()

print("== 3. calendar feeds (SQLite)")
run([sys.executable, f"{here}/feeds.py", binary, "500", seconds])

print("== 4. memory after 1,000 logins")
run([sys.executable, f"{here}/login_memory.py", binary, "18090", "1000"])

print("== 5. RSVPs and reminders, both backends")
bench_env = {"MUSTER_TEST_POSTGRES_URL": f"{pg_admin}/postgres"}
run(["cargo", "bench", "-q", "-p", "muster-e2e", "--bench", "rsvp", "--", "1000", seconds],
    bench_env)
run(["cargo", "bench", "-q", "-p", "muster-e2e", "--bench", "reminders", "--", "5000", "100"],
    bench_env)

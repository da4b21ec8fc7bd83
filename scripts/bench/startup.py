#!/usr/bin/env python3
"""Time from starting `muster serve` to its first successful /healthz answer.

Usage: scripts/bench/startup.py [PATH_TO_MUSTER] [RUNS]
Runs against an existing SQLite database (the first, unmeasured run creates and migrates it),
polls /healthz every millisecond, and prints min / median / p95 / max in milliseconds and the
idle RSS of the last run.
"""
import os, socket, statistics, subprocess, sys, tempfile, time

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/muster"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
data = tempfile.mkdtemp(prefix="muster-startup-")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthz(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            return s.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def once():
    port = free_port()
    env = {"MUSTER_DATA_DIR": data, "MUSTER_BIND": f"127.0.0.1:{port}", "MUSTER_LOG": "warn"}
    start = time.perf_counter()
    proc = subprocess.Popen([binary, "serve"], env=env)
    while not healthz(port):
        if proc.poll() is not None:
            sys.exit("muster exited early")
        time.sleep(0.001)
    elapsed = (time.perf_counter() - start) * 1000
    return proc, elapsed


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])


proc, _ = once()  # creates and migrates the database
proc.terminate(); proc.wait()
times = []
for i in range(runs):
    proc, ms = once()
    times.append(ms)
    if i == runs - 1:
        time.sleep(2)
        rss = rss_kib(proc.pid)
    proc.terminate(); proc.wait()
times.sort()
p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
print(f"start-to-first-/healthz over {runs} runs: min {times[0]:.1f} ms, median "
      f"{statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms")
print(f"idle RSS after 2 s: {rss / 1024:.1f} MiB")

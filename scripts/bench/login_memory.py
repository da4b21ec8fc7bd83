"""Memory a burst of logins leaves behind: starts `muster serve` on a fresh data directory
with 16 accounts, logs in N times over 16 connections (each account from its own address, via
X-Forwarded-For, so no throttle answers), and prints the server's resident memory (VmRSS) idle,
after, and at its peak (VmHWM), read from /proc.

    python3 scripts/bench/login_memory.py target/release/muster 18080 800
"""
import urllib.error, subprocess, sys, time, json, urllib.request, os, shutil, concurrent.futures
binary, port, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
d = f"/tmp/rss-{port}"; shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
env = dict(os.environ, MUSTER_DATA_DIR=d, MUSTER_LOG="warn", MUSTER_TRUST_FORWARDED_FOR="true")
pw = "a long enough password 123"
K = 16
for k in range(K):
    subprocess.run([binary, "admin", "create-user", "--email", f"p{k}@example.org", "--name", f"P{k}", "--password-stdin"], input=pw+"\n", text=True, env=env, cwd=d, check=True, capture_output=True)
srv = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{port}"], env=env, cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def rss():
    s = open(f"/proc/{srv.pid}/status").read()
    g = lambda k: int([l for l in s.splitlines() if l.startswith(k)][0].split()[1]) // 1024
    return g("VmRSS:"), g("VmHWM:")
for _ in range(100):
    try: urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1); break
    except Exception: time.sleep(0.1)
time.sleep(0.5); idle = rss()
def login(i):
    k = i % K
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/auth/login", data=json.dumps({"email":f"p{k}@example.org","password":pw}).encode(), headers={"Content-Type":"application/json", "X-Forwarded-For": f"10.0.0.{k}"})
    try:
        return urllib.request.urlopen(req, timeout=120).status
    except urllib.error.HTTPError as e:
        return e.code
t = time.time()
with concurrent.futures.ThreadPoolExecutor(16) as ex: codes = list(ex.map(login, range(n)))
dt = time.time() - t
time.sleep(1); after = rss()
print(f"{os.path.basename(binary)}: {n} logins ({codes.count(200)} ok) in {dt:.1f}s; RSS idle {idle[0]} MiB, after {after[0]} MiB, peak {after[1]} MiB")
srv.terminate(); srv.wait()

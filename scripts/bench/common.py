"""Shared by the load benchmarks: a release `muster serve` on a free port with a throw-away
data directory, an API client with a cookie jar, accounts made with `muster admin`, `wrk`
runs parsed into req/s and latency percentiles, and the server's RSS."""
import http.cookiejar, json, os, re, socket, subprocess, sys, tempfile, time, urllib.request

PASSWORD = "correct horse battery staple"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary):
        self.binary = binary
        self.data = tempfile.mkdtemp(prefix="muster-bench-")
        port = free_port()
        self.base = f"http://127.0.0.1:{port}"
        self.env = dict(os.environ, MUSTER_DATA_DIR=self.data, MUSTER_BIND=f"127.0.0.1:{port}",
                        MUSTER_LOG="warn")
        self.process = subprocess.Popen([binary, "serve"], env=self.env)
        for _ in range(5000):
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.01)
        self.stop()
        sys.exit("muster did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait()

    def create_user(self, email, name):
        subprocess.run([self.binary, "admin", "create-user", "--email", email, "--name", name,
                        "--password-stdin", "--log", "warn"], input=PASSWORD + "\n", text=True,
                       env=self.env, check=True, capture_output=True)

    def login(self, email):
        opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        client = Client(opener, self.base)
        client.call("POST", "/api/v1/auth/login", {"email": email, "password": PASSWORD})
        return client

    def get_text(self, path):
        with urllib.request.urlopen(self.base + path, timeout=10) as r:
            return r.read().decode()

    def head(self, path):
        """The response headers of a GET, lower-cased names."""
        with urllib.request.urlopen(self.base + path, timeout=10) as r:
            return {k.lower(): v for k, v in r.headers.items()}

    def rss_mib(self):
        with open(f"/proc/{self.process.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def wrk(self, path, seconds, headers=(), script=None, env=None):
        """`wrk -t2 -c64 --latency` (with a Lua `script` and its `env`, if given): (req/s,
        p50, p99, non-2xx/3xx count)."""
        args = ["wrk", "-t2", "-c64", f"-d{seconds}s", "--latency"]
        for header in headers:
            args += ["-H", header]
        if script:
            args += ["-s", script]
        out = subprocess.run(args + [self.base + path], capture_output=True, text=True,
                             check=True, env=dict(os.environ, **(env or {}))).stdout
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        p50 = re.search(r"^\s*50%\s+(\S+)", out, re.M).group(1)
        p99 = re.search(r"^\s*99%\s+(\S+)", out, re.M).group(1)
        bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        return rps, p50, p99, int(bad.group(1)) if bad else 0


class Client:
    def __init__(self, opener, base):
        self.opener, self.base = opener, base

    def cookie_header(self):
        """The session's cookies as a `Cookie:` header value (for wrk)."""
        jar = next(h.cookiejar for h in self.opener.handlers
                   if isinstance(h, urllib.request.HTTPCookieProcessor))
        return "; ".join(f"{c.name}={c.value}" for c in jar)

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with self.opener.open(req) as r:
            text = r.read()
            return json.loads(text) if text else None

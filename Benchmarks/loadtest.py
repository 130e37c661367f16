#!/usr/bin/env python3
"""HTTP load test of BillingPortal with wrk, and its scale test on a 1,000,000-order database.

    Benchmarks/loadtest.py                 # build (release), then the load test: about 4 minutes
    Benchmarks/loadtest.py --duration 10   # seconds per figure (default 15)
    Benchmarks/loadtest.py scale           # the scale test (seeds /tmp/billing-scale-*.sqlite when missing)

The load test starts `billing-portal serve --ceiling-route` on a free 127.0.0.1 port with a fresh demo database,
signs in as the demo Billing Admin, and runs wrk against, in this order and on the same server process:
  (a) the dashboard query (Fixtures/dashboard.graphql) with the admin's token;
  (b) `{ viewer { name } }`;
  (c) `/ceiling?bytes=N`, a constant body of (a)'s size (no GraphQL, no SQL), POSTed the dashboard's body;
  (a') the same dashboard query with variables {"orders": 12, "invoices": 12}: an answer of about 45 KB, the size
       DESIGN.md gives the dashboard page and the one issue #9's ceiling figure (24,000 requests/s) was set for;
  (c') `/ceiling` again, a constant body of (a')'s size;
at 32 connections, then at 1. It reads SQL statements per dashboard request (first: 5 and first: 50) and the
document cache's hits and misses from /metrics, and the server's peak RSS (VmHWM) from /proc. Then it serves the
same database with `--document-cache-capacity 0` to measure the dashboard without the cache, and finally
(d) GraphQLSwift 4.3.0 on Hummingbird (`Benchmarks --serve-baseline`) answering the same query from in-memory
data shaped like (a)'s answer (same numbers of orders, invoices and line items).

Needs wrk (`apt-get install wrk`) and Python's standard library. Prints a Markdown table; --json FILE also
writes every figure as JSON.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

BENCHMARKS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCHMARKS)
DASHBOARD = os.path.join(BENCHMARKS, "Fixtures", "dashboard.graphql")
# (a'): the dashboard at about 45 KB, the size DESIGN.md's page has and issue #9's ceiling figure was measured at.
SMALL_DASHBOARD = {"orders": 12, "invoices": 12}

LUA_DONE = r"""
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,' ..
    '"max_us":%d,"mean_us":%.1f,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, latency.mean, e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def log(message):
    print(message, file=sys.stderr, flush=True)


def load_average():
    return "%.2f %.2f %.2f" % os.getloadavg()


class Server:
    """A server process that prints `... listening on http://HOST:PORT` once it accepts connections."""

    def __init__(self, arguments, log_path):
        self.log_file = open(log_path, "wb")
        self.process = subprocess.Popen(
            arguments, cwd=ROOT, stdout=subprocess.PIPE, stderr=self.log_file, start_new_session=True)
        line = self.process.stdout.readline().decode()
        if "http://" not in line:
            self.stop()
            raise SystemExit(f"server did not start: {arguments}: {line!r}; see {log_path}")
        self.base = line[line.index("http://"):].strip()

    def status(self):
        """Fields of /proc/PID/status in kB: VmHWM (peak RSS) and VmRSS."""
        fields = {}
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                name, _, value = line.partition(":")
                if name in ("VmHWM", "VmRSS"):
                    fields[name] = int(value.split()[0])
        return fields

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log_file.close()


def post(url, body, token=None):
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=body.encode(), headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.status, response.read()


def graphql(base, query, token=None, variables=None, operation=None):
    payload = {"query": query}
    if variables:
        payload["variables"] = variables
    if operation:
        payload["operationName"] = operation
    status, data = post(base + "/graphql", json.dumps(payload), token)
    answer = json.loads(data)
    if status != 200 or answer.get("errors"):
        raise SystemExit(f"query failed ({status}): {query[:80]}...: {answer.get('errors')}")
    return answer, len(data)


def metrics(base):
    """The Prometheus counters of /metrics without labels, by name."""
    with urllib.request.urlopen(base + "/metrics", timeout=30) as response:
        text = response.read().decode()
    values = {}
    for line in text.splitlines():
        if line and not line.startswith("#") and "{" not in line:
            name, _, value = line.rpartition(" ")
            values[name] = float(value)
    return values


def login(base, email="admin@acme.test"):
    mutation = 'mutation { login(email: "%s", password: "demo-password") { token } }' % email
    answer, _ = graphql(base, mutation)
    return answer["data"]["login"]["token"]


def lua_script(folder, name, body, token=None):
    """A wrk script POSTing `body` (JSON) and printing its figures as one WRK_RESULT line."""
    assert "]==]" not in body
    lines = ['wrk.method = "POST"', f"wrk.body = [==[{body}]==]", 'wrk.headers["Content-Type"] = "application/json"']
    if token:
        lines.append(f'wrk.headers["Authorization"] = "Bearer {token}"')
    path = os.path.join(folder, name + ".lua")
    with open(path, "w") as script:
        script.write("\n".join(lines) + "\n" + LUA_DONE)
    return path


def cpu_seconds(pid):
    """User plus system CPU time of process `pid` (every thread), from /proc."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def busy_seconds():
    """CPU time every core spent outside idle and I/O wait since boot, from /proc/stat."""
    with open("/proc/stat") as stat:
        values = [int(value) for value in stat.readline().split()[1:]]
    return (sum(values) - values[3] - values[4]) / os.sysconf("SC_CLK_TCK")


def wrk(url, script, seconds, connections, raw_log, server=None):
    """One wrk run; its figures, the load average before it and the responses per second.

    With `server`, also the server's CPU time per response and the cores it used, and the cores everything else
    used meanwhile (wrk included): a figure taken while another program held a core shows it there."""
    threads = min(2, connections)
    before = load_average()
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "--latency", "-s", script, url]
    cpu_before = cpu_seconds(server.process.pid) if server else 0
    busy_before = busy_seconds()
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    cpu_used = cpu_seconds(server.process.pid) - cpu_before if server else 0
    busy = busy_seconds() - busy_before
    with open(raw_log, "a") as raw:
        raw.write(f"$ {' '.join(command)}\n{output}\n")
    line = next(line for line in output.splitlines() if line.startswith("WRK_RESULT "))
    figures = json.loads(line[len("WRK_RESULT "):])
    figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
    figures["load_before"] = before
    figures["load_after"] = load_average()
    figures["errors"] = sum(figures[key] for key in ("connect", "read", "write", "status", "timeout"))
    if server:
        elapsed = figures["duration_us"] / 1e6
        figures["server_cpu_ms_per_request"] = 1000 * cpu_used / max(figures["requests"], 1)
        figures["server_cores"] = cpu_used / elapsed
        figures["other_cores"] = max(busy - cpu_used, 0) / elapsed
    return figures


def build(skip):
    if skip:
        return
    log("building billing-portal and Benchmarks (release)...")
    subprocess.run(["swift", "build", "-c", "release", "--product", "billing-portal"], cwd=ROOT, check=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "Benchmarks"], cwd=BENCHMARKS, check=True)


def binary(folder, name):
    path = subprocess.run(
        ["swift", "build", "-c", "release", "--show-bin-path"], cwd=folder, check=True, capture_output=True, text=True
    ).stdout.strip()
    return os.path.join(path, name)


def milliseconds(microseconds):
    return "%.2f ms" % (microseconds / 1000) if microseconds < 100_000 else "%.0f ms" % (microseconds / 1000)


def shape_of(answer):
    """Orders, invoices and line items per order or invoice in a dashboard answer."""
    account = answer["data"]["account"]
    orders = account["orders"]["nodes"]
    invoices = account["invoices"]["nodes"]
    items = sum(len(node["lineItems"]) for node in orders + invoices)
    per_node = round(items / max(len(orders) + len(invoices), 1))
    return len(orders), len(invoices), per_node


def statements_per_request(base, token, dashboard, first):
    """SQL statements one dashboard request runs, from the sql_statements_total counter (the median of 3)."""
    counts = []
    for _ in range(3):
        before = metrics(base)["sql_statements_total"]
        graphql(base, dashboard, token, {"orders": first, "invoices": first}, "Dashboard")
        counts.append(int(metrics(base)["sql_statements_total"] - before))
    return sorted(counts)[1]


def load_test(options):
    build(options.no_build)
    portal = binary(ROOT, "billing-portal")
    benchmarks = binary(BENCHMARKS, "Benchmarks")
    work = tempfile.mkdtemp(prefix="billing-loadtest-")
    raw_log = os.path.join(work, "wrk.txt")
    results = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cores": os.cpu_count(),
               "duration_s": options.duration, "work": work, "figures": {}}
    figures = results["figures"]
    with open(DASHBOARD) as file:
        dashboard = file.read()
    database = os.path.join(work, "demo.sqlite")
    serve = [portal, "serve", "--port", "0", "--db", database, "--resources", ROOT]

    log(f"server: {' '.join(serve)} --ceiling-route (files in {work})")
    server = Server(serve + ["--ceiling-route"], os.path.join(work, "server.log"))
    try:
        token = login(server.base)
        answer, size = graphql(server.base, dashboard, token, operation="Dashboard")
        results["dashboard_bytes"] = size
        results["dashboard_shape"] = shape_of(answer)
        results["statements_first_5"] = statements_per_request(server.base, token, dashboard, 5)
        results["statements_first_50"] = statements_per_request(server.base, token, dashboard, 50)
        small_answer, small_size = graphql(server.base, dashboard, token, SMALL_DASHBOARD, "Dashboard")
        results["small_dashboard_bytes"] = small_size
        results["small_dashboard_shape"] = shape_of(small_answer)
        dashboard_body = json.dumps({"query": dashboard, "operationName": "Dashboard"})
        small_body = json.dumps({"query": dashboard, "operationName": "Dashboard", "variables": SMALL_DASHBOARD})
        scripts = {
            "a": (server.base + "/graphql", lua_script(work, "dashboard", dashboard_body, token)),
            "b": (server.base + "/graphql", lua_script(work, "viewer", json.dumps({"query": "{ viewer { name } }"}), token)),
            "c": (server.base + f"/ceiling?bytes={size}", lua_script(work, "ceiling", dashboard_body)),
            "a'": (server.base + "/graphql", lua_script(work, "dashboard-small", small_body, token)),
            "c'": (server.base + f"/ceiling?bytes={small_size}", lua_script(work, "ceiling-small", small_body)),
        }
        for ceiling, expected in (("c", size), ("c'", small_size)):
            with urllib.request.urlopen(scripts[ceiling][0], timeout=30) as response:
                assert len(response.read()) == expected, "a ceiling's body differs in size from its dashboard's"
        before = metrics(server.base)
        for connections in options.connections:
            for name, (url, script) in scripts.items():
                log(f"({name}) {connections} connection(s), {options.duration} s, load {load_average()}")
                figures[f"{name}/{connections}"] = wrk(url, script, options.duration, connections, raw_log, server)
        after = metrics(server.base)
        hits = after["graphql_document_cache_hits_total"] - before["graphql_document_cache_hits_total"]
        misses = after["graphql_document_cache_misses_total"] - before["graphql_document_cache_misses_total"]
        results["cache"] = {"hits": hits, "misses": misses, "hit_rate": hits / max(hits + misses, 1)}
        results["rss_kb"] = server.status()
    finally:
        server.stop()

    log("server again, document cache off (--document-cache-capacity 0)")
    server = Server(serve + ["--document-cache-capacity", "0"], os.path.join(work, "server-nocache.log"))
    try:
        script = lua_script(work, "dashboard-nocache", dashboard_body, token)
        for connections in options.connections:
            log(f"(a, cache off) {connections} connection(s), load {load_average()}")
            figures[f"a-nocache/{connections}"] = wrk(
                server.base + "/graphql", script, options.duration, connections, raw_log, server)
        results["rss_kb_nocache"] = server.status()
    finally:
        server.stop()

    if not options.no_baseline:
        orders, invoices, items = results["dashboard_shape"]
        baseline = [benchmarks, "--serve-baseline", "0", "--orders", str(orders), "--invoices", str(invoices),
                    "--line-items", str(items)]
        log(f"baseline: {' '.join(baseline)}")
        server = Server(baseline, os.path.join(work, "baseline.log"))
        try:
            answer, size = graphql(server.base, dashboard, operation="Dashboard")
            results["baseline_bytes"] = size
            results["baseline_shape"] = shape_of(answer)
            script = lua_script(work, "baseline", dashboard_body, token)
            # Fewest connections first: requests still running when wrk stops would delay the next run. GraphQLSwift
            # needs a second or more per request, so each run lasts at least 30 s to count more than a handful.
            for connections in sorted(options.connections):
                log(f"(d) {connections} connection(s), load {load_average()}")
                seconds = max(options.duration, 30)
                figures[f"d/{connections}"] = wrk(server.base + "/graphql", script, seconds, connections, raw_log, server)
            results["rss_kb_baseline"] = server.status()
        finally:
            server.stop()

    report(results)
    if options.json:
        with open(options.json, "w") as file:
            json.dump(results, file, indent=2)
    return results


def report(results):
    figures = results["figures"]
    names = {
        "a": "(a) dashboard query, admin token",
        "b": "(b) `{ viewer { name } }`",
        "c": f"(c) ceiling: constant {results['dashboard_bytes']:,} B, no GraphQL, no SQL",
        "a'": f"(a') dashboard query, {SMALL_DASHBOARD['orders']} orders and {SMALL_DASHBOARD['invoices']} invoices "
              f"({results.get('small_dashboard_bytes', 0):,} B)",
        "c'": f"(c') ceiling: constant {results.get('small_dashboard_bytes', 0):,} B",
        "a-nocache": "(a) with the document cache off",
        "d": f"(d) GraphQLSwift 4.3.0 on Hummingbird, in memory ({results.get('baseline_bytes', 0):,} B)",
    }
    print(f"\n{results['date']}, {results['cores']} cores, wrk {results['duration_s']} s per row, 127.0.0.1\n")
    print("| what | connections | requests/s | p50 | p99 | errors | load average before "
          "| server CPU per response | server cores | other cores |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for key, value in figures.items():
        name, connections = key.split("/")
        cpu = value.get("server_cpu_ms_per_request")
        usage = (f"{cpu:.2f} ms | {value['server_cores']:.2f} | {value['other_cores']:.2f}" if cpu is not None
                 else "- | - | -")
        print(f"| {names[name]} | {connections} | {value['rps']:,.0f} | {milliseconds(value['p50_us'])} | "
              f"{milliseconds(value['p99_us'])} | {value['errors']} | {value['load_before']} | {usage} |")
    print("\nServer cores: the server's CPU time over the row's duration (2.00 = both cores). Other cores: what every "
          "other process used meanwhile, wrk included. On this machine each session is its own scheduling group "
          "(sched_autogroup), so a program busy on one core elsewhere leaves the server about one core, at 1 connection "
          "and at 32 alike: compare rows by CPU per response, and throughput only between rows with the same share.")
    print()
    for connections in sorted({key.split("/")[1] for key in figures}, key=int):
        def rps(name):
            return figures.get(f"{name}/{connections}", {}).get("rps")
        ratios = []
        for top, bottom in (("a", "c"), ("b", "c"), ("a", "d"), ("a", "a-nocache"), ("a'", "c'")):
            if rps(top) and rps(bottom):
                ratios.append(f"{top}/{bottom} = {rps(top) / rps(bottom):.3g}")
        print(f"- {connections} connection(s): " + ", ".join(ratios))
    print(f"- SQL statements per dashboard request: {results['statements_first_5']} at first: 5, "
          f"{results['statements_first_50']} at first: 50")
    cache = results["cache"]
    print(f"- document cache under load: {cache['hits']:,.0f} hits, {cache['misses']:,.0f} misses "
          f"({cache['hit_rate']:.2%})")
    print(f"- server peak RSS (VmHWM): {results['rss_kb']['VmHWM'] / 1024:.1f} MiB; cache off: "
          f"{results['rss_kb_nocache']['VmHWM'] / 1024:.1f} MiB"
          + (f"; baseline: {results['rss_kb_baseline']['VmHWM'] / 1024:.1f} MiB" if "rss_kb_baseline" in results else ""))
    print(f"- dashboard answer {results['dashboard_bytes']:,} B, shape (orders, invoices, line items each) "
          f"{tuple(results['dashboard_shape'])}; baseline {tuple(results.get('baseline_shape', ()))}; (a') "
          f"{results['small_dashboard_bytes']:,} B, shape {tuple(results['small_dashboard_shape'])}")
    print(f"- wrk output: {results['work']}/wrk.txt")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=15, help="seconds per figure (default 15)")
    parser.add_argument("--connections", type=lambda text: [int(n) for n in text.split(",")], default=[32, 1],
                        help="comma-separated connection counts (default 32,1)")
    parser.add_argument("--no-build", action="store_true", help="use the release binaries as they are")
    parser.add_argument("--no-baseline", action="store_true", help="skip (d), the GraphQLSwift server")
    parser.add_argument("--json", help="also write every figure to this JSON file")
    subcommands = parser.add_subparsers(dest="command")
    scale = subcommands.add_parser("scale", help="latency of list queries at 1,000 and 1,000,000 orders")
    sys.dont_write_bytecode = True  # no __pycache__ in the checkout
    import scaletest  # beside this file
    scaletest.add_arguments(scale)
    options = parser.parse_args()
    if subprocess.run(["which", "wrk"], capture_output=True).returncode != 0:
        raise SystemExit("wrk is missing: apt-get install wrk")
    if options.command == "scale":
        build(options.no_build)
        scaletest.run(options, sys.modules[__name__])
    else:
        load_test(options)


if __name__ == "__main__":
    main()

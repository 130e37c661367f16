"""`loadtest.py scale`: list queries at 1,000 and at 1,000,000 orders, one connection, through HTTP.

Seeds the two databases when missing (`billing-portal seed --accounts 10 | 10000 --orders-per-account 100`, timed,
sizes reported), serves each in turn, signs in as a generated account's Billing Admin (`admin.5@scale.test`, whose
100 orders and invoices are the same in both databases) and times each query with wrk at 1 connection:
orders (first: 50, filter {from, to}, sort AMOUNT) first page and a page after a cursor, invoices (first: 50,
sort ISSUED_ON), totalCount alone (first: 0) and node(id:). Reports p50, p99 and mean, and large/small ratios.
"""

import json
import os
import resource
import subprocess
import tempfile
import time

ORDERS_PAGE = """query OrdersPage($from: Date, $to: Date, $after: String) {
  account { orders(first: 50, after: $after, filter: { from: $from, to: $to }, sort: { field: AMOUNT }) {
    nodes { id number orderDate status total { amount currencyCode } } pageInfo { hasNextPage endCursor } } } }"""
INVOICES_PAGE = """query InvoicesPage {
  account { invoices(first: 50, sort: { field: ISSUED_ON }) {
    nodes { id number issuedOn status total { amount currencyCode } } pageInfo { hasNextPage endCursor } } } }"""
TOTAL_COUNT = """query TotalCount($from: Date, $to: Date) {
  account { orders(first: 0, filter: { from: $from, to: $to }) { totalCount } invoices(first: 0) { totalCount } } }"""
NODE = """query Node($id: ID!) { node(id: $id) { id ... on Order { number orderDate total { amount } } } }"""
DISCOVER = """query Discover($first: Int!) {
  account { orders(first: $first, sort: { field: ORDER_DATE, direction: ASC }) { nodes { id orderDate } } } }"""
CURSOR = """query Cursor($from: Date, $to: Date, $first: Int!) {
  account { orders(first: $first, filter: { from: $from, to: $to }, sort: { field: AMOUNT }) { pageInfo { endCursor } } } }"""

SIZES = (("1,000 orders", 10), ("1,000,000 orders", 10_000))
VIEWER = "admin.5@scale.test"


def add_arguments(parser):
    folder = tempfile.gettempdir()
    parser.add_argument("--small", default=os.path.join(folder, "billing-scale-1k.sqlite"),
                        help="the 1,000-order database (seeded when missing)")
    parser.add_argument("--large", default=os.path.join(folder, "billing-scale-1m.sqlite"),
                        help="the 1,000,000-order database (seeded when missing: about 4 minutes, 1.1 GiB)")
    parser.add_argument("--seconds", type=int, default=5, help="seconds of wrk per query and size (default 5)")


def database_bytes(path):
    return sum(os.path.getsize(path + suffix) for suffix in ("", "-wal") if os.path.exists(path + suffix))


def seed(portal, path, accounts, lt):
    if os.path.exists(path):
        lt.log(f"{path} exists: not seeded again")
        return None
    lt.log(f"seeding {path} with {accounts} accounts of 100 orders...")
    started = time.monotonic()
    subprocess.run([portal, "seed", "--db", path, "--accounts", str(accounts), "--orders-per-account", "100"],
                   check=True, cwd=lt.ROOT)
    return {"seconds": round(time.monotonic() - started, 1),
            "peak_rss_mib_children": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}


def measure(path, options, lt, work):
    portal = lt.binary(lt.ROOT, "billing-portal")
    server = lt.Server([portal, "serve", "--port", "0", "--db", path, "--resources", lt.ROOT],
                       os.path.join(work, os.path.basename(path) + ".log"))
    results = {}
    try:
        token = lt.login(server.base, VIEWER)
        answer, _ = lt.graphql(server.base, DISCOVER, token, {"first": 100})
        nodes = answer["data"]["account"]["orders"]["nodes"]
        # A date range holding 90 of the account's 100 orders; the deep page starts 40 orders in.
        window = {"from": nodes[5]["orderDate"], "to": nodes[94]["orderDate"]}
        answer, _ = lt.graphql(server.base, CURSOR, token, dict(window, first=40))
        cursor = answer["data"]["account"]["orders"]["pageInfo"]["endCursor"]
        queries = {
            "orders first page": (ORDERS_PAGE, window),
            "orders page after 40": (ORDERS_PAGE, dict(window, after=cursor)),
            "invoices first page": (INVOICES_PAGE, {}),
            "totalCount (orders + invoices)": (TOTAL_COUNT, window),
            "node(id:) of an order": (NODE, {"id": nodes[50]["id"]}),
        }
        for name, (query, variables) in queries.items():
            before = lt.metrics(server.base)["sql_statements_total"]
            answer, size = lt.graphql(server.base, query, token, variables)
            statements = int(lt.metrics(server.base)["sql_statements_total"] - before)
            body = json.dumps({"query": query, "variables": variables})
            script = lt.lua_script(work, "scale-" + str(len(results)), body, token)
            figures = lt.wrk(server.base + "/graphql", script, options.seconds, 1, os.path.join(work, "wrk.txt"))
            figures.update(statements=statements, bytes=size, rows=rows(answer))
            results[name] = figures
            lt.log(f"  {name}: p50 {figures['p50_us']} us, {statements} statements, load {figures['load_before']}")
    finally:
        server.stop()
    return results


def rows(answer):
    account = answer["data"].get("account") or {}
    for connection in account.values():
        if "nodes" in connection:
            return len(connection["nodes"])
    return 1


def run(options, lt):
    portal = lt.binary(lt.ROOT, "billing-portal")
    work = tempfile.mkdtemp(prefix="billing-scaletest-")
    report = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cores": os.cpu_count(), "sizes": {}}
    for (label, accounts), path in zip(SIZES, (options.small, options.large)):
        seeded = seed(portal, path, accounts, lt)
        lt.log(f"{label}: {path} ({database_bytes(path) / 2**20:.0f} MiB), load {lt.load_average()}")
        report["sizes"][label] = {"path": path, "bytes": database_bytes(path), "seed": seeded,
                                  "queries": measure(path, options, lt, work)}
    small, large = (report["sizes"][label]["queries"] for label, _ in SIZES)
    print(f"\n{report['date']}, {report['cores']} cores, wrk -c1 {options.seconds} s per cell, viewer {VIEWER}\n")
    print("| query | rows | SQL | p50 at 1,000 | p50 at 1,000,000 | ratio (p50) | ratio (mean) | load average |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name in small:
        a, b = small[name], large[name]
        print(f"| {name} | {a['rows']} | {a['statements']} | {lt.milliseconds(a['p50_us'])} | "
              f"{lt.milliseconds(b['p50_us'])} | {b['p50_us'] / a['p50_us']:.2f} | {b['mean_us'] / a['mean_us']:.2f} | "
              f"{a['load_before']} / {b['load_before']} |")
    for label, size in report["sizes"].items():
        seeded = f", seeded in {size['seed']['seconds']} s" if size["seed"] else ""
        print(f"- {label}: {size['bytes'] / 2**20:,.0f} MiB{seeded}")
    print(f"- wrk output: {work}/wrk.txt")
    if options.json:
        with open(options.json, "w") as file:
            json.dump(report, file, indent=2)

#!/usr/bin/env bash
# Times the real dashboard request through the real server: a release `billing-portal serve` on a fresh demo
# database, a Billing Admin's token, then N sequential POSTs of the dashboard query over one keep-alive
# connection. Prints the median and p90 latency, the response size and the SQL statements per request
# (from /metrics, at first: 5 and first: 50). With --perf, also records the server with `perf record -g`
# while the requests run, and prints the hottest symbols.
#
#   Benchmarks/profile-dashboard.sh                 # 300 requests
#   Benchmarks/profile-dashboard.sh -n 1000 --perf  # and a profile in /tmp/profile-dashboard/perf.data
#
# Environment: PORTAL (the binary; default .build/release/billing-portal, built when missing),
# WORK (scratch folder; default /tmp/profile-dashboard).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
requests=300
profile=0
while [ $# -gt 0 ]; do
    case "$1" in
        -n) requests=$2; shift 2 ;;
        --perf) profile=1; shift ;;
        *) echo "usage: $0 [-n REQUESTS] [--perf]" >&2; exit 2 ;;
    esac
done
portal=${PORTAL:-$root/.build/release/billing-portal}
work=${WORK:-/tmp/profile-dashboard}
if [ ! -x "$portal" ]; then
    (cd "$root" && swift build -c release --product billing-portal)
fi
rm -rf "$work"
mkdir -p "$work"

server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

# A fresh database: serve creates it and fills it with the demo data; logs (one JSON line per request) go to a file
# as a deployment would keep them.
"$portal" serve --port 0 --db "$work/demo.sqlite" --resources "$root" >"$work/stdout" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 300); do
    grep -q "listening on" "$work/stdout" 2>/dev/null && break
    sleep 0.1
done
url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/stdout")
[ -n "$url" ] || { echo "the server did not start" >&2; cat "$work/server.log" >&2; exit 1; }
token=$("$portal" token --db "$work/demo.sqlite" --email admin@acme.test)

# The request body: the dashboard query and its page sizes, JSON-escaped by python3.
body() {
    python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read(),
        "variables": {"orders": int(sys.argv[2]), "invoices": int(sys.argv[2])}}))' \
        "$root/Benchmarks/Fixtures/dashboard.graphql" "$1"
}
body 50 >"$work/body50.json"
body 5 >"$work/body5.json"

# Every URL of one curl command shares its connection; -w prints one line per transfer.
post() { # count body-file
    local urls=()
    for _ in $(seq 1 "$1"); do urls+=(-o /dev/null "$url/graphql"); done
    curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -H 'Accept: application/graphql-response+json' --data-binary "@$2" \
        -w '%{http_code} %{time_total} %{size_download}\n' "${urls[@]}"
}
statements() { curl -s "$url/metrics" | awk '/^sql_statements_total /{print $2}'; }
per_request() { # body-file: statements of one request, after a warm-up request
    post 1 "$1" >/dev/null
    local before after
    before=$(statements)
    post 1 "$1" >/dev/null
    after=$(statements)
    echo $((after - before))
}

post 20 "$work/body50.json" >"$work/warmup.txt"
if awk '$1 != 200 {bad=1} END {exit !bad}' "$work/warmup.txt"; then
    echo "the dashboard did not answer 200:" >&2
    curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "@$work/body50.json" \
        "$url/graphql" | head -c 600 >&2
    exit 1
fi
stmts5=$(per_request "$work/body5.json")
stmts50=$(per_request "$work/body50.json")

if [ "$profile" = 1 ]; then
    perf record -F 2000 -e cpu-clock -g -p "$server_pid" -o "$work/perf.data" 2>"$work/perf-record.log" &
    perf_pid=$!
    sleep 0.5
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
post "$requests" "$work/body50.json" >"$work/times.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$profile" = 1 ]; then
    kill -INT "$perf_pid"
    wait "$perf_pid" || true
fi

python3 - "$work/times.txt" "$requests" <<'EOF'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
bad = [r for r in rows if r[0] != "200"]
times = sorted(float(r[1]) * 1000 for r in rows)
def pct(p): return times[min(len(times) - 1, int(round(p * (len(times) - 1))))]
print(f"requests       {len(times)} sequential, one connection ({len(bad)} not 200)")
print(f"median         {statistics.median(times):.2f} ms")
print(f"p90            {pct(0.90):.2f} ms")
print(f"min            {times[0]:.2f} ms")
print(f"response       {rows[-1][2]} bytes")
EOF
echo "statements     $stmts5 at first: 5, $stmts50 at first: 50"
echo "load average   $load_before before, $load_after after ($(nproc) cores)"

if [ "$profile" = 1 ]; then
    echo "profile        $work/perf.data (perf report -i $work/perf.data --no-children)"
    perf report -i "$work/perf.data" --no-children --sort symbol --stdio -g none --percent-limit 1.5 2>/dev/null \
        | grep -v '^#' | grep -v '^$' | head -30
fi

#!/usr/bin/env bash
# Counts calls per operation of our engine's side of a benchmark case: swift_retain, swift_release and malloc,
# through perf's uprobes. Unlike times, these counts do not move with the machine's load, so they compare two
# builds exactly on this shared VM (no hardware counters; valgrind cannot read the binary's debug info).
#
# The case runs N and 3N times with `--profile-ours` (our side only, untimed); the difference divided by 2N
# removes the start-up (GraphQLSwift's schema and the fixtures), which makes millions of calls of its own.
#
#   Benchmarks/count-calls.sh pipeline/dashboard/execute                  # the release build, N = 200
#   Benchmarks/count-calls.sh -n 500 pipeline/dashboard/encode old-binary new-binary
#
# Needs root (uprobes) and perf; adds the three probes when missing. The data shape is the one README's
# figures use: 20 orders and 20 invoices of 3 line items.
set -euo pipefail

root=$(cd "$(dirname "$0")" && pwd)
runs=200
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
case_name=${1:?usage: count-calls.sh [-n N] CASE [BINARY...]}
shift
binaries=("$@")
[ ${#binaries[@]} -gt 0 ] || binaries=("$root/.build/release/Benchmarks")

swift_core=$(dirname "$(readlink -f "$(command -v swift)")")/../lib/swift/linux/libswiftCore.so
libc=$(ldd "${binaries[0]}" | awk '/libc\.so\.6/ { print $3 }')
events=probe_libswiftCore:swift_retain,probe_libswiftCore:swift_release,probe_libc:malloc
existing=$(perf probe -l 2>/dev/null || true)
grep -q "probe_libswiftCore:swift_retain " <<<"$existing" || perf probe -q -x "$swift_core" swift_retain
grep -q "probe_libswiftCore:swift_release " <<<"$existing" || perf probe -q -x "$swift_core" swift_release
grep -q "probe_libc:malloc " <<<"$existing" || perf probe -q -x "$libc" malloc

counts() {  # binary runs -> "retains releases mallocs"
    perf stat -x, -e "$events" "$1" --orders 20 --invoices 20 --line-items 3 --profile-ours "$2" "$case_name" \
        2>&1 >/dev/null | awk -F, '/probe_/ { printf "%s ", $1 }'
}

for binary in "${binaries[@]}"; do
    read -r -a once <<<"$(counts "$binary" "$runs")"
    read -r -a thrice <<<"$(counts "$binary" $((3 * runs)))"
    [ ${#once[@]} -eq 3 ] && [ ${#thrice[@]} -eq 3 ] || { echo "count-calls: perf stat failed for $binary" >&2; exit 1; }
    per_op() { echo $(((thrice[$1] - once[$1]) / (2 * runs))); }
    printf '%-28s %s: retain %s, release %s, malloc %s per operation\n' \
        "$case_name" "$binary" "$(per_op 0)" "$(per_op 1)" "$(per_op 2)"
done

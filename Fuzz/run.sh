#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each for a bounded time.
#   Fuzz/run.sh [seconds per target, default 60] [parser|executor ...]
# Each target starts from a copy of its committed seed corpus (Fuzz/Corpus/<target>) plus the repository's own
# documents, read where they live (the engine's test fixtures, the schema), so the repository is never modified. Exits non-zero when a target crashes, leaks, times out or fails its round trip; the crashing input is
# kept under the artifacts folder and printed in base64.
# Environment: FUZZ_WORK=dir keeps the working corpora and artifacts there instead of a temporary folder;
# FUZZ_ARGS adds libFuzzer flags (e.g. "-jobs=2 -workers=2").
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parser executor)

build=(swift build -c debug -Xswiftc -sanitize=fuzzer,address --build-path .build-fuzz)
echo "== build: ${build[*]}"
"${build[@]}" --product FuzzParser
"${build[@]}" --product FuzzExecutor
bin=$("${build[@]}" --show-bin-path)

if [ -n "${FUZZ_WORK:-}" ]; then
    work=$FUZZ_WORK
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi

status=0
for target in "${targets[@]}"; do
    case $target in
        parser) exe=$bin/FuzzParser ;;
        executor) exe=$bin/FuzzExecutor ;;
        *) echo "unknown target $target (parser or executor)"; exit 2 ;;
    esac
    corpus=$work/corpus-$target
    artifacts=$work/artifacts-$target
    mkdir -p "$corpus" "$artifacts"
    cp -n Corpus/"$target"/* "$corpus"/
    # Plain documents are seeds for both targets (FuzzExecutor reads a query without variables as is).
    case $target in
        parser) cp -n ../Tests/GraphQLEngineTests/Fixtures/*.graphql ../schema/billing.graphql "$corpus"/ ;;
        executor) cp -n ../Tests/GraphQLEngineTests/Fixtures/{dashboard,introspection-query}.graphql "$corpus"/ ;;
    esac
    log=$work/$target.log
    echo "== fuzz $target for ${seconds}s ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))"
    # -timeout: one input taking longer is a finding (a request that hangs the server); debug+ASan is slow, so generous.
    # TMPDIR: FuzzExecutor's database goes under $work, removed even when a crash skips the target's own cleanup.
    # shellcheck disable=SC2086
    if TMPDIR="$work" "$exe" "$corpus" -dict=graphql.dict -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" ${FUZZ_ARGS:-} >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
    fi
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" | tail -2 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" || true
    echo "corpus: $(find "$corpus" -type f | wc -l) files; result: $result"
    if [ "$result" = FAILED ]; then
        grep -v -E '^#[0-9]+ ' "$log" | tail -60
        for input in "$artifacts"/*; do
            [ -f "$input" ] || continue
            echo "-- crashing input $input (base64):"
            base64 -w 0 "$input"
            echo
        done
    fi
done
exit $status

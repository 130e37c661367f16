#!/usr/bin/env bash
# Runs the playground's browser test against a server that is already running.
# Usage: Tests/Playground/run.sh [URL]   (default: $BILLING_URL, else http://127.0.0.1:8080)
# Installs what is missing first: Debian's chromium and chromium-driver (about 1.5 minutes with apt-get update),
# and selenium from requirements.txt.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export BILLING_URL="${1:-${BILLING_URL:-http://127.0.0.1:8080}}"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    echo "== installing chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if ! python3 -c "import selenium" 2>/dev/null; then
    echo "== installing selenium"
    python3 -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"
fi

echo "== waiting for $BILLING_URL"
for _ in $(seq 1 60); do
    if curl -fsS -o /dev/null "$BILLING_URL/"; then
        break
    fi
    sleep 1
done
curl -fsS -o /dev/null "$BILLING_URL/" || { echo "no server answers at $BILLING_URL" >&2; exit 1; }

echo "== playground browser test"
if python3 -c "import pytest" 2>/dev/null; then
    python3 -m pytest -q "$here/test_playground.py"
else
    python3 "$here/test_playground.py"
fi

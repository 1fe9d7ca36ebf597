#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine of this kind, then builds and runs every test.
# Browser tests drive Debian's Chromium (never a downloaded browser).
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian's chromium for the browser tests…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

# PostgreSQL tests run against a real server: a throwaway cluster (installed with apt-get when missing) on
# 127.0.0.1 and a free port, removed when this script ends, however it ends.
pg=$(tools/test-postgres.sh start)
pg_folder=${pg%%$'\t'*}
trap 'tools/test-postgres.sh stop "$pg_folder"' EXIT
export DASHBOARD_TEST_POSTGRES=${pg#*$'\t'}
echo "PostgreSQL for the tests: $DASHBOARD_TEST_POSTGRES"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export TEST_ARTIFACTS="${TEST_ARTIFACTS:-$PWD/artifacts}"
mkdir -p "$TEST_ARTIFACTS"

dotnet tool restore >/dev/null
dotnet build Dashboard.sln -c Release -nologo -clp:ErrorsOnly

set +e
dotnet test Dashboard.sln -c Release --no-build --logger "console;verbosity=minimal" \
  --results-directory "$TEST_ARTIFACTS/results" 2>&1 | tee "$TEST_ARTIFACTS/test-output.txt"
status=${PIPESTATUS[0]}
set -e

# One plain closing line: "N passed, N failed".
passed=$(grep -oE 'Passed: +[0-9]+' "$TEST_ARTIFACTS/test-output.txt" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$TEST_ARTIFACTS/test-output.txt" | awk '{s+=$2} END {print s+0}')
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "Screenshots and results: $TEST_ARTIFACTS"
echo "$passed passed, $failed failed"
exit "$status"

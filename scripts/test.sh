#!/usr/bin/env bash
# One command: install everything (system packages, .venv with the test extras), then run the tests.
# PostgreSQL tests run when ANNOTATE_TEST_PG is set (e.g. postgresql://postgres@127.0.0.1:5432/test).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install.sh" test,postgres || exit 1
cd "$root"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
.venv/bin/python -m pytest "$@"
status=$?
if [ "$status" -eq 5 ]; then
  echo "test: pytest collected no tests; that is a failure" >&2
  exit 1
fi
exit "$status"

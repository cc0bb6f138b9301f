#!/usr/bin/env bash
# Create .venv in the project and install the application into it (editable), with extras given
# as arguments, e.g. `scripts/install.sh test,postgres`. Also installs the system packages.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/setup-system.sh
python="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
extras="${1:-}"
if [ -n "$extras" ]; then
  .venv/bin/python -m pip install -q -e ".[${extras}]"
else
  .venv/bin/python -m pip install -q -e .
fi

#!/usr/bin/env bash
# One command: install everything, then open the window on the built-in demo project.
# Without a display (no $DISPLAY / $WAYLAND_DISPLAY) the window opens on a virtual screen (Xvfb).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  echo "demo: no display found, running on a virtual screen (xvfb-run)"
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$root/.venv/bin/annotate-gui" --demo "$@"
fi
exec "$root/.venv/bin/annotate-gui" --demo "$@"

#!/usr/bin/env bash
# Install the system libraries Qt needs and a CJK font (Debian/Ubuntu), only those missing.
# Other systems: install the equivalents of scripts/system-packages.txt by hand.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup-system: no apt-get here; install the packages in scripts/system-packages.txt yourself" >&2
  exit 0
fi
mapfile -t wanted < <(grep -v -E '^\s*(#|$)' "$here/system-packages.txt")
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-system: all system packages present"
  exit 0
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "setup-system: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

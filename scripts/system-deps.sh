#!/usr/bin/env bash
# Install the Debian packages named as arguments, only those missing; idempotent and quiet
# when everything is already there. Without root it says what to run instead.
set -euo pipefail
# One dpkg-query for all of them (one a package cost a second of `make test`'s start).
installed=" $(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null \
              | awk '/ install ok installed$/ {print $1}' | tr '\n' ' ' || true) "
missing=()
for pkg in "$@"; do
  [[ "$installed" == *" $pkg "* ]] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Install them as root:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "Missing packages ${missing[*]}, and this is not a Debian system (no apt-get)." >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

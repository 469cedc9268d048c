#!/usr/bin/env bash
# Create the broker's password file with one password per role: controller, robot,
# operator. Passwords come from VALKKY_PW_CONTROLLER, VALKKY_PW_ROBOT and
# VALKKY_PW_OPERATOR, or are asked for. Usage: make-passwords.sh [FILE]
set -euo pipefail
file=${1:-/etc/mosquitto/valkky/passwd}
command -v mosquitto_passwd >/dev/null || { echo "mosquitto_passwd not found: apt-get install mosquitto" >&2; exit 1; }
mkdir -p "$(dirname "$file")"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
: > "$tmp"
for role in controller robot operator; do
  var="VALKKY_PW_${role^^}"
  pw=${!var:-}
  if [ -z "$pw" ]; then
    read -r -s -p "Password for $role: " pw; echo
  fi
  [ ${#pw} -ge 12 ] || { echo "the $role password must have at least 12 characters" >&2; exit 1; }
  mosquitto_passwd -b "$tmp" "$role" "$pw"
done
install -m 0640 "$tmp" "$file"
if getent group mosquitto >/dev/null; then chgrp mosquitto "$file"; fi
echo "wrote $file (controller, robot, operator); reload the broker: systemctl reload mosquitto"

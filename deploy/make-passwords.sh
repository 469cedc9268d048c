#!/usr/bin/env bash
# Set broker passwords: make-passwords.sh [-f FILE] NAME...
#
# NAME is `controller` (the tutor runtime), `operator` (e-stop, watching), `console` (the
# trainer's console: its Live page, pause and stop, the e-stop) or a robot id
# (valkky-1, …: each robot's bridge or simulator logs in as its own id, and the ACL lets
# it touch only its own topics). Each NAME's password is set or replaced in FILE (default
# /etc/mosquitto/valkky/passwd); users not named are kept.
#
# A password comes from the environment variable VALKKY_PW_<NAME> (upper case, '-' as
# '_': VALKKY_PW_CONTROLLER, VALKKY_PW_VALKKY_1) or is asked for on the terminal. It never
# goes on a command line (where `ps` would show it): the plain text is written to a 0600
# file in a 0700 directory, hashed there with `mosquitto_passwd -U`, and removed.
set -euo pipefail
umask 077

file=/etc/mosquitto/valkky/passwd
if [ "${1:-}" = "-f" ]; then file=${2:?"-f needs a file"}; shift 2; fi
if [ $# -eq 0 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  echo "usage: $0 [-f FILE] NAME...   (NAME: controller, operator, console or a robot id)" >&2
  exit 2
fi
command -v mosquitto_passwd >/dev/null || {
  echo "mosquitto_passwd not found: apt-get install mosquitto" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
plain=$work/plain
: > "$plain"
declare -A seen=()
for name in "$@"; do
  if ! [[ $name =~ ^[a-z0-9-]{1,64}$ ]]; then
    echo "'$name' is not a valid user: a robot id is 1-64 of a-z, 0-9 and '-'" >&2; exit 2
  fi
  [ -z "${seen[$name]:-}" ] || { echo "'$name' is named twice" >&2; exit 2; }
  seen[$name]=1
  var="VALKKY_PW_${name^^}"
  var=${var//-/_}
  pw=${!var:-}
  if [ -z "$pw" ]; then
    [ -t 0 ] || { echo "no password for $name: set $var or run on a terminal" >&2; exit 1; }
    IFS= read -r -s -p "Password for $name: " pw; echo >&2
    IFS= read -r -s -p "Again: " again; echo >&2
    [ "$pw" = "$again" ] || { echo "the two passwords for $name differ" >&2; exit 1; }
  fi
  [ ${#pw} -ge 12 ] || { echo "the password for $name must have at least 12 characters" >&2
                         exit 1; }
  case $pw in *$'\n'*|*$'\r'*) echo "the password for $name has a line break" >&2; exit 1;;
  esac
  printf '%s:%s\n' "$name" "$pw" >> "$plain"
done
mosquitto_passwd -U "$plain" >/dev/null

# Keep the users not named, then add the new hashes.
merged=$work/merged
: > "$merged"
if [ -f "$file" ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    user=${line%%:*}
    [ -n "$line" ] && [ -z "${seen[$user]:-}" ] && printf '%s\n' "$line" >> "$merged"
  done < "$file"
fi
cat "$plain" >> "$merged"

mkdir -p "$(dirname "$file")"
if [ "$(id -u)" -eq 0 ] && getent group mosquitto >/dev/null; then
  install -m 0640 -g mosquitto "$merged" "$file"
else
  install -m 0600 "$merged" "$file"
fi
users=$(cut -d: -f1 "$file" | paste -sd ' ' -)
echo "wrote $file (users: $users); then: systemctl reload mosquitto" >&2

#!/bin/sh
# Lays down the machine-wide policy of Hunting Console on a Mac, from a file IT hands over:
#
#     sudo sh install-policy.sh /path/to/policy.json     # install or replace it
#     sudo sh install-policy.sh --remove                 # take it away
#
# It goes to /Library/Application Support/Hunting Console/policy.json, where the console
# reads the machine policy (console.auth.policy.machine_policy_path("darwin"); schema:
# docs/policy-file.md), owned by root and readable by every user, writable by none of them.
#
# A .dmg cannot run scripts, so the policy is its own step: run this once per desk (it is
# idempotent), before or after copying the app. With an MDM (Jamf, Intune, Kandji...), either
# run this script from the MDM as root with the policy file deployed beside it, or have the
# MDM write the same file to the same path itself (a "files and processes" payload or a
# package that installs only that file); both give the console the same file.
#
# The file is checked before it replaces anything: with the console's own policy check when
# the installed console has one (`hunting-console policy check FILE`), else as JSON with
# /usr/bin/plutil -lint plus the schema version; the console itself names any remaining
# mistake by line and field when it starts.
set -eu

DEST_DIR="/Library/Application Support/Hunting Console"
DEST="$DEST_DIR/policy.json"
APP_BIN="/Applications/Hunting Console.app/Contents/MacOS/hunting-console"

fail() { echo "install-policy.sh: $*" >&2; exit 1; }

[ "$#" -eq 1 ] || fail "usage: sudo sh $0 POLICY.json | --remove"
[ "$(id -u)" -eq 0 ] || fail "run it as root (sudo), the folder is the machine's"

if [ "$1" = "--remove" ]; then
  rm -f "$DEST"
  rmdir "$DEST_DIR" 2>/dev/null || true
  echo "Removed $DEST"
  exit 0
fi

SRC="$1"
[ -f "$SRC" ] || fail "$SRC: no such file"

# A console old enough to have no `policy` command gets the JSON check below. The check runs
# on a home of its own: run with sudo, it would leave root's files in the admin's home.
if [ -x "$APP_BIN" ] && "$APP_BIN" policy --help >/dev/null 2>&1; then
  check_home="$(mktemp -d)"
  HUNTING_CONSOLE_HOME="$check_home" "$APP_BIN" policy check "$SRC" || { rm -rf "$check_home"; fail "$SRC: the console refuses it (above)"; }
  rm -rf "$check_home"
else
  /usr/bin/plutil -lint -s "$SRC" >/dev/null || fail "$SRC: not valid JSON"
  version="$(/usr/bin/plutil -extract version raw -o - "$SRC" 2>/dev/null || true)"
  [ "$version" = "1" ] || fail "$SRC: \"version\" must be 1 (docs/policy-file.md)"
fi

# root:wheel, 755 on the folder and 644 on the file: analysts read it, only root changes it.
/usr/bin/install -d -o root -g wheel -m 755 "$DEST_DIR"
# Copy beside the target, then rename: the console never reads half a file.
/usr/bin/install -o root -g wheel -m 644 "$SRC" "$DEST.new"
/bin/mv -f "$DEST.new" "$DEST"
echo "Installed $DEST"

#!/usr/bin/env bash
# The packaging check (`make package-check`, run by .ci/run after the tests), as root or with
# password-less sudo, on a Debian/Ubuntu machine:
#   1. builds the .deb from the frozen app, and a "previous" one: the same tree stamped with a
#      lower version;
#   2. installs the previous one with `apt-get install ./file.deb`, handing it a policy file;
#   3. leaves a cache at the previous Alembic revision with actions waiting in its outbox;
#   4. upgrades in place to the new package; the cache is migrated and nothing is lost;
#   5. runs the installed `hunting-console --self-test` and measures the installed footprint;
#   6. removes the package (the analyst's data stays), then purges it (the policy goes).
# Each step prints one line; the first failure stops the check with its reason.
set -euo pipefail
cd "$(dirname "$0")/../.."

FOOTPRINT_BUDGET_MB=250
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
say() { echo "package-check: $*"; }
fail() { echo "package-check: FAILED: $*" >&2; exit 1; }

version=$(tr -d '[:space:]' < console/VERSION)
previous="${version}~previous"  # dpkg orders ~ before anything: 0.1.0~previous < 0.1.0
new_deb=$(bash packaging/linux/build-deb.sh --out dist)
old_deb=$(bash packaging/linux/build-deb.sh --version "$previous" --out dist/previous)
say "built $new_deb ($(du -h "$new_deb" | cut -f1)) and $old_deb"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DEBIAN_FRONTEND=noninteractive
as_root apt-get purge -y -qq hunting-console >/dev/null 2>&1 || true

# 2. The previous package, with the policy IT hands over.
cp packaging/policy.example.json "$work/policy.json"
as_root env HUNTING_CONSOLE_POLICY="$work/policy.json" apt-get install -y -qq "./$old_deb" >"$work/install.log" 2>&1 \
  || { cat "$work/install.log" >&2; fail "apt-get install ./$old_deb"; }
[ "$(/usr/bin/hunting-console --version)" = "hunting-console $previous" ] || fail "installed version is $(/usr/bin/hunting-console --version)"
cmp -s /etc/hunting-console/policy.json packaging/policy.example.json || fail "the policy was not installed"
[ "$(stat -c %a /etc/hunting-console/policy.json)" = 644 ] || fail "the policy file's mode is $(stat -c %a /etc/hunting-console/policy.json)"
say "installed $previous with its policy at /etc/hunting-console/policy.json"

# 3. An analyst's cache from the previous release, with offline actions not yet sent.
export HUNTING_CONSOLE_HOME="$work/home"
cache="$HUNTING_CONSOLE_HOME/data/cache.db"
mkdir -p "$(dirname "$cache")"
.venv/bin/python packaging/linux/previous_cache.py make "$cache" "$work/expected.json" >/dev/null
say "cache at the previous revision with outbox entries: $cache"

# 4. Upgrade in place.
as_root apt-get install -y -qq "./$new_deb" >"$work/upgrade.log" 2>&1 \
  || { cat "$work/upgrade.log" >&2; fail "apt-get install ./$new_deb over $previous"; }
[ "$(/usr/bin/hunting-console --version)" = "hunting-console $version" ] || fail "upgraded version is $(/usr/bin/hunting-console --version)"
cmp -s /etc/hunting-console/policy.json packaging/policy.example.json || fail "the upgrade lost the policy"
/usr/bin/hunting-console cache check --cache "$cache" >/dev/null || fail "the upgraded app cannot open the previous cache"
say "$(.venv/bin/python packaging/linux/previous_cache.py verify "$cache" "$work/expected.json")"

# 5. The installed app, end to end; and its size on disk.
unset HUNTING_CONSOLE_HOME  # --self-test makes a home of its own
/usr/bin/hunting-console --self-test || fail "the installed app's self-test"
footprint=$(dpkg-query -W -f='${Installed-Size}' hunting-console)
footprint_mb=$(( (footprint + 1023) / 1024 ))
say "installed footprint: ${footprint_mb} MB (budget ${FOOTPRINT_BUDGET_MB} MB)"
[ "$footprint_mb" -lt "$FOOTPRINT_BUDGET_MB" ] || fail "the installed footprint ${footprint_mb} MB is over ${FOOTPRINT_BUDGET_MB} MB"

# 6. Remove: the app goes, the analyst's data and the policy stay; purge: the policy goes.
as_root apt-get remove -y -qq hunting-console >/dev/null 2>&1 || fail "apt-get remove"
[ ! -e /opt/hunting-console ] && [ ! -e /usr/bin/hunting-console ] \
  && [ ! -e /usr/share/applications/hunting-console.desktop ] || fail "files were left after remove"
[ -f "$cache" ] || fail "remove took the analyst's cache"
[ -f /etc/hunting-console/policy.json ] || fail "remove took the policy (only purge should)"
as_root apt-get purge -y -qq hunting-console >/dev/null 2>&1 || fail "apt-get purge"
[ ! -e /etc/hunting-console ] || fail "purge left /etc/hunting-console"
say "removed (the analyst's data kept) and purged"
say "ok"

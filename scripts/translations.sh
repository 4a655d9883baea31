#!/usr/bin/env bash
# Refresh the translation catalogues from the source, then compile them.
#   scripts/translations.sh          extract (pyside6-lupdate) and compile (pyside6-lrelease)
#   scripts/translations.sh compile  compile only
# Translators edit console/translations/hunting_console_fr.ts (Qt Linguist or a text editor).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
out=console/translations
if [ "${1:-}" != "compile" ]; then
  mapfile -t sources < <(find console -name '*.py' | sort)
  "$bin/pyside6-lupdate" "${sources[@]}" -no-obsolete -source-language en -target-language fr \
    -ts "$out/hunting_console_fr.ts"
  "$bin/pyside6-lupdate" "${sources[@]}" -no-obsolete -source-language en -target-language en \
    -pluralonly -ts "$out/hunting_console_en.ts"
fi
for ts in "$out"/hunting_console_*.ts; do
  "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

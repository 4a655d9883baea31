#!/usr/bin/env bash
# Builds dist/HuntingConsole-<version>.dmg on macOS: the PyInstaller .app (the lead's
# packaging/hunting-console.spec, BUNDLE step: "dist/Hunting Console.app"), signed and
# notarized when the desk's identity is named, in a .dmg made by dmgbuild.
#
#   bash packaging/macos/build.sh                  # build (ad-hoc signed by PyInstaller)
#   SKIP_PYINSTALLER=1 bash packaging/macos/build.sh  # reuse "dist/Hunting Console.app"
#
# Needs the project installed in the active Python (pip install --require-hashes -r
# requirements/lock.txt, which holds the build tools too: PyInstaller, dmgbuild; then
# pip install --no-deps .).
#
# Signing and notarization (packaging/SIGNING.md), each only when its variable is set; the
# credentials live in the keychain (CI makes one from its secret store), never in this repo:
#   HC_CODESIGN_IDENTITY  "Developer ID Application: Example SOC (TEAMID1234)" in the keychain
#   HC_NOTARY_PROFILE     a notarytool keychain profile (xcrun notarytool store-credentials)
#   HC_KEYCHAIN           optional: the keychain holding both (default: the search list)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/packaging/macos"
cd "$ROOT"

VERSION="$(tr -d '[:space:]' < console/VERSION)"
APP="dist/Hunting Console.app"
DMG="dist/HuntingConsole-$VERSION.dmg"
IDENTITY="${HC_CODESIGN_IDENTITY:-}"
PROFILE="${HC_NOTARY_PROFILE:-}"
# (An empty array expanded under set -u fails in macOS's bash 3.2: hence the ${a[@]+...} form.)
KEYCHAIN_ARGS=()
if [ -n "${HC_KEYCHAIN:-}" ]; then KEYCHAIN_ARGS=(--keychain "$HC_KEYCHAIN"); fi

echo "Hunting Console $VERSION"

# -- 1. the .app ------------------------------------------------------------------------------
if [ -z "${SKIP_PYINSTALLER:-}" ]; then
  python -m PyInstaller --noconfirm --clean packaging/hunting-console.spec
fi
[ -x "$APP/Contents/MacOS/hunting-console" ] || {
  echo "build.sh: $APP/Contents/MacOS/hunting-console is missing (packaging/hunting-console.spec's BUNDLE)" >&2
  exit 1
}

# -- 2. sign with the desk's identity, inside out --------------------------------------------
# PyInstaller ad-hoc signs every binary it collects but does not sign the .app bundle
# (PyInstaller docs, "macOS binary code signing"). Apple's order, no --deep: every Mach-O
# file first, then each nested bundle (.framework, deepest first), then the app itself with
# the entitlements. --options runtime (hardened runtime) and --timestamp (secure timestamp)
# are what notarization requires of each one.
sign() {
  codesign --force --timestamp --options runtime --sign "$IDENTITY" ${KEYCHAIN_ARGS[@]+"${KEYCHAIN_ARGS[@]}"} "$@"
}
if [ -n "$IDENTITY" ]; then
  echo "Signing $APP as $IDENTITY"
  while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q 'Mach-O'; then sign "$file"; fi
  done < <(find "$APP/Contents" -type f ! -path "*/Contents/MacOS/hunting-console" -print0)
  while IFS= read -r -d '' bundle; do
    sign "$bundle"
  done < <(find "$APP/Contents" -depth -type d \( -name '*.framework' -o -name '*.bundle' \
            -o -name '*.app' \) -print0)
  sign --entitlements "$HERE/entitlements.plist" "$APP"
  codesign --verify --strict --deep --verbose=2 "$APP"
fi

# -- 3. notarize and staple the app (so a copy taken off the .dmg passes Gatekeeper offline) --
notarize() {
  xcrun notarytool submit "$1" --keychain-profile "$PROFILE" ${KEYCHAIN_ARGS[@]+"${KEYCHAIN_ARGS[@]}"} --wait
}
if [ -n "$IDENTITY" ] && [ -n "$PROFILE" ]; then
  ZIP="dist/HuntingConsole-$VERSION-app.zip"
  ditto -c -k --keepParent "$APP" "$ZIP"
  notarize "$ZIP"
  xcrun stapler staple "$APP"
  rm -f "$ZIP"
fi

# -- 4. the .dmg ------------------------------------------------------------------------------
rm -f "$DMG"
dmgbuild -s "$HERE/dmg-settings.py" -D app="$APP" "Hunting Console $VERSION" "$DMG"

if [ -n "$IDENTITY" ]; then
  codesign --force --timestamp --sign "$IDENTITY" ${KEYCHAIN_ARGS[@]+"${KEYCHAIN_ARGS[@]}"} "$DMG"
  if [ -n "$PROFILE" ]; then
    notarize "$DMG"
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
  fi
fi

echo "Built $DMG"

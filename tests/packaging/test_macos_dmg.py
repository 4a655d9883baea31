"""packaging/macos: the dmgbuild settings, the build script and the policy installer, checked
here (the .dmg is built, opened and its app self-tested on a macOS runner by
.github/workflows/installers.yml)."""

from __future__ import annotations

import plistlib
import re
import shlex
import subprocess
from pathlib import PurePosixPath

import pytest

from console.auth.policy import machine_policy_path
from tests.packaging.conftest import PACKAGING

MACOS = PACKAGING / "macos"
SETTINGS = MACOS / "dmg-settings.py"
BUILD = MACOS / "build.sh"
INSTALL_POLICY = MACOS / "install-policy.sh"
APP = "Hunting Console.app"


def _settings(defines: dict[str, str] | None = None) -> dict:
    """The settings file run the way dmgbuild runs it: exec with `defines` in its globals."""
    namespace: dict = {"defines": defines or {}}
    exec(compile(SETTINGS.read_text(encoding="utf-8"), str(SETTINGS), "exec"), namespace)
    return namespace


def test_the_dmg_holds_the_app_and_a_link_to_applications() -> None:
    settings = _settings({"app": f"dist/{APP}"})

    assert settings["files"] == [f"dist/{APP}"]
    assert settings["symlinks"] == {"Applications": "/Applications"}
    assert set(settings["icon_locations"]) == {APP, "Applications"}
    assert settings["format"] in ("UDZO", "UDBZ", "ULFO", "ULMO")


def test_the_settings_default_to_the_specs_bundle_and_follow_the_app_define() -> None:
    assert _settings()["files"] == [f"dist/{APP}"]
    moved = _settings({"app": "/tmp/elsewhere/Hunting Console.app"})
    assert moved["files"] == ["/tmp/elsewhere/Hunting Console.app"]
    assert APP in moved["icon_locations"]


def test_build_sh_reads_the_version_and_names_the_dmg() -> None:
    text = BUILD.read_text(encoding="utf-8")
    assert "console/VERSION" in text
    assert 'DMG="dist/HuntingConsole-$VERSION.dmg"' in text
    assert 'APP="dist/Hunting Console.app"' in text
    assert "packaging/hunting-console.spec" in text
    assert 'dmgbuild -s "$HERE/dmg-settings.py" -D app="$APP"' in text


def test_build_sh_signs_and_notarizes_only_when_told_to() -> None:
    text = BUILD.read_text(encoding="utf-8")
    assert 'IDENTITY="${HC_CODESIGN_IDENTITY:-}"' in text
    assert 'PROFILE="${HC_NOTARY_PROFILE:-}"' in text
    assert 'if [ -n "$IDENTITY" ]; then' in text
    assert 'if [ -n "$IDENTITY" ] && [ -n "$PROFILE" ]; then' in text
    assert "--options runtime" in text and "--timestamp" in text
    assert "--keychain-profile" in text, "notarytool's credentials come from the keychain"
    assert "--deep --verbose" in text and "codesign --force --deep" not in text, (
        "--deep only to verify, never to sign"
    )
    # Inside out: the nested code before the app, the app before the dmg, staple after notarize.
    assert text.index('sign "$file"') < text.index('sign --entitlements "$HERE/entitlements.plist"')
    assert text.index('xcrun stapler staple "$APP"') < text.index("dmgbuild -s")
    assert text.index('notarize "$DMG"') < text.index('xcrun stapler staple "$DMG"')
    assert not re.search(r"(?i)(--password|app-specific|@keychain:)", text)


def test_the_entitlements_are_a_valid_plist_with_only_the_needed_exception() -> None:
    entitlements = plistlib.loads((MACOS / "entitlements.plist").read_bytes())
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def test_the_shell_scripts_parse() -> None:
    subprocess.run(["bash", "-n", str(BUILD)], check=True)
    subprocess.run(["sh", "-n", str(INSTALL_POLICY)], check=True)


def test_install_policy_targets_the_path_the_console_reads_on_macos() -> None:
    expected = PurePosixPath(machine_policy_path("darwin", {}))
    text = INSTALL_POLICY.read_text(encoding="utf-8")

    values = dict(re.findall(r'^(DEST_DIR|DEST)="([^"]*)"$', text, re.M))
    assert PurePosixPath(values["DEST_DIR"]) == expected.parent
    assert values["DEST"] == "$DEST_DIR/" + expected.name


def test_install_policy_validates_before_it_replaces_and_needs_root() -> None:
    text = INSTALL_POLICY.read_text(encoding="utf-8")
    assert '[ "$(id -u)" -eq 0 ]' in text
    assert '"$APP_BIN" policy check "$SRC"' in text, "the console's own check first"
    assert "/usr/bin/plutil -lint" in text
    check = text.index("/usr/bin/plutil -lint")
    assert check < text.index('/bin/mv -f "$DEST.new" "$DEST"')
    assert "-o root -g wheel -m 644" in text
    assert "MDM" in text


@pytest.mark.parametrize("arguments", [[], ["a.json", "b.json"]])
def test_install_policy_refuses_a_wrong_command_line(arguments: list[str]) -> None:
    done = subprocess.run(
        ["sh", str(INSTALL_POLICY), *arguments], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert "usage:" in done.stderr, shlex.join(arguments)

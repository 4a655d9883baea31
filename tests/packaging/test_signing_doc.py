"""packaging/SIGNING.md: signing is a documented step with the desk's own certificate, and the
variables it names are the ones the build scripts and the workflow really read."""

from __future__ import annotations

from tests.packaging.conftest import PACKAGING, ROOT

SIGNING = (PACKAGING / "SIGNING.md").read_text(encoding="utf-8")


def test_it_covers_signtool_codesign_notarytool_and_stapler() -> None:
    for tool in ("signtool sign", "/tr", "codesign --force --timestamp --options runtime"):
        assert tool in SIGNING
    for tool in ("xcrun notarytool submit", "xcrun stapler staple", "entitlements.plist"):
        assert tool in SIGNING


def test_the_variables_it_names_are_the_ones_the_scripts_and_ci_read() -> None:
    build_ps1 = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    build_sh = (PACKAGING / "macos" / "build.sh").read_text(encoding="utf-8")
    workflow = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    for name in ("HC_SIGN_CERT_SHA1", "HC_SIGN_TIMESTAMP_URL"):
        assert name in SIGNING and name in build_ps1
    for name in ("HC_CODESIGN_IDENTITY", "HC_NOTARY_PROFILE", "HC_KEYCHAIN"):
        assert name in SIGNING and name in build_sh
    for secret in (
        "WINDOWS_SIGNING_PFX_BASE64",
        "WINDOWS_SIGNING_PFX_PASSWORD",
        "MACOS_SIGNING_P12_BASE64",
        "MACOS_SIGNING_IDENTITY",
        "APPLE_API_KEY_P8_BASE64",
    ):
        assert secret in SIGNING and f"secrets.{secret}" in workflow


def test_no_key_material_is_in_the_repository() -> None:
    for path in PACKAGING.rglob("*"):
        assert path.suffix.lower() not in {".pfx", ".p12", ".p8", ".pem", ".key", ".cer"}, path
    assert "BEGIN PRIVATE KEY" not in SIGNING

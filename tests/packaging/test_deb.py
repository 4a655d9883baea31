"""packaging/linux/build-deb.sh on a stand-in for the frozen tree: the layout a desk gets, the
dependencies Qt's window needs, the version stamped in both the package and the app, and files
only root may write. (The real build is installed, upgraded and removed by
packaging/linux/check-deb.sh, which .ci/run runs.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")


def _build(tmp_path: Path, *args: str) -> Path:
    tmp_path.mkdir(exist_ok=True)
    tree = tmp_path / "tree"
    (tree / "_internal" / "console").mkdir(parents=True)
    (tree / "_internal" / "console" / "VERSION").write_text("0.1.0\n")
    executable = tree / "hunting-console"
    executable.write_text("#!/bin/sh\necho frozen\n")
    executable.chmod(0o775)  # a group-writable build tree: the package must not keep that
    done = subprocess.run(
        [
            "bash",
            "packaging/linux/build-deb.sh",
            "--tree",
            str(tree),
            "--out",
            str(tmp_path),
            *args,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip())


def _field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def _members(deb: Path, tmp_path: Path) -> dict[str, tarfile.TarInfo]:
    out = tmp_path / "data.tar"
    with out.open("wb") as data:
        subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], stdout=data, check=True)
    with tarfile.open(out) as archive:
        return {member.name.removeprefix("."): member for member in archive.getmembers()}


def test_the_package_installs_under_opt_with_a_launcher_a_menu_entry_and_icons(tmp_path):
    deb = _build(tmp_path)
    members = _members(deb, tmp_path)
    for path in (
        "/opt/hunting-console/hunting-console",
        "/usr/bin/hunting-console",
        "/usr/share/applications/hunting-console.desktop",
        "/usr/share/icons/hicolor/256x256/apps/hunting-console.png",
        "/usr/share/icons/hicolor/scalable/apps/hunting-console.svg",
        "/usr/share/doc/hunting-console/policy.example.json",
    ):
        assert path in members, path
    assert all(m.uid == 0 and m.gid == 0 for m in members.values())
    assert not [name for name, m in members.items() if m.mode & 0o022], "group/other-writable"
    assert members["/usr/bin/hunting-console"].mode & 0o111


def test_the_version_is_stamped_in_the_package_and_the_app(tmp_path):
    deb = _build(tmp_path, "--version", "0.1.0~previous")
    assert deb.name == f"hunting-console_0.1.0~previous_{_field(deb, 'Architecture')}.deb"
    assert _field(deb, "Version") == "0.1.0~previous"
    extracted = tmp_path / "x"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(extracted)], check=True)
    stamped = extracted / "opt/hunting-console/_internal/console/VERSION"
    assert stamped.read_text().strip() == "0.1.0~previous"
    # dpkg orders the stamped build before the release: installing the release upgrades it.
    compare = subprocess.run(["dpkg", "--compare-versions", "0.1.0~previous", "lt", "0.1.0"])
    assert compare.returncode == 0


def test_it_depends_on_every_library_the_window_loads(tmp_path):
    deb = _build(tmp_path)
    depends = [d.strip() for d in _field(deb, "Depends").split(",")]
    listed = subprocess.run(
        ["bash", "scripts/system-deps.sh", "--list-window"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert len(depends) == len(listed)
    for package, dependency in zip(listed, depends, strict=True):
        assert package in [choice.strip() for choice in dependency.split("|")]
    assert "libglib2.0-0t64 | libglib2.0-0" in depends  # Debian 13 / Ubuntu 24.04's name first


def test_removal_keeps_the_analysts_data_and_purge_takes_only_the_policy():
    postrm = (ROOT / "packaging/linux/postrm").read_text()
    removing = [line for line in postrm.splitlines() if line.strip().startswith("rm ")]
    assert removing == ["    rm -f /etc/hunting-console/policy.json"]
    assert "HOME" not in postrm and "/home" not in postrm.replace("~/.", "")


def test_the_desktop_entry_starts_the_launcher_on_the_path():
    entry = (ROOT / "packaging/linux/hunting-console.desktop").read_text().splitlines()
    assert entry[0] == "[Desktop Entry]"
    fields = dict(line.split("=", 1) for line in entry[1:] if "=" in line)
    assert fields["Exec"] == "hunting-console"
    assert fields["Icon"] == "hunting-console"
    assert fields["Type"] == "Application"
    assert "Name[fr]" in fields or "GenericName[fr]" in fields
    assert os.access(ROOT / "packaging/linux/build-deb.sh", os.X_OK)


def test_the_same_tree_gives_the_same_package_byte_for_byte(tmp_path):
    first = _build(tmp_path / "one").read_bytes()
    second = _build(tmp_path / "two").read_bytes()
    assert first == second

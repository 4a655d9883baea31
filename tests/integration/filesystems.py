"""Real file systems that fail the way users' do: read-only, and full.

Root can write through any permission bits, so as root a read-only folder is
a tmpfs remounted read-only (EROFS holds for root too); as anyone else it is a
folder without write permission. A full disk is a small tmpfs, which needs
root; tests skip cleanly where neither can be made.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    if shutil.which("mount") is None:
        return False
    completed = subprocess.run(["mount", *args], capture_output=True, timeout=30)
    return completed.returncode == 0


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30)


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """`folder` as a tmpfs of `size` (mount's syntax, e.g. "1200k"); skips unless root."""
    if os.geteuid() != 0:
        pytest.skip("a small file system needs root to mount a tmpfs")
    folder.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)):
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        _umount(folder)


def resize(folder: Path, size: str) -> None:
    """Grow (or shrink) a tmpfs made by `small_disk`."""
    assert _mount("-o", f"remount,size={size}", str(folder))


@contextlib.contextmanager
def read_only_folder(folder: Path, *files: Path) -> Iterator[Path]:
    """`folder` holding copies of `files`, where nothing can be written or created."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        total = sum(f.stat().st_size for f in files) + (1 << 20)
        if not _mount("-t", "tmpfs", "-o", f"size={total}", "tmpfs", str(folder)):
            pytest.skip("as root, a read-only folder needs a tmpfs, which cannot be mounted")
        try:
            for source in files:
                shutil.copy(source, folder / source.name)
            assert _mount("-o", "remount,ro", str(folder))
            yield folder
        finally:
            _umount(folder)
        return
    for source in files:
        shutil.copy(source, folder / source.name)
        (folder / source.name).chmod(stat.S_IRUSR | stat.S_IRGRP)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield folder
    finally:
        folder.chmod(stat.S_IRWXU)

"""Helpers for tests of "files only the analyst can read": modes under a permissive umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

# A desk's default (0o022) and the worst case (0o000): the console's files must be
# private under both, so the tests set them instead of trusting the runner's umask.
PERMISSIVE_UMASKS = (0o022, 0o000)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows uses ACLs")


@pytest.fixture(params=PERMISSIVE_UMASKS, ids=lambda value: f"umask{value:03o}")
def permissive_umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Sets the process umask (inherited by the CLI subprocesses a test starts)."""
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def mode(path: Path | str) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)

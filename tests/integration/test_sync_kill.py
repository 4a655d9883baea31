"""A sync killed with SIGKILL at any moment, then run again, equals one clean sync."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from console.emulator import Emulator
from tests.integration.conftest import dump_cache, run_cli, small_config, sync_args, token_env


@pytest.mark.slow
def test_sync_killed_at_random_moments_loses_and_duplicates_nothing(tmp_path):
    # Latency stretches the sync over a few seconds so the kills land in every
    # phase: opening and migrating the cache, mid-page, mid-commit, between resources.
    config = small_config(incidents=300, devices=60, latency_ms=25)
    killed_cache = tmp_path / "killed.db"
    rng = random.Random(4)
    with Emulator(config) as emu:
        env = {**os.environ, **token_env(emu)}
        command = [sys.executable, "-m", "console", *sync_args(emu, killed_cache)]
        kills = 0
        for _ in range(12):
            child = subprocess.Popen(
                command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            time.sleep(rng.uniform(0.2, 1.6))
            if child.poll() is not None:
                break
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
            kills += 1
        finished = run_cli(*sync_args(emu, killed_cache), env=token_env(emu))
        assert finished.returncode == 0, finished.stderr

        clean_cache = tmp_path / "clean.db"
        assert run_cli(*sync_args(emu, clean_cache, "--full"), env=token_env(emu)).returncode == 0
    assert kills >= 3, "the sync finished before it could be killed often enough"
    assert dump_cache(killed_cache) == dump_cache(clean_cache)

"""The emulator subcommand as a real process: listens, writes the ready file, stops on SIGTERM."""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

from console.emulator.cli import add_arguments, config_from_args

REPO = Path(__file__).resolve().parents[2]


def test_cli_starts_writes_ready_file_and_stops_on_sigterm(tmp_path: Path) -> None:
    ready = tmp_path / "ready.json"
    options = "--port 0 --incidents 20 --devices 5 --tenants 2 --accept-token demo-token"
    command = [
        sys.executable,
        "-m",
        "console.emulator",
        *options.split(),
        "--ready-file",
        str(ready),
    ]
    process = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 30
        while not ready.exists():
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "emulator did not become ready"
            time.sleep(0.05)
        info = json.loads(ready.read_text())
        assert info["graph_url"] == info["base_url"] + "/v1.0"
        assert [t["name"] for t in info["tenants"]] == ["Contoso", "Fabrikam"]
        assert process.stdout is not None
        assert process.stdout.readline().strip() == f"Emulator listening on {info['base_url']}"
        response = requests.get(
            f"{info['base_url']}/api/machines",
            headers={"Authorization": "Bearer demo-token"},
            timeout=10,
        )
        assert response.status_code == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def test_write_limit_flag_reaches_the_config() -> None:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    assert config_from_args(parser.parse_args([])).write_limit_per_minute is None
    args = parser.parse_args(["--write-limit-per-minute", "30"])
    assert config_from_args(args).write_limit_per_minute == 30

"""Run the emulator in its own process, as the benchmarks and slow tests need.

A separate process keeps the server's memory and CPU out of the figures of the
process being measured.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class EmulatorProcess:
    process: subprocess.Popen[bytes]
    info: dict[str, Any]

    @property
    def tenant_id(self) -> str:
        return str(self.info["tenants"][0]["id"])

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def start_emulator(*flags: str, token: str, timeout: float = 120.0) -> EmulatorProcess:
    """Start `hunting-console emulator` with `flags`, accepting `token`; wait until it listens."""
    ready = Path(tempfile.mkdtemp(prefix="hc-emulator-")) / "ready.json"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "console",
            "emulator",
            "--port",
            "0",
            "--accept-token",
            token,
            "--ready-file",
            str(ready),
            *flags,
        ],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + timeout
    while not ready.exists():
        if process.poll() is not None:
            raise RuntimeError(f"emulator exited with {process.returncode} before listening")
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"emulator not listening after {timeout:.0f} s")
        time.sleep(0.05)
    return EmulatorProcess(process, json.loads(ready.read_text()))

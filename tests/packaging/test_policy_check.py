"""`hunting-console policy check FILE`: what IT and the installers run before a policy ships."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-P", "-m", "console", "policy", "check", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_example_policy_is_sound():
    done = _check(str(ROOT / "packaging" / "policy.example.json"))
    assert done.returncode == 0, done.stderr
    assert "sound" in done.stdout
    assert "tenant profile" in done.stdout


def test_each_mistake_on_its_line_and_a_one_line_reason(tmp_path):
    policy = tmp_path / "policy.json"
    policy.write_text('{\n  "version": 1,\n  "colour": "blue",\n  "experts_channel": "fax"\n}\n')
    done = _check(str(policy))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert any("line 3: colour: unknown field" in line for line in lines)
    assert any("line 4: experts_channel" in line for line in lines)
    assert done.stderr.count("\n") == 1
    assert "has 2 mistakes; the console would not use it" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_secret_in_a_policy_is_a_mistake(tmp_path):
    policy = tmp_path / "policy.json"
    profile = {
        "name": "Contoso",
        "tenant": "4f1c9a2e-7b3d-4e5f-8a6b-1c2d3e4f5a6b",
        "client_id": "11111111-2222-4333-8444-555555555555",
        "method": "app-secret",
        "client_secret": "do-not-ship-me",
    }
    policy.write_text(json.dumps({"version": 1, "profiles": [profile]}))
    done = _check(str(policy))
    assert done.returncode == 1
    assert "do-not-ship-me" not in done.stdout + done.stderr


def test_no_file_is_a_one_line_failure(tmp_path):
    done = _check(str(tmp_path / "absent.json"))
    assert done.returncode == 1
    assert done.stderr.strip() == f"hunting-console: no policy file at {tmp_path / 'absent.json'}"

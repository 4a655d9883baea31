""".github/workflows/installers.yml: the CI that builds the installers this machine cannot,
installs them silently and runs the installed console's --self-test on each runner."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.packaging.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    document = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def _runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def _uses(job: dict) -> list[str]:
    return [step["uses"] for step in job["steps"] if "uses" in step]


def test_it_runs_on_demand_on_tags_and_on_packaging_changes(workflow: dict) -> None:
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "workflow_dispatch" in triggers
    assert "packaging/**" in triggers["pull_request"]["paths"]
    assert workflow["permissions"] == {"contents": "read"}


@pytest.mark.parametrize(
    ("job", "runner"), [("windows", "windows-latest"), ("macos", "macos-latest")]
)
def test_each_installer_is_built_from_the_locks_on_its_runner(
    workflow: dict, job: str, runner: str
) -> None:
    steps = workflow["jobs"][job]
    assert steps["runs-on"] == runner
    python = [s for s in steps["steps"] if s.get("uses", "").startswith("actions/setup-python@")]
    assert python and python[0]["with"]["python-version"] == "3.11"
    runs = _runs(steps)
    assert "pip install --require-hashes -r requirements/lock.txt" in runs
    assert "pip install --no-deps ." in runs
    assert runs.index("requirements/lock.txt") < runs.index("--no-deps .")
    assert any(u.startswith("actions/upload-artifact@") for u in _uses(steps))


def test_windows_builds_installs_silently_and_self_tests_the_installed_exe(workflow: dict) -> None:
    runs = _runs(workflow["jobs"]["windows"])
    assert "./packaging/windows/build.ps1" in runs
    assert re.search(r"/i `\"\$msi`\" /qn /l\*v install\.log POLICYFILE=", runs)
    assert r"'C:\Program Files\Hunting Console\hunting-console.exe'" in runs
    assert "-ArgumentList '--self-test'" in runs
    assert "/x `" in runs and "/qn" in runs
    assert r"$env:ProgramData\Hunting Console\policy.json" in runs


def test_macos_builds_opens_the_dmg_and_self_tests_the_installed_app(workflow: dict) -> None:
    runs = _runs(workflow["jobs"]["macos"])
    assert "bash packaging/macos/build.sh" in runs
    assert "hdiutil attach" in runs
    assert '"/Applications/Hunting Console.app/Contents/MacOS/hunting-console" --self-test' in runs
    assert "sudo sh packaging/macos/install-policy.sh packaging/policy.example.json" in runs
    assert '"/Library/Application Support/Hunting Console/policy.json"' in runs


def test_signing_steps_run_only_when_the_secrets_are_there(workflow: dict) -> None:
    for name, marker in (("windows", "SIGNING_PFX"), ("macos", "SIGNING_P12")):
        job = workflow["jobs"][name]
        assert job["env"][marker].startswith("${{ secrets.")
        signing = [s for s in job["steps"] if marker in str(s.get("if", ""))]
        assert signing, f"{name}: no conditional signing step"
        assert all(s["if"] == f"env.{marker} != ''" for s in signing)


def test_no_secret_value_is_written_into_the_workflow() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for line in text.splitlines():
        if re.search(r"(?i)(password|p12|pfx|key)\w*:\s*\S", line) and "secrets." not in line:
            assert not re.search(r":\s*['\"]?[A-Za-z0-9+/=]{24,}", line), line

"""packaging/policy.example.json: the example IT starts from must be a policy the console
itself accepts, with a provisioned profile and no secret in it."""

from __future__ import annotations

import json

from console.auth.policy import OVERRIDABLE, is_secret_field, load_policy, read_policy_file
from tests.packaging.conftest import PACKAGING

EXAMPLE = PACKAGING / "policy.example.json"


def test_the_example_policy_reads_with_the_consoles_own_reader_without_problems() -> None:
    policy = read_policy_file(EXAMPLE)

    assert policy is not None
    assert policy.problems == ()
    assert len(policy.profiles) == 1
    (profile,) = policy.profiles.values()
    assert profile.managed
    assert profile.tenant and profile.client_id
    assert policy.skip_welcome_wizard is True
    assert policy.sync_schedule is not None and policy.sync_schedule.every_minutes == 30


def test_the_example_works_as_the_machine_file_next_to_no_analyst_file(tmp_path) -> None:
    policy = load_policy(machine_path=EXAMPLE, user_path=tmp_path / "absent.json")

    assert policy.problems == ()
    assert "Contoso SOC" in policy.profiles
    assert set(policy.user_may_override or ()) <= set(OVERRIDABLE)


def test_the_example_holds_only_placeholder_ids_and_no_secret_field() -> None:
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))

    def keys(value):
        if isinstance(value, dict):
            for key, item in value.items():
                yield key
                yield from keys(item)
        elif isinstance(value, list):
            for item in value:
                yield from keys(item)

    assert not [key for key in keys(document) if is_secret_field(key)]
    for profile in document["profiles"]:
        assert profile["tenant"].startswith("00000000-"), "a placeholder, not a real tenant"
        assert profile["client_id"].startswith("00000000-")

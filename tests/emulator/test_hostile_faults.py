"""The emulator's hostile faults and its separate Defender port, as a client sees them."""

from __future__ import annotations

import argparse

import requests

from console.emulator import Emulator, EmulatorConfig
from console.emulator.cli import add_arguments, config_from_args


def get(emu: Emulator, url: str, token: str) -> requests.Response:
    return requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def test_the_cli_flags_set_the_hostile_faults_and_the_defender_port():
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args(
        [
            "--fault-foreign-next-link",
            "--fault-link-cycle",
            "3",
            "--fault-slow-bytes",
            "0.5",
            "--defender-port",
            "0",
        ]
    )
    config = config_from_args(args)
    assert config.fault_foreign_next_link == "localhost"
    assert (config.fault_link_cycle, config.fault_slow_bytes, config.defender_port) == (3, 0.5, 0)
    named = config_from_args(parser.parse_args(["--fault-foreign-next-link", "127.0.0.2"]))
    assert named.fault_foreign_next_link == "127.0.0.2"


def test_defender_on_its_own_port_serves_only_defender():
    with Emulator(EmulatorConfig(seed=3, incidents=5, devices=3, defender_port=0)) as emu:
        token = emu.issue_token(emu.tenants[0].id)
        assert emu.defender_url != emu.base_url
        assert get(emu, f"{emu.defender_url}/api/machines", token).status_code == 200
        assert get(emu, f"{emu.base_url}/api/machines", token).status_code == 404
        assert get(emu, f"{emu.defender_url}/v1.0/security/incidents", token).status_code == 404
        assert get(emu, f"{emu.graph_url}/security/incidents", token).status_code == 200


def test_foreign_and_cyclic_next_links():
    with Emulator(EmulatorConfig(seed=3, incidents=40, devices=3)) as emu:
        token = emu.issue_token(emu.tenants[0].id)
        first = f"{emu.graph_url}/security/incidents?$top=10"
        emu.faults.foreign_next_link = "127.0.0.2"
        link = get(emu, first, token).json()["@odata.nextLink"]
        port = emu.base_url.rsplit(":", 1)[1]
        assert link.startswith(f"http://127.0.0.2:{port}/v1.0/security/incidents?")

        emu.faults.foreign_next_link = None
        emu.faults.link_cycle = 3
        page2 = get(emu, first, token).json()["@odata.nextLink"]
        page3 = get(emu, page2, token).json()["@odata.nextLink"]
        assert get(emu, page3, token).json()["@odata.nextLink"] == page2  # 3 leads back to 2

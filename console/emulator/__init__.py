"""A local, wire-compatible stand-in for Microsoft Graph security, Defender for Endpoint and
the identity platform, serving deterministic synthetic tenants on 127.0.0.1.

It shares no parsing or serialising code with ``console.api`` on purpose: written from the
wire format on its own, a mistake in one is caught by the other.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from console.emulator.config import EmulatorConfig, Faults
    from console.emulator.dataset import Tenant
    from console.emulator.emulator import Emulator

__all__ = ["Emulator", "EmulatorConfig", "Faults", "Tenant"]

_WHERE = {
    "Emulator": "console.emulator.emulator",
    "EmulatorConfig": "console.emulator.config",
    "Faults": "console.emulator.config",
    "Tenant": "console.emulator.dataset",
}


def __getattr__(name: str) -> Any:
    # Loaded on first use: `hunting-console` (and the GUI) import this package to
    # register the `emulator` subcommand, and the server and its OData parser
    # cost a fifth of a second that a start-up without the emulator should not pay.
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'console.emulator' has no attribute {name!r}")

"""A local, wire-compatible stand-in for Microsoft Graph security, Defender for Endpoint and
the identity platform, serving deterministic synthetic tenants on 127.0.0.1.

It shares no parsing or serialising code with ``console.api`` on purpose: written from the
wire format on its own, a mistake in one is caught by the other.
"""

from typing import TYPE_CHECKING

import lazy_loader

if TYPE_CHECKING:
    from console.emulator.config import EmulatorConfig, Faults
    from console.emulator.dataset import Tenant
    from console.emulator.emulator import Emulator

__all__ = ["Emulator", "EmulatorConfig", "Faults", "Tenant"]

# Loaded on first use: `hunting-console` (and the GUI) import this package to register the
# `emulator` subcommand, and the server and its OData parser cost a fifth of a second
# that a start-up without the emulator should not pay.
__getattr__, __dir__, _ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "config": ["EmulatorConfig", "Faults"],
        "dataset": ["Tenant"],
        "emulator": ["Emulator"],
    },
)

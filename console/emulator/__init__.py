"""A local, wire-compatible stand-in for Microsoft Graph security, Defender for Endpoint and
the identity platform, serving deterministic synthetic tenants on 127.0.0.1.

It shares no parsing or serialising code with ``console.api`` on purpose: written from the
wire format on its own, a mistake in one is caught by the other.
"""

from console.emulator.config import EmulatorConfig, Faults
from console.emulator.dataset import Tenant
from console.emulator.emulator import Emulator

__all__ = ["Emulator", "EmulatorConfig", "Faults", "Tenant"]

"""The clouds a tenant lives in, and the hosts of each.

Commercial hosts are documented in the API reference (api-surface.md §2.1, §4); the
US government hosts come from Microsoft's national-cloud pages as we know them and
are marked UNCONFIRMED until checked against a real GCC, GCC High or DoD tenant.
A custom cloud names every base URL itself (an emulator, a proxy, a future cloud).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Cloud(StrEnum):
    COMMERCIAL = "commercial"
    GCC = "gcc"
    GCC_HIGH = "gcc-high"
    DOD = "dod"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Endpoints:
    login_url: str  # the authority host; the tenant is appended
    graph_url: str  # Graph base URL, with its version
    defender_url: str  # Defender for Endpoint API base URL
    graph_resource: str  # the resource whose `/.default` scope asks for a Graph token
    defender_resource: str

    @property
    def graph_scope(self) -> str:
        return f"{self.graph_resource.rstrip('/')}/.default"

    @property
    def defender_scope(self) -> str:
        return f"{self.defender_resource.rstrip('/')}/.default"


_DEFENDER = "https://api.securitycenter.microsoft.com"

KNOWN: dict[Cloud, Endpoints] = {
    # Documented (api-surface.md §2.1, §4.1, §4.4).
    Cloud.COMMERCIAL: Endpoints(
        "https://login.microsoftonline.com",
        "https://graph.microsoft.com/v1.0",
        _DEFENDER,
        "https://graph.microsoft.com",
        _DEFENDER,
    ),
    # GCC signs in and reads Graph in the commercial cloud; its Defender host is its own.
    # UNCONFIRMED: the Defender for Endpoint host and resource for GCC.
    Cloud.GCC: Endpoints(
        "https://login.microsoftonline.com",
        "https://graph.microsoft.com/v1.0",
        "https://api-gcc.securitycenter.microsoft.us",
        "https://graph.microsoft.com",
        "https://api-gcc.securitycenter.microsoft.us",
    ),
    # login.microsoftonline.us is documented as an MSAL authority host (§4.1);
    # UNCONFIRMED: the Graph and Defender hosts and resources for GCC High and DoD.
    Cloud.GCC_HIGH: Endpoints(
        "https://login.microsoftonline.us",
        "https://graph.microsoft.us/v1.0",
        "https://api-gov.securitycenter.microsoft.us",
        "https://graph.microsoft.us",
        "https://api-gov.securitycenter.microsoft.us",
    ),
    Cloud.DOD: Endpoints(
        "https://login.microsoftonline.us",
        "https://dod-graph.microsoft.us/v1.0",
        "https://api-gov.securitycenter.microsoft.us",
        "https://dod-graph.microsoft.us",
        "https://api-gov.securitycenter.microsoft.us",
    ),
}


def has_experts_channel(cloud: Cloud) -> bool:
    """The Defender Experts service is offered in the commercial cloud only (§ service terms)."""
    return cloud is Cloud.COMMERCIAL


def custom_endpoints(login_url: str, graph_url: str, defender_url: str) -> Endpoints:
    """A custom cloud's base URLs, asking for tokens for the commercial resources: what a
    stand-in for Microsoft's services (the emulator, a relay) is addressed with."""
    commercial = KNOWN[Cloud.COMMERCIAL]
    return Endpoints(
        login_url.rstrip("/"),
        graph_url.rstrip("/"),
        defender_url.rstrip("/"),
        commercial.graph_resource,
        commercial.defender_resource,
    )

"""Synthetic users and devices of one tenant (MDE machine shape, PascalCase enums)."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Any

from console.emulator import catalog
from console.emulator.wire import fmt_us

_DAY_US = 86_400_000_000
_ALNUM = string.ascii_lowercase + string.digits


@dataclass(frozen=True, slots=True)
class User:
    display_name: str
    account_name: str  # sAMAccountName, e.g. jsmith
    upn: str
    sid: str
    aad_id: str


class FastRandom(random.Random):
    """``random.Random`` with cheaper ``randint``/``choice``: generation calls them millions of
    times and the stdlib versions (rejection sampling) dominated the profile. Still seeded and
    deterministic."""

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq):  # type: ignore[no-untyped-def]
        return seq[int(self.random() * len(seq))]


def guid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([value for value, _ in table], weights=[w for _, w in table])[0]


def make_users(rng: random.Random, domain: str, count: int) -> list[User]:
    users: list[User] = []
    seen: set[str] = set()
    domain_sid = f"S-1-5-21-{rng.randint(10**9, 4 * 10**9)}-{rng.randint(10**9, 4 * 10**9)}"
    while len(users) < count:
        first, last = rng.choice(catalog.FIRST_NAMES), rng.choice(catalog.LAST_NAMES)
        account = f"{first[0]}{last}".lower()
        if account in seen:
            account = f"{account}{len(users)}"
        seen.add(account)
        users.append(
            User(
                display_name=f"{first} {last}",
                account_name=account,
                upn=f"{first}.{last}@{domain}".lower(),
                sid=f"{domain_sid}-{1100 + len(users)}",
                aad_id=guid(rng),
            )
        )
    return users


def _device_name(rng: random.Random, platform: str, users: list[User], ordinal: int) -> str:
    if platform.startswith("WindowsServer"):
        return f"srv-{rng.choice(catalog.SERVER_ROLES)}-{ordinal % 97 + 1:02d}"
    if platform == "Linux":
        return f"ubuntu-{rng.choice(catalog.SERVER_ROLES)}-{ordinal % 97 + 1:02d}"
    if platform == "macOS":
        return f"mbp-{rng.choice(users).account_name}"
    if rng.random() < 0.6:
        return "desktop-" + "".join(rng.choices(_ALNUM, k=7))
    return f"laptop-{rng.choice(users).account_name}"


def make_machine(
    rng: random.Random, domain: str, users: list[User], ordinal: int, now_us: int, taken: set[str]
) -> dict[str, Any]:
    platform, version, build, _ = rng.choices(
        catalog.OS_PLATFORMS, weights=[p[3] for p in catalog.OS_PLATFORMS]
    )[0]
    name = _device_name(rng, platform, users, ordinal)
    fqdn = name if platform in ("macOS", "Linux") and rng.random() < 0.5 else f"{name}.{domain}"
    while fqdn in taken:
        fqdn = fqdn.replace(".", f"{rng.randint(2, 9)}.", 1) if "." in fqdn else f"{fqdn}x"
    taken.add(fqdn)
    server = platform.startswith("WindowsServer") or platform == "Linux"
    health = weighted(rng, catalog.HEALTH)
    idle_days = rng.uniform(8, 60) if health == "Inactive" else rng.uniform(0, 2)
    last_seen = now_us - int(idle_days * _DAY_US)
    first_seen = last_seen - int(rng.uniform(30, 720) * _DAY_US)
    group_id, group_name = catalog.RBAC_GROUPS[1] if server else rng.choice(catalog.RBAC_GROUPS)
    tags = sorted(set(rng.sample(catalog.MACHINE_TAGS, k=rng.choice((0, 0, 0, 1, 1, 2)))))
    interfaces = [
        {
            "ipAddress": f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            "macAddress": f"{rng.getrandbits(48):012X}",
            "type": "Ethernet" if server else rng.choice(("Ethernet", "Wireless80211")),
            "operationalStatus": "Up",
        }
        for _ in range(rng.choice((1, 1, 2)))
    ]
    return {
        "id": f"{rng.getrandbits(160):040x}",
        "computerDnsName": fqdn,
        "firstSeen": fmt_us(first_seen),
        "lastSeen": fmt_us(last_seen),
        "osPlatform": platform,
        "version": version,
        "osProcessor": "x64",
        "osArchitecture": "64-bit",
        "lastIpAddress": interfaces[0]["ipAddress"],
        "lastExternalIpAddress": f"203.0.113.{rng.randint(2, 254)}",
        "osBuild": build,
        "healthStatus": health,
        "onboardingStatus": weighted(rng, catalog.ONBOARDING),
        "rbacGroupId": group_id,
        "rbacGroupName": group_name,
        "riskScore": weighted(rng, catalog.RISK),
        "exposureLevel": weighted(rng, catalog.EXPOSURE),
        "isAadJoined": not server and platform.startswith("Windows"),
        "aadDeviceId": guid(rng) if not server else None,
        "machineTags": tags,
        "deviceValue": "High"
        if server and rng.random() < 0.5
        else ("Low" if rng.random() < 0.05 else "Normal"),
        "managedBy": "Intune"
        if not server and platform.startswith("Windows")
        else "MicrosoftDefenderForEndpoint",
        "ipAddresses": interfaces,
    }


def _camel(value: str) -> str:
    return value[:1].lower() + value[1:]


def device_evidence_base(
    machine: dict[str, Any], users: list[User], tenant_id: str
) -> dict[str, Any]:
    """The device-specific part of a Graph ``deviceEvidence`` (camelCase enums)."""
    host, _, dns_domain = machine["computerDnsName"].partition(".")
    user = users[int(machine["id"][:6], 16) % len(users)]
    return {
        "firstSeenDateTime": machine["firstSeen"],
        "mdeDeviceId": machine["id"],
        "azureAdDeviceId": machine["aadDeviceId"],
        "deviceDnsName": machine["computerDnsName"],
        "hostName": host,
        "ntDomain": dns_domain.split(".")[0].upper() if dns_domain else None,
        "dnsDomain": dns_domain or None,
        "osPlatform": machine["osPlatform"],
        "osBuild": machine["osBuild"],
        "version": machine["version"],
        "healthStatus": _camel(machine["healthStatus"]),
        "riskScore": _camel(machine["riskScore"]),
        "rbacGroupId": machine["rbacGroupId"],
        "rbacGroupName": machine["rbacGroupName"],
        "onboardingStatus": _camel(machine["onboardingStatus"]),
        "defenderAvStatus": "updated",
        "ipInterfaces": [i["ipAddress"] for i in machine["ipAddresses"]],
        "lastIpAddress": machine["lastIpAddress"],
        "lastExternalIpAddress": machine["lastExternalIpAddress"],
        "loggedOnUsers": [
            {
                "accountName": user.account_name,
                "domainName": (dns_domain.split(".")[0].upper() or None),
            }
        ],
        "vmMetadata": None,
    }

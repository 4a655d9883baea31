"""Graph ``alertEvidence`` items (polymorphic ``@odata.type``) for one synthetic alert."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from console.emulator import catalog_evidence as catalog
from console.emulator.gen_devices import User

_NS = "#microsoft.graph.security."


@dataclass(slots=True)
class EvidenceContext:
    created: str
    device_base: dict[str, Any] | None  # from gen_devices.device_evidence_base
    device_tags: list[str]
    user: User
    domain: str
    malicious: bool


def _base(kind: str, ctx: EvidenceContext, roles: list[str], detailed: list[str]) -> dict[str, Any]:
    return {
        "@odata.type": f"{_NS}{kind}Evidence",
        "createdDateTime": ctx.created,
        "verdict": "malicious" if ctx.malicious else "suspicious",
        "remediationStatus": "none",
        "remediationStatusDetails": None,
        "roles": roles,
        "detailedRoles": detailed,
        "tags": [],
    }


def _file_details(rng: random.Random, name: str, folder: str) -> dict[str, Any]:
    return {
        "sha1": f"{rng.getrandbits(160):040x}",
        "sha256": f"{rng.getrandbits(256):064x}",
        "md5": f"{rng.getrandbits(128):032x}",
        "fileName": name,
        "filePath": folder,
        "fileSize": rng.randint(2_000, 9_000_000),
        "filePublisher": "Microsoft Corporation" if folder.startswith(r"C:\Windows") else None,
        "signer": None,
        "issuer": None,
    }


def _user_account(ctx: EvidenceContext) -> dict[str, Any]:
    return {
        "accountName": ctx.user.account_name,
        "domainName": ctx.domain.split(".")[0].upper(),
        "userSid": ctx.user.sid,
        "azureAdUserId": ctx.user.aad_id,
        "userPrincipalName": ctx.user.upn,
        "displayName": ctx.user.display_name,
    }


def _device_id(ctx: EvidenceContext) -> str | None:
    return ctx.device_base["mdeDeviceId"] if ctx.device_base else None


def device(rng: random.Random, ctx: EvidenceContext) -> dict[str, Any] | None:
    if ctx.device_base is None:
        return None
    item = _base("device", ctx, ["compromised"] if ctx.malicious else [], ["Main device"])
    item.update(ctx.device_base)
    item["tags"] = ctx.device_tags
    return item


def file(rng: random.Random, ctx: EvidenceContext) -> dict[str, Any]:
    name, folder = rng.choice(catalog.FILES)
    item = _base("file", ctx, [], [])
    item["detectionStatus"] = "detected" if ctx.malicious else None
    item["mdeDeviceId"] = _device_id(ctx)
    item["fileDetails"] = _file_details(rng, name, folder.format(user=ctx.user.account_name))
    return item


def process(rng: random.Random, ctx: EvidenceContext) -> dict[str, Any]:
    name, folder, command = rng.choice(catalog.PROCESSES)
    parent_name, parent_folder = rng.choice(catalog.PARENTS)
    item = _base("process", ctx, [], ["Referred in command line"])
    item.update(
        {
            "processId": rng.randint(1000, 30000),
            "parentProcessId": rng.randint(300, 9000),
            "processCommandLine": command,
            "processCreationDateTime": ctx.created,
            "parentProcessCreationDateTime": ctx.created,
            "detectionStatus": "detected" if ctx.malicious else None,
            "mdeDeviceId": _device_id(ctx),
            "imageFile": _file_details(rng, name, folder),
            "parentProcessImageFile": _file_details(rng, parent_name, parent_folder),
            "userAccount": _user_account(ctx),
        }
    )
    return item


def user(rng: random.Random, ctx: EvidenceContext) -> dict[str, Any]:
    item = _base("user", ctx, ["compromised"] if ctx.malicious else [], [])
    item["userAccount"] = _user_account(ctx)
    return item


def ip(rng: random.Random, ctx: EvidenceContext) -> dict[str, Any]:
    code, country, city = rng.choice(catalog.COUNTRIES)
    item = _base("ip", ctx, ["attacker"] if ctx.malicious else [], [])
    item["ipAddress"] = f"198.51.100.{rng.randint(2, 254)}"
    item["countryLetterCode"] = code
    item["location"] = {"city": city, "countryName": country, "latitude": None, "longitude": None}
    return item


def url(rng: random.Random, ctx: EvidenceContext) -> dict[str, Any]:
    item = _base("url", ctx, ["commandAndControl"] if ctx.malicious else [], [])
    item["url"] = rng.choice(catalog.URLS)
    return item


def registry_key(rng: random.Random, ctx: EvidenceContext) -> dict[str, Any]:
    hive, key, _ = rng.choice(catalog.REGISTRY)
    item = _base("registryKey", ctx, ["edited"], [])
    item["registryHive"] = hive
    item["registryKey"] = key
    return item


def registry_value(rng: random.Random, ctx: EvidenceContext) -> dict[str, Any]:
    hive, key, value_name = rng.choice(catalog.REGISTRY)
    item = _base("registryValue", ctx, ["edited"], [])
    item.update(
        {
            "registryHive": hive,
            "registryKey": key,
            "registryValueName": value_name,
            "registryValue": r"C:\Users\Public\u.vbs",
            "registryValueType": "String",
            "mdeDeviceId": _device_id(ctx),
        }
    )
    return item


BUILDERS = {
    "device": device,
    "file": file,
    "process": process,
    "user": user,
    "ip": ip,
    "url": url,
    "regkey": registry_key,
    "regvalue": registry_value,
}


def parent_process(child: dict[str, Any], ctx: EvidenceContext) -> dict[str, Any]:
    """The process that started `child`, as evidence of its own (the portal's process tree
    shows the chain). Made from what the child already says of it, with no random draw,
    so the rest of a seeded tenant stays as it was."""
    image = child["parentProcessImageFile"]
    command, grandparent = catalog.PARENT_STARTS.get(image["fileName"], (image["fileName"], ""))
    started = _seconds_before(child["processCreationDateTime"], 40)
    item = _base("process", ctx, [], ["Parent process"])
    item.update(
        {
            "processId": child["parentProcessId"],
            "parentProcessId": _stable_pid(image["fileName"], ctx.created),
            "processCommandLine": command,
            "processCreationDateTime": started,
            "parentProcessCreationDateTime": _seconds_before(started, 600),
            "detectionStatus": None,
            "mdeDeviceId": child["mdeDeviceId"],
            "imageFile": image,
            "parentProcessImageFile": {
                **_stable_file(grandparent),
                "fileName": grandparent,
                "filePath": r"C:\Windows\System32",
            },
            "userAccount": child["userAccount"],
        }
    )
    child["parentProcessCreationDateTime"] = started
    return item


def _seconds_before(moment: str, seconds: int) -> str:
    when = datetime.fromisoformat(moment.replace("Z", "+00:00")) - timedelta(seconds=seconds)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _stable_pid(name: str, salt: str) -> int:
    return 300 + int(hashlib.sha1(f"{name}{salt}".encode()).hexdigest()[:6], 16) % 700


def _stable_file(name: str) -> dict[str, Any]:
    return {
        "sha1": hashlib.sha1(name.encode()).hexdigest(),
        "sha256": hashlib.sha256(name.encode()).hexdigest(),
        "md5": hashlib.md5(name.encode()).hexdigest(),
        "fileSize": 100_000 + len(name) * 1_000,
        "filePublisher": "Microsoft Corporation",
        "signer": None,
        "issuer": None,
    }


def build(kinds: tuple[str, ...], rng: random.Random, ctx: EvidenceContext) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for kind in kinds:
        item = BUILDERS[kind](rng, ctx)
        if item is None:
            continue
        if kind == "process":  # its parent first, as the tree reads top-down
            items.append(parent_process(item, ctx))
        items.append(item)
    return items

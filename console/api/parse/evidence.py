"""Alert evidence: Graph's polymorphic items (by `@odata.type`) and Defender for
Endpoint's flat items (by `entityType`), each reduced to a kind and a label an
analyst recognises, with the whole item kept in `raw`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from console.api.parse.fields import FieldReader, as_raw, require_object
from console.domain import Evidence

_GRAPH_PREFIX = "#microsoft.graph.security."
_GRAPH_SUFFIX = "Evidence"

# @odata.type -> kind, filled as types are met: a dict lookup per item instead of
# string slicing, and no regexes.
_KINDS: dict[str, str] = {}


def graph_kind(odata_type: str) -> str:
    """`device` for ``#microsoft.graph.security.deviceEvidence``; odd spellings kept readable."""
    kind = _KINDS.get(odata_type)
    if kind is None:
        kind = odata_type.lstrip("#")
        if kind.startswith(_GRAPH_PREFIX[1:]):
            kind = kind[len(_GRAPH_PREFIX) - 1 :]
        if kind.endswith(_GRAPH_SUFFIX) and len(kind) > len(_GRAPH_SUFFIX):
            kind = kind[: -len(_GRAPH_SUFFIX)]
        kind = kind or "unknown"
        if len(_KINDS) < 1000:  # bounded: a hostile server cannot grow it forever
            _KINDS[odata_type] = kind
    return kind


def _first_text(obj: Mapping[str, Any] | None, *keys: str) -> str | None:
    if obj is None:
        return None
    for key in keys:
        value = obj.get(key)
        if type(value) is str and value:
            return value
        if type(value) is int:
            return str(value)
    return None


def _nested(obj: Mapping[str, Any], key: str) -> Mapping[str, Any] | None:
    value = obj.get(key)
    return value if type(value) is dict or isinstance(value, Mapping) else None


def _account(account: Mapping[str, Any] | None) -> str | None:
    """UPN, else DOMAIN\\account, else account name, else display name."""
    if account is None:
        return None
    upn = _first_text(account, "userPrincipalName")
    if upn:
        return upn
    name = _first_text(account, "accountName")
    domain = _first_text(account, "domainName")
    if name and domain:
        return f"{domain}\\{name}"
    return name or _first_text(account, "displayName", "userSid", "azureAdUserId")


def _registry(obj: Mapping[str, Any]) -> str | None:
    key = _first_text(obj, "registryKey")
    hive = _first_text(obj, "registryHive")
    if key and hive and not key.upper().startswith(hive.upper()):
        key = f"{hive}\\{key}"
    value_name = _first_text(obj, "registryValueName")
    if key and value_name:
        return f"{key}\\{value_name}"
    return key or _first_text(obj, "registryValue")


def _file(details: Mapping[str, Any] | None) -> str | None:
    return _first_text(details, "fileName", "filePath", "sha256", "sha1", "md5")


_GRAPH_LABELS: dict[str, Callable[[Mapping[str, Any]], str | None]] = {
    "device": lambda o: _first_text(
        o, "deviceDnsName", "hostName", "mdeDeviceId", "azureAdDeviceId"
    ),
    "file": lambda o: _file(_nested(o, "fileDetails")),
    "process": lambda o: (
        _first_text(o, "processCommandLine")
        or _file(_nested(o, "imageFile"))
        or _first_text(o, "processId")
    ),
    "user": lambda o: _account(_nested(o, "userAccount")),
    "ip": lambda o: _first_text(o, "ipAddress"),
    "url": lambda o: _first_text(o, "url"),
    "registryKey": _registry,
    "registryValue": _registry,
    "fileHash": lambda o: _first_text(o, "value"),
    "mailbox": lambda o: (
        _first_text(o, "upn", "primaryAddress", "displayName")
        or _account(_nested(o, "userAccount"))
    ),
    "analyzedMessage": lambda o: _first_text(o, "subject", "internetMessageId", "networkMessageId"),
    "cloudApplication": lambda o: _first_text(o, "displayName", "appId"),
    "oauthApplication": lambda o: _first_text(o, "displayName", "appId"),
    "mailCluster": lambda o: _first_text(o, "query", "clusterBy"),
}

# Defender for Endpoint (and M365 Defender) flat evidence, by lower-cased entityType.
_MDE_LABELS: dict[str, Callable[[Mapping[str, Any]], str | None]] = {
    "user": _account,
    "process": lambda o: _first_text(o, "processCommandLine", "fileName", "filePath", "processId"),
    "file": lambda o: _first_text(o, "fileName", "filePath", "sha256", "sha1"),
    "ip": lambda o: _first_text(o, "ipAddress"),
    "url": lambda o: _first_text(o, "url"),
    "registry": _registry,
    "machine": lambda o: _first_text(
        o, "computerDnsName", "deviceDnsName", "machineId", "deviceId"
    ),
    "mailbox": lambda o: _first_text(o, "mailboxAddress", "mailboxDisplayName"),
    "mailmessage": lambda o: _first_text(o, "subject", "sender"),
    "mailcluster": lambda o: _first_text(o, "clusterBy"),
    "securitygroup": lambda o: _first_text(o, "securityGroupName", "securityGroupId"),
}

# For types without a rule: the first of these that the item has.
_FALLBACK_KEYS = (
    "displayName",
    "name",
    "deviceDnsName",
    "fileName",
    "processCommandLine",
    "userPrincipalName",
    "accountName",
    "ipAddress",
    "url",
    "registryKey",
    "value",
)


def _label(
    table: Mapping[str, Callable[[Mapping[str, Any]], str | None]],
    kind: str,
    obj: Mapping[str, Any],
) -> str:
    rule = table.get(kind)
    label = rule(obj) if rule is not None else None
    return label or _first_text(obj, *_FALLBACK_KEYS) or kind


def parse_evidence(
    obj: Any, warnings: list[str] | None = None, *, default_device_id: str | None = None
) -> Evidence:
    """One evidence item. Graph items are told by `@odata.type`, MDE items by `entityType`.

    `default_device_id` is the device of the alert that carries the evidence (MDE
    evidence does not name its device; the alert's `machineId` does).
    """
    item = require_object(obj, "evidence item")
    odata_type = item.get("@odata.type")
    read = FieldReader(item, "evidence", warnings)
    if type(odata_type) is str and odata_type:
        kind = graph_kind(odata_type)
        read.where = f"{kind} evidence"
        device_id = read.text("mdeDeviceId") or default_device_id
        return Evidence(
            kind=kind,
            label=_label(_GRAPH_LABELS, kind, item),
            created=read.when("createdDateTime"),
            verdict=read.text("verdict"),
            remediation_status=read.text("remediationStatus"),
            roles=read.strings("roles"),
            device_id=device_id,
            raw=as_raw(item),
        )
    entity_type = read.text("entityType")
    kind = entity_type.lower() if entity_type else "unknown"
    read.where = f"{kind} evidence"
    device_id = read.text("deviceId") or read.text("mdeDeviceId") or default_device_id
    return Evidence(
        kind=kind,
        label=_label(_MDE_LABELS, kind, item),
        created=read.when("evidenceCreationTime"),
        verdict=read.text("verdict"),
        remediation_status=read.text("remediationStatus"),
        roles=read.strings("roles"),
        device_id=device_id,
        raw=as_raw(item),
    )

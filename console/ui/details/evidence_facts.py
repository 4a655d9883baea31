"""What the pages read out of evidence: process trees and the users seen. No Qt here.

Graph evidence nests the details (`imageFile.fileName`, `userAccount.accountName`);
Defender for Endpoint evidence is flat (`fileName`, `parentProcessFileName`,
`accountName`). Both shapes are read, and a missing field is simply not shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from console.domain.models import Evidence

_USER_KINDS = frozenset({"user", "account", "mailbox", "process"})


@dataclass(slots=True)
class ProcessNode:
    """One process; `known` is False for a parent we only know from a child's evidence."""

    pid: int | None
    image: str
    command_line: str = ""
    user: str = ""
    known: bool = True
    children: list[ProcessNode] = field(default_factory=list)
    path: str = ""  # the image's folder
    sha1: str = ""
    sha256: str = ""
    started: datetime | None = None


def _text(value: Any) -> str:
    return str(value) if value not in (None, "") else ""


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _file_name(raw: Mapping[str, Any], nested: str, flat: str) -> str:
    details = raw.get(nested)
    if isinstance(details, Mapping) and details.get("fileName"):
        return str(details["fileName"])
    return _text(raw.get(flat))


def _detail(raw: Mapping[str, Any], nested: str, key: str, flat: str | None = None) -> str:
    """A field of the nested file details (Graph), else the flat field (Defender)."""
    details = raw.get(nested)
    if isinstance(details, Mapping) and details.get(key):
        return _text(details[key])
    return _text(raw.get(flat)) if flat else ""


def _moment(*values: Any) -> datetime | None:
    for value in values:
        if isinstance(value, str) and value:
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                continue  # a malformed time is not shown rather than guessed
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return None


def account_text(raw: Mapping[str, Any]) -> str:
    """ "DOMAIN\\account (upn)" from a Graph `userAccount` or flat MDE account fields."""
    nested = raw.get("userAccount")
    source: Mapping[str, Any] = nested if isinstance(nested, Mapping) else raw
    name = _text(source.get("accountName"))
    domain = _text(source.get("domainName"))
    upn = _text(source.get("userPrincipalName"))
    if not name and not upn:
        return ""
    account = f"{domain}\\{name}" if domain and name else name
    if upn and upn.casefold() != account.casefold():
        return f"{account} ({upn})" if account else upn
    return account


def process_forest(evidence: Iterable[Evidence]) -> list[ProcessNode]:
    """Process evidence arranged by `parentProcessId`: roots first, children under them.

    A parent that is itself in the evidence gets the child under its own node; a
    parent we only know by its image name (`parentProcessImageFile`) becomes a
    placeholder root so the analyst still reads "parent -> child".
    """
    processes: list[tuple[ProcessNode, ProcessNode]] = []  # each with its parent as known
    for item in evidence:
        if item.kind != "process":
            continue
        raw = item.raw
        node = ProcessNode(
            pid=_int(raw.get("processId")),
            image=_file_name(raw, "imageFile", "fileName") or item.label,
            command_line=_text(raw.get("processCommandLine")),
            user=account_text(raw),
            path=_detail(raw, "imageFile", "filePath", "filePath"),
            sha1=_detail(raw, "imageFile", "sha1", "sha1"),
            sha256=_detail(raw, "imageFile", "sha256", "sha256"),
            started=_moment(raw.get("processCreationDateTime"), raw.get("processCreationTime")),
        )
        parent_image = _file_name(raw, "parentProcessImageFile", "parentProcessFileName")
        parent = ProcessNode(
            pid=_int(raw.get("parentProcessId")),
            image=parent_image,
            known=False,
            path=_detail(raw, "parentProcessImageFile", "filePath", "parentProcessFilePath"),
            sha1=_detail(raw, "parentProcessImageFile", "sha1"),
            sha256=_detail(raw, "parentProcessImageFile", "sha256"),
            started=_moment(
                raw.get("parentProcessCreationDateTime"), raw.get("parentProcessCreationTime")
            ),
        )
        processes.append((node, parent))

    by_pid = {node.pid: node for node, _ in processes if node.pid is not None}
    placeholders: dict[tuple[int | None, str], ProcessNode] = {}
    roots: list[ProcessNode] = []
    for node, parent in processes:
        found = by_pid.get(parent.pid) if parent.pid is not None else None
        if found is not None and found is not node:
            found.children.append(node)
        elif parent.pid is not None or parent.image:
            key = (parent.pid, parent.image)
            if key not in placeholders:
                placeholders[key] = parent
                roots.append(parent)
            placeholders[key].children.append(node)
        else:
            roots.append(node)
    return roots


def users_seen(evidence: Iterable[Evidence]) -> dict[str, int]:
    """Accounts named by user, account, mailbox and process evidence, with how often."""
    seen: dict[str, int] = {}
    for item in evidence:
        if item.kind not in _USER_KINDS:
            continue
        account = account_text(item.raw)
        if not account and item.kind in ("user", "account"):
            account = item.label
        if account:
            seen[account] = seen.get(account, 0) + 1
    return seen

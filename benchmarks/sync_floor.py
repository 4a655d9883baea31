"""The floor the sync is measured against: the least work that moves the same data.

Fetch the same pages with `requests`, parse them with orjson, and insert the
same rows into the cache's own tables (created by the real migrations, so the
same indexes and search tables) with `sqlite3.executemany`, one transaction per
page as the sync commits them. Column values come straight from the wire JSON
by key; what the floor leaves out is exactly what the product adds on top:
domain objects, enum normalisation, DEN derivation, incident aggregates and the
checks that make a re-run idempotent.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import orjson
import requests

from console.cache.engine import open_cache

Rows = list[tuple[Any, ...]]
Statements = list[tuple[str, Rows]]

_RANK = {"informational": 1, "low": 2, "medium": 3, "high": 4}


def run_floor(graph_url: str, defender_url: str, token: str, tenant_id: str, db: Path) -> int:
    """Copy the tenant into a fresh cache at `db`; returns the number of items."""
    open_cache(db).close()  # the real schema, at head (not timed separately: it is quick)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("INSERT INTO tenants (tenant_id) VALUES (?)", (tenant_id,))
    conn.commit()
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    session.headers["Prefer"] = "include-unknown-enum-members"
    total = 0
    for item_rows, url in (
        (_incident_rows, f"{graph_url}/security/incidents?$top=50"),
        (_alert_rows, f"{graph_url}/security/alerts_v2?$top=1000"),
        (_device_rows, f"{defender_url}/api/machines?$top=10000"),
    ):
        next_url: str | None = url
        while next_url:
            response = session.get(next_url, timeout=60)
            response.raise_for_status()
            page = orjson.loads(response.content)
            with conn:
                for sql, rows in item_rows(tenant_id, page["value"]):
                    conn.executemany(sql, rows)
            total += len(page["value"])
            next_url = page.get("@odata.nextLink")
    conn.close()
    return total


def _insert(table: str, columns: str) -> str:
    marks = ",".join("?" * len(columns.split(",")))
    return f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks})"


def _incident_rows(tenant: str, items: list[dict[str, Any]]) -> Statements:
    rows = [
        (
            tenant,
            i["id"],
            i["id"].zfill(20),
            i.get("displayName") or "",
            i.get("severity"),
            _RANK.get(i.get("severity") or "", 0),
            i.get("status"),
            i.get("assignedTo"),
            i.get("createdDateTime"),
            i.get("lastUpdateDateTime"),
            orjson.dumps(i).decode(),
        )
        for i in items
    ]
    tags = [
        (tenant, "incident", i["id"], tag, "system")
        for i in items
        for tag in i.get("systemTags") or []
    ]
    search = [(n, f"{i.get('displayName')} {i['id']}") for n, i in enumerate(items)]
    return [
        (
            _insert(
                "incidents",
                "tenant_id,id,id_key,display_name,severity,severity_rank,status,"
                "assigned_to,created,last_update,raw",
            ),
            rows,
        ),
        (_insert("tags", "tenant_id,entity_kind,entity_id,tag,source"), tags),
        ("INSERT INTO incidents_fts (body) VALUES (?)", [(text,) for _, text in search]),
    ]


def _alert_rows(tenant: str, items: list[dict[str, Any]]) -> Statements:
    alerts = [
        (
            tenant,
            a["id"],
            a.get("incidentId"),
            a.get("title") or "",
            a.get("severity"),
            _RANK.get(a.get("severity") or "", 0),
            a.get("status"),
            a.get("serviceSource"),
            a.get("detectionSource"),
            a.get("category"),
            a.get("assignedTo"),
            a.get("createdDateTime"),
            a.get("lastUpdateDateTime"),
            a.get("firstActivityDateTime"),
            a.get("lastActivityDateTime"),
            orjson.dumps(a).decode(),
        )
        for a in items
    ]
    evidence = [
        (
            tenant,
            a["id"],
            n,
            e.get("@odata.type") or "",
            e.get("mdeDeviceId") or "",
            e.get("mdeDeviceId"),
            orjson.dumps(e).decode(),
        )
        for a in items
        for n, e in enumerate(a.get("evidence") or [])
    ]
    links = [
        (tenant, a["id"], device, n)
        for a in items
        for n, device in enumerate(
            dict.fromkeys(e["mdeDeviceId"] for e in a.get("evidence") or [] if e.get("mdeDeviceId"))
        )
    ]
    search = [(f"{a.get('title')} {a['id']}",) for a in items]
    return [
        (
            _insert(
                "alerts",
                "tenant_id,id,incident_id,title,severity,severity_rank,status,"
                "service_source,detection_source,category,assigned_to,created,last_update,"
                "first_activity,last_activity,raw",
            ),
            alerts,
        ),
        (_insert("evidence", "tenant_id,alert_id,position,kind,label,device_id,raw"), evidence),
        (_insert("alert_devices", "tenant_id,alert_id,device_id,position"), links),
        ("INSERT INTO alerts_fts (body) VALUES (?)", search),
    ]


def _device_rows(tenant: str, items: list[dict[str, Any]]) -> Statements:
    rows = [
        (
            tenant,
            d["id"],
            d.get("computerDnsName") or "",
            d.get("lastSeen"),
            d.get("riskScore"),
            d.get("healthStatus"),
            d.get("osPlatform"),
            orjson.dumps(d).decode(),
        )
        for d in items
    ]
    return [
        (
            _insert(
                "devices",
                "tenant_id,id,computer_dns_name,last_seen,risk_score,health_status,os_platform,raw",
            ),
            rows,
        )
    ]

"""The floor the sync is measured against: the least work that moves the same data.

Fetch the same pages with `requests`, parse them with orjson, insert the same
rows (incidents, alerts, evidence, devices, each with its raw JSON) with
`sqlite3.executemany`, one transaction per page, as the sync commits them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import orjson
import requests

_SCHEMA = """
CREATE TABLE incidents (tenant_id TEXT, id TEXT, display_name TEXT, severity TEXT, status TEXT,
    last_update TEXT, raw BLOB, PRIMARY KEY (tenant_id, id));
CREATE TABLE alerts (tenant_id TEXT, id TEXT, incident_id TEXT, title TEXT, severity TEXT,
    status TEXT, detection_source TEXT, last_update TEXT, raw BLOB, PRIMARY KEY (tenant_id, id));
CREATE TABLE evidence (tenant_id TEXT, alert_id TEXT, ordinal INTEGER, kind TEXT, raw BLOB,
    PRIMARY KEY (tenant_id, alert_id, ordinal));
CREATE TABLE devices (tenant_id TEXT, id TEXT, name TEXT, risk TEXT, health TEXT, raw BLOB,
    PRIMARY KEY (tenant_id, id));
"""


def run_floor(graph_url: str, defender_url: str, token: str, tenant_id: str, db: Path) -> int:
    """Copy the tenant into `db`; returns the number of items."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(_SCHEMA)
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


Rows = list[tuple[Any, ...]]


def _incident_rows(tenant: str, items: list[dict[str, Any]]) -> list[tuple[str, Rows]]:
    rows = [(tenant, i["id"], i.get("displayName"), i.get("severity"), i.get("status"),
             i.get("lastUpdateDateTime"), orjson.dumps(i)) for i in items]
    return [("INSERT OR REPLACE INTO incidents VALUES (?,?,?,?,?,?,?)", rows)]


def _alert_rows(tenant: str, items: list[dict[str, Any]]) -> list[tuple[str, Rows]]:
    alerts = [(tenant, a["id"], a.get("incidentId"), a.get("title"), a.get("severity"),
               a.get("status"), a.get("detectionSource"), a.get("lastUpdateDateTime"),
               orjson.dumps(a)) for a in items]
    evidence = [(tenant, a["id"], n, e.get("@odata.type"), orjson.dumps(e))
                for a in items for n, e in enumerate(a.get("evidence") or [])]
    return [("INSERT OR REPLACE INTO alerts VALUES (?,?,?,?,?,?,?,?,?)", alerts),
            ("INSERT OR REPLACE INTO evidence VALUES (?,?,?,?,?)", evidence)]


def _device_rows(tenant: str, items: list[dict[str, Any]]) -> list[tuple[str, Rows]]:
    rows = [(tenant, d["id"], d.get("computerDnsName"), d.get("riskScore"), d.get("healthStatus"),
             orjson.dumps(d)) for d in items]
    return [("INSERT OR REPLACE INTO devices VALUES (?,?,?,?,?,?)", rows)]

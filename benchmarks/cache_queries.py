"""Cache speed against its budgets: a full sync's writes, and queue queries at 1M alerts.

    .venv/bin/python benchmarks/cache_queries.py            # full size (a few minutes)
    .venv/bin/python benchmarks/cache_queries.py --scale 0.1
    .venv/bin/python benchmarks/cache_queries.py --skip-write --tenants 50 --cache /tmp/q-50t.sqlite

Write budget: writing a full sync (100k alerts with 5 evidence items each,
20k incidents, 5k devices) through `console.cache.writer`, page by page,
within 2x of a floor that inserts the same rows into the same schema with
plain `sqlite3.executemany` (rows prepared beforehand, untimed).

Query budget: with 1M alerts and 200k incidents (seeded with raw
executemany) and 20k devices, every filter group alone and in pairs with
every sort, at the top (count + first 100-row window) and the bottom (last
window): each step within 2.5x of the same run's floor (count + first window
of the unfiltered queue on its default sort) and under 100 ms
(`benchmarks/queue_combinations.py`). Prints the worst steps and the count
over budget.

`--tenants N` (issue 13) spreads the same rows over N tenants in even blocks
(each incident with its alerts; devices too) and times every combination twice,
scoped to the first tenant (a tenant's queue) and to all N (the All tenants
view), each line marked with its scope, against the same budgets and the same
floor (the unscoped queue's opening; in a one-tenant cache that is also the
tenant's).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import queue_combinations
from console.cache import convert, devices, open_cache
from console.cache.filters import DeviceFilters
from console.cache.writer import write_alerts, write_devices, write_incidents
from console.domain import (
    Alert,
    AlertStatus,
    DetectionSource,
    Device,
    Evidence,
    Incident,
    IncidentStatus,
    RiskScore,
    ServiceSource,
    Severity,
)

TENANT = "11111111-1111-1111-1111-111111111111"
START = datetime(2026, 1, 1, tzinfo=UTC)
SEVERITIES = [Severity.INFORMATIONAL, Severity.LOW, Severity.MEDIUM, Severity.HIGH]
CATEGORIES = ["Execution", "Persistence", "InitialAccess", "DefenseEvasion", "LateralMovement"]
DEN_EVERY = 50  # one incident in 50 is a DEN (by a Threat Experts alert)
WRITE_BUDGET_RATIO = 2.0


# ---- a synthetic tenant as domain objects ------------------------------------------------


def make_tenant(
    n_incidents: int, n_alerts: int, n_devices: int, rng: random.Random
) -> tuple[list[Incident], list[Alert], list[Device]]:
    device_list = [
        Device(
            id=f"{n:040x}",
            tenant_id=TENANT,
            computer_dns_name=f"host-{n:05}.contoso.com",
            last_seen=START + timedelta(minutes=n),
            risk_score=rng.choice(list(RiskScore)),
            last_ip_address=f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}",
            machine_tags=("Tier1",) if n % 3 else (),
            raw={"id": f"{n:040x}", "computerDnsName": f"host-{n:05}.contoso.com"},
        )
        for n in range(n_devices)
    ]
    incident_list = [
        Incident(
            id=str(100_000 + n),
            tenant_id=TENANT,
            display_name=f"Multi-stage incident {n} on host-{n % n_devices:05}",
            severity=rng.choice(SEVERITIES),
            status=rng.choice([IncidentStatus.ACTIVE, IncidentStatus.RESOLVED]),
            created=START + timedelta(minutes=n),
            last_update=START + timedelta(minutes=n + rng.randrange(10_000)),
            custom_tags=("VIP",) if n % 17 == 0 else (),
            raw={"id": str(100_000 + n), "displayName": f"incident {n}", "description": "x" * 200},
        )
        for n in range(n_incidents)
    ]
    alert_list = []
    for n in range(n_alerts):
        incident_n = n % n_incidents
        device = device_list[rng.randrange(n_devices)]
        when = START + timedelta(minutes=n // 5)
        den = incident_n % DEN_EVERY == 0 and n < n_incidents
        evidence = [
            Evidence(
                kind="device",
                label=device.computer_dns_name,
                device_id=device.id,
                raw={
                    "@odata.type": "#microsoft.graph.security.deviceEvidence",
                    "mdeDeviceId": device.id,
                    "deviceDnsName": device.computer_dns_name,
                },
            ),
            *(
                Evidence(kind=kind, label=f"{kind}-{n}-{k}", raw={"@odata.type": kind, "k": k})
                for k, kind in enumerate(("process", "file", "user", "ip"))
            ),
        ]
        alert_list.append(
            Alert(
                id=f"da{n:018}_{rng.randrange(10**9)}",
                tenant_id=TENANT,
                incident_id=str(100_000 + incident_n),
                title=f"Suspicious activity {n}",
                severity=rng.choice(SEVERITIES),
                status=rng.choice([AlertStatus.NEW, AlertStatus.IN_PROGRESS, AlertStatus.RESOLVED]),
                service_source=ServiceSource.MICROSOFT_DEFENDER_FOR_ENDPOINT,
                detection_source=DetectionSource.MICROSOFT_THREAT_EXPERTS
                if den
                else DetectionSource.ANTIVIRUS,
                category=rng.choice(CATEGORIES),
                created=when,
                last_update=when,
                first_activity=when - timedelta(minutes=5),
                last_activity=when,
                evidence=evidence,
                raw={"id": n, "title": f"Suspicious activity {n}", "description": "y" * 200},
            )
        )
    return incident_list, alert_list, device_list


def pages(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


# ---- write: the writer against a plain executemany floor ---------------------------------


def time_writer(path: Path, data: tuple[list[Incident], list[Alert], list[Device]]) -> float:
    incident_list, alert_list, device_list = data
    with open_cache(path) as cache:
        began = time.perf_counter()
        for n, page in enumerate(pages(alert_list, 1000)):
            write_alerts(cache, TENANT, page, resource="alerts", state={"page": n})
        for n, page in enumerate(pages(incident_list, 50)):
            write_incidents(cache, TENANT, page, resource="incidents", state={"page": n})
        for n, page in enumerate(pages(device_list, 1000)):
            write_devices(cache, TENANT, page, resource="devices", state={"page": n})
        return time.perf_counter() - began


def _sql_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
    return value


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


class Floor:
    """Prepared rows of one page and the plain INSERTs that write them."""

    def __init__(self) -> None:
        self.batches: list[list[tuple[str, list[tuple[Any, ...]]]]] = []

    def add(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        batch = []
        for table, rows in tables.items():
            if rows:
                columns = list(rows[0])
                values = [tuple(_sql_value(row[c]) for c in columns) for row in rows]
                batch.append((_insert_sql(table, columns), values))
        self.batches.append(batch)

    def run(self, path: Path) -> float:
        open_cache(path).close()  # same schema, indexes and FTS tables
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("PRAGMA foreign_keys=ON")
        began = time.perf_counter()
        connection.execute(_insert_sql("tenants", ["tenant_id"]), (TENANT,))
        connection.commit()
        for batch in self.batches:
            for sql, values in batch:
                connection.executemany(sql, values)
            connection.commit()
        elapsed = time.perf_counter() - began
        connection.close()
        return elapsed


def prepare_floor(data: tuple[list[Incident], list[Alert], list[Device]]) -> Floor:
    incident_list, alert_list, device_list = data
    floor = Floor()
    pk = 0
    for page in pages(alert_list, 1000):
        rows = [convert.alert_values(a) for a in page]
        fts = []
        for row in rows:
            pk += 1
            row["pk"] = pk
            fts.append({"rowid": pk, "body": f"{row['title']} {row['id']} {row['search_assets']}"})
        floor.add(
            {
                "alerts": rows,
                "evidence": [e for a in page for e in convert.evidence_values(a)],
                "alert_devices": [
                    {"tenant_id": TENANT, "alert_id": a.id, "device_id": d, "position": i}
                    for a in page
                    for i, d in enumerate(a.device_ids)
                ],
                "alerts_fts": fts,
            }
        )
    pk = 0
    for page in pages(incident_list, 50):
        rows = []
        for incident in page:
            pk += 1
            row = convert.incident_values(incident)
            row.update(pk=pk, alert_count=5, active_alert_count=3, impacted_devices=5)
            row.update(
                categories="Execution, Persistence", service_sources="x", detection_sources="y"
            )
            row.update(first_activity=START, last_activity=START, tags_text="VIP")
            rows.append(row)
        floor.add(
            {
                "incidents": rows,
                "tags": [
                    t
                    for i in page
                    for t in convert.tag_values(TENANT, "incident", i.id, {"custom": i.custom_tags})
                ],
                "incidents_fts": [
                    {"rowid": r["pk"], "body": f"{r['display_name']} {r['id']} host-00001 host-2"}
                    for r in rows
                ],
            }
        )
    for page in pages(device_list, 1000):
        rows = [convert.device_values(d) for d in page]
        floor.add(
            {
                "devices": rows,
                "tags": [
                    t
                    for d in page
                    for t in convert.tag_values(TENANT, "device", d.id, {"machine": d.machine_tags})
                ],
            }
        )
    return floor


# ---- queries at 1M alerts: seed with raw executemany, then time the query API -------------


def tenant_ids(count: int) -> list[str]:
    """`count` tenant ids, TENANT first (so one tenant is the cache of before --tenants)."""
    return [TENANT, *(f"{k:08x}-2222-4222-8222-{k:012x}" for k in range(1, count))]


def tenant_of(n: int, n_items: int, tenants: Sequence[str]) -> str:
    """The tenant of item `n` of `n_items`: even contiguous blocks, the first tenant
    first. (Round-robin would put every DEN in the first tenant: one incident in
    DEN_EVERY = 50 is a DEN, so with 50 tenants n % 50 == 0 is a DEN and tenant 0.)"""
    return tenants[n * len(tenants) // n_items]


def seed_large(
    path: Path,
    n_incidents: int,
    n_alerts: int,
    rng: random.Random,
    tenant: str = TENANT,
    tenants: Sequence[str] = (),
) -> None:
    """Seed `path` with raw executemany; `tenant` lets a benchmark that then syncs
    into it seed its emulator's tenant. `tenants` (when given, instead of `tenant`)
    spreads the same rows over several tenants in even blocks (`tenant_of`): each
    incident with its alerts, the tenants table and the FTS rows."""
    tenants = list(tenants) or [tenant]
    open_cache(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    connection.executemany(_insert_sql("tenants", ["tenant_id"]), [(t,) for t in tenants])
    incident_columns = [
        "tenant_id",
        "id",
        "id_key",
        "display_name",
        "severity",
        "severity_rank",
        "status",
        "created",
        "last_update",
        "last_activity",
        "is_den",
        "own_den",
        "alert_count",
        "active_alert_count",
        "impacted_devices",
        "tags_text",
        "raw",
    ]
    rows = []
    for n in range(n_incidents):
        severity = rng.choice(SEVERITIES)
        when = _sql_value(START + timedelta(seconds=rng.randrange(10**8)))
        den = n % DEN_EVERY == 0
        rows.append(
            (
                tenant_of(n, n_incidents, tenants),
                str(n),
                convert.id_key(str(n)),
                f"Incident {n} host-{n % 5000:05}",
                severity.value,
                severity.rank,
                rng.choice(["active", "resolved"]),
                when,
                when,
                when,
                den,
                den,
                5,
                2,
                3,
                "Defender Experts" if den else "",
                "{}",
            )
        )
    connection.executemany(_insert_sql("incidents", incident_columns), rows)
    connection.executemany(
        "INSERT INTO incidents_fts(rowid, body) SELECT pk, display_name || ' ' || id FROM incidents"
        " WHERE pk = ?",
        [],
    )
    connection.execute(
        "INSERT INTO incidents_fts(rowid, body) SELECT pk, display_name || ' ' || id FROM incidents"
    )
    alert_columns = [
        "tenant_id",
        "id",
        "incident_id",
        "title",
        "severity",
        "severity_rank",
        "status",
        "detection_source",
        "created",
        "last_update",
        "last_activity",
        "is_den",
        "device_id",
        "device_name",
        "search_assets",
        "raw",
    ]
    for start in range(0, n_alerts, 100_000):
        rows = []
        for n in range(start, min(n_alerts, start + 100_000)):
            severity = rng.choice(SEVERITIES)
            incident_n = n % n_incidents
            den = incident_n % DEN_EVERY == 0 and n < n_incidents
            when = _sql_value(START + timedelta(seconds=rng.randrange(10**8)))
            host = f"host-{rng.randrange(5000):05}"
            rows.append(
                (
                    tenant_of(incident_n, n_incidents, tenants),  # its incident's tenant
                    f"da{n:018}",
                    str(incident_n),
                    f"Alert {n}",
                    severity.value,
                    severity.rank,
                    rng.choice(["new", "inProgress", "resolved"]),
                    "microsoftThreatExperts" if den else "antivirus",
                    when,
                    when,
                    when,
                    den,
                    host,
                    host,
                    host,
                    "{}",
                )
            )
        connection.executemany(_insert_sql("alerts", alert_columns), rows)
    connection.execute(
        "INSERT INTO alerts_fts(rowid, body)"
        " SELECT pk, title || ' ' || id || ' ' || search_assets FROM alerts"
    )
    connection.execute(
        "INSERT INTO alert_devices(tenant_id, alert_id, device_id, position)"
        " SELECT tenant_id, id, device_id, 0 FROM alerts"
    )
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()


def seed_devices(
    path: Path, n_devices: int, rng: random.Random, tenants: Sequence[str] = (TENANT,)
) -> None:
    """Devices for the inventory's figures, written by the writer (FTS rows and tags
    included), spread over `tenants` in even blocks like `seed_large`'s rows."""
    with open_cache(path) as cache:
        if devices.count(cache, DeviceFilters()):
            return
        _, _, device_list = make_tenant(1, 0, n_devices, rng)
        for k, owner in enumerate(tenants):
            own = device_list[k * n_devices // len(tenants) : (k + 1) * n_devices // len(tenants)]
            for device in own:
                device.tenant_id = owner
            for n, page in enumerate(pages(own, 1000)):
                write_devices(cache, owner, page, resource="devices", state={"page": n})


def seeded_mismatch(path: Path, tenants: Sequence[str], n_alerts: int) -> str | None:
    """Why the cache at `path` was not seeded for these tenants and this size, or None."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        cached = {row[0] for row in connection.execute("SELECT tenant_id FROM tenants")}
        alerts_in = connection.execute("SELECT count(*) FROM alerts").fetchone()[0]
    except sqlite3.Error as error:
        return f"it is not a seeded cache ({error})"
    finally:
        connection.close()
    if cached != set(tenants):
        return f"it holds {len(cached)} tenant(s), this run asks for --tenants {len(tenants)}"
    if alerts_in != n_alerts:
        return f"it holds {alerts_in:,} alerts, this run asks for {n_alerts:,} (--scale)"
    return None


def query_report(path: Path, directions: Sequence[bool], tenants: Sequence[str]) -> bool:
    """One tenant's cache: the queues unscoped, as before --tenants. Several: every
    combination scoped to the first tenant (a tenant's queue), then to all of them
    (the All tenants view), judged by the same budgets and the same floor."""
    with open_cache(path) as cache:
        if len(tenants) == 1:
            return queue_combinations.report(cache, directions)
        ok = queue_combinations.report(
            cache, directions, scope=tenants[:1], scope_label=f"1 of {len(tenants)} tenants"
        )
        return ok & queue_combinations.report(
            cache, directions, scope=tenants, scope_label=f"all {len(tenants)} tenants"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes")
    parser.add_argument("--skip-write", action="store_true")
    parser.add_argument("--skip-query", action="store_true")
    parser.add_argument(
        "--both-directions",
        action="store_true",
        help="sort each column descending too (the top and bottom of ascending already"
        " reach both ends of the order)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        help="keep the seeded query cache in this file and reuse it when it exists"
        " (seeding 1M alerts takes minutes); one seeded for another --tenants or"
        " --scale is refused",
    )
    parser.add_argument(
        "--tenants",
        type=int,
        default=1,
        help="spread the query cache's rows over this many tenants and time each"
        " combination for one tenant and for all of them (default 1: unscoped, as before)",
    )
    args = parser.parse_args()
    if args.tenants < 1:
        parser.error("--tenants must be at least 1")
    tenants = tenant_ids(args.tenants)
    rng = random.Random(7)
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        if not args.skip_write:
            sizes = int(20_000 * args.scale), int(100_000 * args.scale), int(5_000 * args.scale)
            data = make_tenant(*sizes, rng)
            floor = prepare_floor(data)
            floor_seconds = floor.run(Path(folder) / "floor.db")
            writer_seconds = time_writer(Path(folder) / "writer.db", data)
            ratio = writer_seconds / floor_seconds
            ok &= ratio <= WRITE_BUDGET_RATIO
            print(
                f"write full sync ({sizes[1]:,} alerts x5 evidence, {sizes[0]:,} incidents, "
                f"{sizes[2]:,} devices): writer {writer_seconds:.2f} s, "
                f"executemany floor {floor_seconds:.2f} s, ratio {ratio:.2f}"
                f" (budget <= {WRITE_BUDGET_RATIO})"
            )
        if not args.skip_query:
            n_incidents, n_alerts = int(200_000 * args.scale), int(1_000_000 * args.scale)
            path = args.cache or Path(folder) / "large.db"
            if path.exists():
                mismatch = seeded_mismatch(path, tenants, n_alerts)
                if mismatch:
                    print(
                        f"refusing the seeded cache {path}: {mismatch}; delete it or pass"
                        " another --cache to seed one",
                        file=sys.stderr,
                    )
                    return 2
                print(f"reusing the seeded cache {path.name} ({len(tenants)} tenant(s))")
            else:
                began = time.perf_counter()
                seed_large(path, n_incidents, n_alerts, rng, tenants=tenants)
                print(
                    f"seeded {n_alerts:,} alerts, {n_incidents:,} incidents"
                    f" over {len(tenants)} tenant(s) in {time.perf_counter() - began:.1f} s",
                    flush=True,
                )
            seed_devices(path, int(20_000 * args.scale), rng, tenants)
            directions = (False, True) if args.both_directions else (False,)
            ok &= query_report(path, directions, tenants)
    print("within budgets" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

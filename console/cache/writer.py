"""The write API the sync uses: one page of items, its children and its cursor, atomically.

Each `write_*` runs in ONE transaction: upserts of the items, replacement of
their children (evidence, device links, comments, tags), the derived incident
columns and search rows they affect, and the sync_state row for `resource`.
A kill at any moment leaves the whole page or none of it, and writing the
same page twice leaves the same rows as writing it once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Literal, Protocol, TypeVar

from sqlalchemy import Table, delete, select
from sqlalchemy.engine import Connection

from console.cache import convert, derived, fts, reconcile
from console.cache.engine import Cache
from console.cache.reconcile import ListingPage
from console.cache.schema import (
    alert_devices,
    alerts,
    comments,
    devices,
    evidence,
    incidents,
    sync_state,
    tags,
    tenants,
)
from console.cache.sql import chunks, execute_many, upsert
from console.domain.models import Alert, Device, Incident


class _WireItem(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def raw(self) -> dict[str, Any]: ...


T = TypeVar("T", bound=_WireItem)
DeriveMode = Literal["page", "defer", "all"]

# Derived by derived.refresh in the same transaction: set on insert, never
# overwritten with the item's own (alert-less) view on update.
_INCIDENT_KEEP = ("is_den",)


def ensure_tenant(cache: Cache, tenant_id: str, name: str | None = None) -> None:
    """Record a tenant (and its display name when given)."""
    with cache.write() as connection:
        _ensure_tenant(connection, tenant_id, name)


def _ensure_tenant(connection: Connection, tenant_id: str, name: str | None = None) -> None:
    row = {"tenant_id": tenant_id, "name": name}
    upsert(connection, tenants, [row], ["tenant_id"], keep=() if name else ("name",))


def read_sync_state(cache: Cache, tenant_id: str, resource: str) -> dict[str, Any] | None:
    with cache.engine.connect() as connection:
        value = connection.execute(
            select(sync_state.c.state).where(
                sync_state.c.tenant_id == tenant_id, sync_state.c.resource == resource
            )
        ).scalar_one_or_none()
    state = convert.loads(value)
    return dict(state) if isinstance(state, dict) else None


def write_sync_state(cache: Cache, tenant_id: str, resource: str, state: Mapping[str, Any]) -> None:
    with cache.write() as connection:
        _ensure_tenant(connection, tenant_id)
        _write_state(connection, tenant_id, resource, state)


def _write_state(
    connection: Connection, tenant_id: str, resource: str, state: Mapping[str, Any]
) -> None:
    row = {
        "tenant_id": tenant_id,
        "resource": resource,
        "state": convert.dumps(dict(state)),
        "updated_at": datetime.now(UTC),
    }
    upsert(connection, sync_state, [row], ["tenant_id", "resource"])


def _last_wins(items: Sequence[Any]) -> list[Any]:
    """A page that names an item twice keeps its last copy, as a second page would."""
    return list({item.id: item for item in items}.values())


def _check_tenant(tenant_id: str, items: Sequence[Any]) -> None:
    strangers = {item.tenant_id for item in items} - {tenant_id}
    if strangers:
        raise ValueError(f"items of tenant(s) {sorted(strangers)} written under {tenant_id}")


def _delete_children(
    connection: Connection,
    table: Table,
    tenant_id: str,
    id_column: str,
    ids: Sequence[str],
    **extra: str,
) -> None:
    for chunk in chunks(ids):
        stmt = delete(table).where(table.c.tenant_id == tenant_id, table.c[id_column].in_(chunk))
        for column, value in extra.items():
            stmt = stmt.where(table.c[column] == value)
        connection.execute(stmt)


def _pks(
    connection: Connection, table: Table, tenant_id: str, ids: Sequence[str]
) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in chunks(ids):
        rows = connection.execute(
            select(table.c.id, table.c.pk).where(
                table.c.tenant_id == tenant_id, table.c.id.in_(chunk)
            )
        )
        found.update({row.id: row.pk for row in rows})
    return found


def _existing(
    connection: Connection, table: Table, tenant_id: str, ids: Sequence[str], column: Any
) -> dict[str, Any]:
    """id -> `column` of the rows among `ids` already cached."""
    found: dict[str, Any] = {}
    for chunk in chunks(ids):
        rows = connection.execute(
            select(table.c.id, column).where(table.c.tenant_id == tenant_id, table.c.id.in_(chunk))
        )
        found.update({row[0]: row[1] for row in rows})
    return found


def _changed(connection: Connection, table: Table, tenant_id: str, page: list[T]) -> list[T]:
    """The items whose wire JSON differs from what is cached (new ones included).

    Every stored column, child row and search entry is derived from the item's raw
    JSON, so an item that comes back unchanged (the overlap of an incremental
    window, or the device list that every sync reads whole) needs no write at all:
    this keeps a no-change sync of 5,000 devices to one SELECT instead of rewriting
    5,000 rows, their tags and their search entries.
    """
    stored = _existing(connection, table, tenant_id, [item.id for item in page], table.c.raw)
    if not stored:
        return page  # all new (a first sync): nothing to compare
    return [
        item
        for item in page
        if (before := stored.get(item.id)) is None or before != convert.dumps(item.raw)
    ]


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    execute_many(connection, table.insert(), rows)


def _write_alert_rows(connection: Connection, tenant_id: str, page: list[Alert]) -> set[str | None]:
    """Upsert alerts and children; return the incidents whose derived columns changed."""
    ids = [alert.id for alert in page]
    touched: set[str | None] = {alert.incident_id for alert in page}
    before = _existing(connection, alerts, tenant_id, ids, alerts.c.incident_id)
    touched.update(before.values())  # an alert that moved incident changes its old one too
    values = [convert.alert_values(alert) for alert in page]
    upsert(connection, alerts, values, ["tenant_id", "id"])
    # Children of alerts seen before are replaced; a first sync has none to delete.
    known = list(before)
    for table in (evidence, alert_devices):
        _delete_children(connection, table, tenant_id, "alert_id", known)
    _delete_children(connection, comments, tenant_id, "entity_id", known, entity_kind="alert")
    _delete_children(connection, tags, tenant_id, "entity_id", known, entity_kind="alert")
    evidence_rows: list[dict[str, Any]] = []
    link_rows: list[dict[str, Any]] = []
    comment_rows: list[dict[str, Any]] = []
    tag_rows: list[dict[str, Any]] = []
    for alert in page:
        evidence_rows.extend(convert.evidence_values(alert))
        link_rows.extend(
            {"tenant_id": tenant_id, "alert_id": alert.id, "device_id": device_id, "position": n}
            for n, device_id in enumerate(alert.device_ids)
        )
        comment_rows.extend(convert.comment_values(tenant_id, "alert", alert.id, alert.comments))
        tag_rows.extend(
            convert.tag_values(tenant_id, "alert", alert.id, {"system": alert.system_tags})
        )
    _insert(connection, evidence, evidence_rows)
    _insert(connection, alert_devices, link_rows)
    _insert(connection, comments, comment_rows)
    _insert(connection, tags, tag_rows)
    pks = _pks(connection, alerts, tenant_id, ids)
    fts.replace(
        connection,
        "alert",
        [(pks[v["id"]], f"{v['title']} {v['id']} {v['search_assets']}") for v in values],
    )
    return touched


def write_alerts(
    cache: Cache,
    tenant_id: str,
    alerts_page: Sequence[Alert],
    *,
    resource: str,
    state: Mapping[str, Any] | None,
    rewrite: bool = False,
    derive: DeriveMode = "page",
    listing: ListingPage | None = None,
) -> None:
    """Store one page of alerts (with evidence, device links, comments, tags) and its cursor.

    Alerts whose wire JSON is unchanged are skipped unless `rewrite` (a full sync),
    which re-derives every stored column: the way to repair a cache after a fix.

    `derive` says when the incidents' alert-derived columns (counts, sources, DEN by
    alert, activity) are recomputed: "page", for the incidents this page touches;
    "defer", not now -- a run over the whole collection refreshes them all at its last
    page ("all"), which costs each incident one refresh instead of one per page that
    holds its alerts. Until then those columns may lag (a first sync's counts fill in
    at its end); a killed run leaves them for the run that resumes it.

    `listing`: the page belongs to a complete listing (see `console.cache.reconcile`).
    """
    _check_tenant(tenant_id, alerts_page)
    with cache.write() as connection:
        _ensure_tenant(connection, tenant_id)
        page = _last_wins(alerts_page)
        all_ids = [alert.id for alert in page]
        if not rewrite:
            page = _changed(connection, alerts, tenant_id, page)
        touched = _write_alert_rows(connection, tenant_id, page)
        # Before the aggregates: alerts it hides or shows again change their incidents.
        shown = reconcile.record(connection, alerts, "alert", tenant_id, resource, all_ids, listing)
        touched.update(
            _existing(connection, alerts, tenant_id, shown, alerts.c.incident_id).values()
        )
        if derive == "page":
            derived.refresh(connection, tenant_id, touched)
        elif derive == "all":
            derived.refresh_all(connection, tenant_id)
        if state is not None:
            _write_state(connection, tenant_id, resource, state)


def write_incidents(
    cache: Cache,
    tenant_id: str,
    incidents_page: Sequence[Incident],
    *,
    resource: str,
    state: Mapping[str, Any] | None,
    rewrite: bool = False,
    listing: ListingPage | None = None,
) -> None:
    """Store one page of incidents (with comments, tags and any expanded alerts) and its cursor
    (`state`; None for items read one by one, as a triage send does, which move no cursor)."""
    _check_tenant(tenant_id, incidents_page)
    page = _last_wins(incidents_page)
    embedded = _last_wins([alert for incident in page for alert in incident.alerts])
    _check_tenant(tenant_id, embedded)
    ids = [incident.id for incident in page]
    with cache.write() as connection:
        _ensure_tenant(connection, tenant_id)
        known = list(_existing(connection, incidents, tenant_id, ids, incidents.c.pk))
        values = [convert.incident_values(incident) for incident in page]
        upsert(connection, incidents, values, ["tenant_id", "id"], keep=_INCIDENT_KEEP)
        _delete_children(
            connection, comments, tenant_id, "entity_id", known, entity_kind="incident"
        )
        _delete_children(connection, tags, tenant_id, "entity_id", known, entity_kind="incident")
        comment_rows: list[dict[str, Any]] = []
        tag_rows: list[dict[str, Any]] = []
        for incident in page:
            comment_rows.extend(
                convert.comment_values(tenant_id, "incident", incident.id, incident.comments)
            )
            tag_rows.extend(
                convert.tag_values(
                    tenant_id,
                    "incident",
                    incident.id,
                    {"system": incident.system_tags, "custom": incident.custom_tags},
                )
            )
        _insert(connection, comments, comment_rows)
        _insert(connection, tags, tag_rows)
        pks = _pks(connection, incidents, tenant_id, ids)
        fts.replace(
            connection,
            "incident",
            [(pks[v["id"]], f"{v['display_name']} {v['id']}") for v in values],
        )
        reconcile.record(connection, incidents, "incident", tenant_id, resource, ids, listing)
        touched: set[str | None] = set(ids)
        if embedded:
            touched |= _write_alert_rows(connection, tenant_id, embedded)
        derived.refresh(connection, tenant_id, touched)
        if state is not None:
            _write_state(connection, tenant_id, resource, state)


def write_devices(
    cache: Cache,
    tenant_id: str,
    devices_page: Sequence[Device],
    *,
    resource: str,
    state: Mapping[str, Any] | None,
    rewrite: bool = False,
    listing: ListingPage | None = None,
) -> None:
    """Store one page of devices (with machine tags) and its cursor (`state`; None for
    devices a tag change returned, which move no cursor)."""
    _check_tenant(tenant_id, devices_page)
    with cache.write() as connection:
        _ensure_tenant(connection, tenant_id)
        page = _last_wins(devices_page)
        all_ids = [device.id for device in page]
        reconcile.record(connection, devices, "device", tenant_id, resource, all_ids, listing)
        if not rewrite:
            page = _changed(connection, devices, tenant_id, page)
        ids = [device.id for device in page]
        known = list(_existing(connection, devices, tenant_id, ids, devices.c.pk))
        values = [convert.device_values(device) for device in page]
        upsert(connection, devices, values, ["tenant_id", "id"])
        _delete_children(connection, tags, tenant_id, "entity_id", known, entity_kind="device")
        tag_rows: list[dict[str, Any]] = []
        for device in page:
            tag_rows.extend(
                convert.tag_values(tenant_id, "device", device.id, {"machine": device.machine_tags})
            )
        _insert(connection, tags, tag_rows)
        pks = _pks(connection, devices, tenant_id, ids)
        fts.replace(
            connection, "device", [(pks[v["id"]], convert.device_search_text(v)) for v in values]
        )
        if state is not None:
            _write_state(connection, tenant_id, resource, state)

"""Builds each tenant's collections from the seed, and mutates them for incremental syncs."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from typing import Any

from console.emulator import catalog, gen_incidents
from console.emulator.config import EmulatorConfig
from console.emulator.enums import EVOLVABLE_BY_FIELD
from console.emulator.gen_devices import (
    FastRandom,
    device_evidence_base,
    guid,
    make_machine,
    make_users,
)
from console.emulator.gen_incidents import IncidentFactory
from console.emulator.mde_shape import mde_alert, mde_scalars
from console.emulator.store import Collection, compact_dumps
from console.emulator.wire import fmt_us

_DAY_US = 86_400_000_000
INCIDENT_FIELDS = (
    "id",
    "createdDateTime",
    "lastUpdateDateTime",
    "status",
    "severity",
    "assignedTo",
    "classification",
    "determination",
)
# The last three are not filterable on Graph; they let the MDE view derive its rows.
ALERT_FIELDS = (
    *INCIDENT_FIELDS,
    "serviceSource",
    "detectionSource",
    "incidentId",
    "category",
    "lastActivityDateTime",
    "providerAlertId",
)
MACHINE_FIELDS = (
    "id",
    "computerDnsName",
    "version",
    "deviceValue",
    "aadDeviceId",
    "machineTags",
    "lastSeen",
    "exposureLevel",
    "onboardingStatus",
    "lastIpAddress",
    "healthStatus",
    "osPlatform",
    "riskScore",
    "rbacGroupId",
)
MDE_ALERT_FIELDS = (
    "id",
    "alertCreationTime",
    "lastUpdateTime",
    "incidentId",
    "investigationId",
    "assignedTo",
    "detectionSource",
    "lastEventTime",
    "status",
    "severity",
    "category",
)


@dataclass(frozen=True)
class Tenant:
    id: str
    name: str
    domain: str


def hide_evolvable(doc: dict[str, Any]) -> dict[str, Any] | None:
    """The doc as a client without the Prefer header sees it, or None if identical."""
    hidden: dict[str, Any] | None = None
    for field, members in EVOLVABLE_BY_FIELD.items():
        if doc.get(field) in members:
            hidden = hidden or dict(doc)
            hidden[field] = "unknownFutureValue"
    return hidden


def _no_variant(doc: dict[str, Any]) -> None:
    return None


class TenantData:
    """All of one tenant's resources. Guard every access with ``lock``."""

    def __init__(self, index: int, config: EmulatorConfig, now_us: int) -> None:
        self.lock = threading.RLock()
        rng = FastRandom(f"{config.seed}:{index}")
        name, domain = catalog.TENANT_NAMES[index % len(catalog.TENANT_NAMES)]
        if index >= len(catalog.TENANT_NAMES):
            name, domain = f"{name} {index + 1}", f"{index + 1}.{domain}"
        self.tenant = Tenant(guid(rng), name, domain)
        users = make_users(rng, domain, max(20, min(config.devices, 2000)))
        taken: set[str] = set()
        machines = [
            make_machine(rng, domain, users, n, now_us, taken) for n in range(config.devices)
        ]
        self.machines = Collection(MACHINE_FIELDS, _no_variant)
        for machine in machines:
            self.machines.put(machine)
        bases = [device_evidence_base(m, users, self.tenant.id) for m in machines]
        analysts = [u.upn for u in users[:6]]
        self.factory = IncidentFactory(
            rng,
            self.tenant.id,
            domain,
            machines,
            bases,
            users,
            analysts,
            config.alerts_per_incident,
        )
        self.incidents = Collection(INCIDENT_FIELDS, hide_evolvable)
        self.alerts = Collection(ALERT_FIELDS, hide_evolvable)
        self.alerts_by_incident: dict[str, list[str]] = {}
        self._mde_alerts: Collection | None = None
        self._mde_bodies: dict[str, tuple[bytes, bytes]] = {}  # id -> (with, without evidence)
        self._mutation_rng = random.Random(f"{config.seed}:{index}:mutate")
        self._generate_incidents(rng, config.incidents, now_us)

    def _generate_incidents(self, rng: random.Random, count: int, now_us: int) -> None:
        # Weighted towards recent days: about 4% of incidents fall within the last day.
        ages = sorted(
            (int(180 * _DAY_US * rng.random() ** 1.6) for _ in range(count)), reverse=True
        )
        specials = {count - 1 - k: k for k in range(4) if count - 1 - k >= 0}
        if count >= 8:
            specials[count // 3] = gen_incidents.SPECIAL_REDIRECTED
        for position, age in enumerate(ages):
            incident_id = gen_incidents.FIRST_INCIDENT_ID + position
            self._store(
                *self.factory.make(incident_id, now_us - age, now_us, specials.get(position))
            )

    def _store(self, incident: dict[str, Any], alerts: list[dict[str, Any]]) -> None:
        self.incidents.put(incident)
        for alert in alerts:
            self._put_alert(alert)
        self.alerts_by_incident[incident["id"]] = [a["id"] for a in alerts]

    def _put_alert(self, alert: dict[str, Any]) -> None:
        self.alerts.put(alert)
        if self._mde_alerts is not None and _is_mde(alert):
            self._mde_bodies.pop(alert["id"], None)
            self._mde_alerts.put_row(alert["id"], self._mde_row(self.alerts.items[alert["id"]].row))

    @property
    def mde_alerts(self) -> Collection:
        """MDE's view of endpoint alerts, built on first use from the Graph index rows.

        Only rows are built here; each alert's MDE JSON is rendered when first served
        (``mde_alert_body``), so the first large page does not pay for all 100k alerts.
        """
        with self.lock:
            if self._mde_alerts is None:
                collection = Collection(MDE_ALERT_FIELDS, _no_variant)
                service = self.alerts.index["serviceSource"]
                for item in self.alerts.items.values():
                    if item.row[service] == "microsoftDefenderForEndpoint":
                        collection.put_row(item.id, self._mde_row(item.row))
                self._mde_alerts = collection
            return self._mde_alerts

    def _mde_row(self, graph_row: tuple[Any, ...]) -> tuple[Any, ...]:
        values = dict(zip(ALERT_FIELDS, graph_row, strict=True))
        scalars = mde_scalars(values)
        return tuple(scalars.get(name) for name in MDE_ALERT_FIELDS)

    def mde_alert_body(self, alert_id: str, with_evidence: bool) -> bytes:
        with self.lock:
            bodies = self._mde_bodies.get(alert_id)
            if bodies is None:
                doc = self.alerts.doc(alert_id)
                assert doc is not None
                full = mde_alert(doc, self.machines)
                bodies = (compact_dumps(full), compact_dumps({**full, "evidence": []}))
                self._mde_bodies[alert_id] = bodies
            return bodies[0] if with_evidence else bodies[1]

    # -- writes -------------------------------------------------------------------------

    def replace_incident(self, doc: dict[str, Any]) -> None:
        with self.lock:
            self.incidents.put(doc)

    def replace_alert(self, doc: dict[str, Any]) -> None:
        with self.lock:
            self._put_alert(doc)

    def mutate(self, real_now_us: int, changes: int = 3) -> list[str]:
        """Move a few incidents on (status, owner, their alerts) and add one new incident.

        Returns the ids of the incidents touched or created. A redirected incident and the
        test notification are settled and stay as they are.
        """
        rng = self._mutation_rng
        with self.lock:
            touched = []
            ids = sorted(self.incidents.items)
            stamp = fmt_us(real_now_us)
            for incident_id in rng.sample(ids, k=min(changes, len(ids))):
                doc = self.incidents.doc(incident_id)
                assert doc is not None
                assignee = rng.choice(self.factory.analysts)
                if _settled(doc):
                    continue
                _move_on(doc, assignee, stamp)
                self.incidents.put(doc)
                for alert_id in self.alerts_by_incident.get(incident_id, []):
                    alert = self.alerts.doc(alert_id)
                    assert alert is not None
                    _follow_incident(alert, doc, stamp)
                    self._put_alert(alert)
                touched.append(incident_id)
            new_id = int(max(ids, default=str(gen_incidents.FIRST_INCIDENT_ID - 1))) + 1
            self._store(*self.factory.make(new_id, real_now_us, real_now_us))
            touched.append(str(new_id))
            return touched


# An open incident moves on a step; a closed one (resolved, awaiting the customer) reopens.
_NEXT_STATUS = {"active": "inProgress", "inProgress": "resolved"}


def _settled(incident: dict[str, Any]) -> bool:
    """A merged incident is only a pointer now, and the test notification needs nothing."""
    return bool(
        incident["status"] == "redirected" or incident["displayName"] == catalog.SAMPLE_DEN_TITLE
    )


def _move_on(incident: dict[str, Any], assignee: str, stamp: str) -> None:
    incident["status"] = _NEXT_STATUS.get(incident["status"], "active")
    incident["resolvingComment"] = (
        catalog.RESOLVING_COMMENT if incident["status"] == "resolved" else None
    )
    incident["assignedTo"] = assignee
    incident["lastModifiedBy"] = assignee
    incident["lastUpdateDateTime"] = stamp


def _follow_incident(alert: dict[str, Any], incident: dict[str, Any], stamp: str) -> None:
    """The alert resolved with its incident (from this moment) or reopened with it."""
    if incident["status"] == "resolved":
        alert["resolvedDateTime"] = alert["resolvedDateTime"] or stamp
        alert["status"] = "resolved"
    else:
        alert["resolvedDateTime"] = None
        alert["status"] = "inProgress"
    alert["assignedTo"] = incident["assignedTo"]
    alert["lastUpdateDateTime"] = stamp


def _is_mde(alert: dict[str, Any]) -> bool:
    return bool(alert["serviceSource"] == "microsoftDefenderForEndpoint")

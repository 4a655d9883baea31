"""Synthetic incidents with their alerts (Graph wire shape), one incident at a time.

Incidents are produced oldest first with ascending ids, as the real service numbers them.
A handful of "special" incidents (the sample DEN, HTML in a title, unicode tags, evolvable
enum members, a redirected incident) are placed deterministically so even tiny data sets
contain them.
"""

from __future__ import annotations

import random
from typing import Any

from console.emulator import catalog
from console.emulator.gen_devices import User, guid
from console.emulator.gen_evidence import EvidenceContext, build
from console.emulator.wire import fmt_us

_MIN_US = 60_000_000
_HOUR_US = 60 * _MIN_US
_DAY_US = 24 * _HOUR_US
# 2021-01-01 in .NET ticks: where the MDE-style alert ids of the emulator count from.
_ALERT_ID_TICKS = 637_450_560_000_000_000
FIRST_INCIDENT_ID = 2_900_001
DEN_TAG = "Defender Experts"
_NS = "#microsoft.graph.security."

# Classifications that found nothing malicious: their evidence is not marked so either.
_NOTHING_MALICIOUS = frozenset({"falsePositive", "informationalExpectedActivity"})

# Specials, counted back from the newest incident.
SPECIAL_SAMPLE_DEN, SPECIAL_AWAITING_DEN, SPECIAL_NASTY, SPECIAL_EVOLVABLE = 0, 1, 2, 3
# ... and one older incident merged into its successor.
SPECIAL_REDIRECTED = 4


class IncidentFactory:
    def __init__(
        self,
        rng: random.Random,
        tenant_id: str,
        domain: str,
        machines: list[dict[str, Any]],
        device_bases: list[dict[str, Any]],
        users: list[User],
        analysts: list[str],
        alerts_mean: int,
    ) -> None:
        self.rng = rng
        self.tenant_id = tenant_id
        self.domain = domain
        self.machines = machines
        self.device_bases = device_bases
        self.users = users
        self.analysts = analysts
        self.alerts_mean = max(1, alerts_mean)
        # Alert ids count from a fixed instant, not from the alert's creation time
        # (which moves with the emulator's "now"): a second start for the same seed
        # serves the same ids, so a second demo sync finds the same alerts.
        self._alert_serial = 0

    # -- incident ---------------------------------------------------------------------

    def make(
        self, incident_id: int, created_us: int, now_us: int, special: int | None = None
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        rng = self.rng
        age_us = now_us - created_us
        last_update_us = min(
            now_us, created_us + int(min(age_us, 10 * _DAY_US) * rng.random() ** 2)
        )
        is_den = special in (SPECIAL_SAMPLE_DEN, SPECIAL_AWAITING_DEN) or (
            special is None and rng.random() < 0.1
        )
        status, classification, pick = self._lifecycle(age_us, is_den)
        status, classification = _as_special(special, status, classification)
        if status in ("active",) and rng.random() < 0.5:
            assigned = None
        elif status == "awaitingAction":
            assigned = "Customer"
        elif special == SPECIAL_SAMPLE_DEN:
            assigned = None  # Defender Experts resolve informational notifications unassigned
        else:
            assigned = rng.choice(self.analysts)
        device_index = rng.randrange(len(self.machines)) if self.machines else -1
        user = rng.choice(self.users)
        sid = str(incident_id)
        count = self._alert_count()
        kinds = [rng.choice(catalog.ALERT_KINDS) for _ in range(count)]
        if special == SPECIAL_NASTY:
            kinds[0] = catalog.HTML_ALERT_KIND
        if special == SPECIAL_EVOLVABLE:
            kinds = list(catalog.EVOLVABLE_ALERT_KINDS) + kinds[:1]
        elif special is None and rng.random() < 0.03:
            kinds[-1] = rng.choice(catalog.EVOLVABLE_ALERT_KINDS)
        den_activity = rng.choice(catalog.DEN_ACTIVITIES)
        if special == SPECIAL_SAMPLE_DEN:
            den_activity = catalog.TEST_NOTIFICATION
            determination = catalog.TEST_NOTIFICATION_DETERMINATION
        else:
            fitting = _fitting_determinations(kinds, den_activity if is_den else None)
            determination = _determination(classification, pick, fitting)
        alerts = []
        for position, kind in enumerate(kinds):
            den_alert = is_den and position < (1 if count < 3 else 2)
            alerts.append(
                self._alert(
                    sid, kind, den_activity if den_alert else None, created_us, last_update_us,
                    status, classification, determination, assigned, device_index, user,
                )
            )  # fmt: skip
        if special == SPECIAL_SAMPLE_DEN:
            _make_informational(alerts)
        severity = max((a["severity"] for a in alerts), key=catalog.SEVERITY_ORDER.index)
        device_name = self.machines[device_index]["computerDnsName"] if device_index >= 0 else "-"
        incident: dict[str, Any] = {
            "@odata.type": f"{_NS}incident",
            "id": sid,
            "incidentWebUrl": f"https://security.microsoft.com/incidents/{sid}?tid={self.tenant_id}",
            "redirectIncidentId": None,
            "tenantId": self.tenant_id,
            "displayName": self._display_name(alerts, is_den, den_activity.title),
            "createdDateTime": fmt_us(created_us),
            "lastUpdateDateTime": fmt_us(last_update_us),
            "assignedTo": assigned,
            "classification": classification,
            "determination": determination,
            "status": status,
            "severity": severity,
            "customTags": self._custom_tags(special),
            "systemTags": [DEN_TAG] if is_den else [],
            "description": "",
            "lastModifiedBy": assigned or "Automation",
            "priorityScore": None if rng.random() < 0.2 else rng.randint(1, 100),
            "resolvingComment": _resolving_comment(status, special),
            "summary": None,
            "comments": self._comments(created_us, last_update_us, 0.15),
        }
        if status == "redirected":
            # Merged into the next incident; the real service keeps the old one as a pointer.
            incident["redirectIncidentId"] = str(incident_id + 1)
        if is_den:
            self._add_den_fields(incident, special, device_name, user, created_us)
        return incident, alerts

    def _lifecycle(self, age_us: int, is_den: bool) -> tuple[str, str, float]:
        """Status, classification, and the draw that picks the determination.

        Only the draw is made here, where the determination used to be chosen, so a seed
        keeps the rest of its tenant; which determinations fit waits for the alerts.
        """
        rng = self.rng
        roll = rng.random()
        if age_us > 14 * _DAY_US:
            status = "resolved" if roll < 0.8 else "active" if roll < 0.92 else "inProgress"
            if roll > 0.98:
                status = "redirected"
        else:
            status = "active" if roll < 0.55 else "inProgress" if roll < 0.85 else "resolved"
            if is_den and status == "inProgress" and rng.random() < 0.4:
                status = "awaitingAction"
        if status not in ("resolved", "awaitingAction") and rng.random() < 0.85:
            return status, "unknown", 0.0
        roll = rng.random()
        if roll < 0.35 or is_den:
            return status, "truePositive", rng.random()
        if roll < 0.55:
            return status, "falsePositive", rng.random()
        if roll < 0.95:
            return status, "informationalExpectedActivity", rng.random()
        return status, "unknown", 0.0

    def _alert_count(self) -> int:
        if self.alerts_mean <= 1:
            return 1
        drawn = 1 + int(self.rng.expovariate(1 / (self.alerts_mean - 0.5)))
        return min(drawn, self.alerts_mean * 4)

    def _display_name(self, alerts: list[dict[str, Any]], is_den: bool, activity: str) -> str:
        if is_den:
            return f"Defender Experts: {activity}"
        categories = sorted({a["category"] for a in alerts})
        where = _where(alerts)
        if len(categories) == 1:
            if len(alerts) == 1:
                return f"'{alerts[0]['title']}'{where}"
            return f"{categories[0]} incident{where}"
        return f"Multi-stage incident involving {categories[0]} & {categories[1]}{where}"

    def _custom_tags(self, special: int | None) -> list[str]:
        if special == SPECIAL_NASTY:
            return ["Überprüfung läuft ✓", "調査中"]
        if self.rng.random() < 0.2:
            return [self.rng.choice(catalog.CUSTOM_TAGS[:5])]
        return []

    def _comments(self, start_us: int, end_us: int, probability: float) -> list[dict[str, Any]]:
        rng = self.rng
        if rng.random() >= probability:
            return []
        return [
            {
                "comment": rng.choice(catalog.COMMENTS),
                "createdByDisplayName": rng.choice(self.analysts),
                "createdDateTime": fmt_us(rng.randint(start_us, max(start_us, end_us))),
            }
            for _ in range(rng.randint(1, 3))
        ]

    def _add_den_fields(
        self,
        incident: dict[str, Any],
        special: int | None,
        device: str,
        user: User,
        created_us: int,
    ) -> None:
        title = incident["displayName"].removeprefix("Defender Experts: ")
        if special == SPECIAL_SAMPLE_DEN:
            incident["description"] = catalog.SAMPLE_DEN_SUMMARY
            incident["recommendedActions"] = catalog.SAMPLE_DEN_RECOMMENDATIONS
        else:
            tradecraft, advice, action = catalog.DEN_STORIES[title]
            when = fmt_us(created_us)[:16].replace("T", " ") + " UTC"
            incident["description"] = catalog.DEN_SUMMARY.format(
                activity=title.lower(),
                device=device,
                when=when,
                user=user.upn,
                tradecraft=tradecraft,
                advice=advice,
            )
            incident["recommendedActions"] = catalog.DEN_RECOMMENDATIONS.format(action=action)
        queries = self.rng.sample(catalog.DEN_QUERIES, k=self.rng.randint(1, 3))
        incident["recommendedHuntingQueries"] = [
            {"kqlText": q.format(device=device.split(".")[0], account=user.account_name)}
            for q in queries
        ]

    # -- alert ------------------------------------------------------------------------

    def _alert(
        self,
        incident_id: str,
        kind: catalog.AlertKind,
        den_activity: catalog.DenActivity | None,
        incident_created_us: int,
        incident_updated_us: int,
        incident_status: str,
        classification: str,
        determination: str,
        assigned: str | None,
        device_index: int,
        user: User,
    ) -> dict[str, Any]:
        rng = self.rng
        created_us = min(incident_updated_us, incident_created_us + rng.randint(0, 2 * _HOUR_US))
        updated_us = rng.randint(created_us, incident_updated_us)
        first_us = created_us - rng.randint(_MIN_US, 30 * _MIN_US)
        prefix = "ta" if den_activity else "da" if kind.service.endswith("Endpoint") else "fa"
        self._alert_serial += 1
        ticks = _ALERT_ID_TICKS + self._alert_serial * 10_000_019
        alert_id = f"{prefix}{ticks}_{rng.randint(-(2**31), 2**31 - 1)}"
        if incident_status == "resolved":
            status, resolved = "resolved", fmt_us(updated_us)
            investigation = rng.choice(("successfullyRemediated", "benign", "terminatedBySystem"))
        else:
            status = "inProgress" if incident_status != "active" and rng.random() < 0.6 else "new"
            resolved = None
            investigation = rng.choice(
                ("running", "pendingApproval", "queued", "unsupportedAlertType")
            )
        told = _as_told_by_experts(kind, den_activity) if den_activity else kind
        needs_device = "device" in kind.evidence or den_activity is not None
        has_device = needs_device and device_index >= 0
        created = fmt_us(created_us)
        context = EvidenceContext(
            created=created,
            device_base=self.device_bases[device_index] if has_device else None,
            device_tags=self.machines[device_index]["machineTags"] if has_device else [],
            user=user,
            domain=self.domain,
            malicious=classification not in _NOTHING_MALICIOUS,
        )
        kinds = (
            kind.evidence
            if not den_activity or "device" in kind.evidence
            else ("device", *kind.evidence)
        )
        weights = kind.severities
        severity = rng.choices(("informational", "low", "medium", "high"), weights=weights)[0]
        if den_activity:
            severity = "high"
        return {
            "@odata.type": f"{_NS}alert",
            "id": alert_id,
            "providerAlertId": alert_id[2:],
            "incidentId": incident_id,
            "status": status,
            "severity": severity,
            "classification": classification,
            "determination": determination,
            "serviceSource": told.service,
            "detectionSource": told.detection,
            "productName": told.product,
            "detectorId": guid(rng),
            "tenantId": self.tenant_id,
            "title": told.title,
            "description": told.description,
            "recommendedActions": "1. Contact the user.\n2. Check the device timeline.\n"
            "3. Submit suspicious files for deep analysis.",
            "category": told.category,
            "assignedTo": assigned,
            "alertWebUrl": f"https://security.microsoft.com/alerts/{alert_id}?tid={self.tenant_id}",
            "incidentWebUrl": f"https://security.microsoft.com/incidents/{incident_id}?tid={self.tenant_id}",
            "actorDisplayName": None,
            "threatDisplayName": told.threat_family,
            "threatFamilyName": told.threat_family,
            "mitreTechniques": list(told.techniques),
            "createdDateTime": created,
            "lastUpdateDateTime": fmt_us(updated_us),
            "resolvedDateTime": resolved,
            "firstActivityDateTime": fmt_us(first_us),
            "lastActivityDateTime": fmt_us(created_us - rng.randint(0, _MIN_US)),
            "alertPolicyId": None,
            "investigationState": investigation,
            "categories": [told.category],
            "additionalData": {},
            "customDetails": {},
            "comments": self._comments(created_us, updated_us, 0.05),
            "systemTags": [DEN_TAG] if den_activity else [],
            "evidence": build(kinds, rng, context),
        }


def _where(alerts: list[dict[str, Any]]) -> str:
    """What the incident touches, as Defender's names say it: its endpoints, else its
    users, else nothing (a cloud resource seen only by IP address and URL)."""
    evidence = [e for alert in alerts for e in alert["evidence"]]
    devices = {e["mdeDeviceId"] for e in evidence if "hostName" in e}
    if devices:
        return " on multiple endpoints" if len(devices) > 1 else " on one endpoint"
    users = {
        e["userAccount"]["userPrincipalName"]
        for e in evidence
        if e["@odata.type"].endswith("userEvidence")
    }
    if users:
        return " involving multiple users" if len(users) > 1 else " involving one user"
    return ""


def _as_special(special: int | None, status: str, classification: str) -> tuple[str, str]:
    """The status and classification a special incident has to show."""
    if special == SPECIAL_SAMPLE_DEN:
        # Microsoft's test notification reports no threat: expected activity, closed.
        return "resolved", "informationalExpectedActivity"
    if special == SPECIAL_AWAITING_DEN:
        return "awaitingAction", "truePositive"
    if special == SPECIAL_REDIRECTED:
        return "redirected", classification
    if special is not None and status == "redirected":
        return "active", classification  # only the one special is merged away
    return status, classification


def _make_informational(alerts: list[dict[str, Any]]) -> None:
    """The test notification's alerts were picked from the tenant's events to show what a
    notification holds; none of them asks for attention, so none outranks informational."""
    for alert in alerts:
        alert["severity"] = "informational"


def _resolving_comment(status: str, special: int | None) -> str | None:
    if status != "resolved":
        return None
    if special == SPECIAL_SAMPLE_DEN:
        return catalog.SAMPLE_DEN_RESOLVING_COMMENT
    return catalog.RESOLVING_COMMENT


def _as_told_by_experts(
    kind: catalog.AlertKind, activity: catalog.DenActivity
) -> catalog.AlertKind:
    """The experts' alert: their finding's title, text and threat, from Defender Experts;
    only the evidence (and the draw of a severity) still comes from the kind."""
    return kind._replace(
        title=activity.title,
        category=activity.category,
        techniques=activity.techniques,
        service="microsoftDefenderForEndpoint",
        detection="microsoftThreatExperts",
        product="Microsoft Defender Experts",
        description=activity.description,
        threat_family=activity.threat_family,
    )


def _fitting_determinations(
    kinds: list[catalog.AlertKind], activity: catalog.DenActivity | None
) -> tuple[str, ...]:
    """The true-positive determinations this incident's story allows.

    A Defender Experts notification is about the one activity it names; any other
    incident is what one of its alerts is, or a multi-staged attack when they span tactics.
    """
    if activity is not None:
        return catalog.TRUE_POSITIVE_DETERMINATIONS[activity.title]
    fitting = [d for kind in kinds for d in catalog.TRUE_POSITIVE_DETERMINATIONS[kind.title]]
    if len({kind.category for kind in kinds}) > 1:
        fitting.append(catalog.MULTI_STAGE_DETERMINATION)
    return tuple(dict.fromkeys(fitting))  # in order of first mention, so seeds repeat


def _determination(classification: str, pick: float, fitting: tuple[str, ...]) -> str:
    """The determination `pick` (a draw in [0, 1)) selects among those the classification
    offers; true positives choose among the determinations that fit the incident."""
    offered = {
        "truePositive": fitting,
        "falsePositive": catalog.FP_DETERMINATIONS,
        "informationalExpectedActivity": catalog.BENIGN_DETERMINATIONS,
    }.get(classification, ())
    return offered[int(pick * len(offered))] if offered else "unknown"

"""The synthetic tenants tell a coherent story: what an incident says agrees with its alerts,
its enums pair the way Graph pairs them, and its times run forwards.

Built straight from the generator (no HTTP) for the demo's own seed and sizes, and for the
seeds the other suites use. Each rule collects every offender, so one run names them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest

from console.emulator.config import EmulatorConfig
from console.emulator.dataset import TenantData
from console.emulator.enums import (
    ALERT_STATUS,
    CLASSIFICATION,
    DETERMINATION,
    INCIDENT_STATUS,
    INCIDENT_STATUS_EVOLVABLE,
    SEVERITY,
    pair_allowed,
)
from console.emulator.wire import to_us
from console.launch import DEMO_DEVICES, DEMO_INCIDENTS, DEMO_SEED

from .conftest import FIXED_NOW

Doc = dict[str, Any]

# (seed, incidents, devices, alerts per incident, tenant index): the demo first, then the
# seeds of the emulator, integration and UI suites, and a tiny tenant of specials only.
CASES = (
    (DEMO_SEED, DEMO_INCIDENTS, DEMO_DEVICES, 5, 0),
    (7, 120, 30, 5, 0),
    (11, 120, 40, 4, 0),
    (5, 150, 40, 5, 1),
    (3, 8, 0, 1, 0),
)

DEN_TAG = "Defender Experts"
TEST_NOTIFICATION = "Defender Experts: Test Notification from Microsoft Defender Experts"
SEVERITY_RANK = ("unknown", "informational", "low", "medium", "high")
OPEN_STATUSES = ("active", "inProgress", "awaitingAction")

# Which true-positive determinations a title's words allow, written from what each attack
# is rather than read from the generator's catalogue, so the two can disagree. Every title
# of a true positive must match one row; a new alert kind needs a row here.
FITTING_DETERMINATIONS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("ransomware",), frozenset({"malware", "multiStagedAttack"})),
    (("qakbot", "malicious file"), frozenset({"malware", "multiStagedAttack"})),
    (("custom network indicator",), frozenset({"malware", "multiStagedAttack"})),
    (("mimikatz",), frozenset({"malware", "compromisedAccount"})),
    (
        ("credential", "lsass", "ntds", "failed sign-in", "anonymous ip"),
        frozenset({"compromisedAccount", "maliciousUserActivity", "multiStagedAttack"}),
    ),
    (
        ("email compromise", "forwarding/redirect rule"),
        frozenset({"compromisedAccount", "phishing"}),
    ),
    (("malicious url",), frozenset({"phishing"})),
    (
        ("hands-on-keyboard",),
        frozenset({"multiStagedAttack", "maliciousUserActivity", "compromisedAccount"}),
    ),
    (
        ("remote management tool",),
        frozenset({"unwantedSoftware", "maliciousUserActivity", "multiStagedAttack"}),
    ),
    (
        ("powershell", "system utility", "scheduled task", "launched by office"),
        frozenset({"malware", "maliciousUserActivity", "multiStagedAttack"}),
    ),
    (("unknown process",), frozenset({"malware", "unwantedSoftware"})),
    (
        ("ldap query", "rdp logon"),
        frozenset({"maliciousUserActivity", "compromisedAccount", "multiStagedAttack"}),
    ),
    (("jailbreak",), frozenset({"maliciousUserActivity"})),
    (("storage account",), frozenset({"compromisedAccount", "maliciousUserActivity"})),
)


@dataclass(frozen=True)
class Story:
    name: str
    now: str
    incidents: list[Doc]
    alerts_of: dict[str, list[Doc]]
    listed: dict[str, list[str]]  # the generator's own index of each incident's alerts

    @property
    def ids(self) -> set[str]:
        return {incident["id"] for incident in self.incidents}

    def each(self) -> Iterator[tuple[Doc, list[Doc]]]:
        for incident in self.incidents:
            yield incident, self.alerts_of.get(incident["id"], [])


Rule = Callable[[Story, Doc, list[Doc]], Iterator[str]]


def _tenant(seed: int, incidents: int, devices: int, alerts: int, index: int) -> TenantData:
    config = EmulatorConfig(
        seed=seed,
        incidents=incidents,
        devices=devices,
        alerts_per_incident=alerts,
        tenants=index + 1,
        now=FIXED_NOW,
    )
    return TenantData(index, config, to_us(FIXED_NOW))


def _read(name: str, data: TenantData, now: datetime = FIXED_NOW) -> Story:
    docs = [data.incidents.doc(i) for i in sorted(data.incidents.items, key=int)]
    alerts_of: dict[str, list[Doc]] = {}
    for alert_id in sorted(data.alerts.items):
        alert = data.alerts.doc(alert_id)
        assert alert is not None
        alerts_of.setdefault(alert["incidentId"], []).append(alert)
    latest = now.strftime("%Y-%m-%dT%H:%M:%S.9999999Z")  # the end of the generator's "now"
    incidents = [d for d in docs if d is not None]
    return Story(name, latest, incidents, alerts_of, dict(data.alerts_by_incident))


@pytest.fixture(scope="module", params=CASES, ids=lambda case: f"seed{case[0]}-{case[1]}")
def story(request: pytest.FixtureRequest) -> Story:
    return _read(f"seed {request.param[0]}", _tenant(*request.param))


def _name(incident: Doc) -> str:
    return f"incident {incident['id']} ({incident['displayName']!r})"


def _check(story: Story, *rules: Rule) -> None:
    problems = [
        f"{_name(incident)}: {problem}"
        for rule in rules
        for incident, alerts in story.each()
        for problem in rule(story, incident, alerts)
    ]
    shown = "\n  ".join(problems[:40])
    more = f"\n  ... and {len(problems) - 40} more" if len(problems) > 40 else ""
    assert not problems, f"{story.name}: {len(problems)} broken:\n  {shown}{more}"


# -- the rules, one generator per rule: each yields what is wrong with one incident ------


def enums_are_graph_members(story: Story, incident: Doc, alerts: list[Doc]) -> Iterator[str]:
    statuses = INCIDENT_STATUS + INCIDENT_STATUS_EVOLVABLE
    for field, members in (
        ("severity", SEVERITY),
        ("status", statuses),
        ("classification", CLASSIFICATION),
        ("determination", DETERMINATION),
    ):
        if incident[field] not in members:
            yield f"{field} {incident[field]!r} is not a Graph member"
    for alert in alerts:
        for field, members in (
            ("severity", SEVERITY),
            ("status", ALERT_STATUS),
            ("classification", CLASSIFICATION),
            ("determination", DETERMINATION),
        ):
            if alert[field] not in members:
                yield f"alert {alert['id']}: {field} {alert[field]!r} is not a Graph member"


def determination_goes_with_classification(
    story: Story, incident: Doc, alerts: list[Doc]
) -> Iterator[str]:
    # Graph offers each classification its own determinations (api-surface 1.4/MDE alert
    # update); an unclassified item has no determination either.
    for label, doc in (("incident", incident), *((f"alert {a['id']}", a) for a in alerts)):
        classification, determination = doc["classification"], doc["determination"]
        if not pair_allowed(classification, determination):
            yield f"{label}: determination {determination!r} with {classification!r}"
        elif classification != "unknown" and determination == "unknown":
            yield f"{label}: classified {classification!r} without a determination"


def alerts_carry_the_incident_verdict(
    story: Story, incident: Doc, alerts: list[Doc]
) -> Iterator[str]:
    # Classifying an incident in the portal classifies its alerts the same way.
    for alert in alerts:
        pair = (alert["classification"], alert["determination"])
        if pair != (incident["classification"], incident["determination"]):
            yield f"alert {alert['id']} says {pair}, the incident says " + str(
                (incident["classification"], incident["determination"])
            )


def _fitting(title: str) -> frozenset[str] | None:
    lowered = title.lower()
    found = [
        allowed for words, allowed in FITTING_DETERMINATIONS if any(w in lowered for w in words)
    ]
    return frozenset.union(*found) if found else None


def true_positive_determination_fits_the_title(
    story: Story, incident: Doc, alerts: list[Doc]
) -> Iterator[str]:
    if incident["classification"] != "truePositive":
        return
    determination = incident["determination"]
    if incident["displayName"].startswith("Defender Experts"):
        # A notification is about the one activity its title names.
        titles = [incident["displayName"]]
    else:
        titles = [a["title"] for a in alerts]
    fits = [_fitting(title) for title in titles]
    for title, allowed in zip(titles, fits, strict=True):
        if allowed is None:
            yield f"no FITTING_DETERMINATIONS row for the title {title!r}"
    allowed = frozenset().union(*(f for f in fits if f))
    if len({a["category"] for a in alerts}) > 1 and not incident["displayName"].startswith(
        "Defender Experts"
    ):
        allowed |= {"multiStagedAttack"}
    if determination not in allowed:
        yield f"true positive determined {determination!r}; its titles allow {sorted(allowed)}"


def severity_is_the_highest_alert_severity(
    story: Story, incident: Doc, alerts: list[Doc]
) -> Iterator[str]:
    # As the generator defines an incident's severity, and as the queues show it beside
    # the alerts: an incident is as severe as its worst alert.
    if not alerts:
        return
    highest = max((a["severity"] for a in alerts), key=SEVERITY_RANK.index)
    if incident["severity"] != highest:
        yield f"severity {incident['severity']!r}, its alerts' highest is {highest!r}"


def alert_statuses_follow_the_incident(
    story: Story, incident: Doc, alerts: list[Doc]
) -> Iterator[str]:
    status = incident["status"]
    active = [a["id"] for a in alerts if a["status"] != "resolved"]
    if status == "resolved" and active:
        yield f"resolved, yet {len(active)} of its {len(alerts)} alerts are active: {active}"
    if status in OPEN_STATUSES and not active:
        yield f"{status}, yet none of its {len(alerts)} alerts is active"


def resolved_time_goes_with_resolved_status(
    story: Story, incident: Doc, alerts: list[Doc]
) -> Iterator[str]:
    for alert in alerts:
        resolved = alert["resolvedDateTime"]
        if (alert["status"] == "resolved") != (resolved is not None):
            yield f"alert {alert['id']} is {alert['status']!r} with resolvedDateTime {resolved!r}"
    comment = incident.get("resolvingComment")
    if comment and incident["status"] != "resolved":
        yield f"{incident['status']!r} with a resolving comment {comment!r}"


def times_run_forwards(story: Story, incident: Doc, alerts: list[Doc]) -> Iterator[str]:
    created, updated = incident["createdDateTime"], incident["lastUpdateDateTime"]
    if not created <= updated <= story.now:
        yield f"created {created}, last updated {updated}: not in order before {story.now}"
    for comment in incident["comments"]:
        if not created <= comment["createdDateTime"] <= updated:
            yield f"comment at {comment['createdDateTime']} outside {created}..{updated}"
    for alert in alerts:
        label = f"alert {alert['id']}"
        first, last = alert["firstActivityDateTime"], alert["lastActivityDateTime"]
        a_created, a_updated = alert["createdDateTime"], alert["lastUpdateDateTime"]
        if not first <= last <= a_created:
            yield f"{label}: activity {first}..{last} does not end by its creation {a_created}"
        if not created <= a_created <= a_updated <= updated:
            yield (
                f"{label}: created {a_created}, updated {a_updated}, "
                f"outside its incident's {created}..{updated}"
            )
        resolved = alert["resolvedDateTime"]
        if resolved and not a_created <= resolved <= a_updated:
            yield f"{label}: resolved {resolved} outside {a_created}..{a_updated}"
        for comment in alert["comments"]:
            if not a_created <= comment["createdDateTime"] <= a_updated:
                yield f"{label}: comment at {comment['createdDateTime']} outside its life"


def alerts_are_counted_once(story: Story, incident: Doc, alerts: list[Doc]) -> Iterator[str]:
    # What the queues show ("N active of M") is counted from the alerts that name the
    # incident; the generator's own index must agree, and no incident is empty.
    if not alerts:
        yield "has no alerts"
    listed = story.listed.get(incident["id"], [])
    if sorted(listed) != sorted(a["id"] for a in alerts):
        yield f"lists {len(listed)} alerts, {len(alerts)} alerts name it"


def redirects_point_at_another_incident(
    story: Story, incident: Doc, alerts: list[Doc]
) -> Iterator[str]:
    target = incident["redirectIncidentId"]
    if (incident["status"] == "redirected") != (target is not None):
        yield f"status {incident['status']!r} with redirectIncidentId {target!r}"
    if target is not None and (target == incident["id"] or target not in story.ids):
        yield f"redirected to {target!r}, which is no other incident of the tenant"


def awaiting_action_is_a_true_positive_for_the_customer(
    story: Story, incident: Doc, alerts: list[Doc]
) -> Iterator[str]:
    # Only Defender Experts set Awaiting Customer Action (api-surface 1.2), on the true
    # positives they cannot act on, with the assignee Customer (Defender Experts for XDR).
    if incident["status"] != "awaitingAction":
        return
    if DEN_TAG not in incident["systemTags"]:
        yield "awaiting action on an incident that is no Defender Experts notification"
    if incident["classification"] != "truePositive":
        yield f"awaiting action on a {incident['classification']!r}"
    if incident["assignedTo"] != "Customer":
        yield f"awaiting action, assigned to {incident['assignedTo']!r} instead of Customer"


def notifications_are_about_their_expert_alerts(
    story: Story, incident: Doc, alerts: list[Doc]
) -> Iterator[str]:
    if not incident["displayName"].startswith("Defender Experts: "):
        return
    activity = incident["displayName"].removeprefix("Defender Experts: ")
    experts = [a for a in alerts if a["detectionSource"] == "microsoftThreatExperts"]
    if not experts:
        yield "a notification without an alert from Defender Experts"
    for alert in experts:
        if alert["title"] != activity:
            yield f"expert alert {alert['id']} is titled {alert['title']!r}, not {activity!r}"


# What a notification's summary and recommendations may speak of, by the words of its title
# (the test's own table, not the generator's): ransomware only where the title is about an
# operator or ransomware, a device's isolation never for a mailbox.
_SUMMARY_TOPICS = (
    ("ransomware", ("ransomware", "hands-on-keyboard")),
    ("email", ("email",)),
    ("qakbot", ("qakbot",)),
    ("remote management tool", ("remote management",)),
)


def notifications_say_what_their_title_is_about(
    story: Story, incident: Doc, alerts: list[Doc]
) -> Iterator[str]:
    if not incident["displayName"].startswith("Defender Experts: "):
        return
    title = incident["displayName"].lower()
    said = f"{incident.get('description') or ''} {incident.get('recommendedActions') or ''}"
    said = said.lower()
    for topic, titles in _SUMMARY_TOPICS:
        if topic in said.replace(title, "") and not any(word in title for word in titles):
            yield f"its summary speaks of {topic!r}"
    if "email" in title and "isolat" in said:
        yield "a mailbox's compromise answered by isolating a device"


def the_test_notification_needs_no_action(
    story: Story, incident: Doc, alerts: list[Doc]
) -> Iterator[str]:
    if incident["displayName"] != TEST_NOTIFICATION:
        return
    expected = {
        "severity": "informational",
        "classification": "informationalExpectedActivity",
        "determination": "securityTesting",
        "status": "resolved",
        "assignedTo": None,  # Defender Experts resolve informational ones unassigned
    }
    for field, value in expected.items():
        if incident[field] != value:
            yield f"{field} is {incident[field]!r}, a test notification's is {value!r}"
    for alert in alerts:
        if alert["severity"] != "informational" or alert["status"] != "resolved":
            yield f"alert {alert['id']} is {alert['severity']} and {alert['status']}"
    for evidence in (e for a in alerts for e in a["evidence"]):
        if evidence["verdict"] == "malicious":
            yield f"{evidence['@odata.type']} evidence is malicious in a test"
    advice = incident.get("recommendedActions", "").lower()
    if "isolate" in advice or "reset" in advice:
        yield f"a notification that needs no action recommends {advice!r}"


def evidence_is_malicious_only_when_the_incident_may_be(
    story: Story, incident: Doc, alerts: list[Doc]
) -> Iterator[str]:
    # A false positive or an expected activity has found nothing malicious.
    if incident["classification"] not in ("falsePositive", "informationalExpectedActivity"):
        return
    for alert in alerts:
        kinds = sorted(
            {
                e["@odata.type"].rsplit(".", 1)[-1]
                for e in alert["evidence"]
                if e["verdict"] == "malicious"
            }
        )
        if kinds:
            yield f"{incident['classification']!r}, yet alert {alert['id']} has malicious {kinds}"


def the_name_counts_what_the_evidence_shows(
    story: Story, incident: Doc, alerts: list[Doc]
) -> Iterator[str]:
    # Defender names an incident after what it touches: "... on one endpoint" needs a
    # device in the evidence, "... on multiple endpoints" more than one.
    name = incident["displayName"]
    evidence = [e for a in alerts for e in a["evidence"]]
    devices = {e["mdeDeviceId"] for e in evidence if e["@odata.type"].endswith("deviceEvidence")}
    users = {
        e["userAccount"]["userPrincipalName"]
        for e in evidence
        if e["@odata.type"].endswith("userEvidence")
    }
    for phrase, found, agrees in (
        (" on one endpoint", len(devices), len(devices) == 1),
        (" on multiple endpoints", len(devices), len(devices) > 1),
        (" involving one user", len(users), len(users) == 1),
        (" involving multiple users", len(users), len(users) > 1),
    ):
        if name.endswith(phrase) and not agrees:
            yield f"says {phrase.strip()!r}, its evidence shows {found}"


RULES: tuple[Rule, ...] = (
    enums_are_graph_members,
    determination_goes_with_classification,
    alerts_carry_the_incident_verdict,
    true_positive_determination_fits_the_title,
    severity_is_the_highest_alert_severity,
    alert_statuses_follow_the_incident,
    resolved_time_goes_with_resolved_status,
    times_run_forwards,
    alerts_are_counted_once,
    redirects_point_at_another_incident,
    awaiting_action_is_a_true_positive_for_the_customer,
    notifications_are_about_their_expert_alerts,
    notifications_say_what_their_title_is_about,
    the_test_notification_needs_no_action,
    evidence_is_malicious_only_when_the_incident_may_be,
    the_name_counts_what_the_evidence_shows,
)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_every_incident_keeps_the_rule(story: Story, rule: Rule) -> None:
    _check(story, rule)


def test_each_alert_title_has_one_description(story: Story) -> None:
    # The same detection reads the same everywhere, and no text explains two detections.
    descriptions: dict[str, set[str]] = {}
    titles: dict[str, set[str]] = {}
    for alerts in story.alerts_of.values():
        for alert in alerts:
            descriptions.setdefault(alert["title"], set()).add(alert["description"])
            titles.setdefault(alert["description"], set()).add(alert["title"])
    problems = [
        f"{t!r} is described {len(d)} ways: {sorted(d)}"
        for t, d in descriptions.items()
        if len(d) > 1
    ]
    problems += [f"{d!r} describes {sorted(t)}" for d, t in titles.items() if len(t) > 1]
    assert not problems, f"{story.name}:\n  " + "\n  ".join(problems)


def test_each_alert_title_has_one_threat_family(story: Story) -> None:
    families: dict[str, set[str | None]] = {}
    for alerts in story.alerts_of.values():
        for alert in alerts:
            families.setdefault(alert["title"], set()).add(alert["threatFamilyName"])
    problems = [
        f"{t!r} is blamed on {sorted(map(str, f))}" for t, f in families.items() if len(f) > 1
    ]
    assert not problems, f"{story.name}:\n  " + "\n  ".join(problems)


def test_the_tenant_has_one_test_notification(story: Story) -> None:
    found = [i["id"] for i in story.incidents if i["displayName"] == TEST_NOTIFICATION]
    assert len(found) == 1, f"{story.name}: test notifications {found}"


def test_incidents_stay_coherent_as_the_tenant_changes() -> None:
    # An incremental sync sees mutate()'s changes: reopened, progressed and new incidents
    # follow the same rules as the generated ones.
    case = CASES[1]
    data = _tenant(*case)
    for minutes in range(1, 31):
        data.mutate(to_us(FIXED_NOW + timedelta(minutes=minutes)), changes=10)
    later = FIXED_NOW + timedelta(minutes=30)
    _check(_read(f"seed {case[0]} after 30 changes", data, later), *RULES)

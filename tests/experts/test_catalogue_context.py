"""The catalogue an analyst picks from, and the context attached to a question."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from console.cache import Cache
from console.domain import ExpertCategory
from console.experts import catalogue, context
from tests.experts.conftest import fill

TENANT = "11111111-1111-1111-1111-111111111111"
FRENCH_TS = Path(__file__).resolve().parents[2] / "console/translations/hunting_console_fr.ts"


def french_catalogue() -> dict[str, str]:
    """The French of the ExpertsCatalogue context, as the console loads it."""
    root = ET.parse(FRENCH_TS).getroot()
    for context_node in root.iter("context"):
        if context_node.findtext("name") == "ExpertsCatalogue":
            return {
                m.findtext("source") or "": m.findtext("translation") or ""
                for m in context_node.iter("message")
            }
    return {}


def test_four_categories_each_with_samples_and_french() -> None:
    assert [c.category for c in catalogue.CATEGORIES] == list(ExpertCategory)
    texts = [catalogue.NOT_INCIDENT_RESPONSE]
    for info in catalogue.CATEGORIES:
        assert info.samples, info.title
        texts += [info.title, info.description, *info.samples]
    french = french_catalogue()
    missing = [t for t in texts if not french.get(t, "").strip()]
    assert missing == []
    samples = " ".join(s for c in catalogue.CATEGORIES for s in c.samples)
    for needle in (
        "living-off-the-land",
        "Suspicious PowerShell command line",
        "failed sign-ins",
        "Suspicious behavior by a system utility was observed",
        "Creation of forwarding/redirect rule",
        "Unknown process observed",
        "six months ago",
        "malware family",
        "blog post",
        "phishing campaign",
        "don't have our own incident response team",
        "pass on to our incident response team",
    ):
        assert needle in samples, needle
    assert "LOLBin" in french[catalogue.CATEGORIES[0].samples[0]]


def test_device_context_has_risk_health_os_and_recent_alerts(cache: Cache) -> None:
    fill(cache, TENANT)
    ctx = context.device_context(cache, TENANT, "dev1")
    assert (ctx.kind, ctx.entity_id, ctx.name) == ("device", "dev1", "pc-01.contoso.com")
    assert ctx.fact("tenant") == "Contoso"
    assert ctx.fact("risk") == "low" and ctx.fact("health") == "active"
    assert ctx.fact("os") == "Windows11"
    assert "Suspicious PowerShell command line" in (ctx.fact("recentAlerts") or "")
    assert ctx.web_url and "dev1" in ctx.web_url
    assert catalogue.suggested_category(ctx) == ExpertCategory.POSSIBLE_DEVICE_COMPROMISE


def test_alert_and_incident_contexts(cache: Cache) -> None:
    fill(cache, TENANT)
    alert = context.alert_context(cache, TENANT, "a1")
    assert alert.fact("title") == "Suspicious PowerShell command line"
    assert (alert.fact("severity"), alert.fact("detectionSource")) == ("low", "antivirus")
    assert alert.fact("incident") == "7" and alert.fact("isDen") == "no"
    assert catalogue.suggested_category(alert) == ExpertCategory.ALERT_INFORMATION
    incident = context.incident_context(cache, TENANT, "7")
    assert incident.name == "Multi-stage attack"
    assert (incident.fact("alertCount"), incident.fact("isDen")) == ("2", "yes")
    assert catalogue.suggested_category(incident) == ExpertCategory.NOTIFICATION_FOLLOW_UP
    missing = context.incident_context(cache, TENANT, "999")
    assert (missing.entity_id, missing.name) == ("999", "999")


def test_evidence_attachments_are_readable_text(cache: Cache) -> None:
    fill(cache, TENANT)
    [attachment] = context.evidence_attachments(cache, TENANT, "alert", "a1")
    assert attachment.title == "device: pc-01.contoso.com"
    assert "lastIpAddress: 10.0.0.1" in attachment.text
    assert context.evidence_attachments(cache, TENANT, "incident", "7")

"""Addresses in the Defender portal for what the APIs send no link for.

Incidents and alerts carry their own (`incidentWebUrl`, `alertWebUrl`); a machine does
not, so its page is built from the portal's device address (`/machines/v2/<id>`, what the
portal itself opens; not part of any API contract, hence kept in this one place).
"""

from __future__ import annotations

from urllib.parse import quote

PORTAL = "https://security.microsoft.com"


def device_url(tenant_id: str, device_id: str) -> str:
    return (
        f"{PORTAL}/machines/v2/{quote(device_id, safe='')}/overview?tid={quote(tenant_id, safe='')}"
    )


def alert_url(tenant_id: str, alert_id: str) -> str:
    return f"{PORTAL}/alerts/{quote(alert_id, safe='')}?tid={quote(tenant_id, safe='')}"


def incident_url(tenant_id: str, incident_id: str) -> str:
    return f"{PORTAL}/incidents/{quote(incident_id, safe='')}?tid={quote(tenant_id, safe='')}"

"""The words for what `console.launch` decided: its notices and the name of no tenant.

The composition root returns codes; the window says them in the analyst's
language. The "Launch" context and the source strings are the ones the
catalogues already translate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.launch import LaunchNotice

# Both notices mean there is nothing to sync from: the banner offers Connect a tenant
# and the demo.
OFFERS_DEMO = frozenset({LaunchNotice.CACHED_OFFLINE, LaunchNotice.NO_TENANT})


def notice_text(notice: LaunchNotice, tenant_name: str = "") -> str:
    if notice is LaunchNotice.CACHED_OFFLINE:
        return QCoreApplication.translate(
            "Launch",
            "Showing the cached data of the last tenant opened, offline. Connect a tenant "
            "to sync it, or open the demo.",
        )
    if notice is LaunchNotice.SIGN_IN_NEEDED:
        return QCoreApplication.translate(
            "Launch", "Sign in to %1 to sync it; the cached data is shown meanwhile."
        ).replace("%1", tenant_name)
    return QCoreApplication.translate(
        "Launch",
        "Welcome. Connect your tenant to start (your administrator gives you its app "
        "registration), or open the demo to see the console with a synthetic tenant.",
    )


def tenant_title(tenant_name: str | None) -> str:
    """The tenant's name as the window shows it; None is the launch's "no tenant"."""
    if tenant_name is None:
        return QCoreApplication.translate("Launch", "No tenant")
    return tenant_name

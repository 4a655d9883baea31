"""The words for what `console.launch` decided: its notices and the name of no tenant.

The composition root returns codes; the window says them in the analyst's
language. The "Launch" context and the source strings are the ones the
catalogues already translate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.launch import LaunchNotice

# Both notices mean there is nothing to sync from yet: the banner offers the demo.
OFFERS_DEMO = frozenset({LaunchNotice.CACHED_OFFLINE, LaunchNotice.NO_TENANT})


def notice_text(notice: LaunchNotice) -> str:
    if notice is LaunchNotice.CACHED_OFFLINE:
        return QCoreApplication.translate(
            "Launch",
            "Showing the cached data of the last tenant opened. Signing in to a tenant "
            "arrives in a later version; the demo shows syncing today.",
        )
    return QCoreApplication.translate(
        "Launch",
        "No tenant is set up yet: signing in arrives in a later version. "
        "Open the demo to see the console with a synthetic tenant.",
    )


def tenant_title(tenant_name: str | None) -> str:
    """The tenant's name as the window shows it; None is the launch's "no tenant"."""
    if tenant_name is None:
        return QCoreApplication.translate("Launch", "No tenant")
    return tenant_name

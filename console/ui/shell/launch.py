"""What the console opens on: the demo tenant, a given cache, or the last cache used.

No Qt here beyond what the context needs: this decides the cache, the tenant
and how (if at all) it can be synced, so `console.app` stays a few lines.
"""

from __future__ import annotations

import contextlib
import dataclasses
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from console.cache.engine import open_cache
from console.cache.errors import CacheError
from console.paths import data_dir
from console.private_files import private_dir
from console.settings import LAST_TENANT_KEY, Settings
from console.sync.engine import SyncOptions
from console.ui.context import AppContext
from console.ui.shell.cache_problem import open_or_recover, unusable_text
from console.ui.shell.sync_target import SyncTarget, emulator_target

if TYPE_CHECKING:
    from console.api.session import ApiSession

DEMO_INCIDENTS = 400
DEMO_DEVICES = 120
NO_TENANT_ID = "no-tenant"


@dataclass
class Launch:
    context: AppContext
    target: SyncTarget | None
    # A note for the info banner, and whether it offers to open the demo.
    notice: str = ""
    offer_demo: bool = False
    # Why the cache opened is not the one asked for, or was rebuilt (see cache_problem).
    cache_problem: str = ""
    _cleanups: list[Callable[[], Any]] = field(default_factory=list)

    def close(self) -> None:
        for cleanup in reversed(self._cleanups):
            with contextlib.suppress(Exception):
                cleanup()
        self._cleanups.clear()


def remember(settings: Settings, cache_path: Path, tenant_id: str, tenant_name: str) -> None:
    settings.set_raw(
        LAST_TENANT_KEY,
        {"cache": str(cache_path), "tenant_id": tenant_id, "tenant_name": tenant_name},
    )


def demo_launch(settings: Settings, cache_path: Path | None = None) -> Launch:
    """The demo tenant: the emulator in-process on a free loopback port, the cached demo data
    shown at once, and a full sync (the emulator's tenant is rebuilt on every start)."""
    from console.commands.demo import DEMO_SEED, demo_cache_path
    from console.emulator import Emulator, EmulatorConfig

    path = cache_path or demo_cache_path()
    private_dir(path.parent, root=data_dir())
    emulator = Emulator(
        EmulatorConfig(seed=DEMO_SEED, tenants=1, incidents=DEMO_INCIDENTS, devices=DEMO_DEVICES)
    )
    emulator.start(host="127.0.0.1", port=0)
    tenant = emulator.tenants[0]
    try:
        cache, problem = open_or_recover(path)
    except BaseException:
        emulator.stop()
        raise
    remember(settings, path, tenant.id, tenant.name)
    context = AppContext(cache, settings, tenant.id, tenant.name)
    target = emulator_target(emulator, tenant.id, options=SyncOptions(full=True))
    launch = Launch(context, target, cache_problem=problem)
    launch._cleanups += [emulator.stop, cache.close]
    session = demo_experts(context, emulator)
    launch._cleanups.append(session.close)
    return launch


def demo_experts(context: AppContext, emulator: Any) -> ApiSession:
    from console.api.auth import StaticTokenProvider
    from console.api.session import ApiSession

    """The demo tenant asks through the experts service channel at the emulator (its port
    changes each start, so the URL is refreshed; the analyst's other choices are kept)."""
    from console.experts import ExpertsService

    session = ApiSession(
        StaticTokenProvider(emulator.issue_token(context.tenant_id)),
        timeout=(3, 30),
        max_attempts=2,
    )
    service = ExpertsService(context.cache, context.tenant_id, session)
    url = f"{emulator.base_url}/experts/v1"
    service.save_settings(dataclasses.replace(service.settings(), service_url=url))
    context.experts = service
    return session


def cached_launch(
    settings: Settings,
    cache_path: Path | None = None,
    tenant_id: str | None = None,
    tenant_name: str | None = None,
) -> Launch:
    """A cache reviewed offline: the one given, or the last one used.

    Signing in to a real tenant arrives in a later version, so there is nothing
    to sync from yet; the banner says so and offers the demo.
    """
    last = settings.get_raw(LAST_TENANT_KEY) or {}
    if cache_path is None and isinstance(last, dict) and last.get("cache"):
        cache_path = Path(str(last["cache"]))
    known = isinstance(last, dict) and last.get("cache") == str(cache_path)
    if cache_path is not None and tenant_id is None and known:
        tenant_id = last.get("tenant_id")
        tenant_name = tenant_name or last.get("tenant_name")
    if cache_path is None or not cache_path.exists() or not tenant_id:
        return _empty_launch(settings)
    try:
        cache, problem = open_or_recover(cache_path)
    except CacheError as error:  # read-only, newer schema: say so, open on no tenant
        return _empty_launch(settings, unusable_text(error))
    context = AppContext(cache, settings, tenant_id, tenant_name or tenant_id)
    from console.experts import ExpertsService

    # No sign-in yet, so no transport: questions wait in the outbox (Pending), and the
    # portal and e-mail channels work as they never need one.
    context.experts = ExpertsService(cache, tenant_id, None)
    launch = Launch(
        context,
        None,
        notice=QCoreApplication.translate(
            "Launch",
            "Showing the cached data of the last tenant opened. Signing in to a tenant "
            "arrives in a later version; the demo shows syncing today.",
        ),
        offer_demo=True,
        cache_problem=problem,
    )
    launch._cleanups.append(cache.close)
    return launch


def _empty_launch(settings: Settings, problem: str = "") -> Launch:
    from console.paths import no_tenant_cache_path

    path = no_tenant_cache_path()
    try:
        private_dir(path.parent, root=data_dir())
        cache, recovered = open_or_recover(path)
    except (OSError, CacheError) as error:
        # Not even the empty cache can be written here (a read-only data folder): a
        # throwaway one keeps the window usable while the message says why.
        cache, recovered = open_cache(Path(tempfile.mkdtemp()) / "cache.db"), ""
        problem = problem or unusable_text(
            error if isinstance(error, CacheError) else CacheError(str(error))
        )
    context = AppContext(
        cache, settings, NO_TENANT_ID, QCoreApplication.translate("Launch", "No tenant")
    )
    launch = Launch(
        context,
        None,
        notice=QCoreApplication.translate(
            "Launch",
            "No tenant is set up yet: signing in arrives in a later version. "
            "Open the demo to see the console with a synthetic tenant.",
        ),
        offer_demo=True,
        cache_problem=problem or recovered,
    )
    launch._cleanups.append(cache.close)
    return launch

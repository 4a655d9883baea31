"""The composition root: what the console opens on, and how that tenant is reached.

The demo tenant (the emulator in-process), a given cache, or the last cache
used. This decides the cache, the tenant, the sync target and the experts
service, and says what the analyst should be told as codes (`LaunchNotice`,
`CacheProblem`) that `console.ui` translates. No Qt here: the CLI, scripts
and the window share it, and `console.app` stays a few lines.
"""

from __future__ import annotations

import contextlib
import dataclasses
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console.paths import data_dir
from console.private_files import private_dir
from console.settings import LAST_TENANT_KEY, Settings

# The cache, sync and experts load only when a launch is made: `hunting-console --help`
# and the headless commands read this module's demo sizes without SQLAlchemy.
if TYPE_CHECKING:
    from console.api.network import NetworkSettings
    from console.api.retry import Backoff
    from console.api.session import ApiSession
    from console.auth.browser import BrowserOpener
    from console.auth.profiles import ProfileStore, TenantProfile
    from console.auth.service import TenantSignIn
    from console.cache.engine import Cache
    from console.cache.problem import CacheProblem
    from console.experts import ExpertsService
    from console.sync.clients import ClientSettings
    from console.sync.engine import DefenderSource, GraphSource, SyncOptions
    from console.sync.target import SyncTarget, WaitCallback

# The demo tenant, the same in the window, `hunting-console demo` and the screenshots.
DEMO_SEED = 20261130
DEMO_INCIDENTS = 400
DEMO_DEVICES = 120
NO_TENANT_ID = "no-tenant"


class LaunchNotice(StrEnum):
    """What the info banner tells the analyst about what the console opened on."""

    # A cache reviewed offline: there is no sign-in yet, so nothing to sync from.
    CACHED_OFFLINE = "cached-offline"
    # No tenant at all: an empty cache (the window offers Connect a tenant and the demo).
    NO_TENANT = "no-tenant"
    # A tenant profile no one is signed in to (tokens kept in memory only, or signed out).
    SIGN_IN_NEEDED = "sign-in-needed"


@dataclass(frozen=True)
class Launch:
    cache: Cache
    tenant_id: str
    # None when the console opened on no tenant (the window names it "No tenant").
    tenant_name: str | None
    sync_target: SyncTarget | None = None
    # The tenant profile's sign-in (who is signed in, sign out, sign in again); None for the
    # demo and a cache reviewed offline.
    sign_in: TenantSignIn | None = None
    # Ask Defender Experts for this tenant; None when it has no experts channel.
    experts: ExpertsService | None = None
    notice: LaunchNotice | None = None
    # Why the cache opened is not the one asked for, or was rebuilt.
    cache_problem: CacheProblem | None = None
    # A desk's other tenants (every other profile), synced into the same cache, each on
    # its own schedule with its own sign-in; empty when the window shows one tenant.
    desk: tuple[DeskTenant, ...] = ()
    # Stopped in reverse order by close(): the emulator, sessions, the cache.
    _cleanups: list[Callable[[], Any]] = field(default_factory=list, repr=False, compare=False)

    def close(self) -> None:
        for cleanup in reversed(self._cleanups):
            with contextlib.suppress(Exception):
                cleanup()
        self._cleanups.clear()


@dataclass(frozen=True)
class DeskTenant:
    """A tenant the window shows beside its own: its rows share the desk's cache, keyed
    by `tenant_id`; its sync, sign-in and experts service are its own."""

    tenant_id: str
    name: str
    sync_target: SyncTarget
    sign_in: TenantSignIn
    experts: ExpertsService | None = None


def demo_cache_path() -> Path:
    return data_dir() / "demo" / "cache.db"


def desk_cache_path() -> Path:
    """The tenant profiles' cache, beside the demo's: one for every profile on this desk, so
    All tenants is one query (rows are keyed by tenant; SQLite attaches 10 files at most)."""
    return data_dir() / "desk" / "cache.db"


def remember(settings: Settings, cache_path: Path, tenant_id: str, tenant_name: str) -> None:
    settings.set_raw(
        LAST_TENANT_KEY,
        {"cache": str(cache_path), "tenant_id": tenant_id, "tenant_name": tenant_name},
    )


def demo_launch(settings: Settings, cache_path: Path | None = None) -> Launch:
    """The demo tenant: the emulator in-process on a free loopback port, the cached demo data
    shown at once, and a full sync (the emulator's tenant is rebuilt on every start)."""
    from console.cache.problem import open_or_recover
    from console.emulator import Emulator, EmulatorConfig
    from console.sync.engine import SyncOptions

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
    experts, session = demo_experts(cache, tenant.id, emulator)
    return Launch(
        cache,
        tenant.id,
        tenant.name,
        sync_target=emulator_target(
            emulator, tenant.id, options=SyncOptions(full=True), in_child=True
        ),
        experts=experts,
        cache_problem=problem,
        _cleanups=[emulator.stop, cache.close, session.close],
    )


def demo_experts(cache: Cache, tenant_id: str, emulator: Any) -> tuple[ExpertsService, ApiSession]:
    """The demo tenant asks through the experts service channel at the emulator (its port
    changes each start, so the URL is refreshed; the analyst's other choices are kept).

    Returns the service and the session it sends on, for the caller to close."""
    from console.api.auth import StaticTokenProvider
    from console.api.session import ApiSession
    from console.experts import ExpertsService

    session = ApiSession(
        StaticTokenProvider(emulator.issue_token(tenant_id)),
        timeout=(3, 30),
        max_attempts=2,
    )
    service = ExpertsService(cache, tenant_id, session)
    url = f"{emulator.base_url}/experts/v1"
    service.save_settings(dataclasses.replace(service.settings(), service_url=url))
    return service, session


def emulator_target(
    emulator: Any,
    tenant_id: str,
    *,
    options: SyncOptions | None = None,
    max_attempts: int = 6,
    backoff: Backoff | None = None,
    in_child: bool = False,
) -> SyncTarget:
    """A target on a running `console.emulator.Emulator` (the demo, tests); `in_child`
    runs its syncs in a process of their own, as the window does for a real tenant.

    It lives here, not in `console.sync`: product code below the composition
    root never knows it talks to an emulator."""

    def settings() -> ClientSettings:
        # Imported here: `requests` and the clients load with the first sync, not at start-up.
        from console.api.auth import StaticTokenProvider
        from console.sync.clients import ClientSettings

        tokens = StaticTokenProvider(emulator.issue_token(tenant_id))  # one per run
        return ClientSettings(
            emulator.graph_url,
            emulator.defender_url,
            tokens,
            tokens,
            max_attempts=max_attempts,
            backoff=backoff,
            timeout=(3, 60),
        )

    return _target(tenant_id, settings, options, in_child)


def _target(
    tenant_id: str,
    settings: Callable[[], ClientSettings],
    options: SyncOptions | None,
    in_child: bool,
) -> SyncTarget:
    """The target for a tenant reached as `settings` says (asked afresh for each run): on a
    thread here, or (`in_child`) in a sync process of its own."""
    from console.sync.engine import SyncOptions
    from console.sync.target import SyncTarget

    def make_clients(on_wait: WaitCallback) -> tuple[GraphSource, DefenderSource]:
        return settings().clients(tenant_id, on_wait)

    return SyncTarget(
        tenant_id, make_clients, options or SyncOptions(), settings if in_child else None
    )


def profile_target(
    service: TenantSignIn,
    *,
    options: SyncOptions | None = None,
    max_attempts: int = 6,
    backoff: Backoff | None = None,
    in_child: bool = False,
) -> SyncTarget:
    """A target on a signed-in tenant profile: Graph and Defender for Endpoint each get their
    own token from the sign-in service, and each session takes it only under its own base
    URL (`console.api.scope`). A token MSAL cannot renew stops the run with "sign in again"
    (an `AuthError`); the caller offers the sign-in, and the outbox waits untouched."""
    profile = service.profile
    endpoints = profile.endpoints
    from console.auth.service import tenant_guid

    tenant_id = tenant_guid(service)  # rows are keyed by the GUID the sign-in learned

    def settings() -> ClientSettings:
        from console.auth.service import Resource
        from console.sync.clients import ClientSettings

        return ClientSettings(
            endpoints.graph_url,
            endpoints.defender_url,
            service.provider(Resource.GRAPH),
            service.provider(Resource.DEFENDER),
            network=_network(profile),
            max_attempts=max_attempts,
            backoff=backoff,
        )

    return _target(tenant_id, settings, options, in_child)


def _network(profile: TenantProfile) -> NetworkSettings:
    """The profile's proxy and trust as the policy file leaves them, for one run."""
    from console.api.errors import ProxyError
    from console.auth.network import network_for
    from console.auth.secret_store import SecretStoreError

    try:
        return network_for(profile)
    except SecretStoreError as error:  # the proxy's password is not stored
        raise ProxyError(str(error)) from None


def profile_launch(
    settings: Settings, service: TenantSignIn, cache_path: Path | None = None
) -> Launch:
    """The window on a tenant profile: the desk's cache, a sync target from its sign-in, and
    the Defender Experts outbox only where the service exists (the commercial cloud).

    The launch owns `service` (closed with it). No one signed in yet: the notice says so,
    and a sync would stop with "sign in again" (the window offers the sign-in)."""
    from console.cache.problem import open_or_recover

    path = cache_path or desk_cache_path()
    private_dir(path.parent, root=data_dir())
    try:
        cache, problem = open_or_recover(path)
    except BaseException:
        service.close()
        raise
    if cache_path is None:
        from console.cache.adopt import adopt_old_caches

        adopt_old_caches(cache, data_dir())  # a file per profile, from before the desk
    tenant = _desk_tenant(settings, service, cache)
    remember(settings, path, tenant.tenant_id, tenant.name)
    signed_in = service.signed_in() is not None
    return Launch(
        cache,
        tenant.tenant_id,
        tenant.name,
        sync_target=tenant.sync_target,
        sign_in=service,
        experts=tenant.experts,
        notice=None if signed_in else LaunchNotice.SIGN_IN_NEEDED,
        cache_problem=problem,
        _cleanups=[cache.close, *_closers(tenant)],
    )


def desk_launch(
    settings: Settings, services: list[TenantSignIn], cache_path: Path | None = None
) -> Launch:
    """The window on a desk's tenant profiles: the first is the window's own (its sign-in,
    banners, Settings), the others are shown beside it from the same cache, each synced
    with its own tokens. Two profiles of one tenant show it once (the first's).

    The launch owns every service (closed with it)."""
    from console.auth.service import tenant_guid

    first, *others = services
    try:
        launch = profile_launch(settings, first, cache_path)
    except BaseException:
        for service in others:
            service.close()
        raise
    seen = {launch.tenant_id}
    desk: list[DeskTenant] = []
    closers: list[Callable[[], Any]] = []
    try:
        for service in others:
            if tenant_guid(service) in seen:  # shown once: its settings are the first's
                service.close()
                continue
            tenant = _desk_tenant(settings, service, launch.cache)
            closers.extend(_closers(tenant))
            seen.add(tenant.tenant_id)
            desk.append(tenant)
    except BaseException:
        for close in (*closers, *(s.close for s in others)):
            with contextlib.suppress(Exception):
                close()
        launch.close()
        raise
    # Closed before the cache (the first of the cleanups), after the window's own.
    launch._cleanups[1:1] = closers
    return dataclasses.replace(launch, desk=tuple(desk))


def _desk_tenant(settings: Settings, service: TenantSignIn, cache: Cache) -> DeskTenant:
    """A profile's tenant on `cache`: its sync target (in a process of its own, so the GUI
    keeps the GIL) and its experts service where the profile has the channel."""
    from console.experts import ExpertsService

    profile = service.profile
    target = profile_target(service, in_child=True)
    experts = None
    if profile.has_experts_channel:
        transport = profile_experts_transport(service)
        experts = ExpertsService(cache, target.tenant_id, transport)
        apply_experts_channel(experts, profile_experts_channel(settings, profile))
    return DeskTenant(target.tenant_id, profile.name, target, service, experts)


def _closers(tenant: DeskTenant) -> list[Callable[[], Any]]:
    """What closes with a desk tenant: its sign-in and its experts transport."""
    transport = tenant.experts.transport if tenant.experts is not None else None
    return [tenant.sign_in.close, *([transport.close] if transport is not None else [])]


def profile_experts_channel(settings: Settings, profile: TenantProfile) -> str | None:
    """The channel the profile's questions take, as the Tenants page and the policy file
    say now (None: the tenant's own experts settings decide)."""
    from console.auth.policy import PolicyError
    from console.auth.profiles import experts_channel
    from console.auth.setup import open_profile_store

    try:
        store = open_profile_store(settings)
    except PolicyError:  # the window names the mistakes when the Tenants page opens
        return profile.experts_channel
    return experts_channel(store.get(profile.name) or profile, store.policy)


def apply_experts_channel(experts: ExpertsService, channel: str | None) -> None:
    """Make the tenant's experts settings use `channel` (kept as they are for None)."""
    import dataclasses

    from console.domain.experts import ChannelKind

    if channel is None:
        return
    current = experts.settings()
    if current.channel != ChannelKind(channel):
        experts.save_settings(dataclasses.replace(current, channel=ChannelKind(channel)))


def profile_experts_transport(service: TenantSignIn) -> ApiSession | None:
    """The session a profile's experts service channel sends on: the profile's network
    settings (trust, proxy), as the sign-in and the sync use.

    The service's token audience is not documented, so it sends the Defender for Endpoint
    token, and only under the profile's Defender base URL: an experts service URL
    anywhere else is refused (the question waits in the outbox), never handed the token.
    None when the network settings cannot be made (a proxy password not stored, a CA
    bundle unreadable): questions wait in the outbox, and the sync says why."""
    from console.api.errors import CaBundleError
    from console.api.session import ApiSession
    from console.auth.network import network_for
    from console.auth.secret_store import SecretStoreError
    from console.auth.service import Resource

    profile = service.profile
    try:
        return ApiSession(
            service.provider(Resource.DEFENDER),
            base_url=profile.endpoints.defender_url,
            timeout=(5, 30),
            max_attempts=2,
            network=network_for(profile),
        )
    except (SecretStoreError, CaBundleError):
        return None


def last_profile_launch(
    settings: Settings, open_browser: BrowserOpener | None = None
) -> Launch | None:
    """The tenant profile used last, or None (none saved: the caller opens the last cache).
    With more profiles, the desk: the one used last is the window's, the others beside it.
    `open_browser` opens their browser sign-ins (the window's, which can cancel them)."""
    from console.auth.setup import open_service, profile_store_or_own

    store = profile_store_or_own(settings)
    name = store.last_used()
    profile = store.get(name) if name else None
    if profile is None:
        return None
    return _launch_with_desk(settings, open_service(profile, open_browser=open_browser), store)


def connected_launch(
    settings: Settings, service: TenantSignIn, open_browser: BrowserOpener | None = None
) -> Launch:
    """A tenant just connected (File > Connect a tenant): the window on it, and on a desk
    the other profiles beside it, as the next start would open them."""
    from console.auth.setup import profile_store_or_own

    return _launch_with_desk(settings, service, profile_store_or_own(settings), open_browser)


def _launch_with_desk(
    settings: Settings,
    first: TenantSignIn,
    store: ProfileStore,
    open_browser: BrowserOpener | None = None,
) -> Launch:
    """`first`'s window; with other profiles saved, the desk with `first` as its own."""
    from console.auth.setup import open_service

    services = [first]
    try:
        for other in sorted(store.all().values(), key=lambda p: p.name.casefold()):
            if other.name != first.profile.name:
                services.append(open_service(other, open_browser=open_browser))
    except BaseException:
        for service in services:
            service.close()
        raise
    if len(services) == 1:
        return profile_launch(settings, first)
    return desk_launch(settings, services)


def cached_launch(
    settings: Settings,
    cache_path: Path | None = None,
    tenant_id: str | None = None,
    tenant_name: str | None = None,
) -> Launch:
    """A cache reviewed offline: the one given, or the last one used.

    No tenant profile is open, so there is nothing to sync from; the notice says so
    (and the window offers Connect a tenant and the demo).
    """
    last = settings.get_raw(LAST_TENANT_KEY) or {}
    if cache_path is None and isinstance(last, dict) and last.get("cache"):
        cache_path = Path(str(last["cache"]))
    known = isinstance(last, dict) and last.get("cache") == str(cache_path)
    if cache_path is not None and tenant_id is None and known:
        tenant_id = last.get("tenant_id")
        tenant_name = tenant_name or last.get("tenant_name")
    from console.cache.errors import CacheError
    from console.cache.problem import CacheProblem, open_or_recover

    if cache_path is None or not cache_path.exists() or not tenant_id:
        return _empty_launch()
    try:
        cache, problem = open_or_recover(cache_path)
    except CacheError as error:  # read-only, newer schema: say so, open on no tenant
        return _empty_launch(CacheProblem.unusable(error))
    from console.experts import ExpertsService

    # No sign-in yet, so no transport: questions wait in the outbox (Pending), and the
    # portal and e-mail channels work as they never need one.
    return Launch(
        cache,
        tenant_id,
        tenant_name or tenant_id,
        experts=ExpertsService(cache, tenant_id, None),
        notice=LaunchNotice.CACHED_OFFLINE,
        cache_problem=problem,
        _cleanups=[cache.close],
    )


def _empty_launch(problem: CacheProblem | None = None) -> Launch:
    from console.cache.engine import open_cache
    from console.cache.errors import CacheError
    from console.cache.problem import CacheProblem, open_or_recover
    from console.paths import no_tenant_cache_path

    path = no_tenant_cache_path()
    try:
        private_dir(path.parent, root=data_dir())
        cache, recovered = open_or_recover(path)
    except (OSError, CacheError) as error:
        # Not even the empty cache can be written here (a read-only data folder): a
        # throwaway one keeps the window usable while the message says why.
        cache, recovered = open_cache(Path(tempfile.mkdtemp()) / "cache.db"), None
        problem = problem or CacheProblem.unusable(error)
    return Launch(
        cache,
        NO_TENANT_ID,
        None,
        notice=LaunchNotice.NO_TENANT,
        cache_problem=problem or recovered,
        _cleanups=[cache.close],
    )

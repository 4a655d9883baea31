""" "Test connection": sign in if needed, then read one page of each thing the console syncs.

Each step is named, so the analyst learns what failed: the sign-in itself (consent,
tenant, network), the Graph token or the Defender one, or a permission one API lacks
(a 403 on incidents, alerts or machines).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from console.api.defender import DefenderClient
from console.api.errors import ApiError, CaBundleError, CertificateError, NetworkError, ProxyError
from console.api.graph import GraphClient
from console.api.network import NetworkSettings
from console.api.session import ApiSession
from console.auth.errors import SignInError, SignInReason
from console.auth.network import network_for
from console.auth.secret_store import SecretStoreError
from console.auth.service import Resource, TenantSignIn, tenant_guid
from console.tr_noop import QT_TRANSLATE_NOOP

STEPS = {
    "sign-in": QT_TRANSLATE_NOOP("TestConnection", "Sign in"),
    "incidents": QT_TRANSLATE_NOOP("TestConnection", "Read incidents (Microsoft Graph)"),
    "alerts": QT_TRANSLATE_NOOP("TestConnection", "Read alerts (Microsoft Graph)"),
    "machines": QT_TRANSLATE_NOOP("TestConnection", "Read devices (Defender for Endpoint)"),
}

# The reads after the sign-in, in order.
READS = ("incidents", "alerts", "machines")


@dataclass(frozen=True)
class StepResult:
    step: str  # a key of STEPS
    ok: bool
    reason: SignInReason | None = None  # a failure's reason when it has one
    message: str = ""  # the one-line cause, token-free
    # A refused certificate or proxy, for the window to word from its fields.
    network: NetworkError | None = None


@dataclass
class ConnectionReport:
    steps: list[StepResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(step.ok for step in self.steps)

    @property
    def first_failure(self) -> StepResult | None:
        return next((step for step in self.steps if not step.ok), None)


def run_connection_test(
    service: TenantSignIn, sign_in: Callable[[TenantSignIn], object] | None = None
) -> ConnectionReport:
    """Sign in (with `sign_in`, e.g. the device code shown by the caller) when no one is
    signed in, then read one page of incidents, alerts and machines."""
    report = ConnectionReport()
    try:
        if service.signed_in() is None:
            (sign_in or (lambda s: s.sign_in()))(service)
        service.token(Resource.GRAPH)
        service.token(Resource.DEFENDER)
    except SignInError as error:
        report.steps.append(
            StepResult("sign-in", False, error.reason, str(error), network=error.network)
        )
        return report
    report.steps.append(StepResult("sign-in", True))
    endpoints = service.profile.endpoints

    def session(resource: Resource, base_url: str, network: NetworkSettings) -> ApiSession:
        return ApiSession(
            service.provider(resource),
            base_url=base_url,
            max_attempts=2,
            timeout=(5.0, 30.0),
            network=network,
        )

    try:
        network = network_for(service.profile)
        g = session(Resource.GRAPH, endpoints.graph_url, network)
    except (SecretStoreError, CaBundleError) as error:
        # A token or app profile's proxy password or CA bundle is first needed here (a
        # delegated sign-in met it already): no read can start, and each step says why.
        reason = SignInReason.SECRET_MISSING if isinstance(error, SecretStoreError) else None
        report.steps.extend(StepResult(step, False, reason, str(error)) for step in READS)
        return report
    with g, session(Resource.DEFENDER, endpoints.defender_url, network) as d:
        # The GUID the sign-in learned: what the pages carry, even for a profile named by domain.
        tenant = tenant_guid(service)
        graph = GraphClient(g, endpoints.graph_url, tenant_id=tenant)
        defender = DefenderClient(d, endpoints.defender_url, tenant_id=tenant)
        reads: dict[str, Callable[[], object]] = {
            "incidents": lambda: next(iter(graph.incident_pages(page_size=1)), None),
            "alerts": lambda: next(iter(graph.alert_pages(page_size=1)), None),
            "machines": lambda: next(iter(defender.machine_pages(page_size=1)), None),
        }
        for step, read in reads.items():
            try:
                read()
            except ApiError as error:
                reason = SignInReason.PERMISSION_MISSING if error.status == 403 else None
                refused = error if isinstance(error, (CertificateError, ProxyError)) else None
                report.steps.append(StepResult(step, False, reason, str(error), network=refused))
            else:
                report.steps.append(StepResult(step, True))
    return report

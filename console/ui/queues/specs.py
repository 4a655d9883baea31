"""What differs between the incident, alert and device queues, in one place each."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from console.cache import alerts, devices, incidents
from console.cache import tags as tag_queries
from console.cache.engine import Cache
from console.cache.filters import DeviceFilters, Filters, Sort
from console.domain.enums import (
    AlertStatus,
    Classification,
    DetectionSource,
    Determination,
    DeviceValue,
    ExposureLevel,
    HealthStatus,
    IncidentStatus,
    OnboardingStatus,
    RiskScore,
    ServiceSource,
    Severity,
)
from console.domain.triage import EntityKind
from console.sync import engine as sync
from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui.events import TRIAGE
from console.ui.queues.columns import ALERT_COLUMNS, DEVICE_COLUMNS, INCIDENT_COLUMNS, Column
from console.ui.queues.filter_panel import Group, enum_options

if TYPE_CHECKING:
    from console.ui.context import AppContext

CONTEXT = "QueueFilters"

# Platforms Defender for Endpoint reports (osPlatform); values not listed still
# show in the table and can be filtered on from a cell.
OS_PLATFORMS = (
    "Windows10",
    "Windows11",
    "WindowsServer2016",
    "WindowsServer2019",
    "WindowsServer2022",
    "WindowsServer2025",
    "Linux",
    "macOS",
    "iOS",
    "Android",
)


@dataclass(frozen=True)
class QueueSpec:
    kind: str  # "incidents", "alerts", "devices": export kind and settings prefix
    tag_kind: str  # tags.distinct kind
    object_name: str
    title: str  # untranslated
    columns: Sequence[Column]
    filters_type: type[Any]
    default_sort: Sort
    count: Callable[[Cache, Any], int]
    page: Callable[[Cache, Any, Sort, int, int, int | None], Sequence[Any]]
    iter_raw: Callable[[Cache, Any], Iterator[tuple[str, dict[str, Any], bool]]]
    groups: Callable[[], list[Group]]
    time_title: str  # untranslated
    search_hint: str  # untranslated
    assigned_filter: bool
    # The cache resources whose changes this queue re-reads on (console.ui.events).
    follows: tuple[str, ...]
    # What its rows are to triage (None: the devices queue triages nothing), and the
    # (tenant id, id) of every row the filters match ("Select all N in this view"; a queue
    # with keys lets the analyst pick many rows: devices take tags).
    triage_kind: EntityKind | None = None
    keys: Callable[[Cache, Any], list[tuple[str, str]]] | None = None

    def tags(self, cache: Cache, tenant_ids: Sequence[str]) -> list[str]:
        return tag_queries.distinct(cache, tenant_ids, kind=self.tag_kind)


def with_tenant_column(spec: QueueSpec, context: AppContext) -> QueueSpec:
    """On a desk, the queue leads with a Tenant column (each row's tenant by name, filtered
    on by id) and its filter with a Tenant section; one tenant's window has neither."""
    if not context.many_tenants:
        return spec
    names = context.tenant_names()
    tenant = Column(
        "tenant",
        QT_TRANSLATE_NOOP("QueueColumns", "Tenant"),
        lambda row: names.get(row.tenant_id, row.tenant_id),
        width=140,
        filter_field="tenant_ids",
        filter_value=lambda row: row.tenant_id,
    )
    options = [(tenant, names[tenant]) for tenant in context.tenant_ids_by_name()]
    section = Group(
        "tenant_ids", QCoreApplication.translate("QueueFilters", "Tenant"), options, "tenantFilter"
    )
    groups = spec.groups
    return dataclasses.replace(
        spec, columns=(tenant, *spec.columns), groups=lambda: [section, *groups()]
    )


def _incident_alert_groups(statuses: Any) -> list[Group]:
    sources_skip = ("unknown",)
    return [
        Group("tags", QCoreApplication.translate("QueueFilters", "Tags"), (), "tagsFilter"),
        Group(
            "statuses",
            QCoreApplication.translate("QueueFilters", "Status"),
            enum_options(statuses, ("unknown",)),
            "statusFilter",
        ),
        Group(
            "severities",
            QCoreApplication.translate("QueueFilters", "Severity"),
            enum_options(Severity)[::-1],
            "severityFilter",
        ),
        Group(
            "service_sources",
            QCoreApplication.translate("QueueFilters", "Service sources"),
            sorted(enum_options(ServiceSource, sources_skip), key=lambda o: o[1].casefold()),
            "serviceSourceFilter",
        ),
        Group(
            "detection_sources",
            QCoreApplication.translate("QueueFilters", "Detection sources"),
            sorted(enum_options(DetectionSource, sources_skip), key=lambda o: o[1].casefold()),
            "detectionSourceFilter",
        ),
        Group(
            "classifications",
            QCoreApplication.translate("QueueFilters", "Classification"),
            enum_options(Classification),
            "classificationFilter",
        ),
        Group(
            "determinations",
            QCoreApplication.translate("QueueFilters", "Determination"),
            enum_options(Determination),
            "determinationFilter",
        ),
    ]


def _device_groups() -> list[Group]:
    return [
        Group(
            "risk_scores",
            QCoreApplication.translate("QueueFilters", "Risk level"),
            enum_options(RiskScore)[::-1],
            "riskFilter",
        ),
        Group(
            "exposure_levels",
            QCoreApplication.translate("QueueFilters", "Exposure level"),
            enum_options(ExposureLevel)[::-1],
            "exposureFilter",
        ),
        Group(
            "health_statuses",
            QCoreApplication.translate("QueueFilters", "Health state"),
            enum_options(HealthStatus),
            "healthFilter",
        ),
        Group(
            "os_platforms",
            QCoreApplication.translate("QueueFilters", "OS platform"),
            [(p, p) for p in OS_PLATFORMS],
            "osFilter",
        ),
        Group(
            "onboarding_statuses",
            QCoreApplication.translate("QueueFilters", "Onboarding status"),
            enum_options(OnboardingStatus),
            "onboardingFilter",
        ),
        Group(
            "device_values",
            QCoreApplication.translate("QueueFilters", "Device value"),
            enum_options(DeviceValue),
            "deviceValueFilter",
        ),
        Group("tags", QCoreApplication.translate("QueueFilters", "Tags"), (), "tagsFilter"),
    ]


INCIDENTS = QueueSpec(
    kind="incidents",
    tag_kind="incident",
    object_name="incidentsView",
    title=QT_TRANSLATE_NOOP("QueueFilters", "Incidents"),
    columns=INCIDENT_COLUMNS,
    filters_type=Filters,
    default_sort=Sort("last_update", descending=True),
    count=incidents.count,
    page=incidents.page,
    iter_raw=incidents.iter_raw,
    groups=lambda: _incident_alert_groups(IncidentStatus),
    time_title=QT_TRANSLATE_NOOP("QueueFilters", "Last update"),
    search_hint=QT_TRANSLATE_NOOP("QueueFilters", "Search name, ID, device, user or IP  ( / )"),
    assigned_filter=True,
    # An incident's severity, status and counts are aggregated from its alerts.
    follows=(sync.INCIDENTS, sync.ALERTS, TRIAGE),
    triage_kind=EntityKind.INCIDENT,
    keys=incidents.keys,
)

ALERTS = QueueSpec(
    kind="alerts",
    tag_kind="alert",
    object_name="alertsView",
    title=QT_TRANSLATE_NOOP("QueueFilters", "Alerts"),
    columns=ALERT_COLUMNS,
    filters_type=Filters,
    default_sort=Sort("last_activity", descending=True),
    count=alerts.count,
    page=alerts.page,
    iter_raw=alerts.iter_raw,
    groups=lambda: _incident_alert_groups(AlertStatus),
    time_title=QT_TRANSLATE_NOOP("QueueFilters", "Last update"),
    search_hint=QT_TRANSLATE_NOOP("QueueFilters", "Search title, ID, device, user or IP  ( / )"),
    assigned_filter=True,
    follows=(sync.ALERTS, TRIAGE),
    triage_kind=EntityKind.ALERT,
    keys=alerts.keys,
)

DEVICES = QueueSpec(
    kind="devices",
    tag_kind="device",
    object_name="devicesView",
    title=QT_TRANSLATE_NOOP("QueueFilters", "Devices"),
    columns=DEVICE_COLUMNS,
    filters_type=DeviceFilters,
    default_sort=Sort("risk", descending=True),
    count=devices.count,
    page=devices.page,
    iter_raw=devices.iter_raw,
    groups=_device_groups,
    time_title=QT_TRANSLATE_NOOP("QueueFilters", "Last seen"),
    search_hint=QT_TRANSLATE_NOOP("QueueFilters", "Search device name or IP  ( / )"),
    assigned_filter=False,
    # TRIAGE: a tag queued here shows at once, pending (console.cache.device_tags).
    follows=(sync.DEVICES, TRIAGE),
    keys=devices.keys,
)

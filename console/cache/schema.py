"""The cache's tables as they are at the head migration.

Queries and writers use these Core tables; the migration scripts under
`migrations/versions/` create them and are the history. `tests/cache` checks
that the two agree, so a column added here without a migration fails a test.

Every row carries `tenant_id`. Enum columns hold the wire value as it came
(canonical spelling for known members, the raw string for unrecognised ones);
`*_rank` columns exist so severity and risk sort by meaning, not by name.
JSON list columns keep the order the API sent; `tags` is the filterable copy.
No column holds a wall-clock "synced at": a re-run sync must write identical rows.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from console.cache.coltypes import UtcDateTime

metadata = MetaData()

tenants = Table(
    "tenants",
    metadata,
    Column("tenant_id", String, primary_key=True),
    Column("name", String),
)

incidents = Table(
    "incidents",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("tenant_id", String, nullable=False),
    Column("id", String, nullable=False),
    # Incident ids are numeric strings; zero-padded so "9" sorts before "10".
    Column("id_key", String, nullable=False),
    Column("display_name", String, nullable=False),
    Column("description", Text),
    Column("severity", String),
    Column("severity_rank", Integer, nullable=False, server_default=text("0")),
    Column("status", String),
    Column("classification", String),
    Column("determination", String),
    Column("assigned_to", String),
    Column("created", UtcDateTime),
    Column("last_update", UtcDateTime),
    Column("custom_tags", Text, nullable=False, server_default=text("'[]'")),
    Column("system_tags", Text, nullable=False, server_default=text("'[]'")),
    Column("incident_web_url", String),
    Column("redirect_incident_id", String),
    Column("summary", Text),
    Column("priority_score", Integer),
    Column("recommended_actions", Text),
    Column("recommended_hunting_queries", Text, nullable=False, server_default=text("'[]'")),
    # DEN by its own name or system tag; `is_den` adds "or any DEN alert".
    Column("own_den", Boolean, nullable=False, server_default=text("0")),
    # Maintained from the incident's alerts at write time (see derived.py).
    Column("is_den", Boolean, nullable=False, server_default=text("0")),
    Column("alert_count", Integer, nullable=False, server_default=text("0")),
    Column("active_alert_count", Integer, nullable=False, server_default=text("0")),
    Column("impacted_devices", Integer, nullable=False, server_default=text("0")),
    Column("categories", String, nullable=False, server_default=text("''")),
    Column("service_sources", String, nullable=False, server_default=text("''")),
    Column("detection_sources", String, nullable=False, server_default=text("''")),
    Column("first_activity", UtcDateTime),
    Column("last_activity", UtcDateTime),
    Column("tags_text", String, nullable=False, server_default=text("''")),
    Column("raw", Text, nullable=False),
    # Not returned by the last complete listing (migration 0005): hidden, kept.
    Column("gone", Boolean, nullable=False, server_default=text("0")),
    UniqueConstraint("tenant_id", "id", name="uq_incidents_tenant_id"),
    ForeignKeyConstraint(["tenant_id"], ["tenants.tenant_id"], name="fk_incidents_tenant"),
)

alerts = Table(
    "alerts",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("tenant_id", String, nullable=False),
    Column("id", String, nullable=False),
    Column("incident_id", String),
    Column("title", String, nullable=False),
    Column("description", Text),
    Column("severity", String),
    Column("severity_rank", Integer, nullable=False, server_default=text("0")),
    Column("status", String),
    Column("classification", String),
    Column("determination", String),
    Column("service_source", String),
    Column("detection_source", String),
    Column("category", String),
    Column("categories", Text, nullable=False, server_default=text("'[]'")),
    Column("mitre_techniques", Text, nullable=False, server_default=text("'[]'")),
    Column("assigned_to", String),
    Column("created", UtcDateTime),
    Column("last_update", UtcDateTime),
    Column("first_activity", UtcDateTime),
    Column("last_activity", UtcDateTime),
    Column("resolved", UtcDateTime),
    Column("recommended_actions", Text),
    Column("alert_web_url", String),
    Column("incident_web_url", String),
    Column("provider_alert_id", String),
    Column("product_name", String),
    Column("threat_family_name", String),
    Column("actor_display_name", String),
    Column("system_tags", Text, nullable=False, server_default=text("'[]'")),
    Column("is_den", Boolean, nullable=False, server_default=text("0")),
    # The first device its evidence names: what the queue's Device column shows.
    Column("device_id", String),
    Column("device_name", String),
    # Device names, users and IPs from the evidence, for text search.
    Column("search_assets", Text, nullable=False, server_default=text("''")),
    Column("raw", Text, nullable=False),
    # Not returned by the last complete listing (migration 0005): hidden, kept.
    Column("gone", Boolean, nullable=False, server_default=text("0")),
    UniqueConstraint("tenant_id", "id", name="uq_alerts_tenant_id"),
    ForeignKeyConstraint(["tenant_id"], ["tenants.tenant_id"], name="fk_alerts_tenant"),
)

evidence = Table(
    "evidence",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("tenant_id", String, nullable=False),
    Column("alert_id", String, nullable=False),
    Column("position", Integer, nullable=False),
    Column("kind", String, nullable=False),
    Column("label", String, nullable=False),
    Column("created", UtcDateTime),
    Column("verdict", String),
    Column("remediation_status", String),
    Column("roles", Text, nullable=False, server_default=text("'[]'")),
    Column("device_id", String),
    Column("raw", Text, nullable=False),
    UniqueConstraint("tenant_id", "alert_id", "position", name="uq_evidence_alert_position"),
    ForeignKeyConstraint(
        ["tenant_id", "alert_id"],
        ["alerts.tenant_id", "alerts.id"],
        name="fk_evidence_alert",
        ondelete="CASCADE",
    ),
)

alert_devices = Table(
    "alert_devices",
    metadata,
    Column("tenant_id", String, primary_key=True),
    Column("alert_id", String, primary_key=True),
    Column("device_id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    ForeignKeyConstraint(
        ["tenant_id", "alert_id"],
        ["alerts.tenant_id", "alerts.id"],
        name="fk_alert_devices_alert",
        ondelete="CASCADE",
    ),
)

devices = Table(
    "devices",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("tenant_id", String, nullable=False),
    Column("id", String, nullable=False),
    Column("computer_dns_name", String, nullable=False),
    # The DNS suffix after the host name: the queue's Domain column.
    Column("domain", String, nullable=False, server_default=text("''")),
    Column("first_seen", UtcDateTime),
    Column("last_seen", UtcDateTime),
    Column("os_platform", String),
    Column("os_version", String),
    Column("os_build", Integer),
    Column("os_architecture", String),
    Column("last_ip_address", String),
    Column("last_external_ip_address", String),
    Column("health_status", String),
    Column("onboarding_status", String),
    Column("risk_score", String),
    Column("risk_rank", Integer, nullable=False, server_default=text("0")),
    Column("exposure_level", String),
    Column("exposure_rank", Integer, nullable=False, server_default=text("0")),
    Column("device_value", String),
    Column("device_value_rank", Integer, nullable=False, server_default=text("0")),
    Column("rbac_group_id", Integer),
    Column("rbac_group_name", String),
    Column("aad_device_id", String),
    Column("is_aad_joined", Boolean),
    Column("machine_tags", Text, nullable=False, server_default=text("'[]'")),
    Column("ip_addresses", Text, nullable=False, server_default=text("'[]'")),
    Column("tags_text", String, nullable=False, server_default=text("''")),
    Column("raw", Text, nullable=False),
    # Not returned by the last complete listing (migration 0005): hidden, kept.
    Column("gone", Boolean, nullable=False, server_default=text("0")),
    UniqueConstraint("tenant_id", "id", name="uq_devices_tenant_id"),
    ForeignKeyConstraint(["tenant_id"], ["tenants.tenant_id"], name="fk_devices_tenant"),
)

comments = Table(
    "comments",
    metadata,
    Column("tenant_id", String, primary_key=True),
    Column("entity_kind", String, primary_key=True),  # "incident" or "alert"
    Column("entity_id", String, primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("author", String),
    Column("created", UtcDateTime),
)

tags = Table(
    "tags",
    metadata,
    Column("tenant_id", String, primary_key=True),
    Column("entity_kind", String, primary_key=True),  # "incident", "alert" or "device"
    Column("entity_id", String, primary_key=True),
    Column("tag", String, primary_key=True),
    Column("source", String, primary_key=True),  # "system", "custom" or "machine"
)

sync_state = Table(
    "sync_state",
    metadata,
    Column("tenant_id", String, primary_key=True),
    Column("resource", String, primary_key=True),
    Column("state", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

# The ids a complete listing (an unfiltered run) has seen so far, and which run
# (`sync_listing.run`) they belong to; `sync_missed`, the ids the last complete
# listing did not see. A row missed by two complete listings in a row is marked gone
# (one listing paged by $skip can miss items that move; see `console.cache.reconcile`).
sync_listing = Table(
    "sync_listing",
    metadata,
    Column("tenant_id", String, primary_key=True),
    Column("resource", String, primary_key=True),
    Column("run", String, nullable=False),
)


def _ids_of_a_listing(name: str) -> Table:
    """A set of item ids per tenant and resource (what a listing saw, or missed)."""
    return Table(
        name,
        metadata,
        Column("tenant_id", String, primary_key=True),
        Column("resource", String, primary_key=True),
        Column("id", String, primary_key=True),
    )


sync_seen = _ids_of_a_listing("sync_seen")
sync_missed = _ids_of_a_listing("sync_missed")

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("tenant_id", String, nullable=False),
    Column("idempotency_key", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("entity_kind", String, nullable=False),
    Column("entity_id", String, nullable=False),
    Column("payload", Text, nullable=False),
    Column("status", String, nullable=False),
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    Column("last_error", Text),
    Column("base_version", String),
    Column("created", UtcDateTime, nullable=False),
    Column("updated", UtcDateTime, nullable=False),
    UniqueConstraint("idempotency_key", name="uq_outbox_idempotency_key"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("tenant_id", String, nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("actor", String, nullable=False),
    Column("action", String, nullable=False),
    Column("entity_kind", String, nullable=False),
    Column("entity_id", String, nullable=False),
    Column("detail", Text, nullable=False),
)

# Ask Defender Experts: each question, as asked and as the channel last reported it.
# `id` is a uuid4 made when asked and is also the idempotency key on the wire.
expert_requests = Table(
    "expert_requests",
    metadata,
    Column("id", String, primary_key=True),
    Column("tenant_id", String, nullable=False),
    Column("category", String, nullable=False),
    Column("question", Text, nullable=False),
    Column("entity_kind", String, nullable=False),
    Column("entity_id", String, nullable=False),
    Column("context", Text, nullable=False),  # ExpertContext as JSON
    Column("priority", String, nullable=False),
    Column("contacts", Text, nullable=False, server_default=text("'[]'")),
    Column("attachments", Text, nullable=False, server_default=text("'[]'")),
    Column("channel", String, nullable=False),
    Column("status", String, nullable=False),
    Column("created", UtcDateTime, nullable=False),
    Column("updated", UtcDateTime, nullable=False),
    Column("remote_id", String),
    Column("unread", Boolean, nullable=False, server_default=text("0")),
    Column("error", Text),
)

# Replies in both directions. An analyst's reply is queued (`pending`) until the
# channel accepts it; `remote_id` is the service's id, `client_id` the idempotency key.
expert_replies = Table(
    "expert_replies",
    metadata,
    Column("id", String, primary_key=True),
    Column("tenant_id", String, nullable=False),
    Column("request_id", String, nullable=False),
    Column("remote_id", String),
    Column("author", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("created", UtcDateTime, nullable=False),
    Column("from_experts", Boolean, nullable=False),
    Column("pending", Boolean, nullable=False, server_default=text("0")),
    ForeignKeyConstraint(
        ["request_id"],
        ["expert_requests.id"],
        name="fk_expert_replies_request",
        ondelete="CASCADE",
    ),
)

# Per-tenant settings that belong with the tenant's data (e.g. the experts channel),
# one JSON document per key. Never secrets: those live in the OS credential store.
tenant_settings = Table(
    "tenant_settings",
    metadata,
    Column("tenant_id", String, primary_key=True),
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated", UtcDateTime, nullable=False),
)

# Columns the queues sort by that need a (column, id) index of their own
# (migration 0003 created them; it keeps its own copy, as history).
INCIDENT_SORTS = (
    "display_name",
    "tags_text",
    "categories",
    "impacted_devices",
    "active_alert_count",
    "alert_count",
    "service_sources",
    "detection_sources",
    "first_activity",
    "assigned_to",
    "classification",
    "determination",
)
ALERT_SORTS = (
    "title",
    "category",
    "detection_source",
    "service_source",
    "device_name",
    "incident_id",
    "first_activity",
    "assigned_to",
    "classification",
    "determination",
)

# The queue filters' low-cardinality columns, for counts of several filters
# (migration 0006 created them; it keeps its own copy, as history).
FILTER_COLUMNS = (
    "is_den",
    "status",
    "severity_rank",
    "assigned_to",
    "classification",
    "determination",
)

# After the last update, every column the alert queue filters or sorts on: a time range's
# matches are one stretch of it, counted, filtered further and sorted by any column without
# reading the scattered table rows (migration 0007, which keeps its own copy, as history).
# Not is_den: the statistics see it as two even values, and with it the planner took a full
# scan of this index as cheaper than the 4,000 DENs' own index (280 ms for the open DENs).
ALERT_TIME_QUEUE_COLUMNS = (
    "last_update",
    *(name for name in FILTER_COLUMNS if name != "is_den"),
    "title",
    "id",
    "category",
    "detection_source",
    "service_source",
    "device_name",
    "incident_id",
    "first_activity",
    "last_activity",
    "created",
    "tenant_id",
)

# The report's covering index (migration 0010 keeps its own copy, as history).
REPORT_COLUMNS = (
    "tenant_id",
    "created",
    "category",
    "title",
    "classification",
    "severity_rank",
    "is_den",
    "incident_id",
    "resolved",
    "id",
)

# Indexes serve the queue's sorts (each ends with the id tie-breaker so OFFSET
# paging is an index walk) and the filters that narrow most.
INDEXES = [
    Index("ix_incidents_last_update", incidents.c.last_update, incidents.c.id_key),
    Index("ix_incidents_created", incidents.c.created, incidents.c.id_key),
    Index("ix_incidents_last_activity", incidents.c.last_activity, incidents.c.id_key),
    Index("ix_incidents_severity", incidents.c.severity_rank, incidents.c.id_key),
    Index("ix_incidents_id_key", incidents.c.id_key),
    Index("ix_incidents_status", incidents.c.status, incidents.c.last_update, incidents.c.id_key),
    # DENs are a small share: partial indexes let the planner start from them. Only the
    # SQLite clause is modelled here: a `postgresql_where` makes SQLAlchemy load the whole
    # PostgreSQL dialect (~25 ms) at every start-up to check it. Migration 0001, which
    # creates the indexes, keeps both clauses.
    Index(
        "ix_incidents_den",
        incidents.c.last_update,
        incidents.c.id_key,
        sqlite_where=text("is_den = 1"),
    ),
    *(
        Index(f"ix_incidents_sort_{name}", incidents.c[name], incidents.c.id_key)
        for name in (*INCIDENT_SORTS, "status")
    ),
    Index("ix_incidents_filters", *(incidents.c[name] for name in FILTER_COLUMNS)),
    Index("ix_incidents_sort_tenant", incidents.c.tenant_id, incidents.c.id_key),
    # A narrow tenant scope is a plain tenant_id IN (`query.tenant_condition`): these
    # give its windows on the default sort in order instead of sorting its rows.
    Index(
        "ix_incidents_tenant_last_update",
        incidents.c.tenant_id,
        incidents.c.last_update,
        incidents.c.id_key,
    ),
    Index("ix_alerts_last_activity", alerts.c.last_activity, alerts.c.id),
    Index("ix_alerts_last_update", alerts.c.last_update, alerts.c.id),
    Index("ix_alerts_created", alerts.c.created, alerts.c.id),
    Index("ix_alerts_severity", alerts.c.severity_rank, alerts.c.id),
    Index("ix_alerts_id", alerts.c.id),
    Index("ix_alerts_status", alerts.c.status, alerts.c.last_activity, alerts.c.id),
    Index(
        "ix_alerts_den",
        alerts.c.last_activity,
        alerts.c.id,
        sqlite_where=text("is_den = 1"),
    ),
    Index("ix_alerts_incident", alerts.c.tenant_id, alerts.c.incident_id),
    Index(
        "ix_alerts_tenant_last_activity", alerts.c.tenant_id, alerts.c.last_activity, alerts.c.id
    ),
    *(
        Index(f"ix_alerts_sort_{name}", alerts.c[name], alerts.c.id)
        for name in (*ALERT_SORTS, "status")
    ),
    Index("ix_alerts_filters", *(alerts.c[name] for name in FILTER_COLUMNS)),
    Index("ix_alerts_time_queue", *(alerts.c[name] for name in ALERT_TIME_QUEUE_COLUMNS)),
    # The Defender Experts for Hunting report's figures (console.cache.report, migration 0010):
    # a tenant's alerts of a period with every column they group, filter and time on.
    Index("ix_alerts_report", *(alerts.c[name] for name in REPORT_COLUMNS)),
    # Its DEN figures (the count, the charts, the time to resolution) from the DENs alone.
    Index(
        "ix_incidents_report_den",
        incidents.c.tenant_id,
        incidents.c.created,
        incidents.c.severity_rank,
        incidents.c.severity,
        sqlite_where=text("is_den = 1"),
    ),
    Index(
        "ix_alerts_report_den",
        alerts.c.tenant_id,
        alerts.c.created,
        alerts.c.category,
        alerts.c.resolved,
        sqlite_where=text("is_den = 1"),
    ),
    Index("ix_alert_devices_device", alert_devices.c.tenant_id, alert_devices.c.device_id),
    Index("ix_devices_name", devices.c.computer_dns_name, devices.c.id),
    Index("ix_devices_last_seen", devices.c.last_seen, devices.c.id),
    Index("ix_devices_risk", devices.c.risk_rank, devices.c.id),
    Index("ix_tags_tag", tags.c.entity_kind, tags.c.tag),
    # Gone rows are few: `query.shown_condition` asks these whether there are any.
    *(
        Index(f"ix_{table.name}_gone", table.c.pk, sqlite_where=text("gone = 1"))
        for table in (incidents, alerts, devices)
    ),
    Index("ix_outbox_status", outbox.c.status, outbox.c.tenant_id),
    # An item's open changes (the queues' overlay, `triage.pending`) and its Activity tab.
    Index("ix_outbox_tenant_entity", outbox.c.tenant_id, outbox.c.entity_kind, outbox.c.entity_id),
    Index("ix_audit_tenant_at", audit_log.c.tenant_id, audit_log.c.at),
    # The Audit page of a desk: several tenants' entries newest first (console.cache.audit).
    Index("ix_audit_at", audit_log.c.at, audit_log.c.id),
    Index(
        "ix_audit_tenant_entity",
        audit_log.c.tenant_id,
        audit_log.c.entity_kind,
        audit_log.c.entity_id,
    ),
    Index(
        "ix_expert_requests_tenant_created", expert_requests.c.tenant_id, expert_requests.c.created
    ),
    Index("ix_expert_replies_request", expert_replies.c.request_id, expert_replies.c.created),
]

# FTS5 tables (SQLite only, created by migration 0002): rowid = the entity's pk,
# one `body` column: incident name and id; alert title, id and evidence assets;
# device name, id and IPs. An incident also matches through its alerts' rows.
FTS_TABLES = {"incident": "incidents_fts", "alert": "alerts_fts", "device": "devices_fts"}

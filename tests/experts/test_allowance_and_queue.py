"""Allowance per month and quarter, asking offline, handoffs, restarts, migration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

import pytest

from console.cache import Cache, audit, open_cache, outbox
from console.cache.migrate import MIGRATIONS
from console.domain import (
    AllowancePeriod,
    AllowancePolicy,
    Attachment,
    ChannelKind,
    ExpertCategory,
    ExpertsSettings,
    RequestDraft,
    RequestStatus,
)
from console.experts import AllowanceExhausted, ExpertsService, context
from console.experts.allowance import period_bounds
from tests.experts.conftest import fill

TENANT = "11111111-1111-1111-1111-111111111111"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def draft(cache: Cache, question: str = "Is pc-01 compromised?") -> RequestDraft:
    return RequestDraft(
        ExpertCategory.POSSIBLE_DEVICE_COMPROMISE,
        question,
        context.device_context(cache, TENANT, "dev1"),
        attachments=(Attachment("device: pc-01", "lastIpAddress: 10.0.0.1"),),
    )


def test_period_bounds_month_and_quarter() -> None:
    assert period_bounds(AllowancePeriod.MONTH, at("2026-02-28T23:59:59")) == (
        at("2026-02-01T00:00:00"),
        at("2026-03-01T00:00:00"),
    )
    assert period_bounds(AllowancePeriod.QUARTER, at("2026-12-31T23:00:00")) == (
        at("2026-10-01T00:00:00"),
        at("2027-01-01T00:00:00"),
    )
    assert period_bounds(AllowancePeriod.QUARTER, at("2026-04-01T00:00:00"))[0] == at(
        "2026-04-01T00:00:00"
    )


@pytest.mark.parametrize(
    ("period", "next_period"),
    [
        (AllowancePeriod.MONTH, "2026-04-01T00:00:00"),
        (AllowancePeriod.QUARTER, "2026-04-01T00:00:00"),
    ],
)
def test_allowance_counts_down_refuses_at_zero_and_renews(
    cache: Cache, period: AllowancePeriod, next_period: str
) -> None:
    fill(cache, TENANT)
    clock = [at("2026-03-31T23:00:00")]
    service = ExpertsService(cache, TENANT, clock=lambda: clock[0])
    service.save_settings(ExpertsSettings(allowance=AllowancePolicy(period, 2)))
    assert (service.allowance().used, service.allowance().remaining) == (0, 2)
    service.ask(draft(cache))
    assert service.allowance().remaining == 1
    service.ask(draft(cache))
    left = service.allowance()
    assert left.exhausted and left.remaining == 0 and left.end == at(next_period)
    with pytest.raises(AllowanceExhausted, match="2026-04-01"):
        service.ask(draft(cache))
    assert len(service.requests()) == 2
    clock[0] = at(next_period)
    assert service.allowance().remaining == 2
    service.ask(draft(cache))


def test_a_quarter_counts_the_months_before(cache: Cache) -> None:
    fill(cache, TENANT)
    clock = [at("2026-01-15T00:00:00")]
    service = ExpertsService(cache, TENANT, clock=lambda: clock[0])
    service.ask(draft(cache))
    clock[0] = at("2026-03-20T00:00:00")
    assert service.allowance().used == 1  # quarterly by default: January counts
    service.save_settings(ExpertsSettings(allowance=AllowancePolicy(AllowancePeriod.MONTH, 10)))
    assert service.allowance().used == 0


def test_ask_offline_is_queued_in_the_outbox_and_audited(cache: Cache) -> None:
    fill(cache, TENANT)
    service = ExpertsService(cache, TENANT)
    asked = service.ask(draft(cache))
    assert asked.status == RequestStatus.QUEUED and asked.is_pending
    [entry] = outbox.pending(cache, TENANT)
    assert (entry.idempotency_key, entry.kind) == (asked.id, "expertRequest")
    assert entry.payload["question"] == "Is pc-01 compromised?"
    [note] = audit.entries(cache, TENANT, 10)
    assert (note.action, note.entity_id) == ("experts.request.asked", asked.id)
    report = service.send_pending()
    assert report.offline and report.remaining == 1 and report.sent == 0
    assert service.get(asked.id).status == RequestStatus.QUEUED  # type: ignore[union-attr]


def test_restart_keeps_requests_replies_settings_and_queue(cache_path: Path) -> None:
    with open_cache(cache_path) as cache:
        fill(cache, TENANT)
        service = ExpertsService(cache, TENANT)
        service.save_settings(ExpertsSettings(service_url="http://127.0.0.1:9/experts/v1"))
        asked = service.ask(draft(cache))
        service.reply(asked.id, "More detail: it happened at 9:00.")
    with open_cache(cache_path) as cache:
        service = ExpertsService(cache, TENANT)
        [kept] = service.requests()
        assert kept == service.get(asked.id)
        assert (kept.id, kept.question, kept.status) == (
            asked.id,
            asked.question,
            RequestStatus.QUEUED,
        )
        assert kept.context == asked.context and kept.attachments == asked.attachments
        assert [r.text for r in kept.replies] == ["More detail: it happened at 9:00."]
        assert kept.replies[0].pending
        assert service.settings().service_url == "http://127.0.0.1:9/experts/v1"
        assert len(outbox.pending(cache, TENANT)) == 2


def test_portal_handoff_carries_the_context_and_confirm_marks_it_sent(cache: Cache) -> None:
    fill(cache, TENANT)
    service = ExpertsService(cache, TENANT)
    service.save_settings(ExpertsSettings(channel=ChannelKind.PORTAL))
    asked = service.ask(draft(cache))
    handoff = service.handoff(asked.id)
    assert handoff is not None and handoff.kind == ChannelKind.PORTAL
    assert handoff.url.startswith("https://security.microsoft.com/machines/v2/dev1")
    for text in ("Is pc-01 compromised?", "pc-01.contoso.com", "risk: low", asked.id, "10.0.0.1"):
        assert text in handoff.clipboard_text
    service.confirm_handoff(asked.id)
    assert service.get(asked.id).status == RequestStatus.SUBMITTED  # type: ignore[union-attr]
    assert outbox.pending(cache, TENANT) == []
    assert service.handoff(asked.id) is None
    assert "experts.request.sent" in [e.action for e in audit.entries(cache, TENANT, 10)]


def test_email_handoff_is_a_mailto_to_the_tenant_contact(cache: Cache) -> None:
    fill(cache, TENANT)
    service = ExpertsService(cache, TENANT)
    service.save_settings(
        ExpertsSettings(channel=ChannelKind.EMAIL, contact_email="experts@contoso.com")
    )
    asked = service.ask(draft(cache))
    handoff = service.handoff(asked.id)
    assert handoff is not None and handoff.url.startswith("mailto:experts@contoso.com?subject=")
    assert "Is pc-01 compromised?" in unquote(handoff.url)
    service.send_pending()  # the service channel leaves e-mail requests alone
    assert service.get(asked.id).status == RequestStatus.QUEUED  # type: ignore[union-attr]


def test_migration_0003_to_0004_keeps_data_and_adds_the_experts_tables(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    engine.dispose()
    with sqlite3.connect(path) as old:
        old.execute("INSERT INTO tenants(tenant_id, name) VALUES (?, 'Contoso')", (TENANT,))
    with open_cache(path) as cache:
        fill(cache, TENANT)
        service = ExpertsService(cache, TENANT)
        asked = service.ask(draft(cache))
        assert service.get(asked.id) is not None
        assert context.device_context(cache, TENANT, "dev1").fact("tenant") == "Contoso"
    assert list(tmp_path.glob("old.backup-rev0003-*.db"))

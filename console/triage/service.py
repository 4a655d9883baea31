"""`TriageService`: what the window asks to change, queued per tenant in the cache.

The window never sends: it queues (console.cache.triage), shows the change at once as
pending, and the triage controller sends it when the tenant is reachable. Items of
several tenants (a desk's All tenants queue) are queued per tenant, each under its own
tenant id, so each goes with its own tenant's token.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from console.cache import tags, triage
from console.cache.engine import Cache
from console.cache.triage import QueuedChange
from console.domain.triage import Change, validate

Item = tuple[str, str]  # (tenant id, item id)


class TriageService:
    def __init__(self, cache: Cache, actors: Mapping[str, Callable[[], str]]) -> None:
        """`actors`: for each tenant the window shows, who acts there (the signed-in
        account, or the profile's "acting as" under app sign-in), asked when needed."""
        self.cache = cache
        self._actors = dict(actors)

    @property
    def tenant_ids(self) -> tuple[str, ...]:
        return tuple(self._actors)

    def me(self, tenant_id: str) -> str:
        """Who "Assign to me" names in this tenant."""
        actor = self._actors.get(tenant_id)
        return actor() if actor is not None else "analyst"

    def queue(self, change: Change, items: Sequence[Item]) -> dict[str, int]:
        """Queue `change` for `items`, grouped per tenant: how many were queued in each.
        Raises TriageError (console.domain.triage) for a change the service would refuse."""
        validate(change)
        by_tenant: dict[str, list[str]] = {}
        for tenant_id, item_id in items:
            if tenant_id not in self._actors:
                raise ValueError(f"tenant {tenant_id} is not shown in this window")
            by_tenant.setdefault(tenant_id, []).append(item_id)
        return {
            tenant_id: len(triage.queue(self.cache, tenant_id, self.me(tenant_id), change, ids))
            for tenant_id, ids in by_tenant.items()
        }

    def known_tags(self, tenant_ids: Sequence[str] | None = None) -> list[str]:
        """The incidents' tags these tenants use, for type-ahead."""
        return tags.distinct(self.cache, list(tenant_ids or self.tenant_ids), "incident")

    def held(self) -> list[QueuedChange]:
        """Changes waiting for the analyst: conflicts and rejections."""
        return triage.held(self.cache, self.tenant_ids)

    def resolve(self, change: QueuedChange, choice: str) -> None:
        triage.resolve(self.cache, change, choice, self.me(change.tenant_id))

    def retry(self, change: QueuedChange) -> None:
        triage.retry(self.cache, change, self.me(change.tenant_id))

    def discard(self, change: QueuedChange) -> None:
        triage.discard(self.cache, change, self.me(change.tenant_id))


class _SignedIn(Protocol):
    def signed_in(self) -> Any: ...


def actor_of(sign_in: _SignedIn | None, fallback: str) -> Callable[[], str]:
    """Who acts through `sign_in` (its account, or its "acting as"), else `fallback`: the
    demo's analyst, or the desk's own user for a cache reviewed offline. Asked each time,
    since the analyst may sign in as someone else while the window is open."""

    def actor() -> str:
        if sign_in is not None:
            try:
                who = sign_in.signed_in()
            except Exception:  # a token cache that cannot be read: the fallback still acts
                who = None
            if who is not None and getattr(who, "username", "?") not in ("", "?"):
                return str(who.username)
        return fallback

    return actor

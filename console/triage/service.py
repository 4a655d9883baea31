"""`TriageService`: what the window asks to change, queued per tenant in the cache.

The window never sends: it queues (console.cache.triage), shows the change at once as
pending, and the triage controller sends it when the tenant is reachable. Items of
several tenants (a desk's All tenants queue) are queued per tenant, each under its own
tenant id, so each goes with its own tenant's token.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from console.cache import device_tags, tags, triage
from console.cache.engine import Cache
from console.cache.triage import QueuedChange
from console.domain.triage import Change, TriageError, validate

Item = tuple[str, str]  # (tenant id, item id)


class NotSignedIn(TriageError):
    """ "Assign to me" in a tenant nobody is signed in to: there is no one to name."""

    def __init__(self, tenant_id: str) -> None:
        super().__init__(
            f"no one is signed in to tenant {tenant_id}: sign in to assign to yourself"
        )
        self.tenant_id = tenant_id


# Items one change may name: at the tenant's quota (about 150 requests a minute) 10,000
# take an hour or more to send, and they are queued in one transaction the syncs wait for.
MAX_ITEMS = 10_000


class TooMany(TriageError):
    def __init__(self, count: int) -> None:
        super().__init__(f"{count:,} items at once: at most {MAX_ITEMS:,}; narrow the view first")
        self.count = count


class TriageService:
    def __init__(
        self,
        cache: Cache,
        actors: Mapping[str, Callable[[], str]],
        assignees: Mapping[str, Callable[[], str]] | None = None,
    ) -> None:
        """`actors`: for each tenant the window shows, who acts there (the signed-in
        account, or the profile's "acting as" under app sign-in), asked when needed: the
        audit log's "who". `assignees`: who "Assign to me" names, "" when no one is signed
        in (the desk's login name is fine in a log, never as an incident's assignee); the
        actors when not given."""
        self.cache = cache
        self._actors = dict(actors)
        self._assignees = dict(assignees) if assignees is not None else None

    @property
    def tenant_ids(self) -> tuple[str, ...]:
        return tuple(self._actors)

    def me(self, tenant_id: str) -> str:
        """Who "Assign to me" names in this tenant; raises NotSignedIn when no one is."""
        if self._assignees is None:
            return self._actor(tenant_id)
        assignee = self._assignees.get(tenant_id)
        who = assignee() if assignee is not None else ""
        if not who:
            raise NotSignedIn(tenant_id)
        return who

    def _actor(self, tenant_id: str) -> str:
        """Who the audit log says acted in this tenant."""
        actor = self._actors.get(tenant_id)
        return actor() if actor is not None else "analyst"

    def queue(
        self,
        change: Change,
        items: Sequence[Item],
        seen: Mapping[Item, Mapping[str, Any]] | None = None,
    ) -> dict[str, int]:
        """Queue `change` for `items`, grouped per tenant: how many were queued in each.
        `seen`: the values the analyst decided from, per item (console.cache.triage.queue).
        Raises TriageError (console.domain.triage) for a change the service would refuse."""
        validate(change)
        if len(items) > MAX_ITEMS:
            raise TooMany(len(items))
        by_tenant: dict[str, list[str]] = {}
        for tenant_id, item_id in items:
            if tenant_id not in self._actors:
                raise ValueError(f"tenant {tenant_id} is not shown in this window")
            by_tenant.setdefault(tenant_id, []).append(item_id)
        decided = seen or {}
        return {
            tenant_id: len(
                triage.queue(
                    self.cache,
                    tenant_id,
                    self._actor(tenant_id),
                    change,
                    ids,
                    {i: decided[(tenant_id, i)] for i in ids if (tenant_id, i) in decided},
                )
            )
            for tenant_id, ids in by_tenant.items()
        }

    def tag_devices(
        self, items: Sequence[Item], tag: str, *, remove: bool = False
    ) -> dict[str, int]:
        """Queue adding (or removing) a machine tag on devices, grouped per tenant: sent
        500 devices per call when reachable (console.triage.device_tags)."""
        if not tag.strip():
            raise TriageError("a device tag cannot be empty")
        by_tenant: dict[str, list[str]] = {}
        for tenant_id, machine_id in items:
            if tenant_id not in self._actors:
                raise ValueError(f"tenant {tenant_id} is not shown in this window")
            by_tenant.setdefault(tenant_id, []).append(machine_id)
        return {
            tenant_id: device_tags.queue(
                self.cache, tenant_id, self._actor(tenant_id), tag, ids, remove=remove
            )
            for tenant_id, ids in by_tenant.items()
        }

    def known_tags(self, tenant_ids: Sequence[str] | None = None) -> list[str]:
        """The incidents' tags these tenants use, for type-ahead."""
        return tags.distinct(self.cache, list(tenant_ids or self.tenant_ids), "incident")

    def held(self) -> list[QueuedChange]:
        """Changes waiting for the analyst: conflicts and rejections."""
        return triage.held(self.cache, self.tenant_ids)

    def resolve(self, change: QueuedChange, choice: str) -> None:
        triage.resolve(self.cache, change, choice, self._actor(change.tenant_id))

    def retry(self, change: QueuedChange) -> None:
        triage.retry(self.cache, change, self._actor(change.tenant_id))

    def discard(self, change: QueuedChange) -> None:
        triage.discard(self.cache, change, self._actor(change.tenant_id))


class _SignedIn(Protocol):
    def signed_in(self) -> Any: ...


def assignee_of(sign_in: _SignedIn | None, fallback: str) -> Callable[[], str]:
    """Who "Assign to me" names through `sign_in`: its account, or "" when signed out;
    `fallback` without a sign-in (the demo's analyst; "" for a cache reviewed offline)."""
    if sign_in is None:
        return lambda: fallback
    return actor_of(sign_in, "")


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

"""The request and response shapes passed between the HTTP server and the route handlers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from console.emulator.dataset import TenantData


@dataclass
class Request:
    method: str
    path: str
    query: str
    headers: dict[str, str]  # lower-cased names
    body: bytes
    base_url: str  # scheme://host:port as the client addressed us, for absolute links

    @property
    def include_unknown_enums(self) -> bool:
        return "include-unknown-enum-members" in self.headers.get("prefer", "").lower()


@dataclass
class ApiRequest(Request):
    tenant: TenantData | None = None
    principal: str = ""  # who the token was issued to; shown as a comment's author


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = (
        "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8"
    )
    list_page: bool = False  # a page of a collection: eligible for the malformed-page fault

"""Throughput of the API layer on realistic alert pages (a measurement, not a test).

    .venv/bin/python -m tests.api.measure_parse [pages]

1. Parse: 1000 Graph alerts with 4 evidence items each, decoded and parsed,
   against decoding alone (orjson, and the stdlib json a naive floor would use).
2. Fetch: `pages` pages of 1000 alerts from a local server through
   `GraphClient.alert_pages`, against plain `requests.get` + `json.loads` of the
   same pages (the sync's floor without its SQLite part).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

import orjson
import requests

from console.api import ApiSession, GraphClient, StaticTokenProvider, parse_alert
from console.api.gcpause import gc_paused
from console.api.paging import parse_items
from tests.api import wire_samples as wire
from tests.api.scripted_server import BASE, Reply, start_server, stop_server


def best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def measure_parse() -> None:
    payload = orjson.dumps({"value": wire.alerts_page(1000)})
    decode_orjson = best_of(5, lambda: orjson.loads(payload))
    decode_json = best_of(5, lambda: json.loads(payload))

    def parse_page() -> None:
        # As iter_pages does it: decode, then parse, with the cyclic GC paused.
        warnings: list[str] = []
        with gc_paused():
            items = orjson.loads(payload)["value"]
            parse_items(items, lambda obj, w: parse_alert(obj, "tenant", w), warnings)

    full = best_of(5, parse_page)
    print(f"page: 1000 alerts, {len(payload) / 1e6:.1f} MB of JSON")
    print(f"  orjson decode only     {decode_orjson * 1000:7.1f} ms")
    print(f"  stdlib json decode     {decode_json * 1000:7.1f} ms")
    print(f"  orjson decode + parse  {full * 1000:7.1f} ms  -> {1000 / full:,.0f} alerts/s")
    print(f"  parsing alone          {(full - decode_orjson) * 1000:7.1f} ms")


def measure_fetch(pages: int) -> None:
    server = start_server()
    try:
        items = wire.alerts_page(1000)

        def script() -> None:
            for n in range(pages):
                body: dict[str, object] = {"value": items}
                if n + 1 < pages:
                    body["@odata.nextLink"] = f"{BASE}/v1.0/security/alerts_v2?$skiptoken={n + 1}"
                server.script(Reply(body=orjson.dumps(body)))

        script()
        started = time.perf_counter()
        url: str | None = f"{server.base_url}/v1.0/security/alerts_v2?$top=1000"
        with requests.Session() as plain:
            count = 0
            while url:
                body = json.loads(plain.get(url, timeout=60).content)
                count += len(body["value"])
                url = body.get("@odata.nextLink")
        floor = time.perf_counter() - started

        script()
        started = time.perf_counter()
        with ApiSession(StaticTokenProvider("t")) as session:
            client = GraphClient(session, f"{server.base_url}/v1.0", tenant_id=wire.TENANT)
            ours = sum(len(page.items) for page in client.alert_pages())
        elapsed = time.perf_counter() - started
        assert ours == count == pages * 1000
        print(f"fetch: {pages} pages x 1000 alerts from 127.0.0.1")
        print(f"  requests + json.loads   {floor:6.2f} s  ({count / floor:,.0f} alerts/s)")
        print(f"  GraphClient.alert_pages {elapsed:6.2f} s  ({ours / elapsed:,.0f} alerts/s)")
        print(f"  ratio                   {elapsed / floor:6.2f}x")
    finally:
        stop_server(server)


if __name__ == "__main__":
    measure_parse()
    measure_fetch(int(sys.argv[1]) if len(sys.argv) > 1 else 20)

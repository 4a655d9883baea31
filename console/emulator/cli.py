"""``hunting-console emulator``: run the emulator in the foreground until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import os
import signal
import tempfile
import threading
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import orjson

from console.emulator.config import (
    MACHINE_ACTION_OUTCOMES,
    MACHINE_PERMISSIONS,
    EmulatorConfig,
)

if TYPE_CHECKING:
    from console.emulator.emulator import Emulator


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--tenants", type=int, default=1)
    parser.add_argument("--incidents", type=int, default=200, help="per tenant")
    parser.add_argument("--devices", type=int, default=50, help="per tenant")
    parser.add_argument("--alerts-per-incident", type=int, default=5, help="mean")
    parser.add_argument("--mutate-every", type=float, default=None, metavar="SECONDS")
    parser.add_argument(
        "--accept-token",
        action="append",
        default=[],
        metavar="TOKEN[=TENANT_ID]",
        help="accept this bearer token (for the first tenant unless =TENANT_ID); repeatable",
    )
    parser.add_argument("--rate-limit-per-minute", type=int, default=None)
    parser.add_argument(
        "--write-limit-per-minute",
        type=int,
        default=None,
        metavar="N",
        help="answer 429 to incident and alert writes (PATCH, comments) past N in any 60 "
        "seconds per tenant and calling app; reads never count (default: unlimited)",
    )
    parser.add_argument("--latency-ms", type=int, default=0)
    parser.add_argument("--fault-5xx-rate", type=float, default=0.0)
    parser.add_argument("--fault-malformed-page", type=int, default=None, metavar="N")
    parser.add_argument("--fault-drop-every", type=int, default=None, metavar="N")
    parser.add_argument(
        "--fault-foreign-next-link",
        nargs="?",
        const="localhost",
        default=None,
        metavar="HOST",
        help="next links of list pages name HOST (default: localhost) on the same port",
    )
    parser.add_argument(
        "--fault-link-cycle",
        type=int,
        default=None,
        metavar="N",
        help="the next link of list page N (2 or more) leads back to page N-1",
    )
    parser.add_argument(
        "--fault-slow-bytes",
        type=float,
        default=None,
        metavar="SECONDS",
        help="send every API response one byte at a time, SECONDS apart",
    )
    parser.add_argument(
        "--defender-port",
        type=int,
        default=None,
        metavar="PORT",
        help="serve Defender for Endpoint on its own port (0 picks a free one)",
    )
    parser.add_argument(
        "--tls",
        action="store_true",
        help="serve HTTPS with a certificate from a throwaway CA (MSAL needs https); the CA "
        "file's path is printed and written in the ready file as ca_file",
    )
    parser.add_argument(
        "--token-lifetime",
        type=int,
        default=3600,
        metavar="SECONDS",
        help="lifetime of issued access tokens (default: %(default)s); under 300, MSAL "
        "refreshes on every use",
    )
    parser.add_argument(
        "--device-code",
        choices=("approve", "deny", "expire", "blocked"),
        default="approve",
        help="how a device code sign-in ends after --device-code-polls polls (blocked: a "
        "Conditional Access policy refuses device code) (default: %(default)s)",
    )
    parser.add_argument(
        "--device-code-polls",
        type=int,
        default=2,
        metavar="N",
        help="pending answers before the device code outcome (default: %(default)s)",
    )
    parser.add_argument(
        "--no-admin-consent",
        action="store_true",
        help="the admin has not consented: each API needs the analyst's consent in a sign-in",
    )
    parser.add_argument(
        "--app-secret-env",
        action="append",
        default=[],
        metavar="CLIENT_ID=VAR",
        help="register a confidential app whose client secret is in environment variable "
        "VAR (never an argument); repeatable",
    )
    parser.add_argument(
        "--app-certificate",
        action="append",
        default=[],
        metavar="CLIENT_ID=PEM",
        help="register a confidential app with the certificate in PEM file; its client "
        "assertions must be signed with that certificate's key; repeatable",
    )
    parser.add_argument(
        "--machine-action-seconds",
        default="1,2",
        metavar="IN_PROGRESS,DONE",
        help="seconds from a machine action's creation until it is InProgress, and until it "
        "ends (default: %(default)s; 0,0 ends it at once)",
    )
    parser.add_argument(
        "--machine-action-outcome",
        choices=MACHINE_ACTION_OUTCOMES,
        default="Succeeded",
        help="how every machine action ends (default: %(default)s)",
    )
    parser.add_argument(
        "--deny-machine-permission",
        action="append",
        default=[],
        choices=MACHINE_PERMISSIONS,
        metavar="PERMISSION",
        help="refuse this machine permission (403) to every tenant's apps: "
        f"{', '.join(MACHINE_PERMISSIONS)}; repeatable",
    )
    parser.add_argument("--ready-file", type=Path, default=None, metavar="PATH")


def config_from_args(args: argparse.Namespace) -> EmulatorConfig:
    accepted: dict[str, str] = {}
    for entry in args.accept_token:
        token, _, tenant = entry.partition("=")
        accepted[token] = tenant  # empty: the first tenant (resolved by Emulator)
    secrets: dict[str, str] = {}
    for entry in args.app_secret_env:
        client, _, variable = entry.partition("=")
        if not client or not os.environ.get(variable):
            raise _usage(
                f"--app-secret-env {client}=...: environment variable {variable!r} is not set"
            )
        secrets[client] = os.environ[variable]
    certificates: dict[str, str] = {}
    for entry in args.app_certificate:
        client, _, pem = entry.partition("=")
        try:
            certificates[client] = Path(pem).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as error:
            raise _usage(f"--app-certificate {client}={pem}: cannot be read ({error})") from None
    return EmulatorConfig(
        app_secrets=secrets,
        app_certificates=certificates,
        seed=args.seed,
        tenants=args.tenants,
        incidents=args.incidents,
        devices=args.devices,
        alerts_per_incident=args.alerts_per_incident,
        mutate_every=args.mutate_every,
        accept_tokens=accepted,
        rate_limit_per_minute=args.rate_limit_per_minute,
        write_limit_per_minute=args.write_limit_per_minute,
        latency_ms=args.latency_ms,
        fault_5xx_rate=args.fault_5xx_rate,
        fault_malformed_page=args.fault_malformed_page,
        fault_drop_every=args.fault_drop_every,
        fault_foreign_next_link=args.fault_foreign_next_link,
        fault_link_cycle=args.fault_link_cycle,
        fault_slow_bytes=args.fault_slow_bytes,
        defender_port=args.defender_port,
        tls=args.tls,
        token_lifetime=args.token_lifetime,
        device_code_outcome=args.device_code,
        device_code_polls=args.device_code_polls,
        admin_consent=not args.no_admin_consent,
        machine_action_seconds=_action_seconds(args.machine_action_seconds),
        machine_action_outcome=args.machine_action_outcome,
        denied_machine_permissions=tuple(args.deny_machine_permission),
    )


def _action_seconds(text: str) -> tuple[float, float]:
    to_progress, _, to_done = text.partition(",")
    try:
        pair = (float(to_progress), float(to_done))
    except ValueError:
        raise _usage(f"--machine-action-seconds {text}: give two numbers, as 1,2") from None
    if not 0 <= pair[0] <= pair[1]:
        raise _usage(f"--machine-action-seconds {text}: 0 <= IN_PROGRESS <= DONE")
    return pair


def _usage(message: str) -> Exception:
    from console.commands import CommandError

    return CommandError(message)


def write_ready_file(path: Path, emulator: Emulator) -> None:
    """Write atomically (temp file + rename) so a watcher never reads half a file."""
    document = {
        "base_url": emulator.base_url,
        "graph_url": emulator.graph_url,
        "defender_url": emulator.defender_url,
        "login_url": emulator.login_url,
        # The CA to trust for https (with --tls); null for plain http.
        "ca_file": emulator.ca_path,
        "tenants": [{"id": t.id, "name": t.name, "domain": t.domain} for t in emulator.tenants],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp creates the file 600 whatever the umask, and the rename keeps that mode.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "wb") as stream:
        stream.write(orjson.dumps(document, option=orjson.OPT_INDENT_2))
    os.replace(temporary, path)


def run(args: argparse.Namespace) -> int:
    from console.emulator.emulator import Emulator

    emulator = Emulator(config_from_args(args))
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    try:
        emulator.start(host=args.host, port=args.port)
    except OSError as error:  # the port is taken, or the address is not this machine's
        from console.commands import CommandError

        raise CommandError(
            f"the emulator cannot listen on {args.host}:{args.port}: {error.strerror or error}"
        ) from error
    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(f"Emulator listening on {emulator.base_url}", flush=True)
        if emulator.defender_url != emulator.base_url:
            print(f"  Defender for Endpoint on {emulator.defender_url}", flush=True)
        if emulator.ca_path:
            print(f"  trust the throwaway CA in {emulator.ca_path}", flush=True)
        for tenant in emulator.tenants:
            print(f"  tenant {tenant.name} ({tenant.domain}) {tenant.id}", flush=True)
        if args.ready_file is not None:
            write_ready_file(args.ready_file, emulator)
        while not stop.wait(0.5):
            pass
    finally:
        emulator.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0

"""`hunting-console profile|sign-in|sign-out|test-connection`: a tenant profile from the terminal.

The terminal signs in with a device code (or the browser with --browser); the code and
the address are printed on stderr. Nothing here prints a token.
"""

from __future__ import annotations

import argparse
import sys
import threading
from typing import TYPE_CHECKING, Any

from console.commands import CommandError

if TYPE_CHECKING:
    from console.auth.profiles import TenantProfile
    from console.auth.service import DeviceCodePrompt, SignInService


def add_parsers(commands: Any) -> None:
    profile = commands.add_parser(
        "profile",
        help="add, list or remove tenant profiles (how to reach and sign in to a tenant)",
        description="Tenant profiles are kept in the settings; they never hold a secret.",
    )
    actions = profile.add_subparsers(dest="profile_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add or replace a profile")
    add.add_argument("name", help="display name of the profile")
    add.add_argument("--tenant", required=True, help="tenant GUID or domain")
    add.add_argument("--client-id", required=True, help="the app registration's client id")
    add.add_argument(
        "--cloud", default="commercial", choices=("commercial", "gcc", "gcc-high", "dod", "custom")
    )
    add.add_argument("--method", default="interactive", choices=("interactive", "device-code"))
    add.add_argument("--ca-bundle", metavar="PEM", help="CA file trusted for this tenant's hosts")
    add.add_argument("--login-url", metavar="URL", help="custom cloud: the sign-in base URL")
    add.add_argument("--graph-url", metavar="URL", help="custom cloud: the Graph base URL")
    add.add_argument("--defender-url", metavar="URL", help="custom cloud: the Defender URL")
    add.add_argument(
        "--allow-token-file",
        action="store_true",
        help="where no secure store exists, keep tokens in a file only you can read "
        "(otherwise they stay in memory until the console closes)",
    )
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help="list the profiles")
    listing.set_defaults(handler=run_list)
    remove = actions.add_parser("remove", help="remove a profile and sign out of it")
    remove.add_argument("name")
    remove.set_defaults(handler=run_remove)

    sign_in = commands.add_parser(
        "sign-in", help="sign in to a tenant profile (a device code on the terminal)"
    )
    _profile_option(sign_in)
    sign_in.add_argument("--browser", action="store_true", help="sign in with the browser")
    sign_in.set_defaults(handler=run_sign_in)
    sign_out = commands.add_parser("sign-out", help="forget a profile's tokens")
    _profile_option(sign_out)
    sign_out.set_defaults(handler=run_sign_out)
    check = commands.add_parser(
        "test-connection",
        help="sign in and read one page of incidents, alerts and machines, naming what failed",
    )
    _profile_option(check)
    check.set_defaults(handler=run_test_connection)


def _profile_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", required=True, metavar="NAME", help="tenant profile")


def _store() -> Any:
    from console.auth.profiles import ProfileStore
    from console.settings import default_settings

    return ProfileStore(default_settings())


def load_profile(name: str) -> TenantProfile:
    profile = _store().get(name)
    if profile is None:
        raise CommandError(
            f"no tenant profile named {name!r}; add one with `hunting-console profile add`"
        )
    return profile  # type: ignore[no-any-return]


def run_add(args: argparse.Namespace) -> int:
    from console.auth.clouds import Cloud
    from console.auth.profiles import SignInMethod, TenantProfile

    try:
        profile = TenantProfile(
            name=args.name,
            tenant=args.tenant,
            client_id=args.client_id,
            cloud=Cloud(args.cloud),
            method=SignInMethod(args.method),
            ca_bundle=args.ca_bundle,
            login_url=args.login_url,
            graph_url=args.graph_url,
            defender_url=args.defender_url,
            allow_plain_token_file=args.allow_token_file,
        )
        from console.api.scope import check_transport

        check_transport(profile.authority)
    except ValueError as error:
        raise CommandError(str(error)) from error
    _store().save(profile)
    print(f"saved tenant profile {profile.name!r}", file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace) -> int:
    for name, profile in sorted(_store().all().items()):
        print(f"{name}\t{profile.tenant}\t{profile.cloud.value}\t{profile.method.value}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    store = _store()
    profile = store.get(args.name)
    if profile is None:
        raise CommandError(f"no tenant profile named {args.name!r}")
    _sign_out(profile)
    store.remove(args.name)
    print(f"removed tenant profile {args.name!r}", file=sys.stderr)
    return 0


def open_signed_in(profile: TenantProfile, *, browser: bool = False) -> SignInService:
    """The profile's service, signed in (on the terminal when no saved sign-in works)."""
    from console.auth.errors import SignInError
    from console.auth.service import Resource
    from console.auth.setup import open_service

    service = open_service(profile)
    _say_storage(service)
    try:
        if service.signed_in() is not None:
            try:
                service.token(Resource.GRAPH)
                return service
            except SignInError:
                pass  # the saved sign-in no longer works: a new one
        who = (
            service.sign_in_with_browser()
            if browser
            else service.sign_in_with_device_code(show_device_code, cancel=threading.Event())
        )
    except SignInError as error:
        service.close()
        raise CommandError(f"sign-in to {profile.name!r} failed: {error}") from error
    _store().mark_used(profile.name)
    print(f"signed in as {who.username} to tenant {who.tenant_id}", file=sys.stderr)
    return service


def show_device_code(prompt: DeviceCodePrompt) -> None:
    print(
        f"To sign in, open {prompt.verification_uri} and enter the code {prompt.user_code}",
        file=sys.stderr,
        flush=True,
    )


def _say_storage(service: SignInService) -> None:
    from console.auth.token_cache import TokenStorage

    if service.token_storage is TokenStorage.MEMORY:
        print(
            "note: no secure store for tokens on this machine; they stay in memory and this "
            "sign-in ends with the command (see `profile add --allow-token-file`)",
            file=sys.stderr,
        )
    elif service.token_storage is TokenStorage.PLAIN_FILE:
        print(
            "warning: tokens are kept in a file only you can read, not encrypted",
            file=sys.stderr,
        )


def run_sign_in(args: argparse.Namespace) -> int:
    open_signed_in(load_profile(args.profile), browser=args.browser).close()
    return 0


def _sign_out(profile: TenantProfile) -> None:
    from console.auth.setup import open_service

    service = open_service(profile)
    try:
        service.sign_out()
    finally:
        service.close()


def run_sign_out(args: argparse.Namespace) -> int:
    profile = load_profile(args.profile)
    _sign_out(profile)
    print(f"signed out of {profile.name!r}", file=sys.stderr)
    return 0


def run_test_connection(args: argparse.Namespace) -> int:
    from console.auth.connection import STEPS, run_connection_test
    from console.auth.setup import open_service

    profile = load_profile(args.profile)
    service = open_service(profile)
    _say_storage(service)
    try:
        report = run_connection_test(service, lambda s: s.sign_in(on_device_code=show_device_code))
    finally:
        service.close()
    for step in report.steps:
        mark = "ok" if step.ok else "FAILED"
        print(f"{STEPS[step.step]}: {mark}{': ' + step.message if step.message else ''}")
    failure = report.first_failure
    if failure is not None:
        raise CommandError(f"{STEPS[failure.step]} failed: {failure.message}")
    return 0

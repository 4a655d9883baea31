"""`hunting-console profiles|sign-in|sign-out|test-connection`: tenant profiles from the terminal.

`profiles` (alias `profile`) adds, lists, tests and removes profiles and stores their
secrets in the OS credential store; `test-connection --profile NAME` is `profiles test
NAME`. The terminal signs in with a device code (or the browser with --browser); the
code and the address are printed on stderr. App and token profiles sign in with no one
at the terminal. Nothing here prints a token or a secret.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import threading
from typing import TYPE_CHECKING, Any

from console.commands import CommandError

if TYPE_CHECKING:
    from console.auth.profiles import ProfileStore, TenantProfile
    from console.auth.service import DeviceCodePrompt, TenantSignIn

METHODS = (
    "interactive",
    "device-code",
    "app-secret",
    "app-certificate",
    "token-env",
    "token-command",
)


def add_parsers(commands: Any) -> None:
    profile = commands.add_parser(
        "profiles",
        aliases=["profile"],
        help="add, list, test or remove tenant profiles (how to reach and sign in to a tenant)",
        description="Tenant profiles are kept in the settings, or provisioned by the policy "
        "file; they never hold a secret (`profiles set-secret` puts one in the OS "
        "credential store).",
    )
    actions = profile.add_subparsers(dest="profile_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add or replace a profile")
    add.add_argument("name", help="display name of the profile")
    add.add_argument("--tenant", required=True, help="tenant GUID or domain")
    add.add_argument(
        "--client-id", default="", help="the app registration's client id (not for tokens)"
    )
    add.add_argument(
        "--cloud", default="commercial", choices=("commercial", "gcc", "gcc-high", "dod", "custom")
    )
    add.add_argument("--method", default="interactive", choices=METHODS)
    add.add_argument(
        "--acting-as",
        metavar="UPN",
        help="app and token profiles: the analyst the console acts for (assign to me, audit)",
    )
    add.add_argument(
        "--certificate", metavar="FILE", help="app-certificate: a .pem (key + cert) or .pfx"
    )
    add.add_argument("--token-env", metavar="VAR", help="token-env: the Graph token's variable")
    add.add_argument(
        "--defender-token-env", metavar="VAR", help="token-env: the Defender token's variable"
    )
    add.add_argument(
        "--token-command",
        metavar="COMMAND",
        help="token-command: the command (no shell) printing a token, with {resource} for "
        "the API, e.g. 'az account get-access-token --resource {resource}'",
    )
    add.add_argument(
        "--token-timeout", type=float, default=30.0, metavar="SECONDS", help="token-command"
    )
    add.add_argument(
        "--ca-bundle", metavar="PEM", help="CA file trusted besides the OS's for this tenant"
    )
    add.add_argument(
        "--proxy",
        metavar="URL",
        help="http://[user@]host:port for this tenant (default: the policy's, HTTPS_PROXY, "
        "the system's); a password goes in with set-secret --kind proxy-password",
    )
    add.add_argument(
        "--no-proxy", metavar="HOSTS", default="", help="comma-separated hosts reached directly"
    )
    add.add_argument("--login-url", metavar="URL", help="custom cloud: the sign-in base URL")
    add.add_argument("--graph-url", metavar="URL", help="custom cloud: the Graph base URL")
    add.add_argument("--defender-url", metavar="URL", help="custom cloud: the Defender URL")
    add.add_argument(
        "--allow-token-file",
        action="store_true",
        help="where no secure store exists, keep tokens in a file only you can read "
        "(otherwise they stay in memory until the console closes)",
    )
    add.add_argument(
        "--sync-every",
        type=_minutes,
        metavar="MINUTES",
        help="the window syncs the tenant every MINUTES while it is open (default: the "
        "policy file's schedule, else only Sync now)",
    )
    add.add_argument(
        "--sync-at-start",
        action="store_true",
        help="the window syncs the tenant when it opens on it",
    )
    add.add_argument(
        "--experts-channel",
        choices=("service", "portal", "email"),
        help="how questions reach Defender Experts (default: the policy's, else the console's)",
    )
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help="list the profiles")
    listing.set_defaults(handler=run_list)
    remove = actions.add_parser("remove", help="remove a profile and sign out of it")
    remove.add_argument("name")
    remove.set_defaults(handler=run_remove)
    test = actions.add_parser(
        "test", help="sign in and read one page of incidents, alerts and machines"
    )
    test.add_argument("name")
    test.set_defaults(handler=run_test_connection)
    secret = actions.add_parser(
        "set-secret",
        help="read a secret from stdin (never an argument) into the OS credential store",
    )
    secret.add_argument("name")
    secret.add_argument(
        "--kind",
        required=True,
        choices=("client-secret", "certificate-password", "proxy-password"),
    )
    secret.set_defaults(handler=run_set_secret)

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


def _minutes(text: str) -> int:
    """--sync-every's value: a whole number of minutes, 1 or more (else exit 2, named)."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of minutes, 1 or more")
    return int(text)


def _profile_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", required=True, metavar="NAME", help="tenant profile")


def profile_store() -> ProfileStore:
    """The settings' profiles with the policy file's; a policy with mistakes stops the
    command, naming each (file, line, field); refused user overrides are warned about."""
    from console.auth.policy import PolicyError
    from console.auth.setup import open_profile_store

    try:
        store = open_profile_store()
    except PolicyError as error:
        count = len(error.mistakes)
        raise CommandError(
            f"the policy file has {count} mistake{'s' if count > 1 else ''}: {error}"
        ) from error
    assert store.policy is not None
    for problem in store.policy.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return store


def load_profile(name: str) -> TenantProfile:
    profile = profile_store().get(name)
    if profile is None:
        raise CommandError(
            f"no tenant profile named {name!r}; add one with `hunting-console profiles add`"
        )
    return profile


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
            proxy=args.proxy,
            no_proxy=tuple(h.strip() for h in args.no_proxy.split(",") if h.strip()),
            login_url=args.login_url,
            graph_url=args.graph_url,
            defender_url=args.defender_url,
            allow_plain_token_file=args.allow_token_file,
            acting_as=args.acting_as,
            certificate=args.certificate,
            token_env=args.token_env,
            defender_token_env=args.defender_token_env,
            token_command=tuple(shlex.split(args.token_command)) if args.token_command else None,
            token_command_timeout=args.token_timeout,
            sync_every_minutes=args.sync_every,
            sync_at_start=args.sync_at_start,
            experts_channel=args.experts_channel,
        )
        from console.api.scope import check_transport

        check_transport(profile.authority)
        profile_store().save(profile)  # a ProfileLockedError is a ValueError
    except ValueError as error:
        raise CommandError(str(error)) from error
    print(f"saved tenant profile {profile.name!r}", file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace) -> int:
    """One line per profile: name, tenant, cloud, method, who (app and token profiles),
    and "managed" (provisioned by the policy file) with its locked fields."""
    for name, profile in sorted(profile_store().all().items()):
        columns = [name, profile.tenant, profile.cloud.value, profile.method.value]
        columns.append(f"acting as {profile.acting_as}" if profile.acting_as else "-")
        if profile.managed:
            locked = sorted(profile.locked - {"name"})
            columns.append(f"managed (locked: {', '.join(locked) or 'none'})")
        print("\t".join(columns))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from console.auth.profiles import ProfileLockedError
    from console.auth.secret_store import delete_secrets

    store = profile_store()
    profile = store.get(args.name)
    if profile is None:
        raise CommandError(f"no tenant profile named {args.name!r}")
    try:
        store.remove(args.name)  # first: a provisioned profile stays signed in
    except ProfileLockedError as error:
        raise CommandError(str(error)) from error
    _sign_out(profile)
    delete_secrets(args.name)
    print(f"removed tenant profile {args.name!r}", file=sys.stderr)
    return 0


def run_set_secret(args: argparse.Namespace) -> int:
    """The secret comes from stdin (a pipe, or typed without echo), never from argv."""
    import getpass

    from console.auth.secret_store import SecretKind, SecretStoreError, put_secret

    load_profile(args.name)
    kind = SecretKind(args.kind)
    if sys.stdin.isatty():
        value = getpass.getpass(f"{kind.value} for {args.name}: ")
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    try:
        put_secret(args.name, kind, value)
    except SecretStoreError as error:
        raise CommandError(str(error)) from None
    print(f"stored the {kind.value} of {args.name!r} in the OS credential store", file=sys.stderr)
    return 0


def open_signed_in(
    profile: TenantProfile, *, browser: bool = False, interactive: bool = True
) -> TenantSignIn:
    """The profile's sign-in, working: an app or token profile's first token proves it; a
    delegated one signs in on the terminal when no saved sign-in works (unless not
    `interactive`: a scheduled run has no one to type a code)."""
    from console.auth.errors import SignInError, SignInReason
    from console.auth.service import Resource, SignInService
    from console.auth.setup import open_service

    try:
        service = open_service(profile)
    except SignInError as error:
        raise CommandError(f"sign-in to {profile.name!r} failed: {error}") from error
    _say_storage(service)
    try:
        if not isinstance(service, SignInService):
            service.token(Resource.GRAPH)  # no one to sign in: the credential or source works
            return service
        if service.signed_in() is not None:
            try:
                service.token(Resource.GRAPH)
                return service
            except SignInError:
                pass  # the saved sign-in no longer works: a new one
        if not interactive:
            raise SignInError(
                SignInReason.SIGN_IN_AGAIN,
                f"run `hunting-console sign-in --profile {profile.name}` first",
            )
        who = (
            service.sign_in_with_browser()
            if browser
            else service.sign_in_with_device_code(show_device_code, cancel=threading.Event())
        )
    except SignInError as error:
        service.close()
        raise CommandError(f"sign-in to {profile.name!r} failed: {error}") from error
    profile_store().mark_used(profile.name)
    print(f"signed in as {who.username} to tenant {who.tenant_id}", file=sys.stderr)
    return service


def show_device_code(prompt: DeviceCodePrompt) -> None:
    print(
        f"To sign in, open {prompt.verification_uri} and enter the code {prompt.user_code}",
        file=sys.stderr,
        flush=True,
    )


def _say_storage(service: TenantSignIn) -> None:
    from console.auth.service import SignInService
    from console.auth.token_cache import TokenStorage

    if not isinstance(service, SignInService):
        return  # app and external tokens are always in memory: nothing to tell
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
    from console.auth.errors import SignInError
    from console.auth.setup import open_service

    profile = load_profile(getattr(args, "name", None) or args.profile)
    try:
        service = open_service(profile)
    except SignInError as error:
        raise CommandError(f"{STEPS['sign-in']} failed: {error}") from error
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

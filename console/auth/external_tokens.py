"""Tokens the console does not mint: from environment variables, or printed by a command
the profile names (`az account get-access-token --resource {resource}`).

A command runs without a shell, with `{resource}` replaced by the API's resource URI
(Graph and Defender for Endpoint each get their own token), under a timeout; it may
print JSON (`accessToken` with `expiresOn` or `expires_on`, as the Azure CLI does) or
the bare token. Its output is never logged or shown: a failure names the command's
program, its exit status and its first error line (redacted), a hang names the timeout.
A token is reused until five minutes before it expires (five minutes when its expiry
is unknown), so a sync runs the command about once per API.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from console.api.auth import EnvTokenProvider, checked_token
from console.api.errors import AuthError
from console.api.redact import redact
from console.auth.errors import SignInError, SignInReason
from console.auth.profiles import RESOURCE_PLACEHOLDER, SignInMethod, TenantProfile
from console.auth.service import Resource
from console.auth.unattended import UnattendedSignIn

_MARGIN = 300.0  # seconds before expiry a token counts as expired
_UNKNOWN_LIFETIME = 300.0


class ExternalTokens(UnattendedSignIn):
    """`TenantSignIn` for TOKEN_ENV and TOKEN_COMMAND profiles."""

    def __init__(self, profile: TenantProfile, *, clock: Callable[[], float] = time.time) -> None:
        if profile.method not in (SignInMethod.TOKEN_ENV, SignInMethod.TOKEN_COMMAND):
            raise ValueError(f"{profile.method.value} does not take external tokens")
        self.profile = profile
        self._clock = clock
        self._lock = threading.Lock()
        self._held: dict[Resource, tuple[str, float]] = {}

    def close(self) -> None:
        self.sign_out()

    def sign_out(self) -> None:
        with self._lock:
            self._held.clear()

    def token(self, resource: Resource) -> str:
        if self.profile.method is SignInMethod.TOKEN_ENV:
            return self._from_environment(resource)
        with self._lock:
            held = self._held.get(resource)
            if held is not None and held[1] - _MARGIN > self._clock():
                return held[0]
            token, expires = self._from_command(resource)
            self._held[resource] = (token, expires)
            return token

    def _from_environment(self, resource: Resource) -> str:
        variable = (
            self.profile.token_env
            if resource is Resource.GRAPH
            else self.profile.defender_token_env
        )
        if not variable:
            raise SignInError(
                SignInReason.TOKEN_SOURCE_FAILED,
                "the profile names no defender_token_env for Defender for Endpoint's token "
                "(a token is valid for one API only)",
            )
        try:
            return EnvTokenProvider(variable).token()
        except AuthError as error:
            raise SignInError(SignInReason.TOKEN_SOURCE_FAILED, str(error)) from None

    def _from_command(self, resource: Resource) -> tuple[str, float]:
        endpoints = self.profile.endpoints
        uri = (
            endpoints.graph_resource if resource is Resource.GRAPH else endpoints.defender_resource
        )
        assert self.profile.token_command  # TenantProfile checks it
        argv = [part.replace(RESOURCE_PLACEHOLDER, uri) for part in self.profile.token_command]
        output = run_token_command(argv, self.profile.token_command_timeout)
        return parse_token_output(output, self._clock(), argv[0])


def run_token_command(argv: list[str], timeout: float) -> str:
    """The command's standard output; SignInError in one line when it cannot run, fails
    or outlives `timeout` (then it and its children are killed)."""
    program = os.path.basename(argv[0])
    try:
        process = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=os.name == "posix",  # its own group, killed as one on a hang
        )
    except OSError as error:
        raise SignInError(
            SignInReason.TOKEN_SOURCE_FAILED,
            f"the token command {program} cannot run ({error.strerror or error})",
        ) from None
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        raise SignInError(
            SignInReason.TOKEN_SOURCE_FAILED,
            f"the token command {program} gave no token within {timeout:g} s and was stopped",
        ) from None
    if process.returncode != 0:
        first = next((line.strip() for line in err.splitlines() if line.strip()), "")
        said = f": {redact(first)[:200]}" if first else ""
        raise SignInError(
            SignInReason.TOKEN_SOURCE_FAILED,
            f"the token command {program} failed with exit status {process.returncode}{said}",
        )
    return out


def _kill(process: subprocess.Popen[str]) -> None:
    try:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except (ProcessLookupError, PermissionError):
        pass
    # A grandchild that left the group may keep the pipes open: do not wait on it forever.
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.communicate(timeout=5)


def parse_token_output(output: str, now: float, program: str) -> tuple[str, float]:
    """(token, expiry as epoch seconds) from JSON (`accessToken`, `expiresOn` or
    `expires_on`) or a bare token on one line."""
    text = output.strip()
    source = f"the token command {os.path.basename(program)}"
    if not text:
        raise SignInError(SignInReason.TOKEN_SOURCE_FAILED, f"{source} printed nothing")
    expires = now + _UNKNOWN_LIFETIME
    if text.startswith("{"):
        try:
            document = json.loads(text)
        except ValueError:
            raise SignInError(
                SignInReason.TOKEN_SOURCE_FAILED, f"{source} printed JSON that does not parse"
            ) from None
        token = document.get("accessToken") or document.get("access_token")
        if not isinstance(token, str) or not token:
            raise SignInError(
                SignInReason.TOKEN_SOURCE_FAILED, f"{source} printed JSON without accessToken"
            )
        expires = _expiry(document, expires)
    else:
        lines = text.splitlines()
        if len(lines) != 1:
            raise SignInError(
                SignInReason.TOKEN_SOURCE_FAILED,
                f"{source} printed {len(lines)} lines; a bare token is one line",
            )
        token = lines[0].strip()
    try:
        return checked_token(token, source), expires
    except AuthError as error:
        raise SignInError(SignInReason.TOKEN_SOURCE_FAILED, str(error)) from None


def _expiry(document: dict[str, Any], fallback: float) -> float:
    epoch = document.get("expires_on")
    if isinstance(epoch, (int, float)) or (isinstance(epoch, str) and epoch.isdigit()):
        return float(epoch)
    local = document.get("expiresOn")  # the Azure CLI's older field: local time
    if isinstance(local, str):
        try:
            return datetime.fromisoformat(local).timestamp()
        except ValueError:
            pass
    return fallback

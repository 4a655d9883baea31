"""The policy file: what a desk's IT provisions (tenant profiles, the experts channel, the
sync schedule, proxy and CA bundle, "skip the welcome wizard") and what analysts may
override. Its schema is in docs/policy-file.md.

Two files, same schema: the machine-wide one IT places (`machine_policy_path`) and the
analyst's own in the config folder. The machine file wins; an analyst's value for a
setting the machine file does not let users override is refused and named. Every
mistake is named by file, line and field; a file with mistakes is not used at all
(half a policy could leave a desk half-configured), and the console says why.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from console.auth import json_positions
from console.auth.clouds import Cloud
from console.auth.json_positions import LinedDict, LinedList
from console.auth.profiles import SignInMethod, TenantProfile, profile_fields

POLICY_VERSION = 1
POLICY_NAME = "policy.json"
# Settings of the policy that `user_may_override` can name ("profiles": analysts may add
# their own tenant profiles besides the provisioned ones).
OVERRIDABLE = (
    "profiles",
    "experts_channel",
    "sync_schedule",
    "proxy",
    "ca_bundle",
    "skip_welcome_wizard",
)
EXPERTS_CHANNELS = ("service", "portal", "email")
_SECRET_WORDS = ("secret", "password", "passphrase", "token")
# Fields whose names hold a secret's word but no secret: where one comes from, or a flag.
_NOT_SECRETS = {
    "token_env",
    "defender_token_env",
    "token_command",
    "token_command_timeout",
    "allow_plain_token_file",
}


def machine_policy_path(platform: str | None = None, environ: dict[str, str] | None = None) -> Path:
    """Where IT places the policy file on this machine's platform (under
    HUNTING_CONSOLE_HOME/machine when that is set, so tests never read the real one)."""
    platform = platform or sys.platform
    environ = dict(os.environ) if environ is None else environ
    if environ.get("HUNTING_CONSOLE_HOME"):
        return Path(environ["HUNTING_CONSOLE_HOME"]) / "machine" / POLICY_NAME
    if platform.startswith("win"):
        program_data = environ.get("ProgramData") or environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / "Hunting Console" / POLICY_NAME
    if platform == "darwin":
        return Path("/Library/Application Support/Hunting Console") / POLICY_NAME
    return Path("/etc/hunting-console") / POLICY_NAME


def user_policy_path() -> Path:
    from console.paths import config_dir

    return config_dir() / POLICY_NAME


@dataclass(frozen=True)
class SyncSchedule:
    every_minutes: int | None = None  # None: no scheduled sync
    at_start: bool = False


@dataclass(frozen=True)
class Proxy:
    """The desk's proxy (`console.auth.network`); a user name may go in the URL, its
    password to the OS credential store, never here."""

    url: str
    no_proxy: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mistake:
    file: Path
    line: int
    field: str  # a path into the document: profiles[1].method
    message: str

    def __str__(self) -> str:
        return f"{self.file}, line {self.line}: {self.field}: {self.message}"


@dataclass(frozen=True)
class Policy:
    profiles: dict[str, TenantProfile] = field(default_factory=dict)
    experts_channel: str | None = None
    sync_schedule: SyncSchedule | None = None
    proxy: Proxy | None = None
    ca_bundle: str | None = None
    skip_welcome_wizard: bool | None = None
    # None: no policy says anything, users may override everything.
    user_may_override: frozenset[str] | None = None
    # Mistakes found, and user values refused, in reading (shown by the window, the CLI).
    problems: tuple[str, ...] = ()

    def user_may_override_setting(self, name: str) -> bool:
        return self.user_may_override is None or name in self.user_may_override

    def locks(self, name: str) -> bool:
        """The policy sets `name` (one of OVERRIDABLE but profiles) and the analyst may not
        change it: the window shows it read-only, saying IT manages it."""
        return getattr(self, name) is not None and not self.user_may_override_setting(name)

    def effective(self, name: str, analyst_value: Any) -> Any:
        """The value in force for `name`: the analyst's where the policy lets them choose
        (and they chose), else the policy's, else the analyst's (no policy says anything)."""
        ours = getattr(self, name)
        if ours is None:
            return analyst_value
        if analyst_value is not None and self.user_may_override_setting(name):
            return analyst_value
        return ours


class PolicyError(ValueError):
    def __init__(self, mistakes: list[Mistake]) -> None:
        self.mistakes = mistakes
        super().__init__("; ".join(str(m) for m in mistakes))


# -- reading one file --------------------------------------------------------------------


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.mistakes: list[Mistake] = []

    def wrong(self, line: int, where: str, message: str) -> None:
        self.mistakes.append(Mistake(self.path, line, where, message))

    def read(self, text: str) -> Policy:
        try:
            document = json_positions.loads(text)
        except json.JSONDecodeError as error:
            self.wrong(error.lineno, "(file)", f"not valid JSON: {error.msg}")
            raise PolicyError(self.mistakes) from None
        except json_positions.DuplicateKeyError as error:
            self.wrong(error.line, error.key, "given twice")
            raise PolicyError(self.mistakes) from None
        if not isinstance(document, LinedDict):
            self.wrong(1, "(file)", "must be a JSON object")
            raise PolicyError(self.mistakes)
        known = {"version", "user_may_override", *OVERRIDABLE}
        for key in document:
            if key not in known and not key.startswith("$"):  # "$comment" and the like
                self.wrong(document.lines[key], key, f"unknown field (known: {_names(known)})")
        version = document.get("version")
        if version != POLICY_VERSION:
            line = document.lines.get("version", document.line)
            self.wrong(line, "version", f"must be {POLICY_VERSION} (this console reads version 1)")
        values: dict[str, Any] = {}
        if "profiles" in document:
            values["profiles"] = self.profiles(document["profiles"], document.lines["profiles"])
        if "experts_channel" in document:
            values["experts_channel"] = self.choice(
                document, "experts_channel", "experts_channel", EXPERTS_CHANNELS
            )
        if "sync_schedule" in document:
            values["sync_schedule"] = self.schedule(document, "sync_schedule")
        if "proxy" in document:
            values["proxy"] = self.proxy(document)
        if "ca_bundle" in document:
            values["ca_bundle"] = self.text(document, "ca_bundle", "ca_bundle")
        if "skip_welcome_wizard" in document:
            values["skip_welcome_wizard"] = self.flag(
                document, "skip_welcome_wizard", "skip_welcome_wizard"
            )
        if "user_may_override" in document:
            values["user_may_override"] = frozenset(
                self.names(document, "user_may_override", OVERRIDABLE)
            )
        if self.mistakes:
            raise PolicyError(self.mistakes)
        return Policy(**values)

    # -- typed fields --

    def text(self, parent: LinedDict, key: str, where: str) -> str | None:
        value = parent[key]
        if not isinstance(value, str) or not value.strip():
            self.wrong(parent.lines[key], where, "must be a non-empty string")
            return None
        return value

    def flag(self, parent: LinedDict, key: str, where: str) -> bool | None:
        value = parent[key]
        if not isinstance(value, bool):
            self.wrong(parent.lines[key], where, "must be true or false")
            return None
        return value

    def choice(self, parent: LinedDict, key: str, where: str, allowed: tuple[str, ...]) -> Any:
        value = parent[key]
        if value not in allowed:
            self.wrong(parent.lines[key], where, f"must be one of {_names(allowed)}")
            return None
        return value

    def names(
        self, parent: LinedDict, key: str, allowed: tuple[str, ...], where: str = ""
    ) -> list[str]:
        value = parent[key]
        where = where or key
        if not isinstance(value, LinedList):
            self.wrong(parent.lines[key], where, "must be a list of names")
            return []
        good = []
        for index, item in enumerate(value):
            if item not in allowed:
                self.wrong(
                    value.lines[index], f"{where}[{index}]", f"must be one of {_names(allowed)}"
                )
            else:
                good.append(item)
        return good

    def schedule(self, parent: LinedDict, where: str) -> SyncSchedule | None:
        value = parent[where.rsplit(".", 1)[-1]]
        line = parent.lines[where.rsplit(".", 1)[-1]]
        if not isinstance(value, LinedDict):
            self.wrong(line, where, 'must be an object: {"every_minutes": 30, "at_start": true}')
            return None
        for key in value:
            if key not in ("every_minutes", "at_start"):
                self.wrong(value.lines[key], f"{where}.{key}", "unknown field")
        minutes = value.get("every_minutes")
        if minutes is not None and (
            not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 1
        ):
            self.wrong(value.lines["every_minutes"], f"{where}.every_minutes", "must be 1 or more")
            minutes = None
        at_start = value.get("at_start", False)
        if not isinstance(at_start, bool):
            self.wrong(value.lines["at_start"], f"{where}.at_start", "must be true or false")
            at_start = False
        return SyncSchedule(minutes, at_start)

    def proxy(self, parent: LinedDict) -> Proxy | None:
        value = parent["proxy"]
        if not isinstance(value, LinedDict) or not isinstance(value.get("url"), str):
            self.wrong(parent.lines["proxy"], "proxy", 'must be an object with "url"')
            return None
        for key in value:
            if key not in ("url", "no_proxy"):
                hint = (
                    " (a proxy password goes to the OS credential store)"
                    if is_secret_field(key)
                    else ""
                )
                self.wrong(value.lines[key], f"proxy.{key}", "unknown field" + hint)
        if not value["url"].startswith(("http://", "https://")):
            self.wrong(value.lines["url"], "proxy.url", "must start with http:// or https://")
        no_proxy = value.get("no_proxy", [])
        if not isinstance(no_proxy, list) or not all(isinstance(h, str) for h in no_proxy):
            self.wrong(
                value.lines.get("no_proxy", value.line),
                "proxy.no_proxy",
                "must be a list of host names",
            )
            no_proxy = []
        return Proxy(value["url"], tuple(no_proxy))

    def profiles(self, value: Any, line: int) -> dict[str, TenantProfile]:
        if not isinstance(value, LinedList):
            self.wrong(line, "profiles", "must be a list of tenant profiles")
            return {}
        profiles: dict[str, TenantProfile] = {}
        for index, entry in enumerate(value):
            where = f"profiles[{index}]"
            if not isinstance(entry, LinedDict):
                self.wrong(value.lines[index], where, "must be an object")
                continue
            profile = self.profile(entry, where)
            if profile is None:
                continue
            if profile.name in profiles:
                self.wrong(entry.lines["name"], f"{where}.name", f"{profile.name!r} is given twice")
            profiles[profile.name] = profile
        return profiles

    def profile(self, entry: LinedDict, where: str) -> TenantProfile | None:
        fields = profile_fields()
        before = len(self.mistakes)
        values: dict[str, Any] = {}
        for key, item in entry.items():
            line = entry.lines[key]
            if key == "locked":
                continue
            if is_secret_field(key):
                self.wrong(
                    line,
                    f"{where}.{key}",
                    "secrets never go in the policy file; store them in the OS credential "
                    "store with `hunting-console profiles set-secret`",
                )
            elif key not in fields:
                self.wrong(line, f"{where}.{key}", f"unknown field (known: {_names(fields)})")
            else:
                values[key] = item
        for key, allowed in (
            ("cloud", tuple(c.value for c in Cloud)),
            ("method", tuple(m.value for m in SignInMethod)),
            ("experts_channel", EXPERTS_CHANNELS),
        ):
            if key in values and values[key] not in allowed:
                self.wrong(entry.lines[key], f"{where}.{key}", f"must be one of {_names(allowed)}")
        for key in ("name", "tenant"):
            if key not in entry:
                self.wrong(entry.line, f"{where}.{key}", "is missing")
        locked = self.locked(entry, where)
        if len(self.mistakes) > before:
            return None
        try:
            profile = TenantProfile.from_json(values)
        except (TypeError, ValueError) as error:
            self.wrong(entry.line, where, str(error))
            return None
        return dataclasses.replace(profile, managed=True, locked=locked)

    def locked(self, entry: LinedDict, where: str) -> frozenset[str]:
        """Which fields analysts may not change: all (the default, or true), none (false),
        or the ones listed."""
        value = entry.get("locked", True)
        every = frozenset(profile_fields())
        if value is True:
            return every
        if value is False:
            return frozenset({"name"})
        if isinstance(value, LinedList):
            names = self.names(entry, "locked", tuple(sorted(every)), f"{where}.locked")
            return frozenset({"name", *names})
        self.wrong(
            entry.lines["locked"], f"{where}.locked", "must be true, false or a list of fields"
        )
        return every


def is_secret_field(key: str) -> bool:
    """Whether a field named `key` would hold a secret (its name has a secret's word and it
    is not one of the fields that only say where a secret comes from): the policy file and
    a handed-out profile file (`console.auth.profile_file`) both refuse such a field."""
    return any(word in key.lower() for word in _SECRET_WORDS) and key not in _NOT_SECRETS


def _names(names: Any) -> str:
    return ", ".join(sorted(names))


def read_policy_file(path: Path) -> Policy | None:
    """The policy in `path`, None if there is no such file; raises PolicyError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise PolicyError([Mistake(path, 1, "(file)", f"cannot be read ({error})")]) from None
    return _Reader(path).read(text)


# -- the two files together -------------------------------------------------------------


def merge(machine: Policy | None, user: Policy | None, user_path: Path | None = None) -> Policy:
    """The machine file's policy with the analyst's file under it: each user value the
    machine file does not let users override is refused, and named in `problems`."""
    if machine is None and user is None:
        return Policy()
    if machine is None:
        assert user is not None
        return dataclasses.replace(user, user_may_override=None)
    if user is None:
        return machine
    problems = list(machine.problems)
    values: dict[str, Any] = {}
    where = f"{user_path}: " if user_path else ""
    for name in OVERRIDABLE:
        mine = getattr(user, name)
        if name == "profiles":
            mine = mine or None
        if mine is None:
            continue
        if not machine.user_may_override_setting(name):
            problems.append(
                f"{where}{name}: refused, the machine's policy file does not let users override it"
            )
            continue
        if name != "profiles":
            values[name] = mine
    profiles = dict(machine.profiles)
    if user.profiles and machine.user_may_override_setting("profiles"):
        for name, profile in user.profiles.items():
            if name in profiles:
                problems.append(
                    f"{where}profiles: {name!r} refused, the machine's policy file provisions "
                    "a profile of that name"
                )
                continue
            profiles[name] = profile
    return dataclasses.replace(machine, profiles=profiles, problems=tuple(problems), **values)


def load_policy(machine_path: Path | None = None, user_path: Path | None = None) -> Policy:
    """Both files merged (paths injected in tests); raises PolicyError naming each mistake."""
    machine_path = machine_path or machine_policy_path()
    user_path = user_path or user_policy_path()
    mistakes: list[Mistake] = []
    read: list[Policy | None] = []
    for path in (machine_path, user_path):
        try:
            read.append(read_policy_file(path))
        except PolicyError as error:
            mistakes.extend(error.mistakes)
            read.append(None)
    if mistakes:
        raise PolicyError(mistakes)
    machine = read[0]
    if machine is not None and machine.user_may_override is None:
        # A machine file that names nothing users may override lets them override nothing
        # (docs/policy-file.md): what IT set is what applies.
        machine = dataclasses.replace(machine, user_may_override=frozenset())
    return merge(machine, read[1], user_path)

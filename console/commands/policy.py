"""`hunting-console policy check [FILE]`: is a policy file right, before IT rolls it out?

The installers run it on the file IT hands them (packaging/), and IT can run it on a desk:
each mistake is printed on a line of its own (file, line, field), and the exit code is 1
when there is any, as the console would then refuse the whole file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from console.commands import CommandError


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "policy",
        help="check a policy file (docs/policy-file.md) before it is placed on desks",
        description="Policy files: what a desk's IT provisions (docs/policy-file.md).",
    )
    actions = parser.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="read a policy file and list its mistakes (exit 0 sound, 1 with mistakes)",
        description="Read a policy file as the console would and list each mistake by line "
        "and field. Without FILE: the machine-wide file of this platform.",
    )
    check.add_argument("file", nargs="?", metavar="FILE", help="the policy file to check")
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace, *, out: Any = None) -> int:
    from console.auth.policy import PolicyError, machine_policy_path, read_policy_file

    out = out or sys.stdout
    path = Path(args.file) if args.file else machine_policy_path()
    try:
        policy = read_policy_file(path)
    except PolicyError as error:
        for mistake in error.mistakes:
            print(mistake, file=out)
        count = len(error.mistakes)
        raise CommandError(
            f"{path} has {count} mistake{'s' if count > 1 else ''}; the console would not use it"
        ) from error
    if policy is None:
        raise CommandError(f"no policy file at {path}")
    for problem in policy.problems:
        print(f"warning: {problem}", file=out)
    profiles = len(policy.profiles)
    print(
        f"{path}: sound ({profiles} tenant profile{'' if profiles == 1 else 's'})",
        file=out,
    )
    return 0

"""`hunting-console`: the GUI with no subcommand, headless subcommands otherwise.

Exit codes: 0 success, 1 failure with a one-line reason on stderr, 2 bad usage.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Sequence

from console import __version__
from console.api.redact import redact
from console.commands import CommandError, cache, demo, export, policy, signin, sync
from console.commands.terminal_text import plain_line
from console.emulator import cli as emulator_cli
from console.log_file import DEFAULT_LEVEL, FILE_ONLY, LEVELS, setup_logging


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hunting-console",
        description="Desktop console for Microsoft Defender Experts for Hunting. "
        "With no subcommand it opens the console window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the console on the built-in demo tenant (a local emulator of the Microsoft APIs)",
    )
    parser.add_argument(
        "--log-level",
        choices=LEVELS,
        default=DEFAULT_LEVEL,
        help="how much goes to the log file in the log folder, for the window and every "
        f"subcommand (default: {DEFAULT_LEVEL}); tokens and secrets are always redacted",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end on a temporary home, offscreen (the "
        "emulator, a sync, each page, the Defender Experts filter and dialog, the wizard, "
        "the migrations and translations); prints each failure and exits 0 when all pass",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    emulator_parser = commands.add_parser(
        "emulator",
        help="serve a local emulator of the Graph security, Defender for Endpoint "
        "and identity APIs with a synthetic tenant",
    )
    emulator_cli.add_arguments(emulator_parser)
    emulator_parser.set_defaults(handler=emulator_cli.run)

    sync.add_parser(commands)
    signin.add_parsers(commands)
    export.add_parser(commands)
    demo.add_parser(commands)
    cache.add_parser(commands)
    policy.add_parser(commands)
    return parser


log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        _check_text(arguments)
        args = parser.parse_args(arguments)
        setup_logging(args.log_level)
        # The command name only: arguments can carry secrets (`emulator --accept-token`).
        log.info("hunting-console %s started: %s", __version__, args.command or "window")
        handler = getattr(args, "handler", None)
        if args.self_test:
            return _self_test()
        if handler is None:
            return _open_window(args)
        return int(handler(args))
    except KeyboardInterrupt:
        print("hunting-console: interrupted", file=sys.stderr)
        return 130
    except CommandError as error:
        _say(str(error))
        return 1
    except Exception as error:  # the last resort of the one-line promise
        # Every failure we foresee is a CommandError raised where it happens;
        # this is for the one we did not. The traceback goes to the log file
        # only (support needs it), the terminal gets one line.
        log.error("unexpected failure", exc_info=True, extra=FILE_ONLY)
        _say(f"unexpected error ({type(error).__name__}: {error}); please report it")
        return 1


def _say(text: str) -> None:
    """One line on stderr: terminal-safe, and with anything that looks like a token redacted
    (an error may quote a server's answer or a request it failed on)."""
    print(f"hunting-console: {plain_line(redact(text))}", file=sys.stderr)


_SECRET_OPTION = re.compile(r"(?i)token|secret|password")


def _check_text(arguments: Sequence[str]) -> None:
    """Refuse arguments that are not valid UTF-8 (Python keeps such bytes as surrogates)."""
    for position, argument in enumerate(arguments, start=1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError as error:
            option = arguments[position - 2] if position > 1 else ""
            if not option.startswith("-"):
                option = ""
            if _SECRET_OPTION.search(option):  # say which, never echo a secret
                shown = f"the value of {option}"
            else:
                shown = f"{option} {_shown(argument)}" if option else _shown(argument)
            raise CommandError(f"argument {position} ({shown}) is not valid UTF-8 text") from error


def _shown(argument: str) -> str:
    """The argument's bytes as typed, undecodable ones as \\xNN escapes."""
    try:
        return argument.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that no byte stands for
        return argument.encode("utf-8", "backslashreplace").decode("ascii")


def _self_test() -> int:
    import os
    import shutil
    import tempfile

    from console.paths import log_dir

    logs = log_dir()  # the log stays where it is: a failed check's details are there
    home = tempfile.mkdtemp(prefix="hunting-console-self-test-")
    # Before Qt loads: a home of its own (nothing of the analyst's is read or changed) and no
    # display needed (IT runs it over ssh, CI on a headless machine).
    os.environ["HUNTING_CONSOLE_HOME"] = home
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from console.ui.self_test import run_self_test

        return run_self_test(sys.stdout, logs)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _open_window(args: argparse.Namespace) -> int:
    if not demo.display_available():
        if args.demo:
            print(demo.NO_WINDOW_NOTICE, file=sys.stderr)
            return demo.run_headless_demo()
        raise CommandError(
            "no display is available for the console window; "
            "try `hunting-console demo` for the headless demo"
        )
    # Qt itself would abort with raw lines (a qFatal) where its platform plugin cannot start.
    from console import qt_platform

    problem = qt_platform.window_problem()
    if problem is not None:
        raise CommandError(
            f"the console window cannot open: {problem}; "
            "try `hunting-console demo` for the headless demo"
        )
    try:
        from console import app
    except ImportError as error:  # Qt missing or broken in this install
        raise CommandError(
            f"the console window cannot start ({error}); "
            "try `hunting-console demo` for the headless demo"
        ) from error
    return app.main(demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())

"""The frozen app's start against the source tree's, on the same cached tenant, in one run.

Issue 17's budget: the frozen one-folder app (packaging/hunting-console.spec, `make frozen`)
reaches a usable window on a cached tenant within 1.2x of the console started from source
(`python -m console`) measured in the same run, so freezing adds nothing an analyst sees.
Both are the real command an analyst runs (`hunting-console`, no arguments: the last
tenant's cache), timed from spawn to the window's ready line (console.app prints it once
the window is shown on its first page), interleaved so that a busy machine slows both
alike; the verdict is the ratio of the medians. A window needs a display:

    xvfb-run -a python -m benchmarks.frozen_startup [--frozen dist/hunting-console/hunting-console]

It also reports the frozen folder's size on disk (the .deb's installed footprint is measured
by packaging/linux/check-deb.sh, budget 250 MB).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.ui_startup import READY_MARKER, build_cache

RATIO_BUDGET = 1.2
ROOT = Path(__file__).resolve().parents[1]


def prepare_home(home: Path, incidents: int) -> None:
    """A desk that synced a tenant once and has seen the welcome: the plain start opens its
    cache, as an analyst's second morning does."""
    os.environ["HUNTING_CONSOLE_HOME"] = str(home)
    from console.launch import remember
    from console.settings import default_settings
    from console.welcome import mark_welcome_done

    (home / "data").mkdir(parents=True, exist_ok=True)
    cache, tenant = build_cache(home / "data", incidents)
    settings = default_settings()
    remember(settings, cache, tenant, "Bench")
    mark_welcome_done(settings)


def one_start(command: list[str], home: Path, bytecode: Path) -> float:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="xcb",
        HUNTING_CONSOLE_HOME=str(home),
        HUNTING_CONSOLE_EXIT_WHEN_READY="quit",
        # The source start runs from bytecode after the warm-up, as an installed console does.
        PYTHONPYCACHEPREFIX=str(bytecode),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=home
    )
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if line.startswith(READY_MARKER):
                return time.perf_counter() - began
        raise RuntimeError(f"{command[0]} exited without a ready window")
    finally:
        try:
            process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


def folder_megabytes(folder: Path) -> float:
    # Symlinks (a Qt library under its soname) once: their targets are counted already.
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--frozen", type=Path, default=ROOT / "dist/hunting-console/hunting-console"
    )
    parser.add_argument("--incidents", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.frozen.exists():
        print(f"no frozen app at {args.frozen}: run `make frozen` first", file=sys.stderr)
        return 2
    if not os.environ.get("DISPLAY"):
        print("the window needs a display: run under xvfb-run -a", file=sys.stderr)
        return 2
    source = [sys.executable, "-P", "-m", "console"]
    frozen = [str(args.frozen)]
    with tempfile.TemporaryDirectory() as temp:
        home, bytecode = Path(temp) / "home", Path(temp) / "bytecode"
        print(f"syncing a {args.incidents:,}-incident tenant from the emulator…")
        prepare_home(home, args.incidents)
        for command in (source, frozen):  # warm the file cache and the bytecode
            one_start(command, home, bytecode)
        sources, frozens = [], []
        for _ in range(args.runs):
            sources.append(one_start(source, home, bytecode))
            frozens.append(one_start(frozen, home, bytecode))
            print(
                f"  to a usable window: source {sources[-1] * 1000:.0f} ms, "
                f"frozen {frozens[-1] * 1000:.0f} ms"
            )
    source_median, frozen_median = statistics.median(sources), statistics.median(frozens)
    ratio = frozen_median / source_median
    verdict = "OK" if ratio <= RATIO_BUDGET else "OVER BUDGET"
    print(
        f"frozen median {frozen_median * 1000:.0f} ms, source median {source_median * 1000:.0f} ms: "
        f"{ratio:.2f}x (budget {RATIO_BUDGET}x): {verdict}"
    )
    print(f"frozen folder on disk: {folder_megabytes(args.frozen.parent):.0f} MB")
    return 0 if ratio <= RATIO_BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())

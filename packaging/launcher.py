"""The frozen app's entry point (packaging/hunting-console.spec).

`hunting-console ...` is the console's command line (console.cli). A frozen app has no
Python to start a worker with `-m`, so the console starts its sync and triage workers as
`hunting-console --run-worker MODULE` (console.module_command), and only those modules run.
"""

import runpy
import sys

from console.module_command import WORKER_FLAG, WORKER_MODULES


def _main() -> int:
    if len(sys.argv) >= 2 and sys.argv[1] == WORKER_FLAG:
        module = sys.argv[2] if len(sys.argv) >= 3 else ""
        if module not in WORKER_MODULES:
            print(f"hunting-console: {module or 'no module'} is not a worker", file=sys.stderr)
            return 2
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from console.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(_main())

"""`make run`: the console window on the demo tenant, or the headless demo without a display."""

import sys

from console.cli import main

sys.exit(main(["--demo"]))

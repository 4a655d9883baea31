"""``python -m console.emulator``: the emulator subcommand on its own."""

import argparse
import sys

from console.emulator.cli import add_arguments, run


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m console.emulator", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())

"""The headless subcommands of `hunting-console`."""


class CommandError(Exception):
    """A failure the user can act on; printed as one line on stderr, exit code 1."""

#!/bin/sh
# /usr/bin/hunting-console: the launcher on the PATH. The frozen app finds its libraries beside
# its own executable, so it is started from where it is installed, not through a symlink.
exec /opt/hunting-console/hunting-console "$@"

"""Hunting Console: a desktop console for Microsoft Defender Experts for Hunting."""

from importlib.resources import files

# The one version source, console/VERSION: the package metadata (pyproject's dynamic version),
# `--version`, Help > About and every installer read it; packaging stamps a build by
# rewriting it (packaging/linux/build-deb.sh).
__version__ = files(__name__).joinpath("VERSION").read_text(encoding="utf-8").strip()

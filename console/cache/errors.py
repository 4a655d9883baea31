"""Errors the cache raises to its callers, each with a message fit to show an analyst."""

from __future__ import annotations


class CacheError(Exception):
    """The cache cannot be used as it is (for example, made by a newer version of the app)."""


class CacheCorruptError(CacheError):
    """The file is not a readable Hunting Console cache; `quarantine()` moves it aside."""


class CacheDamagedError(CacheCorruptError):
    """A cache whose SQLite pages are damaged ("database disk image is malformed").

    Unlike a file that was never a cache (another app's file passed by mistake),
    it is ours: callers stop writing at once and `salvage.recover` it.

    `engine` is the engine that met the damage, when known: an error from an engine
    that a recovery has already replaced speaks of the old file, not the fresh one.
    """

    engine: object | None = None

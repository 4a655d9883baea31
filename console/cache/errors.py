"""Errors the cache raises to its callers, each with a message fit to show an analyst."""

from __future__ import annotations


class CacheError(Exception):
    """The cache cannot be used as it is (for example, made by a newer version of the app)."""


class CacheCorruptError(CacheError):
    """The file is not a readable Hunting Console cache; `quarantine()` moves it aside."""

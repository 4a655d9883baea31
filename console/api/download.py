"""Downloading a collected investigation package from the signed link the API gives.

The link (GetPackageUri) is a storage URL that carries its own signature: it is fetched with
no token at all, on a session of its own (the tenant's trust and proxy, TLS verified), so
the API's bearer token never goes to the storage host. The package is written next to its
final name and renamed when whole, readable by the user only: a cut download leaves no
half package under the real name.
"""

from __future__ import annotations

import os
from pathlib import Path

import requests

from console.api.errors import ApiError, NetworkError, RefusedUrlError
from console.api.network import NetworkSession, NetworkSettings
from console.private_files import open_private, replace_keeping_mode

_CHUNK = 1 << 20
MAX_BYTES = 4 << 30  # a package is tens of MB; past 4 GB something is wrong


def download(url: str, target: Path, network: NetworkSettings | None = None) -> int:
    """Fetch `url` (https only) into `target`; returns the bytes written."""
    if not url.startswith("https://"):
        raise RefusedUrlError("the package address is not an https URL")
    partial = target.with_name(f".{target.name}.part")
    written = 0
    try:
        with NetworkSession(network) as http:
            # No redirects: a signed link is final, and a redirect could lead anywhere.
            response = http.get(url, stream=True, timeout=(10, 120), allow_redirects=False)
            if response.status_code != 200:
                raise ApiError(
                    f"HTTP {response.status_code} for the package link",
                    status=response.status_code,
                    resource="investigation package",
                )
            with open_private(partial, "wb") as out:
                for chunk in response.iter_content(_CHUNK):
                    written += len(chunk)
                    if written > MAX_BYTES:
                        raise ApiError(
                            "the package is larger than 4 GB", resource="investigation package"
                        )
                    out.write(chunk)
        replace_keeping_mode(partial, target)
    except requests.exceptions.RequestException as error:
        raise NetworkError(
            f"the package could not be downloaded ({type(error).__name__})",
            resource="investigation package",
        ) from None
    finally:
        if partial.exists():
            os.unlink(partial)
    return written

"""Which proxy and CA bundle a profile's clients use: its own, or the policy file's where
it names none or where IT locks them; a proxy's password never sits in a URL we keep."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from console.auth.network import network_for
from console.auth.policy import Policy, Proxy
from console.auth.profiles import ProfileStore, TenantProfile
from console.auth.secret_store import SecretKind, SecretStoreError, put_secret
from console.settings import Settings
from tests.auth.keyrings import MemoryKeyring

CLIENT = "8a1c2d3e-0000-4000-8000-00000000c0de"


def profile(**values: object) -> TenantProfile:
    return TenantProfile(name="Contoso", tenant="contoso.example", client_id=CLIENT, **values)  # type: ignore[arg-type]


def stored(tmp_path: Path, policy: Policy, mine: TenantProfile) -> TenantProfile:
    store = ProfileStore(Settings(tmp_path / "settings.json"), policy)
    store.save(mine)
    got = store.get(mine.name)
    assert got is not None
    return got


def test_the_policys_proxy_and_ca_apply_where_the_profile_names_none(tmp_path: Path) -> None:
    policy = Policy(proxy=Proxy("http://proxy.corp:8080", ("intranet.corp",)), ca_bundle="/ca.pem")

    network = network_for(stored(tmp_path, policy, profile()))

    assert network.ca_bundle == "/ca.pem"
    assert network.proxy_for("https://graph.microsoft.com/v1.0") == "http://proxy.corp:8080"
    assert network.proxy_for("https://intranet.corp/x") is None
    assert network.proxy_for("https://127.0.0.1:8443/x") is None  # loopback, always


def test_the_profiles_proxy_wins_unless_the_policy_locks_it(tmp_path: Path) -> None:
    mine = profile(proxy="http://branch-proxy:3128")
    free = Policy(proxy=Proxy("http://proxy.corp:8080"))
    locked = Policy(
        proxy=Proxy("http://proxy.corp:8080"), user_may_override=frozenset({"profiles"})
    )

    assert network_for(stored(tmp_path, free, mine)).proxy_for("https://x.example/") == (
        "http://branch-proxy:3128"
    )
    assert network_for(stored(tmp_path / "2", locked, mine)).proxy_for("https://x.example/") == (
        "http://proxy.corp:8080"
    )
    # The policy's value is handed to the profile, never saved as the analyst's own.
    raw = Settings(tmp_path / "settings.json").get_raw("auth/profiles")
    assert raw["Contoso"]["proxy"] == "http://branch-proxy:3128"
    assert "proxy.corp" not in (tmp_path / "settings.json").read_text()


def test_a_proxy_user_s_password_comes_from_the_credential_store(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        mine = profile(proxy="http://jdoe@proxy.corp:8080")
        with pytest.raises(SecretStoreError, match="--kind proxy-password"):
            network_for(mine)
        put_secret("Contoso", SecretKind.PROXY_PASSWORD, "p@ss word")
        network = network_for(mine)
    finally:
        keyring.set_keyring(previous)
    assert network.proxy_for("https://x.example/") == "http://jdoe:p%40ss%20word@proxy.corp:8080"
    assert "p@ss" not in repr(network) and "p@ss" not in str(mine.to_json())


def test_a_password_in_the_proxy_url_is_refused() -> None:
    with pytest.raises(ValueError, match="credential store"):
        profile(proxy="http://jdoe:secret@proxy.corp:8080")
    with pytest.raises(ValueError, match="http:// or https://"):
        profile(proxy="proxy.corp:8080")

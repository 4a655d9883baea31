"""A desk whose network inspects TLS with a root CA this machine does not trust, or whose
proxy wants credentials: the sync banner and Connect a tenant's Test connection say so in
the analyst's language, naming the host, the certificate's issuer and subject, and what
to ask IT. The sync and the sign-in go through a real CONNECT proxy on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from console.api.auth import StaticTokenProvider
from console.api.errors import CertificateError, CertificateProblem
from console.api.network import NetworkSettings, ProxySetting
from console.auth.clouds import Cloud
from console.auth.profiles import ProfileStore, SignInMethod, TenantProfile
from console.emulator import Emulator
from console.settings import Settings
from console.sync.clients import make_clients
from console.sync.target import SyncTarget
from console.ui.i18n import TRANSLATIONS_DIR
from console.ui.main_window import MainWindow
from console.ui.network_texts import network_problem_text
from console.ui.shell.sync_controller import FAILED, SyncController
from console.ui.signin.connect_dialog import ConnectTenantDialog
from tests.auth.conftest import CLIENT_ID, tls_config
from tests.integration.corporate_network import HOST, ConnectProxy, CorporateCa, TlsFront
from tests.ui.shell_fixtures import qt_loop, run  # noqa: F401 (fixture)

BASE = f"https://{HOST}"
INSPECTOR = "Fabrikam TLS Inspection"
SUBJECT = "Fabrikam gateway"
PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY")


@dataclass
class InspectedNetwork:
    proxy: ConnectProxy
    front: TlsFront


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(tls_config(device_code_polls=1)) as emu:
        yield emu


@pytest.fixture
def inspected(tmp_path: Path, monkeypatch, emulator: Emulator) -> Iterator[InspectedNetwork]:
    """The OS store trusts only the company's own root; the proxy's TLS inspection signs
    with another CA, which nobody gave this machine."""
    trusted = CorporateCa(tmp_path / "os", organization="Contoso Root")
    monkeypatch.setenv("SSL_CERT_FILE", str(trusted.store))
    monkeypatch.setenv("SSL_CERT_DIR", str(trusted.empty_dir))
    for name in (*PROXY_VARIABLES, "NO_PROXY", "no_proxy", "REQUESTS_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    inspector = CorporateCa(tmp_path / "inspector", organization=INSPECTOR)
    assert emulator.ca_path
    front = TlsFront(
        inspector.context_for(HOST, common_name=SUBJECT),
        int(emulator.base_url.rsplit(":", 1)[1]),
        emulator.ca_path,
    )
    proxy = ConnectProxy(front.port)
    yield InspectedNetwork(proxy, front)
    proxy.stop()
    front.stop()


@pytest.fixture
def french(qapp) -> Iterator[None]:
    catalogue = QTranslator()
    assert catalogue.load(str(TRANSLATIONS_DIR / "hunting_console_fr.qm"))
    QCoreApplication.installTranslator(catalogue)
    QLocale.setDefault(QLocale("fr"))
    yield
    QCoreApplication.removeTranslator(catalogue)
    QLocale.setDefault(QLocale("en"))


def sync_banner(qtbot, qt_loop, context, emulator: Emulator, network: NetworkSettings) -> str:  # noqa: F811
    token = StaticTokenProvider(emulator.issue_token(emulator.tenants[0].id))

    def clients(on_wait):
        return make_clients(
            context.tenant_id,
            f"{BASE}/v1.0",
            BASE,
            token,
            on_wait=on_wait,
            max_attempts=1,
            network=network,
        )

    controller = SyncController(context, SyncTarget(context.tenant_id, clients))
    window = MainWindow(context, controller)
    qtbot.addWidget(window)
    window.show()
    outcome = run(qt_loop, controller.run(), timeout=60)
    assert outcome.kind == FAILED  # not "offline": the network answered, wrongly for us
    assert window.sync_error_banner.isVisible()
    assert not window.offline_banner.isVisible()
    return window.sync_error_banner.text


def through(proxy: ConnectProxy) -> NetworkSettings:
    return NetworkSettings(proxy=ProxySetting(proxy.url))


def test_a_sync_through_an_inspecting_proxy_names_host_issuer_subject_and_the_fix(
    qtbot,
    qt_loop,  # noqa: F811
    context,
    emulator,
    inspected,
):
    text = sync_banner(qtbot, qt_loop, context, emulator, through(inspected.proxy))

    assert text.startswith(
        f"Sync failed: the certificate of {HOST} was refused (issued to {SUBJECT}"
    )
    assert f"by {INSPECTOR}" in text
    assert "its issuer is not a certificate authority this computer trusts" in text
    assert "ask IT for its root CA, or set a CA bundle in the profile" in text
    assert text.endswith("The cached data is kept.")
    assert inspected.proxy.seen.connects  # it went through the proxy


def test_the_sync_banner_says_it_in_french(
    qtbot,
    qt_loop,  # noqa: F811
    context,
    emulator,
    inspected,
    french,
):
    text = sync_banner(qtbot, qt_loop, context, emulator, through(inspected.proxy))

    assert text.startswith(f"Échec de la synchronisation\xa0: le certificat de {HOST} a été refusé")
    assert SUBJECT in text and INSPECTOR in text
    assert "demandez au service informatique" in text
    assert "certificate" not in text  # not the English str() of the error


def test_a_proxy_asking_for_credentials_says_how_to_give_them(
    qtbot,
    qt_loop,  # noqa: F811
    context,
    emulator,
    inspected,
    french,
):
    inspected.proxy.credentials = ("jdoe", "s3cret")

    text = sync_banner(qtbot, qt_loop, context, emulator, through(inspected.proxy))

    assert f"le proxy 127.0.0.1:{inspected.proxy.port} demande des identifiants (407)" in text
    assert "hunting-console profiles set-secret PROFILE --kind proxy-password" in text
    assert inspected.proxy.seen.refused >= 1


def profile(emulator: Emulator) -> TenantProfile:
    return TenantProfile(
        name="Contoso behind the proxy",
        tenant=emulator.tenants[0].id,
        client_id=CLIENT_ID,
        cloud=Cloud.CUSTOM,
        method=SignInMethod.DEVICE_CODE,
        login_url=BASE,
        graph_url=f"{BASE}/v1.0",
        defender_url=BASE,
    )


def connection_lines(qtbot, qt_loop, tmp_path, emulator, inspected, monkeypatch) -> list[str]:  # noqa: F811
    monkeypatch.setenv("HTTPS_PROXY", inspected.proxy.url)
    dialog = ConnectTenantDialog(ProfileStore(Settings(tmp_path / "settings.json")))
    qtbot.addWidget(dialog)
    dialog.fill(profile(emulator))
    dialog.show()
    assert not run(qt_loop, dialog.test_connection(), timeout=60)
    assert inspected.proxy.seen.connects  # the sign-in went through the proxy
    return [dialog.steps_list.item(i).text() for i in range(dialog.steps_list.count())]


def test_test_connection_names_the_refused_certificate(
    qtbot,
    qt_loop,  # noqa: F811
    tmp_path,
    emulator,
    inspected,
    monkeypatch,
):
    (line,) = connection_lines(qtbot, qt_loop, tmp_path, emulator, inspected, monkeypatch)

    assert line.startswith(f"✗ Sign in: the certificate of {HOST} was refused (issued to {SUBJECT}")
    assert f"by {INSPECTOR}" in line
    assert "ask IT for its root CA, or set a CA bundle in the profile" in line


def test_test_connection_says_it_in_french(
    qtbot,
    qt_loop,  # noqa: F811
    tmp_path,
    emulator,
    inspected,
    monkeypatch,
    french,
):
    (line,) = connection_lines(qtbot, qt_loop, tmp_path, emulator, inspected, monkeypatch)

    assert line.startswith(f"✗ Connexion\xa0: le certificat de {HOST} a été refusé")
    assert SUBJECT in line and INSPECTOR in line
    assert "demandez au service informatique" in line


@pytest.mark.parametrize(
    ("problem", "english", "french"),
    [
        (CertificateProblem.EXPIRED, "it has expired; check this computer's date", "il a expiré"),
        (CertificateProblem.SELF_SIGNED, "it is self-signed; your network", "il est auto-signé"),
        (
            CertificateProblem.WRONG_HOST,
            f"it is for another host, so something on the way answers for {HOST}",
            f"quelque chose sur le chemin répond à la place de {HOST}",
        ),
        (CertificateProblem.OTHER, "it could not be verified", "il n'a pas pu être vérifié"),
    ],
)
def test_each_refusal_says_its_own_cause_in_each_language(qapp, problem, english, french):
    error = CertificateError(
        "refused", host=HOST, problem=problem, subject=SUBJECT, issuer=INSPECTOR
    )
    text = network_problem_text(error)
    assert text is not None and english in text
    assert f"the certificate of {HOST} was refused (issued to {SUBJECT} by {INSPECTOR})" in text
    catalogue = QTranslator()
    assert catalogue.load(str(TRANSLATIONS_DIR / "hunting_console_fr.qm"))
    QCoreApplication.installTranslator(catalogue)
    try:
        text = network_problem_text(error)
    finally:
        QCoreApplication.removeTranslator(catalogue)
    assert text is not None and french in text
    assert f"le certificat de {HOST} a été refusé (délivré à {SUBJECT} par {INSPECTOR})" in text


def test_an_unreadable_certificate_still_names_its_host(qapp):
    error = CertificateError("refused", host=HOST, problem=CertificateProblem.UNTRUSTED)
    text = network_problem_text(error)
    assert text is not None
    assert text.startswith(f"the certificate of {HOST} was refused (issued to unreadable by")

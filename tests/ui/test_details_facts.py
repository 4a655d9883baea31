"""Process trees and users read from evidence (both wire shapes), and the chart's buckets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from console.domain.models import Evidence
from console.ui.details.alert_chart import bucket_counts
from console.ui.details.evidence_facts import process_forest, users_seen


def _graph_process(pid, parent_pid, name, parent_name, command):
    return Evidence(
        kind="process",
        label=name,
        raw={
            "processId": pid,
            "parentProcessId": parent_pid,
            "processCommandLine": command,
            "imageFile": {"fileName": name},
            "parentProcessImageFile": {"fileName": parent_name},
            "userAccount": {"accountName": "ana", "domainName": "CONTOSO"},
        },
    )


def test_child_nests_under_its_parent_when_both_are_evidence():
    forest = process_forest(
        [
            _graph_process(200, 100, "powershell.exe", "winword.exe", "powershell -enc AAA"),
            _graph_process(100, 4, "winword.exe", "explorer.exe", "winword.exe doc.docm"),
        ]
    )
    assert [root.image for root in forest] == ["explorer.exe"]
    assert not forest[0].known
    word = forest[0].children[0]
    assert (word.image, word.pid) == ("winword.exe", 100)
    assert [(c.image, c.command_line) for c in word.children] == [
        ("powershell.exe", "powershell -enc AAA")
    ]


def test_flat_defender_for_endpoint_evidence_gives_the_same_tree():
    flat = Evidence(
        kind="process",
        label="cmd.exe",
        raw={
            "processId": 7,
            "parentProcessId": 3,
            "fileName": "cmd.exe",
            "parentProcessFileName": "services.exe",
            "processCommandLine": "cmd /c whoami",
            "accountName": "svc",
            "domainName": "CONTOSO",
            "userPrincipalName": None,
        },
    )
    (root,) = process_forest([flat])
    assert (root.image, root.pid, root.known) == ("services.exe", 3, False)
    assert (root.children[0].image, root.children[0].user) == ("cmd.exe", "CONTOSO\\svc")


def test_users_seen_counts_user_and_process_accounts():
    user = Evidence(
        kind="user",
        label="ana@contoso.com",
        raw={
            "userAccount": {
                "accountName": "ana",
                "domainName": "CONTOSO",
                "userPrincipalName": "ana@contoso.com",
            }
        },
    )
    process = _graph_process(1, 0, "a.exe", "b.exe", "a")
    ip = Evidence(kind="ip", label="10.0.0.1", raw={"ipAddress": "10.0.0.1"})
    assert users_seen([user, process, ip]) == {
        "CONTOSO\\ana (ana@contoso.com)": 1,
        "CONTOSO\\ana": 1,
    }


def test_chart_keeps_quiet_days_and_switches_to_weeks_for_long_spans():
    start = datetime(2026, 3, 2, 12, tzinfo=UTC)
    daily, unit = bucket_counts([start, start, start + timedelta(days=3)])
    assert unit == "day"
    assert [count for _, count in daily] == [2, 0, 0, 1]
    weekly, unit = bucket_counts([start, start + timedelta(days=100), None])
    assert unit == "week"
    assert sum(count for _, count in weekly) == 2
    assert bucket_counts([]) == ([], "day")


def test_mitre_ids_read_with_their_names_and_unknown_ids_stay_bare():
    from console.domain import mitre

    assert mitre.technique_text("T1059.001") == (
        "T1059.001 Command and Scripting Interpreter: PowerShell"
    )
    assert mitre.technique_text("T9999") == "T9999"
    assert mitre.ATTACK_VERSION.startswith("ATT&CK Enterprise v")

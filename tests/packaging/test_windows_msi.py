"""packaging/windows: the WiX source and its build script, checked here on Linux (the MSI
itself is built and installed by .github/workflows/installers.yml on a Windows runner)."""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from pathlib import PureWindowsPath

import pytest

from console.auth.policy import POLICY_NAME, machine_policy_path
from tests.packaging.conftest import PACKAGING, ROOT

WXS = PACKAGING / "windows" / "hunting-console.wxs"
BUILD = PACKAGING / "windows" / "build.ps1"
NS = {"w": "http://wixtoolset.org/schemas/v4/wxs"}
W = "{" + NS["w"] + "}"  # the namespace prefix of a tag: W + "Component"
# The identity of the product across versions: it must never change (see the .wxs).
UPGRADE_CODE = "6C1F3B52-9E0A-4D7B-8A43-2F5E7C19D604"


@pytest.fixture(scope="module")
def package() -> ET.Element:
    root = ET.parse(WXS).getroot()
    assert root.tag == W + "Wix", "a WiX v4/v5 document"
    found = root.find("w:Package", NS)
    assert found is not None
    return found


def _directory_path(package: ET.Element, directory_id: str) -> list[str]:
    """[StandardDirectory id, Name, Name...] down to the Directory with `directory_id`."""

    def walk(element: ET.Element, trail: list[str]) -> list[str] | None:
        for child in element:
            if child.tag not in (W + "Directory", W + "StandardDirectory"):
                continue
            here = [*trail, child.get("Name") or child.get("Id", "")]
            if child.get("Id") == directory_id:
                return here
            deeper = walk(child, here)
            if deeper:
                return deeper
        return None

    path = walk(package, [])
    assert path, f"no Directory {directory_id}"
    return path


def test_the_upgrade_code_is_the_constant_one_and_a_guid(package: ET.Element) -> None:
    assert package.get("UpgradeCode") == UPGRADE_CODE
    uuid.UUID(UPGRADE_CODE)
    assert "never change" in WXS.read_text(encoding="utf-8").lower()
    assert package.get("ProductCode") in (None, "*"), "a new product code each build"


def test_it_is_a_per_machine_package_that_upgrades_in_place(package: ET.Element) -> None:
    assert package.get("Scope") == "perMachine"
    upgrade = package.find("w:MajorUpgrade", NS)
    assert upgrade is not None
    assert upgrade.get("DowngradeErrorMessage")
    assert upgrade.get("AllowSameVersionUpgrades") == "yes"
    assert package.get("Version") == "$(var.ProductVersion)", "the version comes from build.ps1"


def test_the_application_goes_under_program_files_64_in_hunting_console(
    package: ET.Element,
) -> None:
    assert _directory_path(package, "INSTALLFOLDER") == ["ProgramFiles64Folder", "Hunting Console"]
    group = package.find("w:ComponentGroup[@Id='AppFiles']", NS)
    assert group is not None and group.get("Directory") == "INSTALLFOLDER"
    files = group.find("w:Files", NS)
    assert files is not None and files.get("Include") == r"!(bindpath.App)\**"


def test_the_start_menu_shortcut_starts_the_installed_executable(package: ET.Element) -> None:
    exe = package.find("w:Component[@Id='MainExecutable']/w:File", NS)
    assert exe is not None
    assert exe.get("Source", "").endswith(r"\hunting-console.exe")
    shortcut = exe.find("w:Shortcut", NS)
    assert shortcut is not None
    assert shortcut.get("Directory") == "ProgramMenuFolder"
    assert shortcut.get("Name") == "Hunting Console"
    # Hand-authored, so the harvest must leave it out (or the file would be installed twice).
    excluded = [e.get("Files") for e in package.iterfind("w:ComponentGroup/w:Files/w:Exclude", NS)]
    assert r"!(bindpath.App)\hunting-console.exe" in excluded


def test_every_component_and_ref_of_the_feature_exists(package: ET.Element) -> None:
    feature = package.find("w:Feature", NS)
    assert feature is not None
    components = {c.get("Id") for c in package.iter(W + "Component")}
    groups = {g.get("Id") for g in package.iter(W + "ComponentGroup")}
    for ref in feature.iterfind("w:ComponentRef", NS):
        assert ref.get("Id") in components
    for ref in feature.iterfind("w:ComponentGroupRef", NS):
        assert ref.get("Id") in groups
    referenced = {r.get("Id") for r in feature.iterfind("w:ComponentRef", NS)}
    assert components <= referenced, "a component outside the feature would never install"


def test_the_policy_lands_where_the_console_reads_the_machine_policy_on_windows(
    package: ET.Element,
) -> None:
    """CommonAppDataFolder is %ProgramData%; the console's path for win32 must be the same
    folder name under it and the same file name."""
    expected = PureWindowsPath(machine_policy_path("win32", {"ProgramData": r"C:\ProgramData"}))
    assert expected.parent.parent == PureWindowsPath(r"C:\ProgramData")

    copy = package.find("w:Component/w:CopyFile[@Id='CopyMachinePolicy']", NS)
    assert copy is not None
    folder = _directory_path(package, copy.get("DestinationDirectory", ""))
    assert folder == ["CommonAppDataFolder", expected.parent.name]
    assert copy.get("DestinationName") == expected.name == POLICY_NAME


def test_the_policy_comes_from_the_policyfile_property_or_a_side_file(
    package: ET.Element,
) -> None:
    # CopyFile with SourceProperty and no SourceName: the property holds the file's full path.
    copy = package.find("w:Component/w:CopyFile[@Id='CopyMachinePolicy']", NS)
    assert copy is not None
    assert copy.get("SourceProperty") == "POLICYFILE"
    assert copy.get("SourceName") is None and copy.get("Delete") in (None, "no")
    component = package.find("w:Component[@Id='PolicyCopy']", NS)
    assert component is not None and component.get("Condition") == "POLICYFILE"

    properties = {p.get("Id"): p for p in package.iterfind("w:Property", NS)}
    assert properties["POLICYFILE"].get("Secure") == "yes", "it must reach the elevated install"
    search = properties["POLICYSIDEFILE"].find("w:DirectorySearch", NS)
    assert search is not None and search.get("Path") == "[SourceDir]"
    side = search.find("w:FileSearch", NS)
    assert side is not None and side.get("Name") == POLICY_NAME
    setter = package.find("w:SetProperty[@Id='POLICYFILE']", NS)
    assert setter is not None and setter.get("Value") == "[POLICYSIDEFILE]"
    assert "NOT POLICYFILE" in setter.get("Condition", ""), "the command line wins"
    # SourceDir is only reliable after ResolveSource; AppSearch must come after it.
    for sequence in ("InstallExecuteSequence", "InstallUISequence"):
        steps = package.find(f"w:{sequence}", NS)
        assert steps is not None
        assert steps.find("w:ResolveSource", NS) is not None
        assert steps.find("w:AppSearch", NS).get("After") == "ResolveSource"


def test_the_policy_folder_is_not_writable_by_standard_users(package: ET.Element) -> None:
    lock = package.find("w:Component[@Id='PolicyFolder']/w:CreateFolder/w:PermissionEx", NS)
    assert lock is not None
    sddl = lock.get("Sddl", "")
    assert "D:P" in sddl, "inheritance from ProgramData (users may create files) is cut"
    users = re.findall(r"\(A;[^;]*;([^;]*);;;BU\)", sddl)
    assert users == ["0x1200a9"], "Users: read and execute only"


def test_nothing_is_installed_under_the_users_profile(package: ET.Element) -> None:
    """The analysts' data (console/paths.py: %LOCALAPPDATA%) is theirs: the MSI never installs,
    so never removes, anything there."""
    standard = {s.get("Id") for s in package.iter(W + "StandardDirectory")}
    assert standard <= {"ProgramFiles64Folder", "CommonAppDataFolder", "ProgramMenuFolder"}
    assert package.find(".//w:RemoveFolder", NS) is None
    assert package.find(".//w:RemoveFile", NS) is None


def test_the_components_guids_are_distinct_guids(package: ET.Element) -> None:
    guids = [c.get("Guid") for c in package.iter(W + "Component") if c.get("Guid")]
    for guid in guids:
        uuid.UUID(guid)
    assert len(set([*guids, UPGRADE_CODE])) == len(guids) + 1


def test_the_silent_install_upgrade_and_uninstall_commands_are_written_down() -> None:
    text = WXS.read_text(encoding="utf-8")
    assert "msiexec /i HuntingConsole-0.1.0-x64.msi /qn /l*v" in text
    assert "msiexec /x HuntingConsole-0.1.0-x64.msi /qn" in text
    assert 'POLICYFILE="' in text


# -- build.ps1 and the version ----------------------------------------------------------------


def _build_script() -> str:
    return BUILD.read_text(encoding="utf-8")


def _version_rule() -> tuple[re.Pattern[str], dict[str, int]]:
    """The pattern and limits build.ps1 uses, read from the script itself (.NET named groups
    (?<name>...) are Python's (?P<name>...))."""
    text = _build_script()
    pattern = re.search(r"^\$VersionPattern = '([^']+)'", text, re.M)
    limits = re.search(r"^\$MsiLimits = @\{ (.+) \}", text, re.M)
    assert pattern and limits
    compiled = re.compile(pattern.group(1).replace("(?<", "(?P<"))
    numbers = dict(
        (name.strip(), int(value)) for name, value in re.findall(r"(\w+) = (\d+)", limits.group(1))
    )
    return compiled, numbers


def msi_version(version: str) -> str:
    """build.ps1's ConvertTo-MsiVersion, in Python."""
    pattern, limits = _version_rule()
    match = pattern.match(version.strip())
    if not match:
        raise ValueError(f"{version!r} does not start with MAJOR.MINOR")
    parts = []
    for name in ("major", "minor", "build"):
        number = int(match.group(name) or 0)
        if number > limits[name]:
            raise ValueError(f"{name} {number} over {limits[name]}")
        parts.append(str(number))
    return ".".join(parts)


def test_the_msi_limits_are_windows_installers() -> None:
    assert _version_rule()[1] == {"major": 255, "minor": 255, "build": 65535}


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", "0.1.0"),
        ("1.4", "1.4.0"),
        ("0.2.0rc1", "0.2.0"),
        ("2.3.4.dev5", "2.3.4"),
        ("1.0.0+desk7", "1.0.0"),
        ("255.255.65535", "255.255.65535"),
    ],
)
def test_the_version_rule_keeps_the_release_numbers(version: str, expected: str) -> None:
    assert msi_version(version) == expected


@pytest.mark.parametrize("version", ["256.0.0", "1.256.0", "1.0.65536", "v1.0", "1", ""])
def test_the_version_rule_refuses_what_msi_cannot_hold(version: str) -> None:
    with pytest.raises(ValueError):
        msi_version(version)


def test_console_version_is_one_line_and_msi_valid() -> None:
    text = (ROOT / "console" / "VERSION").read_text(encoding="utf-8")
    assert text.count("\n") <= 1 and text.strip()
    assert msi_version(text) == text.strip(), "a release version: MSI and console agree"


def test_build_ps1_reads_console_version_pins_wix_and_names_the_msi() -> None:
    text = _build_script()
    assert "'console\\VERSION'" in text
    assert re.search(r"^\$WixVersion = '5\.\d+\.\d+'$", text, re.M), "WiX v5, pinned"
    assert "--version $WixVersion" in text
    assert "dist\\HuntingConsole-$Version-x64.msi" in text
    assert '-d "ProductVersion=$MsiVersion"' in text
    assert '-bindpath "App=$AppFolder"' in text
    assert "-arch x64" in text
    assert "packaging\\hunting-console.spec" in text


def test_build_ps1_signs_only_when_a_certificate_is_named_and_holds_no_secret() -> None:
    text = _build_script()
    assert "$env:HC_SIGN_CERT_SHA1" in text
    assert "if (-not $Thumbprint" in text
    assert "/tr $TimestampUrl /td sha256" in text
    # Signing happens before WiX packs the folder, and the MSI after it is built.
    assert text.index("Invoke-Sign -Paths $batch") < text.index("& $wix build")
    assert text.index("& $wix build") < text.index("Invoke-Sign -Paths @($Msi)")
    assert not re.search(r"(?i)/p\s+\S|password\s*=", text), "no password on a command line"

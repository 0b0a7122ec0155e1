"""The installer sources compile and say what they should (wixl/msitools/nsis, no frozen build).

Marked ``packaging`` because the Debian packages ``wixl``, ``msitools`` and ``nsis`` are set up
with ``script/test --packaging``. A two-file stand-in payload keeps each build under a second;
the frozen-build test compiles the same sources against the real program folder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))
import payload
import smoke

pytestmark = pytest.mark.packaging
INCLUDE_MINIMUM, INCLUDE_MAXIMUM, ONLY_DETECT = 0x100, 0x200, 0x2


def _need(command: str) -> None:
    if shutil.which(command) is None:
        pytest.skip(f"{command} fehlt (script/test --packaging installiert es)")


def _payload(out: Path) -> None:
    app = smoke.app_dir(out)
    (app / "_internal").mkdir(parents=True)
    for name in ("CeremonyKit.exe", "ceremonykit-cli.exe", "_internal/base_library.zip"):
        (app / name).write_bytes(b"MZ stand-in")


def _table(msi: Path, name: str) -> list[dict[str, str]]:
    text = subprocess.run(
        ["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True
    ).stdout
    lines = text.splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[3:] if line]


def _fields(version: str) -> tuple[int, ...]:
    """What Windows Installer compares: the first three fields."""
    return tuple(int(p) for p in [*version.split("."), "0", "0"][:3])


def _found_by(row: dict[str, str], installed: str) -> bool:
    """FindRelatedProducts' rule for one Upgrade row and an installed ProductVersion."""
    attributes, have = int(row["Attributes"]), _fields(installed)
    if row["VersionMin"]:
        low = _fields(row["VersionMin"])
        if have < low or (have == low and not attributes & INCLUDE_MINIMUM):
            return False
    if row["VersionMax"]:
        high = _fields(row["VersionMax"])
        if have > high or (have == high and not attributes & INCLUDE_MAXIMUM):
            return False
    return True


@pytest.fixture
def msi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    _need("wixl")
    _need("msiinfo")
    monkeypatch.setenv(payload.BUILD_ENV, "57")  # a CI build of the package version
    _payload(tmp_path)
    return smoke.build_msi(tmp_path)


def test_msi_replaces_same_version_and_refuses_downgrade(msi: Path) -> None:
    rows = {r["ActionProperty"]: r for r in _table(msi, "Upgrade")}
    upgrade, downgrade = rows["WIX_UPGRADE_DETECTED"], rows["WIX_DOWNGRADE_DETECTED"]
    major, minor, patch, build = payload.numeric_version()
    same = f"{major}.{minor}.{patch}"
    for installed in (f"{same}.40000", f"{same}.50001", f"{same}.30001", "0.0.1"):
        assert _found_by(upgrade, installed), installed  # removed before the new files go in
        assert not _found_by(downgrade, installed), installed
    newer = f"{major}.{minor}.{patch + 1}.40000"
    assert not _found_by(upgrade, newer) and _found_by(downgrade, newer)
    assert int(downgrade["Attributes"]) & ONLY_DETECT
    properties = {r["Property"]: r["Value"] for r in _table(msi, "Property")}
    assert properties["ProductVersion"] == f"{same}.{build}" and build == 50057
    assert "WIX_UPGRADE_DETECTED" in properties["SecureCustomProperties"]
    sequence = {r["Action"]: int(r["Sequence"]) for r in _table(msi, "InstallExecuteSequence")}
    assert sequence["FindRelatedProducts"] < sequence["LaunchConditions"]
    assert sequence["InstallInitialize"] < sequence["RemoveExistingProducts"]
    assert sequence["RemoveExistingProducts"] < sequence["InstallFiles"]


def test_msi_launch_conditions_location_and_machine_marker(msi: Path) -> None:
    conditions = {r["Condition"]: r["Description"] for r in _table(msi, "LaunchCondition")}
    assert "Installed OR VersionNT64 >= 603" in conditions
    assert "Windows 10" in conditions["Installed OR VersionNT64 >= 603"]
    assert "neuere Version" in conditions["Installed OR NOT WIX_DOWNGRADE_DETECTED"]
    actions = {r["Action"]: r for r in _table(msi, "CustomAction")}
    location = actions["SetInstallLocation"]
    assert (location["Type"], location["Source"], location["Target"]) == (
        "51", "ARPINSTALLLOCATION", "[INSTALLFOLDER]",
    )  # fmt: skip
    sequence = {r["Action"]: int(r["Sequence"]) for r in _table(msi, "InstallExecuteSequence")}
    assert sequence["CostFinalize"] < sequence["SetInstallLocation"] < sequence["InstallValidate"]
    registry = {(r["Root"], r["Key"], r["Name"]): r["Value"] for r in _table(msi, "Registry")}
    machine = ("2", "Software\\Stadt Dortmund\\CeremonyKit")
    assert registry[(*machine, "MachineInstallLocation")] == "[INSTALLFOLDER]"
    assert registry[(*machine, "MachineVersion")] == payload.build_version()
    shortcut = _table(msi, "Shortcut")[0]
    assert shortcut["WkDir"] == ""  # not the program folder


def test_nsis_setup_compiles_with_the_build_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _need("makensis")
    monkeypatch.setenv(payload.BUILD_ENV, "57")
    _payload(tmp_path)
    setup = smoke.build_nsis(tmp_path)
    data = setup.read_bytes()
    assert data[:2] == b"MZ" and setup.name == f"CeremonyKit-{payload.build_version()}-Setup.exe"
    shown = payload.build_version().encode("utf-16-le")
    assert shown in data  # version resource: DisplayVersion-like ProductVersion string

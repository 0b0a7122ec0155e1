"""The packaging sources agree with each other and with the package (fast, no build)."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from ceremonykit import __version__
from conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))
import entry
import lock
import payload

PKG = REPO / "packaging"
WIX_NS = {"w": "http://schemas.microsoft.com/wix/2006/wi"}


def test_lock_pins_every_runtime_dependency_within_its_range() -> None:
    pins = lock.read_lock()
    for requirement in lock.runtime_requirements():
        name = lock.normalise(requirement.name)
        assert name in pins, f"{name} fehlt in requirements-windows.txt"
        assert requirement.specifier.contains(pins[name], prereleases=True), (name, pins[name])
    assert "pyinstaller" not in pins  # build tool, pinned in build_windows.ps1


@pytest.mark.packaging  # depends on the installed versions: run with the smoke build
def test_lock_matches_installed_closure() -> None:
    assert lock.read_lock() == lock.windows_closure(), "python packaging/lock.py ausführen"


@pytest.mark.parametrize(
    ("version", "numeric"),
    [("0.1.0", (0, 1, 0)), ("1.2.0rc1", (1, 2, 0)), ("2", (2, 0, 0)), ("3.4.5.post1", (3, 4, 5))],
)
def test_numeric_version(version: str, numeric: tuple[int, int, int]) -> None:
    assert payload.numeric_version(version) == numeric


def test_version_resource_carries_package_version() -> None:
    text = payload.version_info("CeremonyKit", "Beschreibung")
    assert "@" not in text.replace("'", "")
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert "StringStruct('CompanyName', 'Stadt Dortmund')" in text
    assert f"filevers=({', '.join(__version__.split('.')[:3])}, 0)" in text


def test_wxs_fragment_lists_every_file_with_stable_ids(tmp_path: Path) -> None:
    app = tmp_path / "dist" / "CeremonyKit"
    (app / "_internal" / "sub dir").mkdir(parents=True)
    for rel in ("CeremonyKit.exe", "_internal/a-b.dll", "_internal/sub dir/ä.txt"):
        (app / rel).write_bytes(b"x")
    first = payload.wxs_fragment(app, tmp_path)
    assert first == payload.wxs_fragment(app, tmp_path)  # same GUIDs in every build
    root = ET.fromstring(first)
    files = root.findall(".//w:File", WIX_NS)
    assert sorted(str(f.get("Source")).replace("\\", "/") for f in files) == sorted(
        ["dist/CeremonyKit/CeremonyKit.exe", "dist/CeremonyKit/_internal/a-b.dll",
         "dist/CeremonyKit/_internal/sub dir/ä.txt"]
    )  # fmt: skip
    components = root.findall(".//w:Component", WIX_NS)
    refs = root.findall(".//w:ComponentGroup/w:ComponentRef", WIX_NS)
    assert len(components) == len(refs) == 3
    ids = [c.get("Id") for c in components] + [f.get("Id") for f in files]
    assert len(set(ids)) == len(ids) and all(i and len(i) <= 72 for i in ids)
    assert len({c.get("Guid") for c in components}) == 3


def test_msi_source_is_per_machine_with_fixed_upgrade_code() -> None:
    product = ET.parse(PKG / "wix" / "ceremonykit.wxs").getroot().find("w:Product", WIX_NS)
    assert product is not None
    assert product.get("UpgradeCode") == "B563D0AE-1BE8-4FBE-A6F2-E47C635A8CF4"
    assert product.get("Id") == "*" and product.get("Version") == "$(var.Version)"
    package = product.find("w:Package", WIX_NS)
    assert package is not None and package.get("InstallScope") == "perMachine"
    assert product.find("w:MajorUpgrade", WIX_NS) is not None
    shortcut = product.find(".//w:Shortcut", WIX_NS)
    assert shortcut is not None and shortcut.get("Target") == "[INSTALLFOLDER]CeremonyKit.exe"
    keys = [r.get("Key") for r in product.iterfind(".//w:RegistryValue", WIX_NS)]
    assert "Software\\Classes\\.ceremony" in keys


def test_nsis_source_is_per_user_and_german() -> None:
    text = (PKG / "nsis" / "ceremonykit.nsi").read_text(encoding="utf-8-sig")
    for needed in (
        "RequestExecutionLevel user",
        'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"',
        '!insertmacro MUI_LANGUAGE "German"',
        'WriteRegStr HKCU "Software\\Classes\\.ceremony" "" "${PROGID}"',
        'CreateShortcut "$SMPROGRAMS\\${APP}.lnk"',
        'WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString"',
    ):
        assert needed in text, needed
    assert "HKLM" not in text and "MUI_PAGE_DIRECTORY" not in text


def test_windows_script_and_workflow_use_the_same_sources() -> None:
    spec = (PKG / "ceremonykit.spec").read_text(encoding="utf-8")
    ps1 = (PKG / "build_windows.ps1").read_text(encoding="utf-8")
    workflow = (REPO / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert 'APP_NAME = "CeremonyKit"' in spec and 'CLI_NAME = "ceremonykit-cli"' in spec
    for needed in (
        "requirements-windows.txt", "ceremonykit.spec", "wix\\ceremonykit.wxs",
        "nsis\\ceremonykit.nsi", "ceremonykit-cli.exe", "CeremonyKit.exe", "--selftest",
        "signtool", "osslsigncode",
    ):  # fmt: skip
        assert needed in ps1, needed
    pyinstaller = next(
        Requirement(r) for r in _pyproject_extra("packaging") if r.startswith("pyinstaller")
    )
    assert pyinstaller.specifier.contains(ps1.split('$PyInstallerVersion = "')[1].split('"')[0])
    assert "packaging\\build_windows.ps1" in workflow and "windows-latest" in workflow
    assert "out/windows/*.msi" in workflow


def _pyproject_extra(name: str) -> list[str]:
    import tomllib

    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    extras: list[str] = data["project"]["optional-dependencies"][name]
    return extras


@pytest.mark.parametrize(
    ("exe", "argv", "expected"),
    [
        ("CeremonyKit.exe", ["C:/Projekte/preis.ceremony"], ["gui", "C:/Projekte/preis.ceremony"]),
        ("CeremonyKit.exe", [], ["gui"]),
        ("CeremonyKit.exe", ["--selftest"], ["--selftest"]),
        ("ceremonykit-cli.exe", ["build", "x.ceremony"], ["build", "x.ceremony"]),
    ],
)
def test_entry_dispatches_gui_and_cli(
    monkeypatch: pytest.MonkeyPatch, exe: str, argv: list[str], expected: list[str]
) -> None:
    import ceremonykit.cli

    seen: list[list[str]] = []
    monkeypatch.setattr(ceremonykit.cli, "main", lambda args: seen.append(list(args)) or 0)
    monkeypatch.setattr(sys, "executable", f"C:/Programme/CeremonyKit/{exe}")
    monkeypatch.setattr(sys, "argv", [exe, *argv])
    assert entry.main() == 0
    assert seen == [expected]

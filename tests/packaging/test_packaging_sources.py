"""The packaging sources agree with each other and with the package (fast, no build)."""

from __future__ import annotations

import re
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
    ("version", "build", "numeric"),
    [
        ("0.1.0", None, (0, 1, 0, 40000)),
        ("1.2.0rc1", None, (1, 2, 0, 30001)),
        ("1.2.0b2", None, (1, 2, 0, 20002)),
        ("1.2.0a3", None, (1, 2, 0, 10003)),
        ("1.2.0.dev4", None, (1, 2, 0, 4)),
        ("2", None, (2, 0, 0, 40000)),
        ("3.4.5.post1", None, (3, 4, 5, 40001)),
        ("0.1.0", 57, (0, 1, 0, 50057)),
    ],
)
def test_numeric_version(
    monkeypatch: pytest.MonkeyPatch, version: str, build: int | None, numeric: tuple[int, ...]
) -> None:
    monkeypatch.delenv(payload.BUILD_ENV, raising=False)
    assert payload.numeric_version(version, build) == numeric


def test_builds_of_one_version_get_distinct_numbers_in_release_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """1.2.0rc1 must never become 1.2.0, and two CI builds of 0.1.0 must differ."""
    monkeypatch.delenv(payload.BUILD_ENV, raising=False)
    order = ["1.2.0.dev1", "1.2.0a1", "1.2.0b1", "1.2.0rc1", "1.2.0rc2", "1.2.0", "1.2.0.post1"]
    numbers = [payload.numeric_version(v) for v in order]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    ci = [payload.numeric_version("1.2.0", build) for build in (1, 2, 3)]
    assert len(set(ci)) == 3 and min(ci) > numbers[-1]
    assert all(max(n) <= 65535 for n in numbers + ci)


def test_ci_build_is_marked_in_the_shown_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(payload.BUILD_ENV, "123")
    assert payload.build_version("0.1.0") == "0.1.0+ci123"
    assert payload.numeric_version("0.1.0") == (0, 1, 0, 50123)
    assert "StringStruct('ProductVersion', '" + __version__ + "+ci123')" in payload.version_info(
        "CeremonyKit", "Beschreibung"
    )
    monkeypatch.setenv(payload.BUILD_ENV, "")  # tagged release
    assert payload.build_version("1.2.0rc1") == "1.2.0rc1"
    monkeypatch.setenv(payload.BUILD_ENV, "abc")
    with pytest.raises(SystemExit, match="keine Zahl"):
        payload.build_version()


def test_upgrade_bound_is_the_next_patch_release() -> None:
    assert payload.upgrade_below("1.2.0rc1") == "1.2.1"
    assert payload.upgrade_below("0.1.0") == "0.1.1"
    with pytest.raises(SystemExit, match="MSI-Version"):
        payload.numeric_version("1.256.0")


def test_version_resource_carries_package_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(payload.BUILD_ENV, raising=False)
    text = payload.version_info("CeremonyKit", "Beschreibung")
    assert "@" not in text.replace("'", "")
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert "StringStruct('CompanyName', 'Stadt Dortmund')" in text
    numeric = ", ".join(map(str, payload.numeric_version()))
    assert f"filevers=({numeric})" in text


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
    upgrade = product.find("w:Upgrade", WIX_NS)
    assert upgrade is not None and upgrade.get("Id") == product.get("UpgradeCode")
    shortcut = product.find(".//w:Shortcut", WIX_NS)
    assert shortcut is not None and shortcut.get("Target") == "[INSTALLFOLDER]CeremonyKit.exe"
    assert shortcut.get("WorkingDirectory") is None  # never the program folder
    keys = [r.get("Key") for r in product.iterfind(".//w:RegistryValue", WIX_NS)]
    assert "Software\\Classes\\.ceremony" in keys
    marker = [
        r for r in product.iterfind(".//w:RegistryValue", WIX_NS)
        if r.get("Name") == "MachineInstallLocation"
    ]  # fmt: skip
    assert marker and marker[0].get("Root") == "HKLM"


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
    assert "WriteRegStr HKLM" not in text and "MUI_PAGE_DIRECTORY" not in text


def _nsis_section(text: str, name: str) -> list[str]:
    body = text.split(f'Section "{name}"', 1)[1].split("SectionEnd", 1)[0]
    return [line.split(";", 1)[0].strip() for line in body.splitlines() if line.strip()]


def test_nsis_uninstaller_removes_only_its_own_files() -> None:
    """A project saved in the program folder survives the uninstaller (and the update)."""
    text = (PKG / "nsis" / "ceremonykit.nsi").read_text(encoding="utf-8-sig")
    for section in ("Uninstall", "${APP}"):
        lines = _nsis_section(text, section)
        recursive = [line for line in lines if line.startswith("RMDir /r")]
        assert recursive == ['RMDir /r "$INSTDIR\\_internal"'], recursive
    uninstall = _nsis_section(text, "Uninstall")
    assert 'RMDir "$INSTDIR"' in uninstall  # removed only when empty
    deleted = {line.split('"')[1] for line in uninstall if line.startswith("Delete ")}
    assert {"$INSTDIR\\${EXE}", "$INSTDIR\\${CLI}", "$INSTDIR\\Deinstallieren.exe"} <= deleted
    assert not [d for d in deleted if "*" in d]


def test_nsis_shortcut_starts_in_documents() -> None:
    lines = _nsis_section(
        (PKG / "nsis" / "ceremonykit.nsi").read_text(encoding="utf-8-sig"), "${APP}"
    )
    shortcut = next(i for i, line in enumerate(lines) if line.startswith("CreateShortcut"))
    out_paths = [line for line in lines[:shortcut] if line.startswith("SetOutPath")]
    assert out_paths[-1] == 'SetOutPath "$DOCUMENTS"'  # CreateShortcut's working folder


def test_nsis_respects_machine_install_and_running_program() -> None:
    text = (PKG / "nsis" / "ceremonykit.nsi").read_text(encoding="utf-8-sig")
    init = text.split("Function .onInit", 1)[1].split("FunctionEnd", 1)[0]
    wxs = (PKG / "wix" / "ceremonykit.wxs").read_text(encoding="utf-8")
    assert "SetRegView 64" in init and '"MachineInstallLocation"' in init
    assert 'Key="Software\\Stadt Dortmund\\CeremonyKit"' in wxs
    assert '!define MACHINE_KEY "Software\\Stadt Dortmund\\CeremonyKit"' in text
    assert "SetErrorLevel 10" in init and "Call CheckNotRunning" in init
    assert "Call un.CheckNotRunning" in text.split("Function un.onInit", 1)[1]
    check = text.split("Function ${UN}CheckNotRunning", 1)[1].split("FunctionEnd", 1)[0]
    assert 'FileOpen $0 "$INSTDIR\\${EXE}" a' in check and "SetErrorLevel 11" in check


def test_windows_script_and_workflow_use_the_same_sources() -> None:
    spec = (PKG / "ceremonykit.spec").read_text(encoding="utf-8")
    ps1 = (PKG / "build_windows.ps1").read_text(encoding="utf-8")
    workflow = (REPO / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert 'APP_NAME = "CeremonyKit"' in spec and 'CLI_NAME = "ceremonykit-cli"' in spec
    for needed in (
        "requirements-windows.txt", "ceremonykit.spec", "wix\\ceremonykit.wxs",
        "nsis\\ceremonykit.nsi", "ceremonykit-cli.exe", "CeremonyKit.exe", "--selftest",
        "signtool", "-dUpgradeBelow=$Below", "/DFILEVERSION=$Numeric",
    ):  # fmt: skip
        assert needed in ps1, needed
    pyinstaller = next(
        Requirement(r) for r in _pyproject_extra("packaging") if r.startswith("pyinstaller")
    )
    assert pyinstaller.specifier.contains(ps1.split('$PyInstallerVersion = "')[1].split('"')[0])
    assert "packaging\\build_windows.ps1" in workflow and "windows-latest" in workflow
    assert "out/windows/*.msi" in workflow


def _workflow_jobs() -> dict[str, str]:
    """The text of each job in the Windows workflow (no YAML library needed)."""
    text = (REPO / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    jobs: dict[str, str] = {}
    name = ""
    for line in text.split("\njobs:\n", 1)[1].splitlines():
        header = re.fullmatch(r"  ([A-Za-z_-]+):", line)
        if header:
            name = header.group(1)
            jobs[name] = ""
        else:
            jobs[name] += line + "\n"
    return jobs


def test_workflow_runs_the_whole_suite_on_windows_before_building() -> None:
    jobs = _workflow_jobs()
    assert list(jobs) == ["test", "build", "release"]
    assert "runs-on: windows-latest" in jobs["test"]
    assert "shell: powershell" in jobs["test"] and ".\\script\\test.ps1" in jobs["test"]
    assert "needs: test" in jobs["build"] and "needs: build" in jobs["release"]
    assert "windows_install_checks.ps1" in jobs["build"] and "-TestMsis" in jobs["build"]


def test_only_tagged_releases_are_signed_and_no_secret_is_used() -> None:
    workflow = (REPO / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    jobs = _workflow_jobs()
    assert "secrets." not in workflow.replace(
        "no secrets.", ""
    )  # OIDC login: nothing stored that a pull request could read
    for job in ("test", "build"):
        assert "Signing" not in jobs[job] and "Thumbprint" not in jobs[job]
        assert "id-token" not in jobs[job] and "environment:" not in jobs[job]
    release = jobs["release"]
    assert "if: github.event_name == 'push' && startsWith(github.ref, 'refs/tags/v')" in release
    assert "environment: release" in release and "id-token: write" in release
    assert "-SigningDlib" in release
    assert "permissions:\n  contents: read" in workflow  # default for every other job
    ps1 = (PKG / "build_windows.ps1").read_text(encoding="utf-8-sig")
    for leak in ("/p", "-pass", "PASSWORD", ".pfx", "CertificatePath"):
        assert leak not in ps1.replace("/pa", ""), leak
    assert '"/sha1"' in ps1 and '"/dlib"' in ps1


POWERSHELL = sorted([*(REPO / "script").glob("*.ps1"), *PKG.rglob("*.ps1")])


@pytest.mark.parametrize("script", POWERSHELL, ids=lambda p: p.name)
def test_powershell_scripts_are_safe_in_windows_powershell_51(script: Path) -> None:
    data = script.read_bytes()
    if any(b > 0x7F for b in data):  # 5.1 reads a file without BOM as ANSI: "ü" breaks
        assert data.startswith(b"\xef\xbb\xbf"), f"{script.name}: UTF-8 mit BOM speichern"
    text = data.decode("utf-8-sig")
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    assert "2>$null" not in code  # with ErrorActionPreference Stop: a terminating error in 5.1
    assert "$args =" not in code  # $args is automatic; assigning it breaks the caller's arguments
    assert "-m $mark" not in code  # an empty argument is dropped by 5.1


def test_powershell_scripts_exist() -> None:
    names = {p.name for p in POWERSHELL}
    assert {"_setup.ps1", "test.ps1", "run.ps1", "build_windows.ps1"} <= names
    assert "windows_install_checks.ps1" in names


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

    def run(args: list[str]) -> None:
        seen.append(list(args))
        raise SystemExit(0)

    monkeypatch.setattr(ceremonykit.cli, "run", run)
    monkeypatch.setattr(sys, "executable", f"C:/Programme/CeremonyKit/{exe}")
    monkeypatch.setattr(sys, "argv", [exe, *argv])
    with pytest.raises(SystemExit) as exited:
        entry.main()
    assert exited.value.code == 0
    assert seen == [expected]

"""Linux smoke build of the Windows delivery (marked ``packaging``; ~2–3 minutes).

The PyInstaller spec builds here too; the frozen executables pass ``--selftest`` offscreen; the
WiX and NSIS sources compile against that payload (Debian: wixl, msitools, nsis); and every
locked dependency exists as a Windows wheel (needs the package index).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))
import payload
import smoke

pytestmark = [pytest.mark.packaging, pytest.mark.slow, pytest.mark.timeout(900)]
UPGRADE_CODE = "{B563D0AE-1BE8-4FBE-A6F2-E47C635A8CF4}"


def _bundled(out: Path) -> list[str]:
    root = smoke.app_dir(out)
    return [p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()]


def test_frozen_build_selftest_and_installers(tmp_path: Path) -> None:
    """One test on purpose: the build takes a minute and must not run once per xdist worker."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller fehlt: pip install -e '.[packaging]' (script/test --packaging)")
    smoke.build_frozen(tmp_path)
    for name in ("ceremonykit-cli", "CeremonyKit"):
        check_selftest(tmp_path, name)
    check_bundle(tmp_path)
    missing = [
        f"{cmd} (apt-get install {pkg})"
        for cmd, pkg in smoke.TOOLS.values()
        if not shutil.which(cmd)
    ]
    if shutil.which("makensis"):
        check_nsis(tmp_path)
    if shutil.which("wixl"):
        check_msi(tmp_path)
    if missing:
        pytest.skip(f"Installer nicht geprüft, es fehlt: {', '.join(missing)}")


def check_selftest(out: Path, name: str) -> None:
    code, output, report = smoke.run_selftest(out, name)
    assert code == 0, output + report
    assert "installiert in" in report and "Ergebnis: alle 7 Prüfungen bestanden." in report
    assert "[OK] Oberfläche (Qt)" in report and "qtbase_de.qm" in report


def check_bundle(out: Path) -> None:
    files = _bundled(out)
    for needed in (
        "_internal/resources/fonts/NotoSans-Regular.ttf",
        "_internal/resources/fonts/LICENSE-Noto.txt",
        "_internal/pikepdf/pdfa/data/sRGB.icc",
        "_internal/docx/templates/default.docx",
        "_internal/babel/locale-data/de.dat",
        "_internal/babel/locale-data/root.dat",
        "_internal/PySide6/Qt/translations/qtbase_de.qm",
    ):
        assert needed in files, needed
    assert [f for f in files if f.startswith("_internal/_rl_accel.")], "_rl_accel fehlt"
    top_level = {f.split("/", 1)[0] for f in files}
    assert top_level == {"CeremonyKit.exe", "ceremonykit-cli.exe", "_internal"} or top_level == {
        "CeremonyKit", "ceremonykit-cli", "_internal"
    }, top_level  # the NSIS uninstaller deletes exactly these  # fmt: skip
    templates = [f for f in files if f.startswith("_internal/templates/")]
    assert templates, "templates/ must be bundled (resources.py needs the folder)"
    assert not [f for f in files if "babel/locale-data/fr" in f]
    unwanted = ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Qt6Multimedia", "/qml/")
    assert not [f for f in files if any(u in f for u in unwanted)]
    assert not [f for f in files if f.endswith("_fr.qm")]


def check_msi(out: Path) -> None:
    msi = smoke.build_msi(out)
    if shutil.which("msiinfo") is None:
        return  # compiled; the tables can only be read with msitools

    def table(name: str) -> str:
        return subprocess.run(
            ["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True
        ).stdout

    version = ".".join(map(str, payload.numeric_version()))
    props = table("Property")
    assert f"UpgradeCode\t{UPGRADE_CODE}" in props
    assert f"ProductVersion\t{version}" in props and "ALLUSERS\t1" in props
    assert "WIX_UPGRADE_DETECTED" in table("Upgrade")
    assert "ProgramMenuFolder\tCeremonyKit" in table("Shortcut")
    registry = table("Registry")
    assert "Software\\Classes\\.ceremony\t\tCeremonyKit.Projekt" in registry
    assert '"[INSTALLFOLDER]CeremonyKit.exe" "%1"' in registry
    file_rows = [line for line in table("File").splitlines()[3:] if line.strip()]
    assert len(file_rows) == len(_bundled(out))


def check_nsis(out: Path) -> None:
    setup = smoke.build_nsis(out)
    data = setup.read_bytes()
    assert data[:2] == b"MZ"
    root = smoke.app_dir(out)
    real = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    assert len(data) > real * 0.9  # stored uncompressed: every file is in it


def test_every_locked_dependency_has_a_windows_wheel(tmp_path: Path) -> None:
    names = smoke.download_wheels(tmp_path)
    import lock

    pins = lock.read_lock()
    assert len(names) == len(pins)
    for name in names:
        if not name.endswith(".tar.gz"):
            assert name.endswith(("-win_amd64.whl", "-none-any.whl")), name
        else:
            assert name.split("-")[0] in lock.SDIST_ONLY, name

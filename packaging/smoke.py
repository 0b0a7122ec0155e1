"""Linux smoke build of the Windows delivery: the same spec, installer sources and lock file.

Steps (each usable alone, the test suite calls them one by one):
``frozen``   PyInstaller with ``ceremonykit.spec`` into OUT/dist/CeremonyKit,
``selftest`` the frozen CLI and GUI executables run ``--selftest`` (offscreen),
``msi``      ``wixl`` compiles ``wix/ceremonykit.wxs`` against that payload,
``nsis``     ``makensis`` compiles ``nsis/ceremonykit.nsi`` against it (uncompressed: a check),
``wheels``   ``pip download`` of every locked requirement for win_amd64 / CPython 3.11.
Usage: ``python packaging/smoke.py OUT [STEP ...]`` (no step: all). Needs the Debian packages
``wixl`` and ``nsis`` (``msitools`` to inspect the MSI) and network access to the package index.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import lock
import payload

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
APP = "CeremonyKit"
STEPS = ("frozen", "selftest", "msi", "nsis", "wheels")
TOOLS = {"msi": ("wixl", "wixl"), "nsis": ("makensis", "nsis")}  # step -> (command, apt package)


def app_dir(out: Path) -> Path:
    return out / "dist" / APP


def exe(out: Path, name: str) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return app_dir(out) / f"{name}{suffix}"


def build_frozen(out: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            str(HERE / "ceremonykit.spec"),
        ],
        check=True,
    )
    return app_dir(out)


def run_selftest(out: Path, name: str) -> tuple[int, str, str]:
    """Run ``NAME --selftest`` of the frozen app with its own log dir; (exit code, stdout, report)."""
    log_dir = out / f"selftest-{name}"
    shutil.rmtree(log_dir, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", CEREMONYKIT_LOG_DIR=str(log_dir))
    result = subprocess.run(
        [str(exe(out, name)), "--selftest"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=out,
        timeout=300,
        check=False,
    )
    report = log_dir / "selftest.txt"
    text = report.read_text(encoding="utf-8") if report.is_file() else ""
    return result.returncode, result.stdout + result.stderr, text


def require_tool(step: str) -> str:
    command, package = TOOLS[step]
    found = shutil.which(command)
    if not found:
        raise SystemExit(f"{command} fehlt: bitte das Debian-Paket „{package}“ installieren.")
    return found


def build_msi(out: Path) -> Path:
    """Compile the MSI with wixl; sources are given relative to OUT (wixl's requirement)."""
    wixl = require_tool("msi")
    version = ".".join(map(str, payload.numeric_version()))
    fragment = out / "files.wxs"
    fragment.write_text(payload.wxs_fragment(app_dir(out), out), encoding="utf-8")
    shutil.copy(HERE / "icons" / "ceremonykit.ico", out / "ceremonykit.ico")
    msi = out / f"{APP}-{payload.build_version()}.msi"
    subprocess.run(
        [wixl, "-a", "x64", "-D", f"Version={version}", "-D", "IconFile=ceremonykit.ico",
         "-D", f"UpgradeBelow={payload.upgrade_below()}", "-D", f"DisplayVersion={payload.build_version()}",
         "-o", str(msi), str(HERE / "wix" / "ceremonykit.wxs"), fragment.name],
        cwd=out,
        check=True,
    )  # fmt: skip
    return msi


def build_nsis(out: Path) -> Path:
    makensis = require_tool("nsis")
    numeric = ".".join(map(str, payload.numeric_version()))
    setup = out / f"{APP}-{payload.build_version()}-Setup.exe"
    subprocess.run(
        [makensis, "-V2", "-DNOCOMPRESS", f"-DVERSION={payload.build_version()}",
         f"-DFILEVERSION={numeric}", f"-DPAYLOAD={app_dir(out)}",
         f"-DOUTFILE={setup}", f"-DICON={HERE / 'icons' / 'ceremonykit.ico'}",
         str(HERE / "nsis" / "ceremonykit.nsi")],
        check=True,
    )  # fmt: skip
    return setup


def download_wheels(out: Path) -> list[str]:
    target = out / "windows-wheels"
    shutil.rmtree(target, ignore_errors=True)
    return lock.download(target, lock.read_lock())


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__)
        return 2
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    steps = argv[1:] or list(STEPS)
    unknown = set(steps) - set(STEPS)
    if unknown:
        raise SystemExit(f"Unbekannte Schritte: {', '.join(sorted(unknown))}")
    failed = False
    for step in steps:
        print(f"==> {step}", flush=True)
        if step == "frozen":
            build_frozen(out)
        elif step == "selftest":
            for name in (APP, "ceremonykit-cli"):
                code, output, report = run_selftest(out, name)
                print(report or output)
                failed = failed or code != 0
        elif step == "msi":
            print(build_msi(out))
        elif step == "nsis":
            print(build_nsis(out))
        else:
            print("\n".join(download_wheels(out)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

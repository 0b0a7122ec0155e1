"""Build the .qm translation files from the committed .ts sources (run by script/translations,
the GUI tests and the packaging); .qm files are generated and never committed.

Uses ``lrelease`` shipped in the PySide6 wheel, so no Qt SDK is needed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6

from ceremonykit.resources import resource_path


def lrelease() -> Path:
    base = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (base / name).exists():
            return base / name
    raise FileNotFoundError("lrelease fehlt im PySide6-Paket; bitte PySide6 neu installieren.")


def build_all(out_dir: Path | None = None) -> list[Path]:
    """Compile every ``resources/translations/*.ts`` (atomically); the .qm paths.

    The .qm lands next to its .ts, where the application looks for it; ``out_dir`` puts it
    elsewhere (the tests, which must not write into the source tree).
    """
    built = []
    for ts in sorted(resource_path("translations").glob("*.ts")):
        qm = (out_dir or ts.parent) / ts.with_suffix(".qm").name
        tmp = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
        subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(tmp)], check=True)
        tmp.replace(qm)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build_all():
        print(path)
    sys.exit(0)

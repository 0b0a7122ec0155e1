"""Convert a file with headless LibreOffice, the way every real-client test does it.

Why fonts are checked: our Word files name Arial, Calibri and Cambria. Where those are missing,
LibreOffice substitutes whatever fontconfig offers – on a bare Debian that is DejaVu, which is
much wider – so page counts and line breaks would depend on the machine. The metric-compatible
twins (Liberation Sans, Carlito, Caladea; installed by ``script/_setup.sh`` together with
LibreOffice) lay text out exactly like Word's fonts, so a test's result is the same on every
machine and tells what a Word user sees. Without them the test fails and names the packages,
instead of passing or failing by accident.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

import pytest

WORD_FONTS = {
    "Arial": ("Liberation Sans", "fonts-liberation2"),
    "Calibri": ("Carlito", "fonts-crosextra-carlito"),
    "Cambria": ("Caladea", "fonts-crosextra-caladea"),
}
"""Font named in our DOCX files → its metric-compatible twin and the Debian package with it."""


@cache
def missing_word_fonts() -> list[str]:
    """Debian packages whose fonts fontconfig does not find (empty off Linux: real fonts there)."""
    fc_match = shutil.which("fc-match")
    if not sys.platform.startswith("linux") or fc_match is None:
        return []
    missing = []
    for font, (twin, package) in WORD_FONTS.items():
        found = subprocess.run(
            [fc_match, "-f", "%{family}", font], capture_output=True, text=True, check=False
        ).stdout
        if twin not in found.split(","):
            missing.append(package)
    return missing


def soffice_convert(src: Path | list[Path], target: str, outdir: Path) -> Path:
    """Convert ``src`` to ``target`` (e.g. ``"pdf"``, ``"xls"``) into ``outdir``; the first result.

    Skips without LibreOffice; fails when the Word-metric fonts are missing (see above). Each
    call uses its own throw-away profile, so tests may convert in parallel.
    """
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) ist nicht installiert")
    missing = missing_word_fonts()
    if missing:
        pytest.fail(
            "LibreOffice-Prüfungen brauchen Schriften mit Word-Metrik: "
            f"apt-get install {' '.join(missing)} (script/_setup.sh installiert sie mit)"
        )
    sources = src if isinstance(src, list) else [src]
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
                *map(str, sources),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    ext = target.split(":")[0]
    results = [outdir / f"{path.stem}.{ext}" for path in sources]
    for result in results:
        assert result.exists(), f"LibreOffice hat {result.name} nicht erzeugt"
    return results[0]

"""Rendered first pages compared with stored reference images (rinohtype-style, 30 dpi).

Regenerate the references after an intended design change – and look at them before
committing:  python tests/documents/test_certificate_visual.py --regenerate
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

if __name__ == "__main__":  # run as a script: use this checkout's code, not an installed copy
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from certificate_helpers import build

REFERENCE = Path(__file__).resolve().parent / "reference"
DPI = 30
MAX_MEAN_DIFF = 1.5  # mean absolute difference per channel (0..255)
DESIGNS = ("classic", "modern")


def render_first_page(design: str, work: Path) -> Image.Image:
    from ceremonykit.demo import demo_ceremony

    report = build(demo_ceremony(), work, design, word_template="")
    assert report.failed == []
    pdf = work / "urkunden" / "pdf" / "01_Nachbarschaftshilfe-Hoerde-Sued-eV.pdf"
    prefix = work / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-singlefile", str(pdf), str(prefix)], check=True
    )
    return Image.open(f"{prefix}.png").convert("RGB")


@pytest.mark.parametrize("design", DESIGNS)
def test_first_page_matches_reference(design: str, tmp_path: Path) -> None:
    reference = Image.open(REFERENCE / f"certificate_{design}.png").convert("RGB")
    page = render_first_page(design, tmp_path)
    assert page.size == reference.size
    diff = ImageChops.difference(page, reference)
    mean = sum(ImageStat.Stat(diff).mean) / 3
    if mean > MAX_MEAN_DIFF:
        diff.save(tmp_path / "diff.png")
    assert mean <= MAX_MEAN_DIFF, (
        f"{design}: mean difference {mean:.2f} (see {tmp_path / 'diff.png'})"
    )


def test_reference_differs_between_designs() -> None:
    """Guard against a comparison that could never fail."""
    a = Image.open(REFERENCE / "certificate_classic.png").convert("RGB")
    b = Image.open(REFERENCE / "certificate_modern.png").convert("RGB").resize(a.size)
    assert sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3 > 5 * MAX_MEAN_DIFF


def regenerate() -> None:
    import tempfile

    for design in DESIGNS:
        with tempfile.TemporaryDirectory() as tmp:
            render_first_page(design, Path(tmp)).save(
                REFERENCE / f"certificate_{design}.png", optimize=True
            )
            print(f"wrote {REFERENCE / f'certificate_{design}.png'}")


if __name__ == "__main__":
    if "--regenerate" in sys.argv:
        regenerate()
    else:
        print(__doc__)

"""Names from everywhere and overlong titles: every glyph drawn, every word inside the border."""

from __future__ import annotations

import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from certificate_helpers import build, pdf_text

from ceremonykit.documents.certificates.design import load_design
from ceremonykit.documents.certificates.fit import fit_text, runs, unit_width
from ceremonykit.documents.pdf.fonts import missing_glyphs
from ceremonykit.domain.model import Ceremony, Person, Prize, PrizeKind, Salutation, Winner

PROJECT_120 = (
    "Gemeinsam stark im Quartier – ehrenamtliche Lern-, Sprach- und Freizeitangebote für "
    "Kinder, Senioren und Eltern in Eving"
)
LONG_ORG = "Förderverein der Freiwilligen Feuerwehr Łódź-Partnerschaft Dortmund-Hörde für Jugendarbeit und Brandschutzerziehung e.V."
NAMES = [
    "Małgorzata Żółkiewska",
    "Nguyễn Thị Lan",
    "Ľubomír Šťastný",
    "Emre Yılmaz",
    "Grüße Straßburg",
]


def _ceremony() -> Ceremony:
    prize = Prize(id="p1", kind=PrizeKind.RANKED, rank=1, amount=Decimal("5000"))
    winners = [Winner(id="w-long", prize_id="p1", organisation=LONG_ORG, project_title=PROJECT_120)]
    for i, name in enumerate(NAMES):
        first, last = name.split(" ", 1)
        winners.append(
            Winner(
                id=f"w{i}",
                prize_id="p1",
                persons=[Person(Salutation.FRAU, "", first, last)],
                project_title=PROJECT_120,
                position=i + 1,
            )
        )
    return Ceremony(
        award_name="Integrationspreis",
        year=2026,
        organiser="Stadt Dortmund",
        city="Dortmund",
        prizes=[prize],
        winners=winners,
    )


def test_project_title_is_120_characters() -> None:
    assert len(PROJECT_120) == 120


def _words(path: Path) -> list[tuple[str, float, float, float, float]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pattern = re.compile(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    )
    return [
        (m[5], float(m[1]), float(m[2]), float(m[3]), float(m[4])) for m in pattern.finditer(html)
    ]


@pytest.mark.parametrize("design_name", ["classic", "modern"])
def test_names_render_inside_the_border(tmp_path: Path, design_name: str) -> None:
    report = build(_ceremony(), tmp_path, design_name)
    assert report.failed == []
    design = load_design(design_name)
    width, height = design.pagesize
    if design.decoration == "band":
        left, right = design.band_width, width - design.frame_inset
    else:
        left, right = design.frame_inset + 5, width - design.frame_inset - 5  # inner frame line
    bottom, top = design.frame_inset, height - design.frame_inset
    singles = sorted((tmp_path / "urkunden" / "pdf").glob("*.pdf"))
    assert len(singles) == 1 + len(NAMES)
    for path, name in zip(singles, [LONG_ORG, *NAMES], strict=True):
        text = pdf_text(path)
        assert name in text, (path.name, text)
        assert PROJECT_120.replace("– ", "–") in text.replace("– ", "–")
        words = _words(path)
        assert words
        for word, x_min, y_min, x_max, y_max in words:
            assert left < x_min and x_max < right, (path.name, word, x_min, x_max)
            assert bottom < y_min and y_max < top, (path.name, word, y_min, y_max)


@pytest.mark.parametrize("design_name", ["classic", "modern"])
def test_every_character_has_a_glyph_in_its_run(design_name: str) -> None:
    font = load_design(design_name).font
    for text in [*NAMES, LONG_ORG, PROJECT_120]:
        for face in (f"{font}-Bold", f"{font}-Italic", font):
            for run_font, part in runs(text, face):
                assert not missing_glyphs(part, run_font), (text, run_font)


def test_fit_shrinks_then_wraps_then_squeezes() -> None:
    short = fit_text("Kurzer Name", "Serif-Bold", 30, 16, 400)
    assert short.lines == ("Kurzer Name",) and short.size == 30 and not short.squeezed
    shrunk = fit_text("Ein etwas längerer Vereinsname e.V.", "Serif-Bold", 30, 16, 400)
    assert len(shrunk.lines) == 1 and 16 <= shrunk.size < 30
    wrapped = fit_text(LONG_ORG, "Serif-Bold", 30, 16, 560)
    assert len(wrapped.lines) == 2 and wrapped.size >= 16 and not wrapped.squeezed
    assert " ".join(wrapped.lines) == LONG_ORG
    squeezed = fit_text(LONG_ORG * 3, "Serif-Bold", 30, 16, 400)
    assert squeezed.squeezed and squeezed.size < 16  # beyond two lines only at the absolute minimum
    for fitted, width in ((short, 400), (shrunk, 400), (wrapped, 560), (squeezed, 400)):
        assert all(
            unit_width(line, "Serif-Bold") * fitted.size <= width + 0.01 for line in fitted.lines
        )


def test_overlong_name_warns_but_stays_inside(tmp_path: Path) -> None:
    ceremony = _ceremony()
    ceremony.winners = ceremony.winners[:1]
    ceremony.winners[0].organisation = (LONG_ORG + " ") * 3
    report = build(ceremony, tmp_path, "classic")
    assert report.failed == []
    assert any("sehr lang" in w.reason for w in report.warnings)
    path = next((tmp_path / "urkunden" / "pdf").glob("*.pdf"))
    for word, x_min, _y_min, x_max, _y_max in _words(path):
        assert x_min > 40 and x_max < 595 - 40, word

"""Check-in list, name badges, place cards and seating plan: text, pages and drawn marks."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm
from tests.documents.guest_helpers import build, one_file, pdf_pages_text

from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.guestdocs.labels import load_layout
from ceremonykit.documents.guestdocs.pdftext import fit_lines, width
from ceremonykit.domain.model import RSVP, Guest, Salutation
from ceremonykit.german.typography import apostrophes
from ceremonykit.guests.collation import sort_name

LONG_NAME = "Bartholomäus Schmidt-Rüdesheimer von Hohenstein"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("guestpdfs")
    report = build(
        demo_ceremony(), path, "checkin_list", "name_badges", "place_cards", "seating_plan"
    )
    assert not [w for w in report.warnings if w.kind != "seating_plan"], report.warnings
    return path


def _render(pdf: Path, page: int, dpi: int = 72) -> Image.Image:
    prefix = pdf.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-gray",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    [png] = sorted(pdf.parent.glob(f"{prefix.name}-*{page}.png"))
    image = Image.open(png).convert("L")
    png.unlink()
    return image


def _dark(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    return sum(image.crop(box).histogram()[:128])


def test_checkin_alphabetical_with_letters_and_page_numbers(out: Path) -> None:
    pages = pdf_pages_text(one_file(out, "Einlassliste_*.pdf"))
    text = "\n".join(pages)
    demo = demo_ceremony()
    expected = [g for g in demo.guests if g.rsvp in (RSVP.ACCEPTED, RSVP.OPEN)]
    declined = [g for g in demo.guests if g.rsvp in (RSVP.DECLINED, RSVP.INVITED)]
    for guest in expected:  # printed with the typographic apostrophe: "D’Angelo, Aylin"
        assert apostrophes(sort_name(guest)) in text, guest.last_name
    for guest in declined:
        assert apostrophes(sort_name(guest)) not in text, guest.last_name
    assert "A–D" in pages[0]
    assert f"Seite 1 von {len(pages)}" in pages[0]
    assert text.index("Adeyemi, Olusegun") < text.index("Äppelbaum, Jürgen") < text.index("Bianchi")
    assert text.index("Heide, Jonas von der") < text.index("Hoffmann")
    assert "+ 2 Begleitpersonen" in text
    assert "offen" in text


def test_checkin_draws_boxes(out: Path) -> None:
    image = _render(one_file(out, "Einlassliste_*.pdf"), 1)
    # the check box column at the left margin holds ink on many rows
    left = int(14 * mm)
    assert _dark(image, (left, 100, left + int(6 * mm), image.height - 60)) > 200


def test_badges_on_sheet_with_cut_marks(out: Path) -> None:
    pdf = one_file(out, "Namensschilder_*.pdf")
    pages = pdf_pages_text(pdf)
    accepted = [g for g in demo_ceremony().guests if g.rsvp is RSVP.ACCEPTED]
    assert len(pages) == -(-len(accepted) // 8)
    text = "\n".join(pages).replace("-\n", "-").replace("\n", " ")
    assert "Dr. Henrike Albers" in text and "Oberbürgermeisterin" in text
    assert "Nguyễn" in text and "Şükran Aydın" in text
    assert "Schmidt-Rüdesheimer von Hohenstein" in text and "…" not in text
    assert "Kim Schäfer" not in text  # open reply: no badge
    image = _render(pdf, 1)
    sheet = load_layout("a4_2x4_90x54")
    x = round(sheet.margin_left * mm)  # left edge of the first column, in the top margin
    top_gap = round((sheet.margin_top - 7) * mm)
    assert _dark(image, (x - 1, top_gap, x + 2, top_gap + round(5 * mm))) > 3
    middle = round((sheet.margin_left + sheet.label_width) * mm)
    assert _dark(image, (middle - 1, top_gap, middle + 2, top_gap + round(5 * mm))) > 3


def test_long_name_fits_on_badge() -> None:
    sheet = load_layout("a4_2x5_75x50")
    inner = (sheet.label_width - 2 * sheet.padding) * mm
    fit = fit_lines(LONG_NAME, bold=True, max_size=20, min_size=12, max_width=inner, max_lines=2)
    assert not fit.overflow
    assert fit.size >= 12
    assert " ".join(fit.lines).replace("- ", "-") == LONG_NAME
    assert all(width(line, fit.font, fit.size) <= inner for line in fit.lines)
    short = fit_lines("Kim Chen", bold=True, max_size=20, min_size=12, max_width=inner, max_lines=2)
    assert short.size == 20 and short.lines == ["Kim Chen"]


def test_other_label_layout_and_overflow_warning(tmp_path: Path) -> None:
    from ceremonykit.build import build_ceremony
    from ceremonykit.documents.context import BuildOptions

    ceremony = demo_ceremony()
    ceremony.guests.append(
        Guest(
            id="huge",
            first_name="Maximiliane Friederike Auguste",
            last_name="Wolkenstein-Trostburg " * 4,
            rsvp=RSVP.ACCEPTED,
        )
    )
    options = BuildOptions(kind_options={"name_badges": {"layout": "a4_2x5_75x50"}})
    report = build_ceremony(ceremony, tmp_path, only=["name_badges"], options=options)
    assert report.failed == []
    assert [w.subject for w in report.warnings] == ["huge"]
    assert "gekürzt" in report.warnings[0].reason
    reader = PdfReader(str(one_file(tmp_path, "Namensschilder_*.pdf")))
    accepted = sum(1 for g in ceremony.guests if g.rsvp is RSVP.ACCEPTED)
    assert len(reader.pages) == -(-accepted // 10)


def test_place_cards_two_per_sheet_name_both_ways(out: Path) -> None:
    pdf = one_file(out, "Tischkarten_*.pdf")
    reader = PdfReader(str(pdf))
    accepted = [g for g in demo_ceremony().guests if g.rsvp is RSVP.ACCEPTED]
    assert len(reader.pages) == -(-len(accepted) // 2)
    upright: list[str] = []
    rotated: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            a = tm[0] * cm[0] + tm[1] * cm[2]
            (rotated if a < 0 else upright).append(text.strip())

    reader.pages[0].extract_text(visitor_text=visit)
    assert "Olusegun Adeyemi" in upright and "Olusegun Adeyemi" in rotated
    assert "Dr. Henrike Albers" in upright and "Dr. Henrike Albers" in rotated
    text = pdf_pages_text(pdf)[0]
    assert "Falzlinie" in text and "Schnittlinie" in text
    image = _render(pdf, 1)
    h = image.height
    # ink on all four faces: both halves of both cards
    for k in range(4):
        assert _dark(image, (40, k * h // 4 + 10, image.width - 40, (k + 1) * h // 4 - 10)) > 100


def test_seating_plan_one_page_per_table(out: Path) -> None:
    pages = pdf_pages_text(one_file(out, "Sitzplan_*.pdf"))
    demo = demo_ceremony()
    tables = {g.table for g in demo.guests if g.rsvp in (RSVP.ACCEPTED, RSVP.OPEN) and g.table}
    assert len(pages) == len(tables) + 1  # plus "Ohne Tischzuordnung"
    assert "Tisch 1 – 7 Personen (rund, 8 Plätze)" in pages[0]
    assert "Sonnenberg, Birgit" in pages[0] and "+ 1 Begleitperson" in pages[0]
    assert "Tisch 2" in pages[1]
    assert "Ohne Tischzuordnung" in pages[-1]
    assert "Schäfer, Kim" in pages[-1]


def test_control_characters_and_payloads_in_every_kind(tmp_path: Path) -> None:
    from tests.documents.guest_helpers import GUEST_KINDS

    ceremony = demo_ceremony()
    ceremony.guests.append(
        Guest(
            id="ctl",
            salutation=Salutation.FRAU,
            first_name="Zoë\x00",
            last_name="Kon\x1btrol\x07le",
            function='=HYPERLINK("x")\x0b',
            organisation="\tVerein\r\nNeu",
            rsvp=RSVP.ACCEPTED,
            table="9",
            protocol_rank=30,
        )
    )
    report = build(ceremony, tmp_path, *GUEST_KINDS)
    assert {f.kind for f in report.files} == set(GUEST_KINDS)
    for name in ("Namensschilder", "Tischkarten", "Einlassliste", "Sitzplan"):
        text = "\n".join(pdf_pages_text(one_file(tmp_path, f"{name}_*.pdf")))
        assert "Kontrolle" in text, name

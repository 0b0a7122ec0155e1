"""The cheque kind end to end: files, skipped prizes, PDF boxes, text, fonts and warnings."""

from __future__ import annotations

import copy
import io
import shutil
import subprocess
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony as _make_demo
from ceremonykit.documents.context import BuildOptions, BuildReport
from ceremonykit.documents.registry import get_kind
from ceremonykit.domain.model import Ceremony

PT_PER_MM = 72 / 25.4


@cache
def _demo_once() -> Ceremony:
    return _make_demo()


def demo_ceremony() -> Ceremony:
    """A fresh copy of the demo (drawing its photos once per test process, not per test)."""
    return copy.deepcopy(_demo_once())


NBSP = "\u00a0"


def build(
    ceremony: Ceremony,
    out: Path,
    *,
    design: str = "",
    formats: tuple[str, ...] = ("pdf",),
    **opts: str,
) -> BuildReport:
    options = BuildOptions(
        formats={"cheque": formats},
        designs={"cheque": design} if design else {},
        kind_options={"cheque": opts},
    )
    return build_ceremony(ceremony, out, only=["cheque"], options=options)


def box_mm(page: object, name: str) -> tuple[float, ...]:
    return tuple(round(float(v) / PT_PER_MM, 2) for v in getattr(page, name))


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        )
        text = out.stdout
    else:
        text = "".join(p.extract_text() for p in PdfReader(path).pages)
    return " ".join(text.replace(NBSP, " ").split())


def test_registered_with_formats_and_designs() -> None:
    kind = get_kind("cheque")
    assert kind.formats == ("pdf", "png")
    assert kind.designs[:2] == ("classic", "bold")
    assert {"size", "bleed", "crop_marks", "png_dpi"} <= {o.name for o in kind.options}
    assert kind.default_formats == ("pdf",)  # the PNG preview only on request


def test_default_build_writes_the_print_pdf_and_no_preview(tmp_path: Path) -> None:
    report = build_ceremony(demo_ceremony(), tmp_path, only=["cheque"])
    formats = [f.format for f in report.files]
    assert formats and set(formats) == {"pdf"}
    assert not list((tmp_path / "schecks").glob("*.png"))
    chosen = build(demo_ceremony(), tmp_path / "both", formats=("pdf", "png"))
    assert sorted(f.format for f in chosen.files) == sorted(["pdf", "png"] * len(formats))


def test_one_cheque_per_winner_with_money(tmp_path: Path) -> None:
    report = build(demo_ceremony(), tmp_path)
    assert report.failed == []
    pdfs = sorted(f.path for f in report.files)
    assert pdfs == [
        "schecks/01_Nachbarschaftshilfe-Hoerde-Sued-eV_900x450.pdf",
        "schecks/02_Lesewelten-Nordstadt-gGmbH_900x450.pdf",
        "schecks/03_Repair-Cafe-Westerfilde_900x450.pdf",
    ]
    # the Ehrenpreis carries no money: reported as skipped with a German reason
    assert [(p.subject, p.reason) for p in report.skipped] == [
        ("w-ehrenpreis", "Kein Scheck: Der Ehrenpreis ist nicht mit Preisgeld verbunden.")
    ]
    # the demo is print-ready at the default size: nothing to warn about
    assert report.warnings == []
    assert (tmp_path / "manifest.json").is_file()


def test_pdf_boxes_text_and_fonts(tmp_path: Path) -> None:
    build(demo_ceremony(), tmp_path, design="classic", size="600x300", bleed="5")
    path = tmp_path / "schecks" / "01_Nachbarschaftshilfe-Hoerde-Sued-eV_600x300.pdf"
    page = PdfReader(path).pages[0]
    # MediaBox = trim + twice the bleed; TrimBox and BleedBox where the print shop expects them
    assert box_mm(page, "mediabox") == (0, 0, 610, 310)
    assert box_mm(page, "trimbox") == (5, 5, 605, 305)
    assert box_mm(page, "bleedbox") == (0, 0, 610, 310)
    text = pdf_text(path)
    for expected in (
        "Nachbarschaftshilfe Hörde-Süd e.V.",
        "5.000,00 €",
        "fünftausend Euro",
        "Ehrenamtspreis 2026 – Erster Preis",
        "Dortmund, 4. Dezember 2026",
        "Dr. Henrike Albers",
        "Oberbürgermeisterin",
        "SCHECK",
        "Nr. 2026-001",
    ):
        assert expected in text
    fonts = [ref.get_object() for ref in page["/Resources"]["/Font"].values()]
    assert len(fonts) >= 3
    for font in fonts:
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"]  # embedded (subset), not referenced
    assert PdfReader(path).metadata.title.startswith("Scheck Ehrenamtspreis 2026")


def test_bold_design_without_cents_and_with_crop_marks(tmp_path: Path) -> None:
    build(
        demo_ceremony(),
        tmp_path,
        design="bold",
        size="1200x600",
        bleed="10",
        crop_marks="1",
        number="0",
    )
    path = tmp_path / "schecks" / "02_Lesewelten-Nordstadt-gGmbH_1200x600.pdf"
    page = PdfReader(path).pages[0]
    # crop marks sit in a 12 mm slug outside the bleed, so they never print on the cheque
    assert box_mm(page, "trimbox") == (22, 22, 1222, 622)
    assert box_mm(page, "bleedbox") == (12, 12, 1232, 632)
    assert box_mm(page, "mediabox") == (0, 0, 1244, 644)
    text = pdf_text(path)
    assert "Lesewelten Nordstadt gGmbH" in text
    assert "3.000 €" in text and "3.000,00" not in text
    assert "dreitausend Euro" in text
    assert "Nr." not in text


def test_png_preview_size_and_resolution(tmp_path: Path) -> None:
    report = build(demo_ceremony(), tmp_path, formats=("png",), size="200x100", png_dpi="300")
    pngs = [f.path for f in report.files]
    assert len(pngs) == 3 and all(p.endswith(".png") for p in pngs)
    with Image.open(tmp_path / pngs[0]) as image:
        assert image.size == (2362, 1181)  # trim only, no bleed
        assert round(image.info["dpi"][0]) == 300
        image.load()


def test_low_resolution_logo_warns(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    small = io.BytesIO()
    logo = Image.open(io.BytesIO(ceremony.assets["logo"].data)).convert("RGB")
    logo.resize((240, 64)).save(small, "PNG")  # opaque: no transparent margin to remove
    ceremony.assets["logo"].data = small.getvalue()
    report = build(ceremony, tmp_path)
    logo_warnings = [w for w in report.warnings if "Logo" in w.reason]
    assert len(logo_warnings) == 3  # once per cheque
    assert "dpi" in logo_warnings[0].reason and "240 Pixel" in logo_warnings[0].reason
    assert len(report.files) == 3  # a warning, not a failure


def test_small_custom_size_warns_about_safety_margin(tmp_path: Path) -> None:
    report = build(demo_ceremony(), tmp_path, size="150x75")
    assert report.files and report.failed == []
    margin = [w for w in report.warnings if "Beschnitt" in w.reason]
    assert margin, report.warnings
    assert "mindestens 10 mm" in margin[0].reason


def test_long_payee_is_fitted_and_reported(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    ceremony.winners[
        0
    ].organisation = (
        "Förderverein der Freiwilligen Feuerwehr Löschzug Dortmund-Hörde-Süd und Umgebung e.V."
    )
    report = build(ceremony, tmp_path)
    path = tmp_path / report.files[0].path
    text = pdf_text(path)
    assert "Förderverein der Freiwilligen Feuerwehr" in text and "und Umgebung e.V." in text
    assert not [w for w in report.warnings if "Beschnitt" in w.reason]


def test_bad_options_and_designs_fail_with_german_message(tmp_path: Path) -> None:
    report = build(demo_ceremony(), tmp_path / "a", size="riesig")
    assert report.files == []
    assert "Scheckgröße „riesig“" in report.failed[0].reason

    own = tmp_path / "vorlagen"
    (own / "cheques").mkdir(parents=True)
    (own / "cheques" / "eigen.json").write_text(
        '{"label": "Eigen", "elements": [{"type": "text", "text": "{betrag}"}]}', encoding="utf-8"
    )
    options = BuildOptions(designs={"cheque": "eigen"}, user_template_dir=own)
    report = build_ceremony(demo_ceremony(), tmp_path / "b", only=["cheque"], options=options)
    assert report.files == []
    reason = report.failed[0].reason
    assert "eigen.json" in reason and "{betrag}" in reason and "Element 1" in reason


def test_user_design_is_used(tmp_path: Path) -> None:
    own = tmp_path / "vorlagen"
    (own / "cheques").mkdir(parents=True)
    (own / "cheques" / "schlicht.json").write_text(
        '{"label": "Schlicht", "elements": ['
        '{"type": "text", "box": [0.1, 0.2, 0.8, 0.2], "text": "An {payee}"},'
        '{"type": "text", "box": [0.1, 0.5, 0.8, 0.2], "text": "{amount}"}]}',
        encoding="utf-8",
    )
    options = BuildOptions(
        formats={"cheque": ("pdf",)}, designs={"cheque": "schlicht"}, user_template_dir=own
    )
    report = build_ceremony(demo_ceremony(), tmp_path / "out", only=["cheque"], options=options)
    text = pdf_text(tmp_path / "out" / report.files[0].path)
    assert "An Nachbarschaftshilfe Hörde-Süd e.V." in text and "5.000 €" in text
    assert "SCHECK" not in text


@pytest.mark.parametrize("design", ["classic", "bold"])
def test_bundled_designs_keep_content_inside_safety_margin(design: str, tmp_path: Path) -> None:
    for size in ("600x300", "1200x600"):
        report = build(demo_ceremony(), tmp_path / size, design=design, size=size, bleed="10")
        # (the demo logo is too small for the largest size – a true warning, tested above)
        warnings = [w.reason for w in report.warnings if "Das Logo hat" not in w.reason]
        assert report.failed == [] and warnings == [], (size, warnings)


def test_shared_and_moneyless_prizes_are_reported(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    ceremony.winners[1].prize_id = "p-1"  # two winners share the first prize
    ceremony.prizes[2].amount = Decimal("0")
    ceremony.winners[2].prize_id = None
    report = build(ceremony, tmp_path)
    assert len(report.files) == 2
    shared = [w.reason for w in report.warnings if "geteilt" in w.reason]
    assert len(shared) == 2
    assert shared[0].startswith("Der erste Preis ist 2 Preisträgern zugeordnet")
    assert "5.000\u00a0Euro" in shared[0]
    reasons = {p.subject: p.reason for p in report.skipped}
    assert (
        reasons["w-ehrenpreis"] == "Kein Scheck: Der Ehrenpreis ist nicht mit Preisgeld verbunden."
    )
    assert reasons["w-repair"].startswith(
        "Kein Scheck: Der Preisträger ist keinem Preis zugeordnet"
    )


def test_unreadable_signature_and_missing_logo_are_reported(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    ceremony.assets["sig-ob"].data = b"kein Bild"
    ceremony.sender.logo_asset_id = None
    report = build(ceremony, tmp_path)
    assert len(report.files) == 3
    reasons = {w.reason for w in report.warnings}
    assert any("kein Logo hinterlegt" in r for r in reasons)
    assert any("Dr. Henrike Albers ist kein lesbares Unterschriftsbild" in r for r in reasons)
    text = pdf_text(tmp_path / report.files[0].path)
    assert "Dr. Henrike Albers" in text  # name and function are still printed


def test_name_in_a_script_no_font_covers_is_reported(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    ceremony.winners[0].organisation = "Verein 王小明"
    report = build(ceremony, tmp_path)
    glyphs = [w.reason for w in report.warnings if "keine mitgelieferte Schrift" in w.reason]
    assert glyphs and "王" in glyphs[0] and "Zahlungsempfängers" in glyphs[0]
    assert len(report.files) == 3  # still produced, with the problem named

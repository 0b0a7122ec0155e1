"""Medieninformation: content, order, header, styles, fonts, character warning, LibreOffice."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.shared import RGBColor
from press_sample import docx_text, pdf_text, positions, sample_ceremony
from tests.office_convert import soffice_convert

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.context import BuildOptions
from ceremonykit.documents.press.release import release_content
from ceremonykit.domain.model import Ceremony
from ceremonykit.domain.settings_keys import RELEASE_NUMBER

NBSP_CHARS = "\u00a0\u2011"
LEAKS = ("{{", "}}", "{%", "%}", "None", "**", "[[")


def _norm(text: str) -> str:
    """pdftotext/docx text with no-break characters and line breaks made plain."""
    for ch in NBSP_CHARS:
        text = text.replace(ch, "-" if ch == "\u2011" else " ")
    return re.sub(r"\s+", " ", text)


def _docx_header_text(path: Path) -> str:
    """The page header's text in reading order: paragraphs, and tables cell by cell."""
    from docx.table import Table

    lines = []
    for item in Document(str(path)).sections[0].header.iter_inner_content():
        if isinstance(item, Table):
            cells = [cell for row in item.rows for cell in row.cells]
            unique = [c for i, c in enumerate(cells) if c._tc not in [d._tc for d in cells[:i]]]
            lines.extend(p.text for cell in unique for p in cell.paragraphs)
        else:
            lines.append(item.text)
    return "\n".join(lines)


def _convert_with_libreoffice(src: Path, out_dir: Path) -> Path:
    """``src`` converted to PDF by LibreOffice headless (skips the test without soffice)."""
    return soffice_convert(src, "pdf", out_dir)


def final_demo() -> Ceremony:
    """The demo with its release marked final as no. 1085 (as ``ceremonykit final`` does)."""
    ceremony = demo_ceremony()
    ceremony.release_final = True
    ceremony.settings[RELEASE_NUMBER] = "1085"
    return ceremony


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("press-demo")
    report = build_ceremony(final_demo(), out, only=["press_release"])
    assert not report.failed, report.failed
    return out


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("press-sample")
    report = build_ceremony(sample_ceremony(), out, only=["press_release"])
    assert not report.failed, report.failed
    return out


DEMO_RANKED = [
    ("Nachbarschaftshilfe Hörde-Süd e.V.", "Einkaufsbrücke", "5.000 Euro"),
    ("Lesewelten Nordstadt gGmbH", "Lesepatenschaften in zwölf Sprachen", "3.000 Euro"),
    ("Repair-Café Westerfilde", "Reparieren statt wegwerfen", "2.000 Euro"),
]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_demo_release_names_every_winner_in_rank_order(demo_out: Path, fmt: str) -> None:
    path = demo_out / f"presse/Medieninformation_1085.{fmt}"
    text = _norm(pdf_text(path) if fmt == "pdf" else docx_text(path)[0])
    order = []
    for org, project, amount in DEMO_RANKED:
        start = text.index(amount)
        paragraph = text[start : start + 300]  # the prize's own paragraph names both
        assert org in paragraph and project in paragraph
        order.append(start)
    order.append(text.index("Der Ehrenpreis geht an Aylin D'Angelo und Sven Økland"))
    assert order == sorted(order)
    assert "Der erste Preis und damit 5.000 Euro gehen an" in text
    assert "Der zweite Preis (3.000 Euro) geht an" in text
    assert "insgesamt 10.000 Euro" in text
    assert "37" in text and "4. Dezember" in text and "im Rathaus Dortmund, Bürgersaal" in text
    honorary = text[text.index("Der Ehrenpreis") :].split(".")[0]
    assert "Euro" not in honorary
    assert "1085. Ausgezeichnet:" in text
    assert (
        "„Ehrenamt ist kein Lückenfüller" in text
        and "Oberbürgermeisterin Dr. Henrike Albers" in text
    )
    assert "Mehr Infos: www.dortmund.de/ehrenamtspreis" in text
    assert (
        "Redaktionshinweis:" in text
        and "(v.l.): Oberbürgermeisterin Dr. Henrike Albers, Małgorzata" in text
    )
    assert text.count("Bild: Stadt Dortmund / Lena Brückner") == 2  # two release photos
    assert "Kontakt: Katrin Pinetzki" in text
    assert "Sperrfrist" not in text and "gesprochene Wort" not in text
    for leak in LEAKS:
        assert leak not in text


def test_pdf_header_in_seed_order_on_every_page(demo_out: Path) -> None:
    path = demo_out / "presse/Medieninformation_1085.pdf"
    raw = pdf_text(path, raw=True)
    pages = [p for p in raw.split("\f") if p.strip()]
    expected = [
        "Stadt Dortmund",
        "MEDIENINFORMATION",
        "Pressestelle der Stadt Dortmund",
        "Frank Bußmann (verantwortlich)",
        "Friedensplatz 1, 44122 Dortmund",
        "Telefon: +49 231 50-23022",
        "Telefax: +49 231 50-22167",
        "E-Mail: pressestelle@stadtdo.de",
        "Web: www.dortmund.de/presse",
        "www.dortmund-ueberrascht-dich.de",
        "4.12.2026",
    ]
    for page in pages:
        found = positions(_norm(page), expected[:-1])
        assert found == sorted(found)
    first = positions(_norm(pages[0]), expected)
    assert first == sorted(first)


def test_pdf_embeds_all_fonts(demo_out: Path) -> None:
    out = subprocess.run(
        ["pdffonts", str(demo_out / "presse/Medieninformation_1085.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column


def test_docx_styles_language_properties_and_header(demo_out: Path) -> None:
    path = demo_out / "presse/Medieninformation_1085.docx"
    doc = Document(str(path))
    assert doc.core_properties.title.startswith("Ausgezeichnet: Ehrenamtspreis 2026")
    assert doc.core_properties.author == "Pressestelle der Stadt Dortmund"
    styles = [p.style.name for p in doc.paragraphs]
    assert "Heading 1" in styles and "Body Text" in styles
    title = next(p for p in doc.paragraphs if p.style.name == "Heading 1")
    assert title.text.startswith("1085. Ausgezeichnet:")
    header = _docx_header_text(path)
    lines = [line for line in header.splitlines() if line]
    assert lines[:3] == ["Stadt Dortmund", "MEDIENINFORMATION", "Pressestelle der Stadt Dortmund"]
    assert "Frank Bußmann (verantwortlich)" in lines
    with zipfile.ZipFile(path) as zf:
        styles_xml = zf.read("word/styles.xml").decode()
        header_xml = next(zf.read(n).decode() for n in zf.namelist() if n.startswith("word/header"))
    assert 'w:lang w:val="de-DE"' in styles_xml
    assert 'descr="Logo Stadt Dortmund"' in header_xml


def test_sample_release_embargo_spoken_word_and_odd_amounts(sample_out: Path) -> None:
    text = _norm(pdf_text(sample_out / "presse/Medieninformation_ENTWURF.pdf"))
    assert "Sperrfrist: Montag, 15. März 2027, 18 Uhr" in text
    assert "Es gilt das gesprochene Wort." in text
    first, second, honorary = positions(
        text, ["VMDO Test-Verbund e.V.", "Chor der Kulturen e.V.", "Zofia Wiśniewska"]
    )
    assert first < second < honorary
    assert "Der erste Preis und damit 4.000 Euro gehen an" in text
    assert "Der zweite Preis (2.500,50 Euro) geht an" in text
    assert "insgesamt 6.500,50 Euro" in text
    assert "42." not in text and "ENTWURF" in text  # a draft: marked, no running number
    assert "Bild: Stadt Dortmund / Kai Ünal" in text and "Bild: Jörg Fotograf" in text
    assert "Bild: Bild:" not in text
    for leak in LEAKS:
        assert leak not in text
    assert "Telefon +49 231 50-23022" in text


def test_long_release_warns_with_character_count(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    for winner in ceremony.winners:
        winner.description = "Ein sehr ausführlicher Satz über das Projekt. " * 30
    report = build_ceremony(ceremony, tmp_path, only=["press_release"])
    assert not report.failed
    (warning,) = [w for w in report.warnings if w.kind == "press_release"]
    chars = release_content(ceremony).characters
    assert chars > 3000 and str(chars) in warning.reason
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["report"]["warnings"]
    pages = [
        p
        for p in pdf_text(tmp_path / "presse/Medieninformation_ENTWURF.pdf").split("\f")
        if p.strip()
    ]
    assert len(pages) >= 2
    assert f"Seite 2 von {len(pages)}" in pages[1]
    for page in pages:  # the sender block repeats on following pages
        found = positions(_norm(page), ["Stadt Dortmund", "MEDIENINFORMATION", "Telefax:"])
        assert found == sorted(found)
    with zipfile.ZipFile(tmp_path / "presse/Medieninformation_ENTWURF.docx") as zf:
        title_style = zf.read("word/styles.xml").decode()
    assert "asciiTheme" not in title_style.split('w:styleId="Heading1"')[1].split("</w:style>")[0]


def test_demo_release_is_within_recommended_length() -> None:
    assert 1500 < release_content(demo_ceremony()).characters <= 3000


def test_user_template_is_used_first(tmp_path: Path) -> None:
    own = tmp_path / "vorlagen" / "press"
    own.mkdir(parents=True)
    (own / "medieninformation.txt.j2").write_text(
        "# {{ release_number }}. Eigene Überschrift\n\nGesamt: {{ total|amount }}.\n",
        encoding="utf-8",
    )
    options = BuildOptions(user_template_dir=tmp_path / "vorlagen")
    report = build_ceremony(
        demo_ceremony(), tmp_path / "out", only=["press_release"], options=options
    )
    assert not report.failed
    text = _norm(pdf_text(tmp_path / "out/presse/Medieninformation_ENTWURF.pdf"))
    assert "1085. Eigene Überschrift" in text and "Gesamt: 10.000 Euro." in text


def test_unknown_placeholder_fails_before_export_with_file_name(tmp_path: Path) -> None:
    own = tmp_path / "vorlagen" / "press"
    own.mkdir(parents=True)
    (own / "medieninformation.txt.j2").write_text(
        "# Titel\n\n{{ preisgeld }} und {{ ort }}\n", encoding="utf-8"
    )
    options = BuildOptions(user_template_dir=tmp_path / "vorlagen")
    report = build_ceremony(
        demo_ceremony(), tmp_path / "out", only=["press_release"], options=options
    )
    (failure,) = report.failed
    assert "„ort“" in failure.reason and "„preisgeld“" in failure.reason
    assert "medieninformation.txt.j2" in failure.reason
    assert not list((tmp_path / "out").glob("presse/*"))


@pytest.mark.libreoffice
@pytest.mark.slow
def test_docx_opens_and_converts_in_libreoffice(demo_out: Path, tmp_path: Path) -> None:
    converted = _convert_with_libreoffice(demo_out / "presse/Medieninformation_1085.docx", tmp_path)
    text = _norm(pdf_text(converted))
    assert "MEDIENINFORMATION" in text and "Nachbarschaftshilfe Hörde-Süd e.V." in text
    assert "Der zweite Preis (3.000 Euro)" in text
    pages = [p for p in pdf_text(converted).split("\f") if p.strip()]
    assert len(pages) == 1, "die Demo-Medieninformation passt als DOCX auf eine Seite"
    assert "Seite 1 von 1" in _norm(pages[0])
    # the two header columns sit side by side: office and phone share a line
    layout = subprocess.run(
        ["pdftotext", "-layout", str(converted), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Pressestelle der Stadt Dortmund +Telefon: \+49 231 50-23022", layout)
    assert re.search(r"Friedensplatz 1, 44122 Dortmund +E-Mail: pressestelle@stadtdo.de", layout)


def test_minimal_and_empty_ceremonies_give_reasons_not_gaps(tmp_path: Path) -> None:
    from decimal import Decimal

    from ceremonykit.domain.model import Ceremony, Prize, SenderProfile, Winner

    minimal = Ceremony(
        award_name="Heimatpreis",
        prizes=[Prize(id="p", rank=1, amount=Decimal("1000"))],
        winners=[Winner(prize_id="p", organisation="Verein X")],
        sender=SenderProfile(),
    )
    kinds = ["press_release", "newsroom_article", "photo_package"]
    report = build_ceremony(minimal, tmp_path / "a", only=kinds)
    assert not report.failed
    assert any("Absenderprofil" in w.reason for w in report.warnings)
    text = _norm(pdf_text(next((tmp_path / "a/presse").glob("*.pdf"))))
    assert "Die Stadt hat den Heimatpreis verliehen" in text, text
    assert "Der erste Preis und damit 1.000 Euro gehen an Verein X." in text
    assert "Kontakt" not in text
    html = (tmp_path / "a/newsroom/artikel.html").read_text(encoding="utf-8")
    assert "Bei einem Festakt hat die Stadt den Heimatpreis verliehen." in html
    for leak in LEAKS:
        assert leak not in text and leak not in html

    report = build_ceremony(Ceremony(award_name="Leer"), tmp_path / "b", only=kinds)
    assert not report.failed and not report.files
    assert {p.kind for p in report.skipped} == set(kinds)
    assert all("Preis" in p.reason or "Foto" in p.reason for p in report.skipped)


def test_names_no_font_can_draw_are_reported(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    ceremony.winners[0].organisation = "Nachbarschaftshilfe 東京"
    report = build_ceremony(ceremony, tmp_path, only=["press_release"])
    assert not report.failed
    assert any("東" in w.reason and "Schriften" in w.reason for w in report.warnings)


def test_staff_text_cannot_inject_markup_and_gets_german_typography(tmp_path: Path) -> None:
    """A description with block markers stays one paragraph of text; "…" become „…“."""
    from ceremonykit.demo import demo_ceremony
    from ceremonykit.documents.press.facts import press_facts

    c = demo_ceremony()
    c.winners[
        0
    ].description = (
        'Erste Zeile\n# Keine Überschrift\n> kein Zitat **fett** [[bild:x]] Verein "Kinder"'
    )
    context = press_facts(c).context
    description = context["prizes"][0]["winners"][0]["description"]
    assert "\n" not in description and "**" not in description and "[[" not in description
    assert "„Kinder“" in description
    assert (
        context["prizes"][3]["winners"][0]["person_names"] == "Aylin D\u2019Angelo und Sven Økland"
    )


def test_docx_header_has_two_columns_with_all_sender_data(demo_out: Path) -> None:
    """Like the PDF: name and MEDIENINFORMATION left, logo right; office lines left and
    contact lines right, in a borderless table of the section header (every page)."""
    doc = Document(str(demo_out / "presse/Medieninformation_1085.docx"))
    (section,) = doc.sections
    assert not section.header.is_linked_to_previous
    (table,) = section.header.tables
    top, bottom = table.rows
    assert [p.text for p in top.cells[0].paragraphs] == ["Stadt Dortmund", "MEDIENINFORMATION"]
    assert top.cells[-1].paragraphs[0]._p.xpath(".//wp:docPr/@descr") == ["Logo Stadt Dortmund"]
    office, contact = bottom.cells[0], bottom.cells[-1]
    assert [_norm(p.text) for p in office.paragraphs] == [
        "Pressestelle der Stadt Dortmund",
        "Frank Bußmann (verantwortlich)",
        "Friedensplatz 1, 44122 Dortmund",
    ]
    assert [_norm(p.text) for p in contact.paragraphs] == [
        "Telefon: +49 231 50-23022",
        "Telefax: +49 231 50-22167",
        "E-Mail: pressestelle@stadtdo.de",
        "Web: www.dortmund.de/presse",
        "www.dortmund-ueberrascht-dich.de",
    ]
    assert office.width is not None and contact.width is not None
    assert round(office.width.mm) == 80 and round(contact.width.mm) == 85
    borders = table._tbl.tblPr.xpath("./w:tblBorders/*/@w:val")
    assert len(borders) == 6 and set(borders) == {"nil"}
    assert section.top_margin is not None and round(section.top_margin.mm) == 60


def test_docx_footer_counts_pages_with_fields(demo_out: Path) -> None:
    footer = Document(str(demo_out / "presse/Medieninformation_1085.docx")).sections[0].footer
    (paragraph,) = footer.paragraphs
    instructions = [i.strip() for i in paragraph._p.xpath("./w:fldSimple/@w:instr")]
    assert instructions == ["PAGE", "NUMPAGES"]
    words = list(paragraph._p.xpath(".//w:t/text()"))
    assert "".join(words) == "Seite 1 von 1"  # field results as placeholders until Word lays out


def test_docx_uses_a_font_every_office_has_and_pdf_keeps_noto(demo_out: Path) -> None:
    from ceremonykit.documents.docx_tools import OFFICE_FONT

    path = demo_out / "presse/Medieninformation_1085.docx"
    doc = Document(str(path))
    for name in ("Normal", "Body Text", "Heading 1", "Heading 2", "Quote", "Absender"):
        assert doc.styles[name].font.name == OFFICE_FONT == "Arial", name
    with zipfile.ZipFile(path) as zf:
        xml = "".join(
            zf.read(n).decode() for n in zf.namelist() if n.endswith(".xml") and "word/" in n
        )
    assert "Noto" not in xml
    defaults = xml.split("<w:docDefaults>")[1].split("</w:docDefaults>")[0]
    assert 'w:ascii="Arial"' in defaults and "asciiTheme" not in defaults
    fonts = subprocess.run(
        ["pdffonts", str(demo_out / "presse/Medieninformation_1085.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "NotoSans" in fonts


@pytest.mark.libreoffice
@pytest.mark.slow
def test_long_docx_repeats_header_and_numbers_pages_in_libreoffice(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    for winner in ceremony.winners:
        winner.description = "Ein sehr ausführlicher Satz über das Projekt. " * 30
    report = build_ceremony(ceremony, tmp_path / "out", only=["press_release"])
    assert not report.failed
    converted = _convert_with_libreoffice(
        tmp_path / "out/presse/Medieninformation_ENTWURF.docx", tmp_path
    )
    pages = [_norm(p) for p in pdf_text(converted).split("\f") if p.strip()]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "MEDIENINFORMATION" in page and "Telefax: +49 231 50-22167" in page
        assert f"Seite {number} von {len(pages)}" in page


def test_docx_links_web_addresses_like_the_pdf(demo_out: Path) -> None:
    doc = Document(str(demo_out / "presse/Medieninformation_1085.docx"))
    more = next(p for p in doc.paragraphs if p.text.startswith("Mehr Infos:"))
    assert more.text == "Mehr Infos: www.dortmund.de/ehrenamtspreis"
    (link,) = more.hyperlinks
    assert link.text == "www.dortmund.de/ehrenamtspreis"
    assert link.address == "https://www.dortmund.de/ehrenamtspreis"
    assert link.runs[0].font.color.rgb == RGBColor(0xC4, 0x12, 0x30)

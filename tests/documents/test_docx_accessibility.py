"""Every Word file is accessible: title, author, language; alt text on every picture; headings
as real Heading styles; data tables with a header row that repeats on each page.

Checked in the XML of every DOCX the demo produces, and in LibreOffice's tagged PDF export
(its structure tree and outline show what a screen reader and Word's navigation pane get).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pikepdf
import pytest
from certificate_helpers import build
from docx import Document
from lxml import etree
from PIL import Image
from press_sample import INTERTITLE, sample_ceremony, templates_with_intertitle
from tagged_pdf import structure_tree
from tests.office_convert import soffice_convert

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.docx_tools import pictures_without_alt
from ceremonykit.documents.press.release import release_content
from ceremonykit.documents.press.release_docx import write_release_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS = {"w": W, "wp": WP}
DOCX_KINDS = ["certificate", "press_release", "guest_list", "greeting_list"]
TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


@pytest.fixture(scope="module")
def demo_docx(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("docx-a11y")
    report = build_ceremony(demo_ceremony(), out, only=DOCX_KINDS)
    assert not report.failed, report.failed
    files = sorted(out.rglob("*.docx"))
    assert {f.parent.name for f in files} >= {"word", "presse", "gaeste"}
    return files


def _parts(path: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(path) as package:
        return {
            name: etree.fromstring(package.read(name))
            for name in package.namelist()
            if name.endswith(".xml") and (name.startswith("word/") or name.startswith("docProps/"))
        }


def test_every_docx_has_title_author_and_german(demo_docx: list[Path]) -> None:
    for path in demo_docx:
        props = Document(str(path)).core_properties
        assert props.title.strip(), path.name
        assert props.author.strip(), path.name
        assert props.language == "de-DE", path.name
        styles = _parts(path)["word/styles.xml"]
        default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
        assert default is not None and default.get(f"{{{W}}}val") == "de-DE", path.name


def test_certificate_titles_name_the_recipient(demo_docx: list[Path]) -> None:
    titles = {Document(str(p)).core_properties.title for p in demo_docx if p.parent.name == "word"}
    assert "Urkunde Ehrenamtspreis 2026 – Nachbarschaftshilfe Hörde-Süd e.V." in titles
    assert "Urkunde Ehrenamtspreis 2026 – Aylin D’Angelo" in titles
    assert len(titles) == 5  # one per certificate, as in their PDF/A files


def test_every_picture_has_alt_text_once(demo_docx: list[Path]) -> None:
    pictures = 0
    for path in demo_docx:
        for name, root in _parts(path).items():
            for doc_pr in root.iter(f"{{{WP}}}docPr"):
                pictures += 1
                assert (doc_pr.get("descr") or "").strip(), f"{path.name} {name}"
                assert doc_pr.get("title") in (None, ""), "the alt text would be read twice"
    assert pictures >= 5 * 3 + 1  # logo and two signatures per certificate, the release logo


def _headings(path: Path) -> list[tuple[str, str]]:
    doc = Document(str(path))
    return [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]


def test_release_headline_heading_1_and_intertitles_heading_2(tmp_path: Path) -> None:
    user = templates_with_intertitle(tmp_path / "vorlagen")
    content = release_content(sample_ceremony(), user)
    path = tmp_path / "release.docx"
    write_release_docx(content, path)
    assert _headings(path) == [
        ("Heading 1", content.headline),
        ("Heading 2", INTERTITLE),
    ]


def test_guest_tables_repeat_a_marked_header_row(demo_docx: list[Path]) -> None:
    (guest_list,) = [p for p in demo_docx if p.name.startswith("Gaesteliste")]
    body = _parts(guest_list)["word/document.xml"]
    tables = body.findall(".//w:tbl", NS)
    assert tables
    for table in tables:
        rows = table.findall("w:tr", NS)
        assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
        assert all(r.find("w:trPr/w:tblHeader", NS) is None for r in rows[1:])
        header = ["".join(c.itertext()) for c in rows[0].findall("w:tc", NS)]
        assert header[0] == "Name"
    assert _headings(guest_list)[0][0] == "Heading 1"


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_sees_headings_alt_texts_and_table_headers(
    demo_docx: list[Path], tmp_path: Path
) -> None:
    release = next(p for p in demo_docx if p.parent.name == "presse")
    guests = next(p for p in demo_docx if p.name.startswith("Gaesteliste"))
    certificate = next(p for p in demo_docx if p.parent.name == "word")
    soffice_convert([release, guests, certificate], TAGGED_PDF, tmp_path)
    headline = _headings(release)[0][1]
    tree = structure_tree(tmp_path / f"{release.stem}.pdf")
    assert [e.all_text() for e in tree.walk() if e.tag == "H1"] == [headline]
    with pikepdf.open(tmp_path / f"{release.stem}.pdf") as pdf, pdf.open_outline() as outline:
        assert [item.title for item in outline.root] == [headline]  # the navigation pane

    tree = structure_tree(tmp_path / f"{guests.stem}.pdf")
    tags = [e.tag for e in tree.walk()]
    assert tags.count("H1") == 1 and tags.count("H2") >= 2
    header_cells = [e.all_text().strip() for e in tree.walk() if e.tag == "TH"]
    assert header_cells[:2] == ["Name", "Funktion, Organisation"]

    tree = structure_tree(tmp_path / f"{certificate.stem}.pdf")
    alts = sorted(e.attrs.get("Alt", "") for e in tree.walk() if e.tag == "Figure")
    assert alts[0] == "Logo Stadt Dortmund"
    assert all(re.fullmatch(r"Unterschrift [^-]+", alt) for alt in alts[1:]), alts


def test_own_word_template_pictures_without_alt_text_are_named(tmp_path: Path) -> None:
    """Staff's own certificate template: a picture without alt text gives one warning."""
    image = io.BytesIO()
    Image.new("RGB", (60, 30), (200, 0, 0)).save(image, "PNG")
    doc = Document()
    doc.add_paragraph("Urkunde für {{ preistraeger }}")
    doc.add_picture(io.BytesIO(image.getvalue()))
    template = tmp_path / "vorlage.docx"
    doc.save(str(template))
    assert pictures_without_alt(template.read_bytes()) == 1

    ceremony = demo_ceremony()
    ceremony.applicants.clear()
    report = build(ceremony, tmp_path / "out", "classic", word_template=str(template))
    assert not report.failed
    warnings = [w.reason for w in report.warnings if "Alternativtext" in w.reason]
    assert warnings == [
        "Die Word-Vorlage „vorlage.docx“ enthält 1 Bild(er) ohne Alternativtext; Screenreader "
        "können sie nicht beschreiben. In Word: Rechtsklick auf das Bild › Alternativtext "
        "bearbeiten."
    ]

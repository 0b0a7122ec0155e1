"""Certificates as Word files and through the staff's own Word template."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from certificate_helpers import build, pdf_text
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from tests.office_convert import soffice_convert

from ceremonykit.documents.certificates.user_template import WordTemplate
from ceremonykit.domain.model import Ceremony
from ceremonykit.resources import template_path

SAMPLE = template_path("certificates/eigene-vorlage-beispiel.docx")


def _text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_docx_per_subject_with_content_and_language(tmp_path: Path, demo: Ceremony) -> None:
    report = build(demo, tmp_path, "classic")
    files = sorted((tmp_path / "urkunden" / "word").glob("*.docx"))
    assert [f.name for f in files] == [
        "01_Nachbarschaftshilfe-Hoerde-Sued-eV.docx",
        "02_Lesewelten-Nordstadt-gGmbH.docx",
        "03_Repair-Cafe-Westerfilde.docx",
        "04_Aylin-DAngelo.docx",
        "05_Sven-Okland.docx",
    ]
    assert {f.subject for f in report.files if f.format == "docx"} == {
        "w-nachbarschaft",
        "w-lesepaten",
        "w-repair",
        "w-ehrenpreis#1",
        "w-ehrenpreis#2",
    }
    first = _text(files[0])
    for snippet in (
        "URKUNDE",
        "Ehrenamtspreis 2026",
        "Erster Preis",
        "dotiert mit 5.000\u00a0Euro",
        "Nachbarschaftshilfe Hörde-Süd e.V.",
        "„Einkaufsbrücke – Ehrenamtliche bringen den Wochenmarkt nach Hause“",
        "Dortmund, 4. Dezember 2026",
        "Dr. Henrike Albers",
        "Dezernent für Bürgerdienste",
    ):
        assert snippet in first
    assert "⟦" not in first
    aylin = _text(files[3])
    assert (
        "Aylin D’Angelo" in aylin and "die Preisträgerin für ihr" in aylin and "Euro" not in aylin
    )
    doc = Document(str(files[0]))
    section = doc.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    lang = doc.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:val")) == "de-DE"
    assert len(doc.inline_shapes) == 3  # logo and two signatures


def test_docx_name_size_follows_fit(tmp_path: Path, demo: Ceremony) -> None:
    demo.winners[0].organisation = "Verein " * 14 + "e.V."
    build(demo, tmp_path, "modern")
    files = sorted((tmp_path / "urkunden" / "word").glob("*.docx"))

    def name_size(path: Path, name: str) -> float:
        for p in Document(str(path)).paragraphs:
            if p.text == name:
                return p.runs[0].font.size.pt
        raise AssertionError(name)

    long_size = name_size(files[0], demo.winners[0].organisation)
    short_size = name_size(files[1], "Lesewelten Nordstadt gGmbH")
    assert long_size < short_size <= 40
    assert Document(str(files[0])).sections[0].orientation == WD_ORIENT.LANDSCAPE


def test_sample_word_template_uses_only_known_placeholders() -> None:
    template = WordTemplate(SAMPLE)
    assert template.unknown_placeholders() == []
    assert {"preistraeger", "projekt", "platz", "betrag", "datum"} <= template.used


def test_own_word_template_filled_per_subject(tmp_path: Path, demo: Ceremony) -> None:
    report = build(demo, tmp_path, "classic", word_template=str(SAMPLE))
    assert report.failed == []
    files = sorted((tmp_path / "urkunden" / "eigene_vorlage").glob("*.docx"))
    assert len(files) == 5
    first = _text(files[0])
    assert "Nachbarschaftshilfe Hörde-Süd e.V." in first
    assert "dotiert mit 5.000\u00a0Euro" in first and "Erster Preis" in first
    assert "Dortmund, 4. Dezember 2026" in first and "{{" not in first
    honorary = _text(files[4])
    assert "Sven Økland" in honorary and "dotiert" not in honorary  # {% if betrag %}


def test_unknown_placeholder_reported_before_export(tmp_path: Path, demo: Ceremony) -> None:
    doc = Document(str(SAMPLE))
    doc.add_paragraph("{{ preistrager }} und {{ lieblingsfarbe }}")
    bad = tmp_path / "meine-vorlage.docx"
    doc.save(str(bad))
    out = tmp_path / "out"
    report = build(demo, out, "classic", word_template=str(bad))
    assert len(report.failed) == 1 and report.failed[0].subject is None
    reason = report.failed[0].reason
    assert (
        "meine-vorlage.docx" in reason
        and "{{ lieblingsfarbe }}" in reason
        and "{{ preistrager }}" in reason
    )
    assert "preistraeger" in reason  # tells what is available
    assert not (out / "urkunden").exists()  # nothing half-written


def test_broken_template_file_gives_german_message(tmp_path: Path, demo: Ceremony) -> None:
    bad = tmp_path / "kaputt.docx"
    bad.write_bytes(b"not a zip")
    report = build(demo, tmp_path / "out", "classic", word_template=str(bad))
    assert report.failed and "keine gültige Vorlage" in report.failed[0].reason
    missing = build(demo, tmp_path / "out2", "classic", word_template=str(tmp_path / "fehlt.docx"))
    assert missing.failed and "nicht gefunden" in missing.failed[0].reason


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_converts_docx(tmp_path: Path, demo: Ceremony) -> None:
    demo.applicants.clear()
    build(demo, tmp_path, "modern", word_template=str(SAMPLE))
    build(demo, tmp_path / "classic", "classic")
    files = sorted((tmp_path / "urkunden" / "word").glob("*.docx"))[:3]
    files.append(sorted((tmp_path / "urkunden" / "eigene_vorlage").glob("*.docx"))[0])
    classic = sorted((tmp_path / "classic" / "urkunden" / "word").glob("*.docx"))[3]
    files.append(classic.rename(tmp_path / f"classic_{classic.name}"))
    out = tmp_path / "lo"
    soffice_convert(files, "pdf", out)
    for path in files:
        pdf = out / f"{path.stem}.pdf"
        assert pdf.is_file(), path.name
        text = pdf_text(pdf)
        assert "Ehrenamtspreis 2026" in text and "Dortmund, 4. Dezember 2026" in text
        info = subprocess.run(
            ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
        ).stdout
        assert "Pages:           1" in info, f"{path.name} does not fit on one page"
    assert "Lesewelten Nordstadt gGmbH" in pdf_text(out / f"{files[1].stem}.pdf")


def test_docx_carries_no_unused_template_parts(tmp_path: Path, demo: Ceremony) -> None:
    import zipfile

    build(demo, tmp_path, "modern")
    files = sorted((tmp_path / "urkunden" / "word").glob("*.docx"))
    assert files
    for path in files:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            assert "docProps/thumbnail.jpeg" not in names  # python-docx's picture of a blank page
            assert "word/stylesWithEffects.xml" not in names
            assert not [n for n in names if n.startswith("customXml/")]
            styles = package.read("word/styles.xml")
            assert b"latentStyles" not in styles and styles.count(b"<w:style ") <= 6
            every_part = b"".join(package.read(n) for n in names if n.endswith((".rels", ".xml")))
            for gone in (b"thumbnail", b"stylesWithEffects", b"customXml", b"numbering.xml"):
                assert gone not in every_part, (path.name, gone)
            media = sum(i.compress_size for i in package.infolist() if "/media/" in i.filename)
        rest = path.stat().st_size - media  # python-docx's template parts made this about 37 KB
        assert rest < 12_000, rest
        doc = Document(str(path))  # still a valid Word file, with the text
        assert any(p.text.strip() for p in doc.paragraphs)

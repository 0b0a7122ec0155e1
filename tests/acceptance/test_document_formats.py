"""Issue 12, point 7 and 8: Word files that match their PDFs, and the city's format details,
checked over every document the demo ceremony produces (all kinds, guest documents included)."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pikepdf
import pytest

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony

A4_MM = (210, 297)
TWIPS_PER_MM = 1440 / 25.4


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("all-kinds")
    report = build_ceremony(demo_ceremony(), out)
    assert not report.failed, report.failed
    return out


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8")


def _docx_files(out: Path) -> list[Path]:
    files = sorted(out.rglob("*.docx"))
    assert len(files) >= 5, files
    return files


def test_every_docx_is_a4_german_with_alt_texts(demo_out: Path) -> None:
    for path in _docx_files(demo_out):
        document = _part(path, "word/document.xml")
        for width, height in re.findall(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"', document):
            size = sorted(round(int(v) / TWIPS_PER_MM) for v in (width, height))
            assert tuple(size) == A4_MM, f"{path.name}: {size} mm"
        assert 'w:themeFontLang w:val="de-DE"' in _part(path, "word/settings.xml"), path.name
        with zipfile.ZipFile(path) as package:
            parts = [
                n for n in package.namelist() if re.match(r"word/(document|header\d*)\.xml", n)
            ]
        for name in parts:
            for doc_pr in re.findall(r"<wp:docPr [^>]*>", _part(path, name)):
                assert re.search(r'descr="[^"]+"', doc_pr), f"{path.name}: Bild ohne Alternativtext"


def test_guest_list_docx_matches_its_pdf(demo_out: Path) -> None:
    (path,) = [p for p in _docx_files(demo_out) if p.name.startswith("Gaesteliste")]
    document = _part(path, "word/document.xml")
    assert 'w:orient="landscape"' in document
    (width, height) = re.findall(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"', document)[0]
    assert int(width) > int(height)
    with zipfile.ZipFile(path) as package:
        footer = next(package.read(n).decode() for n in package.namelist() if "footer" in n)
    assert "vertraulich" in footer and "PAGE" in footer and "NUMPAGES" in footer


def test_release_headline_is_heading_1(demo_out: Path) -> None:
    (path,) = [p for p in _docx_files(demo_out) if p.name.startswith("Medieninformation")]
    document = _part(path, "word/document.xml")
    heading = re.search(r'<w:pStyle w:val="Heading1"/>.*?</w:p>', document, re.S)
    assert heading and "Ausgezeichnet:" in "".join(re.findall(r"<w:t[^>]*>([^<]*)", heading[0]))


def test_no_pdf_references_helvetica(demo_out: Path) -> None:
    pdfs = sorted(demo_out.rglob("*.pdf"))
    assert len(pdfs) >= 8
    for path in pdfs:
        with pikepdf.open(path) as pdf:
            fonts = {
                str(obj.get("/BaseFont"))
                for obj in pdf.objects
                if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font"
            }
        assert not [f for f in fonts if "Helvetica" in f], f"{path.name}: {fonts}"


def test_typographic_apostrophe_in_guest_documents_and_captions(demo_out: Path) -> None:
    texts = []
    for path in _docx_files(demo_out):
        texts.append(_part(path, "word/document.xml"))
    texts += [p.read_text(encoding="utf-8") for p in demo_out.rglob("*.html")]
    texts += [p.read_text(encoding="utf-8") for p in demo_out.rglob("*.txt")]
    for pdf in sorted(demo_out.rglob("*.pdf")):
        texts.append(
            subprocess.run(
                ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True
            ).stdout
        )
    joined = "\n".join(texts)
    assert "D’Angelo" in joined
    assert "D'Angelo" not in joined and "D&apos;Angelo" not in joined

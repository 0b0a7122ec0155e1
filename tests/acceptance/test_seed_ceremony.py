"""Definition of done of issue 12: the second seed's ceremony, right in every document.

The jury spreadsheet is imported as a user would, the event data entered, every document kind
built; then every fact the seed states must appear in the Medieninformation (DOCX and PDF), the
newsroom article and the certificates – in rank order, with the honorary persons named with
their club, and without the flaws the issue found (doubled year, lower-case sentence starts,
a running number on a draft).
"""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest
from docx import Document
from seed_ceremony import add_photos, apply_event_data, write_jury_sheet

from ceremonykit.build import build_ceremony
from ceremonykit.documents.context import BuildReport
from ceremonykit.domain.model import Ceremony
from ceremonykit.domain.preflight import run_preflight
from ceremonykit.importing import RowStatus, Target, commit, preview
from ceremonykit.store import ProjectFile

HONOURED = "Pourya Solizadeh und Anahita Lotfi (SPARRINGPARTNERFORYOU e.V.)"

# (place words with amount, project, honouree as the texts name them) in rank order
PLACES = [
    ("erste Preis und damit 5.000 Euro", "„Ankoppeln“", "VKII Ruhrbezirk e.V."),
    ("zweite Preis (3.000 Euro)", "„KULSA – Kultursensible Seniorenarbeit“", "VMDO e.V."),
    ("dritte Preis (2.000 Euro)", "", "CHANCENGLEICH in Europa e.V."),
    ("Ehrenpreis geht an", "", HONOURED),
]

LEAD_FACTS = [
    "Oberbürgermeister Alexander Kalouti",
    "Leonid Chraga, bisheriger Vorsitzender des Integrationsrates",
    "Dietrich-Keuning-Haus",
    "Bereits zum neunten Mal",
    "MIA-DO-Kommunale Integrationszentrum Dortmund gemeinsam mit dem Ausschuss für "
    "Chancengerechtigkeit und Integration",
    "rund 150 Gäste",
    "29 Bewerbungen",
    "eine Fachjury",
    "insgesamt 10.000 Euro",
]


def _text_of_docx(path: Path) -> str:
    doc = Document(str(path))
    header = doc.sections[0].header
    parts = [p.text for p in doc.paragraphs]
    parts += [
        p.text for t in header.tables for row in t.rows for c in row.cells for p in c.paragraphs
    ]
    return "\n".join(parts)


def _text_of_pdf(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out


def _flat(text: str) -> str:
    """One line: PDF line breaks, no-break spaces and soft hyphens do not count."""
    text = text.replace("\u00ad", "").replace("\u00a0", " ").replace("\u2011", "-")
    return re.sub(r"\s+", " ", text)


def _in_order(text: str, parts: list[str]) -> None:
    """Each part appears after the one before it."""
    start = 0
    for part in parts:
        found = text.find(part, start)
        assert found >= 0, f"{part!r} fehlt nach Position {start} in:\n{text}"
        start = found + len(part)


def _sentences_start_upper(text: str) -> None:
    """No sentence starts in lower case (after ". " a capital letter, a digit or a quote)."""
    bad = re.findall(r"(?<![A-Z][a-z]\.)(?<!\b[a-z]\.)(?<!e\.V\.)\. ([a-zäöüß]\w*)", text)
    assert not bad, f"Satzanfang klein: {bad}"


def _assert_the_story(text: str) -> None:
    """What release and article both tell: the lead facts, every place in rank order with
    its amount, project and honourees, the descriptions woven into prose."""
    assert "2025 2025" not in text and "Integrationspreis 2025" in text
    for fact in LEAD_FACTS:
        assert fact in text, f"{fact!r} fehlt"
    _in_order(text, [p for place in PLACES for p in place if p])
    assert (
        "das Projekt „Ankoppeln“ (VKII Ruhrbezirk e.V.). Das Projekt „Ankoppeln“ vermittelt" in text
    )
    assert "(VMDO e.V.), das älteren Migrantinnen und Migranten gesellschaftliche Teilhabe" in text
    assert f"Der Ehrenpreis geht an {HONOURED}, die mit ihrem inklusiven" in text
    _sentences_start_upper(text)


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Ceremony, Path, BuildReport]:
    base = tmp_path_factory.mktemp("seed")
    sheet = write_jury_sheet(base / "Jury_Integrationspreis_2025.xlsx")
    project = ProjectFile.create(base / "integrationspreis.ceremony", Ceremony())
    try:
        ceremony = project.load()
        plan = preview(sheet, Target.WINNERS, ceremony=ceremony)
        statuses = [r.status for r in plan.rows]
        assert statuses.count(RowStatus.IMPORTED) == 4, [r.text() for r in plan.rows]
        commit(plan, project, ceremony)
        ceremony = project.load()
        apply_event_data(ceremony)
        add_photos(ceremony)
        project.save_info(ceremony)
        project.put_many([*ceremony.assets.values(), *ceremony.photos, *ceremony.signatories])
        ceremony = project.load()
    finally:
        project.close()
    out = base / "out"
    report = build_ceremony(ceremony, out)
    assert not report.failed, report.failed
    return ceremony, out, report


def _file(out: Path, report: BuildReport, kind: str, suffix: str) -> Path:
    found = [f.path for f in report.files if f.kind == kind and f.path.endswith(suffix)]
    assert found, f"{kind}: keine {suffix}-Datei in {[f.path for f in report.files]}"
    return out / found[0]


def test_import_reads_the_jury_sheet_as_staff_meant_it(
    seed_build: tuple[Ceremony, Path, BuildReport],
) -> None:
    ceremony, _out, _report = seed_build
    amounts = {p.kind.value + str(p.rank or ""): p.amount for p in ceremony.prizes}
    assert [str(amounts[k]) for k in ("ranked1", "ranked2", "ranked3")] == [
        "5000.00",
        "3000.00",
        "2000.00",
    ]
    honorary = next(w for w in ceremony.winners if w.organisation.startswith("SPARRING"))
    assert [p.full_name for p in honorary.persons] == ["Pourya Solizadeh", "Anahita Lotfi"]
    assert honorary.honour_persons, "Ehrenpreis mit Verein und Personen ehrt die Personen"
    assert not any(w.honour_persons for w in ceremony.winners if w is not honorary)


def test_check_is_clean_for_the_seed(seed_build: tuple[Ceremony, Path, BuildReport]) -> None:
    ceremony, _out, _report = seed_build
    texts = [f.text() for f in run_preflight(ceremony)]
    assert not [t for t in texts if "Beschreibung" in t or "Jahr" in t], texts


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_medieninformation_states_every_fact(
    seed_build: tuple[Ceremony, Path, BuildReport], fmt: str
) -> None:
    _ceremony, out, report = seed_build
    path = _file(out, report, "press_release", fmt)
    assert "ENTWURF" in path.name and "1085" not in path.name
    text = _flat(_text_of_docx(path) if fmt == "docx" else _text_of_pdf(path))
    assert "ENTWURF" in text
    assert "1085." not in text, "ein Entwurf trägt keine laufende Nummer"
    _assert_the_story(text)
    assert (
        "„Deswegen sind die Vereine" in text and "sagt Oberbürgermeister Alexander Kalouti" in text
    )
    assert "Bild: Stadt Dortmund / Stephan Schütze" in text
    assert (
        "Oberbürgermeister Alexander Kalouti, Pourya Solizadeh und Anahita Lotfi (SPARRINGPARTNERFORYOU e.V.)"
        in text
    )
    assert "Leonid Chraga (bisheriger Vorsitzender des Integrationsrates)" in text
    assert "dortmund.de/integrationspreis-2025" in text


def test_newsroom_article_states_every_fact(
    seed_build: tuple[Ceremony, Path, BuildReport],
) -> None:
    _ceremony, out, report = seed_build
    fragment = _file(out, report, "newsroom_article", "artikel.html").read_text(encoding="utf-8")
    text = _flat(html.unescape(re.sub(r"<[^>]+>", " ", fragment)))
    text = re.sub(r" ([.,;:)])", r"\1", text)
    _assert_the_story(text)
    _in_order(
        text,
        [
            "Erster Platz: VKII Ruhrbezirk e.V. – Projekt „Ankoppeln“",
            "Zweiter Platz: VMDO e.V. – Projekt „KULSA – Kultursensible Seniorenarbeit“",
            "Dritter Platz: CHANCENGLEICH in Europa e.V.",
            f"Ehrenpreis: {HONOURED}",
        ],
    )
    assert text.count("Bild: Stadt Dortmund / Stephan Schütze") >= 4
    assert "Sie geben dem Ganzen ein Gesicht" in text
    assert 'href="https://dortmund.de/integrationspreis-2025"' in fragment


def test_certificates_name_each_honoured_person_with_the_club(
    seed_build: tuple[Ceremony, Path, BuildReport],
) -> None:
    _ceremony, out, report = seed_build
    singles = [f.path for f in report.files if f.kind == "certificate" and f.path.endswith(".pdf")]
    names = " ".join(singles)
    assert "2025_2025" not in names and "2025 2025" not in names
    texts = {p: _flat(_text_of_pdf(out / p)) for p in singles if "alle" not in p}
    assert len(texts) == 5, sorted(texts)  # three organisations and two persons
    for person in ("Pourya Solizadeh", "Anahita Lotfi"):
        (text,) = [t for t in texts.values() if person in t]
        assert "SPARRINGPARTNERFORYOU e.V." in text
        assert "Ehrenpreis" in text
        assert "Integrationspreis 2025" in text and "2025 2025" not in text
    for org, place in (
        ("VKII Ruhrbezirk e.V.", "Erster Preis"),
        ("VMDO e.V.", "Zweiter Preis"),
        ("CHANCENGLEICH in Europa e.V.", "Dritter Preis"),
    ):
        (text,) = [t for t in texts.values() if org in t]
        assert place in text
    docx = [f.path for f in report.files if f.kind == "certificate" and f.path.endswith(".docx")]
    person_docx = [p for p in docx if "Solizadeh" in p]
    assert person_docx
    assert "SPARRINGPARTNERFORYOU e.V." in _text_of_docx_all(out / person_docx[0])


def _text_of_docx_all(path: Path) -> str:
    """Every w:t of the document body (certificates lay text out in frames and tables)."""
    doc = Document(str(path))
    return "".join(t.text or "" for t in doc.element.body.iter() if t.tag.endswith("}t"))


def test_cheque_for_the_honorary_persons_is_not_needed_and_others_name_the_club(
    seed_build: tuple[Ceremony, Path, BuildReport],
) -> None:
    _ceremony, _out, report = seed_build
    cheques = [f.path for f in report.files if f.kind == "cheque"]
    assert cheques and not [p for p in cheques if "2025_2025" in p]
    assert not [p for p in cheques if "Solizadeh" in p], "Ehrenpreis ohne Geld: kein Scheck"


def test_release_links_addresses_without_www_or_scheme(
    seed_build: tuple[Ceremony, Path, BuildReport],
) -> None:
    import zipfile

    import pikepdf

    _ceremony, out, report = seed_build
    wanted = {"https://dortmund.de/integrationspreis-2025", "mailto:pressestelle@stadtdo.de"}
    docx = _file(out, report, "press_release", "docx")
    with zipfile.ZipFile(docx) as package:
        rels = " ".join(
            package.read(n).decode() for n in package.namelist() if n.endswith(".xml.rels")
        )
    assert all(f'Target="{url}"' in rels for url in wanted), rels
    with pikepdf.open(_file(out, report, "press_release", "pdf")) as pdf:
        uris = {
            str(annot.A.URI)
            for page in pdf.pages
            for annot in page.get("/Annots", [])
            if "/A" in annot and "/URI" in annot.A
        }
    assert wanted <= uris, uris

"""Certificates as PDF: subjects, texts per page, PDF/A, fonts, file names, build report."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from certificate_helpers import build, pdf_text, pdffonts
from pdfa_validator import assert_pdfa

from ceremonykit.documents.context import BuildReport
from ceremonykit.domain.model import Ceremony, Person, Prize, PrizeKind, Salutation, Winner


@pytest.fixture(scope="module")
def classic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    from ceremonykit.demo import demo_ceremony

    out = tmp_path_factory.mktemp("classic")
    report = build(demo_ceremony(), out, "classic", participation="1")
    return out, report


def test_one_certificate_per_winner_person_and_applicant(classic: tuple[Path, BuildReport]) -> None:
    out, report = classic
    singles = sorted((out / "urkunden" / "pdf").glob("*.pdf"))
    assert [p.name for p in singles[:5]] == [
        "01_Nachbarschaftshilfe-Hoerde-Sued-eV.pdf",
        "02_Lesewelten-Nordstadt-gGmbH.pdf",
        "03_Repair-Cafe-Westerfilde.pdf",
        "04_Aylin-DAngelo.pdf",
        "05_Sven-Okland.pdf",
    ]
    assert len(singles) == 3 + 2 + 3  # 3 organisations, 2 persons of the Ehrenpreis, 3 applicants
    assert report.failed == []
    skipped = [p.reason for p in report.skipped]
    assert len(skipped) == 3 and all("erhält eine Preisurkunde" in r for r in skipped)
    subjects = {f.subject for f in report.files if f.format == "pdf"}
    assert {"w-nachbarschaft", "w-ehrenpreis#1", "w-ehrenpreis#2"} <= subjects


def test_each_page_shows_its_subject(classic: tuple[Path, BuildReport]) -> None:
    out, _ = classic
    combined = out / "urkunden" / "Urkunden_alle_zum_Druck.pdf"
    expected = [
        (
            "Nachbarschaftshilfe Hörde-Süd e.V.",
            "Erster Preis",
            "dotiert mit 5.000 Euro",
            "Einkaufsbrücke",
        ),
        ("Lesewelten Nordstadt gGmbH", "Zweiter Preis", "dotiert mit 3.000 Euro", "zwölf Sprachen"),
        (
            "Repair-Café Westerfilde",
            "Dritter Preis",
            "dotiert mit 2.000 Euro",
            "Reparieren statt wegwerfen",
        ),
        ("Aylin D’Angelo", "Ehrenpreis", "die Preisträgerin für ihr", "Schwimmtraining"),
        ("Sven Økland", "Ehrenpreis", "den Preisträger für sein", "Schwimmtraining"),
        ("Tafel-Freunde Scharnhorst", "Dank für die Teilnahme", "Bewerbung", "Frühstück für alle"),
    ]
    for page, texts in enumerate(expected, start=1):
        text = pdf_text(combined, page)
        for snippet in texts:
            assert snippet in text, (page, snippet, text)
        assert "Dortmund, 4. Dezember 2026" in text
        assert "Dr. Henrike Albers" in text and "Oberbürgermeisterin" in text
        assert "Ehrenamtspreis 2026" in text
    assert "Euro" not in pdf_text(combined, 4)  # the Ehrenpreis carries no money
    single = pdf_text(out / "urkunden" / "pdf" / "02_Lesewelten-Nordstadt-gGmbH.pdf")
    assert "Lesewelten Nordstadt gGmbH" in single and "Nachbarschaftshilfe" not in single


def test_all_pdfs_are_pdfa_with_embedded_fonts(classic: tuple[Path, BuildReport]) -> None:
    out, _ = classic
    pdfs = [
        out / "urkunden" / "Urkunden_alle_zum_Druck.pdf",
        *sorted((out / "urkunden" / "pdf").glob("*.pdf")),
    ]
    for path in pdfs:
        assert_pdfa(path)  # the combined print file too
        fonts = pdffonts(path)
        assert fonts, path.name
        for row in fonts:
            # columns from the right: object ID (2), uni, sub, emb
            assert row[-5] == "yes", (path.name, row)


def test_modern_design_is_landscape_without_amount(tmp_path: Path, demo: Ceremony) -> None:
    report = build(demo, tmp_path, "modern")
    assert report.failed == []
    first = tmp_path / "urkunden" / "pdf" / "01_Nachbarschaftshilfe-Hoerde-Sued-eV.pdf"
    import pikepdf

    with pikepdf.open(first) as pdf:
        box = [float(v) for v in pdf.pages[0].MediaBox]
    assert box[2] > box[3]  # landscape
    text = pdf_text(first)
    assert "Erster Preis" in text and "Euro" not in text


def test_show_amount_option_overrides_design(tmp_path: Path, demo: Ceremony) -> None:
    build(demo, tmp_path, "modern", show_amount="1")
    assert "dotiert mit 5.000 Euro" in pdf_text(
        tmp_path / "urkunden" / "pdf" / "01_Nachbarschaftshilfe-Hoerde-Sued-eV.pdf"
    )


def _small_ceremony(*winners: Winner) -> Ceremony:
    prize = Prize(id="p1", kind=PrizeKind.RANKED, rank=1, amount=Decimal("1000"))
    for w in winners:
        w.prize_id = w.prize_id or "p1"
    return Ceremony(
        award_name="Heimatpreis",
        year=2027,
        organiser="Stadt Dortmund",
        city="Dortmund",
        prizes=[prize],
        winners=list(winners),
    )


def test_character_without_any_font_fails_naming_person(tmp_path: Path) -> None:
    bad = Winner(id="w-bad", organisation="Verein \U00013000 Hieroglyphen", project_title="X")
    good = Winner(id="w-good", organisation="Guter Verein", project_title="Y")
    report = build(_small_ceremony(bad, good), tmp_path)
    assert [p.subject for p in report.failed] == ["w-bad"]
    assert "Verein \U00013000 Hieroglyphen" in report.failed[0].reason
    assert "U+13000" in report.failed[0].reason
    assert [f.subject for f in report.files if f.format == "pdf" and f.subject] == ["w-good"]


def test_fallback_font_for_symbols(tmp_path: Path) -> None:
    winner = Winner(id="w", organisation="Friedensinitiative ☮ Nord", project_title="Zeichen ☯")
    report = build(_small_ceremony(winner), tmp_path)
    assert report.failed == []
    path = tmp_path / "urkunden" / "pdf" / "01_Friedensinitiative-Nord.pdf"
    assert "Friedensinitiative ☮ Nord" in pdf_text(path)
    assert any("DejaVu" in row[0] for row in pdffonts(path))


def test_winner_without_prize_or_name_is_skipped(tmp_path: Path) -> None:
    orphan = Winner(id="w-orphan", prize_id="nope", organisation="Ohne Preis e.V.")
    empty = Winner(id="w-empty", prize_id="p1")
    ok = Winner(id="w-ok", organisation="Mit Preis e.V.")
    report = build(_small_ceremony(orphan, empty, ok), tmp_path)
    skipped = {p.subject: p.reason for p in report.skipped}
    assert "keinem Preis zugeordnet" in skipped["w-orphan"]
    assert "Weder Organisation noch Person" in skipped["w-empty"]
    assert (tmp_path / "urkunden" / "pdf" / "01_Mit-Preis-eV.pdf").is_file()


def test_unknown_design_fails_with_german_message(tmp_path: Path, demo: Ceremony) -> None:
    report = build(demo, tmp_path, "gibtsnicht")
    assert report.failed and "gibt es nicht" in report.failed[0].reason
    assert "classic" in report.failed[0].reason
    assert not (tmp_path / "urkunden").exists()


def test_person_prize_gender_and_neutral_wording(tmp_path: Path) -> None:
    winner = Winner(
        id="w",
        persons=[
            Person(Salutation.FRAU, "Dr.", "Małgorzata", "Nowak"),
            Person(Salutation.NEUTRAL, "", "Kim", "Ľudová"),
        ],
        project_title="Projekt",
    )
    report = build(_small_ceremony(winner), tmp_path)
    assert report.failed == []
    texts = [pdf_text(p) for p in sorted((tmp_path / "urkunden" / "pdf").glob("*.pdf"))]
    assert "Dr. Małgorzata Nowak" in texts[0] and "die Preisträgerin für ihr" in texts[0]
    assert "Kim Ľudová" in texts[1] and "Preisträger" not in texts[1]
    assert "persönliches Engagement" in texts[1]


def test_participation_from_project_settings(tmp_path: Path, demo: Ceremony) -> None:
    demo.settings["certificate.participation"] = "1"
    report = build(demo, tmp_path, "modern")
    names = sorted(p.name for p in (tmp_path / "urkunden" / "pdf").glob("*Teilnahme*.pdf"))
    assert names == [
        "06_Teilnahme-Tafel-Freunde-Scharnhorst.pdf",
        "07_Teilnahme-Chor-der-Kulturen-eV.pdf",
        "08_Teilnahme-Gruene-Hoefe-Eving.pdf",
    ]
    text = pdf_text(tmp_path / "urkunden" / "pdf" / names[1])
    assert "Chor der Kulturen e.V." in text and "Dank für die Teilnahme" in text
    assert "Singen ohne Noten" in text and "Bewerbung um den Ehrenamtspreis 2026" in text
    assert report.failed == []


def test_cli_build_writes_certificates(tmp_path: Path, demo_file: Path) -> None:
    from conftest import run_cli

    result = run_cli(
        "build",
        str(demo_file),
        "--out",
        str(tmp_path),
        "--only",
        "certificate",
        "--design",
        "certificate=modern",
        "--quiet",
    )
    assert result.returncode == 0, result.stderr
    assert "Urkunden_alle_zum_Druck.pdf" in result.stdout
    assert (tmp_path / "urkunden" / "pdf" / "05_Sven-Okland.pdf").is_file()
    manifest = (tmp_path / "manifest.json").read_text(encoding="utf-8")
    assert "urkunden/word/01_Nachbarschaftshilfe-Hoerde-Sued-eV.docx" in manifest


def test_uncovered_character_in_signatory_fails_whole_build(tmp_path: Path, demo: Ceremony) -> None:
    demo.signatories[0].name = "Dr. Henrike \U00013000 Albers"
    report = build(demo, tmp_path, "classic")
    assert len(report.failed) == 1 and report.failed[0].subject is None
    assert "Unterzeichnende" in report.failed[0].reason and "U+13000" in report.failed[0].reason
    assert not (tmp_path / "urkunden").exists()

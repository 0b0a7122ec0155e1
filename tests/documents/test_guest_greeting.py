"""The greeting list (Begrüßungsliste) for the host's speech."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from tests.documents.guest_helpers import build, one_file, pdf_pages_text, soffice_convert

from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.model import RSVP, Guest, Salutation


@pytest.fixture(scope="module")
def greeting(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ceremony = demo_ceremony()
    ceremony.guests.append(
        Guest(
            id="bm2",
            salutation=Salutation.HERR,
            first_name="Ole",
            last_name="Kaya",
            function="Bürgermeister",
            organisation="Stadt Dortmund",
            rsvp=RSVP.ACCEPTED,
            protocol_rank=12,
        )
    )
    ceremony.guests.append(
        Guest(
            id="late",
            salutation=Salutation.FRAU,
            last_name="Später",
            function="Ministerin",
            rsvp=RSVP.OPEN,
            protocol_rank=2,
        )
    )
    out = tmp_path_factory.mktemp("greeting")
    build(ceremony, out, "greeting_list")
    return one_file(out, "Begruessungsliste_*.docx")


def _greetings(path: Path) -> list[str]:
    doc = Document(str(path))
    return [
        p.text for p in doc.paragraphs if p.runs and p.runs[0].text.strip().rstrip(".").isdigit()
    ]


def test_protocol_order_and_forms_of_address(greeting: Path) -> None:
    lines = _greetings(greeting)
    assert lines[0] == (
        "1.  Sehr geehrte Frau Bürgermeisterin Sonnenberg, sehr geehrter Herr Bürgermeister Kaya,"
    )
    assert lines[1] == "2.  Sehr geehrter Herr Abgeordneter Demir,"
    assert lines[2] == "3.  Sehr geehrter Herr Präsident Professor Hoffmann,"
    assert "Sehr geehrter Herr von der Heide," in "\n".join(lines)
    # 12 ranked guests accepted; the host (Dr. Albers) gives the speech, the two mayors share a line
    assert len(lines) == 10
    assert "Albers" not in "\n".join(lines)
    text = "\n".join(p.text for p in Document(str(greeting)).paragraphs)
    assert "Dr. Henrike Albers spricht als Gastgeberin" in text


def test_office_and_title_combined_when_not_host(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    ceremony.host.first_name, ceremony.host.last_name = "Thomas", "Westphal"
    build(ceremony, tmp_path, "greeting_list")
    lines = _greetings(one_file(tmp_path, "Begruessungsliste_*.docx"))
    assert lines[0] == "1.  Sehr geehrte Frau Oberbürgermeisterin Dr. Albers,"


def test_only_accepted_are_greeted_open_listed_apart(greeting: Path) -> None:
    doc = Document(str(greeting))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Noch ohne Zusage" in text
    assert "Frau Ministerin Später (offen)" in text
    assert "Später" not in "\n".join(_greetings(greeting))
    assert "Kowalczyk" not in text  # open, but no protocol rank
    assert doc.core_properties.language == "de-DE"


def test_skipped_without_honoured_guests(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    for guest in ceremony.guests:
        guest.protocol_rank = None
        guest.category = "Gast"  # no honoured category: nothing to suggest either
    report = build(ceremony, tmp_path, "greeting_list")
    assert report.files == [] and "Protokoll-Rang" in report.skipped[0].reason


def test_built_from_suggested_ranks_without_any_typed_rank(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    for guest in ceremony.guests:
        guest.protocol_rank = None
    report = build(ceremony, tmp_path, "greeting_list")
    assert not report.skipped
    path = one_file(tmp_path, "Begruessungsliste_*.docx")
    lines = _greetings(path)
    # the Oberbürgermeisterin is the host; the mayor comes before the members of parliament
    assert "Bürgermeisterin Sonnenberg" in lines[0]
    assert any("Abgeordneter Demir" in line for line in lines[1:])
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "Protokoll-Rang 30 (vorgeschlagen)" in text


@pytest.mark.libreoffice
@pytest.mark.slow
def test_greeting_list_opens_in_libreoffice(greeting: Path, tmp_path: Path) -> None:
    pdf = soffice_convert(greeting, "pdf", tmp_path)
    text = " ".join(" ".join(pdf_pages_text(pdf)).split())
    assert (
        "Sehr geehrte Frau Bürgermeisterin Sonnenberg, sehr geehrter Herr Bürgermeister Kaya,"
        in text
    )

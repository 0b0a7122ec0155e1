"""Run sheet (Ablaufplan): every prize in order, times, the public programme, the programme data."""

from __future__ import annotations

from datetime import time
from itertools import pairwise
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.evening.programme import run_items
from ceremonykit.documents.kinds.run_sheet import public_items
from ceremonykit.domain.model import Ceremony, ProgrammeItem
from ceremonykit.errors import UserError
from ceremonykit.german.ordinals import prize_title
from ceremonykit.operations.evening import set_programme, set_reply_details
from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectFile


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run")
    report = build_ceremony(demo_ceremony(), out, only=("run_sheet",))
    assert report.failed == []
    return out / "ablauf"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_prize_in_order_with_its_steps(built: Path) -> None:
    ceremony = demo_ceremony()
    [pdf] = built.glob("Ablaufplan_*.pdf")
    text = _flat(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
    positions = []
    for prize in ceremony.ranked_prizes():
        title = prize_title(prize)
        for step in (f"Bekanntgabe {title}", f"Übergabe {title}"):
            assert step in text, step
        positions.append(text.index(f"Bekanntgabe {title}"))
    assert positions == sorted(positions)
    assert "Scheck über 5.000 Euro" in text.replace("\xa0", " ")
    assert text.count("Foto mit Scheck") == 3 and "Foto mit Urkunde" in text  # Ehrenpreis: no money
    doc = Document(str(next(built.glob("Ablaufplan_*.docx"))))
    cells = [c.text for row in doc.tables[0].rows for c in row.cells]
    titles = [c for c in cells if c.startswith("Bekanntgabe ")]
    assert titles == [f"Bekanntgabe {prize_title(p)}: " + c.split(": ", 1)[1]
                      for p, c in zip(ceremony.ranked_prizes(), titles, strict=True)]  # fmt: skip


def test_times_run_on_from_the_fixed_starts() -> None:
    items = run_items(demo_ceremony())
    assert (items[0].start, items[1].start) == (time(17, 30), time(18, 0))
    for before, after in pairwise(items[1:]):
        if after.start and before.start and after.item != "Musik":
            minutes = (after.start.hour * 60 + after.start.minute) - (
                before.start.hour * 60 + before.start.minute
            )
            assert minutes == before.minutes


def test_public_programme_leaves_out_backstage_items(built: Path) -> None:
    [pdf] = built.glob("Programm_*.pdf")
    text = _flat(PdfReader(str(pdf)).pages[0].extract_text())
    assert "Gruppenfoto" not in text and "Foto mit Scheck" not in text
    assert "Erster Preis: Nachbarschaftshilfe" in text and "Empfang" in text
    items = public_items(run_items(demo_ceremony()))
    assert not any("Laudatio" in i.item for i in items)


def test_default_frame_without_stored_programme() -> None:
    ceremony = demo_ceremony()
    ceremony.programme = []
    names = [i.item for i in run_items(ceremony)]
    assert names[0] == "Begrüßung" and names[-2:] == ["Schlusswort", "Empfang"]
    assert sum(n.startswith("Bekanntgabe") for n in names) == 4


def test_programme_and_reply_details_are_stored_by_operations(tmp_path: Path) -> None:
    project = ProjectFile.create(tmp_path / "p.ceremony", Ceremony())
    ceremony = project.load()
    items = [ProgrammeItem(item="Musik", minutes=5, start=time(18, 0)),
             ProgrammeItem(item="Preisverleihung", awards=True)]  # fmt: skip
    changes = set_programme(project, ceremony, items)
    assert changes.info == {"programme"}
    with pytest.raises(UserError, match="Zeile 1"):
        set_programme(project, ceremony, [ProgrammeItem(item="", minutes=5)])
    with pytest.raises(UserError, match="Begleitpersonen"):
        set_reply_details(project, ceremony, rsvp_date=None, companions_allowed=-1)
    set_reply_details(project, ceremony, rsvp_date=None, email="antwort@example.org")
    project.close()
    stored = read_ceremony(project.path)
    assert [i.item for i in stored.programme] == ["Musik", "Preisverleihung"]
    assert stored.programme[0].start == time(18, 0) and stored.programme[1].awards
    assert stored.rsvp_email == "antwort@example.org"

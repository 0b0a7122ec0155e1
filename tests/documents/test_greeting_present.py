"""The greeting list of those present: after check-in it greets exactly the honoured guests who
arrived, in protocol order, and names who is missing and who is new."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

from docx import Document
from tests.documents.guest_helpers import one_file

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.context import BuildOptions
from ceremonykit.domain.model import RSVP, Guest, Salutation
from ceremonykit.operations.checkin import add_walk_in, check_in
from ceremonykit.store import ProjectFile

PRESENT = BuildOptions(kind_options={"greeting_list": {"present_only": "1"}})


def test_greeting_of_those_present(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    ceremony.guests.append(
        Guest(
            id="consul",
            salutation=Salutation.FRAU,
            first_name="Mira",
            last_name="Kovač",
            function="Konsulin",
            rsvp=RSVP.DECLINED,  # declined, came after all: greeted, and named as new
            protocol_rank=7,
        )
    )
    path = tmp_path / "Abend.ceremony"
    ProjectFile.create(path, ceremony).close()
    evening = datetime(2026, 12, 4, 18, 0)
    with ProjectFile.open(path) as project:
        ceremony = project.load()
        empty = build_ceremony(
            ceremony, tmp_path / "vorher", only=["greeting_list"], options=PRESENT
        )
        assert "Noch niemand" in empty.skipped[0].reason
        # Überschär (9), Öztürk (6), Demir (3), Sonnenberg (2) and the consul arrive, in this order
        for n, guest_id in enumerate(("g-38", "g-05", "g-09", "g-03", "consul")):
            check_in(project, ceremony, guest_id, evening.replace(minute=n))
        add_walk_in(project, ceremony, "Ute Unangemeldet", "Gast", evening)
        ceremony = project.load()
    report = build_ceremony(ceremony, tmp_path / "out", only=["greeting_list"], options=PRESENT)
    assert report.failed == [] and report.skipped == []
    doc = Document(str(one_file(tmp_path / "out", "Begruessungsliste_*.docx")))
    texts = [p.text for p in doc.paragraphs]
    greetings = [t for t in texts if t[:1].isdigit() and ".  " in t]
    assert greetings == [
        "1.  Sehr geehrte Frau Bürgermeisterin Sonnenberg,",
        "2.  Sehr geehrter Herr Abgeordneter Demir,",
        "3.  Sehr geehrte Frau Öztürk,",
        "4.  Sehr geehrte Frau Konsulin Kovač,",
        "5.  Sehr geehrter Herr Ortsvorsteher Überschär,",
    ]
    assert any("Stand: letzter Einlass 18:04 Uhr" in t for t in texts)
    difference = texts[texts.index("Unterschied zur geplanten Begrüßung") :]
    missing = difference[difference.index("Fehlen (zugesagt, aber nicht eingelassen): 6") + 1 :]
    assert [t.split(" – ")[0] for t in missing[:6]] == [
        "Prof. Dr. Klaus-Dieter Hoffmann",
        "Thomas Reinholt",
        "Dr. Ingrid Baumeister",
        "Jonas von der Heide",
        "Renate Großkopf",
        "Bartholomäus Schmidt-Rüdesheimer von Hohenstein",
    ]
    assert missing[6] == "Neu (eingelassen, aber nicht geplant): 1"
    assert missing[7].startswith("Mira Kovač – Konsulin")
    assert not any("Albers" in t and "Protokoll-Rang" in t for t in difference)  # the host
    assert not any("Unangemeldet" in t for t in texts)  # a walk-in without rank is no honour


def test_host_speaker_card_greets_those_present(tmp_path: Path) -> None:
    """The host's greeting card follows the door too: only the arrived honoured guests."""
    path = tmp_path / "Abend.ceremony"
    ProjectFile.create(path, demo_ceremony()).close()
    with ProjectFile.open(path) as project:
        ceremony = project.load()
        for n, guest_id in enumerate(("g-09", "g-03")):  # Demir, Sonnenberg
            check_in(project, ceremony, guest_id, datetime(2026, 12, 4, 18, n))
        ceremony = project.load()
    texts = {}
    for present in ("0", "1"):
        options = BuildOptions(kind_options={"speaker_cards": {"present_only": present}})
        out = tmp_path / f"karten{present}"
        report = build_ceremony(ceremony, out, only=["speaker_cards"], options=options)
        assert report.failed == []
        [host_cards] = sorted(out.glob("moderation/Moderationskarten_*Albers*.pdf"))
        texts[present] = " ".join(
            subprocess.run(
                ["pdftotext", str(host_cards), "-"], capture_output=True, text=True, check=True
            ).stdout.split()
        )
    assert "Sonnenberg" in texts["1"] and "Demir" in texts["1"]
    assert "Hoffmann" in texts["0"] and "Hoffmann" not in texts["1"]  # planned, not arrived
    assert texts["1"].index("Sonnenberg") < texts["1"].index("Demir")  # protocol order

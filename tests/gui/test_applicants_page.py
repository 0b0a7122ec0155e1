"""Page *Bewerbungen*: applicants typed in and edited in the window, Teilnahmeurkunden switched
on there; the certificate build then makes one for the applicant. Alt shortcuts switch pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt

from ceremonykit.build import build_ceremony
from ceremonykit.documents.context import BuildOptions
from ceremonykit.gui.main_window import PAGE_KEYS
from ceremonykit.gui.models import applicants as am
from ceremonykit.project import read_ceremony


def test_persons_line_round_trip() -> None:
    persons = am.parse_persons("Anna Maria Müller, Dr. Ben Schulz,  ")
    assert [(p.title, p.first_name, p.last_name) for p in persons] == [
        ("", "Anna Maria", "Müller"),
        ("Dr.", "Ben", "Schulz"),
    ]
    assert am.show_persons(persons) == "Anna Maria Müller, Dr. Ben Schulz"


def test_applicant_added_edited_and_certified(
    qtbot: Any, window: Any, project_path: Path, tmp_path: Path
) -> None:
    page = window.show_page("applicants")
    page.view.closePersistentEditor(page.view.currentIndex())
    before = len(window.session.ceremony.applicants)
    page.add_applicant()
    row = page.model.rowCount() - 1
    model = page.model
    assert model.setData(model.index(row, am.ORGANISATION), "Nachbarschaftscafé Nord e.V.")
    assert model.setData(model.index(row, am.PERSONS), "Jolanta Wiśniewska, Dr. Kai Brandt")
    assert model.setData(model.index(row, am.PROJECT), "Suppe für alle")
    stored = read_ceremony(project_path).applicants
    assert len(stored) == before + 1
    assert stored[-1].organisation == "Nachbarschaftscafé Nord e.V."
    assert [p.last_name for p in stored[-1].persons] == ["Wiśniewska", "Brandt"]

    page.participation.setChecked(True)
    assert read_ceremony(project_path).settings["certificate.participation"] == "1"
    report = build_ceremony(
        read_ceremony(project_path),
        tmp_path / "out",
        only=["certificate"],
        options=BuildOptions(formats={"certificate": ("pdf",)}),
    )
    texts = [
        " ".join(
            (page.extract_text() or "") for page in PdfReader(str(tmp_path / "out" / f.path)).pages
        )
        for f in report.files
        if f.format == "pdf"
    ]
    assert any("Nachbarschaftscafé Nord" in t for t in texts)
    window.undo_action.trigger()
    assert not page.participation.isChecked()


def test_alt_letters_switch_pages(qtbot: Any, window: Any) -> None:
    assert len(set(PAGE_KEYS.values())) == len(PAGE_KEYS)
    assert not set(PAGE_KEYS.values()) & {"D", "B", "X", "H"}  # the menus keep theirs
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.page("guests")
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.page("applicants")
    assert "Alt+W" in window.nav.currentItem().toolTip()

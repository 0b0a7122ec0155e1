"""Datenschutz in the window: retention date, purge with confirmation (then the file holds no
guest name any more), Auskunft for one person into a chosen file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ceremonykit.domain.model import Guest
from ceremonykit.gui import privacy_dialog
from ceremonykit.gui.privacy_dialog import PrivacyDialog
from ceremonykit.operations import edit
from ceremonykit.project import read_ceremony


def _answer(monkeypatch: pytest.MonkeyPatch, button_text: str | None) -> list[str]:
    """Make the confirmation click ``button_text`` (None = cancel); collect what it said."""
    said: list[str] = []

    def exec_(box: QMessageBox) -> int:
        said.append(box.text() + " " + box.informativeText())
        for button in box.buttons():
            if button_text is not None and button.text() == button_text:
                box.setProperty("clicked", True)
                monkeypatch.setattr(box, "clickedButton", lambda b=button: b)
                return 0
        monkeypatch.setattr(box, "clickedButton", lambda: None)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(
        privacy_dialog.QMessageBox, "information", lambda *a: said.append(str(a[2]))
    )
    monkeypatch.setattr(privacy_dialog.QMessageBox, "warning", lambda *a: said.append(str(a[2])))
    return said


def test_purge_from_the_window_then_the_file_holds_no_guest_name(
    window: Any, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    session.apply(
        edit.add_objects,
        [Guest(first_name="Ludmiła", last_name="Wyrzykowska", email="lw@wyrzykowska.example")],
    )
    emails = [g.email for g in session.ceremony.guests if g.email]
    needles = [*emails, "Wyrzykowska"]
    assert all(n.encode() in project_path.read_bytes() for n in needles)
    dialog = PrivacyDialog(session, window)
    said = _answer(monkeypatch, None)
    dialog.purge()  # cancelled: nothing deleted
    assert "nicht rückgängig" in said[0]
    assert len(read_ceremony(project_path).guests) == len(session.ceremony.guests) > 0

    said = _answer(monkeypatch, "Endgültig löschen")
    dialog.purge()
    assert read_ceremony(project_path).guests == []
    data = project_path.read_bytes()
    for needle in needles:
        assert needle.encode() not in data, needle
    assert not session.undo_stack.canUndo()  # undo must not bring guests back
    assert "Gäste gelöscht" in said[-1]
    guests = window.show_page("guests")
    assert guests.proxy.rowCount() == 0
    assert "keine Gästedaten" in dialog.state.text()


def test_retention_date_and_auskunft_to_a_chosen_file(
    window: Any, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = PrivacyDialog(window.session, window)
    dialog.retention.setText("31.12.2020")
    dialog.save_retention()
    assert str(read_ceremony(project_path).retention_until) == "2020-12-31"
    assert "abgelaufen" in dialog.state.text()

    target = tmp_path / "auskunft" / "sonnenberg.json"
    target.parent.mkdir()
    monkeypatch.setattr(privacy_dialog.QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    said = _answer(monkeypatch, None)
    dialog.person.setText("Sonnenberg")
    dialog.export()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["anzahl_fundstellen"] >= 1
    assert "Sonnenberg" in json.dumps(data, ensure_ascii=False)
    assert "Fundstellen" in said[-1] and "sonnenberg.json" in said[-1]


def test_expired_retention_finding_opens_the_dialog(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ceremonykit.domain.preflight import Finding, Severity

    opened: list[bool] = []
    monkeypatch.setattr(PrivacyDialog, "exec", lambda self: opened.append(True) or 0)
    window.go_to_finding(
        Finding(Severity.WARNING, "ceremony", None, "retention_until", "Datenschutz", "…")
    )
    assert opened == [True]

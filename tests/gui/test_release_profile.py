"""Finalising the press release changes the user's sender profile only on request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ceremonykit.project import read_ceremony
from ceremonykit.user_settings import load_sender_profile, sender_file


@pytest.mark.parametrize("count_on", [False, True])
def test_the_profile_counts_on_only_when_the_user_says_yes(
    window: Any, project_path: Path, monkeypatch: pytest.MonkeyPatch, count_on: bool
) -> None:
    asked: list[str] = []

    def question(_parent: Any, title: str, _text: str) -> QMessageBox.StandardButton:
        asked.append(title)
        yes = title != "Absenderprofil weiterzählen?" or count_on
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))
    event = window.show_page("event")
    event.final_button.click()
    assert asked == ["Medieninformation endgültig machen", "Absenderprofil weiterzählen?"]
    stored = read_ceremony(project_path)
    assert stored.release_final and stored.sender.release_number == 1086
    if count_on:
        assert load_sender_profile().release_number == 1086
    else:
        assert not sender_file().exists()
    assert not window.session.undo_stack.canUndo()

"""GUI: a Word template the project names outside the template folders needs a yes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ceremonykit.documents.context import BuildOptions
from ceremonykit.domain.settings_keys import CERTIFICATE_WORD_TEMPLATE


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_export_asks_before_using_a_foreign_template(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    page: Any = window.show_page("documents")
    foreign = tmp_path / "anhang" / "vorlage.docx"
    window.session.ceremony.settings[CERTIFICATE_WORD_TEMPLATE] = str(foreign)
    asked: list[str] = []

    def question(_parent: Any, title: str, text: str, *_args: Any) -> Any:
        asked.append(f"{title}\n{text}")
        return getattr(QMessageBox.StandardButton, answer.capitalize())

    monkeypatch.setattr(QMessageBox, "question", question)
    options = BuildOptions()
    page.confirm_project_template(options)
    assert len(asked) == 1 and str(foreign) in asked[0] and "Vorlagenordner" in asked[0]
    chosen = options.option("certificate", "word_template")
    assert chosen == (str(foreign) if answer == "yes" else "")

    asked.clear()  # certificates without Word files: nothing to ask
    page.confirm_project_template(BuildOptions(formats={"certificate": ("pdf",)}))
    assert asked == []

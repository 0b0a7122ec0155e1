"""Safe exports: a folder holding documents edited after the last build (a Word file changed
by staff) is not overwritten without asking; the report names kinds and people in German;
Strg+S answers in the status bar; designs show their German labels."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ceremonykit.build.edited import edited_since_build


def _only(page: Any, *names: str) -> None:
    for row in range(page.kind_list.count()):
        item = page.kind_list.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) in names
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def _export(qtbot: Any, page: Any) -> None:
    page.export()
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=60000)


def _choose(monkeypatch: pytest.MonkeyPatch, label: str | None) -> list[str]:
    """The question box clicks the button whose text starts with ``label`` (None: Cancel)."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        chosen = next(
            (b for b in box.buttons() if label is not None and b.text().startswith(label)),
            box.button(QMessageBox.StandardButton.Cancel),
        )
        assert box.defaultButton().text().startswith("In neuen Ordner")
        monkeypatch.setattr(box, "clickedButton", lambda: chosen)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_export_into_a_folder_with_an_edited_docx_asks_first(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.page("documents")
    page.ensure_built()
    _only(page, "greeting_list", "seating_plan")
    out = tmp_path / "Export"
    page.out_dir.setText(str(out))
    _export(qtbot, page)
    report = page.report_text.toPlainText()
    assert "Sitzplan: Einige Gäste haben noch keinen Tisch" in report
    assert "greeting_list" not in report and "seating_plan" not in report
    assert not re.search(r"\b[0-9a-f]{12}\b", report)  # no internal ids
    [docx] = sorted(out.glob("gaeste/Begruessungsliste_*.docx"))
    assert edited_since_build(out) == []

    # a second export into an unchanged folder just overwrites, without a question
    asked = _choose(monkeypatch, "Überschreiben")
    _export(qtbot, page)
    assert asked == []

    doc = Document(str(docx))
    doc.add_paragraph("Handschriftlich ergänzt: Frau Dr. Yıldız kommt später.")
    doc.save(str(docx))
    assert edited_since_build(out) == [docx]

    # an export that would not overwrite the edited file goes ahead without asking (as the
    # command line does): the Begrüßungsliste is not part of it
    _only(page, "seating_plan")
    asked = _choose(monkeypatch, None)
    _export(qtbot, page)
    assert asked == []
    assert "später" in "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert edited_since_build(out) == [docx]  # still known as edited for the next export
    _only(page, "greeting_list", "seating_plan")

    asked = _choose(monkeypatch, None)  # cancel: nothing written
    _export(qtbot, page)
    assert asked and "Begruessungsliste" in asked[0] and "ein Dokument" in asked[0]
    assert "abgebrochen" in page.report_text.toPlainText()
    assert "später" in "\n".join(p.text for p in Document(str(docx)).paragraphs)

    asked = _choose(monkeypatch, "In neuen Ordner")  # the default: a new folder with date/time
    _export(qtbot, page)
    fresh = [p for p in tmp_path.iterdir() if p.name.startswith("Export 20")]
    assert len(fresh) == 1 and sorted(fresh[0].glob("gaeste/Begruessungsliste_*.docx"))
    assert page.out_dir.text() == str(fresh[0])
    assert "später" in "\n".join(p.text for p in Document(str(docx)).paragraphs)

    page.out_dir.setText(str(out))
    asked = _choose(monkeypatch, "Überschreiben")
    _export(qtbot, page)
    assert asked and "später" not in "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert edited_since_build(out) == []


def test_ctrl_s_confirms_in_the_status_bar(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    message = window.statusBar().currentMessage()
    assert message.startswith("Gespeichert") and window.session.path.name in message


def test_design_names_are_german_labels(window: Any) -> None:
    page = window.page("documents")
    page.ensure_built()
    for row in range(page.kind_list.count()):
        page.kind_list.setCurrentRow(row)
        labels = [page.design_combo.itemText(i) for i in range(page.design_combo.count())]
        for internal in ("classic", "modern", "bold", "a4_2x4_90x54", "avery_l4785"):
            assert internal not in labels
    page.kind_list.setCurrentRow(
        next(
            r
            for r in range(page.kind_list.count())
            if page.kind_list.item(r).data(Qt.ItemDataRole.UserRole) == "certificate"
        )
    )
    assert page.design_combo.itemText(0) == "Klassisch"
    assert page.design_combo.itemData(0) == "classic"

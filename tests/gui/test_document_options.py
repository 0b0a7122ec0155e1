"""Option widgets on the Dokumente page, generated from the kinds' declarations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit

from ceremonykit.build import build_ceremony
from ceremonykit.documents.registry import get_kind
from ceremonykit.project import read_ceremony


def _select(page: Any, name: str) -> None:
    row = [k.name for k in page.kinds].index(name)
    page.kind_list.setCurrentRow(row)


def test_cheque_options_are_widgets_stored_in_the_project(
    qtbot: Any, window: Any, project_path: Path, tmp_path: Path
) -> None:
    page: Any = window.show_page("documents")
    _select(page, "cheque")
    form = page.options_form
    assert form is not None
    assert set(form.widgets) == {o.name for o in get_kind("cheque").options}
    size = form.widgets["size"]
    bleed = form.widgets["bleed"]
    assert isinstance(size, QComboBox) and size.currentData() == "900x450"
    assert isinstance(bleed, QDoubleSpinBox) and bleed.value() == 3.0
    assert isinstance(form.widgets["crop_marks"], QCheckBox)
    assert form.widgets["size"].toolTip().startswith("Größe in Millimetern")

    size.setCurrentIndex(size.findData("600x300"))
    size.activated.emit(size.currentIndex())
    bleed.setValue(10)
    bleed.editingFinished.emit()
    assert window.session.ceremony.settings["cheque.size"] == "600x300"
    assert read_ceremony(project_path).settings["cheque.bleed"] == "10"

    report = build_ceremony(read_ceremony(project_path), tmp_path / "out", only=["cheque"])
    assert report.files and all("600x300" in f.path for f in report.files)

    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert "cheque.size" not in read_ceremony(project_path).settings
    qtbot.waitUntil(lambda: page.options_form.widgets["size"].currentData() == "900x450")


def test_a_bad_typed_value_is_refused_with_a_hint(window: Any, project_path: Path) -> None:
    page: Any = window.show_page("documents")
    _select(page, "cheque")
    form = page.options_form
    size = form.widgets["size"]
    size.setEditText("12 Meter")
    line = size.lineEdit()
    assert isinstance(line, QLineEdit)
    line.editingFinished.emit()
    assert "Die Scheckgröße „12 Meter“ ist ungültig" in form.problem.text()
    assert "cheque.size" not in read_ceremony(project_path).settings
    size.setEditText("1000x500")
    line.editingFinished.emit()
    assert read_ceremony(project_path).settings["cheque.size"] == "1000x500"


def test_kinds_without_options_show_none(window: Any) -> None:
    page: Any = window.show_page("documents")
    _select(page, "guest_list")
    assert page.options_form is None
    _select(page, "certificate")
    assert set(page.options_form.widgets) == {"participation", "word_template", "show_amount"}

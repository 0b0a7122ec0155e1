"""Dokumente page against test kinds: live preview off the GUI thread, export, cancel."""

from __future__ import annotations

import json
import subprocess
import threading
from pathlib import Path
from typing import Any

from tests.gui.conftest import fake_kind, open_window


def test_empty_registry_shows_a_helpful_state(qtbot: Any, kinds: Any, project_path: Path) -> None:
    kinds()
    win = open_window(qtbot, project_path)
    page: Any = win.show_page("documents")
    assert page.no_kinds.isVisible() and not page.kind_list.isVisible()
    assert "noch keine Dokumentarten" in page.no_kinds.text()
    assert not page.export_button.isEnabled()
    assert "Keine Vorschau" in page.preview.message.text()
    win.close()


def test_preview_and_export_with_report(
    qtbot: Any, kinds: Any, project_path: Path, tmp_path: Path
) -> None:
    kinds(fake_kind())
    win = open_window(qtbot, project_path)
    page: Any = win.show_page("documents")
    assert page.kind_list.count() == 1 and page.design_combo.count() == 2
    qtbot.waitUntil(lambda: page.preview.shown_file is not None, timeout=10000)
    assert page.preview.shown_file.suffix == ".pdf"
    assert page.preview.page_count() == 1
    text = subprocess.run(
        ["pdftotext", str(page.preview.shown_file), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Ehrenamtspreis:" in text

    out = tmp_path / "Ausgabe"
    page.out_dir.setText(str(out))
    page.export()
    assert page.cancel_button.isEnabled() and not page.export_button.isEnabled()
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=10000)
    assert page.progress.value() == 1000
    assert page.report_text.toPlainText().startswith("Fertig: 4 Dateien geschrieben.")
    pdfs = sorted((out / "probe").glob("*.pdf"))
    assert len(pdfs) == 4
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["report"]["done"] == 4
    assert page.open_folder.isEnabled() and not page.open_word.isEnabled()  # no Word files made
    win.close()


def test_export_can_be_cancelled(
    qtbot: Any, kinds: Any, project_path: Path, tmp_path: Path
) -> None:
    gate = threading.Event()
    kinds(fake_kind(delay_event=gate))
    win = open_window(qtbot, project_path)
    page: Any = win.page("documents")  # not shown: no preview job
    page.ensure_built()
    out = tmp_path / "Abbruch"
    page.out_dir.setText(str(out))
    page.export()
    assert page.cancel_button.isEnabled()
    page.cancel_export()
    gate.set()
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=10000)
    assert page.progress.format() == "Abgebrochen"
    assert "abgebrochen" in page.report_text.toPlainText()
    assert "unverändert" in page.report_text.toPlainText()
    assert not list(out.iterdir()), "a cancelled build leaves the folder as it was"
    win.close()


def test_relative_output_folder_lands_beside_the_project(
    qtbot: Any, kinds: Any, project_path: Path, monkeypatch: Any, tmp_path: Path
) -> None:
    """Started from the Start menu the working folder is the program folder: a typed relative
    name must still mean "beside the project", never there."""
    kinds(fake_kind())
    program = tmp_path / "Programs" / "CeremonyKit"
    program.mkdir(parents=True)
    monkeypatch.chdir(program)
    win = open_window(qtbot, project_path)
    page: Any = win.show_page("documents")
    page.out_dir.setText("Ausgabe relativ")
    page.export()
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=10000)
    out = project_path.resolve().parent / "Ausgabe relativ"
    assert len(list((out / "probe").glob("*.pdf"))) == 4
    assert not list(program.iterdir())
    win.close()

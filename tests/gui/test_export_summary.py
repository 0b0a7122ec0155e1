"""The export summary in the window counts only the files this export wrote and names earlier
files that stay without being rebuilt (a kind failed) separately."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.gui.conftest import fake_kind, open_window

from ceremonykit.documents.context import BuildReport, OutputFile, Problem


def test_old_files_are_not_counted_as_written(
    qtbot: Any, kinds: Any, project_path: Path, tmp_path: Path
) -> None:
    kinds(fake_kind())
    win = open_window(qtbot, project_path)
    page: Any = win.show_page("documents")
    old = OutputFile("schecks/01_Alt.pdf", "cheque", "pdf", None, not_rebuilt=True)
    other = OutputFile("presse/Medieninformation.docx", "press_release", "docx")
    new = OutputFile("urkunden/pdf/01_Neu.pdf", "certificate", "pdf")
    report = BuildReport(
        files=[old, other, new],
        failed=[Problem("cheque", None, "Das Scheck-Design „zzz“ gibt es nicht.")],
        written=[new],
    )
    page._export_done(report, tmp_path)
    lines = page.report_text.toPlainText().splitlines()
    assert lines[0] == "Fertig: 1 Dateien geschrieben."
    assert "Alt, nicht neu erzeugt: schecks/01_Alt.pdf" in lines
    assert not any("Medieninformation" in line for line in lines)
    win.close()

"""Live preview: time from an edit to the refreshed preview, in the real window (offscreen).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_preview.py``. For the certificate
of the selected winner and for the Medieninformation: an edit is pushed as the GUI does (undo
command), and the clock stops when the preview shows the new file. Printed: the median and
maximum of several edits, end to end (including the debounce pause of the page) and the build
alone. Target: ≤ 0.5 s end to end.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_S = 0.5
EDITS = 7


def main() -> None:
    from PySide6.QtCore import QCoreApplication, Qt

    from ceremonykit.demo import demo_ceremony
    from ceremonykit.documents.context import CancelToken
    from ceremonykit.gui.app import create_app
    from ceremonykit.gui.commands import PutObject
    from ceremonykit.gui.main_window import MainWindow
    from ceremonykit.gui.preview import build_preview
    from ceremonykit.store import ProjectFile

    app = create_app()
    folder = Path(tempfile.mkdtemp(prefix="bench-preview-"))
    path = folder / "Bench.ceremony"
    scratch = folder / "builds"
    scratch.mkdir()
    ProjectFile.create(path, demo_ceremony()).close()
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_path(path)
    session = window.session
    assert session is not None
    winners = window.show_page("winners")
    target = session.ceremony.winners[1]
    winners.select_winner(target.id)  # type: ignore[attr-defined]
    docs = window.show_page("documents")

    def wait_fresh(limit: float = 30.0) -> None:
        end = time.perf_counter() + limit
        while docs.preview.stale or docs.preview.shown_file is None:  # type: ignore[attr-defined]
            app.processEvents()
            time.sleep(0.002)
            if time.perf_counter() > end:
                raise SystemExit("preview did not refresh")

    print(f"Vorschau nach einer Änderung (Ziel ≤ {TARGET_S:.1f} s, Median/Max von {EDITS}):")
    for kind, label in (
        ("certificate", "Urkunde (ausgewählter Preisträger)"),
        ("press_release", "Medieninformation"),
    ):
        for row in range(docs.kind_list.count()):  # type: ignore[attr-defined]
            if docs.kind_list.item(row).data(Qt.ItemDataRole.UserRole) == kind:  # type: ignore[attr-defined]
                docs.kind_list.setCurrentRow(row)  # type: ignore[attr-defined]
        wait_fresh()
        totals, builds = [], []
        for n in range(EDITS):
            winner = session.find(type(target), target.id)
            new = dataclasses.replace(winner, project_title=f"Projekt Nr. {n}")
            start = time.perf_counter()
            session.undo_stack.push(PutObject(session, new, "bench"))
            wait_fresh()
            totals.append(time.perf_counter() - start)
            t0 = time.perf_counter()
            build_preview(path, kind, "", scratch, lambda *_: None, CancelToken(), session.focus)
            builds.append(time.perf_counter() - t0)
        median, worst = statistics.median(totals), max(totals)
        verdict = "ok" if median <= TARGET_S else "ZU LANGSAM"
        print(
            f"  {label}: Änderung → neue Vorschau {median:.3f} s (max {worst:.3f} s) {verdict}; "
            f"davon Erstellen allein {statistics.median(builds):.3f} s"
        )
    window.close()
    QCoreApplication.processEvents()
    shutil.rmtree(folder, ignore_errors=True)
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown at interpreter exit (PySide may crash there)


if __name__ == "__main__":
    main()

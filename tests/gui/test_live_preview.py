"""Live preview: follows edits (debounced, off the GUI thread), marks itself stale meanwhile,
shows the certificate of the selected winner and the badge of the selected guest, zooms and
pages."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from ceremonykit.gui.commands import PutObject


def _select_kind(page: Any, name: str) -> None:
    for row in range(page.kind_list.count()):
        if page.kind_list.item(row).data(Qt.ItemDataRole.UserRole) == name:
            page.kind_list.setCurrentRow(row)
            return
    raise AssertionError(name)


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def _wait_fresh(qtbot: Any, page: Any) -> Path:
    qtbot.waitUntil(
        lambda: not page.preview.stale and page.preview.shown_file is not None, timeout=30000
    )
    return Path(page.preview.shown_file)


def test_preview_refreshes_after_an_edit_for_the_selected_winner(qtbot: Any, window: Any) -> None:
    session = window.session
    winners = window.show_page("winners")
    target = session.ceremony.winners[2]
    assert winners.select_winner(target.id)
    assert session.focus["winner"] == target.id
    docs = window.show_page("documents")
    _select_kind(docs, "certificate")
    first = _wait_fresh(qtbot, docs)
    assert target.display_name.split()[0] in _text(first)
    assert target.display_name in docs.preview_status.text()
    others = [w.display_name for w in session.ceremony.winners if w.id != target.id]
    assert not any(name and name in _text(first) for name in others)

    # an edit while the preview is visible: stale at once, rebuilt shortly after
    renamed = dataclasses.replace(target, organisation="Erzählcafé Hörde e.V.", persons=[])
    session.undo_stack.push(PutObject(session, renamed, "Name"))
    assert docs.preview.stale and "veraltet" in docs.preview.state_label.text()
    fresh = _wait_fresh(qtbot, docs)
    assert "Erzählcafé Hörde" in _text(fresh)
    assert not docs.preview.state_label.text()

    # an edit on another page: the hidden preview is stale and catches up when shown
    window.show_page("winners")
    session.undo_stack.undo()
    assert docs.preview.stale
    window.show_page("documents")
    again = _wait_fresh(qtbot, docs)
    assert "Erzählcafé Hörde" not in _text(again)


def test_badge_of_the_selected_guest(qtbot: Any, window: Any) -> None:
    guests = window.show_page("guests")
    guests.search.setText("Pinetzki")
    guests._apply_filters()
    guests.view.setCurrentIndex(guests.proxy.index(0, 0))
    docs = window.show_page("documents")
    _select_kind(docs, "name_badges")
    badge = _wait_fresh(qtbot, docs)
    text = _text(badge)
    assert "Pinetzki" in text and "Sonnenberg" not in text
    assert "Pinetzki" in docs.preview_status.text()


def test_zoom_and_page_navigation(qtbot: Any, window: Any) -> None:
    docs = window.show_page("documents")
    _select_kind(docs, "guest_list")
    _wait_fresh(qtbot, docs)
    pane = docs.preview
    pane.zoom_in()
    assert pane.zoom is not None and pane.zoom_label.text().endswith("%")
    before = pane.zoom
    pane.zoom_in()
    assert pane.zoom > before
    pane.zoom_out()
    assert pane.zoom == before
    pane.fit_width()
    assert pane.zoom is None
    if pane.page_count() > 1:
        pane.next_page()
        assert pane.current_page() == 1 and pane.page_label.text().startswith("Seite 2 von")
        pane.previous_page()
        assert pane.current_page() == 0
    else:
        assert pane.page_label.text() == "Seite 1 von 1" and not pane.next_button.isEnabled()

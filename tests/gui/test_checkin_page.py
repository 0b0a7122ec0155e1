"""Page Einlass: a simulated USB scanner (key events into the search field) checks guests in."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from tests.gui.page_helpers import show_page_as

from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.gui.main_window import MainWindow
from ceremonykit.gui.pages.checkin import CheckinPage
from ceremonykit.operations.checkin import check_in, issue_tokens, reissue_token
from ceremonykit.store import ProjectFile

CATEGORIES = ("Ehrengast", "Presse", "Gast")


def door_project(path: Path, count: int) -> list[Guest]:
    guests = [
        Guest(
            id=f"g{n:03}",
            first_name=f"Vorname{n}",
            last_name=f"Nachname{n}",
            category=CATEGORIES[n % 3],
            table=str(1 + n % 12),
            rsvp=RSVP.DECLINED if n == count - 1 else RSVP.ACCEPTED,
            protocol_rank=n if n < 5 else None,
        )
        for n in range(count)
    ]
    with ProjectFile.create(path, Ceremony(award_name="Ehrenamtspreis", guests=guests)) as project:
        ceremony = project.load()
        issue_tokens(project, ceremony)
    return ceremony.guests


def open_door(qtbot: Any, path: Path) -> tuple[MainWindow, CheckinPage]:
    """The window on ``path``, showing the Einlass page."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(path)
    return win, show_page_as(win, "checkin", CheckinPage)


def scan(qtbot: Any, page: CheckinPage, code: str) -> None:
    """What a keyboard-wedge scanner does: type the code, then Enter."""
    qtbot.keyClicks(page.search, code)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)


def stored(path: Path) -> dict[str, Guest]:
    with ProjectFile.open(path, readonly=True) as project:
        return {g.id: g for g in project.load().guests}


def test_scanner_checks_in_150_guests_and_a_repeat_scan_changes_nothing(
    qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "Tuer.ceremony"
    guests = door_project(path, 200)
    win, page = open_door(qtbot, path)
    assert page.total.text() == "Da: 0 von 199 Personen"
    for guest in guests[:150]:
        scan(qtbot, page, guest.checkin_token)
        assert page.name.text() == guest.full_name
        assert page.state.text().startswith("Eingelassen um")
        assert page.warning.isHidden()
        assert page.search.text() == ""
    assert page.total.text() == "Da: 150 von 199 Personen"
    rows = [page.per_group.topLevelItem(n) for n in range(page.per_group.topLevelItemCount())]
    counts = {item.text(0): (item.text(1), item.text(2)) for item in rows if item is not None}
    assert counts["Ehrengast"] == ("50", "67") and counts["Gast"] == ("50", "66")
    assert counts["Tisch 1"] == ("13", "17") and counts["Tisch 12"] == ("12", "16")
    arrived = {i for i, g in stored(path).items() if g.arrived_at is not None}
    assert arrived == {g.id for g in guests[:150]}

    before = path.read_bytes()
    undo_steps = win.session.undo_stack.count() if win.session else -1
    scan(qtbot, page, guests[7].checkin_token.lower())  # Caps Lock does not matter
    assert page.warning.isVisible() and "bereits seit" in page.warning.text()
    assert page.name.text() == guests[7].full_name
    assert path.read_bytes() == before
    assert win.session is not None and win.session.undo_stack.count() == undo_steps
    assert page.total.text() == "Da: 150 von 199 Personen"

    scan(qtbot, page, "ABCDEFGHJKLM")
    assert "Unbekannter Code" in page.warning.text() and path.read_bytes() == before
    scan(qtbot, page, guests[-1].checkin_token)  # declined, came after all
    assert "abgesagt" in page.warning.text()
    assert stored(path)[guests[-1].id].arrived_at is not None
    win.close()


def test_name_search_walk_in_take_back_and_greeting(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "Tuer.ceremony"
    guests = door_project(path, 12)
    win, page = open_door(qtbot, path)
    # a name with one match: Enter lets the guest in
    scan(qtbot, page, "nachname11")
    assert page.name.text() == "Vorname11 Nachname11"
    # several matches are listed; "Einlassen" takes the selected one
    qtbot.keyClicks(page.search, "Vorname1")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.matches.count() == 3  # 1, 10, 11 – with 11 already marked
    assert any(page.matches.item(n).text().startswith("✓") for n in range(3))
    page.admit_selected()
    assert stored(path)["g001"].arrived_at is not None
    # wrong check-in taken back, and the take-back undone again with Ctrl+Z
    page.take_back()
    assert stored(path)["g001"].arrived_at is None
    assert page.state.isHidden() and page.details.text().endswith("Noch nicht eingelassen")
    assert win.session is not None
    win.session.undo_stack.undo()
    assert stored(path)["g001"].arrived_at is not None
    # walk-in in two fields
    page.walk_name.setText("Dr. Ute Ohne-Anmeldung")
    page.walk_category.setCurrentText("Presse")
    page.walk_button.click()
    walk = [g for g in stored(path).values() if g.walk_in]
    assert [(g.title, g.last_name, g.category) for g in walk] == [
        ("Dr.", "Ohne-Anmeldung", "Presse")
    ]
    assert "ohne Anmeldung" in page.state.text()
    win.session.undo_stack.undo()
    assert not any(g.walk_in for g in stored(path).values())
    # a replaced code is recognised, not let in; after a look, "Einlassen" lets the person in
    old = guests[5].checkin_token
    win.session.apply(reissue_token, "g005")
    scan(qtbot, page, old)
    assert "ersetzt" in page.warning.text() and page.name.text() == "Vorname5 Nachname5"
    assert stored(path)["g005"].arrived_at is None
    page.admit_selected()
    assert stored(path)["g005"].arrived_at is not None
    # greeting of those present: honoured guests g000..g004, only g001 arrived
    out = page.tools.build_greeting(tmp_path / "abend")
    assert out is not None and out.is_file()
    info = page.tools.info.text()
    assert "Fehlen:</b> Vorname0 Nachname0, Vorname2 Nachname2" in info
    assert "Vorname1 Nachname1" not in info.split("Fehlen")[1]
    assert guests[0].id == "g000"
    win.close()


def test_second_door_copy_and_merge_in_the_window(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "Tuer.ceremony"
    guests = door_project(path, 30)
    win, page = open_door(qtbot, path)
    copy = tmp_path / "Tuer 2.ceremony"
    assert page.tools.export_copy(copy)
    assert not page.tools.export_copy(path)  # never the open project itself
    assert "nicht" in page.tools.info.text()
    # the second laptop opens the copy and scans there
    second, door = open_door(qtbot, copy)
    assert "Einlass-Kopie von" in door.tools.findChildren(type(door.name))[0].text()
    for guest in guests[:10]:
        scan(qtbot, door, guest.checkin_token)
    second.close()
    assert win.session is not None  # also let in at door 1, earlier in the evening
    win.session.apply(check_in, guests[0].id, datetime(2000, 1, 1, 17, 0))
    plan = page.tools.merge_copy(copy)
    assert plan is not None and len(plan.updated) == 9 and len(plan.conflicts) == 1
    assert page.total.text() == "Da: 10 von 29 Personen"
    win.session.undo_stack.undo()  # the merge is one undo step
    assert page.total.text() == "Da: 1 von 29 Personen"
    win.close()

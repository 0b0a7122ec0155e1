"""German by default (source strings), English from the compiled .ts; the .ts is complete."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QDialogButtonBox
from tests.conftest import REPO

from ceremonykit.gui.i18n_build import build_all
from ceremonykit.gui.main_window import MainWindow
from ceremonykit.gui.models import guests as gm
from ceremonykit.gui.models.guests import GuestTableModel
from ceremonykit.gui.settings import AppSettings
from ceremonykit.resources import resource_path

TS = resource_path("translations/ceremonykit_en.ts")


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_german_is_the_default_with_qt_dialogs_in_german(qtbot: Any) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    assert menu_titles(win) == ["&Datei", "&Bearbeiten", "E&xtras", "&Hilfe"]
    assert AppSettings().language() == "de"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"  # qtbase_de


def test_english_translation_applies(qtbot: Any, tmp_path: Path) -> None:
    qm = build_all(tmp_path)
    assert qm and qm[0].parent == tmp_path
    assert qm and qm[0].stat().st_size > 1000
    translator = QTranslator()
    assert translator.load(str(qm[0]))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        assert menu_titles(win) == ["&File", "&Edit", "&Tools", "&Help"]
        assert GuestTableModel([]).HEADERS[gm.FIRST] == "First name"
        assert GuestTableModel([]).HEADERS[gm.RANK] == "Protocol rank"
        assert QCoreApplication.translate("Preise", "%n Zeichen", "", 1) == "1 character"
        win.close()
    finally:
        app.removeTranslator(translator)
    assert Path(
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_de.qm"
    ).exists()


def test_english_ts_covers_every_source_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "src/ceremonykit/gui").rglob("*.py"))
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    subprocess.run(
        [str(lupdate), "-silent", *sources, "-ts", str(fresh), "-locations", "none"], check=True
    )
    wanted = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).iter("context")
        for m in c.iter("message")
    }
    shipped = {}
    for context in ET.parse(TS).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            done = translation.get("type") != "unfinished" and (
                translation.text or list(translation)
            )
            shipped[(context.findtext("name"), message.findtext("source"))] = bool(done)
    missing = sorted(str(k) for k in wanted if not shipped.get(k))
    assert not missing, (
        f"untranslated: {missing[:10]} – run script/translations --update and translate"
    )

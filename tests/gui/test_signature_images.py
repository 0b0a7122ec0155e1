"""Signature images per signatory and the sender logo: chosen in the sender dialog, previewed,
checked for print resolution; the check page then no longer reports them missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from ceremonykit.documents.image_quality import check_print_image
from ceremonykit.gui import sender_dialog
from ceremonykit.gui.models.signatories import IMAGE
from ceremonykit.gui.sender_dialog import SenderDialog
from ceremonykit.project import read_ceremony


def _png(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1a1a60"))
    assert image.save(str(path))
    return path


def test_resolution_verdicts(tmp_path: Path) -> None:
    sharp = check_print_image(_png(tmp_path / "a.png", 600, 180).read_bytes(), signature=True)
    assert sharp.ok and "305 dpi" in sharp.message and "600 × 180 Pixel" in sharp.message
    small = check_print_image(_png(tmp_path / "b.png", 120, 40).read_bytes(), signature=True)
    assert not small.ok and "mindestens 89 Pixeln Höhe" in small.message
    logo = check_print_image(_png(tmp_path / "c.png", 200, 80).read_bytes(), signature=False)
    assert not logo.ok and "Breite" in logo.message
    broken = check_print_image(b"kein Bild", signature=False)
    assert not broken.ok and "keine lesbare Bilddatei" in broken.message


def test_signature_image_chosen_previewed_and_stored(
    window: Any, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(sender_dialog.QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(sender_dialog.QMessageBox, "warning", lambda *a: told.append(a[2]))
    dialog = SenderDialog(window.session, window)
    signatory = window.session.ceremony.signatories[0]
    dialog.table.setCurrentIndex(dialog.signatories.index(0, 0))
    small = _png(tmp_path / "klein.png", 150, 45)
    monkeypatch.setattr(sender_dialog.QFileDialog, "getOpenFileName", lambda *a: (str(small), ""))
    dialog.choose_signature()
    assert told and "unscharf" in told[0]  # stored all the same, with the warning shown
    stored = read_ceremony(project_path)
    asset_id = stored.signatories[0].signature_asset_id
    assert asset_id and stored.assets[asset_id].filename == "klein.png"
    assert dialog.signatories.index(0, IMAGE).data() == "zu klein"
    assert "unscharf" in dialog.signature_check.text()
    assert dialog.signature.pixmap() is not None and not dialog.signature.pixmap().isNull()

    good = _png(tmp_path / "gut.png", 600, 200)
    monkeypatch.setattr(sender_dialog.QFileDialog, "getOpenFileName", lambda *a: (str(good), ""))
    dialog.choose_signature()
    assert dialog.signatories.index(0, IMAGE).data() == "vorhanden"
    assert "scharf" in dialog.signature_check.text()
    window.undo_action.trigger()  # one step back: the small image again
    assert read_ceremony(project_path).signatories[0].signature_asset_id == asset_id
    assert signatory.id == read_ceremony(project_path).signatories[0].id

    unreadable = tmp_path / "kaputt.png"
    unreadable.write_bytes(b"kein Bild")
    told.clear()
    monkeypatch.setattr(
        sender_dialog.QFileDialog, "getOpenFileName", lambda *a: (str(unreadable), "")
    )
    dialog.choose_logo()
    assert told and "kaputt.png" in told[0] and "keine lesbare" in told[0]
    assert (
        read_ceremony(project_path).sender.logo_asset_id
        == window.session.ceremony.sender.logo_asset_id
    )

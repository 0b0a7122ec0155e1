"""Page *Fotos*: drop images, thumbnails, caption, credit, people (v. l.), alt text, consent."""

from __future__ import annotations

import dataclasses
import mimetypes
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QListView,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ceremonykit.documents.images.safe_open import ImageProblem, image_size
from ceremonykit.domain.model import Asset, Photo, Winner
from ceremonykit.gui import values
from ceremonykit.gui.commands import AddObjects, DeleteObjects, PutObject
from ceremonykit.gui.forms import Binder
from ceremonykit.gui.models.base import IdRole
from ceremonykit.gui.models.photos import PhotoListModel
from ceremonykit.gui.pages.base import Page, button_row, group, heading, hint, line, text_box
from ceremonykit.gui.session import Session

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff")


def photos_from_files(paths: list[Path], start: int) -> list[Any]:
    """Assets and Photo records for image files (unreadable files are left out)."""
    objs: list[Any] = []
    for n, path in enumerate(p for p in paths if p.suffix.lower() in IMAGE_SUFFIXES):
        data = path.read_bytes()
        try:
            image_size(data, path.name)  # readable and within the pixel limit
        except ImageProblem:
            continue
        asset = Asset(
            filename=path.name,
            media_type=mimetypes.guess_type(path.name)[0] or "image/jpeg",
            data=data,
        )
        objs += [asset, Photo(asset_id=asset.id, caption="", position=start + n)]
    return objs


class PhotoList(QListView):
    """Thumbnails in a grid; image files can be dropped onto it."""

    def __init__(self, on_files: Any) -> None:
        super().__init__()
        self._on_files = on_files
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(160, 120))
        self.setGridSize(QSize(184, 168))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self._on_files(paths)


class PhotosPage(Page):
    ICON = "photos"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.model = PhotoListModel(session.ceremony)
        self.list = PhotoList(self.add_files)
        self.list.setModel(self.model)
        self.list.setToolTip(self.tr("Bilddateien hierher ziehen, um sie hinzuzufügen"))
        self.list.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.set_photo(cur.data(IdRole))
        )
        self.photo_id: str | None = None

        self.binder = Binder(self._read, self._write, self)
        self.binder.error.connect(self.status)
        b = self.binder
        box, form = group(self.tr("Ausgewähltes Foto"))
        form.addRow(
            self.tr("Bildunterschrift:"),
            b.text(text_box(self.tr("Was ist zu sehen?"), 60), "caption"),
        )
        form.addRow(
            self.tr("Bildnachweis:"),
            b.line(
                line(
                    self.tr("z. B. Stadt Dortmund / Stephan Schütze"),
                    self.tr("Erscheint als „Bild: …“ überall, wo das Foto verwendet wird."),
                ),
                "credit",
            ),
        )
        form.addRow(
            self.tr("Personen von links:"),
            b.text(
                text_box(self.tr("eine Person je Zeile, von links nach rechts"), 70),
                "persons_left_to_right",
                values.show_lines,
                values.parse_lines,
            ),
        )
        form.addRow(
            self.tr("Alternativtext:"),
            b.line(
                line(self.tr("Beschreibung für blinde Menschen (Barrierefreiheit)")), "alt_text"
            ),
        )
        self.winner_combo = QComboBox()
        form.addRow(self.tr("Gehört zu:"), b.combo(self.winner_combo, "winner_id"))
        form.addRow(
            "",
            b.check(
                QCheckBox(self.tr("Einverständnis der abgebildeten Personen liegt vor")), "consent"
            ),
        )
        form.addRow(
            "", b.check(QCheckBox(self.tr("Der Medieninformation beifügen")), "use_in_release")
        )
        form.addRow("", b.check(QCheckBox(self.tr("Im Newsroom-Artikel zeigen")), "use_in_article"))
        self.editor = box

        buttons = button_row(
            (self.tr("Fotos hinzufügen…"), self.choose_files),
            (self.tr("Foto löschen"), self.delete_photo),
        )
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(heading(self.tr("Fotos")))
        col.addWidget(
            hint(
                self.tr(
                    "Fotos einfach hierher ziehen oder über „Fotos hinzufügen…“ wählen. Jedes Foto braucht einen Bildnachweis."
                )
            )
        )
        col.addWidget(self.list, 1)
        col.addLayout(buttons)
        self.empty = hint(self.tr("Links ein Foto auswählen."))
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.empty)
        rcol.addWidget(box)
        rcol.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(right)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        first = session.ceremony.photos[0].id if session.ceremony.photos else None
        if first:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.set_photo(first)

    def title(self) -> str:
        return self.tr("Fotos")

    def photo(self) -> Photo | None:
        return self.session.find(Photo, self.photo_id) if self.photo_id else None

    def set_photo(self, photo_id: str | None) -> None:
        if photo_id != self.photo_id:
            self.binder.flush()
        self.photo_id = photo_id
        self.winner_combo.clear()
        self.winner_combo.addItem(self.tr("(keinem Preisträger)"), None)
        for winner in self.session.ceremony.winners:
            self.winner_combo.addItem(winner.display_name, winner.id)
        has = self.photo() is not None
        self.editor.setVisible(has)
        self.empty.setVisible(not has)
        if has:
            self.binder.refresh()

    def _read(self, attr: str) -> Any:
        photo = self.photo()
        return getattr(photo, attr) if photo else None

    def _write(self, attr: str, value: Any) -> None:
        photo = self.photo()
        if photo is not None:
            changes: dict[str, Any] = {attr: value}
            offered = self._offered_credit(photo, attr, value)
            if offered:
                changes["credit"] = offered
            self.session.undo_stack.push(
                PutObject(
                    self.session,
                    dataclasses.replace(photo, **changes),
                    self.tr("Foto ändern"),
                )
            )
            if offered:
                self.binder.refresh()
                self.status(
                    self.tr(
                        "Bildnachweis aus der Preisträgerliste übernommen: „%1“ – bei Bedarf ändern."
                    ).replace("%1", offered)
                )

    def _offered_credit(self, photo: Photo, attr: str, value: Any) -> str:
        """A photo without credit assigned to a winner whose imported list named a credit gets
        that credit (shown, editable, one undo step with the assignment)."""
        if attr != "winner_id" or not value or photo.credit:
            return ""
        winner = self.session.find(Winner, value)
        return winner.photo_credit if winner is not None else ""

    def on_changed(self, object_type: str, object_id: object) -> None:
        if object_type in ("photo", "asset"):
            self.model.object_changed(
                object_id if object_type == "photo" and isinstance(object_id, str) else None
            )
            if self.photo() is None:
                self.photo_id = None
            self.set_photo(self.photo_id)
        elif object_type == "winner":
            self.set_photo(self.photo_id)

    def add_files(self, paths: list[Path]) -> None:
        objs = photos_from_files(paths, len(self.session.ceremony.photos))
        if not objs:
            self.status(self.tr("Keine lesbaren Bilder gefunden (JPG, PNG, WebP oder TIFF)."))
            return
        count = len(objs) // 2
        self.session.undo_stack.push(
            AddObjects(self.session, objs, self.tr("%n Fotos hinzufügen", "", count))
        )
        self.focus_field(objs[-1].id, "caption")

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Fotos wählen"),
            "",
            self.tr("Bilder (*.jpg *.jpeg *.png *.webp *.tif *.tiff)"),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def delete_photo(self) -> None:
        photo = self.photo()
        if photo is None:
            return
        objs: list[Any] = [photo]
        still_used = any(
            p.asset_id == photo.asset_id and p.id != photo.id for p in self.session.ceremony.photos
        )
        asset = self.session.ceremony.asset(photo.asset_id)
        if asset is not None and not still_used:
            objs.append(asset)
        self.session.undo_stack.push(DeleteObjects(self.session, objs, self.tr("Foto löschen")))

    def focus_field(self, object_id: str | None, field: str) -> bool:
        row = self.model.row_of(object_id) if object_id else -1
        if row < 0:
            return False
        self.list.setCurrentIndex(self.model.index(row, 0))
        self.set_photo(object_id)
        widget = self.binder.widget_for(field)
        if widget is not None:
            widget.setFocus()
        return True

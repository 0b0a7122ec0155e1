"""Photos as a list with thumbnails (icon mode) and a short credit line under each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap

from ceremonykit.documents.images.preview import preview
from ceremonykit.documents.images.safe_open import ImageProblem
from ceremonykit.domain.model import Ceremony, Photo
from ceremonykit.gui.models.base import IdRole, Index, ObjectRole

THUMB = QSize(160, 120)


def thumbnail(data: bytes, size: QSize = THUMB, name: str = "Foto") -> QPixmap:
    """Upright (EXIF orientation applied), sRGB, decoded safely; empty if unusable."""
    try:
        small = preview(data, name, (size.width(), size.height()))
    except ImageProblem:
        return QPixmap()
    raw = small.tobytes()
    image = QImage(raw, small.width, small.height, 3 * small.width, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(image.copy())  # copy: QImage must not outlive ``raw``


class PhotoListModel(QAbstractListModel):
    """Rows = ``ceremony.photos``; thumbnails are made once per asset and cached."""

    def __init__(self, ceremony: Ceremony) -> None:
        super().__init__()
        self._ceremony = ceremony
        self._thumbs: dict[str, QIcon] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ceremony.photos)

    def object_at(self, row: int) -> Photo:
        return self._ceremony.photos[row]

    def row_of(self, photo_id: str) -> int:
        return next((n for n, p in enumerate(self._ceremony.photos) if p.id == photo_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        photo = self._ceremony.photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption or QCoreApplication.translate("Fotos", "(ohne Bildunterschrift)")
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo.asset_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            credit = photo.credit or QCoreApplication.translate("Fotos", "Bildnachweis fehlt")
            return f"{photo.caption}\n{QCoreApplication.translate('Fotos', 'Bild')}: {credit}"
        if role == ObjectRole:
            return photo
        if role == IdRole:
            return photo.id
        return None

    def _icon(self, asset_id: str) -> QIcon:
        icon = self._thumbs.get(asset_id)
        if icon is None:
            asset = self._ceremony.asset(asset_id)
            icon = QIcon(thumbnail(asset.data, name=asset.filename)) if asset else QIcon()
            self._thumbs[asset_id] = icon
        return icon

    def reset(self, ceremony: Ceremony | None = None) -> None:
        self.beginResetModel()
        if ceremony is not None:
            self._ceremony = ceremony
            self._thumbs.clear()
        self.endResetModel()

    def object_changed(self, photo_id: str | None) -> None:
        row = self.row_of(photo_id) if photo_id else -1
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
        else:
            self.reset()

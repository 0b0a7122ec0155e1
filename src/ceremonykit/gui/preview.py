"""Preview of one document: built off the GUI thread, shown as PDF (QPdfView) or image.

QtPdf is imported on first use so that start-up stays fast.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QWidget

from ceremonykit.build import build_ceremony
from ceremonykit.documents.context import BuildOptions, CancelToken
from ceremonykit.project import read_ceremony
from ceremonykit.scratch import new_folder

PREVIEW_FORMATS = ("pdf", "png", "jpg")  # jpg: photo package and social media cards


def new_preview_root() -> Path:
    """A private folder for this window's previews, in the one known temp folder that a
    purge empties and every start sweeps (see :mod:`ceremonykit.scratch`)."""
    return new_folder("preview-")


def build_preview(
    project_path: Path, kind: str, design: str, out_root: Path, progress: Any, cancel: CancelToken
) -> Path | None:
    """Build ``kind`` (PDF, PNG or JPEG only) from the saved project; the first file to show."""
    ceremony = read_ceremony(project_path)
    out_dir = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=out_root))
    options = BuildOptions(
        formats={kind: PREVIEW_FORMATS}, designs={kind: design} if design else {}
    )
    report = build_ceremony(
        ceremony, out_dir, only=[kind], options=options, progress=progress, cancel=cancel
    )
    for fmt in PREVIEW_FORMATS:
        for file in report.files:
            if file.format == fmt:
                return out_dir / file.path
    return None


class PreviewPane(QStackedWidget):
    """Shows a message, a PDF or an image."""

    def __init__(self) -> None:
        super().__init__()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setObjectName("hint")
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea()
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setWidget(self.image)
        self.addWidget(self.message)
        self.addWidget(self.image_scroll)
        self._pdf_view: QWidget | None = None
        self._pdf_doc: Any = None
        self.shown_file: Path | None = None

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self.message)
        self.shown_file = None

    def show_file(self, path: Path) -> None:
        self.shown_file = path
        if path.suffix.lower() == ".pdf":
            view = self._pdf()
            self._pdf_doc.load(str(path))
            self.setCurrentWidget(view)
        else:
            pixmap = QPixmap(str(path))
            width = max(200, self.width() - 40)
            if pixmap.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            self.image.setPixmap(pixmap)
            self.setCurrentWidget(self.image_scroll)

    def _pdf(self) -> QWidget:
        if self._pdf_view is None:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self._pdf_doc = QPdfDocument(self)
            view = QPdfView(self)
            view.setDocument(self._pdf_doc)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.addWidget(view)
            self._pdf_view = view
        return self._pdf_view

    def page_count(self) -> int:
        return (
            int(self._pdf_doc.pageCount())
            if self._pdf_doc is not None and self.currentWidget() is self._pdf_view
            else 0
        )

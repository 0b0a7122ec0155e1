"""Preview of one document: built off the GUI thread, shown as PDF (QPdfView) or image.

The preview shows *the document in question*: the certificate or cheque of the winner selected
last on the winners page, the badge or place card of the selected guest (the build then runs
for that one subject only, which keeps a refresh after an edit well under half a second), the
whole document otherwise. It has zoom and page navigation, and greys out with a note while a
newer version is being built. QtPdf is imported on first use so that start-up stays fast.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

from ceremonykit.build import build_ceremony
from ceremonykit.documents.context import BuildOptions, CancelToken
from ceremonykit.domain.model import Ceremony
from ceremonykit.project import read_ceremony
from ceremonykit.scratch import new_folder

PREVIEW_FORMATS = ("pdf", "png", "jpg")  # jpg: photo package and social media cards


def new_preview_root() -> Path:
    """A private folder for this window's previews, in the one known temp folder that a
    purge empties and every start sweeps (see :mod:`ceremonykit.scratch`)."""
    return new_folder("preview-")


WINNER_KINDS = frozenset({"certificate", "cheque"})
GUEST_KINDS = frozenset({"name_badges", "place_cards"})


def focused_ceremony(ceremony: Ceremony, kind: str, focus: Mapping[str, str]) -> Ceremony:
    """The ceremony narrowed to the selected winner or guest, if ``kind`` is about one."""
    if kind in WINNER_KINDS and focus.get("winner"):
        chosen = [w for w in ceremony.winners if w.id == focus["winner"]]
        if chosen:
            return dataclasses.replace(ceremony, winners=chosen)
    if kind in GUEST_KINDS and focus.get("guest"):
        guests = [g for g in ceremony.guests if g.id == focus["guest"]]
        if guests:
            return dataclasses.replace(ceremony, guests=guests)
    return ceremony


def build_preview(
    project_path: Path,
    kind: str,
    design: str,
    out_root: Path,
    progress: Any,
    cancel: CancelToken,
    focus: Mapping[str, str] | None = None,
) -> Path | None:
    """Build ``kind`` (PDF, PNG or JPEG only) from the saved project – for the selected winner
    or guest if the kind is about one (``focus``) – and return the first file to show, or None."""
    ceremony = focused_ceremony(read_ceremony(project_path), kind, focus or {})
    out_dir = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=out_root))
    options = BuildOptions(
        formats={kind: PREVIEW_FORMATS}, designs={kind: design} if design else {}, preview=True
    )
    report = build_ceremony(
        ceremony, out_dir, only=[kind], options=options, progress=progress, cancel=cancel
    )
    for fmt in PREVIEW_FORMATS:
        for file in report.files:
            if file.format == fmt:
                return out_dir / file.path
    return None


ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


class PreviewPane(QStackedWidget):
    """Shows a message, a PDF or an image; :attr:`controls` is its bar (zoom, pages, state)
    for the page to place above it."""

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
        self._pdf_view: QPdfView | None = None
        self._pdf_doc: QPdfDocument | None = None
        self._pixmap = QPixmap()
        self.zoom: float | None = None  # None = fit to width
        self.shown_file: Path | None = None
        self.stale = False
        self._build_controls()

    # ------------------------------------------------------------------ controls
    def _build_controls(self) -> None:
        self.controls = QWidget()
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 0, 0, 0)
        self.prev_button = self._tool(
            "‹", self.tr("Vorherige Seite (Bild auf)"), self.previous_page
        )
        self.prev_button.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.page_label = QLabel()
        self.next_button = self._tool("›", self.tr("Nächste Seite (Bild ab)"), self.next_page)
        self.next_button.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.zoom_out_button = self._tool("−", self.tr("Verkleinern (Strg+Minus)"), self.zoom_out)
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_label = QLabel()
        self.zoom_in_button = self._tool("+", self.tr("Vergrößern (Strg+Plus)"), self.zoom_in)
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_button = self._tool(
            self.tr("Breite"), self.tr("Auf Fensterbreite einpassen"), self.fit_width
        )
        self.state_label = QLabel()
        self.state_label.setObjectName("hint")
        for widget in (
            self.prev_button,
            self.page_label,
            self.next_button,
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.state_label)
        self._update_controls()

    def _tool(self, text: str, tip: str, slot: Any) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _update_controls(self) -> None:
        count = self.page_count()
        current = self.current_page()
        self.page_label.setText(
            self.tr("Seite %1 von %2").replace("%1", str(current + 1)).replace("%2", str(count))
            if count
            else ""
        )
        self.prev_button.setEnabled(count > 1 and current > 0)
        self.next_button.setEnabled(count > 1 and current < count - 1)
        has = self.shown_file is not None
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(has)
        zoom = self.effective_zoom()
        self.zoom_label.setText(f"{round(zoom * 100)} %" if has else "")

    # ------------------------------------------------------------------ state
    def set_stale(self, stale: bool, text: str = "") -> None:
        """Grey the shown document out with ``text`` while a newer version is on its way."""
        self.stale = stale
        self.state_label.setText(text if stale else "")
        for widget in (self.image_scroll, self._pdf_view):
            if widget is not None:
                widget.setEnabled(not stale)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self.message)
        self.shown_file = None
        self.set_stale(False)
        self._update_controls()

    def show_file(self, path: Path) -> None:
        keep_page = self.current_page() if path.suffix.lower() == ".pdf" else 0
        self.shown_file = path
        if path.suffix.lower() == ".pdf":
            view = self._pdf()
            document = view.document()
            assert document is not None
            document.load(str(path))
            self.setCurrentWidget(view)
            self._apply_zoom()
            if 0 < keep_page < self.page_count():
                self.go_to_page(keep_page)
        else:
            self._pixmap = QPixmap(str(path))
            self.setCurrentWidget(self.image_scroll)
            self._apply_zoom()
        self.set_stale(False)
        self._update_controls()

    def _pdf(self) -> QPdfView:
        if self._pdf_view is None:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self._pdf_doc = QPdfDocument(self)
            view = QPdfView(self)
            view.setDocument(self._pdf_doc)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.pageNavigator().currentPageChanged.connect(lambda *_: self._update_controls())
            self.addWidget(view)
            self._pdf_view = view
        return self._pdf_view

    # ------------------------------------------------------------------ pages
    def page_count(self) -> int:
        return (
            int(self._pdf_doc.pageCount())
            if self._pdf_doc is not None and self.currentWidget() is self._pdf_view
            else 0
        )

    def current_page(self) -> int:
        if self._pdf_view is None or self.currentWidget() is not self._pdf_view:
            return 0
        return int(self._pdf_view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        if self._pdf_view is not None and 0 <= page < self.page_count():
            self._pdf_view.pageNavigator().jump(page, QPointF(), self._pdf_view.zoomFactor())
        self._update_controls()

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    # ------------------------------------------------------------------ zoom
    def effective_zoom(self) -> float:
        """The zoom shown now (fit-to-width computed for the current width)."""
        if self.zoom is not None:
            return self.zoom
        view, document = self._pdf_view, self._pdf_doc
        if view is not None and document is not None and self.currentWidget() is view:
            width = document.pagePointSize(0).width() * 96 / 72
            return max(0.1, (view.viewport().width() - 12) / width) if width else 1.0
        if not self._pixmap.isNull():
            return min(1.0, max(200, self.width() - 40) / self._pixmap.width())
        return 1.0

    def zoom_in(self) -> None:
        current = self.effective_zoom()
        self.zoom = next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1])
        self._apply_zoom()

    def zoom_out(self) -> None:
        current = self.effective_zoom()
        self.zoom = next((z for z in reversed(ZOOM_STEPS) if z < current - 0.01), ZOOM_STEPS[0])
        self._apply_zoom()

    def fit_width(self) -> None:
        self.zoom = None
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        if self.currentWidget() is self._pdf_view and self._pdf_view is not None:
            from PySide6.QtPdfWidgets import QPdfView

            if self.zoom is None:
                self._pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            else:
                self._pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
                self._pdf_view.setZoomFactor(self.zoom)
        elif not self._pixmap.isNull():
            width = round(self._pixmap.width() * self.effective_zoom())
            self.image.setPixmap(
                self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
        self._update_controls()

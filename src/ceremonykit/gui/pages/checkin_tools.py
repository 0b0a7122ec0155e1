"""The tools beside the check-in: codes for guests, the greeting list of those present, and a
copy for a second door with its arrivals merged back (each an undo command or a build)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QPushButton, QVBoxLayout, QWidget

from ceremonykit.build import build_ceremony
from ceremonykit.documents.context import BuildOptions
from ceremonykit.errors import UserError
from ceremonykit.guests.checkin_copy import COPY_MARK, MergePlan
from ceremonykit.guests.protocol import greeting_difference
from ceremonykit.gui.checkin_commands import IssueCodes, MergeCopy
from ceremonykit.gui.pages.base import hint
from ceremonykit.gui.session import Session
from ceremonykit.project import export_checkin_copy, read_ceremony


class DoorTools(QWidget):
    """Buttons and a result line for the Einlass page's right column."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.codes_button = QPushButton()
        self.codes_button.clicked.connect(self.issue_codes)
        self.greeting_button = QPushButton(self.tr("Begrüßungsliste der Anwesenden…"))
        self.greeting_button.setToolTip(
            self.tr(
                "Erstellt die Begrüßungsliste aus den eingelassenen Ehrengästen, mit Unterschied zur geplanten Liste."
            )
        )
        self.greeting_button.clicked.connect(self.choose_greeting_folder)
        self.export_button = QPushButton(self.tr("Kopie für eine zweite Tür…"))
        self.export_button.setToolTip(
            self.tr(
                "Eine kleine Projektdatei nur mit Gästen und Codes für einen zweiten Laptop am Einlass."
            )
        )
        self.export_button.clicked.connect(self.choose_export)
        self.merge_button = QPushButton(self.tr("Zweite Tür übernehmen…"))
        self.merge_button.setToolTip(
            self.tr(
                "Die Einlässe aus der Kopie der zweiten Tür übernehmen; der frühere Zeitpunkt gilt."
            )
        )
        self.merge_button.clicked.connect(self.choose_merge)
        self.info = hint("")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        copy_of = session.ceremony.settings.get(COPY_MARK, "")
        if copy_of:
            layout.addWidget(
                hint(self.tr("Einlass-Kopie von „%1“ (zweite Tür)").replace("%1", copy_of))
            )
        for widget in (
            self.codes_button,
            self.export_button,
            self.merge_button,
            self.greeting_button,
            self.info,
        ):
            layout.addWidget(widget)
        self.refresh()

    def refresh(self) -> None:
        """After guests changed: how many still lack a code."""
        missing = sum(1 for g in self.session.ceremony.guests if not g.checkin_token)
        self.codes_button.setText(
            self.tr("Einlass-Code vergeben (1 Gast ohne Code)")
            if missing == 1
            else self.tr("Einlass-Codes vergeben (%1 Gäste ohne Code)").replace("%1", str(missing))
            if missing
            else self.tr("Alle Gäste haben einen Code")
        )
        self.codes_button.setEnabled(bool(missing) and not self.session.read_only)

    def issue_codes(self) -> None:
        self.session.undo_stack.push(IssueCodes(self.session, self.tr("Einlass-Codes vergeben")))

    def choose_greeting_folder(self) -> None:
        start = str(self.session.path.with_name(f"{self.session.path.stem} – Einlass"))
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Ordner für die Begrüßungsliste"), start
        )
        if folder:
            self.build_greeting(Path(folder))

    def build_greeting(self, folder: Path) -> Path | None:
        """Build the greeting list of those present into ``folder``; show the difference."""
        options = BuildOptions(kind_options={"greeting_list": {"present_only": "1"}})
        try:
            report = build_ceremony(
                self.session.ceremony, folder, only=["greeting_list"], options=options
            )
        except UserError as exc:
            self.info.setText(html.escape(exc.message))
            return None
        problems = [p.reason for p in (*report.failed, *report.skipped)]
        diff = greeting_difference(self.session.ceremony.guests)
        lines = [html.escape(p) for p in problems]
        for title, guests in ((self.tr("Fehlen"), diff.missing), (self.tr("Neu"), diff.new)):
            if guests:
                names = ", ".join(g.full_name or g.organisation for g in guests)
                lines.append(f"<b>{html.escape(title)}:</b> {html.escape(names)}")
        files = [f for f in report.files if f.kind == "greeting_list"]
        path = folder / files[0].path if files else None
        if path is not None:
            url = QUrl.fromLocalFile(str(path)).toString()
            lines.insert(0, f"<a href='{url}'>{html.escape(path.name)}</a>")
        self.info.setText("<br>".join(lines))
        return path

    # ------------------------------------------------------------------ second door
    def choose_export(self) -> None:
        start = str(self.session.path.with_name(f"{self.session.path.stem} – Tür 2.ceremony"))
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Kopie für eine zweite Tür"), start, self.tr("Projektdatei (*.ceremony)")
        )
        if target:
            self.export_copy(Path(target))

    def export_copy(self, target: Path) -> bool:
        try:
            count = export_checkin_copy(
                self.session.ceremony, self.session.path, target, overwrite=True
            )
        except UserError as exc:
            self.info.setText(html.escape(exc.message))
            return False
        self.info.setText(
            html.escape(
                self.tr("Kopie mit %1 Gästen geschrieben: %2")
                .replace("%1", str(count))
                .replace("%2", target.name)
            )
        )
        return True

    def choose_merge(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Kopie der zweiten Tür"),
            str(self.session.path.parent),
            self.tr("Projektdatei (*.ceremony)"),
        )
        if source:
            self.merge_copy(Path(source))

    def merge_copy(self, source: Path) -> MergePlan | None:
        try:
            door = read_ceremony(source)
        except UserError as exc:
            self.info.setText(html.escape(exc.message))
            return None
        if COPY_MARK not in door.settings:
            self.info.setText(
                html.escape(self.tr("„%1“ ist keine Einlass-Kopie.").replace("%1", source.name))
            )
            return None
        command = MergeCopy(self.session, door, self.tr("Zweite Tür übernehmen"))
        self.session.undo_stack.push(command)
        if command.plan is None:
            return None
        lines = [command.plan.summary, *command.plan.conflicts[:30]]
        self.info.setText("<br>".join(html.escape(line) for line in lines))
        return command.plan

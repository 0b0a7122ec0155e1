"""Page *Veranstaltung*: the ceremony's own facts, and the button to the sender profile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ceremonykit.domain.model import Salutation
from ceremonykit.gui import values
from ceremonykit.gui.commands import SetInfo
from ceremonykit.gui.forms import Binder, read_path, replaced_path
from ceremonykit.gui.pages.base import Page, group, heading, hint, line, text_box
from ceremonykit.gui.session import Session


def salutation_combo(owner: QWidget) -> QComboBox:
    combo = QComboBox()
    for value, label in (
        (Salutation.NONE, QCoreApplication.translate("EventPage", "– keine –")),
        (Salutation.FRAU, QCoreApplication.translate("EventPage", "Frau")),
        (Salutation.HERR, QCoreApplication.translate("EventPage", "Herr")),
        (Salutation.NEUTRAL, QCoreApplication.translate("EventPage", "neutral (divers)")),
    ):
        combo.addItem(label, value)
    return combo


class EventPage(Page):
    ICON = "event"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.binder = Binder(self._read, self._write, self)
        self.binder.error.connect(self.status)
        b = self.binder

        award, award_form = group(self.tr("Preis"))
        award_form.addRow(
            self.tr("Name des Preises:"),
            b.line(line(self.tr("z. B. Ehrenamtspreis")), "award_name"),
        )
        award_form.addRow(
            self.tr("Jahr:"), b.line(line("2026"), "year", values.show_int, values.parse_int)
        )
        award_form.addRow(
            self.tr("Verliehen von:"), b.line(line(self.tr("z. B. Stadt Dortmund")), "organiser")
        )
        award_form.addRow(
            self.tr("Preisgeld gesamt (€):"),
            b.line(
                line(
                    self.tr("z. B. 10.000"),
                    self.tr(
                        "Die Summe aller Preisgelder; die Prüfung vergleicht sie mit den einzelnen Preisen."
                    ),
                ),
                "total_prize_money",
                values.show_money,
                values.parse_money,
            ),
        )
        award_form.addRow(
            self.tr("Bewerbungen:"),
            b.line(
                line(self.tr("Anzahl")), "applications_count", values.show_int, values.parse_int
            ),
        )
        award_form.addRow(
            self.tr("Jury (eine Zeile je Mitglied):"),
            b.text(
                _limited(text_box(self.tr("Name, Funktion"), 90)),
                "jury",
                values.show_lines,
                values.parse_lines,
            ),
        )

        event, event_form = group(self.tr("Verleihung"))
        event_form.addRow(
            self.tr("Datum:"),
            b.line(
                line(self.tr("TT.MM.JJJJ")), "ceremony_date", values.show_date, values.parse_date
            ),
        )
        event_form.addRow(
            self.tr("Uhrzeit:"),
            b.line(
                line(self.tr("z. B. 18:00")), "ceremony_time", values.show_time, values.parse_time
            ),
        )
        event_form.addRow(
            self.tr("Ort:"), b.line(line(self.tr("z. B. Rathaus, Bürgersaal")), "venue")
        )
        event_form.addRow(self.tr("Stadt (für Urkunden):"), b.line(line("Dortmund"), "city"))
        event_form.addRow(
            self.tr("Erwartete Gäste:"),
            b.line(
                line(self.tr("Anzahl")), "guest_count_expected", values.show_int, values.parse_int
            ),
        )

        host, host_form = group(self.tr("Gastgeberin oder Gastgeber"))
        host_form.addRow(self.tr("Anrede:"), b.combo(salutation_combo(self), "host.salutation"))
        host_form.addRow(self.tr("Titel:"), b.line(line(self.tr("z. B. Dr.")), "host.title"))
        host_form.addRow(self.tr("Vorname:"), b.line(line(), "host.first_name"))
        host_form.addRow(self.tr("Nachname:"), b.line(line(), "host.last_name"))
        host_form.addRow(
            self.tr("Funktion:"),
            b.line(line(self.tr("z. B. Oberbürgermeisterin")), "host.function"),
        )

        press, press_form = group(self.tr("Presse"))
        press_form.addRow(
            self.tr("Sperrfrist:"),
            b.line(
                line(
                    self.tr("TT.MM.JJJJ HH:MM"),
                    self.tr(
                        "Vor diesem Zeitpunkt darf die Medieninformation nicht veröffentlicht werden."
                    ),
                ),
                "embargo",
                values.show_datetime,
                values.parse_datetime,
            ),
        )
        press_form.addRow(
            self.tr("Versanddatum:"),
            b.line(
                line(self.tr("TT.MM.JJJJ")), "release_date", values.show_date, values.parse_date
            ),
        )
        press_form.addRow(
            self.tr("Überschrift:"),
            b.line(line(self.tr("leer lassen = wird erzeugt")), "release_headline"),
        )
        press_form.addRow(self.tr("Mehr Infos (Link):"), b.line(line("https://"), "more_info_url"))
        press_form.addRow(
            self.tr("Daten löschen ab:"),
            b.line(
                line(
                    self.tr("TT.MM.JJJJ"),
                    self.tr(
                        "Ab diesem Tag sollen die persönlichen Daten der Gäste gelöscht werden (Datenschutz)."
                    ),
                ),
                "retention_until",
                values.show_date,
                values.parse_date,
            ),
        )

        sender_button = QPushButton(self.tr("Absender und Hausstil…"))
        sender_button.setToolTip(
            self.tr("Kopf der Medieninformation, Kontakt, Logo und Unterschriften bearbeiten")
        )
        sender_button.clicked.connect(self.open_sender_dialog)

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(award)
        left.addWidget(host)
        left.addStretch(1)
        right.addWidget(event)
        right.addWidget(press)
        right.addWidget(sender_button)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(heading(self.tr("Veranstaltung")))
        layout.addWidget(
            hint(
                self.tr(
                    "Alles, was für alle Dokumente gilt. Änderungen werden sofort in der Projektdatei gespeichert."
                )
            )
        )
        layout.addLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.binder.refresh()

    def title(self) -> str:
        return self.tr("Veranstaltung")

    def _read(self, path: str) -> Any:
        return read_path(self.session.ceremony, path)

    def _write(self, path: str, value: Any) -> None:
        attr, new = replaced_path(self.session.ceremony, path, value)
        self.session.undo_stack.push(
            SetInfo(self.session, attr, new, self.tr("Veranstaltung ändern"))
        )

    def on_changed(self, object_type: str, object_id: object) -> None:
        if object_type == "ceremony":
            self.binder.refresh()

    def focus_field(self, object_id: str | None, field: str) -> bool:
        widget = self.binder.widget_for(field) or self.binder.widget_for(f"{field}.last_name")
        if widget is None:
            return False
        widget.setFocus()
        return True

    def open_sender_dialog(self) -> None:
        from ceremonykit.gui.sender_dialog import SenderDialog

        SenderDialog(self.session, self).exec()


def _limited(widget: QPlainTextEdit) -> QPlainTextEdit:
    widget.setMaximumHeight(110)
    return widget

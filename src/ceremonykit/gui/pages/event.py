"""Page *Veranstaltung*: the ceremony's own facts, and the button to the sender profile."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ceremonykit.documents.checks import preflight
from ceremonykit.documents.press.finalize import (
    count_profile_on,
    profile_release_number,
    release_number,
)
from ceremonykit.domain.model import Ceremony, Person, Quote, Salutation
from ceremonykit.domain.preflight import Severity
from ceremonykit.errors import UserError
from ceremonykit.gui import values
from ceremonykit.gui.commands import SetInfo
from ceremonykit.gui.forms import Binder, read_path, replaced_path
from ceremonykit.gui.pages.base import Page, group, heading, hint, line, text_box
from ceremonykit.gui.session import Session
from ceremonykit.importing.values import parse_person
from ceremonykit.operations.release import finalize_release


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
            self.tr("Verleihung Nr.:"),
            b.line(
                line(
                    self.tr("z. B. 9"),
                    self.tr("Die wievielte Verleihung? 9 ergibt „Bereits zum neunten Mal …“."),
                ),
                "edition",
                values.show_int,
                values.parse_int,
            ),
        )
        award_form.addRow(
            self.tr("Ausgerichtet von (im Satz):"),
            b.line(
                line(
                    self.tr("z. B. das Kommunale Integrationszentrum gemeinsam mit …"),
                    self.tr(
                        "Veranstalter und Partner, so wie sie im Text stehen: "
                        "„Bereits zum neunten Mal würdigt … damit Engagement …“"
                    ),
                ),
                "organisers",
            ),
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

        host_form.addRow(
            self.tr("Zitat für die Presse:"),
            b.text(
                _limited(
                    text_box(
                        self.tr(
                            "Ein, zwei Sätze der Gastgeberin oder des Gastgebers – ohne "
                            "Anführungszeichen"
                        ),
                        90,
                    )
                ),
                "host_quote.text",
            ),
        )
        host_form.addRow(
            self.tr("Verleihen mit (eine Zeile je Person):"),
            b.text(
                _limited(
                    text_box(
                        self.tr(
                            "Name, Funktion – z. B. Leonid Chraga, Vorsitzender des Integrationsrates"
                        ),
                        70,
                    )
                ),
                "co_presenters",
                show_presenters,
                parse_presenters,
            ),
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

        self.release_state = QLabel()
        self.final_button = QPushButton(self.tr("Endgültig machen"))
        self.final_button.setToolTip(
            self.tr(
                "Die Medieninformation bekommt ihre laufende Nummer; „ENTWURF“ entfällt. "
                "Fehler der Prüfung müssen vorher behoben sein."
            )
        )
        self.final_button.clicked.connect(self.finalize_release)
        final_row = QHBoxLayout()
        final_row.addWidget(self.release_state, 1)
        final_row.addWidget(self.final_button)
        press_form.addRow(self.tr("Medieninformation:"), final_row)

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
        self._show_release_state()

    def _show_release_state(self) -> None:
        ceremony = self.session.ceremony
        if ceremony.release_final:
            text = self.tr("endgültig, Nr. %1").replace("%1", str(release_number(ceremony)))
        else:
            text = self.tr("Entwurf (ohne laufende Nummer)")
        self.release_state.setText(text)
        self.final_button.setEnabled(not ceremony.release_final)

    def finalize_release(self) -> None:
        """„Endgültig machen“: check, ask, assign the number (not undoable: it is counted)."""
        ceremony = self.session.ceremony
        errors = [f.text() for f in preflight(ceremony) if f.severity is Severity.ERROR]
        if errors:
            QMessageBox.warning(
                self,
                self.tr("Noch nicht endgültig"),
                self.tr("Bitte zuerst diese Fehler beheben (Seite „Prüfung“):")
                + "\n\n"
                + "\n".join(errors[:8]),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Medieninformation endgültig machen"),
            self.tr(
                "Die Medieninformation erhält jetzt ihre laufende Nummer; die nächste "
                "Medieninformation zählt weiter. Das lässt sich nicht rückgängig machen. Fortfahren?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        changes = self.session.apply(finalize_release, profile_number=profile_release_number())
        self.session.undo_stack.clear()  # earlier edits must not undo past the numbering
        number = int(str(changes.extra["number"]))
        self.status(self.tr("Medieninformation Nr. %1 ist endgültig.").replace("%1", str(number)))
        if profile_release_number() <= number:
            self._offer_profile_count(number + 1)

    def _offer_profile_count(self, next_number: int) -> None:
        """The user's own sender profile counts on only if the user says so."""
        answer = QMessageBox.question(
            self,
            self.tr("Absenderprofil weiterzählen?"),
            self.tr(
                "Soll Ihr Absenderprofil neue Projekte mit Nr. %1 beginnen? Sonst beginnt das "
                "nächste neue Projekt weiter mit Nr. %2."
            )
            .replace("%1", str(next_number))
            .replace("%2", str(profile_release_number())),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                count_profile_on(next_number)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Absenderprofil"), str(exc))

    def title(self) -> str:
        return self.tr("Veranstaltung")

    def _read(self, path: str) -> Any:
        if path.startswith("host_quote.") and self.session.ceremony.host_quote is None:
            return ""
        return read_path(self.session.ceremony, path)

    def _write(self, path: str, value: Any) -> None:
        ceremony = self.session.ceremony
        if path.startswith("host_quote.") and ceremony.host_quote is None:
            ceremony = dataclasses.replace(ceremony, host_quote=host_quote_of(ceremony))
        attr, new = replaced_path(ceremony, path, value)
        self.session.undo_stack.push(
            SetInfo(self.session, attr, new, self.tr("Veranstaltung ändern"))
        )

    def on_changed(self, object_type: str, object_id: object) -> None:
        if object_type == "ceremony":
            self.binder.refresh()
            self._show_release_state()

    def focus_field(self, object_id: str | None, field: str) -> bool:
        widget = self.binder.widget_for(field) or self.binder.widget_for(f"{field}.last_name")
        if widget is None:
            return False
        widget.setFocus()
        return True

    def open_sender_dialog(self) -> None:
        from ceremonykit.gui.sender_dialog import SenderDialog

        SenderDialog(self.session, self).exec()


def host_quote_of(ceremony: Ceremony) -> Quote:
    """A new quote of the host: speaker and function taken from the host's fields."""
    return Quote(speaker=ceremony.host.full_name, speaker_function=ceremony.host.function)


def show_presenters(people: list[Person]) -> str:
    """One line per co-presenter: "Leonid Chraga, bisheriger Vorsitzender des Integrationsrates"."""
    return "\n".join(", ".join(p for p in (x.full_name, x.function) if p) for x in people)


def parse_presenters(text: str) -> list[Person]:
    """Lines "Name, Funktion" -> persons (the function may itself contain commas)."""
    people = []
    for raw in text.splitlines():
        name, _, function = raw.partition(",")
        if not name.strip():
            continue
        person = parse_person(name.strip())
        person.function = " ".join(function.split())
        people.append(person)
    return people


def _limited(widget: QPlainTextEdit) -> QPlainTextEdit:
    widget.setMaximumHeight(110)
    return widget

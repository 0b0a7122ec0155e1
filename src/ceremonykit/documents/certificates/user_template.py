"""The staff's own Word template: a .docx with ``{{ preistraeger }}``-style placeholders.

Filled per subject with docxtpl (Jinja2 inside Word) in the same sandbox as the text templates
(:func:`~ceremonykit.german.templating.sandboxed_environment`): a Word file received from
elsewhere can print values, never run code. Before anything is written, the
placeholders the template uses are compared with the ones CeremonyKit provides, so a typo
such as ``{{ preistrager }}`` is reported instead of printing an empty line on 40 certificates.
"""

from __future__ import annotations

import io
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2 import TemplateError
from jinja2.exceptions import SecurityError

from ceremonykit.documents.certificates.design import Design
from ceremonykit.documents.certificates.layout import CeremonyInfo, citation
from ceremonykit.documents.certificates.subjects import Subject, SubjectKind
from ceremonykit.documents.docx_tools import pictures_without_alt
from ceremonykit.domain.model import Salutation
from ceremonykit.errors import UserError
from ceremonykit.german.templating import sandboxed_environment

PLACEHOLDERS: dict[str, str] = {
    "preistraeger": "Name der Organisation oder Person",
    "anrede_rolle": "„Preisträgerin“, „Preisträger“ oder „Ausgezeichnet“",
    "projekt": "Projekttitel",
    "platz": "Preis in Worten, z. B. „Erster Preis“",
    "betrag": "Preisgeld, z. B. „5.000 Euro“ (leer ohne Preisgeld)",
    "preis": "Name des Preises mit Jahr, z. B. „Ehrenamtspreis 2026“",
    "verleiher": "wer den Preis verleiht, z. B. „Stadt Dortmund“",
    "datum": "Ort und Datum, z. B. „Dortmund, 4. Dezember 2026“",
    "wuerdigung": "kurzer Würdigungstext",
    "unterzeichner1": "Name der ersten unterzeichnenden Person",
    "funktion1": "Funktion der ersten unterzeichnenden Person",
    "unterzeichner2": "Name der zweiten unterzeichnenden Person",
    "funktion2": "Funktion der zweiten unterzeichnenden Person",
    "teilnahme": "„ja“ bei Teilnahmeurkunden, sonst leer",
    "organisation": "Organisation einer geehrten Person (sonst leer)",
}


def template_context(subject: Subject, info: CeremonyInfo, design: Design) -> dict[str, str]:
    """The values of every placeholder for one certificate."""
    role = {Salutation.FRAU: "Preisträgerin", Salutation.HERR: "Preisträger"}.get(
        subject.salutation, "Ausgezeichnet"
    )
    values = {
        "preistraeger": subject.recipient,
        "organisation": subject.organisation,
        "anrede_rolle": role,
        "projekt": subject.project,
        "platz": subject.prize,
        "betrag": subject.amount_text,
        "preis": info.award,
        "verleiher": info.organiser,
        "datum": info.place_date,
        "wuerdigung": citation(design, subject, info),
        "teilnahme": "ja" if subject.kind is SubjectKind.PARTICIPATION else "",
    }
    for n in (1, 2):
        sig = info.signatures[n - 1] if len(info.signatures) >= n else None
        values[f"unterzeichner{n}"] = sig.name if sig else ""
        values[f"funktion{n}"] = sig.function if sig else ""
    return values


class WordTemplate:
    """A loaded user template; :meth:`unknown_placeholders` is checked before rendering."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._data = path.read_bytes()
            template = DocxTemplate(io.BytesIO(self._data))
            self._used = set(template.get_undeclared_template_variables(sandboxed_environment()))
        except OSError as exc:
            raise UserError(
                f"Die Word-Vorlage „{path}“ kann nicht gelesen werden ({exc.strerror}).",
                hint="Bitte prüfen, ob die Datei noch in Word geöffnet ist.",
            ) from None
        except Exception as exc:  # docxtpl raises zip, XML and Jinja errors alike
            raise UserError(
                f"Die Word-Vorlage „{path.name}“ ist keine gültige Vorlage ({type(exc).__name__}: {exc}).",
                hint="Platzhalter müssen so aussehen: {{ preistraeger }}. Bitte in Word prüfen.",
            ) from None

    @property
    def used(self) -> set[str]:
        return set(self._used)

    def pictures_without_alt(self) -> int:
        """Pictures in the template that screen readers cannot describe (no alt text)."""
        return pictures_without_alt(self._data)

    def unknown_placeholders(self) -> list[str]:
        """Placeholders in the template that CeremonyKit cannot fill."""
        return sorted(self._used - set(PLACEHOLDERS))

    def render(self, values: dict[str, str]) -> bytes:
        """The filled Word file; a placeholder expression the sandbox refuses is a UserError."""
        template = DocxTemplate(io.BytesIO(self._data))
        try:
            template.render(values, jinja_env=sandboxed_environment(autoescape=True))
        except SecurityError:
            raise UserError(
                f"Die Word-Vorlage „{self.path.name}“ enthält einen nicht erlaubten Ausdruck "
                "(Zugriff auf Programminterna); sie wurde nicht ausgefüllt.",
                hint="Platzhalter dürfen nur Werte einsetzen, z. B. {{ preistraeger }}.",
            ) from None
        except TemplateError as exc:
            raise UserError(
                f"Die Word-Vorlage „{self.path.name}“ kann nicht ausgefüllt werden "
                f"({exc.message or type(exc).__name__}).",
                hint="Bitte die Platzhalter und {% if … %}-Blöcke in Word prüfen.",
            ) from None
        except ValueError:  # python-docx: a filled-in title or subject over 255 characters
            raise UserError(
                f"Die Word-Vorlage „{self.path.name}“ ergibt ausgefüllt einen zu langen "
                "Titel oder Betreff in den Dokumenteigenschaften (höchstens 255 Zeichen).",
                hint="Bitte in Word unter Datei › Informationen › Eigenschaften kürzen.",
            ) from None
        out = io.BytesIO()
        template.save(out)
        return out.getvalue()


def missing_message(path: Path, unknown: list[str]) -> str:
    names = ", ".join(f"{{{{ {name} }}}}" for name in unknown)
    known = ", ".join(PLACEHOLDERS)
    return (
        f"Die Word-Vorlage „{path.name}“ verwendet Platzhalter, für die es keine Daten gibt: {names}. "
        f"Keine Urkunde aus dieser Vorlage erstellt. Bitte die Vorlage in Word korrigieren; "
        f"verfügbar sind: {known}."
    )

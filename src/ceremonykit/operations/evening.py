"""Writes for the evening's planning: how guests reply to the invitation, and the programme.

Both are fields of the ceremony itself; these operations validate them (German messages that
name the field) and store them through :func:`ceremonykit.operations.edit.set_fields`.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from ceremonykit.domain.cleaning import clean_text, cleaned
from ceremonykit.domain.model import Ceremony, ProgrammeItem
from ceremonykit.errors import UserError
from ceremonykit.operations.changes import Changes
from ceremonykit.store import ProjectFile

MAX_COMPANIONS = 20
MAX_MINUTES = 600


def set_reply_details(
    project: ProjectFile,
    ceremony: Ceremony,
    *,
    rsvp_date: date | None,
    email: str = "",
    phone: str = "",
    url: str = "",
    companions_allowed: int = 1,
) -> Changes:
    """The reply date, the ways to reply and the companions each guest may bring."""
    check_reply_details(ceremony, rsvp_date, email, companions_allowed)
    changes = _store_fields(
        project,
        ceremony,
        {
            "rsvp_date": rsvp_date,
            "rsvp_email": email.strip(),
            "rsvp_phone": phone.strip(),
            "rsvp_url": url.strip(),
            "companions_allowed": companions_allowed,
        },
    )
    return dataclasses.replace(changes, message="Angaben zur Rückmeldung gespeichert.")


def check_reply_details(
    ceremony: Ceremony, rsvp_date: date | None, email: str, companions_allowed: int
) -> None:
    """Raise a German UserError for reply details that cannot be stored (GUI checks first)."""
    if not 0 <= companions_allowed <= MAX_COMPANIONS:
        raise UserError(
            f"Begleitpersonen je Gast: {companions_allowed} ist nicht möglich. "
            f"Bitte eine Zahl von 0 bis {MAX_COMPANIONS} eintragen."
        )
    email = email.strip()
    if email and ("@" not in email or " " in email):
        raise UserError(
            f"Antwort per E-Mail: „{email}“ ist keine E-Mail-Adresse. "
            "Bitte in der Form name@beispiel.de eintragen oder leer lassen."
        )
    if rsvp_date and ceremony.ceremony_date and rsvp_date > ceremony.ceremony_date:
        raise UserError(
            "Antwort bis: das Datum liegt nach der Verleihung. Bitte ein früheres Datum wählen."
        )


def set_programme(
    project: ProjectFile, ceremony: Ceremony, items: Sequence[ProgrammeItem]
) -> Changes:
    """Replace the programme (run sheet) with ``items`` in their order."""
    check_programme(items)
    changes = _store_fields(project, ceremony, {"programme": list(items)})
    return dataclasses.replace(changes, message="Ablauf gespeichert.")


def check_programme(items: Sequence[ProgrammeItem]) -> None:
    """Raise a German UserError naming the first row that cannot be stored."""
    for number, item in enumerate(items, start=1):
        if not item.item.strip() and not item.awards:
            raise UserError(
                f"Ablauf, Zeile {number}: der Programmpunkt hat keine Bezeichnung. "
                "Bitte eintragen, was geschieht (z. B. „Musik“), oder die Zeile löschen."
            )
        if not 0 <= item.minutes <= MAX_MINUTES:
            raise UserError(
                f"Ablauf, Zeile {number} („{item.item}“): {item.minutes} Minuten ist keine "
                f"mögliche Dauer. Bitte 0 bis {MAX_MINUTES} Minuten eintragen."
            )
    if sum(1 for i in items if i.awards) > 1:
        raise UserError(
            "Ablauf: die Preisverleihung steht mehrfach im Ablauf. Bitte nur einmal einfügen."
        )


def _store_fields(project: ProjectFile, ceremony: Ceremony, values: dict[str, Any]) -> Changes:
    """Several of the ceremony's own fields, cleaned, in one transaction."""
    clean: dict[str, Any] = {
        k: clean_text(v)
        if isinstance(v, str)
        else [cleaned(copy.deepcopy(i)) for i in v]
        if isinstance(v, list)
        else v
        for k, v in values.items()
    }
    with project.transaction():
        project.save_info(dataclasses.replace(ceremony, **clean))
    for attr, value in clean.items():
        setattr(ceremony, attr, value)
    return Changes(frozenset({"ceremony"}), info=frozenset(clean))

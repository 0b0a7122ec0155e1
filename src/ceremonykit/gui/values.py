"""Showing and reading field values the way German users type them ("5.000", "10.11.2026").

``parse_*`` raise :class:`ValueError` with a German message that says what to type.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QLocale

from ceremonykit.importing.values import parse_amount

_GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def show_number(value: int) -> str:
    """ "1.234" – for counts shown in the window (Qt's German locale; no Babel at start-up)."""
    return _GERMAN.toString(value)


def show_money(value: Decimal | None) -> str:
    """ "5.000" or "2.500,50" in an edit field (cents only when not zero)."""
    if value is None:
        return ""
    places = 0 if value == value.to_integral_value() else 2
    return _GERMAN.toString(float(value), "f", places)


def parse_money(text: str) -> Decimal | None:
    """ "5.000", "5000", "2.500,50", "5.000 €" -> Decimal; "" -> None.

    The same rules as the spreadsheet import (one parser), with a message for an edit field."""
    try:
        return parse_amount(text.strip())
    except ValueError as exc:
        raise ValueError(
            f"„{text}“ ist kein Betrag ({exc}). Bitte z. B. 5.000 oder 2.500,50 eingeben."
        ) from None


def show_int(value: int | None) -> str:
    return "" if value is None else str(value)


def parse_int(text: str) -> int | None:
    raw = text.strip().replace(".", "")
    if not raw:
        return None
    if not raw.isdigit():
        raise ValueError(f"„{text}“ ist keine Zahl. Bitte nur Ziffern eingeben.")
    return int(raw)


def show_date(value: date | None) -> str:
    return "" if value is None else f"{value.day:02d}.{value.month:02d}.{value.year}"


def parse_date(text: str) -> date | None:
    raw = text.strip()
    if not raw:
        return None
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})", raw)
    if m:
        day, month, year = (int(g) for g in m.groups())
        year = year + 2000 if year < 100 else year
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise ValueError(
        f"„{text}“ ist kein gültiges Datum. Bitte TT.MM.JJJJ eingeben, z. B. 10.11.2026."
    )


def show_time(value: time | None) -> str:
    return "" if value is None else f"{value.hour:02d}:{value.minute:02d}"


def parse_time(text: str) -> time | None:
    raw = text.strip().removesuffix("Uhr").strip()
    if not raw:
        return None
    m = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?", raw)
    if m and int(m.group(1)) < 24 and int(m.group(2) or 0) < 60:
        return time(int(m.group(1)), int(m.group(2) or 0))
    raise ValueError(f"„{text}“ ist keine Uhrzeit. Bitte z. B. 18:30 eingeben.")


def show_datetime(value: datetime | None) -> str:
    return "" if value is None else f"{show_date(value.date())} {show_time(value.time())}"


def parse_datetime(text: str) -> datetime | None:
    raw = text.strip()
    if not raw:
        return None
    day_part, _, time_part = raw.partition(" ")
    try:
        day = parse_date(day_part)
        clock = parse_time(time_part) if time_part.strip() else time(0, 0)
    except ValueError:
        raise ValueError(
            f"„{text}“ ist kein Zeitpunkt. Bitte TT.MM.JJJJ HH:MM eingeben, z. B. 10.11.2026 18:00."
        ) from None
    assert day is not None and clock is not None
    return datetime.combine(day, clock)


def show_lines(value: list[str]) -> str:
    return "\n".join(value)


def parse_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]

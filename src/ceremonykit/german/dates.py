"""Dates as the city writes them.

Running text "10. November 2025", the Medieninformation header "3.7.2018" (a setting), the
newsroom's weekday without a period "Mo 10. November 2025" (CLDR says "Mo.", so a fixed table).
"""

from __future__ import annotations

from datetime import date, datetime, time

from ceremonykit.domain.model import DateStyle

MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
WEEKDAYS_SHORT = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def date_long(d: date) -> str:
    """ "10. November 2025"."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def date_short(d: date) -> str:
    """ "3.7.2018"."""
    return f"{d.day}.{d.month}.{d.year}"


def date_numeric(d: date) -> str:
    """ "03.07.2018"."""
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def date_with_weekday(d: date) -> str:
    """ "Montag, 10. November 2025"."""
    return f"{WEEKDAYS[d.weekday()]}, {date_long(d)}"


def date_newsroom(d: date) -> str:
    """ "Mo 10. November 2025" – weekday abbreviation without a period."""
    return f"{WEEKDAYS_SHORT[d.weekday()]} {date_long(d)}"


def day_in_text(d: date) -> str:
    """ "Montag (10. November)" – how a release names a nearby day in running text."""
    return f"{WEEKDAYS[d.weekday()]} ({d.day}. {MONTHS[d.month - 1]})"


def time_text(t: time) -> str:
    """ "18 Uhr", "18.30 Uhr"."""
    return f"{t.hour} Uhr" if t.minute == 0 else f"{t.hour}.{t.minute:02d} Uhr"


def datetime_text(dt: datetime) -> str:
    """ "10. November 2025, 18 Uhr"."""
    return f"{date_long(dt.date())}, {time_text(dt.time())}"


def date_in_style(d: date, style: DateStyle) -> str:
    """The header date of the Medieninformation in the sender profile's style."""
    if style is DateStyle.LONG:
        return date_long(d)
    if style is DateStyle.NUMERIC:
        return date_numeric(d)
    return date_short(d)

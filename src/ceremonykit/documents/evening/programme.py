"""The run sheet's items: the staff's programme with the award items generated from the prizes.

Staff keep free items (music, reception, greeting …) in ``Ceremony.programme``; one item
marked ``awards`` stands for the award block, which is expanded here for every prize in the
order the documents present them: announcement, each laudation, handing over (with the
amount, so the cheque is ready), photo with the cheque. Without a stored programme a default
frame is used (greeting, awards, closing, reception). Start times run on from the ceremony's
time; an item with a fixed start resets the clock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from ceremonykit.documents.evening.sentences import word_count
from ceremonykit.documents.evening.speech import host_name, presenters
from ceremonykit.domain.model import Ceremony, Prize, ProgrammeItem, Winner
from ceremonykit.german.amounts import amount_text
from ceremonykit.german.ordinals import prize_title
from ceremonykit.german.typography import apostrophes, join_and

SPEECH_WPM = 110


@dataclass(frozen=True)
class RunItem:
    """One line of the run sheet, with its computed start time."""

    start: time | None
    minutes: int
    item: str
    who: str = ""
    where: str = ""
    notes: str = ""
    public: bool = True
    prize_id: str | None = None  # set on generated award items


def default_programme(ceremony: Ceremony) -> list[ProgrammeItem]:
    host = host_name(ceremony)
    return [
        ProgrammeItem("d-begr", None, 10, "Begrüßung", host, "Rednerpult"),
        ProgrammeItem("d-preise", None, 0, "Preisverleihung", awards=True),
        ProgrammeItem("d-schluss", None, 5, "Schlusswort", host, "Rednerpult"),
        ProgrammeItem("d-empfang", None, 45, "Empfang", "", "Foyer"),
    ]


def _speech_minutes(text: str) -> int:
    return max(2, math.ceil(word_count(text) / SPEECH_WPM) + 1)


def award_items(ceremony: Ceremony, prize: Prize, winners: list[Winner]) -> list[RunItem]:
    title = prize_title(prize)
    names = join_and(apostrophes(w.display_name) for w in winners)
    items = [
        RunItem(
            None,
            2,
            f"Bekanntgabe {title}: {names}",
            host_name(ceremony),
            "Rednerpult",
            prize_id=prize.id,
        )
    ]
    for winner in winners:
        if winner.laudator or winner.laudation:
            items.append(
                RunItem(
                    None,
                    _speech_minutes(winner.laudation),
                    f"Laudatio auf {apostrophes(winner.display_name)}",
                    apostrophes(winner.laudator),
                    "Rednerpult",
                    prize_id=prize.id,
                )
            )
    money = f"Scheck über {amount_text(prize.amount)} und " if prize.amount else ""
    on_stage = join_and(apostrophes(w.person_names or w.display_name) for w in winners)
    items.append(
        RunItem(
            None,
            3,
            f"Übergabe {title} an {names}",
            join_and(presenters(ceremony)),
            "Bühne",
            f"{money}Urkunde bereithalten; auf die Bühne: {on_stage}.",
            prize_id=prize.id,
        )
    )
    photo = "Foto mit Scheck" if prize.amount else "Foto mit Urkunde"
    items.append(
        RunItem(
            None,
            2,
            f"{photo}: {names}",
            "Fotograf/in",
            "Bühne, vor der Stellwand",
            "Preisträger in die Mitte, Überreichende links.",
            public=False,
            prize_id=prize.id,
        )
    )
    return items


def run_items(ceremony: Ceremony) -> list[RunItem]:
    """The whole evening in order, with start times."""
    stored = ceremony.programme or default_programme(ceremony)
    awards: list[RunItem] = []
    for prize in ceremony.ranked_prizes():
        winners = ceremony.winners_of(prize)
        if winners:
            awards.extend(award_items(ceremony, prize, winners))
    items: list[RunItem] = []
    placed = False
    for entry in stored:
        if entry.awards:
            items.extend(awards)
            placed = True
            continue
        items.append(
            RunItem(
                entry.start,
                entry.minutes,
                entry.item,
                entry.who,
                entry.where,
                entry.notes,
                entry.public,
            )
        )
    if not placed:
        items.extend(awards)
    return _timed(ceremony, items)


def _timed(ceremony: Ceremony, items: list[RunItem]) -> list[RunItem]:
    day = ceremony.ceremony_date or datetime(2000, 1, 1).date()
    clock: datetime | None = (
        datetime.combine(day, ceremony.ceremony_time) if ceremony.ceremony_time else None
    )
    timed = []
    for item in items:
        if item.start is not None:
            clock = datetime.combine(day, item.start)
        start = clock.time() if clock else None
        timed.append(
            RunItem(
                start,
                item.minutes,
                item.item,
                item.who,
                item.where,
                item.notes,
                item.public,
                item.prize_id,
            )
        )
        if clock is not None:
            clock += timedelta(minutes=item.minutes)
    return timed


def clock_text(value: time | None) -> str:
    return f"{value.hour}:{value.minute:02d}" if value else ""

"""What the host and the laudators say, as topics: one topic per card (or several cards).

Topics in the order of the evening: the host's greeting (honoured guests in protocol order,
:mod:`ceremonykit.guests.protocol`, with the pronunciation notes of difficult names), the
announcement of each place (prize, amount, winner, project, laudator, who hands over), each
laudation for its laudator, and the host's closing. A topic is a list of *units*: a sentence
or a greeting line, which a card never splits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ceremonykit.documents.evening.sentences import sentences
from ceremonykit.documents.invitations.content import award_genitive
from ceremonykit.domain.model import Ceremony, Prize, PrizeKind, Winner
from ceremonykit.german.address import address_form
from ceremonykit.german.amounts import amount_text
from ceremonykit.german.ordinals import ordinal_word, prize_title
from ceremonykit.german.typography import apostrophes, at_venue, join_and, project_named, quoted
from ceremonykit.guests.protocol import greeting_groups, is_host, precedence_for


@dataclass(frozen=True)
class Unit:
    """One piece read without a break: a sentence or a greeting line, with an optional note
    for the reader (pronunciation), printed small below it."""

    text: str
    note: str = ""


@dataclass
class Topic:
    title: str  # "Bekanntgabe: Erster Preis"
    speaker: str  # who reads it
    units: list[Unit] = field(default_factory=list)


def host_name(ceremony: Ceremony) -> str:
    return ceremony.host.full_name or "Moderation"


def greeting(ceremony: Ceremony, *, present_only: bool = False) -> Topic:
    """The host's greeting; ``present_only`` greets only honoured guests let in at the door."""
    guests = [g for g in ceremony.guests if not is_host(ceremony, g)]
    topic = Topic("Begrüßung", host_name(ceremony))
    groups = greeting_groups(guests, precedence_for(ceremony), present_only=present_only)
    for n, group in enumerate(groups):
        notes = [f"{g.last_name}: {g.pronunciation}" for g in group.guests if g.pronunciation]
        text = apostrophes(group.text)
        text = text if n == 0 else text[0].lower() + text[1:]  # the speech goes on
        topic.units.append(Unit(text, " · ".join(notes)))
    first = "sehr geehrte Damen und Herren," if topic.units else "Sehr geehrte Damen und Herren,"
    topic.units.append(Unit(f"{first} liebe Gäste,"))
    where = f" {at_venue(ceremony.venue)}" if ceremony.venue else ""
    topic.units.append(
        Unit(f"herzlich willkommen zur Verleihung {award_genitive(ceremony)}{where}!")
    )
    topic.units.append(
        Unit(
            "Heute Abend zeichnen wir Menschen aus, die sich mit großem Einsatz für andere "
            "engagieren – und wir sagen ihnen Danke."
        )
    )
    return topic


def presenters(ceremony: Ceremony) -> list[str]:
    """Who hands over the prizes: the host and the co-presenters, as addressed on stage."""
    people = [ceremony.host, *ceremony.co_presenters]
    return [address_form(p, use_office=True) for p in people if p.last_name]


def announcement(ceremony: Ceremony, prize: Prize, winners: list[Winner]) -> Topic:
    title = prize_title(prize)
    topic = Topic(f"Bekanntgabe: {title}", host_name(ceremony))
    money = f" ist mit {amount_text(prize.amount)} dotiert und" if prize.amount else ""
    names = join_and(apostrophes(w.honourees) for w in winners)
    topic.units.append(Unit(f"{_the_prize(prize)}{money} geht an {names}!"))
    for winner in winners:
        if winner.project_title:
            topic.units.append(
                Unit(f"Ausgezeichnet wird das {project_named(winner.project_title)}.")
            )
        if winner.laudator:
            topic.units.append(Unit(f"Die Laudatio hält {apostrophes(winner.laudator)}."))
    handing_over = presenters(ceremony)
    if handing_over:
        verb = "überreicht" if len(handing_over) == 1 else "überreichen"
        topic.units.append(Unit(f"Den Preis {verb} {join_and(handing_over)}."))
    topic.units.append(Unit("Bitte kommen Sie auf die Bühne!"))
    return topic


def _the_prize(prize: Prize) -> str:
    """ "Der erste Preis", "Der Ehrenpreis", "Der Sonderpreis der Jury", "Die Auszeichnung „…“"."""
    if prize.kind is PrizeKind.RANKED and not prize.label:
        return f"Der {ordinal_word(prize.rank or 1, 'e', capital=False)} Preis"
    title = prize_title(prize)
    if title.split()[0].casefold().endswith("preis"):
        return f"Der {title}"
    return f"Die Auszeichnung {quoted(title)}"


def laudation(prize: Prize, winner: Winner) -> Topic | None:
    if not winner.laudation.strip():
        return None
    topic = Topic(
        f"Laudatio {prize_title(prize)}: {apostrophes(winner.display_name)}",
        apostrophes(winner.laudator) or "Laudatio",
    )
    topic.units = [Unit(apostrophes(s)) for s in sentences(winner.laudation)]
    return topic


def closing(ceremony: Ceremony) -> Topic:
    topic = Topic("Schlusswort", host_name(ceremony))
    topic.units = [
        Unit("Herzlichen Glückwunsch an alle Ausgezeichneten!"),
        Unit("Mein Dank gilt der Jury und allen, die diesen Abend vorbereitet haben."),
        Unit("Ich lade Sie nun herzlich ein, beim Empfang miteinander ins Gespräch zu kommen."),
        Unit("Vielen Dank und einen schönen Abend!"),
    ]
    return topic


def topics(ceremony: Ceremony, *, present_only: bool = False) -> list[Topic]:
    """Every topic of the evening in speaking order: greeting, per prize the announcement and
    its laudations, closing."""
    found = [greeting(ceremony, present_only=present_only)]
    for prize in ceremony.ranked_prizes():
        winners = ceremony.winners_of(prize)
        if not winners:
            continue
        found.append(announcement(ceremony, prize, winners))
        found.extend(t for w in winners if (t := laudation(prize, w)) is not None)
    found.append(closing(ceremony))
    return found

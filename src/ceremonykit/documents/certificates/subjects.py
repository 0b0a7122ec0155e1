"""Who gets a certificate: one per winner organisation, one per person of a person prize,
optionally one Teilnahmeurkunde per applicant – with every text the certificate shows."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from ceremonykit.domain.model import Applicant, Ceremony, Person, Prize, Salutation, Winner
from ceremonykit.german.amounts import amount_text
from ceremonykit.german.dates import date_long
from ceremonykit.german.ordinals import prize_title


class SubjectKind(StrEnum):
    WINNER = "winner"  # an organisation (or persons named together) that won a prize
    PERSON = "person"  # one honoured person (with the organisation, if any)
    PARTICIPATION = "participation"  # Teilnahmeurkunde for an applicant


@dataclass(frozen=True)
class Subject:
    """One certificate: who, for what, and the id the build report names."""

    id: str  # winner id, "winnerid#2" for the second person, "applicant:<id>"
    kind: SubjectKind
    recipient: str  # "Nachbarschaftshilfe Hörde-Süd e.V." / "Aylin D'Angelo"
    salutation: Salutation  # decides Preisträgerin/Preisträger; NONE for organisations
    project: str
    prize: str  # "Erster Preis", "Ehrenpreis"; "" for participation
    amount: Decimal | None
    file_stem: str  # readable part of the file name
    organisation: str = ""  # a person's organisation, printed below the name

    @property
    def amount_text(self) -> str:
        return _amount_text(self.amount) if self.amount is not None else ""


@lru_cache(maxsize=256)
def _amount_text(amount: Decimal) -> str:
    """Babel formatting is slow; a ceremony has only a handful of different amounts."""
    return amount_text(amount)


def nfc(text: str) -> str:
    """NFC (names typed on a Mac may be decomposed) with the typographic apostrophe ’."""
    return unicodedata.normalize("NFC", " ".join(text.split())).replace("'", "’")


def _person_subjects(winner: Winner, prize: Prize) -> list[Subject]:
    people = [p for p in winner.persons if p.full_name]
    return [
        Subject(
            id=winner.id if len(people) == 1 else f"{winner.id}#{n}",
            kind=SubjectKind.PERSON,
            recipient=nfc(person.full_name),
            salutation=person.salutation,
            project=nfc(winner.project_title),
            prize=prize_title(prize),
            amount=prize.amount,
            file_stem=person.full_name,
            organisation=nfc(winner.organisation),
        )
        for n, person in enumerate(people, start=1)
    ]


def winner_subjects(ceremony: Ceremony) -> tuple[list[Subject], list[tuple[str, str]]]:
    """Certificates for the prize winners, in prize order; plus (id, reason) for winners left out."""
    subjects: list[Subject] = []
    problems: list[tuple[str, str]] = []
    for prize in ceremony.ranked_prizes():
        for winner in ceremony.winners_of(prize):
            if winner.persons_honoured:
                subjects.extend(_person_subjects(winner, prize))
            elif winner.organisation.strip():
                subjects.append(
                    Subject(
                        id=winner.id,
                        kind=SubjectKind.WINNER,
                        recipient=nfc(winner.organisation),
                        salutation=Salutation.NONE,
                        project=nfc(winner.project_title),
                        prize=prize_title(prize),
                        amount=prize.amount,
                        file_stem=winner.organisation,
                    )
                )
            else:
                problems.append(
                    (winner.id, "Weder Organisation noch Person eingetragen – bitte ergänzen.")
                )
    known = {p.id for p in ceremony.prizes}
    for winner in ceremony.winners:
        if winner.prize_id not in known:
            name = winner.display_name or winner.id
            problems.append(
                (winner.id, f"„{name}“ ist keinem Preis zugeordnet – bitte einen Preis wählen.")
            )
    return subjects, problems


def _applicant_name(applicant: Applicant) -> str:
    if applicant.organisation.strip():
        return applicant.organisation
    names = [p.full_name for p in applicant.persons if p.full_name]
    return " und ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " und " + names[-1]


def _single_salutation(persons: list[Person]) -> Salutation:
    return persons[0].salutation if len(persons) == 1 else Salutation.NONE


def participation_subjects(ceremony: Ceremony) -> tuple[list[Subject], list[tuple[str, str]]]:
    """One Teilnahmeurkunde per applicant (organisation, or the applying persons together).

    Applicants who won a prize get their prize certificate instead (reported as skipped).
    """
    subjects: list[Subject] = []
    problems: list[tuple[str, str]] = []
    winners = {nfc(w.display_name).casefold() for w in ceremony.winners if w.display_name}
    for applicant in sorted(ceremony.applicants, key=lambda a: a.position):
        name = _applicant_name(applicant)
        if not name.strip():
            problems.append((f"applicant:{applicant.id}", "Bewerbung ohne Namen – bitte ergänzen."))
            continue
        if nfc(name).casefold() in winners:
            reason = f"„{name}“ erhält eine Preisurkunde und daher keine Teilnahmeurkunde."
            problems.append((f"applicant:{applicant.id}", reason))
            continue
        subjects.append(
            Subject(
                id=f"applicant:{applicant.id}",
                kind=SubjectKind.PARTICIPATION,
                recipient=nfc(name),
                salutation=Salutation.NONE
                if applicant.organisation.strip()
                else _single_salutation(applicant.persons),
                project=nfc(applicant.project_title),
                prize="",
                amount=None,
                file_stem=f"Teilnahme {name}",
            )
        )
    return subjects, problems


def place_and_date(ceremony: Ceremony) -> str:
    """ "Dortmund, 4. Dezember 2026" (either part may be missing)."""
    day = date_long(ceremony.ceremony_date) if ceremony.ceremony_date else ""
    city = ceremony.city or ceremony.sender.city
    return ", ".join(p for p in (city, day) if p)

"""Who is honoured – the organisation or its persons – decides texts, certificates, cheques."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

from ceremonykit.documents.certificates.subjects import SubjectKind, winner_subjects
from ceremonykit.documents.cheques.content import cheque_payee
from ceremonykit.domain.model import Ceremony, Person, Prize, PrizeKind, Salutation, Winner
from ceremonykit.store import ProjectFile


def _winner(**kw: object) -> Winner:
    return Winner(
        prize_id="p",
        organisation="SPARRINGPARTNERFORYOU e.V.",
        persons=[
            Person(Salutation.HERR, "", "Pourya", "Solizadeh"),
            Person(Salutation.FRAU, "", "Anahita", "Lotfi"),
        ],
        **kw,  # type: ignore[arg-type]
    )


def test_organisation_is_honoured_by_default() -> None:
    w = _winner()
    assert not w.persons_honoured and w.honourees == "SPARRINGPARTNERFORYOU e.V."


def test_persons_honoured_are_named_with_their_organisation() -> None:
    w = _winner(honour_persons=True)
    assert w.honourees == "Pourya Solizadeh und Anahita Lotfi (SPARRINGPARTNERFORYOU e.V.)"
    assert Winner(persons=[Person(first_name="A", last_name="B")]).persons_honoured


def test_one_certificate_per_person_naming_the_organisation() -> None:
    c = Ceremony(prizes=[Prize(id="p", kind=PrizeKind.HONORARY, rank=None)])
    c.winners = [_winner(honour_persons=True)]
    subjects, problems = winner_subjects(c)
    assert not problems
    assert [(s.recipient, s.organisation, s.kind) for s in subjects] == [
        ("Pourya Solizadeh", "SPARRINGPARTNERFORYOU e.V.", SubjectKind.PERSON),
        ("Anahita Lotfi", "SPARRINGPARTNERFORYOU e.V.", SubjectKind.PERSON),
    ]
    assert [s.salutation for s in subjects] == [Salutation.HERR, Salutation.FRAU]
    c.winners = [_winner()]
    (only,), _ = winner_subjects(c)
    assert only.recipient == "SPARRINGPARTNERFORYOU e.V." and only.organisation == ""


def test_cheque_names_the_organisation_unless_staff_choose_the_persons() -> None:
    assert cheque_payee(_winner(honour_persons=True)) == "SPARRINGPARTNERFORYOU e.V."
    chosen = _winner(honour_persons=True, cheque_to_persons=True)
    assert cheque_payee(chosen) == "Pourya Solizadeh und Anahita Lotfi"


def test_a_file_without_the_choice_honours_the_persons_of_an_ehrenpreis(tmp_path: Path) -> None:
    """A project saved before "who is honoured" existed (no key stored) reads like an import
    would decide it: the Ehrenpreis names its persons, a ranked prize its organisation."""
    ceremony = Ceremony(
        prizes=[
            Prize(id="p", kind=PrizeKind.HONORARY, rank=None),
            Prize(id="r", kind=PrizeKind.RANKED, rank=1),
        ],
        winners=[_winner(id="w1"), replace(_winner(id="w2"), prize_id="r")],
    )
    path = tmp_path / "alt.ceremony"
    ProjectFile.create(path, ceremony).close()
    with sqlite3.connect(path) as conn:  # remove the key, as a round-1 file stores winners
        for wid, data in conn.execute("SELECT id, data FROM winner").fetchall():
            stored = json.loads(data)
            stored.pop("honour_persons", None)
            conn.execute("UPDATE winner SET data = ? WHERE id = ?", (json.dumps(stored), wid))
        assert all("honour_persons" not in d for (d,) in conn.execute("SELECT data FROM winner"))
    with ProjectFile.open(path) as project:
        loaded = project.load()
    honorary, ranked = loaded.winners
    assert honorary.honourees == "Pourya Solizadeh und Anahita Lotfi (SPARRINGPARTNERFORYOU e.V.)"
    assert ranked.honourees == "SPARRINGPARTNERFORYOU e.V."

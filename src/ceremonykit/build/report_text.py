"""The build report in words for people: kind labels and readable subjects, not internal ids."""

from __future__ import annotations

from functools import cache

from ceremonykit.documents.context import Problem
from ceremonykit.documents.registry import all_kinds
from ceremonykit.domain.model import Ceremony


def subject_names(ceremony: Ceremony) -> dict[str, str]:
    """id -> readable name of everything a document can be about."""
    names: dict[str, str] = {}
    names.update((w.id, w.display_name) for w in ceremony.winners)
    names.update((a.id, a.organisation or a.project_title) for a in ceremony.applicants)
    names.update((g.id, g.full_name) for g in ceremony.guests)
    names.update((p.id, f"Foto „{p.caption}“" if p.caption else "Foto") for p in ceremony.photos)
    names.update((s.id, s.name) for s in ceremony.signatories)
    return names


@cache
def _kind_labels() -> dict[str, str]:
    return {k.name: k.label for k in all_kinds()}


def describe(problem: Problem, names: dict[str, str]) -> str:
    """ "Schecks – Aylin D'Angelo und Sven Økland: Kein Scheck: …" """
    where = _kind_labels().get(problem.kind, "Export")
    name = names.get(problem.subject or "", "")
    if name:  # an id nobody could read is left out
        where += f" – {name}"
    return f"{where}: {problem.reason}"

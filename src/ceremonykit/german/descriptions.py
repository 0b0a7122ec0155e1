"""Weaving a winner's description into the sentence that announces the prize.

Staff type descriptions in three ways, and each must read as German prose:

* a full sentence – "Der Verein stärkt seit 2015 Frauen …" – follows as a sentence of its own;
* a relative clause – "das älteren Migrantinnen und Migranten Teilhabe ermöglicht" or "mit
  dem …" – is joined to the announcement with a comma: "… (VMDO e.V.), das älteren …";
* a predicate without subject – "vermittelt jungen Menschen Teilhabe" – gets the project or
  the winner as subject: "Das Projekt „Ankoppeln“ vermittelt jungen Menschen Teilhabe."

What fits none of these ("und bietet …", "für Kinder …") cannot be placed; it is printed as a
sentence of its own with a capital letter, and the preflight names it so staff can reword it.
No form ever yields a sentence that starts in lower case.
"""

from __future__ import annotations

import re
from enum import StrEnum


class DescriptionForm(StrEnum):
    EMPTY = "empty"
    SENTENCE = "sentence"
    RELATIVE = "relative"
    PREDICATE = "predicate"
    UNPLACEABLE = "unplaceable"


RELATIVE_PRONOUNS = frozenset(
    [
        "der",
        "die",
        "das",
        "dem",
        "den",
        "deren",
        "dessen",
        "denen",
        "welcher",
        "welche",
        "welches",
        "welchem",
        "welchen",
    ]
)
PREPOSITIONS = frozenset(
    [
        "mit",
        "in",
        "bei",
        "für",
        "durch",
        "von",
        "aus",
        "an",
        "auf",
        "über",
        "unter",
        "zu",
        "nach",
        "seit",
        "gegen",
        "ohne",
        "um",
        "vor",
        "hinter",
        "neben",
        "zwischen",
        "trotz",
        "während",
        "wegen",
        "dank",
    ]
)
# words that begin a phrase but not a predicate: a subject cannot be put in front of them
_NOT_A_VERB = (
    frozenset(
        [
            "und",
            "oder",
            "aber",
            "sowie",
            "sondern",
            "denn",
            "doch",
            "ein",
            "eine",
            "einen",
            "einem",
            "einer",
            "eines",
            "kein",
            "keine",
            "auch",
            "zum",
            "zur",
            "im",
            "am",
            "vom",
            "beim",
            "ins",
            "als",
            "wie",
            "wenn",
            "weil",
            "dass",
            "da",
            "sich",
            "sie",
            "er",
            "es",
            "wir",
            "ihr",
            "ihre",
            "sein",
            "seine",
            "dieser",
            "diese",
            "dieses",
            "jeder",
            "jede",
            "jedes",
            "alle",
            "viele",
            "mehr",
        ]
    )
    | PREPOSITIONS
)
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = (".", "!", "?", "…")
_CLOSING_QUOTES = "“‘\"'»«"


def _first_words(text: str, count: int) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text[:80])[:count]]


def description_form(text: str) -> DescriptionForm:
    """How a description was typed (see the module docstring)."""
    body = text.strip()
    if not body:
        return DescriptionForm.EMPTY
    first = body.lstrip("„\"'‚(")[:1]
    if not first.isalpha() or first.isupper():
        return DescriptionForm.SENTENCE
    words = _first_words(body, 2)
    if not words:
        return DescriptionForm.SENTENCE
    if words[0] in RELATIVE_PRONOUNS:
        return DescriptionForm.RELATIVE
    if words[0] in PREPOSITIONS and len(words) > 1 and words[1] in RELATIVE_PRONOUNS:
        return DescriptionForm.RELATIVE
    if words[0] in _NOT_A_VERB:
        return DescriptionForm.UNPLACEABLE
    return DescriptionForm.PREDICATE


def with_stop(text: str) -> str:
    """The text ending in a full stop (unless it already ends a sentence)."""
    body = text.strip()
    if not body or body.rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_END):
        return body  # "… gefunden.“" ends the sentence inside the quotation
    return body + "."


def capfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


def weave(announcement: str, description: str, subject: str) -> str:
    """The announcement ("Der zweite Preis … geht an …", without a full stop) followed by
    the description in the form it was typed; ``subject`` starts a predicate-only fragment."""
    lead = " ".join(announcement.split()).rstrip(" .")
    if lead.endswith(("e.V", "e. V")):
        lead += "."  # the abbreviation keeps its stop; the sentence stop follows it
    body = " ".join(description.split())
    form = description_form(body)
    if form is DescriptionForm.EMPTY:
        return with_stop(lead)
    if form is DescriptionForm.RELATIVE:
        return f"{lead}, {with_stop(body)}"
    if form is DescriptionForm.PREDICATE and subject:
        return f"{with_stop(lead)} {capfirst(subject)} {with_stop(body)}"
    return f"{with_stop(lead)} {capfirst(with_stop(body))}"

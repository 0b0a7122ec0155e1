"""Cleaning text at the boundary: control characters out, NFC in, line breaks where allowed."""

from __future__ import annotations

import unicodedata

import pytest

from ceremonykit.domain.cleaning import (
    clean_text,
    cleaned,
    control_characters,
    text_fields,
    unusable_characters,
)
from ceremonykit.domain.model import Ceremony, Guest, Person, Photo, Quote, Winner

CONTROLS = [chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]] + ["\u2028", "\u2029"]


@pytest.mark.parametrize("ch", CONTROLS, ids=lambda ch: f"U+{ord(ch):04X}")
def test_every_control_character_leaves_a_one_line_field(ch: str) -> None:
    text = clean_text(f"Anna{ch}Berg")
    assert text in ("AnnaBerg", "Anna Berg")
    assert not control_characters(text)
    if ch in "\t\n\r\v\u2028\u2029":
        assert text == "Anna Berg"  # a break or tab separates words: it becomes a space


@pytest.mark.parametrize("ch", CONTROLS, ids=lambda ch: f"U+{ord(ch):04X}")
def test_multi_line_fields_keep_line_breaks_and_tabs_only(ch: str) -> None:
    text = clean_text(f"Zeile 1{ch}Zeile 2", multiline=True)
    if ch in "\n\r\v\u2028\u2029":
        assert text == "Zeile 1\nZeile 2"
    elif ch == "\t":
        assert text == "Zeile 1\tZeile 2"
    else:
        assert text == "Zeile 1Zeile 2"


def test_nfc_and_windows_line_ends() -> None:
    decomposed = "Mu\u0308ller"
    assert clean_text(decomposed) == "Müller"
    assert unicodedata.is_normalized("NFC", clean_text(decomposed))
    assert clean_text("a\r\nb\rc", multiline=True) == "a\nb\nc"
    assert clean_text("Ünal Şahin – „Café“") == "Ünal Şahin – „Café“"


def test_cleaned_walks_nested_dataclasses_and_lists_and_leaves_ids() -> None:
    winner = Winner(
        id="w\x07",
        organisation="Verein\x00 Cafe\u0301",
        description="Erster Absatz\x0bZweiter\x0c",
        persons=[Person(first_name="An\x1bna", last_name="Berg\u2028mann")],
        quotes=[Quote(text="Zitat\x0bzweite Zeile", speaker="Ben\x07")],
    )
    clean = cleaned(winner)
    assert clean is not winner
    assert clean.id == "w\x07"  # ids are references, never rewritten
    assert clean.organisation == "Verein Café"
    assert clean.description == "Erster Absatz\nZweiter"
    assert clean.persons[0].first_name == "Anna"
    assert clean.persons[0].last_name == "Berg mann"
    assert clean.quotes[0].text == "Zitat\nzweite Zeile"
    assert clean.quotes[0].speaker == "Ben"
    assert winner.organisation == "Verein\x00 Cafe\u0301"  # the input is not changed
    photo = Photo(caption="Bild", persons_left_to_right=["A\x07", "B"])
    assert cleaned(photo).persons_left_to_right == ["A", "B"]
    plain = Guest(first_name="Anna", last_name="Bär")
    assert cleaned(plain) is plain  # nothing to clean: no copy


def test_text_fields_and_unusable_characters() -> None:
    ceremony = Ceremony(award_name="Preis\ue000", host=Person(last_name="Berg\x07"))
    fields = dict(text_fields(ceremony, skip=frozenset({"guests"})))
    assert fields["award_name"] == "Preis\ue000" and fields["host.last_name"] == "Berg\x07"
    assert unusable_characters("Preis\ue000\ufffe") == ["\ue000", "\ufffe"]
    assert unusable_characters("Müller – ß") == []

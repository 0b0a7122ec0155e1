"""Speaker cards: large type, numbered, one topic per card, no overflow, no split sentence."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.context import BuildOptions
from ceremonykit.documents.evening.cards import layout_for, pack
from ceremonykit.documents.evening.sentences import sentences
from ceremonykit.documents.evening.speech import Topic, Unit, topics
from ceremonykit.domain.model import Ceremony

MM = 72 / 25.4


def _build(ceremony: Ceremony, out: Path, **options: str) -> list[Path]:
    report = build_ceremony(
        ceremony, out, options=BuildOptions(kind_options={"speaker_cards": options}),
        only=("speaker_cards",),
    )  # fmt: skip
    assert report.failed == [], report.failed
    return sorted((out / "moderation").glob("*.pdf"))


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def _pages(pdf: Path) -> list[str]:
    return [_flat(p.extract_text()) for p in PdfReader(str(pdf)).pages]


def _long_ceremony() -> Ceremony:
    """The demo with a laudation far longer than a card."""
    ceremony = demo_ceremony()
    ceremony.winners[0].laudation = " ".join(
        f"Satz Nummer {n} beschreibt, was die Ehrenamtlichen der Nachbarschaftshilfe in "
        f"Hörde-Süd in ihrem {n}. Jahr geleistet haben, und warum das zählt."
        for n in range(1, 25)
    )
    return ceremony


@pytest.mark.parametrize("size", ["a5", "a6"])
def test_no_card_overflows_or_splits_a_sentence(tmp_path: Path, size: str) -> None:
    ceremony = _long_ceremony()
    files = _build(ceremony, tmp_path, size=size)
    layout = layout_for(size, 18)
    for pdf in files:
        pages = _pages(pdf)
        # every word of every page inside the card (pdftotext -bbox, in mm)
        html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout  # fmt: skip
        root = ET.fromstring(html.replace("<!DOCTYPE html>", ""))
        for page in (el for el in root.iter() if el.tag.endswith("page")):
            for word in (el for el in page.iter() if el.tag.endswith("word")):
                y_max = float(word.attrib["yMax"])
                assert y_max <= layout.height - layout.margin + 4, (pdf.name, word.text)
                assert float(word.attrib["xMax"]) <= layout.width - layout.margin + 1
        for topic in topics(ceremony):
            for unit in topic.units:
                if topic.speaker.replace(" ", "-").replace(".", "") not in pdf.stem:
                    continue
                assert any(_flat(unit.text).replace("'", "’") in p for p in pages), unit.text
    albers = next(p for p in files if "Albers" in p.name)
    first = _pages(albers)[0]
    assert (
        first.startswith("1 von")
        and "Begrüßung" in first
        and "Sehr geehrte Frau Bürgermeisterin Sonnenberg," in first
    )


def test_cards_use_large_type(tmp_path: Path) -> None:
    [pdf, *_] = _build(demo_ceremony(), tmp_path)
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    assert "NotoSans" in fonts.stdout
    layout = layout_for("a5", 10)  # asked for 10 pt: the minimum of 16 pt wins
    assert layout.size == 16


def test_long_laudation_continues_on_next_card_at_sentence_end(tmp_path: Path) -> None:
    ceremony = _long_ceremony()
    [laudation] = [t for t in topics(ceremony) if t.title.startswith("Laudatio Erster")]
    cards, too_long = pack([laudation], layout_for("a6", 18))
    assert len(cards) > 3 and not too_long
    assert [u for c in cards for u in c.units] == laudation.units  # nothing lost or doubled
    assert [c.last_of_topic for c in cards] == [False] * (len(cards) - 1) + [True]
    files = _build(ceremony, tmp_path, size="a6")
    baumeister = next(p for p in files if "Baumeister" in p.name)
    pages = _pages(baumeister)
    assert "weiter auf Karte 2" in pages[0] and "Fortsetzung · Laudatio" in pages[1]


def test_sentence_that_does_not_fit_is_reported() -> None:
    giant = Topic("Laudatio", "X", [Unit("Wort " * 400 + "Ende.")])
    cards, too_long = pack([giant], layout_for("a6", 18))
    assert len(cards) == 1 and too_long == giant.units and cards[0].size < 16


def test_greeting_in_protocol_order_with_pronunciation_note() -> None:
    [greeting, *_] = topics(demo_ceremony())
    texts = [u.text for u in greeting.units]
    assert texts[0].startswith("Sehr geehrte Frau Bürgermeisterin Sonnenberg")
    assert texts.index("sehr geehrter Herr Abgeordneter Demir,") < texts.index(
        "sehr geehrter Herr Präsident Professor Hoffmann,"
    )
    oeztuerk = next(u for u in greeting.units if "Öztürk" in u.text)
    assert oeztuerk.note.startswith("Öztürk: Ös-türk")
    assert not any("Albers" in t for t in texts)  # the host does not greet herself


def test_announcement_names_place_amount_winner_project_and_presenter() -> None:
    announcement = topics(demo_ceremony())[1]
    text = " ".join(u.text for u in announcement.units)
    assert "Der erste Preis ist mit 5.000\xa0Euro dotiert und geht an Nachbarschaftshilfe" in text
    assert "„Einkaufsbrücke" in text and "Die Laudatio hält Dr. Ingrid Baumeister." in text
    assert "Den Preis überreicht Frau Oberbürgermeisterin Dr. Albers." in text


def test_sentences_keep_abbreviations_and_dates_together() -> None:
    text = "Der Verein e.V. Dortmund feiert am 4. Dezember. Dr. Müller spricht! Wer kommt? Alle."
    assert sentences(text) == [
        "Der Verein e.V. Dortmund feiert am 4. Dezember.",
        "Dr. Müller spricht!",
        "Wer kommt?",
        "Alle.",
    ]

"""Newsroom article: well-formed semantic HTML, alt texts, credits, sections per place."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from press_sample import plain_apostrophes, sample_ceremony

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.model import Ceremony


def found(element: ET.Element, path: str) -> ET.Element:
    """The first element at ``path`` below ``element`` (the test fails if there is none)."""
    node = element.find(path)
    assert node is not None, path
    return node


def _build(ceremony: Ceremony, out: Path) -> tuple[ET.Element, str]:
    report = build_ceremony(ceremony, out, only=["newsroom_article"])
    assert not report.failed, report.failed
    html = plain_apostrophes((out / "newsroom/artikel.html").read_text(encoding="utf-8"))
    return ET.fromstring(html), html


@pytest.fixture(scope="module")
def demo_article(tmp_path_factory: pytest.TempPathFactory) -> tuple[ET.Element, str, Path]:
    out = tmp_path_factory.mktemp("article")
    root, html = _build(demo_ceremony(), out)
    return root, html, out


def test_fragment_is_semantic_and_has_no_inline_styles(
    demo_article: tuple[ET.Element, str, Path],
) -> None:
    root, html, _out = demo_article
    assert root.tag == "article" and root.get("lang") == "de"
    assert "style=" not in html and "<script" not in html and "<font" not in html
    assert found(root, "p[@class='kicker']").text == "Ehrenamtspreis 2026"
    assert len(root.findall("h1")) == 1
    assert root.find("p[@class='teaser']") is not None
    headings = ["".join(h.itertext()) for h in root.iter("h2")]
    assert headings[:4] == [
        "Erster Platz: Nachbarschaftshilfe Hörde-Süd e.V. – Projekt „Einkaufsbrücke – "
        "Ehrenamtliche bringen den Wochenmarkt nach Hause“",
        "Zweiter Platz: Lesewelten Nordstadt gGmbH – Projekt „Lesepatenschaften in zwölf Sprachen“",
        "Dritter Platz: Repair-Café Westerfilde – Projekt „Reparieren statt wegwerfen – "
        "Generationen schrauben gemeinsam“",
        "Ehrenpreis: Aylin D'Angelo und Sven Økland",
    ]
    assert headings[-1] == "Zum Thema"
    link = root.find(".//a")
    assert link is not None and link.get("href") == "https://www.dortmund.de/ehrenamtspreis"


def test_every_image_has_alt_and_caption_ends_with_credit(
    demo_article: tuple[ET.Element, str, Path],
) -> None:
    root, _html, out = demo_article
    figures = list(root.iter("figure"))
    assert len(figures) == 5
    for figure in figures:
        img = figure.find("img")
        assert img is not None and (img.get("alt") or "").strip()
        assert (out / "newsroom" / (img.get("src") or "")).is_file()
        caption = "".join(found(figure, "figcaption").itertext()).strip()
        # no-break spaces keep "Bild: Stadt Dortmund /" on one line
        assert caption.endswith("Bild:\u00a0Stadt\u00a0Dortmund\u00a0/ Lena Brückner")


def test_highlighted_quote_with_speaker(demo_article: tuple[ET.Element, str, Path]) -> None:
    root, _html, _out = demo_article
    quote = root.find("blockquote[@class='highlight']")
    assert quote is not None
    assert "Rückgrat unserer Stadtgesellschaft" in "".join(quote.itertext())
    cite = found(quote, "footer/cite").text
    assert cite == "Oberbürgermeisterin Dr.\u00a0Henrike Albers"  # no break after "Dr."


def test_prose_amounts_in_rank_order_and_honorary_without_money(
    demo_article: tuple[ET.Element, str, Path],
) -> None:
    root, html, _out = demo_article
    text = re.sub(r"\s+", " ", "".join(root.itertext())).replace("\u00a0", " ")
    a = text.index("Der erste Preis und damit 5.000 Euro gehen an")
    b = text.index("Der zweite Preis (3.000 Euro) geht an")
    c = text.index("Der dritte Preis (2.000 Euro) geht an")
    d = text.index("Der Ehrenpreis geht an Aylin D'Angelo und Sven Økland")
    assert a < b < c < d
    assert "Euro" not in text[d:].split(".")[0]
    assert "insgesamt 10.000 Euro" in text
    for leak in ("{{", "{%", "None", "**", "[["):
        assert leak not in html


def test_preview_page_is_well_formed_with_stylesheet(
    demo_article: tuple[ET.Element, str, Path],
) -> None:
    _root, _html, out = demo_article
    page = (out / "newsroom/vorschau.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    doc = ET.fromstring(page.split("\n", 1)[1])
    assert doc.find("head/style") is not None
    assert doc.find("body/article") is not None


def test_sample_article_warns_about_missing_alt_text_but_still_has_alt(tmp_path: Path) -> None:
    ceremony = sample_ceremony()
    report = build_ceremony(ceremony, tmp_path, only=["newsroom_article"])
    assert any("Alternativtext" in w.reason for w in report.warnings)
    root = ET.fromstring((tmp_path / "newsroom/artikel.html").read_text(encoding="utf-8"))
    for img in root.iter("img"):
        assert (img.get("alt") or "").strip()
    text = "".join(root.itertext()).replace("\u00a0", " ")
    assert "Der zweite Preis (2.500,50 Euro) geht an" in text
    assert "Erster Platz: VMDO Test-Verbund e.V. – Projekt „Brückenbauer“" in text


@pytest.mark.parametrize(
    ("style", "phrase"),
    [
        ("neutral", "die diesjährigen Ausgezeichneten aus"),
        ("pair", "die diesjährigen Preisträgerinnen und Preisträger aus"),
        ("star", "die diesjährigen Preisträger*innen aus"),
    ],
)
def test_gender_style_of_the_sender_profile_is_used(
    tmp_path: Path, style: str, phrase: str
) -> None:
    from ceremonykit.domain.model import GenderStyle

    ceremony = demo_ceremony()
    ceremony.sender.gender_style = GenderStyle(style)
    _root, html = _build(ceremony, tmp_path)
    assert phrase in html


def test_template_problems_lists_both_templates_without_raising(tmp_path: Path) -> None:
    from ceremonykit.documents.press.texts import template_problems

    assert template_problems(demo_ceremony()) == []
    own = tmp_path / "press"
    own.mkdir()
    (own / "newsroom.txt.j2").write_text("# {{ schlagzeile }}\n", encoding="utf-8")
    (own / "medieninformation.txt.j2").write_text("# {% if %}\n", encoding="utf-8")
    problems = template_problems(demo_ceremony(), tmp_path)
    assert len(problems) == 2
    assert "medieninformation.txt.j2" in problems[0] and "Zeile 1" in problems[0]
    assert "„schlagzeile“" in problems[1] and "newsroom.txt.j2" in problems[1]

import pytest

from ceremonykit.german.typography import (
    at_venue,
    count_text,
    german_quotes,
    join_and,
    quoted,
    quoted_inner,
    quoted_said,
)


def test_quoted_uses_german_marks_and_nests_inner_quotes() -> None:
    assert quoted("lokal willkommen") == "„lokal willkommen“"
    assert (
        quoted("Der Preis geht an „lokal willkommen“.") == "„Der Preis geht an ‚lokal willkommen‘.“"
    )
    assert quoted_inner("Ankoppeln") == "‚Ankoppeln‘"


def test_quoted_said_drops_the_full_stop_only() -> None:
    assert quoted_said("Das ist gut.") == "„Das ist gut“"
    assert quoted_said("Ist das gut?") == "„Ist das gut?“"


def test_straight_quotes_become_german_but_apostrophes_stay() -> None:
    assert german_quotes('Projekt "Ankoppeln" von D\'Angelo') == "Projekt „Ankoppeln“ von D'Angelo"
    assert german_quotes("das 'kleine' Wort") == "das ‚kleine‘ Wort"
    assert german_quotes("“English”") == "„English“"


@pytest.mark.parametrize(
    ("items", "text"),
    [([], ""), (["A"], "A"), (["A", "B"], "A und B"), (["A", "B", "C"], "A, B und C")],
)
def test_join_and(items: list[str], text: str) -> None:
    assert join_and(items) == text


@pytest.mark.parametrize(
    ("n", "text"), [(1, "ein"), (4, "vier"), (12, "zwölf"), (37, "37"), (1200, "1.200")]
)
def test_count_text(n: int, text: str) -> None:
    assert count_text(n) == text


@pytest.mark.parametrize(
    ("venue", "phrase"),
    [
        ("Rathaus Dortmund", "im Rathaus Dortmund"),
        ("Die Westfalenhalle", "in der Westfalenhalle"),
        ("das Dietrich-Keuning-Haus", "im Dietrich-Keuning-Haus"),
        ("auf Zeche Zollern", "auf Zeche Zollern"),
        ("Westfalenhalle", "in der Westfalenhalle"),
        ("Zeche Zollern", "in der Zeche Zollern"),
        ("Kulturwerkstatt Hörde", "in der Kulturwerkstatt Hörde"),
    ],
)
def test_at_venue(venue: str, phrase: str) -> None:
    assert at_venue(venue) == phrase


def test_no_breaks_inside_ev_after_titles_and_in_the_credit() -> None:
    from ceremonykit.german.typography import NBSP, typeset

    text = typeset(
        "Dr. Markus Kerber, Prof. Dr. Anna D'Angelo (Verein e. V.). Bild: Stadt Dortmund / Kai Ünal"
    )
    assert f"Dr.{NBSP}Markus" in text and f"Prof.{NBSP}Dr.{NBSP}Anna" in text
    assert f"e.{NBSP}V." in text and "D’Angelo" in text
    assert f"Bild:{NBSP}Stadt{NBSP}Dortmund{NBSP}/ Kai Ünal" in text


def test_phone_hyphen_does_not_break_in_the_pdf_and_is_a_no_break_hyphen_in_word() -> None:
    from docx import Document
    from docx.oxml.ns import qn
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from ceremonykit.documents.pdf.fonts import register_fonts
    from ceremonykit.documents.press.release_docx import _add_text
    from ceremonykit.german.phone import phone_din5008

    number = phone_din5008("+49 (0)231/50-2 30 22")
    assert "-" in number and "\u2011" not in number  # copy and paste into a dialer works
    register_fonts()
    paragraph = Paragraph(f"Telefon {number}", ParagraphStyle("x", fontName="Sans", fontSize=10))
    paragraph.wrap(100, 500)  # "Telefon" and the number do not fit on one line together
    lines = [" ".join(w.strip() for w in line[1]) for line in paragraph.blPara.lines]
    assert lines == ["Telefon", number], lines  # the number moves down as a whole
    doc = Document()
    para = doc.add_paragraph()
    _add_text(para, f"Telefon {number}")
    assert para.text == f"Telefon {number}"
    assert len(para._p.findall(".//" + qn("w:noBreakHyphen"))) == 1

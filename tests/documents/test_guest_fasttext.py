"""The fast text path must write exactly the PDF operators reportlab itself writes."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from ceremonykit.documents.guestdocs.fasttext import FastTextObject, draw_string
from ceremonykit.documents.pdf.fonts import register_fonts

TEXTS = [
    "Müller, Anna",
    "Müller, Anna",  # second time: every character known, fast path
    "Nguyễn Thị Þórður",  # new characters: reportlab's path assigns them
    "Nguyễn Thị",
    "Straße\xa012",  # no-break space drawn as space
    "",
    "Ärztin – Klinikum",
]


def _pages(fast: bool) -> list[str]:
    register_fonts()
    canvas = Canvas("unused.pdf", pagesize=(600, 800))
    for font in ("Sans", "Sans-Bold", "Fallback"):
        canvas.setFont(font, 11)
        for index, text in enumerate(TEXTS):
            for align in ("left", "centre", "right"):
                if fast:
                    draw_string(canvas, 300, 700 - index * 12, text, align)
                elif align == "left":
                    canvas.drawString(300, 700 - index * 12, text)
                elif align == "centre":
                    canvas.drawCentredString(300, 700 - index * 12, text)
                else:
                    canvas.drawRightString(300, 700 - index * 12, text)
        tobj = FastTextObject(canvas) if fast else canvas.beginText()
        for text in TEXTS * 2:
            tobj.setFont(font, 9)
            tobj.setTextOrigin(40, 100)
            tobj.textOut(text)
            tobj.textOut(text)  # same subset: no font operator in between
        canvas.drawText(tobj)
    return list(canvas._code)


def test_fast_text_writes_the_same_operators_as_reportlab() -> None:
    slow, fast = _pages(False), _pages(True)
    assert fast == slow
    assert any("(" in op and "Tj" in op for op in fast)


def test_subset_fonts_of_each_document_are_separate() -> None:
    """Codes belong to one document: a second canvas must not reuse the first one's table."""
    assert _pages(True) == _pages(True) == _pages(False)


def test_known_characters_take_the_fast_path(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ceremonykit.documents.guestdocs import fasttext

    hits: list[bool] = []
    original = fasttext._subset0_bytes

    def counting(doc, font, text):  # type: ignore[no-untyped-def]
        result = original(doc, font, text)
        hits.append(result is not None)
        return result

    monkeypatch.setattr(fasttext, "_subset0_bytes", counting)
    _pages(True)
    assert sum(hits) > len(hits) / 2  # most strings repeat known characters
    assert not all(hits)  # new characters went through reportlab

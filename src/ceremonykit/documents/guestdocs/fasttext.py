"""Faster text drawing with reportlab's TrueType fonts, same PDF output.

reportlab encodes every drawn string character by character in Python
(``TTFont.splitString``), which was most of the time of the guest PDFs. Once a character
has its code in the document's first font subset, that code never changes, so a string made
only of such characters can be encoded with one ``str.translate``. :class:`FastTextObject`
does that and falls back to reportlab for anything else (new characters, other subsets,
shaped text, non-TrueType fonts); the PDF operators written are the same either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from ceremonykit.documents.guestdocs.pdftext import width


@dataclass(frozen=True)
class _Subset0:
    """Characters already coded in subset 0 of one font in one document."""

    assigned: int  # size of the font's assignment table when this was built
    table: dict[int, int]  # character -> byte in subset 0
    known: frozenset[str]


_CACHE_ATTRIBUTE = "_ceremonykit_subset0"


def _subset0_bytes(doc: Any, font: Any, text: str) -> bytes | None:
    """``text`` encoded for subset 0 if every character already has a code there, else None."""
    state = font.state.get(doc)  # reportlab's coding state of this font in this document
    if state is None:
        return None
    assignments: dict[int, int] = state.assignments
    cached: _Subset0 | None = getattr(state, _CACHE_ATTRIBUTE, None)
    if cached is None or cached.assigned != len(assignments):
        table = {c: n for c, n in assignments.items() if n < 256}
        if 32 in table:
            table[0xA0] = table[32]  # reportlab draws a no-break space as a space
        cached = _Subset0(len(assignments), table, frozenset(map(chr, table)))
        setattr(state, _CACHE_ATTRIBUTE, cached)  # kept with the state: same lifetime
    if not cached.known.issuperset(text):
        return None
    return text.translate(cached.table).encode("latin-1")


class FastTextObject(PDFTextObject):  # type: ignore[misc]
    """A reportlab text object with the fast encoding path described in the module doc."""

    _curSubset: int  # reportlab sets it; declared for mypy

    def _formatText(self, text: str) -> str:
        font = getFont(self._fontname)
        if text and font._dynamicFont and type(text) is str:
            raw = _subset0_bytes(self._doc, font, text)
            if raw is not None:
                op = f"({self._canvas._escape(raw)}) Tj"
                if self._curSubset != 0:
                    name = font.getSubsetInternalName(0, self._doc)
                    op = f"{name} {fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL {op}"
                    self._curSubset = 0
                return op
        result: str = super()._formatText(text)
        return result

    def put(self, text: str) -> None:
        """``textOut`` without advancing the cursor (saves measuring the text), for callers
        that set the text origin before every string."""
        self._code.append(self._formatText(text))


def draw_string(canvas: Canvas, x: float, y: float, text: str, align: str = "left") -> None:
    """Like ``canvas.drawString`` / ``drawCentredString`` / ``drawRightString`` (``align``
    "left", "centre", "right") in the canvas's current font, with :class:`FastTextObject`."""
    if align != "left":
        w = width(text, canvas._fontname, canvas._fontsize)
        x -= w / 2 if align == "centre" else w
    tobj = FastTextObject(canvas, x, y)
    tobj.textLine(text)
    canvas.drawText(tobj)

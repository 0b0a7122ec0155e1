"""The Medieninformation as an accessible PDF (PDF/UA-1), laid out by Typst.

The city publishes the release in its press archive, so the PDF must be tagged: a structure
tree in reading order (sender block, date, headline as H1, paragraphs, the logo as a Figure
with alt text, links as Link annotations), ``/Lang de-DE``, the title shown by the viewer,
embedded fonts with ToUnicode. reportlab cannot tag; Typst writes all of it itself from a
layout that is data (``templates/press/medieninformation.typ``). The text comes from the
same :class:`ReleaseContent` as the Word file and is handed over as JSON, never as markup.
"""

from __future__ import annotations

import io
import json
import logging
import tempfile
import threading
import unicodedata
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import typst
from PIL import Image

from ceremonykit.documents.images.safe_open import open_image
from ceremonykit.documents.pdf.fonts import uncovered
from ceremonykit.documents.press.blocks import bold_spans
from ceremonykit.documents.press.links import href, split_links
from ceremonykit.documents.press.release import (
    LOGO_HEIGHT_MM,
    LOGO_MAX_WIDTH_MM,
    PRINT_DPI,
    ReleaseContent,
)
from ceremonykit.errors import UserError
from ceremonykit.resources import resource_path, template_path

log = logging.getLogger(__name__)

LAYOUT = "press/medieninformation.typ"
NO_GLYPH = "\u25a1"  # □ stands in for a character no bundled font has (the build warns)
_lock = threading.Lock()  # one Typst compiler per process; it is not re-entrant


class ReleasePdfError(UserError):
    """Typst could not lay out the release (German message naming the cause)."""


@lru_cache(maxsize=1)
def _compiler() -> typst.Compiler:
    """The compiler with the bundled fonts, made once: later builds reuse its font index and
    caches, which makes them several times faster than the first."""
    return typst.Compiler(font_paths=[str(resource_path("fonts"))], ignore_system_fonts=True)


@lru_cache(maxsize=1)
def _layout() -> bytes:
    return template_path(LAYOUT).read_bytes()


def drawable(text: str) -> str:
    """``text`` as PDF/UA allows it: control characters dropped (a Word line break U+000B
    becomes a line break), characters no bundled font can draw replaced by □ – PDF/UA forbids
    invisible "missing glyph" boxes, and the build already warns staff about those names."""
    text = "".join(
        ch
        for ch in text.replace("\x0b", "\n")
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn")
    )
    for ch in uncovered(text, "Sans"):
        text = text.replace(ch, NO_GLYPH)
    return text


def _runs(text: str, *, links: bool = True) -> list[dict[str, Any]]:
    """Text as runs {text, bold, href}: **bold** spans, web and e-mail addresses as links."""
    text = drawable(text)
    out: list[dict[str, Any]] = []
    for span, bold in bold_spans(text):
        for part, link in split_links(span) if links else [(span, False)]:
            out.append({"text": part, "bold": bold, "href": href(part) if link else None})
    return out


def _blocks(content: ReleaseContent) -> list[dict[str, Any]]:
    """The body paragraphs with their style; the notes to editors start below a thin rule."""
    return [
        {
            "style": "note" if body.note else str(body.type),
            "runs": _runs(body.text),
            "rule_before": body.first_note,
        }
        for body in content.paragraphs()
    ]


@lru_cache(maxsize=4)
def logo_png(data: bytes) -> tuple[bytes, float]:
    """The logo (release_content made it an opaque sRGB PNG) scaled to 300 dpi at its printed
    size (small file, sharp print), and its printed width in mm: 16 mm high, at most 60 mm
    wide."""
    with open_image(data, "Logo") as img:  # release_content checked it; size-safe anyway
        rgba = img.convert("RGBA")
    width_mm = min(LOGO_HEIGHT_MM * rgba.width / rgba.height, LOGO_MAX_WIDTH_MM)
    target = round(width_mm / 25.4 * PRINT_DPI)
    if rgba.width > target:
        height = max(1, round(rgba.height * target / rgba.width))
        rgba = rgba.resize((target, height), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    rgba.save(buf, "PNG", compress_level=6)
    return buf.getvalue(), width_mm


def release_data(
    content: ReleaseContent, logo_path: str | None, logo_width_mm: float = 0
) -> dict[str, Any]:
    """Everything the layout prints, as plain data (JSON for ``sys.inputs``)."""
    sender = content.sender
    return {
        "title": content.title,
        "author": content.author,
        "subject": "Medieninformation",
        "keywords": ["Medieninformation", sender.name],
        "sender": {
            "name": drawable(sender.name),
            "label": sender.label,
            "draft_mark": content.draft_mark,
            "office": [_runs(line, links=False) for line in sender.office_lines],
            "contact": [_runs(line) for line in sender.contact_lines],
        },
        "logo": {"path": logo_path, "alt": f"Logo {sender.name}", "width": logo_width_mm}
        if logo_path
        else None,
        "date_line": drawable(content.date_line),
        "blocks": _blocks(content),
    }


def release_pdf_bytes(content: ReleaseContent, *, moment: datetime | None = None) -> bytes:
    """The tagged PDF/UA-1 release as bytes."""
    with tempfile.TemporaryDirectory(prefix="ck-release-") as root:
        logo_path, logo_width = None, 0.0
        if content.logo:
            png, logo_width = logo_png(content.logo.data)
            Path(root, "logo.png").write_bytes(png)
            logo_path = "/logo.png"
        data = json.dumps(release_data(content, logo_path, logo_width), ensure_ascii=False)
        with _lock:
            try:
                pdf = _compiler().compile(
                    input=_layout(),
                    root=root,
                    format="pdf",
                    sys_inputs={"release": data},
                    pdf_standards=["ua-1"],
                    timestamp=(moment or datetime.now(UTC)).replace(microsecond=0),
                )
            except typst.TypstError as exc:
                # Typst's message is English and about the layout file, not the user's data:
                # the detail goes to the log, the user gets what to do
                log.error("Typst konnte die Medieninformation nicht setzen: %s", exc.message)
                raise ReleasePdfError(
                    "Die Medieninformation konnte nicht als PDF gesetzt werden. Bitte die "
                    "Texte auf ungewöhnliche Zeichen prüfen und erneut erzeugen; hilft das "
                    "nicht, die Protokolldatei an den Support geben."
                ) from exc
    if not isinstance(pdf, bytes):  # one PDF, never a list of pages
        raise ReleasePdfError("Die Medieninformation konnte nicht als PDF gesetzt werden.")
    return pdf


def write_release_pdf(content: ReleaseContent, target: Path) -> None:
    """Lay out the release on A4 and write it to ``target``."""
    target.write_bytes(release_pdf_bytes(content))

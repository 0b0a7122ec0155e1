"""The Medieninformation as content: sender block, date line and text blocks from the template.

Both writers (DOCX, PDF) lay out the same :class:`ReleaseContent`, so they cannot drift apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from ceremonykit.documents.images.flat import flat_image
from ceremonykit.documents.images.safe_open import ImageProblem
from ceremonykit.documents.press.blocks import Block, BlockType, body_characters
from ceremonykit.documents.press.finalize import release_number
from ceremonykit.documents.press.sender import SenderBlock, release_date_text, sender_block
from ceremonykit.documents.press.texts import render_text
from ceremonykit.domain.model import Asset, Ceremony

RELEASE_TEMPLATE = "press/medieninformation.txt.j2"
RECOMMENDED_CHARACTERS = 3000
LOGO_HEIGHT_MM, LOGO_MAX_WIDTH_MM = 16, 60  # the logo box at the top right (PDF and Word)
PRINT_DPI = 300
LOGO_MAX_PX = math.ceil(LOGO_MAX_WIDTH_MM / 25.4 * PRINT_DPI)
"""The logo is flattened once to what it needs at 300 dpi (a 60 mm wide logo: 709 px), for
both writers – not larger and then scaled again for the PDF."""
DRAFT_MARK = "ENTWURF"


def release_stem(ceremony: Ceremony) -> str:
    """ "Medieninformation_1085" once final, "Medieninformation_ENTWURF" before."""
    if ceremony.release_final:
        return f"Medieninformation_{release_number(ceremony)}"
    return f"Medieninformation_{DRAFT_MARK}"


NOTES_START = "**Redaktionshinweis"  # the notes to editors begin with this paragraph


@dataclass(frozen=True)
class BodyParagraph:
    """A paragraph of the printed release: its text (a quote with its speaker), its block
    type, and whether it belongs to the notes to editors set below a thin rule."""

    type: BlockType
    text: str
    note: bool = False
    first_note: bool = False


@dataclass(frozen=True)
class ReleaseContent:
    sender: SenderBlock
    date_line: str
    blocks: list[Block]
    logo: Asset | None  # flattened sRGB PNG (see documents.images.flat), or None
    title: str  # headline without the running number, for document properties
    author: str
    logo_problem: str = ""  # German: why the logo is left out (unreadable, too large)
    draft: bool = True  # not yet final: "ENTWURF" in the header, no running number

    @property
    def draft_mark(self) -> str:
        """The word the header shows beside MEDIENINFORMATION while the release is a draft."""
        return DRAFT_MARK if self.draft else ""

    @property
    def characters(self) -> int:
        return body_characters(self.blocks)

    def paragraphs(self) -> list[BodyParagraph]:
        """The body as both files print it (photos are attached, not printed)."""
        out: list[BodyParagraph] = []
        notes = False
        for block in self.blocks:
            if block.type is BlockType.FIGURE:
                continue
            text = block.text + (f" – {block.speaker}" if block.speaker else "")
            first = not notes and text.startswith(NOTES_START)
            notes = notes or first
            out.append(BodyParagraph(block.type, text, notes, first))
        return out

    @property
    def headline(self) -> str:
        return next((b.text for b in self.blocks if b.type is BlockType.TITLE), "")


def release_content(ceremony: Ceremony, user_dir: Path | None = None) -> ReleaseContent:
    blocks = render_text(ceremony, RELEASE_TEMPLATE, user_dir)
    headline = next((b.text for b in blocks if b.type is BlockType.TITLE), ceremony.title)
    number = f"{release_number(ceremony)}. "
    final = ceremony.release_final
    title = headline[len(number) :] if final and headline.startswith(number) else headline
    logo, logo_problem = _print_logo(ceremony)
    return ReleaseContent(
        sender=sender_block(ceremony.sender),
        date_line=release_date_text(ceremony),
        blocks=blocks,
        logo=logo,
        title=title,
        author=ceremony.sender.office or ceremony.sender.sender_name,
        logo_problem=logo_problem,
        draft=not final,
    )


def _print_logo(ceremony: Ceremony) -> tuple[Asset | None, str]:
    """The sender's logo as an opaque sRGB picture both writers can embed, or why not: a CMYK
    logo is converted, an unreadable or huge one leaves the release without a logo."""
    asset = ceremony.asset(ceremony.sender.logo_asset_id)
    if asset is None or not asset.data:
        return None, ""
    try:
        flat = flat_image(asset.data, asset.filename or "Logo", LOGO_MAX_PX)
    except ImageProblem as exc:
        return None, f"Logo: {exc} Die Medieninformation erscheint ohne Logo."
    return Asset(asset.id, asset.filename, "image/png", flat.data), ""

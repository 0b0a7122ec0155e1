"""The Medieninformation as content: sender block, date line and text blocks from the template.

Both writers (DOCX, PDF) lay out the same :class:`ReleaseContent`, so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ceremonykit.documents.press.blocks import Block, BlockType, body_characters
from ceremonykit.documents.press.finalize import release_number
from ceremonykit.documents.press.sender import SenderBlock, release_date_text, sender_block
from ceremonykit.documents.press.texts import render_text
from ceremonykit.domain.model import Asset, Ceremony

RELEASE_TEMPLATE = "press/medieninformation.txt.j2"
RECOMMENDED_CHARACTERS = 3000
DRAFT_MARK = "ENTWURF"


def release_stem(ceremony: Ceremony) -> str:
    """ "Medieninformation_1085" once final, "Medieninformation_ENTWURF" before."""
    if ceremony.release_final:
        return f"Medieninformation_{release_number(ceremony)}"
    return f"Medieninformation_{DRAFT_MARK}"


@dataclass(frozen=True)
class ReleaseContent:
    sender: SenderBlock
    date_line: str
    blocks: list[Block]
    logo: Asset | None
    title: str  # headline without the running number, for document properties
    author: str
    draft: bool = True  # not yet final: "ENTWURF" in the header, no running number

    @property
    def draft_mark(self) -> str:
        """The word the header shows beside MEDIENINFORMATION while the release is a draft."""
        return DRAFT_MARK if self.draft else ""

    @property
    def characters(self) -> int:
        return body_characters(self.blocks)

    @property
    def headline(self) -> str:
        return next((b.text for b in self.blocks if b.type is BlockType.TITLE), "")


def release_content(ceremony: Ceremony, user_dir: Path | None = None) -> ReleaseContent:
    blocks = render_text(ceremony, RELEASE_TEMPLATE, user_dir)
    headline = next((b.text for b in blocks if b.type is BlockType.TITLE), ceremony.title)
    number = f"{release_number(ceremony)}. "
    final = ceremony.release_final
    title = headline[len(number) :] if final and headline.startswith(number) else headline
    logo = ceremony.asset(ceremony.sender.logo_asset_id)
    return ReleaseContent(
        sender=sender_block(ceremony.sender),
        date_line=release_date_text(ceremony),
        blocks=blocks,
        logo=logo if logo and logo.data else None,
        title=title,
        author=ceremony.sender.office or ceremony.sender.sender_name,
        draft=not final,
    )

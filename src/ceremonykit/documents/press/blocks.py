"""The rendered press text as a list of blocks (headline, paragraph, quote, figure …).

Text templates write a tiny line-based markup (see ``templates/press/README.txt``); this module
turns it into blocks that the DOCX, PDF and HTML writers lay out each in their own way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class BlockType(StrEnum):
    KICKER = "kicker"  # ^
    TITLE = "title"  # #
    HEADING = "heading"  # ##
    PARAGRAPH = "paragraph"
    NOTICE = "notice"  # !!  (bold, e.g. Sperrfrist)
    QUOTE = "quote"  # >
    FIGURE = "figure"  # [[bild:id]]


@dataclass
class Block:
    type: BlockType
    text: str = ""
    speaker: str = ""  # QUOTE: ">> " line following it
    ref: str = ""  # FIGURE: photo id


_FIGURE = re.compile(r"^\[\[bild:([^\]]+)\]\]$")
_PREFIXES = (
    ("## ", BlockType.HEADING),
    ("# ", BlockType.TITLE),
    ("^ ", BlockType.KICKER),
    ("!! ", BlockType.NOTICE),
    ("> ", BlockType.QUOTE),
)
_SPACES = re.compile(r"[ \t]+")
_DOUBLE_STOP = re.compile(r"(?<=[A-Za-z]\.)\.(?=\s|$)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text).strip()
    text = re.sub(r" ([.,;:)])", r"\1", text)
    return _DOUBLE_STOP.sub("", text)  # "e.V.." where an abbreviation ends a sentence


def parse_blocks(text: str) -> list[Block]:
    """Blank lines separate paragraphs; marker lines are blocks of their own."""
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            joined = _tidy(" ".join(paragraph))
            if joined:
                blocks.append(Block(BlockType.PARAGRAPH, joined))
            paragraph.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        figure = _FIGURE.match(line)
        if figure:
            flush()
            blocks.append(Block(BlockType.FIGURE, ref=figure.group(1).strip()))
            continue
        if line.startswith(">> ") and blocks and blocks[-1].type is BlockType.QUOTE:
            flush()
            blocks[-1].speaker = _tidy(line[3:])
            continue
        for prefix, kind in _PREFIXES:
            if line.startswith(prefix):
                flush()
                blocks.append(Block(kind, _tidy(line[len(prefix) :])))
                break
        else:
            paragraph.append(line)
    flush()
    return blocks


def bold_spans(text: str) -> list[tuple[str, bool]]:
    """Split "**Redaktionshinweis:** Text" into [("Redaktionshinweis:", True), (" Text", False)]."""
    spans: list[tuple[str, bool]] = []
    pos = 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            spans.append((text[pos : m.start()], False))
        spans.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        spans.append((text[pos:], False))
    return spans


def plain(text: str) -> str:
    """The text without ``**`` markers (for character counts and alt texts)."""
    return _BOLD.sub(r"\1", text)


def body_characters(blocks: list[Block]) -> int:
    """Characters of the text journalists read (with spaces), as Word counts them."""
    return sum(
        len(plain(b.text)) + len(b.speaker) for b in blocks if b.type is not BlockType.FIGURE
    )

"""The newsroom article as a semantic HTML fragment (for the CMS) and a preview page.

The fragment carries no inline styles and no scripts; it is well-formed XHTML-compatible
markup (``<img … />``) so that any CMS importer and an XML parser accept it. Every image has
alt text; every caption ends with the credit "Bild: …".
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from ceremonykit.documents.press.blocks import Block, BlockType, bold_spans
from ceremonykit.documents.press.facts import credit_line
from ceremonykit.documents.press.links import href, split_links
from ceremonykit.domain.model import Photo
from ceremonykit.german.typography import apostrophes, typeset

PREVIEW_CSS = """
body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; color: #1f1f1f;
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.55; }
.kicker { color: #c41230; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
          margin-bottom: .2rem; }
h1 { font-size: 2rem; line-height: 1.2; margin-top: 0; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; }
.teaser { font-size: 1.15rem; font-weight: 600; }
figure { margin: 1.2rem 0; }
figure img { width: 100%; height: auto; display: block; }
figcaption { font-size: .9rem; color: #555; margin-top: .4rem; }
figcaption .credit { display: block; font-size: .8rem; }
blockquote.highlight { border-left: .35rem solid #c41230; margin: 1.5rem 0; padding: .5rem 1.2rem;
                       background: #f6f3f3; font-size: 1.2rem; }
blockquote.highlight footer { font-size: .95rem; margin-top: .5rem; color: #444; }
.preview-note { background: #fff6d6; border: 1px solid #e6cf7a; padding: .5rem 1rem;
                font-size: .85rem; }
""".strip()


@dataclass(frozen=True)
class ArticleImage:
    photo: Photo
    src: str  # relative path, e.g. "bilder/01_….jpg"
    width: int
    height: int


def _inline(text: str) -> str:
    """Escaped text with **bold** as <strong> and web addresses as links."""
    out = []
    for span, bold in bold_spans(text):
        chunk = "".join(
            f'<a href="{escape(href(part))}">{escape(part, quote=False)}</a>'
            if link
            else escape(part, quote=False)
            for part, link in split_links(span)
        )
        out.append(f"<strong>{chunk}</strong>" if bold else chunk)
    return "".join(out)


def alt_text_for(photo: Photo) -> str:
    """The photo's alt text; its caption when staff left alt text empty (never empty)."""
    return apostrophes((photo.alt_text or photo.caption or "Foto von der Preisverleihung").strip())


def _figure(image: ArticleImage) -> list[str]:
    photo = image.photo
    caption = escape(typeset(photo.caption.strip()), quote=False)
    credit = escape(typeset(credit_line(photo)), quote=False)
    lines = [
        "<figure>",
        f'  <img src="{escape(image.src)}" alt="{escape(alt_text_for(photo))}" '
        f'width="{image.width}" height="{image.height}" loading="lazy" />',
        "  <figcaption>"
        + (f"{caption} " if caption else "")
        + (f'<span class="credit">{credit}</span>' if credit else "")
        + "</figcaption>",
        "</figure>",
    ]
    return lines


def article_fragment(blocks: list[Block], images: dict[str, ArticleImage]) -> str:
    """The CMS fragment: <article> with kicker, h1, teaser, sections per place."""
    out = ['<article class="newsroom-article" lang="de">']
    in_section = False
    seen_title = False
    teaser_done = False
    for block in blocks:
        if block.type is BlockType.HEADING:
            if in_section:
                out.append("</section>")
            out.append("<section>")
            out.append(f"<h2>{_inline(block.text)}</h2>")
            in_section = True
        elif block.type is BlockType.KICKER:
            out.append(f'<p class="kicker">{_inline(block.text)}</p>')
        elif block.type is BlockType.TITLE:
            out.append(f"<h1>{_inline(block.text)}</h1>")
            seen_title = True
        elif block.type is BlockType.FIGURE:
            image = images.get(block.ref)
            if image:
                out.extend(_figure(image))
        elif block.type is BlockType.QUOTE:
            out.append('<blockquote class="highlight">')
            out.append(f"  <p>{_inline(block.text)}</p>")
            if block.speaker:
                out.append(f"  <footer><cite>{_inline(block.speaker)}</cite></footer>")
            out.append("</blockquote>")
        elif block.type is BlockType.NOTICE:
            out.append(f'<p class="notice"><strong>{_inline(block.text)}</strong></p>')
        else:
            css = ' class="teaser"' if seen_title and not teaser_done else ""
            teaser_done = teaser_done or seen_title
            out.append(f"<p{css}>{_inline(block.text)}</p>")
    if in_section:
        out.append("</section>")
    out.append("</article>")
    return "\n".join(out) + "\n"


def preview_page(fragment: str, title: str) -> str:
    """A standalone page around the fragment, with a small stylesheet, to check the article."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="de">\n<head>\n<meta charset="utf-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        f"<title>Vorschau: {escape(title)}</title>\n"
        f"<style>\n{PREVIEW_CSS}\n</style>\n</head>\n<body>\n"
        '<p class="preview-note">Vorschau des Newsroom-Artikels. In das CMS gehört nur der '
        "Inhalt der Datei „artikel.html“; die Bilder liegen im Ordner „bilder“.</p>\n"
        f"{fragment}</body>\n</html>\n"
    )

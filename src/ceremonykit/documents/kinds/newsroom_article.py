"""Newsroom article (HTML): the CMS fragment, a preview page and the images beside it.

The images are web renditions from the photo pipeline (upright, sRGB, progressive, credited,
no GPS); their pixel size goes into the ``<img>`` tags so pages do not jump while loading.
"""

from __future__ import annotations

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.photos.names import photo_filenames
from ceremonykit.documents.photos.published import (
    open_photo,
    photo_label,
    photo_metadata,
    warn_if_small,
)
from ceremonykit.documents.photos.web_settings import web_settings
from ceremonykit.documents.press.article_html import (
    ArticleImage,
    article_fragment,
    preview_page,
)
from ceremonykit.documents.press.blocks import BlockType
from ceremonykit.documents.press.facts import NO_WINNERS, has_winners
from ceremonykit.documents.press.texts import ARTICLE_TEMPLATE, render_text
from ceremonykit.documents.registry import DocumentKind

FOLDER = "newsroom"


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    if not has_winners(ceremony):
        ctx.skip(None, NO_WINNERS)
        return
    ctx.progress(0.05, "Newsroom-Artikel: Text aus der Vorlage")
    blocks = render_text(ceremony, ARTICLE_TEMPLATE, ctx.options.user_template_dir)
    wanted = [b.ref for b in blocks if b.type is BlockType.FIGURE]
    photos = {p.id: p for p in ceremony.photos}
    used = [photos[ref] for ref in wanted if ref in photos]
    names = photo_filenames(ceremony, used)
    settings = web_settings(ctx)
    images: dict[str, ArticleImage] = {}
    for index, photo in enumerate(used):
        ctx.progress(0.1 + 0.7 * index / max(len(used), 1), f"Bild {index + 1}")
        label = photo_label(ceremony, photo)
        if not photo.credit.strip():
            ctx.warn(photo.id, f"Foto „{label}“ hat keinen Bildnachweis.")
        if not photo.alt_text.strip():
            ctx.warn(
                photo.id,
                f"Foto „{label}“ hat keinen Alternativtext; die Bildunterschrift wird verwendet.",
            )
        source = open_photo(ctx, photo)
        if source is None:
            continue
        warn_if_small(ctx, photo, source, settings.long_edge)
        try:
            rendition = source.web(
                photo_metadata(ceremony, photo), settings.long_edge, settings.quality
            )
        finally:
            source.release()
        src = f"bilder/{names[photo.id]}"
        ctx.write_bytes(f"{FOLDER}/{src}", "jpg", rendition.data, photo.id)
        images[photo.id] = ArticleImage(photo, src, rendition.width, rendition.height)
    fragment = article_fragment(blocks, images)
    ctx.write_bytes(f"{FOLDER}/artikel.html", "html", fragment.encode("utf-8"), "artikel")
    title = next((b.text for b in blocks if b.type is BlockType.TITLE), ceremony.title)
    page = preview_page(fragment, title)
    ctx.write_bytes(f"{FOLDER}/vorschau.html", "html", page.encode("utf-8"), "vorschau")
    ctx.progress(1.0, "Newsroom-Artikel fertig")


KIND = DocumentKind(
    name="newsroom_article",
    label="Newsroom-Artikel",
    label_en="Newsroom article",
    formats=("html",),
    build=build,
    description="Artikel für dortmund.de: HTML-Baustein für das CMS und Vorschauseite mit Bildern.",
    options={
        "image_size": "Längere Bildseite der Web-Fassungen in Pixeln (Standard 1600).",
        "image_quality": "JPEG-Qualität der Web-Fassungen, 40 bis 100 (Standard 82).",
    },
)

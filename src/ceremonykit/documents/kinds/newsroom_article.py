"""Newsroom article (HTML): the CMS fragment, a preview page and the images beside it."""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.press.article_html import (
    ArticleImage,
    article_fragment,
    preview_page,
)
from ceremonykit.documents.press.blocks import BlockType
from ceremonykit.documents.press.facts import NO_WINNERS, has_winners
from ceremonykit.documents.press.photo_names import photo_filenames
from ceremonykit.documents.press.texts import ARTICLE_TEMPLATE, render_text
from ceremonykit.documents.registry import DocumentKind


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
    images: dict[str, ArticleImage] = {}
    for index, photo in enumerate(used):
        ctx.progress(0.1 + 0.7 * index / max(len(used), 1), f"Bild {index + 1}")
        asset = ceremony.asset(photo.asset_id)
        if asset is None or not asset.data:
            ctx.skip(photo.id, f"Zum Foto „{photo.caption or photo.id}“ fehlt die Bilddatei.")
            continue
        if not photo.credit.strip():
            ctx.warn(photo.id, f"Foto „{photo.caption or photo.id}“ hat keinen Bildnachweis.")
        if not photo.alt_text.strip():
            ctx.warn(
                photo.id,
                f"Foto „{photo.caption or photo.id}“ hat keinen Alternativtext; "
                "die Bildunterschrift wird verwendet.",
            )
        try:
            with Image.open(io.BytesIO(asset.data)) as img:
                width, height = img.size
        except (UnidentifiedImageError, OSError):
            ctx.fail(photo.id, f"Das Foto „{asset.filename}“ ist keine lesbare Bilddatei.")
            continue
        src = f"bilder/{names[photo.id]}"
        fmt = "png" if asset.media_type == "image/png" else "jpg"
        ctx.write_bytes(ctx.path(src), fmt, asset.data, photo.id)
        images[photo.id] = ArticleImage(photo, src, width, height)
    fragment = article_fragment(blocks, images)
    ctx.write_bytes(ctx.path("artikel.html"), "html", fragment.encode("utf-8"), "artikel")
    title = next((b.text for b in blocks if b.type is BlockType.TITLE), ceremony.title)
    page = preview_page(fragment, title)
    ctx.write_bytes(ctx.path("vorschau.html"), "html", page.encode("utf-8"), "vorschau")
    ctx.progress(1.0, "Newsroom-Artikel fertig")


KIND = DocumentKind(
    name="newsroom_article",
    label="Newsroom-Artikel",
    label_en="Newsroom article",
    folder="newsroom",
    formats=("html",),
    build=build,
    description="Artikel für dortmund.de: HTML-Baustein für das CMS und Vorschauseite mit Bildern.",
)

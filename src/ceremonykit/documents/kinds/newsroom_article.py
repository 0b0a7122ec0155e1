"""Newsroom article (HTML): the CMS fragment, a preview page and the images beside it.

The images are web renditions from the photo pipeline (upright, sRGB, progressive, credited,
no GPS); their pixel size goes into the ``<img>`` tags so pages do not jump while loading.
"""

from __future__ import annotations

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.photos.names import photo_filenames
from ceremonykit.documents.photos.pipeline import PhotoSource, Rendition
from ceremonykit.documents.photos.published import (
    photo_label,
    photo_metadata,
    process_photos,
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
from ceremonykit.domain.model import Photo


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
    for photo in used:
        label = photo_label(ceremony, photo)
        if not photo.credit.strip():
            ctx.warn(photo.id, f"Foto „{label}“ hat keinen Bildnachweis.")
        if not photo.alt_text.strip():
            ctx.warn(
                photo.id,
                f"Foto „{label}“ hat keinen Alternativtext; die Bildunterschrift wird verwendet.",
            )

    def for_the_web(photo: Photo, source: PhotoSource) -> Rendition:
        meta = photo_metadata(ceremony, photo)
        return source.web(meta, settings.long_edge, settings.quality)

    images: dict[str, ArticleImage] = {}
    for done in process_photos(ctx, used, for_the_web):
        warn_if_small(ctx, done, settings.long_edge)
        src = f"bilder/{names[done.photo.id]}"
        ctx.write_bytes(ctx.path(src), "jpg", done.result.data, done.photo.id)
        images[done.photo.id] = ArticleImage(done.photo, src, done.result.width, done.result.height)
    fragment = article_fragment(blocks, images)
    ctx.write_bytes(ctx.path("artikel.html"), "html", fragment.encode("utf-8"), "artikel")
    title = next((b.text for b in blocks if b.type is BlockType.TITLE), ceremony.title)
    page = preview_page(fragment, title)
    ctx.write_bytes(ctx.path("vorschau.html"), "html", page.encode("utf-8"), "vorschau")
    ctx.progress(1.0, "Newsroom-Artikel fertig")

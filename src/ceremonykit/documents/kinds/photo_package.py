"""Photo package: the release photos, readably named, full size, upright, credited in IPTC,
XMP and EXIF (via the photo pipeline), plus "Bildnachweise.txt" for journalists to copy from."""

from __future__ import annotations

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.photos.names import photo_filenames
from ceremonykit.documents.photos.pipeline import PhotoSource, Rendition
from ceremonykit.documents.photos.published import (
    PRINT_MIN_LONG_EDGE,
    photo_label,
    photo_metadata,
    process_photos,
    warn_if_small,
)
from ceremonykit.documents.press.facts import credit_line, release_photos
from ceremonykit.domain.model import Ceremony, Photo
from ceremonykit.german.typography import apostrophes, join_and

LIST_NAME = "Bildnachweise.txt"


def credits_text(ceremony: Ceremony, photos: list[Photo], names: dict[str, str]) -> str:
    """The text file journalists copy captions and credits from (CRLF for Windows editors)."""
    lines = [f"Bildnachweise – {ceremony.title}", ""]
    for photo in photos:
        lines.append(names[photo.id])
        if photo.caption:
            lines.append(f"Bildunterschrift: {apostrophes(photo.caption.strip())}")
        if photo.persons_left_to_right:
            people = apostrophes(join_and(photo.persons_left_to_right))
            lines.append(f"Auf dem Foto (v.l.): {people}")
        lines.append(credit_line(photo) or "Bild: (Bildnachweis fehlt)")
        lines.append("")
    lines.append("Die Fotos dürfen nur mit dem angegebenen Bildnachweis veröffentlicht werden.")
    return "\r\n".join(lines) + "\r\n"


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    photos = release_photos(ceremony)
    if not photos:
        ctx.skip(
            None,
            "Kein Foto ist für die Medieninformation ausgewählt. Bitte bei den Fotos "
            "„In Medieninformation“ ankreuzen.",
        )
        return
    names = photo_filenames(ceremony, photos)
    for photo in photos:
        label = photo_label(ceremony, photo)
        if not photo.credit.strip():
            ctx.warn(photo.id, f"Foto „{label}“ hat keinen Bildnachweis. Bitte ergänzen.")
        if not photo.consent:
            ctx.warn(
                photo.id,
                f"Für das Foto „{label}“ ist keine Einwilligung der abgebildeten Personen "
                "vermerkt.",
            )

    def full_size(photo: Photo, source: PhotoSource) -> Rendition:
        return source.package(photo_metadata(ceremony, photo))

    written: list[Photo] = []
    for done in process_photos(ctx, photos, full_size, workers=1):  # full size: memory
        warn_if_small(ctx, done, PRINT_MIN_LONG_EDGE)
        ctx.write_bytes(ctx.path(names[done.photo.id]), "jpg", done.result.data, done.photo.id)
        written.append(done.photo)
    if written:
        text = credits_text(ceremony, written, names)
        ctx.write_bytes(ctx.path(LIST_NAME), "txt", text.encode("utf-8"), "bildnachweise")
    ctx.progress(1.0, "Fotopaket fertig")

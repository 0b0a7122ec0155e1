"""Photo package: the release photos, readably named, full size, credit and caption embedded,
plus "Bildnachweise.txt" for journalists to copy from."""

from __future__ import annotations

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.press.facts import credit_line, release_photos
from ceremonykit.documents.press.photo_metadata import PhotoMetadata, photographer, with_metadata
from ceremonykit.documents.press.photo_names import photo_filenames
from ceremonykit.documents.registry import DocumentKind
from ceremonykit.domain.model import Ceremony, Photo
from ceremonykit.german.typography import apostrophes, join_and

LIST_NAME = "Bildnachweise.txt"


def description(photo: Photo) -> str:
    """Caption plus the people from left to right, as editors need it."""
    text = photo.caption.strip()
    if photo.persons_left_to_right:
        people = f"(v.l.): {join_and(photo.persons_left_to_right)}"
        text = f"{text} {people}" if text else people
    return apostrophes(text)


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
    written: list[Photo] = []
    for index, photo in enumerate(photos):
        ctx.progress(index / len(photos), f"Foto {index + 1} von {len(photos)}")
        label = photo.caption or names[photo.id]
        asset = ceremony.asset(photo.asset_id)
        if asset is None or not asset.data:
            ctx.fail(photo.id, f"Zum Foto „{label}“ fehlt die Bilddatei. Bitte neu zuordnen.")
            continue
        if not photo.credit.strip():
            ctx.warn(photo.id, f"Foto „{label}“ hat keinen Bildnachweis. Bitte ergänzen.")
        if not photo.consent:
            ctx.warn(
                photo.id,
                f"Für das Foto „{label}“ ist keine Einwilligung der abgebildeten Personen "
                "vermerkt.",
            )
        meta = PhotoMetadata(
            description=description(photo),
            credit=photo.credit.strip(),
            artist=photographer(photo.credit),
            title=ceremony.title,
        )
        try:
            data = with_metadata(asset.data, meta)
        except (OSError, ValueError) as exc:
            ctx.fail(photo.id, f"Foto „{label}“ konnte nicht verarbeitet werden: {exc}")
            continue
        ctx.write_bytes(ctx.path(names[photo.id]), "jpg", data, photo.id)
        written.append(photo)
    if written:
        text = credits_text(ceremony, written, names)
        ctx.write_bytes(ctx.path(LIST_NAME), "txt", text.encode("utf-8"), "bildnachweise")
    ctx.progress(1.0, "Fotopaket fertig")


KIND = DocumentKind(
    name="photo_package",
    label="Fotopaket für die Presse",
    label_en="Press photo package",
    folder="fotos",
    formats=("jpg", "txt"),
    build=build,
    description="Die Fotos der Medieninformation mit Bildnachweis in den Metadaten und Liste.",
)

"""What every kind that publishes a photo shares: its metadata, opening it, the warnings.

The photo package, the newsroom article and the social media cards call these, so a photo
carries the same credit and caption everywhere and problems read the same in every report.
"""

from __future__ import annotations

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.images.safe_open import ImageProblem
from ceremonykit.documents.photos.metadata import PhotoMetadata, photographer
from ceremonykit.documents.photos.pipeline import PhotoSource
from ceremonykit.domain.model import Ceremony, Photo
from ceremonykit.german.typography import join_and

PRINT_MIN_LONG_EDGE = 1800  # px: 15 cm at 300 dpi, the smallest print use of a press photo
WEB_LONG_EDGE = 1600  # px: the newsroom rendition unless set otherwise
WEB_QUALITY = 82
CARD_MIN_SHORT_EDGE = 1080  # px: a card is 1080 wide


def description(photo: Photo) -> str:
    """Caption plus the people from left to right, as editors need it."""
    text = photo.caption.strip()
    if photo.persons_left_to_right:
        people = f"(v.l.): {join_and(photo.persons_left_to_right)}"
        text = f"{text} {people}" if text else people
    return text


def plain_credit(photo: Photo) -> str:
    """ "Stadt Dortmund / Lena Brückner" – without a typed "Bild:" prefix."""
    credit = photo.credit.strip()
    for prefix in ("bild:", "foto:"):
        if credit.lower().startswith(prefix):
            return credit[len(prefix) :].strip()
    return credit


def photo_metadata(ceremony: Ceremony, photo: Photo) -> PhotoMetadata:
    credit = plain_credit(photo)
    return PhotoMetadata(
        description=description(photo),
        credit=credit,
        artist=photographer(credit),
        title=ceremony.title,
        alt_text=photo.alt_text.strip(),
    )


def photo_label(ceremony: Ceremony, photo: Photo) -> str:
    """How people recognise the photo in a message: caption, else file name."""
    asset = ceremony.asset(photo.asset_id)
    return photo.caption.strip() or (asset.filename if asset else "") or photo.id


def open_photo(ctx: BuildContext, photo: Photo) -> PhotoSource | None:
    """The photo's source, or None after reporting (German) why it cannot be used."""
    label = photo_label(ctx.ceremony, photo)
    asset = ctx.ceremony.asset(photo.asset_id)
    if asset is None or not asset.data:
        ctx.fail(photo.id, f"Zum Foto „{label}“ fehlt die Bilddatei. Bitte neu zuordnen.")
        return None
    try:
        source = PhotoSource(asset.data, asset.filename or label)
    except ImageProblem as exc:
        ctx.fail(photo.id, f"Foto „{label}“: {exc}")
        return None
    if source.cmyk:
        ctx.warn(
            photo.id,
            f"Foto „{label}“ ist im Druckfarbraum CMYK gespeichert; es wird für die "
            "Veröffentlichung mit seinem Farbprofil nach sRGB umgewandelt.",
        )
    return source


def warn_if_small(ctx: BuildContext, photo: Photo, source: PhotoSource, need: int) -> None:
    """A warning when the photo's longer side is below ``need`` pixels (never upscaled)."""
    if max(source.size) < need:
        width, height = source.size
        ctx.warn(
            photo.id,
            f"Foto „{photo_label(ctx.ceremony, photo)}“ ist mit {width} × {height} Pixeln "
            f"kleiner als empfohlen (längere Seite mindestens {need} Pixel). Bitte wenn "
            "möglich eine größere Fassung einfügen.",
        )

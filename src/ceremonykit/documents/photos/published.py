"""What every kind that publishes a photo shares: its metadata, opening it, the warnings.

The photo package, the newsroom article and the social media cards call these, so a photo
carries the same credit and caption everywhere and problems read the same in every report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.images.safe_open import ImageProblem
from ceremonykit.documents.photos.metadata import PhotoMetadata, photographer
from ceremonykit.documents.photos.parallel import WORKERS, in_parallel
from ceremonykit.documents.photos.pipeline import PhotoSource
from ceremonykit.domain.model import Ceremony, Photo
from ceremonykit.german.typography import apostrophes, join_and

PRINT_MIN_LONG_EDGE = 1800  # px: 15 cm at 300 dpi, the smallest print use of a press photo
CARD_MIN_SHORT_EDGE = 1080  # px: a card is 1080 wide

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


def description(photo: Photo) -> str:
    """Caption plus the people from left to right, as editors need it."""
    text = photo.caption.strip()
    if photo.persons_left_to_right:
        people = f"(v.l.): {join_and(photo.persons_left_to_right)}"
        text = f"{text} {people}" if text else people
    return apostrophes(text)


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


def _source(ceremony: Ceremony, photo: Photo) -> PhotoSource:
    """The photo's source; ImageProblem (German) when there is none or it is unusable."""
    asset = ceremony.asset(photo.asset_id)
    if asset is None or not asset.data:
        raise ImageProblem("Die Bilddatei fehlt.", hint="Bitte das Foto neu zuordnen.")
    return PhotoSource(asset.data, asset.filename or photo_label(ceremony, photo))


@dataclass(frozen=True)
class Processed(Generic[R_co]):
    photo: Photo
    size: tuple[int, int]  # upright pixel size of the stored photo
    result: R_co


def process_photos(
    ctx: BuildContext,
    photos: list[Photo],
    work: Callable[[Photo, PhotoSource], R],
    *,
    workers: int = WORKERS,
) -> Iterator[Processed[R]]:
    """Run ``work`` for each photo – two at a time on worker threads (Pillow releases the
    GIL while decoding, resizing and encoding), or as many as the build's ``threads`` allow
    (one each when two processes share a build) – and yield the results in order. Full-size
    work passes ``workers=1``: one 24-megapixel photo being turned holds about 150 MB.

    ``work`` must not touch ``ctx``; this function reports progress, unusable photos
    (``ctx.fail``) and CMYK conversions (``ctx.warn``) on the calling thread, and frees each
    photo's pixels as soon as its work is done.
    """

    def run(photo: Photo) -> tuple[Photo, PhotoSource | None, R | str]:
        try:
            source = _source(ctx.ceremony, photo)
        except ImageProblem as exc:
            return photo, None, str(exc)
        try:
            return photo, source, work(photo, source)
        except (ImageProblem, ValueError) as exc:  # ValueError: caption too long for IPTC
            return photo, source, str(exc)
        finally:
            source.release()

    if ctx.options.threads:
        workers = min(workers, ctx.options.threads)
    for index, (photo, source, outcome) in enumerate(in_parallel(run, photos, workers)):
        ctx.progress(index / max(len(photos), 1), f"Foto {index + 1} von {len(photos)}")
        label = photo_label(ctx.ceremony, photo)
        if isinstance(outcome, str):
            ctx.fail(photo.id, f"Foto „{label}“: {outcome}")
            continue
        assert source is not None
        if source.cmyk:
            ctx.warn(
                photo.id,
                f"Foto „{label}“ ist im Druckfarbraum CMYK gespeichert; es wird für die "
                "Veröffentlichung nach sRGB umgewandelt.",
            )
        yield Processed(photo, source.size, outcome)


def warn_if_small(ctx: BuildContext, done: Processed[object], need: int) -> None:
    """A warning when the photo's longer side is below ``need`` pixels (never upscaled)."""
    width, height = done.size
    if max(width, height) < need:
        ctx.warn(
            done.photo.id,
            f"Foto „{photo_label(ctx.ceremony, done.photo)}“ ist mit {width} × {height} Pixeln "
            f"kleiner als empfohlen (längere Seite mindestens {need} Pixel). Bitte wenn "
            "möglich eine größere Fassung einfügen.",
        )

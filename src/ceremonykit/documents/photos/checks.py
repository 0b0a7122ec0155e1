"""Preflight rules that need to look into the pictures (the domain's rules cannot: it imports
no Pillow): photos that cannot be read or are too large, below the minimum resolution for
print (press package) or web (newsroom), or in CMYK; logos and signatures that cannot be used.

Only image headers are read – no pixel is decoded – so the check stays fast.
"""

from __future__ import annotations

from collections.abc import Iterator

from ceremonykit.documents.images.safe_open import ImageProblem
from ceremonykit.documents.photos.pipeline import PhotoSource
from ceremonykit.documents.photos.published import PRINT_MIN_LONG_EDGE, photo_label
from ceremonykit.documents.photos.web_settings import WEB_LONG_EDGE
from ceremonykit.domain.model import Ceremony, Photo
from ceremonykit.domain.preflight import Finding, Severity


def _web_long_edge(ceremony: Ceremony) -> int:
    text = ceremony.settings.get("newsroom_article.image_size", "")
    return int(text) if text.strip().isdigit() else WEB_LONG_EDGE


def _used(photo: Photo) -> bool:
    return photo.use_in_release or photo.use_in_article or photo.winner_id is not None


def _photo_findings(ceremony: Ceremony, photo: Photo) -> Iterator[Finding]:
    asset = ceremony.asset(photo.asset_id)
    if asset is None or not asset.data:
        return  # the domain's rule reports the missing file
    label = f"Foto „{photo_label(ceremony, photo)}“"

    def warning(field: str, message: str) -> Finding:
        return Finding(Severity.WARNING, "photo", photo.id, field, label, message)

    only_cards = not (photo.use_in_release or photo.use_in_article)
    if only_cards and not photo.consent:  # the domain's rule covers release and article
        yield warning(
            "consent",
            "Die Einwilligung der abgebildeten Personen ist nicht bestätigt; das Foto erscheint "
            "auf den Social-Media-Karten seines Preisträgers.",
        )
    try:
        source = PhotoSource(asset.data, asset.filename or photo.id)
    except ImageProblem as exc:
        yield Finding(Severity.ERROR, "photo", photo.id, "asset_id", label, str(exc))
        return
    width, height = source.size
    if photo.use_in_release and max(width, height) < PRINT_MIN_LONG_EDGE:
        yield warning(
            "asset_id",
            f"Für den Druck zu klein: {width} × {height} Pixel, empfohlen sind mindestens "
            f"{PRINT_MIN_LONG_EDGE} Pixel an der längeren Seite. Bitte eine größere Fassung "
            "einfügen.",
        )
    web = _web_long_edge(ceremony)
    if photo.use_in_article and max(width, height) < web:
        yield warning(
            "asset_id",
            f"Für den Newsroom kleiner als die Web-Fassung ({width} × {height} Pixel, "
            f"Web-Fassung {web} Pixel); es wird nicht vergrößert.",
        )
    if source.cmyk:
        profile = (
            "mit seinem Farbprofil"
            if source.has_profile
            else "ohne Farbprofil (Farben können abweichen)"
        )
        yield warning(
            "asset_id",
            f"Das Foto ist im Druckfarbraum CMYK gespeichert; für Web und Presse wird es {profile} "
            "nach sRGB umgewandelt. Besser: die sRGB-Fassung vom Fotografen einfügen.",
        )


def _picture_findings(ceremony: Ceremony) -> Iterator[Finding]:
    """Logo and signatures: a problem leaves the document without the picture (a warning)."""
    wanted: list[tuple[str, str | None, str, str | None, str]] = [
        ("sender", None, "logo_asset_id", ceremony.sender.logo_asset_id, "Logo")
    ]
    wanted += [
        ("signatory", s.id, "signature_asset_id", s.signature_asset_id, f"Unterschrift {s.name}")
        for s in ceremony.signatories
    ]
    for object_type, object_id, field, asset_id, label in wanted:
        asset = ceremony.asset(asset_id)
        if asset is None or not asset.data:
            continue
        try:
            PhotoSource(asset.data, asset.filename or label)
        except ImageProblem as exc:
            yield Finding(
                Severity.WARNING,
                object_type,
                object_id,
                field,
                label,
                f"{exc} Die Dokumente erscheinen ohne dieses Bild.",
            )


def image_findings(ceremony: Ceremony) -> list[Finding]:
    findings = [f for p in ceremony.photos if _used(p) for f in _photo_findings(ceremony, p)]
    return findings + list(_picture_findings(ceremony))

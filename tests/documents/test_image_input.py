"""Every image decode goes through one safe door: pixel limit, German messages, CMYK handled,
and a bad logo or signature costs a warning, never the whole document."""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

import pytest
from photo_samples import adobe_rgb_profile
from PIL import Image, ImageCms

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.checks import preflight
from ceremonykit.documents.images.flat import flat_image
from ceremonykit.documents.images.preview import preview
from ceremonykit.documents.images.safe_open import (
    ImageProblem,
    decoded_image,
    image_size,
    open_image,
)
from ceremonykit.documents.photos.metadata import PhotoMetadata
from ceremonykit.documents.photos.pipeline import PhotoSource
from ceremonykit.domain.model import Asset, Ceremony
from ceremonykit.domain.preflight import Severity


def huge_png(side: int = 12_000) -> bytes:
    """A 144-megapixel PNG that is tiny on disk (one colour compresses to almost nothing)."""
    buffer = io.BytesIO()
    Image.new("1", (side, side), 0).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def cmyk_jpeg(size: tuple[int, int] = (900, 600)) -> bytes:
    buffer = io.BytesIO()
    Image.new("CMYK", size, (0, 230, 230, 0)).save(buffer, "JPEG", quality=90)  # a red
    return buffer.getvalue()


def _peak_rss_mb() -> float:
    """Peak resident memory of this process (0 on Windows, which has no ``resource``)."""
    if sys.platform == "win32":
        return 0.0
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_huge_png_is_refused_fast_with_a_german_message() -> None:
    data = huge_png()
    assert len(data) < 600_000
    before = _peak_rss_mb()
    start = time.perf_counter()
    with pytest.raises(ImageProblem) as caught:
        image_size(data, "logo-riesig.png")
    assert time.perf_counter() - start < 1.0
    assert _peak_rss_mb() - before < 50  # nothing decoded
    assert str(caught.value).startswith("Bild ist zu groß: 144 Megapixel, höchstens 80")
    assert "„logo-riesig.png“" in str(caught.value)


def test_damaged_data_is_reported_in_german() -> None:
    with pytest.raises(ImageProblem, match=r"„kaputt\.jpg“ ist keine lesbare Bilddatei"):
        image_size(b"\xff\xd8\xff\xe0 nicht wirklich ein Bild", "kaputt.jpg")
    truncated = cmyk_jpeg()[:2000]
    with (
        pytest.raises(ImageProblem, match="keine lesbare Bilddatei"),
        open_image(truncated, "halb.jpg") as image,
    ):
        image.load()
    source = PhotoSource(truncated, "halb.jpg")  # the header is whole, the pixels are not
    with pytest.raises(ImageProblem, match=r"„halb\.jpg“ ist keine lesbare Bilddatei"):
        source.web(PhotoMetadata("B", "Stadt Dortmund", "Stadt Dortmund"), 400, 80)
    with pytest.raises(ImageProblem, match="keine lesbare Bilddatei"):
        decoded_image(truncated, "halb.jpg", (450, 300))  # the reduced decode too
    with pytest.raises(ImageProblem, match="Bild ist zu groß: 144 Megapixel"):
        decoded_image(huge_png(), "riesig.png")


def test_cmyk_photo_is_converted_to_srgb_for_every_rendition() -> None:
    source = PhotoSource(cmyk_jpeg(), "agentur.jpg")
    assert source.cmyk and not source.keeps_image_data
    meta = PhotoMetadata("Beschreibung", "Stadt Dortmund / X", "X")
    for rendition in (source.package(meta), source.web(meta, 400, 80)):
        with Image.open(io.BytesIO(rendition.data)) as image:
            assert image.mode == "RGB"
            red, green, blue = image.convert("RGB").getpixel((10, 10))  # type: ignore[misc]
            assert red > 200 and green < 60 and blue < 60


def test_preview_is_upright_and_small() -> None:
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (800, 400), "white").save(buffer, "JPEG", exif=exif.tobytes())
    small = preview(buffer.getvalue(), "hoch.jpg", (160, 120))
    assert small.size == (60, 120)  # portrait once turned


def _with_logo(data: bytes) -> Ceremony:
    ceremony = demo_ceremony()
    logo_id = ceremony.sender.logo_asset_id or "logo"
    ceremony.assets[logo_id] = Asset(logo_id, "logo-riesig.png", "image/png", data)
    return ceremony


@pytest.mark.parametrize("kind", ["press_release", "certificate"])
def test_huge_logo_costs_a_warning_not_the_document(tmp_path: Path, kind: str) -> None:
    report = build_ceremony(_with_logo(huge_png()), tmp_path, only=[kind])
    assert not report.failed, report.failed
    assert report.files
    reasons = " ".join(w.reason for w in report.warnings)
    assert "Bild ist zu groß: 144 Megapixel, höchstens 80" in reasons
    assert "Error" not in reasons and "Traceback" not in reasons


def test_cmyk_logo_is_converted_for_the_release(tmp_path: Path) -> None:
    report = build_ceremony(_with_logo(cmyk_jpeg()), tmp_path, only=["press_release", "cheque"])
    assert not report.failed and not report.warnings
    flat = flat_image(cmyk_jpeg(), "logo.jpg", 1200)
    with Image.open(io.BytesIO(flat.data)) as image:
        assert image.mode == "RGB"


def test_preflight_names_small_cmyk_and_unreadable_pictures() -> None:
    ceremony = demo_ceremony()
    first, second, third = ceremony.photos[:3]
    for photo in (first, second, third):
        photo.use_in_release = True
    ceremony.assets[first.asset_id].data = cmyk_jpeg((2400, 1600))
    ceremony.assets[second.asset_id].data = cmyk_jpeg((800, 533))
    ceremony.assets[third.asset_id].data = b"kein Bild"
    ceremony.assets[ceremony.sender.logo_asset_id or ""].data = huge_png()
    findings = preflight(ceremony)
    texts = [f.text() for f in findings]
    by_photo = {f.object_id: f for f in findings if f.object_type == "photo"}
    assert any("CMYK" in t and "ohne Farbprofil" in t for t in texts)
    assert any(
        f.object_id == second.id and "Für den Druck zu klein: 800 × 533 Pixel" in f.message
        for f in findings
    )
    assert any(f.object_id == second.id and "Web-Fassung 1600" in f.message for f in findings)
    assert by_photo[third.id].severity is Severity.ERROR
    assert "keine lesbare Bilddatei" in by_photo[third.id].message
    logo = next(f for f in findings if f.object_type == "sender")
    assert logo.severity is Severity.WARNING and "144 Megapixel" in logo.message
    assert findings[0].severity is Severity.ERROR  # errors first


def test_preflight_asks_for_consent_of_a_photo_only_the_cards_use() -> None:
    ceremony = demo_ceremony()
    photo = next(p for p in ceremony.photos if p.winner_id)
    photo.use_in_release = photo.use_in_article = False
    photo.consent = False
    consent = [f for f in preflight(ceremony) if f.field == "consent"]
    assert [f.object_id for f in consent] == [photo.id]
    assert "Social-Media-Karten" in consent[0].message


def test_adobe_rgb_photo_is_converted_to_srgb_with_its_profile() -> None:
    """A camera set to Adobe RGB: shown as is, its greens look dull in every browser; the
    pipeline converts the pixels with the embedded profile and tags the result sRGB."""
    buffer = io.BytesIO()
    Image.new("RGB", (600, 400), (40, 200, 60)).save(
        buffer, "JPEG", quality=95, icc_profile=adobe_rgb_profile()
    )
    source = PhotoSource(buffer.getvalue(), "adobe.jpg")
    assert source.recolour and not source.keeps_image_data
    meta = PhotoMetadata("Beschreibung", "Stadt Dortmund / X", "X")
    for rendition in (source.package(meta), source.web(meta, 300, 90)):
        with Image.open(io.BytesIO(rendition.data)) as image:
            profile = ImageCms.ImageCmsProfile(io.BytesIO(image.info["icc_profile"]))
            assert "sRGB" in ImageCms.getProfileDescription(profile)
            red, green, blue = image.getpixel((50, 50))  # type: ignore[misc]
        # lcms: Adobe RGB (40, 200, 60) is sRGB (0, 201, 37); unconverted it would stay 40/60
        assert red < 12 and 195 < green < 207 and 28 < blue < 46

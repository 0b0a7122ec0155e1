"""The photo pipeline end to end, read back with exiftool: every published copy (package,
newsroom, social media cards) is upright, credited in IPTC, XMP and EXIF, and carries no GPS,
serial number, owner name, thumbnail or old agency credit."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from photo_samples import (
    OLD_CAPTION,
    OLD_CREDIT,
    OWNER,
    SERIAL,
    camera_jpeg,
    exiftool_json,
    needs_exiftool,
    pattern,
)
from PIL import Image, ImageChops, ImageOps, ImageStat

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.context import BuildOptions
from ceremonykit.documents.photos.metadata import PhotoMetadata, publishable_jpeg
from ceremonykit.documents.photos.pipeline import PhotoSource
from ceremonykit.domain.model import Ceremony

pytestmark = needs_exiftool

CREDIT = "Stadt Dortmund / Stephan Schütze"
OUR_PHOTOS = {"ph-1": 6, "ph-2": 8, "ph-gruppe": 8}
KINDS = ["photo_package", "newsroom_article", "social_cards"]


def camera_ceremony(tmp_path: Path) -> Ceremony:
    ceremony = demo_ceremony()
    for photo in ceremony.photos:
        photo.credit = CREDIT
        if photo.id in OUR_PHOTOS:
            asset = ceremony.assets[photo.asset_id]
            asset.data = camera_jpeg(tmp_path, OUR_PHOTOS[photo.id])
            photo.use_in_release = True
    return ceremony


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Ceremony, Path, dict[str, object]]:
    work = tmp_path_factory.mktemp("camera")
    ceremony = camera_ceremony(work)
    out = work / "out"
    report = build_ceremony(ceremony, out, only=KINDS)
    assert not report.failed, report.failed
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return ceremony, out, manifest


def _jpegs(out: Path) -> list[Path]:
    return sorted(out.rglob("*.jpg"))


def test_every_output_has_our_credit_everywhere_and_nothing_private(built: tuple) -> None:
    _ceremony, out, _manifest = built
    jpegs = _jpegs(out)
    assert len(jpegs) >= 3 + 5 + 8  # package, newsroom images, two cards per winner
    for path in jpegs:
        tags = exiftool_json(path)
        where = path.relative_to(out)
        assert tags["IPTC:Credit"] == CREDIT, where
        assert tags["IPTC:CopyrightNotice"] == CREDIT, where
        assert tags["IPTC:By-line"] == "Stephan Schütze", where
        assert tags["IPTC:CodedCharacterSet"] == "UTF8", where
        assert tags["XMP-photoshop:Credit"] == CREDIT, where
        assert tags["XMP-dc:Rights"] == CREDIT, where
        assert tags["XMP-dc:Creator"] == ["Stephan Schütze"], where  # ours only
        assert tags["IFD0:Artist"] == "Stephan Schütze", where
        assert tags["IFD0:Copyright"] == CREDIT, where
        caption = tags["IPTC:Caption-Abstract"]
        assert caption == tags["XMP-dc:Description"] == tags["IFD0:ImageDescription"], where
        assert "(v.l.)" in caption or caption, where
        assert tags.get("IFD0:Orientation", "Horizontal (normal)") == "Horizontal (normal)"
        assert tags["ICC_Profile:ProfileDescription"].startswith("sRGB"), where
        dump = json.dumps(tags, ensure_ascii=False)
        for leaked in (OLD_CREDIT, OLD_CAPTION, SERIAL, OWNER):
            assert leaked not in dump, (where, leaked)
        assert not [k for k in tags if "GPS" in k or k.startswith("IFD1:")], where
        assert "ThumbnailImage" not in dump and "SerialNumber" not in dump, where
        # the only remark allowed: a credit longer than IIM's 32 bytes of 1997 – kept whole on
        # purpose (a legal credit is never cut; today's readers take longer values)
        warning = str(tags.get("ExifTool:Warning", ""))
        assert warning in ("", "[minor] IPTC Credit too long (33 bytes; should be 32 max)")
        assert tags["ExifTool:Validate"] in ("OK", "1 Warning (minor)"), where


def test_caption_with_umlauts_reads_back_exactly(built: tuple) -> None:
    ceremony, out, _manifest = built
    photo = next(p for p in ceremony.photos if p.id == "ph-gruppe")
    tags = exiftool_json(next(out.glob("fotos/01_*.jpg")))
    people = ", ".join(photo.persons_left_to_right[:-1]) + " und Sven Økland"
    expected = f"{photo.caption} (v.l.): {people}".replace("D'Angelo", "D\u2019Angelo")
    assert tags["IPTC:Caption-Abstract"] == expected  # typographic apostrophe, all letters
    assert "Oberbürgermeisterin" in tags["IFD0:ImageDescription"]
    assert tags["XMP-iptcCore:AltTextAccessibility"] == photo.alt_text


def _difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference per channel, 0..255."""
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


@pytest.mark.parametrize("orientation", [6, 8])
def test_package_is_full_size_and_pixel_close_to_upright(built: tuple, orientation: int) -> None:
    _ceremony, out, manifest = built
    photo_id = next(p for p, o in OUR_PHOTOS.items() if o == orientation)
    entry = next(
        f for f in manifest["files"] if f["kind"] == "photo_package" and f["subject"] == photo_id
    )
    expected = pattern()
    with Image.open(out / entry["path"]) as img:
        assert img.size == expected.size  # upright: 900 × 600, not 600 × 900
        assert _difference(img.convert("RGB"), expected) < 2.0
        # a viewer that applies EXIF orientation shows the same
        assert ImageOps.exif_transpose(img).size == expected.size


def test_newsroom_renditions_are_progressive_upright_and_sized_in_html(built: tuple) -> None:
    _ceremony, out, _manifest = built
    html = (out / "newsroom/artikel.html").read_text(encoding="utf-8")
    for path in sorted((out / "newsroom/bilder").glob("*.jpg")):
        tags = exiftool_json(path)
        assert tags["File:EncodingProcess"].startswith("Progressive")
        with Image.open(path) as img:
            width, height = img.size
        assert max(width, height) <= 1600
        assert f'src="bilder/{path.name}"' in html
        assert f'width="{width}" height="{height}"' in html
    turned = next((out / "newsroom/bilder").glob("*Nachbarschaftshilfe*"))
    with Image.open(turned) as img:
        assert _difference(img.convert("RGB"), pattern()) < 3.0


def test_web_size_and_quality_are_settings(tmp_path: Path) -> None:
    ceremony = camera_ceremony(tmp_path)
    options = BuildOptions(
        kind_options={"newsroom_article": {"image_size": "400", "image_quality": "60"}}
    )
    report = build_ceremony(ceremony, tmp_path / "o", only=["newsroom_article"], options=options)
    assert not report.failed
    sizes = []
    for path in (tmp_path / "o/newsroom/bilder").glob("*.jpg"):
        with Image.open(path) as img:
            sizes.append(max(img.size))
    assert sizes and max(sizes) == 400
    bad = BuildOptions(kind_options={"newsroom_article": {"image_size": "groß"}})
    report = build_ceremony(ceremony, tmp_path / "p", only=["newsroom_article"], options=bad)
    assert "image_size" in report.failed[0].reason and "320 bis 6000" in report.failed[0].reason


def test_stored_original_is_untouched(tmp_path: Path) -> None:
    ceremony = camera_ceremony(tmp_path)
    before = {a.id: bytes(a.data) for a in ceremony.assets.values()}
    build_ceremony(ceremony, tmp_path / "o", only=KINDS)
    assert {a.id: a.data for a in ceremony.assets.values()} == before
    original = tmp_path / "original.jpg"
    original.write_bytes(ceremony.assets["img-ph-1"].data)
    tags = exiftool_json(original)  # the project keeps everything the camera wrote
    assert tags["IPTC:Credit"] == OLD_CREDIT and tags["ExifIFD:SerialNumber"] == SERIAL
    assert "GPS:GPSLatitude" in tags and tags["IFD0:Orientation"] == "Rotate 90 CW"


def _jpeg(image: Image.Image, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", **options)
    return buffer.getvalue()


def test_preview_appended_after_the_image_is_dropped() -> None:
    """Cameras append a full preview after the main image (MPF); published copies lose it."""
    main = _jpeg(pattern(), quality=90, progressive=True)  # several scans
    preview = _jpeg(pattern((300, 200)), quality=70)
    meta = PhotoMetadata("Beschreibung", CREDIT, "Stephan Schütze")
    published = publishable_jpeg(main + preview, meta, None)
    assert published.endswith(b"\xff\xd9") and preview not in published
    assert main[main.index(b"\xff\xc2") :] in published  # every scan kept, byte for byte
    with Image.open(io.BytesIO(published)) as image:
        assert _difference(image.convert("RGB"), Image.open(io.BytesIO(main)).convert("RGB")) == 0


def test_camera_jpeg_that_is_upright_keeps_its_image_data(tmp_path: Path) -> None:
    original = camera_jpeg(tmp_path, 1)
    source = PhotoSource(original, "gerade.jpg")
    assert source.keeps_image_data
    packaged = source.package(PhotoMetadata("B", CREDIT, "Stephan Schütze")).data
    scan = original.rindex(b"\xff\xda")  # the main image's (the thumbnail's comes earlier)
    assert original[scan:] in packaged  # not recompressed
    path = tmp_path / "paket.jpg"
    path.write_bytes(packaged)
    tags = exiftool_json(path)
    assert tags["IPTC:Credit"] == CREDIT and "GPS:GPSLatitude" not in tags
    assert tags["IFD0:Make"] == "Kamerawerk"  # harmless camera facts stay

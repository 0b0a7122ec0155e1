"""Photo package: readable names, full size, credit in EXIF and XMP, Bildnachweise.txt."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from press_sample import sample_ceremony

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.photos.metadata import PhotoMetadata, publishable_jpeg


def _exif_text(value: object) -> str:
    """Pillow reads the UTF-8 bytes of ASCII tags as latin-1; undo that."""
    assert isinstance(value, str)
    return value.encode("latin-1").decode("utf-8").rstrip("\x00")


def test_demo_package_names_metadata_and_list(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    report = build_ceremony(ceremony, tmp_path, only=["photo_package"])
    assert not report.failed
    folder = tmp_path / "fotos"
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "01_Ehrenamtspreis-2026_Gruppenbild.jpg",
        "02_Ehrenamtspreis-2026_Nachbarschaftshilfe.jpg",
        "Bildnachweise.txt",
    ]
    original = ceremony.assets["img-ph-1"].data
    with Image.open(folder / names[1]) as img:
        exif = img.getexif()
        with Image.open(io.BytesIO(original)) as orig:
            assert img.size == orig.size
        assert _exif_text(exif[0x013B]) == "Lena Brückner"
        assert _exif_text(exif[0x8298]) == "Stadt Dortmund / Lena Brückner"
        assert "(v.l.): Emre Yılmaz" in _exif_text(exif[0x010E])
        xmp = img.info["xmp"].decode("utf-8")
    assert "<photoshop:Credit>Stadt Dortmund / Lena Brückner</photoshop:Credit>" in xmp
    assert "<dc:rights>" in xmp and "Die Nachbarschaftshilfe Hörde-Süd nimmt" in xmp
    listing = (folder / "Bildnachweise.txt").read_text(encoding="utf-8")
    assert "02_Ehrenamtspreis-2026_Nachbarschaftshilfe.jpg" in listing
    assert listing.count("Bild: Stadt Dortmund / Lena Brückner") == 2
    assert "Auf dem Foto (v.l.): Dr. Henrike Albers, Małgorzata Nowak-Schulte" in listing


def test_image_data_is_not_recompressed() -> None:
    original = demo_ceremony().assets["img-ph-1"].data
    tagged = publishable_jpeg(original, PhotoMetadata("Beschreibung", "Stadt / Ä Ö", "Ä Ö"), None)
    scan = original.index(b"\xff\xda")
    assert tagged.endswith(original[scan:])
    again = publishable_jpeg(tagged, PhotoMetadata("Neu", "X", "X"), None)
    assert again.count(b"http://ns.adobe.com/xap/1.0/\x00") == 1  # old XMP replaced, not stacked


def test_sample_package_credit_without_double_prefix(tmp_path: Path) -> None:
    report = build_ceremony(sample_ceremony(), tmp_path, only=["photo_package"])
    assert not report.failed
    listing = (tmp_path / "fotos/Bildnachweise.txt").read_text(encoding="utf-8")
    assert "Bild: Jörg Fotograf" in listing and "Bild: Bild:" not in listing
    assert "02_Integrationspreis-2027_VMDO.jpg" in listing


def test_no_release_photos_is_skipped_with_reason(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    for photo in ceremony.photos:
        photo.use_in_release = False
    report = build_ceremony(ceremony, tmp_path, only=["photo_package"])
    assert not report.files and "Medieninformation" in report.skipped[0].reason

"""The photo pipeline's resampling filter against Lanczos on real photographs.

The newsroom scales a press photo down about 1.5× (2400 → 1600 pixels), the social media cards
about 2.0× and 2.2× (a 4:5 and a 1:1 crop to 1080 pixels). The pipeline uses the cheaper
bicubic filter (pipeline.RESAMPLING); this test holds it to a quality bar against the Lanczos
rendition it replaced: at least 40 dB PSNR and at most one level of mean error, on real photos
whose fine detail would show any softening – and clearly less change than JPEG at the
newsroom's quality 82 makes to the same picture anyway.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from ceremonykit.documents.photos.pipeline import PhotoSource, scaled

PHOTOS = sorted((Path(__file__).parent.parent / "data" / "photos").glob("*.jpg"))
FACTORS = (1.5, 1.975, 2.222)  # newsroom, 4:5 card, 1:1 card (demo photos, 2400 px wide)


def _psnr_and_mean_error(a: Image.Image, b: Image.Image) -> tuple[float, float]:
    stat = ImageStat.Stat(ImageChops.difference(a, b))
    mse = sum(rms * rms for rms in stat.rms) / len(stat.rms)
    psnr = 10 * math.log10(255**2 / mse) if mse else math.inf
    return psnr, sum(stat.mean) / len(stat.mean)


def _as_jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, subsampling="4:2:0")
    return Image.open(buffer).convert("RGB")


def test_there_are_real_photos_to_compare() -> None:
    assert len(PHOTOS) == 4


@pytest.mark.parametrize("factor", FACTORS)
@pytest.mark.parametrize("path", PHOTOS, ids=lambda p: p.stem)
def test_scaled_photo_is_as_good_as_lanczos(path: Path, factor: float) -> None:
    source = PhotoSource(path.read_bytes(), path.name)
    photo = source.full()
    size = (round(photo.width / factor), round(photo.height / factor))
    lanczos = photo.resize(size, Image.Resampling.LANCZOS)
    ours = scaled(photo, size)
    assert ours.size == size
    psnr, mean_error = _psnr_and_mean_error(ours, lanczos)
    assert psnr >= 40.0, f"{path.name} at 1/{factor}: {psnr:.1f} dB"
    assert mean_error <= 1.0, f"{path.name} at 1/{factor}: {mean_error:.2f} levels"
    jpeg_psnr, _error = _psnr_and_mean_error(_as_jpeg(lanczos, 82), lanczos)
    assert psnr > jpeg_psnr + 6  # the filter changes the picture far less than JPEG does


def test_a_blurring_filter_would_fail_the_bar() -> None:
    """The bar is not toothless: bilinear (visibly softer) misses it on these photos."""
    results = []
    for path in PHOTOS:
        photo = PhotoSource(path.read_bytes(), path.name).full()
        size = (round(photo.width / 1.5), round(photo.height / 1.5))
        bilinear = photo.resize(size, Image.Resampling.BILINEAR)
        lanczos = photo.resize(size, Image.Resampling.LANCZOS)
        results.append(_psnr_and_mean_error(bilinear, lanczos))
    assert any(psnr < 40.0 or error > 1.0 for psnr, error in results), results

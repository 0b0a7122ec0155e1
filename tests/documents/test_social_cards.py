"""Social media cards: two formats per winner, text that always fits whole, the credit burned
in, crops around marked faces, and the posts file with alt texts."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from photo_samples import needs_exiftool
from PIL import Image, ImageDraw, ImageFont, ImageStat

from ceremonykit.build import build_ceremony
from ceremonykit.build_memo import build_scope, memo_sizes
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.photos.focus import Box, focal_crop
from ceremonykit.documents.photos.pipeline import PhotoSource
from ceremonykit.documents.social.design import load_design
from ceremonykit.documents.social.render import CardText, _draw_text, _text_stamp, render_card

CREDIT = "Bild: Stadt Dortmund / Lena Brückner"


def _source(size: tuple[int, int] = (2400, 1600)) -> PhotoSource:
    buffer = io.BytesIO()
    Image.new("RGB", size, (90, 120, 160)).save(buffer, "JPEG")
    return PhotoSource(buffer.getvalue(), "foto.jpg")


def test_demo_cards_two_formats_per_winner_and_posts(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    report = build_ceremony(ceremony, tmp_path, only=["social_cards"])
    assert not report.failed and not report.warnings, (report.failed, report.warnings)
    folder = tmp_path / "social-media"
    cards = sorted(folder.glob("*.jpg"))
    assert len(cards) == 2 * len(ceremony.winners)
    sizes = set()
    for path in cards:
        with Image.open(path) as image:
            sizes.add(image.size)
    assert sizes == {(1080, 1350), (1080, 1080)}
    posts = (folder / "Beitraege.txt").read_text(encoding="utf-8")
    for winner in ceremony.winners:
        name = winner.display_name.replace("'", "\u2019")  # typographic apostrophe
        assert f"== {name} ==" in posts
    assert posts.count("Alternativtext für die Karten:") == len(ceremony.winners)
    assert "Ehrenamtspreis 2026 – Erster Platz: Nachbarschaftshilfe Hörde-Süd e.V." in posts
    assert "Das Preisgeld beträgt 5.000\u00a0Euro." in posts
    assert "Auf der Karte steht: Ehrenamtspreis 2026, Erster Platz, 5.000\u00a0€" in posts
    assert posts.count(CREDIT) >= 2 * len(ceremony.winners)  # in every post and alt text


def test_winner_without_photo_is_skipped_with_reason(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    ceremony.photos = [p for p in ceremony.photos if p.winner_id != ceremony.winners[0].id]
    report = build_ceremony(ceremony, tmp_path, only=["social_cards"])
    skipped = [p for p in report.skipped if p.subject == ceremony.winners[0].id]
    assert skipped and "kein Foto zugeordnet" in skipped[0].reason


def test_long_text_shrinks_and_grows_the_band_but_is_never_cut() -> None:
    design = load_design()
    fmt = next(f for f in design.formats if f.name == "1x1")
    long_name = " ".join(
        ["Arbeitsgemeinschaft", "Nachbarschaftshilfe"] * 30
        + ["Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung", "e.V."]
    )
    text = CardText(
        "Ehrenamtspreis der Stadt Dortmund 2026",
        "Sonderpreis der Jury",
        long_name,
        "„Ein sehr langes Projekt mit einem Titel, der über viele Zeilen geht“",
        CREDIT,
    )
    card = render_card(_source(), design, fmt, text)
    assert card.scale < 1.0
    width, height = fmt.size
    for line in card.lines:
        left, top, right, bottom = line.box
        assert left >= 0 and right <= width and top >= 0 and bottom <= height, line
        if line.role != "credit":
            assert right <= width - design.margin + 1, line
    drawn = "".join(line.text for line in card.lines if line.role == "name").replace(" ", "")
    assert drawn == long_name.replace(" ", "")  # every character, in order
    band_top = min(line.box[1] for line in card.lines if line.role != "credit")
    assert band_top < fmt.photo_height  # the band grew into the photo


def test_credit_is_burned_into_the_photo_on_a_shade() -> None:
    design = load_design()
    fmt = design.formats[0]
    card = render_card(_source(), design, fmt, CardText("Preis", "Erster Platz", "X", "", CREDIT))
    credit = next(line for line in card.lines if line.role == "credit")
    assert credit.text == CREDIT
    bottom = credit.box[3]
    assert bottom <= fmt.photo_height  # on the photo, not in the band
    region = card.image.crop(credit.box).convert("L")
    outside = card.image.crop((10, 10, 200, 60)).convert("L")
    assert ImageStat.Stat(region).extrema[0][1] > 200  # white letters
    assert ImageStat.Stat(region).median[0] < ImageStat.Stat(outside).median[0]  # darker shade


@needs_exiftool
def test_focal_crop_keeps_marked_faces(tmp_path: Path) -> None:
    assert focal_crop((2000, 1000), 1.0, None) == (500.0, 0.0, 1500.0, 1000.0)
    right = focal_crop((2000, 1000), 1.0, Box(0.8, 0.3, 0.9, 0.5))
    assert right == (1000.0, 0.0, 2000.0, 1000.0)  # pushed against the right edge
    path = tmp_path / "gesichter.jpg"
    image = Image.new("RGB", (2400, 1200), (20, 20, 20))
    image.paste((250, 250, 250), (1900, 300, 2100, 600))  # the "face", right
    image.save(path, "JPEG")
    region = (
        "-XMP-mwg-rs:RegionInfo={AppliedToDimensions={W=2400,H=1200,Unit=pixel},"
        "RegionList=[{Area={X=0.833,Y=0.375,W=0.083,H=0.25,Unit=normalized},"
        "Type=Face,Name=Anna}]}"
    )
    subprocess.run(["exiftool", "-q", "-overwrite_original", region, str(path)], check=True)
    source = PhotoSource(path.read_bytes(), path.name)
    assert source.faces is not None and 0.79 < source.faces.left < 0.80
    crop = source.crop((1080, 1350))
    assert crop.convert("L").getextrema()[1] > 200  # the face is inside the crop
    centre = PhotoSource(_jpeg_bytes(image), "ohne.jpg").crop((1080, 1350))
    assert centre.convert("L").getextrema()[1] < 60  # without the mark: centre, no face


def _jpeg_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG")
    return buffer.getvalue()


def test_text_stamped_once_per_build_is_what_imagedraw_draws() -> None:
    """Card text is rendered once per build and stamped (both formats carry the same lines);
    the stamp must give exactly the pixels of drawing the text directly."""
    design = load_design()
    lines = [
        ("kicker", "EHRENAMTSPREIS DER STADT DORTMUND 2026"),
        ("project", "„Jugend forscht – Wälder, Flüsse & Öffentlichkeit“"),  # italic overhangs
        ("name", "Aylin D\u2019Angelo, Jörg Ühlmann und Ærø-Gruppe"),
        ("credit", "Bild: Stadt Dortmund / Lena Brückner"),
    ]
    drawn = Image.new("RGB", (1080, 400), (196, 18, 48))
    stamped = drawn.copy()
    with build_scope():
        for row, (role, line) in enumerate(lines):
            xy, path, size = (40, 20 + 90 * row), design.fonts[role], design.font_sizes[role]
            font = ImageFont.truetype(str(path), size)
            ImageDraw.Draw(drawn).text(xy, line, font=font, fill=design.colours[role])
            _draw_text(stamped, xy, line, path, size, design.colours[role])
            first = _text_stamp(path, size, line)
            assert _text_stamp(path, size, line) is first  # rendered once in the build
    assert stamped.tobytes() == drawn.tobytes()
    assert ImageStat.Stat(stamped.convert("L")).extrema[0][1] > 200  # there is text at all
    assert memo_sizes() == 0  # freed with the build

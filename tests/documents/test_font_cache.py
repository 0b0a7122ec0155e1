"""The font cache gives exactly the face reportlab parses, and never trusts a bad entry.

These tests protect a reportlab upgrade: every attribute of every bundled font's face is
compared with a freshly parsed one, and a PDF drawn with cached fonts must be byte-identical
to one drawn with parsed fonts.
"""

from __future__ import annotations

import io
import json
import logging
import os
import shutil
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from ceremonykit.derived_cache import CACHE_DIR_ENV, seal, unseal
from ceremonykit.documents.pdf import font_cache
from ceremonykit.documents.pdf.font_cache import MAGIC, differences, load_font, same
from ceremonykit.documents.pdf.fonts import _FILES, font_file

BUNDLED = sorted(_FILES)


def entries(cache: Path) -> list[Path]:
    return sorted((cache / "fonts").glob("*.face"))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def from_cache(name: str, path: Path, monkeypatch: pytest.MonkeyPatch) -> TTFont:
    with monkeypatch.context() as patch:
        patch.setattr(ttfonts.TTFontFile, "extractInfo", _refuse)
        return load_font(name, path)


def _refuse(*args: object, **kwargs: object) -> None:
    raise AssertionError("font file parsed although cached")


@pytest.mark.parametrize("name", BUNDLED)
def test_cached_face_has_every_attribute_of_the_parsed_face(
    name: str, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = font_file(name)
    parsed = TTFont(name, str(path))
    first = load_font(name, path)  # parses and writes the entry
    assert len(entries(cache)) == 1
    cached = from_cache(name, path, monkeypatch)

    assert type(cached) is TTFont and type(cached.face) is TTFontFace
    plain = {k: v for k, v in vars(parsed.face).items() if k != "_pdfScale"}
    assert {k: v for k, v in vars(cached.face).items() if k != "_pdfScale"} == plain
    assert differences(parsed.face, cached.face) == []  # types too, down to list items
    assert differences(parsed.face, first.face) == []
    assert cached.face._ttf_data == path.read_bytes()
    assert cached.face.filename == str(path)
    for value in (0, 1, 7, -389, 2048, 1000.5):
        assert same(cached.face._pdfScale(value), parsed.face._pdfScale(value))
    for record in cached.face.tables:  # one record object in both, as reportlab has it
        assert cached.face.table[record["tag"]] is record
    assert cached.face.name.ustr == parsed.face.name.ustr

    objects = ("face", "state", "encoding")  # compared below
    font_attrs = {k: v for k, v in vars(parsed).items() if k not in objects}
    assert {k: v for k, v in vars(cached).items() if k not in objects} == font_attrs
    assert set(vars(cached)) == set(vars(parsed))
    assert type(cached.state) is type(parsed.state) and not cached.state
    assert type(cached.encoding) is type(parsed.encoding)
    assert vars(cached.encoding) == vars(parsed.encoding)


def test_differences_notices_a_changed_type() -> None:
    path = font_file("Fallback")
    one, two = TTFont("a", str(path)).face, TTFont("b", str(path)).face
    assert differences(one, two) == []
    width, lsb = two.hmetrics[3]
    two.hmetrics[3] = (float(width), lsb)  # same value, other type
    two.glyphToChar[3] = [*two.glyphToChar[3]]
    two.charWidths = dict(reversed(list(two.charWidths.items())))  # same items, other order
    assert differences(one, two) == ["charWidths", "hmetrics"]


def fallback_only_text() -> str:
    """Characters the Noto fonts lack and DejaVu has (what the fallback font is for)."""
    sans = TTFont("probe-sans", str(font_file("Sans"))).face.charToGlyph
    dejavu = TTFont("probe-dejavu", str(font_file("Fallback"))).face.charToGlyph
    text = "".join(ch for ch in "☎✓✉☑♣♥→⇒∑√∞≈" if ord(ch) in dejavu and ord(ch) not in sans)
    assert len(text) >= 4
    return text


def draw_pdf(
    fonts: dict[str, TTFont], many: str, symbols: str, monkeypatch: pytest.MonkeyPatch
) -> bytes:
    """A PDF with text in each font (byte-reproducible: invariant); registered only here."""
    with monkeypatch.context() as patch:
        patch.setattr(pdfmetrics, "_fonts", {})
        patch.setattr(pdfmetrics, "_dynFaceNames", {})
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        out = io.BytesIO()
        canvas = Canvas(out, invariant=1, pageCompression=1)
        canvas.setFont("T-Sans", 9)
        for row in range(0, len(many), 60):  # more than 256 glyphs: several subsets
            canvas.drawString(20, 800 - row / 5, many[row : row + 60])
        canvas.setFont("T-Serif-BoldItalic", 14)
        canvas.drawString(20, 300, "Ehrenamtspreis 2026 – „Größe“ für Jürgen Ößwald")
        canvas.setFont("T-Fallback", 14)
        canvas.drawString(20, 270, f"Fallback: {symbols}")
        canvas.setFont("T-Fallback-Bold", 14)
        canvas.drawString(20, 240, symbols + " ÄÖÜ")
        width = pdfmetrics.stringWidth(many[:80], "T-Sans", 9)
        canvas.drawString(20, 200, f"{width!r}")
        canvas.showPage()
        canvas.save()
        return out.getvalue()


def test_pdf_drawn_with_cached_fonts_is_byte_identical(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ("Sans", "Serif-BoldItalic", "Fallback", "Fallback-Bold")
    parsed = {name: TTFont(f"T-{name}", str(font_file(name))) for name in names}
    many = "".join(
        chr(code)
        for code in range(0x21, 0x500)
        if code in parsed["Sans"].face.charToGlyph and not 0x7F <= code < 0xA1
    )
    assert len(set(many)) > 300  # the Sans text needs two 256-glyph subsets
    symbols = fallback_only_text()
    expected = draw_pdf(parsed, many, symbols, monkeypatch)

    for name in names:  # write the entries
        load_font(f"T-{name}", font_file(name))
    assert len(entries(cache)) == len(names)
    cached = {name: from_cache(f"T-{name}", font_file(name), monkeypatch) for name in names}
    actual = draw_pdf(cached, many, symbols, monkeypatch)

    assert actual == expected
    assert expected.count(b"/FontFile2") >= len(names) + 1  # Sans in two subsets


BAD_ENTRIES = {
    "empty": lambda good: b"",
    "truncated": lambda good: good[: len(good) // 2],
    "flipped byte": lambda good: good[:-100] + bytes([good[-100] ^ 1]) + good[-99:],
    "pickle": lambda good: b"\x80\x04\x95" + b"cos\nsystem\n(S'echo pwned'\ntR." * 3,
    "resealed garbage": lambda good: seal(MAGIC, b"\x00\x00\x00\x05{nope"),
}


def reseal(good: bytes, change: object) -> bytes:
    """``good`` with its JSON header changed by ``change(header)`` and sealed again, as if
    written by someone who knows the format."""
    payload = unseal(MAGIC, good)
    assert payload is not None
    size = int.from_bytes(payload[:4], "big")
    header = json.loads(payload[4 : 4 + size])
    change(header)  # type: ignore[operator]
    raw = json.dumps(header).replace('"DEEP"', "[" * 100_000 + "]" * 100_000).encode()
    return seal(MAGIC, len(raw).to_bytes(4, "big") + raw + payload[4 + size :])


def _set(path: str, value: object) -> object:
    def change(header: dict[str, object]) -> None:
        target: object = header
        *parents, last = path.split("/")
        for part in parents:
            target = target[part]  # type: ignore[index]
        target[last] = value  # type: ignore[index]

    return change


TAMPERED = {
    "wrong type": _set("attrs/charToGlyph", "x"),
    "missing attribute": lambda header: header["attrs"].pop("glyphPos"),
    "unknown tag": _set("attrs/name", {"eval": "__import__('os')"}),
    "dunder attribute": _set("attrs/__class__", {"bytes": "00"}),
    "column out of range": _set("attrs/glyphPos", {"list": 999}),
    "column longer than the data": lambda header: header["columns"][0][0].__setitem__(1, 10**9),
    "bad typecode": lambda header: header["columns"][0][0].__setitem__(0, "O"),
    "glyph positions too short": lambda header: header["attrs"].__setitem__("numGlyphs", 5),
    "other key": _set("key", "another font"),
    "deep nesting": _set("attrs/bbox", "DEEP"),  # replaced by 100,000 nested lists
}


@pytest.mark.parametrize("damage", [*BAD_ENTRIES, *TAMPERED])
def test_a_bad_entry_is_ignored_parsed_again_and_rewritten(
    damage: str, cache: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = font_file("Sans")
    parsed = TTFont("Sans", str(path))
    load_font("Sans", path)
    (entry,) = entries(cache)
    good = entry.read_bytes()
    bad = BAD_ENTRIES[damage](good) if damage in BAD_ENTRIES else reseal(good, TAMPERED[damage])
    entry.write_bytes(bad)

    with caplog.at_level(logging.INFO, logger="ceremonykit"):
        font = load_font("Sans", path)

    assert differences(parsed.face, font.face) == []
    assert caplog.records, "a bad entry is logged"
    assert entry.read_bytes() == good  # written again, usable at once
    assert differences(parsed.face, from_cache("Sans", path, monkeypatch).face) == []


def test_key_changes_with_reportlab_version_and_font_file(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "NotoSans-Regular.ttf"
    shutil.copyfile(font_file("Sans"), copy)
    load_font("Sans", copy)
    (first,) = entries(cache)

    monkeypatch.setattr(font_cache.reportlab, "Version", "99.0.0")
    load_font("Sans", copy)
    (second,) = entries(cache)  # the older version's entry replaced
    assert second.name != first.name

    stat = copy.stat()
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    load_font("Sans", copy)
    (third,) = entries(cache)
    assert third.name not in (first.name, second.name)

    shutil.copyfile(font_file("Sans-Bold"), copy)  # another font under the same name
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    font = load_font("Sans", copy)
    assert font.face.name == b"NotoSans-Bold"
    assert differences(TTFont("x", str(copy)).face, font.face) == []


def test_an_entry_for_another_key_under_the_right_name_is_not_used(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stale entry must never be used even if its file name matched (the key is inside)."""
    regular, bold = font_file("Sans"), font_file("Sans-Bold")
    load_font("Sans", regular)
    load_font("Sans-Bold", bold)
    regular_entry = next(p for p in entries(cache) if p.name.startswith("NotoSans-Regular."))
    bold_entry = next(p for p in entries(cache) if p.name.startswith("NotoSans-Bold."))
    regular_entry.write_bytes(bold_entry.read_bytes())
    font = load_font("Sans", regular)
    assert font.face.name == b"NotoSans-Regular"


def test_unwritable_cache_folder_only_means_parsing(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = font_file("Serif")
    monkeypatch.setenv(CACHE_DIR_ENV, str(path))  # a file where the folder would have to be
    with caplog.at_level(logging.WARNING):
        font = load_font("Serif", path)
        load_font("Serif-Bold", font_file("Serif-Bold"))
    assert differences(TTFont("Serif", str(path)).face, font.face) == []
    warnings = [r for r in caplog.records if "nicht schreibbar" in r.getMessage()]
    assert len(warnings) == 1  # once per process, not once per font


def test_a_face_that_cannot_be_stored_exactly_is_not_cached(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reportlab upgrade that adds an attribute of an unknown kind: parse each time."""
    original = TTFontFace.__init__

    def with_extra(self: TTFontFace, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        self.newThing = {1, 2, 3}

    monkeypatch.setattr(TTFontFace, "__init__", with_extra)
    font = load_font("Sans", font_file("Sans"))
    assert font.face.newThing == {1, 2, 3}
    assert entries(cache) == []

"""Windows-safe output file names."""

from __future__ import annotations

import re

import pytest

from ceremonykit.documents.filenames import safe_filename, transliterate, unique_names

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def test_typical_organisation_name() -> None:
    assert safe_filename("VKII Ruhrbezirk e.V.", "pdf", 1) == "01_VKII-Ruhrbezirk-eV.pdf"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nachbarschaftshilfe Hörde-Süd e.V.", "Nachbarschaftshilfe-Hoerde-Sued-eV"),
        ("Thị Lan Nguyễn", "Thi-Lan-Nguyen"),
        ("Małgorzata Nowak-Schulte", "Malgorzata-Nowak-Schulte"),
        ("Ľubica Horváthová", "Lubica-Horvathova"),
        ("Emre Yılmaz", "Emre-Yilmaz"),
        ("Straße & Söhne", "Strasse-und-Soehne"),
        ("Sven Økland", "Sven-Okland"),
    ],
)
def test_transliteration(text: str, expected: str) -> None:
    assert safe_filename(text, "pdf") == f"{expected}.pdf"


def test_forbidden_and_control_characters_removed() -> None:
    name = safe_filename('a<b>c:d"e/f\\g|h?i*j\x00k\x1fl', "docx", 3)
    assert not _FORBIDDEN.search(name)
    assert name == "03_a-b-c-d-e-f-g-h-i-j-k-l.docx"


@pytest.mark.parametrize("reserved", ["CON", "prn", "Aux", "NUL", "COM1", "lpt9"])
def test_reserved_device_names(reserved: str) -> None:
    name = safe_filename(reserved, "pdf")
    assert name.split(".")[0].upper() != reserved.upper()
    assert name.lower().startswith(reserved.lower())


def test_length_bounded_and_cut_at_word() -> None:
    long = "Verein zur Förderung " * 20
    name = safe_filename(long, "pdf", 12, max_len=60)
    assert len(name) <= 60
    assert name.startswith("12_Verein-zur-Foerderung")
    assert not name.removesuffix(".pdf").endswith("-")


def test_empty_or_unprintable_gets_fallback() -> None:
    assert safe_filename("", "pdf", 1) == "01_Dokument.pdf"
    assert safe_filename("***", "pdf") == "Dokument.pdf"
    assert safe_filename("中文名字", "pdf") == "Dokument.pdf"


def test_index_width_and_extension_cleaned() -> None:
    assert safe_filename("x", ".PDF", 7, width=3) == "007_x.pdf"


def test_transliterate_is_ascii() -> None:
    assert transliterate("ĄćęŁńóśźż ễ Ľ ı ß").isascii()


def test_unique_names_case_insensitive() -> None:
    assert unique_names(["a.pdf", "A.pdf", "a.pdf", "b"]) == ["a.pdf", "A-2.pdf", "a-3.pdf", "b"]

"""A Typst failure while setting the Medieninformation reaches the user in German.

Typst's own message is English and about the layout file ("unexpected argument …"); the
user gets what to do, the log gets Typst's detail for support.
"""

from __future__ import annotations

import logging

import pytest

from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.press import release_pdf
from ceremonykit.documents.press.release import release_content


def test_typst_error_is_german_and_the_detail_is_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(release_pdf, "_layout", lambda: b"#let x = (\n#undefined_function()\n")
    content = release_content(demo_ceremony())
    with caplog.at_level(logging.ERROR), pytest.raises(release_pdf.ReleasePdfError) as caught:
        release_pdf.release_pdf_bytes(content)
    message = str(caught.value)
    assert message.startswith("Die Medieninformation konnte nicht als PDF gesetzt werden.")
    assert "Protokolldatei" in message
    for english in ("unexpected", "unknown", "error", "expected", "unclosed"):
        assert english not in message.lower()
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "Typst konnte die Medieninformation nicht setzen" in logged
    assert len(logged) > len("Typst konnte die Medieninformation nicht setzen: ")

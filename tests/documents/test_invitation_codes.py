"""The check-in code on the invitation: QR and code text on the letter (PDF and Word), and in
the e-mail draft as text in both parts and as an inline image the HTML part shows."""

from __future__ import annotations

import email
import email.policy
import io
import zipfile
from pathlib import Path

import pypdfium2
from pypdf import PdfReader

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.guestdocs.qr import QUIET_ZONE, qr_matrix
from ceremonykit.guests.checkin import new_token


def test_invitation_letter_and_email_carry_the_check_in_code(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    for guest in ceremony.guests:
        guest.checkin_token = new_token()
    sonnenberg = next(g for g in ceremony.guests if g.last_name == "Sonnenberg")
    code = sonnenberg.checkin_token
    report = build_ceremony(ceremony, tmp_path, only=("invitation",))
    assert report.failed == []
    out = tmp_path / "einladungen"

    [draft] = [p for p in (out / "email").glob("*.eml") if "Sonnenberg" in p.name]
    msg = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    plain_part, html_part = msg.get_body(("plain",)), msg.get_body(("html",))
    assert plain_part is not None and html_part is not None
    plain, html = plain_part.get_content(), html_part.get_content()
    assert f"Ihr Einlass-Code (bitte am Eingang vorzeigen): {code}" in plain
    assert code in html
    [image] = [p for p in msg.walk() if p.get_content_type() == "image/png"]
    assert f'src="cid:{image["Content-ID"][1:-1]}"' in html
    # the inline PNG is the code: its modules read back as segno's matrix
    from PIL import Image

    png = Image.open(io.BytesIO(image.get_content())).convert("L")
    matrix = qr_matrix(code)
    unit = png.width / (len(matrix) + 2 * QUIET_ZONE)
    read = [
        [png.getpixel((int((c + QUIET_ZONE + 0.5) * unit), int((r + QUIET_ZONE + 0.5) * unit))) < 128
         for c in range(len(matrix))]
        for r in range(len(matrix))
    ]  # fmt: skip
    assert read == [list(row) for row in matrix]

    [letters] = list(out.glob("*.pdf"))
    texts = [page.extract_text() for page in PdfReader(str(letters)).pages]
    assert any(f"Einlass-Code {code}" in t and "Sonnenberg" in t for t in texts)
    page = pypdfium2.PdfDocument(str(letters))[0]
    assert any(obj.type == pypdfium2.raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects())
    [word] = [p for p in out.rglob("*.docx") if "Sonnenberg" in p.name]
    with zipfile.ZipFile(word) as docx:
        assert any(n.startswith("word/media/") for n in docx.namelist())
        assert code in docx.read("word/document.xml").decode()

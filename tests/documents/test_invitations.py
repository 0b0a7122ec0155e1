"""Invitations: DIN 5008 window letters (PDF, Word), e-mail drafts and the mail-merge CSV."""

from __future__ import annotations

import csv
import email
import email.policy
import io
import re
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from ceremonykit.build import build_ceremony
from ceremonykit.build_memo import build_scope
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.context import BuildOptions
from ceremonykit.documents.invitations import email_draft, extras
from ceremonykit.documents.invitations.content import EMAIL, invitation_for, invitees
from ceremonykit.domain.model import Ceremony
from ceremonykit.guests.checkin import new_token

MM = 72 / 25.4


def _build(ceremony: Ceremony, out: Path, **options: str) -> None:
    report = build_ceremony(
        ceremony,
        out,
        options=BuildOptions(kind_options={"invitation": options}),
        only=("invitation",),
    )
    assert report.failed == [], report.failed
    return report  # type: ignore[return-value]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("invitations")
    _build(demo_ceremony(), out, attach_pdf="1")
    return out / "einladungen"


def _words(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, word) in mm from the top left, from ``pdftotext -bbox``."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    root = ET.fromstring(html.replace("<!DOCTYPE html>", ""))
    words = []
    for el in root.iter():
        if el.tag.endswith("word"):
            box = [float(el.attrib[k]) / MM for k in ("xMin", "yMin", "xMax", "yMax")]
            words.append((box[0], box[1], box[2], box[3], el.text or ""))
    return words


def test_every_address_lies_inside_the_din_5008_window(built: Path) -> None:
    [pdf] = built.glob("Einladungen_*.pdf")
    ceremony = demo_ceremony()
    with_address = [g for g in ceremony.guests if g.has_address and g.last_name != "Albers"]
    pages = len(PdfReader(str(pdf)).pages)
    assert pages == len(with_address)
    for page in (1, 3, pages):
        words = _words(pdf, page)
        street = next(w for w in words if w[4] in {"Friedensplatz", "Hohe", "Münsterstraße",
            "Hörder", "Kaiserstraße", "Westfalendamm", "Rheinlanddamm", "Evinger",
            "Schüruferstraße", "Lindenhorster", "Laugavegur"})  # fmt: skip
        address_words = [w for w in words if abs(w[1] - street[1]) < 20 and w[0] < 110]
        for x0, y0, x1, y1, text in address_words:
            assert x0 >= 20 and x1 <= 105 and y0 >= 45 and y1 <= 90, (page, text, x0, y0)
        # the return address sits in the additions zone (top 17.7 mm of the field)
        ret = next(w for w in words if w[4] == "Friedensplatz" and w[1] < 63)
        assert ret[1] >= 45 and ret[3] <= 45 + 17.7 + 0.5
    first = " ".join(w[4] for w in _words(pdf, 1))
    assert "Sehr geehrter Herr Dezernent Reinholt," in first or "Sehr geehrte" in first


def test_letter_text_and_salutation(built: Path) -> None:
    [pdf] = built.glob("Einladungen_*.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Sehr geehrte Frau Bürgermeisterin Sonnenberg," in text
    assert "Einladung zur Verleihung des Ehrenamtspreises 2026 am 4. Dezember 2026" in text
    assert "Freitag, 4. Dezember 2026, um 18 Uhr" in text
    assert "bis zum 20. November 2026" in text and "ehrenamtspreis@stadtdo.de" in text
    assert "eine Begleitperson" in text
    assert "ISLAND" in text  # the guest abroad: country in capitals as the last line
    assert "Sehr geehrte Frau Oberbürgermeisterin" not in text  # the host signs, not invited


def test_word_letter_per_guest(built: Path) -> None:
    letters = sorted((built / "briefe").glob("*.docx"))
    assert len(letters) == 43  # 47 invited, 4 of the press without postal address
    [sonnenberg] = [p for p in letters if "Sonnenberg" in p.name]
    doc = Document(str(sonnenberg))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Sehr geehrte Frau Bürgermeisterin Sonnenberg," in body
    cells = [c.text for row in doc.tables[0].rows for c in row.cells]
    assert "Frau Birgit Sonnenberg" in "\n".join(cells)
    assert doc.core_properties.title == "Einladung"
    with zipfile.ZipFile(sonnenberg) as z:
        assert z.testzip() is None
        assert [i.filename for i in z.infolist()].count("word/document.xml") == 1


def test_guests_without_address_are_reported(tmp_path: Path) -> None:
    report = _build(demo_ceremony(), tmp_path)
    skipped = {p.subject: p.reason for p in report.skipped}  # type: ignore[attr-defined]
    assert "g-18" in skipped and "Keine vollständige Postanschrift" in skipped["g-18"]
    assert "Die Einladung per E-Mail wird erstellt." in skipped["g-18"]


def test_eml_drafts_parse_and_are_personal(built: Path) -> None:
    drafts = sorted((built / "email").glob("*.eml"))
    assert len(drafts) == 47
    [path] = [p for p in drafts if "Sonnenberg" in p.name]
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["To"].addresses[0].addr_spec == "gast03@example.org"
    assert msg["To"].addresses[0].display_name == "Birgit Sonnenberg"
    assert "Ehrenamtspreises 2026" in msg["Subject"]
    plain = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    for part in (plain, html):
        assert "Sehr geehrte Frau Bürgermeisterin Sonnenberg," in part
        assert "4. Dezember 2026" in part
    assert "Antwort auf diese E-Mail" in plain
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    pdf = PdfReader(io.BytesIO(attachment.get_content()))
    assert "Sonnenberg" in pdf.pages[0].extract_text()


def test_non_ascii_names_and_subject_in_headers(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    ceremony.award_name = "Bürgerpreis"
    _build(ceremony, tmp_path)
    [path] = [p for p in (tmp_path / "einladungen/email").glob("*.eml") if "Gudmundsson" in p.name]
    head = path.read_bytes().split(b"\r\n\r\n", 1)[0]
    assert head.isascii() and b"=?utf-8?" in head.lower()  # RFC 2047 encoded words
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert msg["To"].addresses[0].display_name == "Þórður Guðmundsson"
    assert "Verleihung des Bürgerpreises 2026" in msg["Subject"]
    assert "Sehr geehrter Herr Guðmundsson," in msg.get_body(("plain",)).get_content()


def test_mail_merge_csv(built: Path) -> None:
    [path] = built.glob("Serienmail_*.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 47
    row = next(r for r in rows if r["E-Mail"] == "gast03@example.org")
    assert row["Anrede"] == "Sehr geehrte Frau Bürgermeisterin Sonnenberg,"


def test_staff_template_copy_is_used(tmp_path: Path) -> None:
    own = tmp_path / "vorlagen" / "invitation"
    own.mkdir(parents=True)
    (own / "einladung.txt.j2").write_text(
        "# Kurz: {{ title }}\n\n{{ salutation }},\n\nkommen Sie!\n", encoding="utf-8"
    )
    options = BuildOptions(user_template_dir=tmp_path / "vorlagen")
    build_ceremony(demo_ceremony(), tmp_path / "out", options=options, only=("invitation",))
    [pdf] = (tmp_path / "out" / "einladungen").glob("*.pdf")
    assert "Kurz: Ehrenamtspreis 2026" in PdfReader(str(pdf)).pages[0].extract_text()


def test_broken_template_is_one_german_failure(tmp_path: Path) -> None:
    own = tmp_path / "vorlagen" / "invitation"
    own.mkdir(parents=True)
    (own / "einladung.txt.j2").write_text("{{ gibt_es_nicht }}\n", encoding="utf-8")
    options = BuildOptions(user_template_dir=tmp_path / "vorlagen")
    report = build_ceremony(
        demo_ceremony(), tmp_path / "out", options=options, only=("invitation",)
    )
    assert len(report.failed) == 1
    assert "unbekannte Platzhalter" in report.failed[0].reason


def test_extra_block_hook_reaches_the_letter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hook issue 21 uses for the check-in QR code: an image block on letter and Word file."""
    from ceremonykit.demo.images import logo  # any PNG

    block = extras.ExtraBlock(logo(), 30, "Ihr Einlass-Code")
    monkeypatch.setattr("ceremonykit.documents.kinds.invitation.extra_blocks", lambda c, g: [block])
    _build(demo_ceremony(), tmp_path)
    [pdf] = (tmp_path / "einladungen").glob("*.pdf")
    assert "Ihr Einlass-Code" in PdfReader(str(pdf)).pages[0].extract_text()
    [docx] = [
        p for p in (tmp_path / "einladungen" / "briefe").glob("*.docx") if "Sonnenberg" in p.name
    ]
    assert Document(str(docx)).inline_shapes


def _without_random_ids(draft: bytes) -> bytes:
    """MIME boundaries and Content-IDs are random per draft; everything else is compared."""
    draft = re.sub(rb"={15}\d+==", b"BOUNDARY", draft).replace(b"=\r\n", b"")  # QP soft breaks
    return re.sub(rb"[\d.]+@einlass\.ceremonykit", b"CID", draft)


def test_drafts_built_with_shared_headers_equal_the_plain_smtp_policy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Headers are parsed and folded once per build and shared by the drafts; the .eml files
    are byte for byte those of ``email.policy.SMTP`` (boundaries and Content-IDs aside)."""
    ceremony = demo_ceremony()
    for guest in ceremony.guests[::3]:  # some with check-in code (inline QR), some without
        guest.checkin_token = new_token()
    mails = [invitation_for(ceremony, g, EMAIL, None) for g in invitees(ceremony) if g.email]
    sender = email_draft.address("Stadt Dortmund – Büro der Oberbürgermeisterin", "ob@stadtdo.de")
    attachment = ("Einladung.pdf", b"%PDF-1.4 not really")
    with build_scope():
        shared = [email_draft.draft_message(m, sender, attachment) for m in mails]
        factory = email_draft.POLICY.header_factory
        assert factory("Subject", "Einladung") is factory("Subject", "Einladung")
    monkeypatch.setattr(email_draft, "POLICY", email.policy.SMTP)
    plain = [email_draft.draft_message(m, sender, attachment) for m in mails]
    assert len(shared) == 47
    assert any(b"image/png" in d for d in shared) and any(b"image/png" not in d for d in shared)
    assert [_without_random_ids(d) for d in shared] == [_without_random_ids(d) for d in plain]

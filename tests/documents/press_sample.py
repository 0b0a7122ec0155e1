"""A ceremony built in the tests (not the demo) and helpers to read press outputs."""

from __future__ import annotations

import io
import subprocess
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from PIL import Image

from ceremonykit.domain.model import (
    Asset,
    Ceremony,
    Person,
    Photo,
    Prize,
    PrizeKind,
    Quote,
    Salutation,
    Winner,
)
from ceremonykit.user_settings import default_sender_profile


def jpeg(colour: tuple[int, int, int], size: tuple[int, int] = (640, 420)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "JPEG", quality=90)
    return buf.getvalue()


def sample_ceremony() -> Ceremony:
    """Integrationspreis with odd amounts, an embargo and a quote before delivery."""
    prizes = [
        Prize(id="a", kind=PrizeKind.RANKED, rank=1, amount=Decimal("4000")),
        Prize(id="b", kind=PrizeKind.RANKED, rank=2, amount=Decimal("2500.50")),
        Prize(id="h", kind=PrizeKind.HONORARY, rank=None, amount=None),
    ]
    winners = [
        Winner(
            id="w1",
            prize_id="b",
            organisation="Chor der Kulturen e.V.",
            project_title="Singen ohne Noten",
            description="Menschen aus 20 Ländern singen gemeinsam.",
            position=0,
        ),
        Winner(
            id="w2",
            prize_id="a",
            organisation="VMDO Test-Verbund e.V.",
            project_title="Brückenbauer",
            description="Lotsinnen begleiten neu Zugewanderte.",
            position=0,
        ),
        Winner(
            id="w3",
            prize_id="h",
            persons=[Person(Salutation.FRAU, "", "Zofia", "Wiśniewska", "Trainerin")],
            project_title="Boxen für alle",
            description="Kostenloses Training im Quartier.",
            position=0,
        ),
    ]
    sender = default_sender_profile()
    sender.release_number = 42
    sender.logo_asset_id = None
    assets = {
        "img1": Asset("img1", "gruppe.jpg", "image/jpeg", jpeg((200, 30, 30))),
        "img2": Asset("img2", "preis.jpg", "image/jpeg", jpeg((30, 30, 200))),
    }
    photos = [
        Photo(
            id="f1",
            asset_id="img1",
            caption="Gruppenbild mit allen Ausgezeichneten.",
            credit="Stadt Dortmund / Kai Ünal",
            persons_left_to_right=["Zofia Wiśniewska", "Jan Øre"],
            alt_text="Zwei Menschen auf einer Bühne.",
            consent=True,
            use_in_release=True,
            position=0,
        ),
        Photo(
            id="f2",
            asset_id="img2",
            caption="Der erste Preis.",
            credit="Bild: Jörg Fotograf",
            persons_left_to_right=[],
            alt_text="",
            consent=True,
            winner_id="w2",
            use_in_release=True,
            position=1,
        ),
    ]
    return Ceremony(
        award_name="Integrationspreis",
        year=2027,
        organiser="Stadt Dortmund",
        ceremony_date=date(2027, 3, 15),
        ceremony_time=time(17, 30),
        venue="Dietrich-Keuning-Haus",
        city="Dortmund",
        host=Person(Salutation.HERR, "", "Alexander", "Testmann", "Oberbürgermeister"),
        host_quote=Quote(
            "Vielfalt macht Dortmund stark.", "Alexander Testmann", "Oberbürgermeister", True
        ),
        total_prize_money=Decimal("6500.50"),
        applications_count=29,
        embargo=datetime(2027, 3, 15, 18, 0),
        release_date=date(2027, 3, 14),
        more_info_url="www.dortmund.de/integrationspreis",
        sender=sender,
        prizes=prizes,
        winners=winners,
        photos=photos,
        assets=assets,
    )


def plain_apostrophes(text: str) -> str:
    """Documents set "D’Angelo" with the typographic apostrophe; the data says "D'Angelo"."""
    return text.replace("\u2019", "'")


def pdf_text(path: Path, *, raw: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8", *(["-raw"] if raw else []), str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return plain_apostrophes(out)


def docx_text(path: Path) -> tuple[str, str]:
    """(body text, header text) of a DOCX."""
    from docx import Document

    doc = Document(str(path))
    body = plain_apostrophes("\n".join(p.text for p in doc.paragraphs))
    header = "\n".join(p.text for p in doc.sections[0].header.paragraphs)
    return body, header


def positions(text: str, parts: list[str]) -> list[int]:
    """Index of each part in ``text`` (asserting it is present)."""
    found = []
    for part in parts:
        assert part in text, f"{part!r} fehlt"
        found.append(text.index(part))
    return found


INTERTITLE = "Die Ausgezeichneten"


def templates_with_intertitle(folder: Path) -> Path:
    """A user template folder whose release template has the intertitle ``INTERTITLE`` (the
    bundled one has none) before the paragraphs about the prizes."""
    from ceremonykit.resources import template_path

    (folder / "press").mkdir(parents=True, exist_ok=True)
    bundled = template_path("press/medieninformation.txt.j2").read_text(encoding="utf-8")
    marker = "\n\n{% for prize in prizes %}"
    assert marker in bundled
    changed = bundled.replace(marker, f"\n\n## {INTERTITLE}" + marker, 1)
    (folder / "press/medieninformation.txt.j2").write_text(changed, encoding="utf-8")
    return folder

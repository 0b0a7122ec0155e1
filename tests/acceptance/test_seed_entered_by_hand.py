"""The second seed's ceremony entered by hand on the winner editor, as the reviewer did.

Unlike the import in ``test_seed_ceremony``, staff type: organisers as bare names, the
project title as the jury list writes it ("Projekt KULSA – …"), the club's name with its
abbreviation in brackets, and the Ehrenpreis for two persons of a club without choosing whom
it honours. Every press document must read as German and name the same honourees as the
certificates and the social cards.
"""

from __future__ import annotations

import html
import io
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from PIL import Image
from seed_ceremony import CREDIT, apply_event_data

from ceremonykit.build import build_ceremony
from ceremonykit.documents.context import BuildReport
from ceremonykit.domain.model import (
    Asset,
    Ceremony,
    Person,
    Photo,
    Prize,
    PrizeKind,
    Salutation,
    Winner,
)
from ceremonykit.operations import edit
from ceremonykit.store import ProjectFile

VKII = "Verein Kamerunischer Ingenieur*innen und Informatiker*innen Ruhrbezirk e.V. (VKII)"
ORGANISERS = (
    "MIA-DO-Kommunales Integrationszentrum Dortmund und Ausschuss für Chancengerechtigkeit "
    "und Integration"
)
HONOURED = "Pourya Solizadeh und Anahita Lotfi (SPARRINGPARTNERFORYOU e.V.)"


@pytest.fixture(scope="module")
def by_hand(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    base = tmp_path_factory.mktemp("hand")
    project = ProjectFile.create(base / "hand.ceremony", Ceremony())
    try:
        c = project.load()
        apply_event_data(c)
        c.organisers = ORGANISERS
        project.save_info(c)
        prizes = [
            Prize(id="p1", kind=PrizeKind.RANKED, rank=1, amount=Decimal(5000)),
            Prize(id="p2", kind=PrizeKind.RANKED, rank=2, amount=Decimal(3000)),
            Prize(id="h", kind=PrizeKind.HONORARY),
        ]
        edit.add_objects(project, c, prizes)
        first = Winner(prize_id="p1", organisation=VKII, project_title="Ankoppeln")
        second = Winner(
            prize_id="p2",
            organisation="VMDO e.V.",
            project_title="Projekt KULSA – Kultursensible Seniorenarbeit",
            description="das älteren Migrantinnen und Migranten Teilhabe ermöglicht",
        )
        honorary = Winner(prize_id="h", organisation="SPARRINGPARTNERFORYOU e.V.")
        edit.add_objects(project, c, [first, second, honorary])
        # the persons are added afterwards on the winner editor, no choice made
        honorary.persons = [
            Person(Salutation.HERR, "", "Pourya", "Solizadeh"),
            Person(Salutation.FRAU, "", "Anahita", "Lotfi"),
        ]
        edit.put_objects(project, c, [honorary])
        ceremony = project.load()
    finally:
        project.close()
    for n, w in enumerate(ceremony.winners):  # a stage photo each, for the social cards
        buf = io.BytesIO()
        Image.new("RGB", (900, 600), (40 * n, 120, 160)).save(buf, "JPEG")
        asset = Asset(filename=f"buehne_{n}.jpg", data=buf.getvalue())
        ceremony.assets[asset.id] = asset
        ceremony.photos.append(
            Photo(asset_id=asset.id, winner_id=w.id, credit=CREDIT, consent=True, position=n)
        )
    out = base / "out"
    only = ["press_release", "newsroom_article", "certificate", "social_cards"]
    report = build_ceremony(ceremony, out, only=only)
    assert not report.failed, [p.reason for p in report.failed]
    return out, report


def _flat(text: str) -> str:
    text = text.replace("\u00ad", "").replace("\u00a0", " ").replace("\u2011", "-")
    return re.sub(r"\s+", " ", text)


def _texts(out: Path, report: BuildReport) -> dict[str, str]:
    def one(kind: str, suffix: str) -> Path:
        return out / next(
            f.path for f in report.files if f.kind == kind and f.path.endswith(suffix)
        )

    pdf = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(one("press_release", ".pdf")), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    docx = "\n".join(p.text for p in Document(str(one("press_release", ".docx"))).paragraphs)
    article = html.unescape(
        re.sub(r"<[^>]+>", " ", one("newsroom_article", "artikel.html").read_text("utf-8"))
    )
    posts = one("social_cards", "Beitraege.txt").read_text("utf-8")
    return {
        "release pdf": _flat(pdf),
        "release docx": _flat(docx),
        "article": _flat(article),
        "posts": _flat(posts),
    }


def test_press_texts_read_as_german(by_hand: tuple[Path, BuildReport]) -> None:
    texts = _texts(*by_hand)
    for name, text in texts.items():
        assert "Projekt „Projekt" not in text, name
        assert "(VKII))" not in text, name
        assert "Projekt „KULSA – Kultursensible Seniorenarbeit“" in text, name
    for name in ("release pdf", "release docx", "article"):
        text = texts[name]
        assert f"würdigen die Veranstalter – {ORGANISERS} – damit" in text, name
        assert "würdigt MIA-DO" not in text, name
        assert (
            "(Verein Kamerunischer Ingenieur*innen und Informatiker*innen Ruhrbezirk e.V., VKII)"
            in text
        ), name
    assert "Erster Preis für den Verein Kamerunischer" in texts["release pdf"]


def test_the_honorary_persons_are_named_in_every_document(
    by_hand: tuple[Path, BuildReport],
) -> None:
    out, report = by_hand
    texts = _texts(out, report)
    for name in ("release pdf", "release docx", "article", "posts"):
        assert HONOURED in texts[name], name
    certificates = [
        f.path for f in report.files if f.kind == "certificate" and "/pdf/" in f"/{f.path}"
    ]
    names = " ".join(certificates)
    assert "Pourya" in names and "Anahita" in names, certificates

"""The second seed's ceremony (Integrationspreis 2025, Dortmund) as a new user enters it.

The jury spreadsheet is written in the shape such lists really have: title rows above the
header, amounts typed as text ("5.000 €"), a "Summe" row below the winners and the honorary
row naming the club and two persons. The event data is what the seed's lead states.
Facts follow the newsroom article of 2025 (../shared/seeds/004_…); the prose is our own.
"""

from __future__ import annotations

import io
from datetime import date, time
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from PIL import Image

from ceremonykit.domain.model import (
    Asset,
    Ceremony,
    Person,
    Photo,
    Quote,
    Salutation,
    Signatory,
)
from ceremonykit.user_settings import default_sender_profile

CREDIT = "Stadt Dortmund / Stephan Schütze"

JURY_ROWS: list[list[object]] = [
    ["Integrationspreis 2025 – Ergebnis der Jurysitzung vom 22. Oktober 2025"],
    ["MIA-DO-Kommunales Integrationszentrum Dortmund · vertraulich bis zur Verleihung"],
    [],
    ["Platz", "Preisträger", "Personen", "Projekt", "Beschreibung", "Preisgeld"],
    [
        "1. Platz",
        "VKII Ruhrbezirk e.V.",
        "",
        "Ankoppeln",
        "vermittelt jungen Menschen afrikanischer Herkunft gesellschaftliche Teilhabe auf "
        "Augenhöhe.",
        "5.000 €",
    ],
    [
        "2. Platz",
        "VMDO e.V.",
        "",
        "KULSA – Kultursensible Seniorenarbeit",
        "das älteren Migrantinnen und Migranten gesellschaftliche Teilhabe ermöglicht und "
        "Einsamkeit vorbeugt",
        "3.000 €",
    ],
    [
        "3. Platz",
        "CHANCENGLEICH in Europa e.V.",
        "",
        "",
        "Der Verein stärkt seit 2015 Frauen mit Flucht- und Migrationserfahrungen.",
        "2.000 €",
    ],
    [
        "Ehrenpreis",
        "SPARRINGPARTNERFORYOU e.V.",
        "Pourya Solizadeh, Anahita Lotfi",
        "",
        "die mit ihrem inklusiven Kampfsportverein einen Ort geschaffen haben, an dem Menschen "
        "jeden Alters und jeder Herkunft gemeinsam trainieren",
        "",
    ],
    [],
    ["Summe", "", "", "", "", "10.000 €"],
]


def write_jury_sheet(path: Path) -> Path:
    """The jury's list as an .xlsx file at ``path``."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jury 2025"
    for row in JURY_ROWS:
        sheet.append(row)
    book.save(path)
    return path


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (900, 600), colour).save(buf, "JPEG", quality=85)
    return buf.getvalue()


def apply_event_data(c: Ceremony) -> None:
    """The event data staff type on the Veranstaltung page (the seed's lead facts)."""
    c.award_name = "Integrationspreis 2025"  # staff typed the year into the name, too
    c.year = 2025
    c.organiser = "Stadt Dortmund"
    c.organisers = (
        "das MIA-DO-Kommunale Integrationszentrum Dortmund gemeinsam mit dem Ausschuss für "
        "Chancengerechtigkeit und Integration"
    )
    c.edition = 9
    c.ceremony_date = date(2025, 11, 20)
    c.ceremony_time = time(18, 0)
    c.venue = "Dietrich-Keuning-Haus"
    c.city = "Dortmund"
    c.host = Person(Salutation.HERR, "", "Alexander", "Kalouti", "Oberbürgermeister")
    c.co_presenters = [
        Person(
            Salutation.HERR,
            "",
            "Leonid",
            "Chraga",
            "bisheriger Vorsitzender des Integrationsrates",
        )
    ]
    c.host_quote = Quote(
        text="Deswegen sind die Vereine, Initiativen und Projekte, die heute hier sind, so "
        "ungemein wichtig. Sie geben dem Ganzen ein Gesicht, und dieser Preis ehrt sie.",
        speaker="Alexander Kalouti",
        speaker_function="Oberbürgermeister",
    )
    c.total_prize_money = Decimal("10000")
    c.applications_count = 29
    c.guest_count_expected = 150
    c.jury = ["Fachjury"]
    c.release_date = date(2025, 11, 21)
    c.more_info_url = "dortmund.de/integrationspreis-2025"
    c.sender = default_sender_profile()
    c.sender.release_number = 1085
    c.signatories = [Signatory(name="Alexander Kalouti", function="Oberbürgermeister")]


def add_photos(c: Ceremony) -> None:
    """One stage photo per winner plus the group photo attached to the release."""
    by_org = {w.organisation: w for w in c.winners}
    colours = [(180, 40, 40), (40, 120, 180), (60, 160, 60), (200, 160, 40), (120, 60, 160)]
    specs = [
        ("VKII Ruhrbezirk e.V.", "Menschen auf der Bühne halten einen Preis hoch."),
        ("VMDO e.V.", "Viele Menschen stehen beisammen auf einer Bühne."),
        ("CHANCENGLEICH in Europa e.V.", "Menschen halten einen riesigen Scheck in die Höhe."),
        ("SPARRINGPARTNERFORYOU e.V.", "Der Oberbürgermeister überreicht den Ehrenpreis."),
    ]
    for n, (org, alt) in enumerate(specs):
        asset = Asset(filename=f"buehne_{n + 1}.jpg", data=_jpeg(colours[n]))
        c.assets[asset.id] = asset
        c.photos.append(
            Photo(
                asset_id=asset.id,
                caption=f"Preisverleihung an {org}",
                credit=CREDIT,
                alt_text=alt,
                consent=True,
                winner_id=by_org[org].id,
                position=n,
            )
        )
    group = Asset(filename="gruppenbild.jpg", data=_jpeg(colours[4]))
    c.assets[group.id] = group
    c.photos.append(
        Photo(
            asset_id=group.id,
            caption="Alle Preisträgerinnen und Preisträger mit dem Oberbürgermeister",
            credit=CREDIT,
            persons_left_to_right=[
                "Alexander Kalouti",
                "Pourya Solizadeh",
                "Anahita Lotfi",
                "Leonid Chraga",
            ],
            alt_text="Gruppenbild auf der Bühne des Dietrich-Keuning-Hauses.",
            consent=True,
            use_in_release=True,
            use_in_article=False,
            position=9,
        )
    )

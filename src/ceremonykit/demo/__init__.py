"""The bundled demo ceremony: a fictional Ehrenamtspreis 2026 with everything filled in.

All people, clubs and projects are invented; the texts are written for this demo. The sender
profile is the press office data of the first seed (the default profile).
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from ceremonykit.demo import images
from ceremonykit.demo.guests import demo_guests
from ceremonykit.domain.model import (
    Applicant,
    Asset,
    Ceremony,
    Person,
    Photo,
    Prize,
    PrizeKind,
    ProgrammeItem,
    Quote,
    Salutation,
    SeatingTable,
    Signatory,
    Winner,
    with_honour_default,
)
from ceremonykit.user_settings import default_sender_profile

F, H = Salutation.FRAU, Salutation.HERR


def _winners(prizes: list[Prize]) -> list[Winner]:
    first, second, third, honorary = prizes
    return [
        Winner(
            id="w-nachbarschaft",
            prize_id=first.id,
            organisation="Nachbarschaftshilfe Hörde-Süd e.V.",
            persons=[
                Person(F, "", "Małgorzata", "Nowak-Schulte", "Vorsitzende"),
                Person(H, "", "Emre", "Yılmaz", "Koordinator der Fahrdienste"),
            ],
            project_title="Einkaufsbrücke – Ehrenamtliche bringen den Wochenmarkt nach Hause",
            description=(
                "Seit drei Jahren begleiten rund 60 Ehrenamtliche ältere und mobilitätseingeschränkte "
                "Menschen im Dortmunder Süden: Sie fahren mit ihnen zum Wochenmarkt, tragen Einkäufe "
                "in den vierten Stock und bleiben auf einen Kaffee."
            ),
            laudation=(
                "Wer in Hörde-Süd dienstags aus dem Fenster schaut, sieht sie: die Einkaufsbrücke. "
                "Was als Idee von vier Nachbarinnen begann, ist heute ein verlässliches Netz aus "
                "über sechzig Ehrenamtlichen, die jede Woche mehr als zweihundert Fahrten "
                "übernehmen. Es geht dabei um viel mehr als Kartoffeln und Brot: Es geht um das "
                "Gespräch an der Wohnungstür, um den Blick darauf, ob es jemandem gut geht, und um "
                "das Gefühl, im eigenen Viertel nicht vergessen zu sein. Die Jury würdigt ein "
                "Projekt, das Einsamkeit im Alter ganz praktisch begegnet und zeigt, wie viel "
                "Nachbarschaft bewegen kann."
            ),
            laudator="Dr. Ingrid Baumeister",
            quotes=[
                Quote(
                    "Bei uns kauft niemand allein ein – und niemand bleibt allein zu Hause.",
                    "Małgorzata Nowak-Schulte",
                    "Vorsitzende der Nachbarschaftshilfe Hörde-Süd",
                )
            ],
        ),
        Winner(
            id="w-lesepaten",
            prize_id=second.id,
            organisation="Lesewelten Nordstadt gGmbH",
            persons=[Person(F, "", "Thị Lan", "Nguyễn", "Projektleiterin")],
            project_title="Lesepatenschaften in zwölf Sprachen",
            description=(
                "Ehrenamtliche Lesepatinnen und -paten lesen in Kitas und Grundschulen der Nordstadt "
                "vor – auf Deutsch und in den Familiensprachen der Kinder."
            ),
            laudation=(
                "In der Nordstadt werden mehr als hundert Sprachen gesprochen. Die Lesewelten "
                "machen daraus eine Stärke: Ihre Patinnen und Paten lesen auf Deutsch, Arabisch, "
                "Türkisch, Polnisch, Vietnamesisch und in sieben weiteren Sprachen vor. Kinder "
                "erleben, dass ihre Familiensprache willkommen ist, und finden gerade so den Weg "
                "zur deutschen Sprache. Eltern kommen mit in die Bibliothek und bleiben."
            ),
            laudator="Jonas Freiherr von der Heide",
            quotes=[
                Quote(
                    "Wer eine Geschichte in seiner Sprache hört, hört auch: Du gehörst dazu.",
                    "Thị Lan Nguyễn",
                    "Projektleiterin",
                )
            ],
        ),
        Winner(
            id="w-repair",
            prize_id=third.id,
            organisation="Repair-Café Westerfilde",
            persons=[Person(F, "", "Ľubica", "Horváthová", "Sprecherin")],
            project_title="Reparieren statt wegwerfen – Generationen schrauben gemeinsam",
            description=(
                "Einmal im Monat reparieren Rentnerinnen, Handwerker und Schülerinnen gemeinsam "
                "Toaster, Fahrräder und Lieblingsjacken."
            ),
            laudation=(
                "Im Repair-Café Westerfilde treffen sich einmal im Monat Menschen, die sich sonst "
                "kaum begegnen würden: der pensionierte Elektromeister, die Schülerin mit dem "
                "Lötkolben, die Nachbarin mit der Nähmaschine. Gemeinsam retten sie jedes Jahr "
                "rund tausend Geräte vor dem Müll – und ganz nebenbei entsteht ein Ort, an dem "
                "Wissen zwischen den Generationen weitergegeben wird."
            ),
            laudator="Dr. Ingrid Baumeister",
        ),
        Winner(
            id="w-ehrenpreis",
            prize_id=honorary.id,
            organisation="",
            persons=[
                Person(F, "", "Aylin", "D'Angelo", "Trainerin"),
                Person(H, "", "Sven", "Økland", "Trainer"),
            ],
            project_title="Kostenloses Schwimmtraining für Kinder aus dem Quartier",
            description=(
                "Seit zehn Jahren bringen die beiden Trainer ehrenamtlich Kindern das Schwimmen "
                "bei, die sonst keinen Kurs bekämen."
            ),
            laudation=(
                "Mehr als achthundert Kinder haben bei Aylin D'Angelo und Sven Økland schwimmen "
                "gelernt – an drei Abenden in der Woche, seit zehn Jahren, ohne einen Cent dafür "
                "zu nehmen. Beide stehen im Wasser, wenn andere Feierabend haben, und sie kennen "
                "jedes Kind beim Namen. Mit dem Ehrenpreis dankt die Stadt zwei Menschen, die "
                "Sicherheit schenken und Selbstvertrauen gleich dazu."
            ),
            laudator="Jonas Freiherr von der Heide",
        ),
    ]


def demo_ceremony() -> Ceremony:
    """A complete fictional ceremony (fresh ids each call are not needed: ids are fixed)."""
    prizes = [
        Prize(id="p-1", kind=PrizeKind.RANKED, rank=1, amount=Decimal("5000")),
        Prize(id="p-2", kind=PrizeKind.RANKED, rank=2, amount=Decimal("3000")),
        Prize(id="p-3", kind=PrizeKind.RANKED, rank=3, amount=Decimal("2000")),
        Prize(id="p-ehren", kind=PrizeKind.HONORARY, rank=None, amount=None),
    ]
    winners = _winners(prizes)
    for position, winner in enumerate(winners):
        winner.position = position

    assets = {
        "logo": Asset("logo", "logo-stadt.png", "image/png", images.logo()),
        "sig-ob": Asset("sig-ob", "unterschrift-ob.png", "image/png", images.signature(7)),
        "sig-dez": Asset(
            "sig-dez", "unterschrift-dezernentin.png", "image/png", images.signature(11)
        ),
    }
    photo_specs = [
        (
            "ph-gruppe",
            None,
            "Alle Ausgezeichneten mit Oberbürgermeisterin Dr. Henrike Albers auf der Bühne.",
            [
                "Dr. Henrike Albers",
                "Małgorzata Nowak-Schulte",
                "Thị Lan Nguyễn",
                "Ľubica Horváthová",
                "Aylin D'Angelo",
                "Sven Økland",
            ],
            "Sechs Menschen stehen nebeneinander auf einer Bühne und halten Urkunden.",
            True,
        ),
        (
            "ph-1",
            "w-nachbarschaft",
            "Die Nachbarschaftshilfe Hörde-Süd nimmt den ersten Preis entgegen.",
            ["Emre Yılmaz", "Małgorzata Nowak-Schulte", "Dr. Henrike Albers"],
            "Drei Menschen auf der Bühne halten einen großen Scheck in die Höhe.",
            True,
        ),
        (
            "ph-2",
            "w-lesepaten",
            "Thị Lan Nguyễn (Lesewelten Nordstadt) mit der Urkunde für den zweiten Preis.",
            ["Dr. Henrike Albers", "Thị Lan Nguyễn"],
            "Zwei Menschen auf der Bühne, einer hält eine Urkunde.",
            False,
        ),
        (
            "ph-3",
            "w-repair",
            "Ľubica Horváthová vom Repair-Café Westerfilde.",
            ["Ľubica Horváthová", "Dr. Henrike Albers"],
            "Zwei Frauen stehen auf einer Bühne vor einem Rednerpult.",
            False,
        ),
        (
            "ph-ehren",
            "w-ehrenpreis",
            "Ehrenpreis für Aylin D'Angelo und Sven Økland.",
            ["Aylin D'Angelo", "Dr. Henrike Albers", "Sven Økland"],
            "Drei Menschen auf der Bühne, zwei halten Blumen.",
            False,
        ),
    ]
    photos = []
    for position, (pid, winner_id, caption, people, alt, in_release) in enumerate(photo_specs):
        asset_id = f"img-{pid}"
        assets[asset_id] = Asset(
            asset_id, f"{pid}.jpg", "image/jpeg", images.stage_photo(position + 3, len(people))
        )
        photos.append(
            Photo(
                id=pid,
                asset_id=asset_id,
                caption=caption,
                credit="Stadt Dortmund / Lena Brückner",
                persons_left_to_right=people,
                alt_text=alt,
                consent=True,
                winner_id=winner_id,
                use_in_release=in_release,
                use_in_article=True,
                position=position,
            )
        )

    sender = default_sender_profile()
    sender.logo_asset_id = "logo"
    applicants = [
        Applicant(organisation=org, project_title=title, position=i)
        for i, (org, title) in enumerate(
            [
                (
                    "Nachbarschaftshilfe Hörde-Süd e.V.",
                    "Einkaufsbrücke – Ehrenamtliche bringen den Wochenmarkt nach Hause",
                ),
                ("Lesewelten Nordstadt gGmbH", "Lesepatenschaften in zwölf Sprachen"),
                (
                    "Repair-Café Westerfilde",
                    "Reparieren statt wegwerfen – Generationen schrauben gemeinsam",
                ),
                ("Tafel-Freunde Scharnhorst", "Frühstück für alle"),
                ("Chor der Kulturen e.V.", "Singen ohne Noten"),
                ("Grüne Höfe Eving", "Gemeinschaftsgärten im Hinterhof"),
            ]
        )
    ]
    ceremony = Ceremony(
        award_name="Ehrenamtspreis",
        year=2026,
        organiser="Stadt Dortmund",
        ceremony_date=date(2026, 12, 4),
        ceremony_time=time(18, 0),
        venue="Rathaus Dortmund, Bürgersaal",
        city="Dortmund",
        host=Person(F, "Dr.", "Henrike", "Albers", "Oberbürgermeisterin"),
        host_quote=Quote(
            "Ehrenamt ist kein Lückenfüller, sondern das Rückgrat unserer Stadtgesellschaft. "
            "Die Ausgezeichneten zeigen, wie viel Zusammenhalt in Dortmund steckt.",
            "Dr. Henrike Albers",
            "Oberbürgermeisterin",
        ),
        total_prize_money=Decimal("10000"),
        applications_count=37,
        guest_count_expected=180,
        jury=[
            "Dr. Ingrid Baumeister",
            "Jonas Freiherr von der Heide",
            "Fatma Öztürk",
            "Piotr Kowalczyk",
        ],
        embargo=None,
        release_date=date(2026, 12, 4),
        more_info_url="www.dortmund.de/ehrenamtspreis",
        retention_until=date(2027, 3, 31),
        rsvp_date=date(2026, 11, 20),
        rsvp_email="ehrenamtspreis@stadtdo.de",
        rsvp_phone="+49 231 50-22010",
        companions_allowed=1,
        programme=demo_programme(),
        sender=sender,
        prizes=prizes,
        winners=winners,
        applicants=applicants,
        photos=photos,
        guests=demo_guests(),
        tables=[SeatingTable(str(n), 10 if n == 2 else 8) for n in range(1, 9)],
        signatories=[
            Signatory("s-ob", "Dr. Henrike Albers", "Oberbürgermeisterin", "sig-ob", 0),
            Signatory("s-dez", "Thomas Reinholt", "Dezernent für Bürgerdienste", "sig-dez", 1),
        ],
        assets=assets,
    )
    # "who is honoured" decided as the app stores it (the round trip keeps it)
    ceremony.winners = [with_honour_default(ceremony, w) for w in ceremony.winners]
    return ceremony


def demo_programme() -> list[ProgrammeItem]:
    """The evening as the press office plans it; the award items come from the prizes."""
    return [
        ProgrammeItem("p-einlass", time(17, 30), 30, "Einlass und Sektempfang", "", "Foyer"),
        ProgrammeItem(
            "p-musik1", time(18, 0), 5, "Musik", "Chor der Kulturen e.V.", "Bühne",
            "Chor steht ab 17:50 Uhr seitlich der Bühne bereit.",
        ),
        ProgrammeItem("p-begr", None, 10, "Begrüßung", "Dr. Henrike Albers", "Rednerpult"),
        ProgrammeItem("p-preise", None, 0, "Preisverleihung", awards=True),
        ProgrammeItem("p-musik2", None, 5, "Musik", "Chor der Kulturen e.V.", "Bühne"),
        ProgrammeItem(
            "p-foto", None, 10, "Gruppenfoto aller Ausgezeichneten", "Fotograf", "Bühne",
            "Treppe vor der Bühne; Scheckattrappen vorher einsammeln.", public=False,
        ),
        ProgrammeItem("p-empfang", None, 60, "Empfang und Gespräche", "", "Foyer"),
    ]  # fmt: skip


__all__ = ["demo_ceremony", "demo_programme"]

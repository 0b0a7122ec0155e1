"""The demo's guest list: 48 invented guests of every category, names from many languages."""

from __future__ import annotations

from ceremonykit.domain.model import RSVP, Guest, Salutation

F, H, N = Salutation.FRAU, Salutation.HERR, Salutation.NEUTRAL
YES, NO, OPEN, INV = RSVP.ACCEPTED, RSVP.DECLINED, RSVP.OPEN, RSVP.INVITED

# salutation, title, first, last, function, organisation, category, rsvp, companions, table, rank
# fmt: off
_ROWS: list[tuple[Salutation, str, str, str, str, str, str, RSVP, int, str, int | None]] = [
    (F, "Dr.", "Henrike", "Albers", "Oberbürgermeisterin", "Stadt Dortmund", "Ehrengast", YES, 1, "1", 1),
    (H, "", "Thomas", "Reinholt", "Dezernent für Bürgerdienste", "Stadt Dortmund", "Verwaltung", YES, 0, "1", 5),
    (F, "", "Birgit", "Sonnenberg", "Bürgermeisterin", "Stadt Dortmund", "Ehrengast", YES, 1, "1", 2),
    (H, "Prof. Dr.", "Klaus-Dieter", "Hoffmann", "Präsident", "Technische Universität Dortmund", "Ehrengast", YES, 0, "1", 4),
    (F, "", "Fatma", "Öztürk", "Vorsitzende des Integrationsrates", "Integrationsrat", "Jury", YES, 0, "2", 6),
    (F, "Dr.", "Ingrid", "Baumeister", "Jury-Vorsitzende", "Freiwilligenagentur Dortmund", "Jury", YES, 0, "2", 7),
    (H, "", "Jonas", "von der Heide", "Jury-Mitglied", "Stiftung Bürgersinn", "Jury", YES, 1, "2", 8),
    (H, "", "Piotr", "Kowalczyk", "Jury-Mitglied", "Polnische Gemeinde Dortmund", "Jury", OPEN, 0, "2", None),
    (H, "", "Ahmet", "Demir", "Landtagsabgeordneter", "Landtag NRW", "Ehrengast", YES, 0, "1", 3),
    (F, "", "Małgorzata", "Nowak-Schulte", "Vorsitzende", "Nachbarschaftshilfe Hörde-Süd e.V.", "Preisträger", YES, 2, "3", None),
    (H, "", "Emre", "Yılmaz", "Koordinator", "Nachbarschaftshilfe Hörde-Süd e.V.", "Preisträger", YES, 0, "3", None),
    (F, "", "Thị Lan", "Nguyễn", "Projektleiterin", "Lesewelten Nordstadt gGmbH", "Preisträger", YES, 1, "3", None),
    (F, "", "Ľubica", "Horváthová", "Sprecherin", "Repair-Café Westerfilde", "Preisträger", YES, 1, "4", None),
    (F, "", "Aylin", "D'Angelo", "Trainerin", "", "Preisträger", YES, 1, "4", None),
    (H, "", "Sven", "Økland", "Trainer", "", "Preisträger", YES, 0, "4", None),
    (F, "", "Katrin", "Pinetzki", "Pressesprecherin", "Stadt Dortmund", "Verwaltung", YES, 0, "5", None),
    (H, "", "Frank", "Bußmann", "Leiter der Pressestelle", "Stadt Dortmund", "Verwaltung", YES, 0, "5", None),
    (F, "", "Sabine", "Krämer", "Redakteurin", "Ruhr Nachrichten", "Presse", YES, 0, "", None),
    (H, "", "Lukas", "Brandt", "Fotograf", "WAZ Dortmund", "Presse", YES, 0, "", None),
    (N, "", "Kim", "Schäfer", "Reporter*in", "Radio 91.2", "Presse", OPEN, 0, "", None),
    (F, "", "Şükran", "Aydın", "Redakteurin", "WDR Lokalzeit", "Presse", YES, 0, "", None),
    (H, "", "Jürgen", "Äppelbaum", "", "Tafel-Freunde Scharnhorst", "Gast", YES, 1, "6", None),
    (F, "", "Zofia", "Wiśniewska", "", "Chor der Kulturen e.V.", "Gast", YES, 0, "6", None),
    (H, "", "Dragan", "Petrović", "", "Chor der Kulturen e.V.", "Gast", NO, 0, "", None),
    (F, "", "Ayşe", "Kaya", "", "Grüne Höfe Eving", "Gast", YES, 2, "6", None),
    (H, "", "Mehmet", "Çelik", "", "Grüne Höfe Eving", "Gast", OPEN, 0, "", None),
    (F, "", "Ioana", "Popescu", "", "Lesewelten Nordstadt gGmbH", "Gast", YES, 0, "7", None),
    (H, "", "Olusegun", "Adeyemi", "", "Afrika-Forum Dortmund", "Gast", YES, 1, "7", None),
    (F, "", "Mariana", "Gonçalves", "", "Repair-Café Westerfilde", "Gast", INV, 0, "", None),
    (H, "", "Þórður", "Guðmundsson", "", "Nordisches Kulturhaus", "Gast", NO, 0, "", None),
    (F, "", "Élodie", "Lefèvre", "", "Deutsch-Französischer Kreis", "Gast", YES, 0, "7", None),
    (H, "Dr.", "Stefan", "Müller", "Schulleiter", "Gesamtschule Scharnhorst", "Gast", YES, 1, "8", None),
    (F, "", "Anna", "Müller", "", "Nachbarschaftshilfe Hörde-Süd e.V.", "Gast", YES, 0, "3", None),
    (H, "", "Giorgos", "Papadopoulos", "", "Griechische Gemeinde", "Gast", OPEN, 0, "", None),
    (F, "", "Yasmin", "Al-Hassan", "", "Mädchentreff Nordstadt", "Gast", YES, 0, "8", None),
    (H, "", "Tomasz", "Zieliński", "", "Repair-Café Westerfilde", "Gast", YES, 0, "4", None),
    (F, "", "Chiara", "Esposito", "", "Chor der Kulturen e.V.", "Gast", INV, 0, "", None),
    (H, "", "Hans-Peter", "Überschär", "Ortsvorsteher", "Bezirksvertretung Hörde", "Ehrengast", YES, 1, "2", 9),
    (F, "", "Renate", "Großkopf", "Bezirksbürgermeisterin", "Bezirksvertretung Innenstadt-Nord", "Ehrengast", YES, 0, "2", 10),
    (H, "", "Kwame", "Mensah", "", "Afrika-Forum Dortmund", "Gast", YES, 0, "7", None),
    (F, "", "Natalia", "Iwanowa", "", "Russischsprachiger Elternverein", "Gast", NO, 0, "", None),
    (H, "", "Luca", "Bianchi", "", "Tafel-Freunde Scharnhorst", "Gast", YES, 0, "6", None),
    (F, "", "Hatice", "Şahin", "", "Frauencafé Westerfilde", "Gast", YES, 1, "8", None),
    (H, "", "Bartholomäus", "Schmidt-Rüdesheimer von Hohenstein", "Ehrenvorsitzender", "Heimatverein Hörde-Süd von 1899 e.V.", "Ehrengast", YES, 0, "2", 11),
    (F, "", "Mei", "Chen", "", "Chinesischer Kulturverein", "Gast", OPEN, 0, "", None),
    (H, "", "Rafał", "Lewandowski", "", "Polnische Gemeinde Dortmund", "Gast", YES, 0, "8", None),
    (F, "", "Greta", "Lindqvist", "", "Stiftung Bürgersinn", "Gast", YES, 0, "5", None),
    (H, "", "Ömer", "Kılıç", "Sachbearbeiter", "Stadt Dortmund", "Verwaltung", YES, 0, "5", None),
]
# fmt: on


_STREETS = (
    "Friedensplatz", "Hohe Straße", "Münsterstraße", "Hörder Bahnhofstraße", "Kaiserstraße",
    "Westfalendamm", "Rheinlanddamm", "Evinger Straße", "Schüruferstraße", "Lindenhorster Straße",
)  # fmt: skip
_PLACES = (("44135", "Dortmund"), ("44137", "Dortmund"), ("44263", "Dortmund"), ("58453", "Witten"))
_PRONUNCIATION = {
    "Öztürk": "Ös-türk, Betonung auf der zweiten Silbe",
    "Nguyễn": "etwa „Ngwien“",
    "Kowalczyk": "Ko-WAL-tschik",
}


def _address(n: int, category: str) -> tuple[str, str, str, str]:
    """Invented postal addresses; the press is invited by e-mail only (no address), and one
    guest lives abroad."""
    if category == "Presse":
        return "", "", "", ""
    if n == 30:
        return "Laugavegur 12", "101", "Reykjavík", "Island"
    postcode, city = _PLACES[n % len(_PLACES)]
    return f"{_STREETS[n % len(_STREETS)]} {n + 2}", postcode, city, ""


def demo_guests() -> list[Guest]:
    guests = []
    for n, row in enumerate(_ROWS, start=1):
        sal, title, first, last, function, org, category, rsvp, companions, table, rank = row
        email_name = f"gast{n:02d}"
        guests.append(
            Guest(
                id=f"g-{n:02d}",
                salutation=sal,
                title=title,
                first_name=first,
                last_name=last,
                function=function,
                organisation=org,
                email=f"{email_name}@example.org",
                category=category,
                rsvp=rsvp,
                companions=companions,
                table=table,
                protocol_rank=rank,
                photo_consent=rsvp is RSVP.ACCEPTED,
            )
        )
        guest = guests[-1]
        guest.street, guest.postcode, guest.city, guest.country = _address(n, category)
        guest.pronunciation = _PRONUNCIATION.get(last, "")
    return guests

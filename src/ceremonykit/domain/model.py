"""The record of one ceremony: plain dataclasses, no I/O, no Qt.

Money is always :class:`~decimal.Decimal` (two places), never float. Every stored object has a
stable string ``id`` so that re-imports update instead of duplicating and documents can name
their subject. Images (photos, logos, signatures) live in :class:`Asset` objects held by the
ceremony, so that one project file carries everything.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum

from ceremonykit.german.typography import bracketed


def new_id() -> str:
    """A short random id, unique enough for one project file."""
    return os.urandom(6).hex()  # as random as uuid4().hex[:12], without building a UUID


class Salutation(StrEnum):
    """Form of address; decides "Preisträgerin"/"Preisträger" and the greeting."""

    FRAU = "frau"
    HERR = "herr"
    NEUTRAL = "neutral"  # divers / not given: greeted with full name, neutral wording
    NONE = ""


class GenderStyle(StrEnum):
    """How the documents speak of groups of people (a setting of the sender profile)."""

    NEUTRAL = "neutral"  # "Ausgezeichnete", "Teilnehmende"
    PAIR = "pair"  # "Preisträgerinnen und Preisträger"
    STAR = "star"  # "Preisträger*innen"


class DateStyle(StrEnum):
    """Date format of the Medieninformation header."""

    SHORT = "short"  # 3.7.2018
    NUMERIC = "numeric"  # 03.07.2018
    LONG = "long"  # 3. Juli 2018


class PrizeKind(StrEnum):
    RANKED = "ranked"  # Erster, Zweiter, … Preis
    HONORARY = "honorary"  # Ehrenpreis
    SPECIAL = "special"  # Sonderpreis


class RSVP(StrEnum):
    INVITED = "eingeladen"
    ACCEPTED = "zugesagt"
    DECLINED = "abgesagt"
    OPEN = "offen"


DEFAULT_GUEST_CATEGORIES: tuple[str, ...] = (
    "Ehrengast",
    "Presse",
    "Preisträger",
    "Jury",
    "Verwaltung",
    "Gast",
)


@dataclass
class Asset:
    """Binary file stored inside the project (photo, logo, signature image)."""

    id: str = field(default_factory=new_id)
    filename: str = ""
    media_type: str = "image/jpeg"
    data: bytes = b""


@dataclass
class Person:
    """A named person: winner's representative, host, jury member, photo subject."""

    salutation: Salutation = Salutation.NONE
    title: str = ""  # academic title, e.g. "Dr." or "Prof. Dr."
    first_name: str = ""
    last_name: str = ""
    function: str = ""  # e.g. "Oberbürgermeister", "Vorstandsmitglied"
    organisation: str = ""

    @property
    def full_name(self) -> str:
        """ "Dr. Anna Müller" – title, first and last name, without the form of address."""
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)


@dataclass
class Quote:
    """A quotation used in press materials."""

    text: str = ""
    speaker: str = ""  # "Alexander Kalouti"
    speaker_function: str = ""  # "Oberbürgermeister"
    before_delivery: bool = (
        False  # quoted from a speech not yet given -> "Es gilt das gesprochene Wort"
    )


@dataclass
class Prize:
    id: str = field(default_factory=new_id)
    kind: PrizeKind = PrizeKind.RANKED
    rank: int | None = 1  # 1..n for ranked prizes, None otherwise
    label: str = ""  # optional override, e.g. "Sonderpreis der Jury"; empty = derived from rank
    amount: Decimal | None = None  # None = prize without money


@dataclass
class Winner:
    id: str = field(default_factory=new_id)
    prize_id: str | None = None
    organisation: str = ""
    persons: list[Person] = field(default_factory=list)
    project_title: str = ""
    description: str = ""
    laudation: str = ""
    laudator: str = ""
    quotes: list[Quote] = field(default_factory=list)
    position: int = 0  # order among winners of the same prize
    # who is honoured when both an organisation and persons are named: False = the
    # organisation, True = each person (named with the organisation; one certificate each),
    # None = staff have not chosen yet; see :func:`with_honour_default`
    honour_persons: bool | None = None
    # payee of a cheque when persons are honoured: False = the organisation, True = the persons
    cheque_to_persons: bool = False
    photo_credit: str = ""  # credit from an imported winners list, offered for its first photo

    @property
    def person_names(self) -> str:
        """ "Pourya Solizadeh und Anahita Lotfi" (names joined with "und")."""
        names = [p.full_name for p in self.persons if p.full_name]
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + " und " + names[-1]

    @property
    def persons_honoured(self) -> bool:
        """The persons are the honourees: chosen so, or there is no organisation."""
        has_persons = any(p.full_name for p in self.persons)
        return has_persons and (self.honour_persons or not self.organisation.strip())

    @property
    def honourees(self) -> str:
        """How texts name who is honoured: "Pourya Solizadeh und Anahita Lotfi
        (SPARRINGPARTNERFORYOU e.V.)" for persons of an organisation, else the display name."""
        if self.persons_honoured and self.organisation.strip():
            return f"{self.person_names} {bracketed(self.organisation)}"
        return self.display_name

    @property
    def display_name(self) -> str:
        """Organisation if there is one, else the persons joined with "und"."""
        return self.organisation or self.person_names


@dataclass
class Applicant:
    """Everyone who applied; receives a Teilnahmeurkunde if the office wants that."""

    id: str = field(default_factory=new_id)
    organisation: str = ""
    persons: list[Person] = field(default_factory=list)
    project_title: str = ""
    position: int = 0


@dataclass
class Photo:
    id: str = field(default_factory=new_id)
    asset_id: str = ""
    caption: str = ""
    credit: str = ""  # "Stadt Dortmund / Stephan Schütze" (documents prefix "Bild: ")
    persons_left_to_right: list[str] = field(default_factory=list)
    alt_text: str = ""
    consent: bool = False  # the people shown agreed to publication
    winner_id: str | None = None  # the winner this photo belongs to, if any
    use_in_release: bool = False  # attached to the Medieninformation
    use_in_article: bool = True  # shown in the newsroom article
    position: int = 0


@dataclass
class Guest:
    id: str = field(default_factory=new_id)
    salutation: Salutation = Salutation.NONE
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    function: str = ""
    organisation: str = ""
    email: str = ""
    category: str = "Gast"
    rsvp: RSVP = RSVP.INVITED
    companions: int = 0  # unnamed accompanying persons
    companion_of: str | None = None  # id of the guest this one accompanies
    table: str = ""
    protocol_rank: int | None = None  # lower = greeted earlier; None = not greeted
    notes: str = ""
    photo_consent: bool | None = None
    # postal address for the invitation letter (DIN 5008); empty = invite by e-mail only
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""  # empty = Germany (not printed)
    pronunciation: str = ""  # how to say a difficult name, for the host's speaker cards
    # check-in at the door: a random code (QR on invitation, badge, check-in list) that carries
    # no personal data; codes replaced by a re-issue are kept so a scan of one is recognised
    checkin_token: str = ""
    previous_tokens: tuple[str, ...] = ()
    arrived_at: datetime | None = None  # checked in at the door (local time of the laptop)
    walk_in: bool = False  # came without being on the list; added at the door

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)

    @property
    def has_address(self) -> bool:
        """Enough of a postal address for a letter: street, postcode and city."""
        return bool(self.street.strip() and self.postcode.strip() and self.city.strip())


@dataclass
class ProgrammeItem:
    """One item of the evening's programme (run sheet) that staff add by hand: music,
    reception, greeting … The items of each award (laudation, handing over, photo) are not
    stored: they are generated from the prizes where the item with ``awards`` stands."""

    id: str = field(default_factory=new_id)
    start: time | None = None  # fixed start; None = right after the item before
    minutes: int = 5  # planned duration
    item: str = ""  # "Musik: Chor der Kulturen"
    who: str = ""
    where: str = ""  # "Bühne", "Foyer"
    notes: str = ""  # for the stage manager only
    public: bool = True  # listed in the guests' programme
    awards: bool = False  # placeholder: the award items of every prize are inserted here


class TableShape(StrEnum):
    """Shape of a table at the ceremony (the seating plan names it for the service staff)."""

    ROUND = "rund"
    SQUARE = "eckig"
    LONG = "tafel"


@dataclass
class SeatingTable:
    """One table at the ceremony: guests choose from these instead of typing "2" or "Tisch 2"."""

    name: str = ""  # "1", "Ehrentisch"
    seats: int = 8
    shape: TableShape = TableShape.ROUND


@dataclass
class Signatory:
    id: str = field(default_factory=new_id)
    name: str = ""
    function: str = ""
    signature_asset_id: str | None = None
    position: int = 0


@dataclass
class SenderProfile:
    """The press office's header data; set up once, copied into every project."""

    sender_name: str = ""
    office: str = ""
    responsible: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    web: list[str] = field(default_factory=list)
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    release_number: int = 1  # next running number of a Medieninformation
    date_style: DateStyle = DateStyle.SHORT
    gender_style: GenderStyle = GenderStyle.PAIR
    logo_asset_id: str | None = None


@dataclass
class Ceremony:
    """Everything about one award ceremony. The root of a project file."""

    award_name: str = ""  # "Ehrenamtspreis"
    year: int | None = None
    organiser: str = ""  # who awards it, e.g. "Stadt Dortmund"
    ceremony_date: date | None = None
    ceremony_time: time | None = None
    venue: str = ""
    city: str = ""  # place line on certificates and cheques
    host: Person = field(default_factory=Person)
    host_quote: Quote | None = None
    co_presenters: list[Person] = field(default_factory=list)  # present the prizes with the host
    edition: int | None = None  # 9 -> "Bereits zum neunten Mal"
    # who awards it together, in the mid-sentence form the lead uses: "das Kommunale
    # Integrationszentrum gemeinsam mit dem Ausschuss für Chancengerechtigkeit und Integration"
    organisers: str = ""
    total_prize_money: Decimal | None = None
    applications_count: int | None = None
    guest_count_expected: int | None = None
    # persons who really came, as staff state it after the event; None = counted at the door
    guest_count_actual: int | None = None
    jury: list[str] = field(default_factory=list)
    embargo: datetime | None = None
    release_date: date | None = None  # date the Medieninformation goes out
    release_headline: str = ""  # empty = generated
    release_final: bool = False
    more_info_url: str = ""
    retention_until: date | None = None  # guests' personal data should be deleted after this
    # replies to the invitation: by when, and how (any of e-mail, phone, web form)
    rsvp_date: date | None = None
    rsvp_email: str = ""
    rsvp_phone: str = ""
    rsvp_url: str = ""
    companions_allowed: int = 1  # accompanying persons each invited guest may bring
    programme: list[ProgrammeItem] = field(default_factory=list)  # run sheet, see ProgrammeItem
    sender: SenderProfile = field(default_factory=SenderProfile)
    guest_categories: list[str] = field(default_factory=lambda: list(DEFAULT_GUEST_CATEGORIES))
    import_mappings: dict[str, dict[str, str]] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)  # per-project document choices
    tables: list[SeatingTable] = field(default_factory=list)  # empty = tables typed freely

    prizes: list[Prize] = field(default_factory=list)
    winners: list[Winner] = field(default_factory=list)
    applicants: list[Applicant] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    guests: list[Guest] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    assets: dict[str, Asset] = field(default_factory=dict)

    @property
    def award_stem(self) -> str:
        """The award name without a year staff typed into it: "Integrationspreis"."""
        name = self.award_name.strip()
        head, _, tail = name.rpartition(" ")
        return head if head and len(tail) == 4 and tail.isdigit() else name

    @property
    def title(self) -> str:
        """ "Ehrenamtspreis 2026"; a name that already ends in the year is used as it is."""
        name = self.award_name.strip()
        year = str(self.year or "")
        if not year or name.endswith(year):
            return name
        return " ".join(p for p in (name, year) if p)

    def prize(self, prize_id: str | None) -> Prize | None:
        return next((p for p in self.prizes if p.id == prize_id), None)

    def winners_of(self, prize: Prize) -> list[Winner]:
        return sorted((w for w in self.winners if w.prize_id == prize.id), key=lambda w: w.position)

    def ranked_prizes(self) -> list[Prize]:
        """Prizes in the order documents present them: ranked 1..n, then special, then honorary."""
        order = {PrizeKind.RANKED: 0, PrizeKind.SPECIAL: 1, PrizeKind.HONORARY: 2}
        return sorted(self.prizes, key=lambda p: (order[p.kind], p.rank or 0))

    def photos_of(self, winner: Winner) -> list[Photo]:
        return sorted(
            (p for p in self.photos if p.winner_id == winner.id), key=lambda p: p.position
        )

    def asset(self, asset_id: str | None) -> Asset | None:
        return self.assets.get(asset_id) if asset_id else None


ENTITY_TYPES: tuple[type, ...] = (Prize, Winner, Applicant, Photo, Guest, Signatory, Asset)
"""The object types a project file stores as separate rows (everything else is ceremony info)."""

__all__ = [
    "DEFAULT_GUEST_CATEGORIES",
    "ENTITY_TYPES",
    "RSVP",
    "Applicant",
    "Asset",
    "Ceremony",
    "DateStyle",
    "GenderStyle",
    "Guest",
    "Person",
    "Photo",
    "Prize",
    "PrizeKind",
    "ProgrammeItem",
    "Quote",
    "Salutation",
    "SenderProfile",
    "Signatory",
    "Winner",
    "new_id",
]


def with_honour_default(ceremony: Ceremony, winner: Winner) -> Winner:
    """``winner`` with "who is honoured" decided when staff have not chosen yet.

    Once a winner names an organisation and persons and has a prize, an Ehrenpreis honours
    the persons (with their organisation: one certificate each, named in every text), any
    other prize the organisation – as the import decides for a jury row. The decision is
    stored, so the winner editor shows it and staff can switch; an explicit choice
    (``honour_persons`` not None) is never changed. Returns ``winner`` itself or a copy."""
    if winner.honour_persons is not None or winner.prize_id is None:
        return winner
    if not winner.organisation.strip() or not any(p.full_name for p in winner.persons):
        return winner
    prize = ceremony.prize(winner.prize_id)
    if prize is None:
        return winner
    return replace(winner, honour_persons=prize.kind is PrizeKind.HONORARY)

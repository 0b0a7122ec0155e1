"""The consistency check before anything is exported (``ceremonykit check``, GUI page *Prüfung*).

Messages say where to fix something in the window, never which command to type.

Each rule yields :class:`Finding` objects naming the object and field to fix and a German
sentence saying what to do. Errors block a final export, warnings do not.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from ceremonykit.domain.cleaning import (
    MULTILINE,
    control_characters,
    describe_characters,
    suspicious,
    text_fields,
    unusable_characters,
)
from ceremonykit.domain.model import Ceremony, PrizeKind
from ceremonykit.domain.settings_keys import CERTIFICATE_WORD_TEMPLATE
from ceremonykit.german.descriptions import DescriptionForm, description_form


class Severity(StrEnum):
    ERROR = "Fehler"
    WARNING = "Hinweis"  # the one word for "does not block" (docs/glossar.md)


@dataclass(frozen=True)
class Finding:
    severity: Severity
    object_type: str  # "ceremony", "sender", "prize", "winner", "photo", "guest", "signatory"
    object_id: str | None
    field: str  # attribute name of the field to fix
    label: str  # German name of the object, e.g. „VKII Ruhrbezirk e.V.“
    message: str  # German: what is wrong and what to do

    def text(self) -> str:
        where = f"{self.label}: " if self.label else ""
        return f"{self.severity.value}: {where}{self.message}"


PLACEHOLDER_PATTERNS = re.compile(
    r"(\bTODO\b|\bXXX\b|\?\?\?|lorem ipsum|\{\{|\}\}|\[(?:name|titel|betrag|datum|projekt)\]|\bN\.\s?N\.)",
    re.IGNORECASE,
)

_EUR = "\u00a0Euro"


def _eur(value: Decimal) -> str:
    """Plain de-DE money for messages (no Babel here: the domain imports stdlib only)."""
    text = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return (text[:-3] if text.endswith(",00") else text) + _EUR


Rule = Callable[[Ceremony, date], Iterator[Finding]]


def _ceremony_fields(c: Ceremony, today: date) -> Iterator[Finding]:
    required = {
        "award_name": "der Name des Preises",
        "ceremony_date": "das Datum der Verleihung",
        "venue": "der Ort der Verleihung",
    }
    for attr, what in required.items():
        if not getattr(c, attr):
            yield Finding(
                Severity.ERROR,
                "ceremony",
                None,
                attr,
                "Veranstaltung",
                f"Es fehlt {what}. Bitte auf der Seite „Veranstaltung“ eintragen.",
            )
    if not c.host.full_name:
        yield Finding(
            Severity.WARNING,
            "ceremony",
            None,
            "host",
            "Veranstaltung",
            "Es ist keine Gastgeberin bzw. kein Gastgeber eingetragen (wird im Text genannt).",
        )


def _amounts_add_up(c: Ceremony, today: date) -> Iterator[Finding]:
    if c.total_prize_money is None:
        if any(p.amount for p in c.prizes):
            yield Finding(
                Severity.WARNING,
                "ceremony",
                None,
                "total_prize_money",
                "Veranstaltung",
                "Das Gesamtpreisgeld ist nicht eingetragen; die Medieninformation nennt es sonst nicht.",
            )
        return
    awarded = sum(
        ((p.amount or Decimal(0)) * max(len(c.winners_of(p)), 1) for p in c.prizes),
        Decimal(0),
    )
    if awarded != c.total_prize_money:
        yield Finding(
            Severity.ERROR,
            "ceremony",
            None,
            "total_prize_money",
            "Veranstaltung",
            f"Die Preisgelder ergeben zusammen {_eur(awarded)}, angekündigt sind aber "
            f"{_eur(c.total_prize_money)}. Bitte Beträge oder Gesamtsumme korrigieren.",
        )


def _winners_complete(c: Ceremony, today: date) -> Iterator[Finding]:
    for w in c.winners:
        label = f"„{w.display_name or 'Preisträger ohne Namen'}“"
        if not w.display_name:
            yield Finding(
                Severity.ERROR,
                "winner",
                w.id,
                "organisation",
                label,
                "Weder Organisation noch Personen sind eingetragen.",
            )
        prize = c.prize(w.prize_id)
        if prize is None:
            yield Finding(
                Severity.ERROR,
                "winner",
                w.id,
                "prize_id",
                label,
                "Kein Preis bzw. Platz zugeordnet. Bitte einen Platz wählen.",
            )
        elif prize.amount is None and prize.kind is not PrizeKind.HONORARY:
            yield Finding(
                Severity.ERROR,
                "prize",
                prize.id,
                "amount",
                label,
                "Für diesen Preis ist kein Preisgeld eingetragen. Bitte den Betrag ergänzen "
                "(ein Preis ohne Geld ist als Ehrenpreis anzulegen).",
            )
        if not w.laudation.strip():
            yield Finding(
                Severity.WARNING,
                "winner",
                w.id,
                "laudation",
                label,
                "Es fehlt die Laudatio. Bitte den Text der Laudatio eintragen.",
            )
        if not w.project_title and w.organisation:
            yield Finding(
                Severity.WARNING,
                "winner",
                w.id,
                "project_title",
                label,
                "Es ist kein Projekttitel eingetragen.",
            )


def _ranks_unique(c: Ceremony, today: date) -> Iterator[Finding]:
    seen: dict[int, str] = {}
    for p in c.prizes:
        if p.kind is PrizeKind.RANKED and p.rank is not None:
            if p.rank in seen:
                yield Finding(
                    Severity.ERROR,
                    "prize",
                    p.id,
                    "rank",
                    f"{p.rank}. Platz",
                    f"Der {p.rank}. Platz ist doppelt angelegt. Bitte einen der Preise ändern.",
                )
            seen[p.rank] = p.id


def _photos_credited(c: Ceremony, today: date) -> Iterator[Finding]:
    for photo in c.photos:
        asset = c.asset(photo.asset_id)
        label = f"Foto „{photo.caption or (asset.filename if asset else photo.id)}“"
        used = photo.use_in_release or photo.use_in_article
        if used and not photo.credit.strip():
            yield Finding(
                Severity.ERROR,
                "photo",
                photo.id,
                "credit",
                label,
                "Der Bildnachweis fehlt. Bitte Fotograf/in bzw. Rechteinhaber eintragen.",
            )
        if used and not photo.alt_text.strip():
            yield Finding(
                Severity.WARNING,
                "photo",
                photo.id,
                "alt_text",
                label,
                "Der Alternativtext für Screenreader fehlt.",
            )
        if used and not photo.consent:
            yield Finding(
                Severity.WARNING,
                "photo",
                photo.id,
                "consent",
                label,
                "Die Einwilligung der abgebildeten Personen ist nicht bestätigt.",
            )
        if asset is None:
            yield Finding(
                Severity.ERROR,
                "photo",
                photo.id,
                "asset_id",
                label,
                "Die Bilddatei fehlt in der Projektdatei. Bitte das Foto erneut hinzufügen.",
            )


def _embargo(c: Ceremony, today: date) -> Iterator[Finding]:
    release = c.release_date or today  # an undated release goes out today
    if c.ceremony_date and release < c.ceremony_date and not c.embargo:
        yield Finding(
            Severity.ERROR,
            "ceremony",
            None,
            "embargo",
            "Veranstaltung",
            "Die Medieninformation geht vor der Verleihung hinaus, aber es ist keine Sperrfrist "
            "gesetzt. Bitte eine Sperrfrist eintragen.",
        )


def _retention(c: Ceremony, today: date) -> Iterator[Finding]:
    if c.retention_until and today > c.retention_until and c.guests:
        yield Finding(
            Severity.WARNING,
            "ceremony",
            None,
            "retention_until",
            "Datenschutz",
            f"Die Aufbewahrungsfrist der Gästedaten ist abgelaufen ({c.retention_until:%d.%m.%Y}). "
            "Bitte die Gästedaten löschen (im Fenster: Menü „Datei › Datenschutz…“).",
        )


def _word_template_named(c: Ceremony, today: date) -> Iterator[Finding]:
    """A project file can name a Word template – show which one, before anything is built."""
    path = c.settings.get(CERTIFICATE_WORD_TEMPLATE, "").strip()
    if path:
        yield Finding(
            Severity.WARNING,
            "ceremony",
            None,
            "settings",
            "Urkunden",
            f"Die Projektdatei nennt eine eigene Word-Vorlage: „{path}“. Liegt sie nicht in "
            "Ihrem Vorlagenordner, wird sie nur verwendet, wenn Sie sie beim Erstellen erlauben. "
            "Bitte nur erlauben, wenn Sie die Vorlage kennen.",
        )


def _no_placeholders(c: Ceremony, today: date) -> Iterator[Finding]:
    def scan(
        obj_type: str, obj_id: str | None, label: str, values: dict[str, str]
    ) -> Iterator[Finding]:
        for attr, value in values.items():
            match = PLACEHOLDER_PATTERNS.search(value or "")
            if match:
                yield Finding(
                    Severity.ERROR,
                    obj_type,
                    obj_id,
                    attr,
                    label,
                    f"Platzhaltertext „{match.group(0)}“ ist stehen geblieben. Bitte ersetzen.",
                )

    yield from scan(
        "ceremony",
        None,
        "Veranstaltung",
        {
            "award_name": c.award_name,
            "venue": c.venue,
            "release_headline": c.release_headline,
            "host_quote": c.host_quote.text if c.host_quote else "",
        },
    )
    for w in c.winners:
        yield from scan(
            "winner",
            w.id,
            f"„{w.display_name}“",
            {
                "organisation": w.organisation,
                "project_title": w.project_title,
                "description": w.description,
                "laudation": w.laudation,
                "quotes": " ".join(q.text for q in w.quotes),
            },
        )
    for p in c.photos:
        yield from scan(
            "photo",
            p.id,
            f"Foto „{p.caption}“",
            {
                "caption": p.caption,
                "credit": p.credit,
                "alt_text": p.alt_text,
            },
        )


_NOT_A_LETTER = re.compile(r"[\W_]+")
_NON_DECOMPOSING = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)


def name_key(name: str) -> str:
    """Spelling-insensitive key: "Müller", "Mueller" and "MÜLLER " share one; so do
    "Yılmaz" and "Yilmaz" (letters without a Unicode decomposition are mapped by hand)."""
    text = name.casefold()
    if not text.isascii():
        text = text.translate(_NON_DECOMPOSING)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return _NOT_A_LETTER.sub("", text)  # letters of every script count: "Иван" ≠ "Анна"


def _names_consistent(c: Ceremony, today: date) -> Iterator[Finding]:
    spellings: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))

    def add(name: str, where: str) -> None:
        name = " ".join(name.split())
        if len(name) >= 3:
            spellings[name_key(name)][name].append(where)

    add(c.host.full_name, "Gastgeber")
    if c.host_quote:
        add(c.host_quote.speaker, "Zitat der Gastgeberin/des Gastgebers")
    for w in c.winners:
        add(w.organisation, f"Preisträger „{w.display_name}“")
        for p in w.persons:
            add(p.full_name, f"Preisträger „{w.display_name}“")
        for q in w.quotes:
            add(q.speaker, f"Zitat bei „{w.display_name}“")
    for photo in c.photos:
        for person in photo.persons_left_to_right:
            add(person, f"Foto „{photo.caption}“")
    for s in c.signatories:
        add(s.name, "Unterschrift")
    for g in c.guests:
        add(g.full_name, "Gästeliste")
        if g.title:  # "Dr. Anna Müller" elsewhere may be written without the title
            add(f"{g.first_name} {g.last_name}", "Gästeliste")
    for variants in spellings.values():
        if len(variants) > 1:
            listed = "; ".join(
                f"„{name}“ ({', '.join(sorted(set(w)))})" for name, w in variants.items()
            )
            yield Finding(
                Severity.WARNING,
                "ceremony",
                None,
                "names",
                "Namen",
                f"Ein Name ist unterschiedlich geschrieben: {listed}. Bitte vereinheitlichen.",
            )


def _name_and_year(c: Ceremony, today: date) -> Iterator[Finding]:
    """ "Integrationspreis 2024" with year 2025 would print a wrong year on every document."""
    match = re.search(r"\b((?:19|20)\d\d)$", c.award_name.strip())
    if match and c.year and int(match.group(1)) != c.year:
        yield Finding(
            Severity.WARNING,
            "ceremony",
            None,
            "award_name",
            "Veranstaltung",
            f"Der Name des Preises endet auf {match.group(1)}, als Jahr ist aber {c.year} "
            "eingetragen. Bitte das Jahr aus dem Namen nehmen oder angleichen.",
        )


def _descriptions_placeable(c: Ceremony, today: date) -> Iterator[Finding]:
    """A description must be a sentence, a relative clause or a predicate – see
    :mod:`ceremonykit.german.descriptions`; anything else would read oddly in the texts."""
    for w in c.winners:
        if description_form(w.description) is DescriptionForm.UNPLACEABLE:
            start = " ".join(w.description.split()[:3])
            yield Finding(
                Severity.WARNING,
                "winner",
                w.id,
                "description",
                f"„{w.display_name}“",
                f"Die Beschreibung beginnt mit „{start} …“ und lässt sich nicht in den Satz "
                "einfügen. Bitte als ganzen Satz schreiben („Der Verein …“) oder als Nebensatz "
                "(„das …“, „der …“, „mit dem …“).",
            )


def _characters_usable(c: Ceremony, today: date) -> Iterator[Finding]:
    """Text the cleaning on input could not make printable: characters of private use or not
    assigned in Unicode (an error: they print as empty boxes), and control characters in
    text stored before cleaning existed (a warning: they are removed when the field is saved)."""
    objects: list[tuple[str, str | None, str, object]] = [("ceremony", None, "Veranstaltung", c)]
    objects += [("prize", p.id, f"Preis „{p.label or p.rank or ''}“", p) for p in c.prizes]
    objects += [("winner", w.id, f"„{w.display_name}“", w) for w in c.winners]
    objects += [("photo", p.id, f"Foto „{p.caption}“", p) for p in c.photos]
    objects += [("guest", g.id, f"Gast „{g.full_name}“", g) for g in c.guests]
    objects += [("signatory", s.id, f"„{s.name}“", s) for s in c.signatories]
    entity_lists = frozenset(
        {"prizes", "winners", "applicants", "photos", "guests", "signatories", "assets"}
    )
    for obj_type, obj_id, label, obj in objects:
        for path, text in text_fields(obj, skip=entity_lists if obj is c else frozenset()):
            if not suspicious(text):
                continue
            unusable = unusable_characters(text)
            if unusable:
                yield Finding(
                    Severity.ERROR,
                    obj_type,
                    obj_id,
                    path,
                    label,
                    f"Das Feld „{path}“ enthält Zeichen, die keine Schrift darstellen kann "
                    f"({describe_characters(unusable)}). Bitte diese Zeichen löschen oder ersetzen.",
                )
            leaf = path.rsplit(".", 1)[-1].split("[")[0]
            controls = control_characters(text, multiline=leaf in MULTILINE)
            if controls:
                yield Finding(
                    Severity.WARNING,
                    obj_type,
                    obj_id,
                    path,
                    label,
                    f"Das Feld „{path}“ enthält Steuerzeichen ({describe_characters(controls)}), "
                    "die in Dokumenten nicht erscheinen. Bitte das Feld einmal bearbeiten und "
                    "speichern – dabei werden sie entfernt.",
                )


RULES: tuple[Rule, ...] = (
    _ceremony_fields,
    _name_and_year,
    _descriptions_placeable,
    _amounts_add_up,
    _ranks_unique,
    _winners_complete,
    _photos_credited,
    _embargo,
    _no_placeholders,
    _names_consistent,
    _retention,
    _characters_usable,
    _word_template_named,
)


def run_preflight(ceremony: Ceremony, today: date | None = None) -> list[Finding]:
    """All findings, errors first, in the order the rules run."""
    today = today or date.today()
    findings = [f for rule in RULES for f in rule(ceremony, today)]
    return sorted(findings, key=lambda f: f.severity is not Severity.ERROR)


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)

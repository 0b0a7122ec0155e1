"""The registry of document kinds: what each kind declares, read by the build, the CLI and the GUI.

Each kind is one :class:`DocumentKind` below – label, folder, formats, designs, options – whose
``build`` is a :class:`LazyBuild` naming the module that makes its documents
(``ceremonykit.documents.kinds.<name>``). Only this metadata is imported to list, check or
choose kinds; a kind's build module (and reportlab, python-docx, XlsxWriter, Pillow behind it) is
imported when that kind is built, so ``build --only greeting_list`` does not pay for the
cheques. Adding a kind means its build module and one entry here.
"""

from __future__ import annotations

from functools import cache

from ceremonykit.documents.cheques.sizes import DEFAULT_SIZE, PNG_DPIS, PRESETS, parse_size
from ceremonykit.documents.guestdocs.labels import ADDRESS_LAYOUTS, BUNDLED_LAYOUTS
from ceremonykit.documents.kind import DocumentKind, LazyBuild
from ceremonykit.documents.options import Choice, KindOption, OptionType
from ceremonykit.documents.photos.web_settings import WEB_OPTIONS

__all__ = [
    "DocumentKind",
    "KindOption",
    "LazyBuild",
    "OptionType",
    "all_kinds",
    "get_kind",
    "kind_names",
]

# the bundled designs (a test checks them against the design modules, which import reportlab)
CERTIFICATE_DESIGNS = ("classic", "modern")
CHEQUE_DESIGNS = ("classic", "bold")


def _kind_module(name: str) -> LazyBuild:
    return LazyBuild(f"ceremonykit.documents.kinds.{name}")


# Shared by the greeting list and the speaker cards: on the night, greet only who came.
PRESENT_ONLY = KindOption(
    "present_only",
    OptionType.FLAG,
    "Nur Anwesende",
    "Am Abend: nur Ehrengäste, die am Einlass eingelassen wurden (Begrüßungsliste: dazu der "
    "Unterschied zur geplanten Liste – wer fehlt, wer neu ist).",
    default="0",
)

CERTIFICATE = DocumentKind(
    name="certificate",
    cost=7,
    libraries=("reportlab.pdfgen", "docx", "pikepdf", "jinja2"),
    label="Urkunden",
    label_en="Certificates",
    folder="urkunden",
    formats=("pdf", "docx"),
    build=LazyBuild("ceremonykit.documents.certificates.build", "build_certificates"),
    designs=CERTIFICATE_DESIGNS,
    description="Eine Urkunde je Preisträgerin und Preisträger (PDF/A zum Druck und Word zum Nachbearbeiten).",
    options=(
        KindOption(
            "participation",
            OptionType.FLAG,
            "Teilnahmeurkunden",
            "Zusätzlich eine Teilnahmeurkunde für jede Bewerbung erstellen.",
            default="0",
        ),
        KindOption(
            "word_template",
            OptionType.FILE,
            "Eigene Word-Vorlage",
            "Pfad zu einer eigenen Word-Vorlage mit Platzhaltern wie {{ preistraeger }}; "
            "daraus entsteht je Urkunde zusätzlich eine Word-Datei.",
        ),
        KindOption(
            "show_amount",
            OptionType.CHOICE,
            "Preisgeld zeigen",
            "Preisgeld auf der Urkunde zeigen (1) oder nicht (0); ohne Angabe wie in der "
            "Gestaltung vorgesehen.",
            choices=(
                Choice("", "Wie in der Gestaltung"),
                Choice("1", "Ja"),
                Choice("0", "Nein"),
            ),
        ),
    ),
)

PRESS_RELEASE = DocumentKind(
    name="press_release",
    cost=3,
    libraries=("docx", "jinja2", "typst"),
    label="Medieninformation",
    label_en="Press release",
    folder="presse",
    formats=("docx", "pdf"),
    build=_kind_module("press_release"),
    description="Medieninformation im Format der Pressestelle, mit Redaktionshinweis und Kontakt.",
)

NEWSROOM_ARTICLE = DocumentKind(
    name="newsroom_article",
    cost=29,
    libraries=("jinja2",),
    label="Newsroom-Artikel",
    label_en="Newsroom article",
    folder="newsroom",
    formats=("html",),
    build=_kind_module("newsroom_article"),
    description="Artikel für dortmund.de: HTML-Baustein für das CMS und Vorschauseite mit Bildern.",
    options=WEB_OPTIONS,
)

PHOTO_PACKAGE = DocumentKind(
    name="photo_package",
    cost=1,
    label="Fotopaket für die Presse",
    label_en="Press photo package",
    folder="fotos",
    formats=("jpg", "txt"),
    build=_kind_module("photo_package"),
    description="Die Fotos der Medieninformation in voller Größe, aufrecht, mit Bildnachweis "
    "in IPTC, XMP und EXIF, ohne GPS-Position und Seriennummer; dazu die Liste der "
    "Bildnachweise.",
)

SOCIAL_CARDS = DocumentKind(
    name="social_cards",
    cost=35,
    label="Social-Media-Karten",
    label_en="Social media cards",
    folder="social-media",
    formats=("jpg", "txt"),
    build=_kind_module("social_cards"),
    description="Je Preisträger eine Bildkarte 4:5 (1080 × 1350) und 1:1 (1080 × 1080) mit "
    "Preis, Platz, Namen und Bildnachweis, dazu Beitragstext und Alternativtext.",
)

CHEQUE = DocumentKind(
    name="cheque",
    cost=10,
    libraries=("reportlab.pdfgen",),
    label="Schecks",
    label_en="Cheques",
    folder="schecks",
    formats=("pdf", "png"),
    # the PNG preview costs more than all other documents of the demo: only when chosen
    default_formats=("pdf",),
    build=_kind_module("cheque"),
    designs=CHEQUE_DESIGNS,
    description=(
        "Riesenschecks für die Bühne: Druck-PDF mit Beschnitt je Preisträger mit Preisgeld; "
        "die PNG-Vorschau nur, wenn das Format PNG gewählt ist."
    ),
    options=(
        KindOption(
            "size",
            OptionType.CHOICE,
            "Größe",
            "Größe in Millimetern (Breite x Höhe): eine Vorgabe oder eigene Maße wie 1000x500.",
            default=DEFAULT_SIZE,
            choices=tuple(Choice(p, p.replace("x", " × ") + " mm") for p in PRESETS),
            free=True,
            check=parse_size,
        ),
        KindOption(
            "bleed",
            OptionType.NUMBER,
            "Beschnittzugabe (mm)",
            "Beschnittzugabe in Millimetern (Standard 3; große Formate oft 10).",
            default="3",
            minimum=0,
            maximum=50,
        ),
        KindOption(
            "crop_marks",
            OptionType.FLAG,
            "Schnittmarken",
            "Schnittmarken außerhalb des Beschnitts drucken.",
            default="0",
        ),
        KindOption(
            "png_dpi",
            OptionType.CHOICE,
            "PNG-Auflösung",
            "Auflösung der PNG-Vorschau in dpi.",
            default=str(PNG_DPIS[0]),
            choices=tuple(Choice(str(d), f"{d} dpi") for d in PNG_DPIS),
        ),
        KindOption(
            "number",
            OptionType.FLAG,
            "Schecknummer drucken",
            "Die laufende Schecknummer auf den Scheck drucken.",
            default="1",
        ),
    ),
)

GUEST_LIST = DocumentKind(
    name="guest_list",
    cost=4,
    libraries=("reportlab.pdfgen", "docx", "xlsxwriter"),
    label="Gästeliste",
    label_en="Guest list",
    folder="gaeste",
    formats=("xlsx", "csv", "docx", "pdf"),
    build=_kind_module("guest_list"),
    description=(
        "Alle Gäste mit Rückmeldung (auch Absagen), nach Kategorie gruppiert und nach Nachnamen "
        "sortiert; Begleitpersonen werden mitgezählt. Excel mit Filtern und Übersichtsblatt."
    ),
)

CHECKIN_LIST = DocumentKind(
    name="checkin_list",
    cost=1,
    libraries=("reportlab.pdfgen",),
    label="Einlassliste",
    label_en="Check-in list",
    folder="gaeste",
    formats=("pdf",),
    build=_kind_module("checkin_list"),
    description=(
        "Liste für den Einlass: alphabetisch mit Kästchen zum Abhaken, Kategorie und "
        "Begleitpersonen. Enthält Gäste mit Zusage und mit offener Rückmeldung."
    ),
)

NAME_BADGES = DocumentKind(
    name="name_badges",
    cost=1,
    libraries=("reportlab.pdfgen",),
    label="Namensschilder",
    label_en="Name badges",
    folder="gaeste",
    formats=("pdf",),
    build=_kind_module("name_badges"),
    designs=BUNDLED_LAYOUTS,
    description=(
        "Namensschilder auf A4-Etikettenbögen mit Schnittmarken: Name groß, Funktion und "
        "Organisation darunter. Nur für Gäste mit Zusage."
    ),
    options=(
        KindOption(
            "layout",
            OptionType.CHOICE,
            "Etikettenbogen",
            "Der Etikettenbogen, auf den gedruckt wird (ohne Angabe: die gewählte Gestaltung).",
            choices=tuple(Choice(name, name) for name in BUNDLED_LAYOUTS),
        ),
    ),
)

PLACE_CARDS = DocumentKind(
    name="place_cards",
    cost=1,
    libraries=("reportlab.pdfgen",),
    label="Tischkarten",
    label_en="Place cards",
    folder="gaeste",
    formats=("pdf",),
    build=_kind_module("place_cards"),
    description=(
        "Klappkarten zum Aufstellen, zwei je A4-Blatt, Name von beiden Seiten lesbar "
        "(Falz- und Schnittlinie). Nur für Gäste mit Zusage."
    ),
)

SEATING_PLAN = DocumentKind(
    name="seating_plan",
    cost=1,
    libraries=("reportlab.pdfgen",),
    label="Sitzplan",
    label_en="Seating plan",
    folder="gaeste",
    formats=("pdf",),
    build=_kind_module("seating_plan"),
    description=(
        "Je Tisch eine Seite mit den Gästen und ihren Begleitpersonen. Enthält Gäste mit "
        "Zusage und (markiert) mit offener Rückmeldung; Gäste ohne Tisch am Ende."
    ),
)

GREETING_LIST = DocumentKind(
    name="greeting_list",
    cost=2,
    libraries=("docx",),
    label="Begrüßungsliste",
    label_en="Greeting list",
    folder="gaeste",
    formats=("docx",),
    build=_kind_module("greeting_list"),
    description=(
        "Für die Rede: Ehrengäste mit Protokoll-Rang und Zusage in Protokoll-Reihenfolge, "
        "mit korrekter Anrede; gleiche Ämter werden zusammen begrüßt."
    ),
    options=(PRESENT_ONLY,),
)

ATTENDANCE_LIST = DocumentKind(
    name="attendance_list",
    cost=1,
    libraries=("reportlab.pdfgen",),
    label="Anwesenheitsliste",
    label_en="Attendance list",
    folder="gaeste",
    formats=("pdf", "csv"),
    build=_kind_module("attendance_list"),
    description=(
        "Nach der Veranstaltung: wer wann eingelassen wurde (mit Gästen ohne Anmeldung) und "
        "wer erwartet war, aber nicht kam; dazu die tatsächliche Gästezahl."
    ),
)

INVITATION = DocumentKind(
    name="invitation",
    cost=16,
    libraries=("reportlab.pdfgen", "reportlab.platypus", "docx", "jinja2", "email.message"),
    label="Einladungen",
    label_en="Invitations",
    folder="einladungen",
    formats=("pdf", "docx", "eml", "csv"),
    build=_kind_module("invitation"),
    description=(
        "Persönliche Einladungsbriefe nach DIN 5008 (Form B, Fensterumschlag DL/C6) als "
        "Druck-PDF und je Gast als Word-Datei; E-Mail-Entwürfe (.eml, werden nicht versendet) "
        "und eine Tabelle für den Serienversand mit Outlook."
    ),
    options=(
        KindOption(
            "attach_pdf",
            OptionType.FLAG,
            "Brief als PDF anhängen",
            "Hängt an jede E-Mail-Einladung den Brief als PDF an (nur Gäste mit Anschrift).",
            default="0",
        ),
    ),
)


REPLY_LIST = DocumentKind(
    name="reply_list",
    cost=1,
    libraries=("reportlab.pdfgen", "xlsxwriter", "jinja2"),
    label="Rückmeldeliste",
    label_en="Reply list",
    folder="gaeste",
    formats=("pdf", "xlsx"),
    build=_kind_module("reply_list"),
    description=(
        "Wer noch nicht geantwortet hat, nach Kategorie, mit Zählung der Zu- und Absagen; dazu "
        "eine Excel-Liste zum Eintragen der Antworten, die wieder importiert werden kann "
        "(ändert nur Rückmeldung und Begleitpersonen)."
    ),
)


ADDRESS_LABELS = DocumentKind(
    name="address_labels",
    cost=1,
    libraries=("reportlab.pdfgen", "jinja2"),
    label="Adressetiketten und Umschläge",
    label_en="Address labels and envelopes",
    folder="einladungen",
    formats=("pdf",),
    build=_kind_module("address_labels"),
    description=(
        "Die Anschriften der eingeladenen Gäste auf Etikettenbögen und direkt auf "
        "Briefumschläge (DL oder C6) gedruckt."
    ),
    options=(
        KindOption(
            "layout", OptionType.CHOICE, "Etikettenbogen",
            "Der Bogen mit Adressetiketten, auf den gedruckt wird.",
            default=ADDRESS_LAYOUTS[0],
            choices=tuple(Choice(n, n) for n in ADDRESS_LAYOUTS),
        ),
        KindOption(
            "envelope", OptionType.CHOICE, "Umschläge bedrucken",
            "Umschlagformat für den Direktdruck: DL (220 × 110 mm), C6 (162 × 114 mm) oder keine.",
            default="dl",
            choices=(Choice("dl", "DL"), Choice("c6", "C6"), Choice("none", "keine")),
        ),
    ),
)  # fmt: skip


SPEAKER_CARDS = DocumentKind(
    name="speaker_cards",
    cost=2,
    libraries=("reportlab.pdfgen", "reportlab.platypus", "jinja2"),
    label="Moderationskarten",
    label_en="Speaker cards",
    folder="moderation",
    formats=("pdf",),
    build=_kind_module("speaker_cards"),
    description=(
        "Karten für Gastgeberin/Gastgeber (Begrüßung in Protokoll-Reihenfolge, Bekanntgabe "
        "jedes Preises, Schlusswort) und für jede Laudatio: große Schrift, nummeriert, ein "
        "Thema je Karte, nie ein Satz über zwei Karten, mit geschätzter Redezeit."
    ),
    options=(
        KindOption(
            "size",
            OptionType.CHOICE,
            "Kartenformat",
            "A5 (Standard) oder A6.",
            default="a5",
            choices=(Choice("a5", "A5"), Choice("a6", "A6")),
        ),
        KindOption(
            "font_size",
            OptionType.NUMBER,
            "Schriftgröße (pt)",
            "Schriftgröße des Redetexts, mindestens 16 pt.",
            default="18",
            minimum=16,
            maximum=32,
        ),
        KindOption(
            "wpm",
            OptionType.NUMBER,
            "Sprechtempo (Wörter je Minute)",
            "Für die geschätzte Redezeit je Karte; ruhiges Vorlesen sind etwa 100–120.",
            default="110",
            minimum=60,
            maximum=200,
        ),
        PRESENT_ONLY,
    ),
)


RUN_SHEET = DocumentKind(
    name="run_sheet",
    cost=5,
    libraries=("reportlab.pdfgen", "reportlab.platypus", "docx", "jinja2"),
    label="Ablaufplan",
    label_en="Run sheet",
    folder="ablauf",
    formats=("pdf", "docx"),
    build=_kind_module("run_sheet"),
    description=(
        "Der Ablauf des Abends für die Bühnenleitung (Zeit, Programmpunkt, wer, wo, Hinweise; "
        "für jeden Preis Bekanntgabe, Laudatio, Übergabe und Foto mit Scheck) und ein kurzes "
        "Programm für die Gäste."
    ),
)


@cache
def all_kinds() -> tuple[DocumentKind, ...]:
    """Every registered kind, in the order the GUI lists them."""
    return (
        CERTIFICATE,
        PRESS_RELEASE,
        NEWSROOM_ARTICLE,
        PHOTO_PACKAGE,
        SOCIAL_CARDS,
        CHEQUE,
        GUEST_LIST,
        CHECKIN_LIST,
        NAME_BADGES,
        PLACE_CARDS,
        SEATING_PLAN,
        GREETING_LIST,
        ATTENDANCE_LIST,
        INVITATION,
        REPLY_LIST,
        ADDRESS_LABELS,
        SPEAKER_CARDS,
        RUN_SHEET,
    )


def kind_names() -> tuple[str, ...]:
    return tuple(k.name for k in all_kinds())


def get_kind(name: str) -> DocumentKind:
    for kind in all_kinds():
        if kind.name == name:
            return kind
    known = ", ".join(kind_names()) or "(keine)"
    raise KeyError(f"Unbekannte Dokumentart „{name}“. Bekannt sind: {known}.")

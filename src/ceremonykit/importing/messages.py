"""German messages of the spreadsheet import, in one place; each says what to do.

Where the way to do it differs between the import wizard and ``ceremonykit import`` (assigning
columns, choosing the sheet), the error carries a :class:`~ceremonykit.errors.Remedy` and each
surface names its own step or option."""

from __future__ import annotations

from pathlib import Path

from ceremonykit.errors import UserError

ENCRYPTED = (
    "Die Datei ist mit einem Kennwort geschützt. "
    "Bitte in Excel ohne Kennwort speichern und erneut importieren."
)
RESAVE = (
    "Bitte die Datei in Excel oder LibreOffice öffnen, als .xlsx speichern und erneut importieren."
)
COPY_SHEET = "Bitte nur die benötigte Tabelle in eine neue Datei kopieren und diese importieren."
SPLIT = "Bitte die Liste auf mehrere Dateien aufteilen."
REFUSED = "Sie wird aus Sicherheitsgründen nicht gelesen. "


class ImportFileError(UserError):
    """The file cannot be read at all; the message names the file and what to do."""


class ImportMappingError(UserError):
    """The table was read, but its columns do not fit the chosen import target."""


def _name(path: Path) -> str:
    return f"„{path.name}“"


def not_found(path: Path) -> str:
    return f"Die Datei {_name(path)} wurde nicht gefunden."


def unreadable(path: Path, reason: str) -> str:
    return f"Die Datei {_name(path)} kann nicht gelesen werden ({reason})."


def empty_file(path: Path) -> str:
    return f"Die Datei {_name(path)} ist leer (0 Byte). Bitte die richtige Datei auswählen."


def encrypted(path: Path) -> str:
    return f"{_name(path)}: {ENCRYPTED}"


def not_a_spreadsheet(path: Path, what: str) -> str:
    return (
        f"Die Datei {_name(path)} ist keine Tabelle ({what}). "
        "Unterstützt werden Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) und CSV."
    )


def zip_bomb(path: Path, unpacked_mb: int) -> str:
    return (
        f"Die Datei {_name(path)} würde beim Entpacken {unpacked_mb} MB belegen – ungewöhnlich "
        "viel für eine Tabelle und ein Hinweis auf eine beschädigte oder manipulierte Datei. "
        + REFUSED
        + RESAVE
    )


def xml_dtd(path: Path) -> str:
    return (
        f"Die Datei {_name(path)} enthält XML-Entitätsdefinitionen (DTD), wie sie in "
        "manipulierten Dateien vorkommen. " + REFUSED + RESAVE
    )


def damaged(path: Path) -> str:
    return (
        f"Die Datei {_name(path)} ist beschädigt oder kein gültiges Excel-/LibreOffice-Dokument. "
        + RESAVE
    )


def too_big(path: Path) -> str:
    return (
        f"Die Datei {_name(path)} braucht zum Lesen zu viel Arbeitsspeicher (über 1 GB) und wurde "
        "abgebrochen. " + COPY_SHEET
    )


def too_many_rows(path: Path, sheet: str, limit: int) -> str:
    return (
        f"{_name(path)}, Blatt „{sheet}“: Das Blatt hat mehr als {limit:,} Zeilen – mehr, als "
        "Excel in einem Blatt erlaubt – und wird nicht gelesen. "
    ).replace(",", ".") + SPLIT


def csv_too_big(path: Path, limit_mb: int) -> str:
    return (
        f"Die CSV-Datei {_name(path)} ist größer als {limit_mb} MB und wird nicht gelesen. " + SPLIT
    )


def columns_cut(sheet: str, limit: int, first_row: int) -> str:
    from ceremonykit.importing.cells import column_letter

    return (
        f"Blatt „{sheet}“: Zellen rechts von Spalte {column_letter(limit - 1)} (mehr als {limit} "
        f"Spalten, zuerst in Zeile {first_row}) wurden nicht gelesen."
    )


def timeout(path: Path, seconds: float) -> str:
    return (
        f"Das Lesen der Datei {_name(path)} dauerte länger als {seconds:.0f} Sekunden und wurde "
        "abgebrochen. " + COPY_SHEET
    )


def crashed(path: Path) -> str:
    return (
        f"Beim Lesen der Datei {_name(path)} ist das Leseprogramm abgestürzt; die Datei ist "
        "vermutlich beschädigt oder manipuliert. " + RESAVE
    )


def no_sheets(path: Path) -> str:
    return f"Die Datei {_name(path)} enthält keine Tabellenblätter mit Daten."


def sheet_missing(path: Path, sheet: str, available: list[str]) -> str:
    names = ", ".join(f"„{n}“" for n in available[:20]) or "keine"
    return (
        f"In der Datei {_name(path)} gibt es kein Tabellenblatt „{sheet}“. "
        f"Vorhandene Blätter: {names}."
    )


def no_header(path: Path, sheet: str, target_label: str, expected: str) -> str:
    return (
        f"{_name(path)}, Blatt „{sheet}“: Keine Kopfzeile für {target_label} gefunden. "
        f"Erwartet werden Spaltenüberschriften wie {expected}. Bitte die Überschriften anpassen "
        "oder die Spalten beim Import zuordnen."
    )


def no_data_sheet(path: Path, target_label: str, expected: str) -> str:
    return (
        f"In der Datei {_name(path)} sieht kein Tabellenblatt wie {target_label} aus. "
        f"Erwartet werden Spaltenüberschriften wie {expected}. Bitte das Blatt wählen und die "
        "Spalten zuordnen."
    )


def bad_mapping(entry: str, fields: list[str]) -> str:
    return (
        f"Zuordnung „{entry}“ nicht verstanden. Bitte als „Spaltenüberschrift=feld“ oder "
        f"„B=feld“ angeben; mögliche Felder: {', '.join(fields)}."
    )


def mapping_column_missing(path: Path, sheet: str, column: str) -> str:
    return f"{_name(path)}, Blatt „{sheet}“: Die Spalte „{column}“ aus der Zuordnung gibt es nicht."


def missing_required(path: Path, sheet: str, what: str) -> str:
    return (
        f"{_name(path)}, Blatt „{sheet}“: Es fehlt eine Spalte für {what}. Bitte die Spalte "
        "ergänzen oder beim Import zuordnen."
    )


def header_row_outside(path: Path, sheet: str, row: int, rows: int) -> str:
    return (
        f"{_name(path)}, Blatt „{sheet}“: Kopfzeile {row} gibt es nicht – das Blatt hat "
        f"{rows} Zeilen. Bitte eine Zeile von 1 bis {rows} angeben (0 = keine Kopfzeile)."
    )

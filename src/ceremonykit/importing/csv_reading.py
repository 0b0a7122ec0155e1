"""CSV as German Excel writes it: UTF-8 with/without BOM or Windows-1252, `;`, `,` or tab."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from ceremonykit.importing import messages
from ceremonykit.importing.cells import CellValue, RawWorkbook, Sheet
from ceremonykit.importing.messages import ImportFileError

MAX_CSV_BYTES = 200 * 1024 * 1024
_DELIMITERS = ";,\t|"


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was written in."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", "replace"), "UTF-8 mit BOM"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace"), "Windows-1252"


def sniff_delimiter(text: str) -> str:
    """`;` for German Excel, `,` or tab otherwise – judged from the first lines."""
    sample = text[:65536]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = next((line for line in sample.splitlines() if line.strip()), "")
        counts = {d: first.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ";"


_DELIMITER_NAMES = {";": "Semikolon", ",": "Komma", "\t": "Tabulator", "|": "senkrechter Strich"}


def read_csv(path: Path) -> RawWorkbook:
    with path.open("rb") as fh:
        data = fh.read(MAX_CSV_BYTES + 1)
    if len(data) > MAX_CSV_BYTES:
        raise ImportFileError(messages.csv_too_big(path, MAX_CSV_BYTES // (1024 * 1024)))
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    rows: list[list[CellValue]] = [
        [cell if cell.strip() else None for cell in record]
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    ]
    note = f"CSV gelesen als {encoding}, Trennzeichen {_DELIMITER_NAMES[delimiter]}."
    return RawWorkbook([Sheet(name=path.stem, rows=rows)], engine="csv", notes=[note])

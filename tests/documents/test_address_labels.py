"""Address labels on the Avery L7163 sheet and addresses printed directly on DL/C6 envelopes."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.context import BuildOptions
from ceremonykit.documents.guestdocs.labels import load_layout
from ceremonykit.documents.kinds.address_labels import ENVELOPES_MM

MM = 72 / 25.4


def _pages(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    root = ET.fromstring(html.replace("<!DOCTYPE html>", ""))
    pages = []
    for page in (el for el in root.iter() if el.tag.endswith("page")):
        pages.append([
            (*(float(w.attrib[k]) / MM for k in ("xMin", "yMin", "xMax", "yMax")), w.text or "")
            for w in page.iter() if w.tag.endswith("word")
        ])  # fmt: skip
    return pages


@pytest.mark.parametrize("envelope", ["dl", "c6"])
def test_labels_and_envelopes(tmp_path: Path, envelope: str) -> None:
    options = BuildOptions(kind_options={"address_labels": {"envelope": envelope}})
    report = build_ceremony(demo_ceremony(), tmp_path, options=options, only=("address_labels",))
    assert report.failed == [] and len(report.skipped) == 4  # the press: e-mail only
    folder = tmp_path / "einladungen"
    [labels] = folder.glob("Adressetiketten_*.pdf")
    sheet = load_layout("avery_l7163", folder="labels")
    boxes = []
    for index in range(sheet.per_sheet):
        x0, y0 = sheet.origin(index)
        top = sheet.page_height - y0 - sheet.label_height
        boxes.append((x0, top, x0 + sheet.label_width, top + sheet.label_height))
    first = _pages(labels)[0]
    assert len(first) > 50
    for x0, y0, x1, y1, text in first:
        assert any(b[0] <= x0 and x1 <= b[2] and b[1] <= y0 and y1 <= b[3] for b in boxes), text
    assert sum(len(p) for p in _pages(labels)) > 0
    [env] = folder.glob(f"Umschlaege-{envelope.upper()}_*.pdf")
    width, height = ENVELOPES_MM[envelope]
    pages = _pages(env)
    assert len(pages) == 43
    for x0, y0, x1, y1, text in pages[0]:
        if y0 < 20:  # the return-address line at the top left
            assert x0 < 60, text
            continue
        assert width - 15 - 85 - 0.5 <= x0 and x1 <= width - 15 + 0.5, text
        assert y1 <= height - 15 + 0.5, text

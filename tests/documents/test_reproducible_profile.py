"""The sRGB profile we embed in every photo and PDF carries a fixed date: the same ceremony
builds byte for byte the same photos, whenever it is built (LittleCMS stamps the time)."""

from __future__ import annotations

import subprocess
import sys
import time

from ceremonykit.documents.images.colour import PROFILE_DATE, srgb_icc

CHILD = "from ceremonykit.documents.images.colour import srgb_icc; print(srgb_icc().hex())"


def test_the_profile_is_the_same_a_second_later() -> None:
    here = srgb_icc()
    assert here[24:36] == PROFILE_DATE
    time.sleep(1.1)  # the ICC date has whole seconds
    later = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert bytes.fromhex(later) == here

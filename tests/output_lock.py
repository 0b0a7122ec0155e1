"""Another program building into an output folder: a child process that holds the folder's
lock (:mod:`ceremonykit.build.folder_lock`) until its stdin closes or it is killed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import cli_env

_HOLD = (
    "import sys; from pathlib import Path\n"
    "from ceremonykit.build.folder_lock import output_folder_lock\n"
    "with output_folder_lock(Path(sys.argv[1])):\n"
    "    print('gesperrt', flush=True); sys.stdin.read()\n"
)


def hold_output_lock(out: Path) -> subprocess.Popen[str]:
    """Start the holder and return once it has the lock (``communicate("")`` releases it)."""
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "gesperrt"
    return child

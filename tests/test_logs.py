"""Per-process log files: two running copies never share (and never stop) one log."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from ceremonykit import logs
from conftest import cli_env

WRITER = """
import logging, os, sys
from ceremonykit import logs
logs.MAX_BYTES = 20_000  # rotate several times while the other process writes too
logs.setup_logging()
for i in range(600):
    logging.getLogger("probe").warning("process %s line %s", os.getpid(), i)
print(logs.log_file())
"""


def test_two_processes_write_their_own_complete_logs(tmp_path: Path) -> None:
    env = cli_env({"CEREMONYKIT_LOG_DIR": str(tmp_path)})
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    paths = [Path(p.communicate(timeout=60)[0].strip()) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert paths[0] != paths[1] and all(p.parent == tmp_path for p in paths)
    for proc, path in zip(procs, paths, strict=True):
        assert path.name.endswith(f"-{proc.pid}.log")
        text = path.read_text(encoding="utf-8")
        assert f"process {proc.pid} line 599" in text  # still logging after rotations
        other = procs[1 - procs.index(proc)].pid
        assert f"process {other} " not in text
        assert path.with_name(path.name + ".1").is_file()  # rotated within its own file


def test_log_file_is_stable_within_a_process_and_names_it() -> None:
    assert logs.log_file() == logs.log_file()
    assert logs.log_file().name.startswith("ceremonykit-")
    assert logs.log_file().name.endswith(f"-{os.getpid()}.log")


def test_old_logs_are_pruned_to_the_newest(tmp_path: Path) -> None:
    now = time.time()
    for i in range(25):
        path = tmp_path / f"ceremonykit-20260101-0000{i:02d}-{1000 + i}.log"
        path.write_text("x", encoding="utf-8")
        os.utime(path, (now - 1000 + i, now - 1000 + i))
        if i < 3:
            path.with_name(path.name + ".1").write_text("rotated", encoding="utf-8")
    (tmp_path / "selftest.txt").write_text("bleibt", encoding="utf-8")
    logs.prune_logs(tmp_path, keep=20)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert len([n for n in left if n.endswith(".log")]) == 20
    assert "ceremonykit-20260101-000024-1024.log" in left  # newest kept
    assert "ceremonykit-20260101-000000-1000.log" not in left
    assert not [n for n in left if n.endswith(".1")] and "selftest.txt" in left

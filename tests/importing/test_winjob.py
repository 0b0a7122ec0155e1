"""The import child's Windows limits: structure layout, flags and call sequence (any platform),
and the real job object on Windows (memory cap, killed with its parent's handle)."""

from __future__ import annotations

import ctypes
import subprocess
import sys
import time
from typing import Any

import pytest

from ceremonykit.importing import winjob

on_windows = pytest.mark.skipif(sys.platform != "win32", reason="nur unter Windows")


def test_structures_have_windows_x64_layout() -> None:
    """Sizes and offsets of winnt.h on 64-bit Windows: a wrong layout would set wrong limits."""
    if ctypes.sizeof(ctypes.c_void_p) != 8:
        pytest.skip("Layout für 64-Bit-Windows")
    assert ctypes.sizeof(winjob.JOBOBJECT_BASIC_LIMIT_INFORMATION) == 64
    assert ctypes.sizeof(winjob.IO_COUNTERS) == 48
    assert ctypes.sizeof(winjob.JOBOBJECT_EXTENDED_LIMIT_INFORMATION) == 144
    assert winjob.JOBOBJECT_BASIC_LIMIT_INFORMATION.LimitFlags.offset == 16
    assert winjob.JOBOBJECT_EXTENDED_LIMIT_INFORMATION.ProcessMemoryLimit.offset == 112


def test_limits_cap_memory_kill_on_close_and_die_on_crash() -> None:
    info = winjob.job_limits(256 * 1024 * 1024)
    flags = info.BasicLimitInformation.LimitFlags
    assert flags == 0x0100 | 0x2000 | 0x0400
    assert info.ProcessMemoryLimit == 256 * 1024 * 1024
    assert info.JobMemoryLimit == 0 and info.BasicLimitInformation.ActiveProcessLimit == 0


class FakeKernel32:
    """Records the calls; ``fail`` names a function that returns 0 (failure)."""

    def __init__(self, fail: str = "") -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.fail = fail
        self.limits: winjob.JOBOBJECT_EXTENDED_LIMIT_INFORMATION | None = None

    def __getattr__(self, name: str) -> Any:
        results = {"CreateJobObjectW": 101, "OpenProcess": 202}

        def call(*args: Any) -> Any:
            self.calls.append((name, args))
            if name == "SetInformationJobObject":
                self.limits = winjob.JOBOBJECT_EXTENDED_LIMIT_INFORMATION.from_buffer_copy(
                    ctypes.string_at(ctypes.addressof(args[2]._obj), args[3])
                )
            return 0 if name == self.fail else results.get(name, 1)

        return call


def test_child_is_put_into_the_job_and_only_the_parent_keeps_the_handle() -> None:
    kernel32 = FakeKernel32()
    job = winjob.contain(4711, 512 * 1024 * 1024, kernel32)
    assert job is not None and job.handle == 101
    names = [name for name, _ in kernel32.calls]
    assert names == [
        "CreateJobObjectW", "SetInformationJobObject", "OpenProcess",
        "AssignProcessToJobObject", "CloseHandle",
    ]  # fmt: skip
    assert kernel32.calls[1][1][1] == 9  # JobObjectExtendedLimitInformation
    assert kernel32.limits is not None
    assert kernel32.limits.ProcessMemoryLimit == 512 * 1024 * 1024
    assert kernel32.limits.BasicLimitInformation.LimitFlags == winjob.JOB_LIMIT_FLAGS
    assert kernel32.calls[2][1] == (0x0100 | 0x0001, False, 4711)
    assert kernel32.calls[3][1] == (101, 202) and kernel32.calls[4][1] == (202,)
    job.close()
    job.close()  # twice is harmless
    assert kernel32.calls[-1] == ("CloseHandle", (101,))
    assert [n for n, _ in kernel32.calls].count("CloseHandle") == 2


@pytest.mark.parametrize("fail", ["CreateJobObjectW", "SetInformationJobObject", "OpenProcess",
                                  "AssignProcessToJobObject"])  # fmt: skip
def test_failure_is_logged_and_tolerated(fail: str, caplog: pytest.LogCaptureFixture) -> None:
    kernel32 = FakeKernel32(fail)
    assert winjob.contain(4711, 1024, kernel32) is None
    assert "4711" in caplog.text
    opened = [c for c in kernel32.calls if c[0] in {"CreateJobObjectW", "OpenProcess"}]
    created = {"CreateJobObjectW": 101, "OpenProcess": 202}
    handles = [created[name] for name, _ in opened if name != fail]
    closed = [args[0] for name, args in kernel32.calls if name == "CloseHandle"]
    assert sorted(closed) == sorted(handles)  # nothing leaks


def test_quiet_error_mode_suppresses_every_dialog() -> None:
    kernel32 = FakeKernel32()
    winjob.quiet_error_mode(kernel32)
    assert kernel32.calls == [("SetErrorMode", (0x8003,)), ("WerSetFlags", (0x20,))]


def test_nothing_happens_off_windows() -> None:
    if sys.platform == "win32":
        pytest.skip("prüft das Verhalten außerhalb von Windows")
    assert winjob.contain(1, 1024) is None
    winjob.quiet_error_mode()


@on_windows
def test_closing_the_job_ends_the_child() -> None:
    """What happens when the GUI crashes: its handle closes and the reader ends with it."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    job = winjob.contain(child.pid, 256 * 1024 * 1024)
    assert job is not None
    job.close()
    start = time.monotonic()
    assert child.wait(timeout=10) != 0 and time.monotonic() - start < 10


@on_windows
def test_job_caps_the_childs_memory() -> None:
    code = "import time; time.sleep(1.5); b = bytearray(600 * 1024 * 1024); print('ok')"
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    job = winjob.contain(child.pid, 256 * 1024 * 1024)
    assert job is not None
    out, _ = child.communicate(timeout=30)
    job.close()
    assert child.returncode != 0 and "ok" not in out

"""Windows limits for the import child: a Job Object and a silent error mode.

POSIX gives the child ``RLIMIT_AS`` (see :mod:`sandbox`); Windows has no rlimit. There the
parent puts the child into a *Job Object* right after starting it:

* ``JOB_OBJECT_LIMIT_PROCESS_MEMORY`` – the child cannot commit more than the memory limit; an
  allocation beyond it fails (Python raises MemoryError, a Rust reader aborts) instead of pushing
  a Citrix server into paging;
* ``JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE`` – the only handle to the job belongs to the parent, so
  when the GUI ends – normally or by a crash – Windows closes it and ends the child with it;
* ``JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION`` – a native crash ends the child at once
  instead of waiting for a Windows Error Reporting dialog nobody will click.

The child itself calls :func:`quiet_error_mode` first thing: no "program has stopped working",
"insert a disk" or "file not found" boxes, and no WER window for a fast-fail abort. The parent
then sees a dead child and reports a damaged file within a second, not after the time limit.

Everything that touches ``kernel32`` takes it as a parameter, so the structures and the call
sequence are tested on Linux with a stand-in; only the real calls need Windows. Any failure is
logged and tolerated – the time limit still applies – because a missing limit must not stop an
import.
"""

from __future__ import annotations

import ctypes
import logging
import os
from typing import Any

log = logging.getLogger(__name__)

# Windows' own widths (ctypes.wintypes on Linux makes DWORD 8 bytes; these are exact)
DWORD = ctypes.c_uint32
SIZE_T = ctypes.c_size_t
LARGE_INTEGER = ctypes.c_int64
ULONGLONG = ctypes.c_uint64

JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x0100
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x0400
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x2000
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9
PROCESS_SET_QUOTA = 0x0100
PROCESS_TERMINATE = 0x0001
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
SEM_NOOPENFILEERRORBOX = 0x8000
WER_FAULT_REPORTING_NO_UI = 0x0020
QUIET_ERROR_MODE = SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
JOB_LIMIT_FLAGS = (
    JOB_OBJECT_LIMIT_PROCESS_MEMORY
    | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
    | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
)


class JOBOBJECT_BASIC_LIMIT_INFORMATION(ctypes.Structure):  # Windows' name
    _fields_ = (
        ("PerProcessUserTimeLimit", LARGE_INTEGER),
        ("PerJobUserTimeLimit", LARGE_INTEGER),
        ("LimitFlags", DWORD),
        ("MinimumWorkingSetSize", SIZE_T),
        ("MaximumWorkingSetSize", SIZE_T),
        ("ActiveProcessLimit", DWORD),
        ("Affinity", SIZE_T),  # ULONG_PTR
        ("PriorityClass", DWORD),
        ("SchedulingClass", DWORD),
    )


class IO_COUNTERS(ctypes.Structure):  # Windows' name
    _fields_ = tuple(
        (name, ULONGLONG)
        for name in (
            "ReadOperationCount",
            "WriteOperationCount",
            "OtherOperationCount",
            "ReadTransferCount",
            "WriteTransferCount",
            "OtherTransferCount",
        )
    )


class JOBOBJECT_EXTENDED_LIMIT_INFORMATION(ctypes.Structure):  # Windows' name
    _fields_ = (
        ("BasicLimitInformation", JOBOBJECT_BASIC_LIMIT_INFORMATION),
        ("IoInfo", IO_COUNTERS),
        ("ProcessMemoryLimit", SIZE_T),
        ("JobMemoryLimit", SIZE_T),
        ("PeakProcessMemoryUsed", SIZE_T),
        ("PeakJobMemoryUsed", SIZE_T),
    )


def job_limits(memory_limit: int) -> JOBOBJECT_EXTENDED_LIMIT_INFORMATION:
    """The limits the import child's job gets (see the module docstring)."""
    info = JOBOBJECT_EXTENDED_LIMIT_INFORMATION()
    info.BasicLimitInformation.LimitFlags = JOB_LIMIT_FLAGS
    info.ProcessMemoryLimit = memory_limit
    return info


def _kernel32() -> Any:
    """kernel32 with handle-sized return and argument types (the default int would cut them)."""
    k = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    handle = ctypes.c_void_p
    k.CreateJobObjectW.restype = handle
    k.CreateJobObjectW.argtypes = (ctypes.c_void_p, ctypes.c_wchar_p)
    k.SetInformationJobObject.argtypes = (handle, ctypes.c_int, ctypes.c_void_p, DWORD)
    k.OpenProcess.restype = handle
    k.OpenProcess.argtypes = (DWORD, ctypes.c_int, DWORD)
    k.AssignProcessToJobObject.argtypes = (handle, handle)
    k.CloseHandle.argtypes = (handle,)
    k.SetErrorMode.argtypes = (ctypes.c_uint,)
    return k


def _last_error() -> int:
    get = getattr(ctypes, "get_last_error", None)  # Windows only
    return int(get()) if get is not None else 0


class ChildJob:
    """The parent's handle to the child's job; :meth:`close` (or the parent's end) kills it."""

    def __init__(self, handle: int, kernel32: Any) -> None:
        self.handle = handle
        self._kernel32 = kernel32

    def close(self) -> None:
        if self.handle:
            self._kernel32.CloseHandle(self.handle)
            self.handle = 0


def contain(pid: int, memory_limit: int, kernel32: Any = None) -> ChildJob | None:
    """Put process ``pid`` into a new job with :func:`job_limits`; None where impossible."""
    if kernel32 is None:
        if os.name != "nt":
            return None
        kernel32 = _kernel32()
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        log.warning("import child %s: CreateJobObject failed (%s)", pid, _last_error())
        return None
    contained = ChildJob(job, kernel32)
    info = job_limits(memory_limit)
    ok = kernel32.SetInformationJobObject(
        job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS, ctypes.byref(info), ctypes.sizeof(info)
    )
    process = kernel32.OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, False, pid) if ok else 0
    assigned = bool(process) and kernel32.AssignProcessToJobObject(job, process)
    if process:
        kernel32.CloseHandle(process)
    if not (ok and assigned):
        # e.g. the child already ended, or a policy forbids jobs: the time limit still holds
        log.warning("import child %s: no job object (error %s)", pid, _last_error())
        contained.close()
        return None
    return contained


def quiet_error_mode(kernel32: Any = None) -> None:
    """In the child: never show a Windows error dialog (crash, missing disk, fast-fail)."""
    if kernel32 is None:
        if os.name != "nt":
            return
        kernel32 = _kernel32()
    kernel32.SetErrorMode(QUIET_ERROR_MODE)
    wer_set_flags = getattr(kernel32, "WerSetFlags", None)
    if wer_set_flags is not None:
        wer_set_flags(WER_FAULT_REPORTING_NO_UI)

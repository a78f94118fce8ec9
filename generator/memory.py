"""Freed memory handed back to the system.

glibc keeps what a process frees for its own later use: after reading a workbook (calamine's
buffers) or opening a template (python-docx's parsed package) that is tens of megabytes a
province-size run would hold for nothing, in every worker. Elsewhere this does nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys


def give_back() -> None:
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):  # a libc without malloc_trim
            ctypes.CDLL(None).malloc_trim(0)

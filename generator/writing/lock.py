"""One build at a time in an output folder.

The lock is the operating system's lock on a small file in the output folder: it is released
however the build ends, even killed, so a lock left by a stopped run is simply taken over. The
file names the holder (computer, process, start time) for the message a second build gives.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import time
from contextlib import contextmanager, suppress
from pathlib import Path

from . import files

LOCK = ".daihoi-dang-chay.lock"
WAIT = 5.0  # seconds a second build waits before it gives up
OFFSET = 1 << 20  # Windows locks a byte range: one far past the text, so the text stays readable


class Busy(Exception):
    """Another build is writing into this output folder; the message is for the clerk."""


def try_lock(handle) -> bool:
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def holder(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def describe(who: dict) -> str:
    return (
        f"máy {who.get('host', '?')}, tiến trình số {who.get('pid', '?')}, bắt đầu lúc "
        f"{who.get('started', '?')}"
    )


@contextmanager
def output_lock(outdir: Path, wait: float | None = None, notify=print):
    """Hold the output folder's lock for the duration; raises Busy after `wait` (WAIT) seconds."""
    files.mkdir(outdir)
    path = outdir / LOCK
    deadline = time.monotonic() + (WAIT if wait is None else wait)
    while True:
        handle = files.open_lock(path)
        if try_lock(handle) and same_file(handle, path):
            break
        handle.close()
        if time.monotonic() >= deadline:
            raise Busy(
                f'Thư mục "{outdir}" đang được một lần chạy khác ghi hồ sơ '
                f"({describe(holder(path))}). Hãy đợi lần chạy đó xong rồi chạy lại."
            )
        time.sleep(0.2)
    left = holder(path)
    if left:
        notify(
            f"Lần chạy trước ({describe(left)}) đã dừng giữa chừng; lần này hoàn tất phần còn lại."
        )
    mine = {
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "started": dt.datetime.now().strftime("%H:%M:%S ngày %d/%m/%Y"),
    }
    rewrite(handle, json.dumps(mine, ensure_ascii=False).encode())
    try:
        yield
    finally:
        rewrite(handle, b"")
        if os.name != "nt":
            files.unlink(path)  # while still held: a waiter then finds it gone and retries
        handle.close()
        if os.name == "nt":
            with suppress(OSError):  # a waiting build has it open: it takes it over
                files.unlink(path)


def rewrite(handle, data: bytes) -> None:
    handle.seek(0)
    handle.truncate()
    handle.write(data)
    handle.flush()


def same_file(handle, path: Path) -> bool:
    """The locked file is still the one at `path` (not one its last holder just removed)."""
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except OSError:
        return False

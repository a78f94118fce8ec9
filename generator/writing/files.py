"""Every change the tool makes on disk goes through the few functions of this module.

One seam: the fault-injection test stops the process before each of them in turn. A file is
never written in place: it is written whole beside its target under a temporary name (TEMP_…)
and moved over the target in one step, so a reader, or a run stopped anywhere, sees the old file
or the new one, never half of one. Temporary files are the tool's own and any left over by a
stopped run are removed by the next.
"""

from __future__ import annotations

import errno
import itertools
import os
from pathlib import Path

from .paths import WINDOWS_PATH

TEMP_PREFIX, TEMP_SUFFIX = ".~daihoi-", ".tmp"
MUTATIONS = ("write_new", "replace", "rename", "unlink", "mkdir", "rmdir", "open_lock")
_numbers = itertools.count()


def write_new(path: Path, data: bytes, durable: bool = False) -> None:
    """Create a file that does not exist yet; durable: its bytes on disk before it returns
    (worth its time for the records, not for every document)."""
    with open(path, "xb") as handle:
        handle.write(data)
        if durable:
            handle.flush()
            os.fsync(handle.fileno())


def replace(source: Path, target: Path) -> None:
    os.replace(source, target)


def rename(source: Path, target: Path) -> None:
    """Rename, never over an existing file or folder."""
    if target.exists():
        raise FileExistsError(errno.EEXIST, "exists", str(target))
    os.rename(source, target)


def unlink(path: Path) -> None:
    path.unlink(missing_ok=True)


def mkdir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)


def rmdir(path: Path) -> None:
    path.rmdir()


def open_lock(path: Path):
    """The lock file, created if missing, open for reading and writing."""
    return open(path, "a+b")


def write_atomic(target: Path, data: bytes, durable: bool = False) -> None:
    temp = target.with_name(f"{TEMP_PREFIX}{os.getpid()}-{next(_numbers)}{TEMP_SUFFIX}")
    try:
        write_new(temp, data, durable)
        replace(temp, target)
    except OSError:
        if temp.exists():
            unlink(temp)
        raise


def is_temp(path: Path) -> bool:
    return path.name.startswith(TEMP_PREFIX) and path.name.endswith(TEMP_SUFFIX)


def remove_temps(folder: Path) -> None:
    """Temporary files a stopped run left behind (only one run at a time writes here)."""
    for path in folder.iterdir() if folder.is_dir() else ():
        if is_temp(path):
            unlink(path)


FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def too_long(error: OSError) -> bool:
    """Windows reports a path over its limit as not found (ENOENT), like a folder taken away."""
    names = (error.filename, error.filename2)
    return any(len(os.path.abspath(n)) > WINDOWS_PATH for n in names if isinstance(n, str))


def reason(error: OSError) -> str:
    """Why a file could not be written, in Vietnamese (the system's own words may be English)."""
    code = error.errno
    if isinstance(error, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EBUSY):
        return "không có quyền ghi, hoặc tệp đang mở trong một chương trình khác"
    if code == errno.EROFS:
        return "ổ đĩa chỉ cho đọc"
    if code in FULL:
        return "ổ đĩa đã đầy"
    if code == errno.ENAMETOOLONG or getattr(error, "winerror", None) == 206 or too_long(error):
        return "đường dẫn quá dài"
    if code == errno.ENOENT:
        return "thư mục không còn"
    return f"lỗi hệ thống số {code}" if code else "lỗi hệ thống"


def advice(error: OSError, program: str) -> str:
    """What the clerk does about a file that could not be written (open in `program`?)."""
    if error.errno in FULL:
        return "Hãy giải phóng chỗ trống trên ổ đĩa (hoặc ghi sang ổ đĩa khác) rồi chạy lại."
    if error.errno == errno.EROFS:
        return "Hãy ghi sang một thư mục trên ổ đĩa khác rồi chạy lại."
    return (
        f"Hãy đóng tệp nếu đang mở trong {program}, kiểm tra quyền ghi của tệp và thư mục (thuộc "
        "tính chỉ đọc) rồi chạy lại."
    )

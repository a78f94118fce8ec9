"""An .xlsx from anyone, checked before any engine parses it.

An .xlsx is a zip of XML parts. A hostile one can inflate a megabyte into gigabytes, claim small
sizes in its directory and hold large ones, or declare XML entities that expand without end.
Every part is inflated here once, as a stream, a megabyte at a time: its real size is counted
against fixed limits (the directory is never trusted), its checksum compared, and its text
searched for a document type or entity declaration (Excel never writes one). Memory stays a few
megabytes whatever the file claims; a refusal is one Vietnamese sentence naming the file.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path

from ..findings import UnusableInput

# Bytes inflated, of one part and of all. A sheet of a million member rows, as openpyxl or
# LibreOffice writes it (text in the cells), is about 330 MB of XML.
MAX_PART = 400 << 20
MAX_TOTAL = 800 << 20
CHUNK = 1 << 20
LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature … file name length, extra field length
# A document type or entity declaration, in UTF-8 or UTF-16 (either byte order)
DECLARATION = re.compile(
    b"|".join(
        re.escape(word.encode(encoding))
        for word in ("<!DOCTYPE", "<!ENTITY")
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    ),
    re.IGNORECASE,
)
OVERLAP = 17  # bytes of one chunk kept for the search in the next: a declaration across both


def damaged(path: Path) -> UnusableInput:
    return UnusableInput(
        f'Tệp "{path.name}" bị hỏng hoặc không phải sổ làm việc Excel hợp lệ. Hãy mở lại '
        "bằng Excel và lưu dưới dạng .xlsx."
    )


def check_archive(path: Path) -> None:
    """Raise UnusableInput unless every part of the .xlsx inflates within the limits, whole,
    and without a declaration."""
    try:
        with zipfile.ZipFile(path) as archive, path.open("rb") as raw:
            room = MAX_TOTAL
            for info in archive.infolist():
                room -= check_part(path, raw, info, room)
    except UnusableInput:
        raise
    except (OSError, EOFError, zipfile.BadZipFile, zlib.error, struct.error, ValueError):
        raise damaged(path) from None


def check_part(path: Path, raw, info: zipfile.ZipInfo, room: int) -> int:
    """Inflate one part from its local header, within min(MAX_PART, room); returns its size."""
    if info.flag_bits & 1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise UnusableInput(
            f'Tệp "{path.name}" được nén hoặc mã hóa theo cách Excel không dùng (phần '
            f'"{info.filename}"). Hãy mở bằng Excel, gỡ mật khẩu (nếu có) rồi lưu lại dưới dạng '
            '"Sổ làm việc Excel (.xlsx)".'
        )
    raw.seek(info.header_offset)
    signature, name_length, extra_length = LOCAL_HEADER.unpack(raw.read(LOCAL_HEADER.size))
    if signature != b"PK\x03\x04":
        raise damaged(path)
    raw.seek(name_length + extra_length, 1)
    limit, size, crc, tail = min(MAX_PART, room), 0, 0, b""
    for data in inflated(raw, info):
        size += len(data)
        if size > limit:
            raise too_big(path, info.filename, limit == MAX_PART)
        crc = zlib.crc32(data, crc)
        searched = tail + data
        if (b"<!" in searched or b"<\0!" in searched) and DECLARATION.search(searched):
            raise UnusableInput(
                f'Tệp "{path.name}" có khai báo DOCTYPE/ENTITY trong phần "{info.filename}": '
                "Excel không bao giờ ghi như vậy, và khai báo này có thể làm treo máy nên "
                "chương trình không đọc tệp. Hãy dùng tệp do chính Excel lưu."
            )
        tail = data[-OVERLAP:]
    if size != info.file_size or crc != info.CRC:
        raise damaged(path)
    return size


def inflated(raw, info: zipfile.ZipInfo):
    """The part's bytes, CHUNK at a time at most: a stored part as it is, a deflated one
    inflated until its own end (however long the directory says it is)."""
    if info.compress_type == zipfile.ZIP_STORED:
        left = info.compress_size
        while left:
            data = raw.read(min(CHUNK, left))
            if not data:
                raise EOFError
            left -= len(data)
            yield data
        return
    inflater, pending = zlib.decompressobj(-zlib.MAX_WBITS), b""
    while not inflater.eof:
        if not pending:
            pending = raw.read(CHUNK)
            if not pending:
                raise EOFError
        data = inflater.decompress(pending, CHUNK)
        pending = inflater.unconsumed_tail
        yield data


def too_big(path: Path, part: str, alone: bool) -> UnusableInput:
    what = (
        f'phần "{part}" khi giải nén lớn hơn {MAX_PART >> 20} MB'
        if alone
        else f"các phần khi giải nén cộng lại lớn hơn {MAX_TOTAL >> 20} MB"
    )
    return UnusableInput(
        f'Tệp "{path.name}" có {what}: quá lớn so với một sổ số liệu đại hội, có thể là tệp '
        "độc hại hoặc chứa dữ liệu thừa, nên chương trình không đọc. Hãy kiểm tra lại tệp (mở "
        "bằng Excel, xóa dữ liệu thừa rồi lưu lại)."
    )

"""Folder and file names that work on Windows, macOS and Linux, and stay short enough.

A clerk's output folder is typically "C:\\Users\\<tên>\\Documents\\<việc>\\output" (about 60
characters); with a cell folder of at most FOLDER_LIMIT and a file name of at most FILE_LIMIT
characters the full path of every document stays under 240 characters (Windows' limit is 260).
"""

from __future__ import annotations

import re
import unicodedata

FOLDER_LIMIT = 64
FILE_LIMIT = 100  # the whole name: number, title, " (bản mới)" and ".docx"
ELLIPSIS = "…"
NEW_VERSION = " (bản mới)"  # beside a document the clerk edited
ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)}


def visible(text: str) -> str:
    """NFC text without invisible characters (zero-width spaces, joiners, bidi marks, BOM)."""
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def safe_name(text: str, limit: int) -> str:
    """One path component: illegal characters → "-", single spaces, no trailing dots or spaces,
    no reserved device name, at most `limit` characters cut after a whole word."""
    name = " ".join(ILLEGAL.sub("-", visible(text)).split()).strip(" .")
    if len(name) > limit:
        cut = name[: limit - len(ELLIPSIS) + 1]
        cut = cut[: cut.rfind(" ")] if " " in cut else cut[:-1]
        name = cut.rstrip(" .,;-–") + ELLIPSIS
    if name.split(".")[0].strip().casefold() in RESERVED:
        name = f"_{name}"
    return name or "_"


def cell_folder_name(code: str, name: str) -> str:
    return safe_name(f"{code} - {name}", FOLDER_LIMIT)


def document_file_name(number: str, title: str, suffix: str = "", extension: str = ".docx") -> str:
    """ "07 - Phiếu bầu - Chi ủy.docx"; the title is shortened so that even its longest variant
    (with NEW_VERSION) fits FILE_LIMIT."""
    room = FILE_LIMIT - len(f"{number} - ") - len(NEW_VERSION) - len(extension)
    return f"{number} - {safe_name(title, room)}{suffix}{extension}"

"""Folder and file names that work on Windows, macOS and Linux, and stay short enough.

A clerk's output folder is typically "C:\\Users\\<tên>\\Documents\\<việc>\\output" (about 60
characters); with a cell folder of at most FOLDER_LIMIT and a file name of at most FILE_LIMIT
characters the full path of every document stays under 240 characters (Windows' limit is 260).
A deeper output folder (OneDrive, a shared drive) gets shorter names (`name_limits`), down to
names that still say which cell and which document; deeper still, the build refuses.
"""

from __future__ import annotations

import re
import unicodedata

FOLDER_LIMIT = 64
FILE_LIMIT = 100  # the whole name: number, title, " (bản mới)" and ".docx"
ELLIPSIS = "…"
NEW_VERSION = " (bản mới)"  # beside a document the clerk edited
ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
WINDOWS_PATH = 259  # the longest full path Windows opens (MAX_PATH, 260, counts the final NUL)
EXCEL_PATH = 218  # the longest full path of a workbook Excel opens
SHORTEST_FOLDER, SHORTEST_FILE = 24, 48  # "CB01 - Chi bộ Ấp Mỹ Phú…", "07 - Phiếu bầu - … .docx"
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


def cell_folder_name(code: str, name: str, limit: int = FOLDER_LIMIT) -> str:
    return safe_name(f"{code} - {name}", limit)


def document_file_name(
    number: str, title: str, suffix: str = "", extension: str = ".docx", limit: int = FILE_LIMIT
) -> str:
    """ "07 - Phiếu bầu - Chi ủy.docx"; the title is shortened so that even its longest variant
    (with NEW_VERSION) fits the limit."""
    room = limit - len(f"{number} - ") - len(NEW_VERSION) - len(extension)
    return f"{number} - {safe_name(title, room)}{suffix}{extension}"


def name_limits(outdir: str, longest_in_outdir: str) -> tuple[int, int] | None:
    """(cell folder, file) name limits that keep every path under the absolute output folder
    within Windows' limit, and the workbook written in it within Excel's; None when even the
    shortest names would not fit (the output folder is too deep)."""
    if len(outdir) + 1 + len(longest_in_outdir) > EXCEL_PATH:
        return None
    room = WINDOWS_PATH - len(outdir) - 2  # two separators
    if room >= FOLDER_LIMIT + FILE_LIMIT:
        return FOLDER_LIMIT, FILE_LIMIT
    if room < SHORTEST_FOLDER + SHORTEST_FILE:
        return None
    folder = max(SHORTEST_FOLDER, room * FOLDER_LIMIT // (FOLDER_LIMIT + FILE_LIMIT))
    return folder, room - folder


def deepest_outdir(longest_in_outdir: str) -> int:
    """The longest absolute output folder `name_limits` accepts."""
    return min(
        EXCEL_PATH - 1 - len(longest_in_outdir), WINDOWS_PATH - 2 - SHORTEST_FOLDER - SHORTEST_FILE
    )

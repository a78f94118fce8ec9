"""What a sheet's cell values alone do not show: merged ranges, formulas saved without a value,
formula errors, and how far the farthest cell is.

A light pass over the raw sheet XML beside the engine that reads the values (calamine exposes
none of these, and reads a formula error as an empty cell): the sheet part is decompressed once
and searched as bytes, never parsed into a tree. Only the small workbook.xml and its
relationships are parsed, with defusedxml.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field

from defusedxml.ElementTree import fromstring
from openpyxl.utils.cell import column_index_from_string

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
FORMULA = re.compile(rb"<(?:\w+:)?f[\s/>]")
CELL_END = re.compile(rb"</(?:\w+:)?c>")
CELL_OPEN = re.compile(rb"<(?:\w+:)?c\s([^>]*)>")
REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
VALUE = re.compile(rb"<(?:\w+:)?v>[^<]")
STRING_RESULT = re.compile(rb'\bt="str"')  # a formula whose result is text, maybe ""
ERROR_CELL = re.compile(rb"""<(?:\w+:)?c\s([^>]*\bt=["']e["'][^>]*)>""")
QUOTED_REF = re.compile(rb"""\br=["']([A-Z]+)(\d+)["']""")
ERROR_VALUE = re.compile(rb"(?:<(?:\w+:)?f\b[^>]*(?:/>|>[^<]*</(?:\w+:)?f>))?<(?:\w+:)?v>([^<]*)<")
NEGATIVE = re.compile(rb"<(?:\w+:)?v>(-[0-9.Ee+-]+)<")
# A row or cell reference at column AA or beyond, or at row 100000 or beyond: a quick scan
FAR = re.compile(rb"""r=["'](?:[A-Z]{2}|[A-Z]{0,3}[0-9]{6})""")
ROW_NUMBER = re.compile(rb"""\br=["'][A-Z]{0,3}([0-9]+)["']""")  # of a row or a cell
COLUMN = re.compile(rb"""\br=["']([A-Z]{1,3})[0-9]""")  # of a cell
# calamine allocates every cell of the rectangle up to the farthest one (a stray value at
# XFD1048576 would be 17 billion cells); a sheet beyond this many is read by openpyxl instead
MAX_CELLS = 1 << 23


@dataclass
class Marks:
    """Places in one sheet, as (Excel row, 0-based column index)."""

    # (first row, first column, last row, last column) of every merged range
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    # formula cells saved without their computed value
    uncached: set[tuple[int, int]] = field(default_factory=set)
    # formula cells whose result is an error: place → "#REF!", "#N/A"…
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    # negative numbers: place → value (calamine reads one in a date cell as a time of day)
    negative: dict[tuple[int, int], float] = field(default_factory=dict)
    # the farthest row × farthest column is more than MAX_CELLS
    vast: bool = False


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its XML part inside the archive."""
    book = fromstring(archive.read("xl/workbook.xml"))
    rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{RELS}Relationship")}
    parts = {}
    for sheet in book.iter(f"{MAIN}sheet"):
        target = targets.get(sheet.get(REL_ID), "")
        parts[sheet.get("name")] = (
            target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        )
    return parts


def sheet_marks(archive: zipfile.ZipFile, part: str) -> Marks:
    data = archive.read(part)
    marks = Marks()
    data_end = data.rfind(b"sheetData>")
    for match in MERGE.finditer(data, max(data_end, 0)):
        left, top, right, bottom = match.groups()
        marks.merged.append(
            (
                int(top),
                column_index_from_string(left.decode()) - 1,
                int(bottom),
                column_index_from_string(right.decode()) - 1,
            )
        )
    for match in FORMULA.finditer(data, 0, max(data_end, 0)):
        cell = enclosing_cell(data, match.start())
        ref = cell and REF.search(cell.group(1))
        end = CELL_END.search(data, match.end())
        if not ref or not end or STRING_RESULT.search(cell.group(1)):
            continue
        if not VALUE.search(data, match.end(), end.start()):
            row, column = int(ref.group(2)), column_index_from_string(ref.group(1).decode()) - 1
            marks.uncached.add((row, column))
    marks.errors = formula_errors(data)
    marks.negative = negative_serials(data)
    marks.vast = vast(data)
    return marks


def enclosing_cell(data: bytes, position: int):
    """The opening tag (CELL_OPEN match) of the cell around a position in the sheet XML."""
    start = max(data.rfind(b"<c ", 0, position), data.rfind(b":c ", 0, position))
    return CELL_OPEN.match(data, max(data.rfind(b"<", 0, start + 1), 0))


def place_of(cell) -> tuple[int, int] | None:
    ref = cell and QUOTED_REF.search(cell.group(1))
    return (int(ref.group(2)), column_index_from_string(ref.group(1).decode()) - 1) if ref else None


def negative_serials(data: bytes) -> dict[tuple[int, int], float]:
    """Negative numbers: in a date cell (a date before 1900) calamine reads one as a time."""
    if b"<v>-" not in data and b":v>-" not in data:
        return {}
    serials = {}
    for match in NEGATIVE.finditer(data):
        place = place_of(enclosing_cell(data, match.start()))
        if place:
            serials[place] = float(match.group(1))
    return serials


def formula_errors(data: bytes) -> dict[tuple[int, int], str]:
    if b't="e"' not in data and b"t='e'" not in data:
        return {}
    errors = {}
    for cell in ERROR_CELL.finditer(data):
        place, value = place_of(cell), ERROR_VALUE.match(data, cell.end())
        if place and value:
            errors[place] = value.group(1).decode("utf-8", "replace")
    return errors


def vast(data: bytes) -> bool:
    if not FAR.search(data):
        return False  # everything within Z99999: 2.6 million cells at most
    rows = max(map(int, found(ROW_NUMBER, data)), default=0)
    columns = max(map(column_index, set(found(COLUMN, data))), default=0)
    return rows * columns > MAX_CELLS


def found(pattern: re.Pattern, data: bytes, step: int = 1 << 23):
    """pattern.findall over the data a few megabytes at a time (cut before a tag): a 200 MB
    part holds millions of references, never all listed at once."""
    start = 0
    while start < len(data):
        end = data.find(b"<", start + step)
        end = len(data) if end < 0 else end
        yield from pattern.findall(data, start, end)
        start = end


def column_index(letters: bytes) -> int:
    """1 for A, 16384 for XFD."""
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index

"""What a sheet's cell values alone do not show: merged ranges, and formulas saved without a value.

A light pass over the raw sheet XML beside whatever engine reads the values (read-only engines
expose neither): the sheet part is decompressed once and searched as bytes, never parsed into a
tree. Only the small workbook.xml and its relationships are parsed, with defusedxml.
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


@dataclass
class Marks:
    """Places in one sheet, as (Excel row, 0-based column index)."""

    # (first row, first column, last row, last column) of every merged range
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    # formula cells saved without their computed value
    uncached: set[tuple[int, int]] = field(default_factory=set)


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
        start = max(data.rfind(b"<c ", 0, match.start()), data.rfind(b":c ", 0, match.start()))
        cell = CELL_OPEN.match(data, max(data.rfind(b"<", 0, start + 1), 0))
        ref = cell and REF.search(cell.group(1))
        end = CELL_END.search(data, match.end())
        if not ref or not end or STRING_RESULT.search(cell.group(1)):
            continue
        if not VALUE.search(data, match.end(), end.start()):
            row, column = int(ref.group(2)), column_index_from_string(ref.group(1).decode()) - 1
            marks.uncached.add((row, column))
    return marks

"""A vast sheet row by row, straight from its XML, a few megabytes at a time.

calamine holds a whole sheet as a rectangle in memory; a sheet of a million member rows is read
here instead, in bounded memory and in time proportional to its cells (openpyxl's streaming
reader, which builds an object per cell, is five times slower). The workbook's shared strings
and date styles are read by openpyxl; values come out as openpyxl gives them
with data_only, which the tests compare with calamine's reading.
"""

from __future__ import annotations

import html
import re

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601

CHUNK = 1 << 23
MEMO = 1 << 16  # distinct cell values remembered at once
CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
REF = re.compile(rb"""\br=["']([A-Z]+)([0-9]+)["']""")
TYPE = re.compile(rb"""\bt=["'](\w+)["']""")
STYLE = re.compile(rb"""\bs=["']([0-9]+)["']""")
VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
TEXT = re.compile(rb"<(?:\w+:)?t\b[^>]*>([^<]*)</(?:\w+:)?t>")
PHONETIC = re.compile(rb"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", re.S)
ROW_END = re.compile(rb"</(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*/>")


class Unreadable(ValueError):
    """A cell without its reference: left to openpyxl, which counts them."""


def workbook_context(path) -> tuple:
    """(shared strings, date styles, epoch) by openpyxl's own reader of those parts; no sheet
    is parsed (openpyxl's read-only workbook parses each sheet without a <dimension> whole)."""
    reader = ExcelReader(str(path), read_only=True, data_only=True)
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
        return reader.shared_strings, reader.wb._date_formats, reader.wb.epoch
    finally:
        reader.archive.close()


def sheet_rows(source, context: tuple):
    """Every row from row 1 as a list of values from column A; `source` is the sheet's XML
    stream, `context` the workbook's (workbook_context)."""
    strings, dates, epoch = context
    pending, number, row = b"", 1, []
    columns: dict[bytes, int] = {}
    seen: dict[tuple[bytes, bytes], object] = {}  # columns repeat their values: each read once
    while True:
        chunk = source.read(CHUNK)
        data = pending + chunk
        cut = len(data)
        if chunk:  # up to the last whole row: no cell is cut in two
            last = None
            for last in ROW_END.finditer(data):  # noqa: B007
                pass
            if last is None:
                pending = data
                continue
            cut = last.end()
        for match in CELL.finditer(data, 0, cut):
            attributes, body = match.groups()
            ref = REF.search(attributes)
            if ref is None:
                raise Unreadable
            at = int(ref.group(2))
            while number < at:
                yield row
                number, row = number + 1, []
            letters = ref.group(1)
            column = columns.get(letters)
            if column is None:
                column = columns[letters] = column_index_from_string(letters.decode()) - 1
            key = (attributes[: ref.start()] + attributes[ref.end() :], body or b"")
            value = seen.get(key, seen)
            if value is seen:
                if len(seen) > MEMO:
                    seen.clear()
                value = seen[key] = cell_value(*key, strings, dates, epoch)
            if value is not None:
                row.extend([None] * (column + 1 - len(row)))
                row[column] = value
        pending = data[cut:]
        if not chunk:
            break
    if row:
        yield row


def cell_value(attributes: bytes, body: bytes, strings, dates, epoch):
    kind = TYPE.search(attributes)
    kind = kind.group(1) if kind else b"n"
    if kind == b"inlineStr":
        texts = TEXT.findall(PHONETIC.sub(b"", body))
        return text(b"".join(texts)) if texts else None
    value = VALUE.search(body)
    if value is None or not value.group(1):
        return None
    raw = value.group(1)
    if kind == b"n":
        number = float(raw) if re.search(rb"[.eE]", raw) else int(raw)
        style = STYLE.search(attributes)
        if style and int(style.group(1)) in dates:
            try:
                return from_excel(number, epoch)
            except (OverflowError, ValueError):
                return "#VALUE!"
        return number
    if kind == b"s":
        return strings[int(raw)]
    if kind == b"b":
        return bool(int(raw))
    if kind == b"d":
        return from_ISO8601(text(raw))
    return text(raw)  # "str" (a formula's text) and "e" (its error, such as #N/A)


def text(raw: bytes) -> str:
    decoded = raw.decode("utf-8")
    return html.unescape(decoded) if b"&" in raw else decoded

"""Stage 1: the .xlsx file → typed rows, with a finding for every value that cannot be read.

Tolerant where clerks are sloppy (header case and spacing, Unicode composition, dates as text or
a bare birth year, numbers stored as text, `x`/`Có`), strict where it matters: a value outside a
closed vocabulary is a finding, never a guess. Reads the file with calamine (Rust, many times
faster than openpyxl), whose XML reader expands no entities, plus one light pass over each sheet's
XML (sheetmarks) for what calamine cannot see.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel, to_excel
from python_calamine import CalamineWorkbook, SheetTypeEnum

from .. import memory
from ..findings import ERROR, WARNING, Finding, UnusableInput
from ..textvn import format_count, modern_tones, normalize_name, normalize_text
from . import schema
from .archive import check_archive, damaged
from .legacy import legacy_reading, legacy_warning
from .sheetmarks import Marks, sheet_marks, sheet_parts
from .sheetstream import Unreadable, sheet_rows, workbook_context
from .textcells import looks_like_formula

PROGRESS_ROWS = 10_000
EXCEL_ERRORS = {
    "#REF!",
    "#N/A",
    "#VALUE!",
    "#DIV/0!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
}
DATE_TEXT = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # invalid in a .docx; never meant by a clerk
# Unicode's default-ignorable characters (zero-width space and joiners, word joiner, byte order
# mark, soft hyphen, direction marks, variation selectors…): invisible, pasted in from web pages
# and chat apps, and they make "Nguyễn Văn An" differ from itself.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
# Vietnamese thousands dots, with or without a decimal comma: 1.234 · 1.234.567 · 1.234,5
THOUSANDS = re.compile(r"[1-9]\d{0,2}(\.\d{3})+(,\d+)?")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100  # a date outside these years is a typing slip
# A date as the messages show one to type: this year's, never a fixed year.
DATE_EXAMPLE = f"05/12/{dt.date.today().year}"
TIME_TEXT = re.compile(r"^(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{1,2})?\s*(?:phút)?$", re.IGNORECASE)


@dataclass(slots=True)
class Row:
    """One data row of a sheet: parsed values by column key (blank ones left out), and where
    each came from. A province reads hundreds of thousands: slots, no empty values kept."""

    sheet: str
    row: int
    values: dict[str, Any] = field(default_factory=dict)
    letters: dict[str, str] = field(default_factory=dict, repr=False)  # one dict per sheet
    unread: tuple[str, ...] = ()  # keys whose value is there but unknown, in column order

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


@dataclass(slots=True)
class BirthDate:
    """A birth date that may be known only by its year."""

    date: dt.date
    year_only: bool = False


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Key used to match sheet and header names: NFC, case, spacing, invisibles ignored."""
    return modern_tones(normalize_text(INVISIBLE.sub("", text))).casefold()


def plain(text: str) -> str:
    """Folded and without diacritics: a value typed without Unikey still matches."""
    letters = unicodedata.normalize("NFD", fold(text).replace("đ", "d"))
    return "".join(c for c in letters if not unicodedata.combining(c))


def closest(text: str, options: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The option a clerk most likely meant, compared without case, spacing or tone marks."""
    by_plain = {plain(option): option for option in options}
    match = difflib.get_close_matches(plain(text), by_plain, n=1, cutoff=cutoff)
    return by_plain[match[0]] if match else None


class CellError(ValueError):
    """A cell value that cannot be read; the message is the Vietnamese reason."""


def open_workbook(path: Path) -> Workbook:
    """Open the workbook, or raise UnusableInput with a clear Vietnamese reason."""
    if not path.exists():
        raise UnusableInput(f'Không tìm thấy tệp "{path}". Hãy kiểm tra lại đường dẫn.')
    if path.is_dir():
        raise UnusableInput(f'"{path}" là một thư mục, không phải tệp Excel (.xlsx).')
    suffix = path.suffix.lower()
    if suffix == ".csv":
        raise UnusableInput(
            f'Tệp "{path.name}" là tệp CSV. Hãy dùng tệp Excel .xlsx (chạy "daihoi init" '
            "để tạo tệp mẫu)."
        )
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError:
        raise UnusableInput(
            f'Không mở được tệp "{path.name}" (không có quyền đọc, hoặc tệp đang bị chương trình '
            "khác khóa). Hãy đóng tệp trong Excel, kiểm tra quyền của tệp rồi chạy lại."
        ) from None
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnusableInput(
            f'Tệp "{path.name}" là tệp Excel cũ (.xls) hoặc đã được đặt mật khẩu. Hãy mở tệp '
            'bằng Excel, gỡ mật khẩu (nếu có) rồi lưu lại dưới dạng "Sổ làm việc Excel (.xlsx)".'
        )
    if not zipfile.is_zipfile(path):
        raise UnusableInput(
            f'Tệp "{path.name}" không phải tệp Excel .xlsx hoặc đã bị hỏng. Hãy mở lại bằng '
            "Excel và lưu dưới dạng .xlsx."
        )
    check_archive(path)
    try:
        return Workbook(path)
    except Exception:  # either engine raises many kinds on a damaged file
        raise damaged(path) from None


class Workbook:
    """The .xlsx read by calamine (Rust, fast), with one light pass over each sheet's XML.

    The light pass (sheetmarks) finds what calamine cannot see; a sheet whose farthest cell
    would make calamine allocate a vast rectangle is streamed from its XML instead (sheetstream).
    """

    def __init__(self, path: Path):
        self.path = path
        self.archive = zipfile.ZipFile(path)
        try:
            self.parts = sheet_parts(self.archive)
            self.book = CalamineWorkbook.from_path(str(path))
        except BaseException:
            self.archive.close()
            raise
        self.sheetnames = [
            sheet.name
            for sheet in self.book.sheets_metadata
            if sheet.typ == SheetTypeEnum.WorkSheet and sheet.name in self.parts
        ]
        self.context = None  # what a vast sheet's cells need, read only for one
        self.streamed = None  # the openpyxl workbook, opened only for cells without a reference

    def marks(self, name: str) -> Marks:
        try:
            return sheet_marks(self.archive, self.parts[name])
        except (KeyError, ValueError, SyntaxError):  # XML the engines get past: no marks
            return Marks(vast=True)

    def rows(self, name: str, marks: Marks):
        """Every row of a sheet from row 1, values by column from column A. An error of either
        engine, on opening the sheet or on any row of it, is said as a damaged file."""
        try:
            if marks.vast:
                if self.context is None:
                    self.context = workbook_context(self.path)
                return self.guarded(self.streamed_rows(name))
            sheet = self.book.get_sheet_by_name(name)
        except Exception:
            raise damaged(self.path) from None
        return self.values(sheet, self.guarded(sheet.iter_rows()), marks)

    def streamed_rows(self, name: str):
        """A vast sheet from its XML; openpyxl's own reader for cells without a reference."""
        done = 0
        with self.archive.open(self.parts[name]) as source:
            try:
                for line in sheet_rows(source, self.context):
                    yield line
                    done += 1
                return
            except Unreadable:
                pass
        if self.streamed is None:
            self.streamed = load_workbook(self.path, read_only=True, data_only=True)
        worksheet = self.streamed[name]
        worksheet.reset_dimensions()  # some exporters write a wrong <dimension>
        yield from islice(worksheet.iter_rows(values_only=True), done, None)

    def guarded(self, lines):
        lines = iter(lines)
        while True:
            try:
                line = next(lines)
            except StopIteration:
                return
            except Exception:  # calamine: "Parse float error" for <v>0x10</v>, and the like
                raise damaged(self.path) from None
            yield line

    @staticmethod
    def values(sheet, lines, marks: Marks):
        """Row by row: no sheet is held whole. calamine starts its rows at row 1 but its columns
        at the first column with a value; the columns before it are put back."""
        pad = [""] * (sheet.start[1] if sheet.start else 0)
        marked = defaultdict(list)
        for (row, column), error in marks.errors.items():
            marked[row].append((column, error))
        for (row, column), serial in marks.negative.items():
            marked[row].append((column, serial))
        for number, line in enumerate(lines, start=1):
            line = pad + line if pad else line
            for column, mark in marked.get(number, ()):
                if column >= len(line):
                    continue
                if isinstance(mark, str):
                    line[column] = mark
                elif isinstance(line[column], dt.time):
                    try:  # a date before 1900, as openpyxl reads it
                        line[column] = from_excel(mark)
                    except (OverflowError, ValueError):
                        line[column] = mark
            yield line

    def close(self) -> None:
        self.book.close()
        self.archive.close()
        if self.streamed is not None:
            self.streamed.close()


def read_workbook(path: Path, progress=None) -> tuple[dict[str, list[Row]], list[Finding]]:
    """Read every sheet of the contract. Returns rows by sheet key, and the findings.
    `progress(sheet name, rows read)` is called every PROGRESS_ROWS rows of a sheet."""
    book = open_workbook(path)
    try:
        by_name = {fold(name): name for name in book.sheetnames}
        rows: dict[str, list[Row]] = {}
        findings: list[Finding] = []
        uncached: list[tuple] = []  # (sheet, column, row, letter) of formulas without a value
        for sheet in schema.SHEETS:
            name = by_name.get(fold(sheet.name))
            if name is None:
                rows[sheet.key] = []
                findings.append(missing_sheet(sheet, book.sheetnames))
                continue
            marks = book.marks(name)
            lines = book.rows(name, marks)
            if progress:
                lines = counted(lines, progress, sheet.name)
            rows[sheet.key] = read_sheet(sheet, lines, marks, findings, uncached)
        if uncached:
            findings.append(uncached_error(uncached))
        return rows, findings
    finally:
        book.close()
        memory.give_back()


def counted(lines, progress, name: str):
    """The lines of a sheet, telling `progress` every PROGRESS_ROWS of them."""
    for number, line in enumerate(lines, start=1):
        if not number % PROGRESS_ROWS:
            progress(name, number)
        yield line


def missing_sheet(sheet: schema.Sheet, present: list[str]) -> Finding:
    """One finding for a sheet not found, naming the unknown sheet it most likely is."""
    known = {fold(s.name) for s in schema.SHEETS}
    guess = closest(sheet.name, [n for n in present if fold(n) not in known])
    hint = (
        f' Có sheet "{guess}": có phải là sheet "{sheet.name}" (hãy sửa tên sheet)?'
        if guess
        else ""
    )
    if sheet.required:
        return Finding(
            ERROR,
            "missing-sheet",
            f'Thiếu sheet "{sheet.name}".{hint} Hãy thêm sheet này với các tiêu đề ở dòng 1 '
            '(xem tệp mẫu tạo bằng "daihoi init").',
            sheet=sheet.name,
        )
    return Finding(
        WARNING,
        "missing-sheet",
        f'Không có sheet "{sheet.name}" nên chương trình coi như sheet này để trống.{hint} '
        f'Nếu cần, hãy thêm sheet này với các tiêu đề ở dòng 1 (xem tệp mẫu tạo bằng "daihoi init").',
        sheet=sheet.name,
    )


def uncached_error(places: list[tuple]) -> Finding:
    """One finding for the whole file: one save in Excel computes every formula."""
    sheets = ", ".join(dict.fromkeys(f'"{sheet.name}"' for sheet, *_ in places))
    more = (
        f" Cả tệp có {format_count(len(places))} ô như vậy (sheet {sheets})."
        if len(places) > 1
        else ""
    )
    return located(
        ERROR,
        "formula-no-value",
        *places[0],
        "ô có công thức nhưng chưa có kết quả, vì tệp được lưu bằng một chương trình không tính "
        f"công thức.{more} Hãy mở tệp bằng Excel và lưu lại, rồi kiểm tra lần nữa.",
    )


def located(severity, code, sheet, column, number, letter, reason) -> Finding:
    """A finding at one cell, with the usual Vietnamese place before the reason."""
    return Finding(
        severity,
        code,
        f'Sheet "{sheet.name}", dòng {number}, cột {letter} "{column.header}": {reason}',
        sheet=sheet.name,
        row=number,
        column=column.header,
        column_letter=letter,
    )


def merge_plan(sheet, columns, merged, findings):
    """How merged ranges over the data rows are read, and the findings that say so.

    A range down one column (a cell code merged over its members' rows) means its first value
    on every row: it is filled down, with one warning per column. A range across columns gives
    the other columns no value of their own: one error per range, and no "blank" finding for
    the cells it covers. Returns (covered place → first place of its range, covered places).
    """
    fills: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    down: dict[int, list[tuple[int, int]]] = {}
    for top, left, bottom, right in merged:
        inside = [i for i in columns if left <= i <= right]
        if bottom < 2 or not inside:
            continue
        if left == right and top >= 2:
            down.setdefault(left, []).append((top, bottom))
            fills.update({(r, left): (top, left) for r in range(top + 1, bottom + 1)})
            continue
        hidden = [i for i in inside if i != left]
        covered.update(
            (r, i) for r in range(max(top, 2), bottom + 1) for i in inside if (r, i) != (top, left)
        )
        span = f"{get_column_letter(left + 1)}{top}:{get_column_letter(right + 1)}{bottom}"
        first = hidden[0] if hidden else inside[0]
        names = ", ".join(f'cột {get_column_letter(i + 1)} "{columns[i].header}"' for i in hidden)
        findings.append(
            located(
                ERROR,
                "merged-cells",
                sheet,
                columns[first],
                max(top, 2),
                get_column_letter(first + 1),
                f"các ô {span} đang được gộp thành một (ô gộp), nên "
                + (names or "các dòng của vùng này")
                + ' không có giá trị riêng. Hãy bỏ gộp ô (chọn vùng rồi bấm lại nút "Hợp nhất và '
                'căn giữa") và ghi giá trị vào từng ô.',
            )
        )
    for index, spans in down.items():
        top, bottom = spans[0]
        shown = ", ".join(
            f"{get_column_letter(index + 1)}{a}:{get_column_letter(index + 1)}{b}"
            for a, b in spans[:3]
        ) + ("…" if len(spans) > 3 else "")
        findings.append(
            located(
                WARNING,
                "merged-cells",
                sheet,
                columns[index],
                top,
                get_column_letter(index + 1),
                f"cột này có {format_count(len(spans))} vùng ô gộp ({shown}). Chương trình hiểu "
                f"mỗi dòng trong vùng gộp đều ghi giá trị của ô đầu vùng (dòng {top + 1} đến "
                f"{bottom} như dòng {top}). Nếu đúng như vậy thì không cần sửa; nên bỏ gộp ô và "
                "ghi giá trị ở từng dòng để sắp xếp, lọc không bị sai.",
            )
        )
    return fills, covered


def read_sheet(
    sheet: schema.Sheet, lines, marks: Marks, findings: list[Finding], uncached: list[tuple]
) -> list[Row]:
    lines = iter(lines)
    header = next(lines, None)
    positions = match_headers(sheet, header or (), findings)
    if positions is None:
        return []
    columns = {index: column for column, index in positions.items()}
    fills, covered = merge_plan(sheet, columns, marks.merged, findings)
    sources = set(fills.values())
    marked = bool(fills or covered or marks.uncached)
    tops: dict[tuple[int, int], Any] = {}  # first values of the merged ranges filled down
    result = []
    hidden: dict[schema.Column, list[int]] = {}  # column → rows where invisibles were removed
    letters = {column.key: get_column_letter(index + 1) for column, index in positions.items()}
    fields = [
        (column, column.key, index, letters[column.key]) for column, index in positions.items()
    ]
    # (column, type, value) → what it reads as, with no finding: columns repeat their values
    read: dict[tuple, Any] = {}
    for number, values in enumerate(lines, start=2):
        if (not values or all(is_blank(v) for v in values)) and not any(
            (number, index) in marks.uncached for index in columns
        ):
            continue
        parsed, unread, width = {}, [], len(values)
        for column, key, index, letter in fields:
            raw = values[index] if index < width else None
            if marked:
                place = (number, index)
                if place in fills:
                    raw = tops.get(fills[place])
                elif place in sources:
                    tops[place] = raw
                if place in marks.uncached or place in covered:
                    if place in marks.uncached:
                        uncached.append((sheet, column, number, letter))
                    unread.append(key)
                    continue
            if (raw is None or raw == "") and not column.required:
                continue  # the common case, quickly
            if isinstance(raw, float) and raw.is_integer():
                raw = int(raw)  # calamine reads every number as a float; 1975 is a whole number
            # In TCVN3 text the soft hyphen is the letter ư: the old-encoding check converts it.
            elif isinstance(raw, str) and INVISIBLE.search(raw) and not legacy_reading(raw.strip()):
                raw = INVISIBLE.sub("", raw)
                hidden.setdefault(column, []).append(number)
            seen = (index, raw.__class__, raw)
            value = read.get(seen)
            if value is None:
                known = len(findings)
                value = read_cell(sheet, column, raw, number, letter, findings)
                if len(findings) == known:
                    read[seen] = value
                elif value is None:
                    unread.append(key)
            if value is not None:
                parsed[key] = value
        result.append(Row(sheet.name, number, parsed, letters, tuple(unread)))
    for column, numbers in hidden.items():
        letter = get_column_letter(positions[column] + 1)
        shown = ", ".join(str(n) for n in numbers[:5]) + ("…" if len(numbers) > 5 else "")
        findings.append(
            # One warning per column, not per cell: a pasted list brings the mark into many cells.
            located(
                WARNING,
                "invisible-character",
                sheet,
                column,
                numbers[0],
                letter,
                f"{format_count(len(numbers))} ô của cột này (dòng {shown}) có ký tự ẩn, không "
                "nhìn thấy được (thường do sao chép từ trang web, Zalo hoặc Word). Chương trình đã "
                "tự bỏ các ký tự này khi đọc nên văn bản vẫn đúng; muốn tệp sạch, hãy gõ lại các ô "
                "đó.",
            )
        )
    return result


def match_headers(sheet: schema.Sheet, header, findings: list[Finding]):
    """Map each known column to its index; report missing required ones. None: sheet unusable."""
    found: dict[str, int] = {}
    for index, text in enumerate(header):
        if isinstance(text, str) and text.strip():
            found.setdefault(fold(text), index)
    if not found:
        required = ", ".join(f'"{c.header}"' for c in sheet.columns if c.required)
        findings.append(
            Finding(
                ERROR,
                "missing-column",
                f'Sheet "{sheet.name}" không có dòng tiêu đề. Dòng 1 phải có các cột: {required}.',
                sheet=sheet.name,
                row=1,
            )
        )
        return None
    positions = {}
    known = {fold(column.header) for column in sheet.columns}
    unknown = [text.strip() for text in header if isinstance(text, str) and fold(text) not in known]
    for column in sheet.columns:
        index = found.get(fold(column.header))
        if index is not None:
            positions[column] = index
        elif column.required:
            guess = closest(column.header, unknown)
            hint = (
                f'Dòng 1 có cột "{guess}": có phải là cột "{column.header}"? Hãy sửa tiêu đề đó'
                if guess
                else "Hãy thêm cột này vào dòng 1"
            )
            findings.append(
                Finding(
                    ERROR,
                    "missing-column",
                    f'Sheet "{sheet.name}" thiếu cột bắt buộc "{column.header}". {hint} (đúng tên '
                    "như tệp mẫu).",
                    sheet=sheet.name,
                    row=1,
                    column=column.header,
                )
            )
    if any(c.required and c not in positions for c in sheet.columns):
        return None
    return positions


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_cell(sheet, column, raw, number, letter, findings):
    """Parse one cell; on failure record a finding and return None."""

    def report(code: str, reason: str, severity: str = ERROR) -> None:
        findings.append(located(severity, code, sheet, column, number, letter, reason))

    if isinstance(raw, str) and raw.strip() in EXCEL_ERRORS:
        report(
            "bad-value",
            f"ô bị lỗi công thức ({raw.strip()}). Hãy sửa công thức hoặc gõ trực tiếp giá trị.",
        )
        return None
    if is_blank(raw):
        if column.required:
            report(
                "bad-value",
                "ô này bắt buộc nhưng đang bỏ trống. Hãy điền giá trị"
                + (f" (ví dụ: {column.example})." if column.example else "."),
            )
        return None
    legacy = legacy_warning(raw, column.kind == schema.NAME)
    if legacy:
        report("legacy-encoding", legacy, WARNING)
    if (column.kind == schema.NAME or column.key == "code") and looks_like_formula(str(raw)):
        text = as_text(raw)
        report(
            "formula-text",
            f'"{text}" bắt đầu bằng dấu "{text[0]}" như một công thức Excel; một họ tên hay một '
            "mã không bao giờ như vậy (có thể do dán nhầm). Chương trình vẫn ghi đúng như chữ, "
            "không chạy công thức; hãy kiểm tra lại ô này.",
            WARNING,
        )
    try:
        return PARSERS[column.kind](raw, column)
    except CellError as error:
        code = "bad-date" if column.kind in (schema.DATE, schema.BIRTH) else "bad-value"
        report(code, str(error))
        return None


def as_text(raw: Any) -> str:
    """A cell as text, the way Vietnamese Excel shows it (2,5 · TRUE · 05/12/…)."""
    if isinstance(raw, str):
        return clean_text(raw)
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float):
        return str(int(raw)) if raw.is_integer() else str(raw).replace(".", ",")
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, dt.date):
        return f"{raw.day:02d}/{raw.month:02d}/{raw.year}"
    return clean_text(str(raw))


@lru_cache(maxsize=1 << 16)
def clean_text(text: str) -> str:
    """Without control characters, NFC, spacing collapsed (cached: columns repeat their values)."""
    return normalize_text(CONTROL.sub("", text))


def parse_date(raw: Any, column=None) -> dt.date:
    day = read_date(raw)
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise CellError(
            f"ngày {day.day:02d}/{day.month:02d}/{day.year:04d} có năm {day.year} không hợp lý "
            f"(chỉ nhận năm từ {EARLIEST_YEAR} đến {LATEST_YEAR}). Hãy kiểm tra lại năm, ghi "
            f"dạng ngày/tháng/năm, ví dụ {DATE_EXAMPLE}."
        )
    return day


def read_date(raw: Any) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, dt.time):  # a date serial below 1 reads as a time of day
        raise CellError(
            f"ô này chứa giờ ({raw:%H:%M}), không phải ngày. Hãy ghi dạng ngày/tháng/năm, "
            f"ví dụ {DATE_EXAMPLE}."
        )
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and 1 <= raw < 2958466:
        return from_excel(raw).date()
    text = as_text(raw)
    match = DATE_TEXT.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise CellError(
                f'"{text}" không phải ngày có thật. Hãy ghi dạng ngày/tháng/năm, ví dụ {DATE_EXAMPLE}.'
            ) from None
    raise CellError(
        f'"{text}" không đọc được là ngày. Hãy ghi dạng ngày/tháng/năm, ví dụ '
        f"{DATE_EXAMPLE}, hoặc định dạng ô là Ngày."
    )


def parse_birth(raw: Any, column=None) -> BirthDate:
    if isinstance(raw, (dt.date, dt.datetime)) and raw.year < 1906:
        serial = int(to_excel(raw))  # a year typed into a date-formatted cell: 1975 → 1905
        if EARLIEST_YEAR <= serial <= LATEST_YEAR:
            return BirthDate(dt.date(serial, 1, 1), year_only=True)
    text = as_text(raw)
    if re.fullmatch(r"\d{4}", text) and EARLIEST_YEAR <= int(text) <= LATEST_YEAR:
        return BirthDate(dt.date(int(text), 1, 1), year_only=True)
    return BirthDate(parse_date(raw))


def parse_int(raw: Any, column=None) -> int:
    value = parse_number(raw, column)
    if value != int(value):
        comma = (
            " (dấu phẩy là dấu thập phân; một nghìn ghi 1000 hoặc 1.000)" if "," in str(raw) else ""
        )
        raise CellError(f'"{as_text(raw)}" phải là số nguyên{comma}, ví dụ {example(column)}.')
    return int(value)


def example(column) -> str:
    return getattr(column, "example", "") or "3"


def parse_number(raw: Any, column=None) -> float:
    """A number, as Excel stores it or as text written the Vietnamese way.

    Text: "," is the decimal sign and "." groups thousands ("1.234,5" = 1234.5). A dot followed
    by exactly three digits is read as thousands ("1.234" = 1234, never 1.234); any other dot is
    a decimal point ("2.5" = 2.5, "0.234" = 0.234). "1,234" is 1.234, so it is no whole number.
    """
    if isinstance(raw, bool):
        raise CellError(
            f'"{as_text(raw)}" không phải là số. Hãy ghi một số, ví dụ {example(column)}.'
        )
    if isinstance(raw, (int, float)):
        value = float(raw)
    else:
        text = as_text(raw).rstrip("%").strip().replace(" ", "")
        if THOUSANDS.fullmatch(text):
            text = text.replace(".", "")
        text = text.replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            raise CellError(
                f'"{as_text(raw)}" không phải là số. Hãy ghi một số, ví dụ {example(column)}.'
            ) from None
    if not math.isfinite(value):
        raise CellError(
            f'"{as_text(raw)}" không phải là số. Hãy ghi một số, ví dụ {example(column)}.'
        )
    if value < 0:
        raise CellError(f'"{as_text(raw)}" là số âm; hãy ghi số từ 0 trở lên.')
    return int(value) if value.is_integer() else value


def parse_bool(raw: Any, column=None) -> bool:
    if isinstance(raw, bool):
        return raw
    text = fold(as_text(raw))
    if text in ("có", "x", "co"):
        return True
    if text in ("không", "khong"):
        return False
    raise CellError(f'"{as_text(raw)}" không hợp lệ. Hãy ghi "Có" (hoặc "x"), hoặc để trống.')


def parse_choice(raw: Any, column) -> str:
    text = as_text(raw)
    choice = choice_of(column.choices, fold(text))
    if choice is not None:
        return choice
    allowed = ", ".join(f'"{c}"' for c in column.choices)
    guess = closest(text, column.choices)
    hint = f' Có phải là "{guess}"?' if guess else ""
    raise CellError(f'"{text}" không có trong danh sách.{hint} Hãy chọn một trong: {allowed}.')


def parse_time(raw: Any, column=None) -> dt.time:
    if isinstance(raw, dt.datetime):
        return raw.time()
    if isinstance(raw, dt.time):
        return raw
    if isinstance(raw, float) and 0 <= raw < 1:
        minutes = round(raw * 24 * 60)
        return dt.time(minutes // 60, minutes % 60)
    match = TIME_TEXT.match(as_text(raw))
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise CellError(f'"{as_text(raw)}" không đọc được là giờ. Hãy ghi dạng giờ:phút, ví dụ 07:30.')


clean_name = lru_cache(maxsize=1 << 16)(normalize_name)


@lru_cache(maxsize=1 << 10)
def choice_of(choices: tuple[str, ...], key: str) -> str | None:
    return next((choice for choice in choices if fold(choice) == key), None)


PARSERS = {
    schema.TEXT: lambda raw, column: as_text(raw),
    schema.NAME: lambda raw, column: clean_name(as_text(raw)),
    schema.DATE: parse_date,
    schema.BIRTH: parse_birth,
    schema.INT: parse_int,
    schema.NUMBER: parse_number,
    schema.BOOL: parse_bool,
    schema.CHOICE: parse_choice,
    schema.TIME: parse_time,
}

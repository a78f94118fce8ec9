"""`check --danh-dau`: a copy of the workbook with every finding on its own cell (and
`check --sua-ma-cu`: a copy with the text typed in an old encoding converted to Unicode).

Each finding becomes an Excel comment (author "daihoi") on its cell, filled red for an error and
yellow for a warning; a finding about a whole row sits on the row's first cell, one about a
whole sheet on A1. A first sheet lists every finding with a link to its cell, and keeps, in
hidden columns, the fill and comment each marked cell had before: checking the marked copy again
first restores those, so marks are replaced, never stacked. The reader never looks at that sheet,
and fills and comments change no value, so the copy checks exactly like the original.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import defaultdict
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.fills import Fill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.xml.functions import fromstring, tostring

from ..findings import Finding
from ..writing.files import advice, reason
from . import schema
from .blank import fit_to_width, text_lines
from .legacy import unicode_text
from .schema import REPORT_SHEET
from .textcells import keep_text
from .workbook import fold

AUTHOR = "daihoi"
MARKED_SUFFIX = " - đã kiểm tra"
FIXED_SUFFIX = " - đã sửa mã"
LEGACY_CODE = "legacy-encoding"
FILLS = {
    True: PatternFill("solid", fgColor="FFC7CE"),  # error
    False: PatternFill("solid", fgColor="FFEB9C"),  # warning
}
HEADERS = ("STT", "Mức độ", "Mã chi bộ", "Sheet", "Ô", "Nội dung", "Mã")
WIDTHS = (6, 11, 11, 16, 12, 100, 22)
# Hidden columns of the report sheet: what each marked cell looked like before it was marked.
STORE = ("sheet", "cell", "fill", "comment", "comment_author", "mark")
# The start of a mark's comment, for a copy whose comment authors were lost (LibreOffice).
MARK = re.compile(r"(Lỗi|Cảnh báo) \[[a-z0-9-]+\]: ")
STORE_COLUMN = len(HEADERS) + 2


def write_copies(
    source: Path, checked, marked: str | None, fixed: str | None
) -> tuple[bool, list[str]]:
    """`--danh-dau [TỆP]` and `--sua-ma-cu [TỆP]`: write the copies asked for, each from the
    original. Returns (all written, lines for the clerk)."""
    lines, written = [], True
    for given, suffix, write in (
        (marked, MARKED_SUFFIX, mark_copy),
        (fixed, FIXED_SUFFIX, fix_copy),
    ):
        if given is None:
            continue
        target = Path(given) if given else default_path(source, suffix)
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        if target.resolve() == source.resolve() and not (write is mark_copy and is_marked(source)):
            written = False
            lines.append(
                f'Không ghi đè tệp gốc "{source}". Hãy ghi bản sao ra tệp khác, ví dụ: '
                f'"{source.with_name(source.stem + suffix + ".xlsx")}".'
            )
            continue
        try:
            lines += write(source, target, checked)
        except OSError as error:
            written = False
            lines.append(
                f'Không ghi được tệp "{target}" ({reason(error)}). {advice(error, "Excel")}'
            )
    return written, lines


def default_path(source: Path, suffix: str) -> Path:
    """ "<tên> - đã kiểm tra.xlsx" beside the original; a marked copy is re-marked in place."""
    if source.stem.endswith(suffix):
        return source
    return source.with_name(f"{source.stem}{suffix}.xlsx")


def mark_copy(source: Path, target: Path, checked) -> list[str]:
    origins = {cell.code: (cell.origin.sheet, cell.origin.row) for cell in checked.congresses.cells}
    placed = write_marked(source, target, checked.findings, origins)
    return [
        f'Đã ghi bản đánh dấu "{target}": {placed} lỗi và cảnh báo được ghi chú ngay trên ô '
        f'(đỏ là lỗi, vàng là cảnh báo); sheet "{REPORT_SHEET}" liệt kê tất cả, bấm vào địa chỉ '
        "ô để đến chỗ cần sửa. Sửa ngay trên bản này rồi kiểm tra lại được."
    ]


def fix_copy(source: Path, target: Path, checked) -> list[str]:
    """A copy with every cell typed in an old encoding converted to Unicode."""
    book = load_workbook(source)
    clear_marks(book)
    titles = {fold(ws.title): ws.title for ws in book.worksheets}
    changes = []
    for finding in checked.findings:
        where = place(finding, titles, {}) if finding.code == LEGACY_CODE else None
        cell = book[where[0]][where[1]] if where else None
        reading = unicode_text(cell.value, is_name(finding)) if cell is not None else None
        if reading:
            changes.append(f'  - Sheet "{where[0]}", ô {where[1]}: "{cell.value}" → "{reading[1]}"')
            cell.value = reading[1]
            keep_text(cell)
    if not changes:
        return ["Không có ô nào gõ bằng bảng mã cũ (TCVN3, VNI); không ghi bản sửa mã."]
    save_atomically(book, target)
    return [f'Đã chuyển {len(changes)} ô sang Unicode, ghi vào "{target}":', *changes]


def is_name(finding: Finding) -> bool:
    """Whether the finding's column holds a person's name (converted with capitals)."""
    return any(
        column.kind == schema.NAME
        for sheet in schema.SHEETS
        if fold(sheet.name) == fold(finding.sheet or "")
        for column in sheet.columns
        if column.header == finding.column
    )


def is_marked(path: Path) -> bool:
    """A copy this command wrote: its first sheet is the report."""
    book = load_workbook(path, read_only=True)
    try:
        return REPORT_SHEET in book.sheetnames
    finally:
        book.close()


def write_marked(
    source: Path, target: Path, findings: list[Finding], origins: dict[str, tuple[str, int]]
) -> int:
    """Write the marked copy; returns how many findings sit on a cell.

    `origins` gives, for each cell code, its sheet and row: a finding about a whole cell sits
    on the first cell of that cell's row.
    """
    book = load_workbook(source)
    clear_marks(book)
    titles = {fold(ws.title): ws.title for ws in book.worksheets}
    places = [place(finding, titles, origins) for finding in findings]
    report = book.create_sheet(REPORT_SHEET, 0)
    saved = mark_cells(book, findings, places)
    write_report(report, findings, places, saved)
    for worksheet in book.worksheets:
        worksheet.sheet_view.tabSelected = worksheet is report
    book.active = 0
    save_atomically(book, target)
    return sum(p is not None for p in places)


def place(finding: Finding, titles: dict[str, str], origins) -> tuple[str, str] | None:
    """(sheet title, cell) where a finding is marked; None when it has no sheet in the file."""
    sheet, row, letter = finding.sheet, finding.row, finding.column_letter
    if sheet is None and finding.cell_code in origins:
        sheet, row = origins[finding.cell_code]
    title = titles.get(fold(sheet)) if sheet else None
    if title is None or title == REPORT_SHEET:
        return None
    return title, f"{letter or 'A'}{row or 1}"


def mark_cells(book, findings: list[Finding], places) -> list[tuple]:
    """Comment and fill every marked cell; returns the cells' former looks to store."""
    by_cell: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding, where in zip(findings, places, strict=True):
        if where:
            by_cell[(where[0], anchor(book[where[0]], where[1]))].append(finding)
    saved = []
    for (title, coordinate), group in by_cell.items():
        cell = book[title][coordinate]
        former = cell.comment
        text = "\n\n".join(f"{label(f)} [{f.code}]: {f.message}" for f in group)
        if former:
            text = f"{former.text}\n\n{text}"
        fill = tostring(cell.fill.to_tree()).decode()
        saved.append(
            (title, coordinate, fill, former and former.text, former and former.author, text)
        )
        comment = Comment(text, AUTHOR)
        comment.width, comment.height = 320, min(600, 40 + 15 * (len(text) // 45 + 1))
        cell.comment = comment
        cell.fill = FILLS[any(f.is_error for f in group)]
    return saved


def anchor(worksheet, coordinate: str) -> str:
    """The cell that holds a merged range's value and comment; the cell itself otherwise."""
    for merged in worksheet.merged_cells.ranges:
        if coordinate in merged:
            return merged.start_cell.coordinate
    return coordinate


def label(finding: Finding) -> str:
    return "Lỗi" if finding.is_error else "Cảnh báo"


def clear_marks(book) -> None:
    """Undo an earlier check's marks: restore each marked cell's fill and comment."""
    stored = {}
    if REPORT_SHEET in book.sheetnames:
        report = book[REPORT_SHEET]
        for values in report.iter_rows(min_row=3, min_col=STORE_COLUMN, values_only=True):
            record = dict(zip(STORE, values[: len(STORE)], strict=True))
            if record["sheet"] and record["cell"]:
                stored[(record["sheet"], record["cell"])] = record
        book.remove(report)
    for worksheet in book.worksheets:
        for cell in list(worksheet._cells.values()):
            if cell.comment is None:
                continue
            record = stored.get((worksheet.title, cell.coordinate))
            if record and cell.comment.text == record["mark"]:
                cell.fill = Fill.from_tree(fromstring(record["fill"]))
                text, author = record["comment"], record["comment_author"]
                cell.comment = Comment(text, author or "") if text else None
            elif cell.comment.author == AUTHOR or MARK.match(cell.comment.text):
                # No record (the report sheet was deleted): drop what is recognisably ours.
                if cell.fill in FILLS.values():
                    cell.fill = PatternFill()
                cell.comment = None


def write_report(report, findings: list[Finding], places, saved) -> None:
    errors = sum(f.is_error for f in findings)
    report["A1"] = f"Kết quả kiểm tra: {errors} lỗi, {len(findings) - errors} cảnh báo."
    report["A1"].font = Font(bold=True, size=13)
    report.append(list(HEADERS) + [None] + list(STORE))
    for cell in report[2]:
        cell.font = Font(bold=True)
    for number, (finding, where) in enumerate(zip(findings, places, strict=True), start=1):
        report.append(
            [
                number,
                label(finding),
                finding.cell_code,
                finding.sheet,
                f"{where[0]}!{where[1]}" if where else None,
                finding.message,
                finding.code,
            ]
        )
        row = report.max_row
        if where:
            link = report.cell(row=row, column=5)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{where[0]}'!{where[1]}")
            link.font = Font(color="0563C1", underline="single")
        report.cell(row=row, column=2).fill = FILLS[finding.is_error]
        report.cell(row=row, column=6).alignment = Alignment(wrap_text=True, vertical="top")
        report.row_dimensions[row].height = 15 * text_lines(finding.message, WIDTHS[5]) + 2
    if not findings:
        report.append([None, None, None, None, None, "Không có lỗi hay cảnh báo nào."])
    for row, values in enumerate(saved, start=3):
        for index, value in enumerate(values):
            report.cell(row=row, column=STORE_COLUMN + index, value=value)
    for index, width in enumerate(WIDTHS, start=1):
        report.column_dimensions[get_column_letter(index)].width = width
    for index in range(len(STORE)):
        report.column_dimensions[get_column_letter(STORE_COLUMN + index)].hidden = True
    for row in report.iter_rows():
        for cell in row:
            keep_text(cell)  # codes, sheet names, messages and comments quoting the workbook
    report.freeze_panes = "A3"
    fit_to_width(report)
    report.print_title_rows = "2:2"


def save_atomically(book, target: Path) -> None:
    """Write beside the target and swap in whole: never a half-written workbook."""
    handle, temporary = tempfile.mkstemp(suffix=".xlsx", dir=target.parent)
    os.close(handle)
    try:
        book.save(temporary)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)

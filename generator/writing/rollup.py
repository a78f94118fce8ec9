"""The district roll-up: one workbook over every cell of the input, for the đảng ủy / district.

Sheet "Đăng ký lịch đại hội" is the congress schedule the district plan (III.7) asks for by
profile.registration_deadline; sheet "Kết quả đại hội" consolidates the results, due by
profile.rollup_deadline. Like the cell packages, the file is written atomically and a roll-up the
clerk edited after generation is kept: the new one is written beside it.
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from dataclasses import dataclass
from itertools import accumulate, groupby
from pathlib import Path
from typing import NamedTuple

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from ..checking.check import Checked
from ..checking.election import ELECTION_NAMES, attendance_recorded, elected, present, seats_of
from ..checking.profile import Profile
from ..documents.common import committee_name
from ..reading.model import Cell, Member
from ..reading.textcells import keep_text
from ..textvn import body_date, format_count, header_date, sort_by_name
from . import files
from .package import NEW_VERSION, BuildResult, content_hash, read_json, write_json

ROLLUP = "Tổng hợp đại hội chi bộ.xlsx"
NEW_ROLLUP = f"{Path(ROLLUP).stem}{NEW_VERSION}.xlsx"
SIDECAR = ".Tổng hợp đại hội chi bộ.json"  # what the tool wrote: file name → hash
SAVE_TIME = ("docProps/core.xml",)  # changes on every save
SCHEDULE, RESULTS = "Đăng ký lịch đại hội", "Kết quả đại hội"
TOTAL = "Tổng cộng"
NOT_HELD, NOT_ENTERED, NOT_ELECTED = "Chưa đại hội", "Chưa nhập kết quả", "Không bầu"
FONT = "Times New Roman"
COUNT, PERCENT, DATE, TIME = "0", "0.00%", "DD/MM/YYYY", "HH:MM"
BOX = Border(*(Side(style="thin"),) * 4)
SIDES = {"left": "trái", "center": "giữa", "right": "phải"}


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    number_format: str | None = None
    group: str = ""  # a header spanning the consecutive columns of the same group


@dataclass
class Table:
    sheet: str
    title: str
    deadline: str
    year: int | None  # printed in the blank date line
    columns: list[Column]
    rows: list[list]
    totals: list  # label first, then one value per column after the first three


@dataclass
class Outcome:
    """What one cell's recorded congress adds to the roll-up."""

    convened: int
    present: int | None  # None: attendance not entered
    seats: dict[str, int]
    chosen: dict[str, list[Member]]  # election → elected, A-B-C order
    leaders: int  # distinct people elected to chi ủy, bí thư, phó bí thư
    shares: dict[str, int]


LEADER_ELECTIONS = ("Chi ủy", "Bí thư", "Phó bí thư")
SHARES = ("women", "young", "minority", "reelected")


def write_rollup(
    checked: Checked,
    outdir: Path,
    result: BuildResult,
    force: bool = False,
    today: dt.date | None = None,
) -> Path | None:
    """Write the roll-up and return where it went (None: it could not be written, said in
    result.failures). Unchanged content is not rewritten; a roll-up edited since it was
    generated is kept (added to result.kept) and the new one goes beside it as
    "… (bản mới).xlsx", unless force. The sidecar records what the tool wrote, and before a
    write what it is about to write, so a stopped run never makes its own file look edited."""
    buffer = io.BytesIO()
    rollup_workbook(checked, today or dt.date.today()).save(buffer)
    data = buffer.getvalue()
    fresh = content_hash(data, skip=SAVE_TIME)
    target = outdir / ROLLUP
    try:
        files.mkdir(outdir)
        legacy = outdir / f".{ROLLUP}.tmp"  # the earlier design's staging file
        if legacy.exists():
            files.unlink(legacy)
        files.remove_temps(outdir)
        sidecar = read_json(outdir / SIDECAR)
        generated = {k: v for k, v in sidecar.items() if isinstance(v, str)}
        pending = sidecar.get("pending") if isinstance(sidecar.get("pending"), dict) else {}

        def hash_of(name: str) -> str | None:
            path = outdir / name
            return content_hash(path, skip=SAVE_TIME) if path.exists() else None

        def ours(name: str) -> bool:
            return hash_of(name) in (None, generated.get(name), pending.get(name))

        if hash_of(ROLLUP) == fresh:
            pass
        elif force or ours(ROLLUP):
            write_recorded(outdir, ROLLUP, data, fresh, generated)
        else:
            result.kept.append(target)
            result.notes.append(
                f'Bảng tổng hợp "{ROLLUP}" đã được sửa sau khi tạo nên được giữ nguyên; bản mới '
                f'ghi ở "{NEW_ROLLUP}".'
            )
            target = outdir / NEW_ROLLUP
            if hash_of(NEW_ROLLUP) != fresh:
                if not ours(NEW_ROLLUP):
                    result.failures.append(
                        f'Chưa ghi được bảng tổng hợp mới: cả "{ROLLUP}" và "{NEW_ROLLUP}" đã '
                        f'được sửa. Hãy đổi tên hoặc chuyển "{NEW_ROLLUP}" ra chỗ khác rồi chạy lại.'
                    )
                    return None
                write_recorded(outdir, NEW_ROLLUP, data, fresh, generated)
        recorded = {name: generated.get(name) for name in (ROLLUP, NEW_ROLLUP)}
        recorded[target.name] = fresh
        recorded = {k: v for k, v in recorded.items() if v and (outdir / k).exists()}
        if recorded != sidecar:
            write_json(outdir / SIDECAR, recorded)
    except OSError as error:
        result.failures.append(
            f'Không ghi được bảng tổng hợp "{target.name}" ({files.reason(error)}). '
            + files.advice(error, "Excel")
        )
        return None
    return target


def write_recorded(outdir: Path, name: str, data: bytes, digest: str, generated: dict) -> None:
    write_json(outdir / SIDECAR, generated | {"pending": {name: digest}})
    files.write_atomic(outdir / name, data)


def rollup_workbook(checked: Checked, today: dt.date) -> Workbook:
    cells = sorted(
        checked.congresses.cells,
        key=lambda c: (c.congress_date is None, c.congress_date or dt.date.min, c.code.casefold()),
    )
    book = Workbook()
    book.remove(book.active)
    for table in (schedule(checked, cells), results(checked, cells, today)):
        write_table(book.create_sheet(table.sheet), table, cells, checked.profile)
    return book


def error_note(checked: Checked, cell: Cell) -> str:
    """The same rule as package.build: a cell's own errors plus those that stop every cell."""
    errors = len(checked.errors_of(cell.code)) + len(checked.general_errors)
    return f"Có {format_count(errors)} lỗi, chưa tạo hồ sơ" if errors else ""


def schedule(checked: Checked, cells: list[Cell]) -> Table:
    profile = checked.profile
    members = "Số đảng viên"
    columns = [
        Column("STT", 5, COUNT),
        Column("Mã", 7),
        Column("Chi bộ", 24),
        Column("Loại", 11),
        Column("Đảng bộ cơ sở", 17),
        Column("Tổng số", 7, COUNT, members),
        Column("Chính thức", 8, COUNT, members),
        Column("Dự bị", 7, COUNT, members),
        Column("Ngày đại hội", 11, DATE),
        Column("Giờ khai mạc", 8, TIME),
        Column("Địa điểm", 20),
        Column("Đại biểu cấp trên", 32),
        Column("Ngày thông báo khai mạc", 11, DATE),
        Column("Ghi chú", 16),
    ]
    rows = [
        [
            number,
            cell.code,
            cell.name,
            cell.kind,
            cell.parent,
            len(cell.members),
            len(cell.official_members),
            len(cell.probationary_members),
            cell.congress_date,
            cell.opening_time,
            cell.venue,
            "\n".join(cell.guests),
            cell.notice_date,
            error_note(checked, cell),
        ]
        for number, cell in enumerate(cells, start=1)
    ]
    failed = sum(bool(row[-1]) for row in rows)
    totals = [
        f"{TOTAL}: {format_count(len(rows))} chi bộ",
        None,
        None,
        *(sum(row[i] for row in rows) for i in (5, 6, 7)),
        None,
        None,
        None,
        None,
        None,
        f"Có lỗi: {format_count(failed)} chi bộ" if failed else "",
    ]
    return Table(
        SCHEDULE,
        f"DANH SÁCH ĐĂNG KÝ THỜI GIAN ĐẠI HỘI CHI BỘ NHIỆM KỲ {terms(cells, profile)}",
        deadline_line("Hạn gửi: chậm nhất ngày", profile.registration_deadline),
        profile.registration_deadline.year if profile.registration_deadline else None,
        columns,
        rows,
        totals,
    )


def terms(cells: list[Cell], profile: Profile) -> str:
    """The term(s) of the cells, as the workbook or the profile gives them."""
    found = dict.fromkeys(cell.term or profile.term for cell in cells)
    return ", ".join(term for term in found if term) or "……"


def deadline_line(words: str, day: dt.date | None) -> str:
    return f"{words} {body_date(day)}" if day else ""


def outcome(cell: Cell, profile: Profile) -> Outcome:
    chosen = {e: sort_by_name(elected(cell, e)) for e in ELECTION_NAMES}
    leaders = list({id(m): m for e in LEADER_ELECTIONS for m in chosen[e]}.values())
    reelected = {id(n.member) for n in cell.nominations if n.reelected}
    day = cell.congress_date or profile.congress_start or dt.date.today()
    tests = {
        "women": lambda m: m.is_female,
        "minority": lambda m: m.is_ethnic_minority,
        "young": lambda m: m.age_on(day) < profile.young_age,
        "reelected": lambda m: id(m) in reelected,
    }
    return Outcome(
        len(cell.members),
        len(present(cell)) if attendance_recorded(cell) else None,
        {e: seats_of(cell, e) for e in ELECTION_NAMES},
        chosen,
        len(leaders),
        {key: sum(map(tests[key], leaders)) for key in SHARES},
    )


def ratio(part: int | None, whole: int | None) -> float | None:
    return part / whole if whole and part is not None else None


def names(outcome: Outcome, election: str) -> str:
    if not outcome.seats[election]:
        return NOT_ELECTED
    return "\n".join(m.name for m in outcome.chosen[election])


def shortfall(outcome: Outcome) -> str:
    short = [
        f"{ELECTION_NAMES[e]} {format_count(len(outcome.chosen[e]))}/"
        f"{format_count(outcome.seats[e])}"
        for e in ELECTION_NAMES
        if len(outcome.chosen[e]) < outcome.seats[e]
    ]
    return f"Chưa đủ số trúng cử: {', '.join(short)}" if short else ""


def results(checked: Checked, cells: list[Cell], today: dt.date) -> Table:
    profile = checked.profile
    came, committee = "Đảng viên dự đại hội", "Chi ủy"
    structure = "Cơ cấu chi ủy, bí thư, phó bí thư trúng cử"
    labels = {
        "women": ("Nữ", "nữ"),
        "young": (f"Trẻ dưới {profile.young_age} tuổi", "trẻ"),
        "minority": ("Dân tộc thiểu số", "dân tộc thiểu số"),
        "reelected": ("Tái cử", "tái cử"),
    }
    columns = [
        Column("STT", 5, COUNT),
        Column("Mã", 7),
        Column("Chi bộ", 20),
        Column("Ngày đại hội", 11, DATE),
        Column("Triệu tập", 8, COUNT, came),
        Column("Có mặt", 7, COUNT, came),
        Column("Tỷ lệ có mặt", 9, PERCENT, came),
        Column("Số lượng bầu", 7, COUNT, committee),
        Column("Trúng cử", 7, COUNT, committee),
        Column("Họ và tên", 20, None, committee),
        Column("Bí thư", 15, COUNT),
        Column("Phó bí thư", 15, COUNT),
        Column("Đại biểu dự đại hội cấp trên", 16, COUNT),
        *(
            Column(header, width, fmt, structure)
            for key in SHARES
            for header, width, fmt in (
                (labels[key][0], 6, COUNT),
                (f"Tỷ lệ {labels[key][1]}", 8, PERCENT),
            )
        ),
        Column("Hạn báo cáo kết quả", 11, DATE),
        Column("Ghi chú", 16),
    ]
    rows, done, notes = [], [], []
    for number, cell in enumerate(cells, start=1):
        due = profile.results_due(cell.congress_date)
        note = error_note(checked, cell)
        if not note and not cell.has_congress_record:
            note = NOT_HELD if not cell.congress_date or cell.congress_date > today else NOT_ENTERED
        notes.append(note)
        if note:
            rows.append(
                [
                    number,
                    cell.code,
                    cell.name,
                    cell.congress_date,
                    *[None] * (len(columns) - 6),
                    due,
                    note,
                ]
            )
            continue
        got = outcome(cell, profile)
        done.append(got)
        missing = "" if got.present is not None else 'Chưa ghi cột "Dự đại hội"'
        rows.append(
            [
                number,
                cell.code,
                cell.name,
                cell.congress_date,
                got.convened,
                got.present,
                ratio(got.present, got.convened),
                got.seats["Chi ủy"] or None,
                len(got.chosen["Chi ủy"]) if got.seats["Chi ủy"] else None,
                *(names(got, e) for e in ELECTION_NAMES),
                *(
                    v
                    for key in SHARES
                    for v in (got.shares[key], ratio(got.shares[key], got.leaders))
                ),
                due,
                "; ".join(filter(None, (shortfall(got), missing))),
            ]
        )
    attended = [o for o in done if o.present is not None]
    present_total = sum(o.present for o in attended) if attended else None
    leaders = sum(o.leaders for o in done)
    tally = {
        NOT_HELD: notes.count(NOT_HELD),
        NOT_ENTERED: notes.count(NOT_ENTERED),
        "Có lỗi": sum(n not in (NOT_HELD, NOT_ENTERED, "") for n in notes),
    }
    summary = [f"Đã có kết quả: {format_count(len(done))}/{format_count(len(cells))} chi bộ"]
    summary += [f"{label}: {format_count(n)}" for label, n in tally.items() if n]
    totals = [
        f"{TOTAL}: {format_count(len(done))} chi bộ có kết quả",
        None,
        sum(o.convened for o in done),
        present_total,
        ratio(present_total, sum(o.convened for o in attended)),
        sum(o.seats["Chi ủy"] for o in done),
        sum(len(o.chosen["Chi ủy"]) for o in done),
        None,
        *(sum(len(o.chosen[e]) for o in done) for e in ("Bí thư", "Phó bí thư", "Đại biểu")),
        *(
            v
            for key in SHARES
            for v in (
                sum(o.shares[key] for o in done),
                ratio(sum(o.shares[key] for o in done), leaders),
            )
        ),
        None,
        "; ".join(summary),
    ]
    return Table(
        RESULTS,
        f"TỔNG HỢP KẾT QUẢ ĐẠI HỘI CHI BỘ NHIỆM KỲ {terms(cells, profile)}",
        deadline_line("Hạn báo cáo: trước ngày", profile.rollup_deadline),
        None,
        columns,
        rows,
        totals,
    )


def put(
    ws,
    row: int,
    column: int,
    value,
    bold: bool = False,
    italic: bool = False,
    size: int = 12,
    align: str | None = None,
    number_format: str | None = None,
    boxed: bool = False,
):
    cell = ws.cell(row=row, column=column, value=None if value == "" else value)
    text = isinstance(value, str) or value is None
    look = Look(bold, italic, size, align or ("left" if text else "center"), boxed)
    cell.style = named_style(
        ws.parent, look if text else look._replace(number_format=number_format)
    )
    keep_text(cell)
    return cell


class Look(NamedTuple):
    bold: bool
    italic: bool
    size: int
    horizontal: str
    boxed: bool
    number_format: str | None = None


def named_style(book, look: Look) -> str:
    """The workbook's named style of this look, added the first time a cell takes it: a cell
    takes a named style by its name, where openpyxl would hash its every font and alignment."""
    words = [f"cỡ {look.size}", "đậm" * look.bold, "nghiêng" * look.italic]
    words += [SIDES[look.horizontal], "có khung" * look.boxed, look.number_format or ""]
    name = "Tổng hợp: " + ", ".join(word for word in words if word)
    if name not in book.named_styles:
        style = NamedStyle(name)
        style.font = Font(name=FONT, size=look.size, bold=look.bold, italic=look.italic)
        indent = int(look.horizontal == "left")
        style.alignment = Alignment(look.horizontal, "center", wrap_text=True, indent=indent)
        style.border = BOX if look.boxed else Border()
        style.number_format = look.number_format or "General"
        book.add_named_style(style)
    return name


def merge(ws, row: int, first: int, last: int, value, **style) -> None:
    put(ws, row, first, value, **style)
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def write_table(ws, table: Table, cells: list[Cell], profile: Profile) -> None:
    last = len(table.columns)
    row = heading(ws, table, cells, profile)
    grouped = any(c.group for c in table.columns)
    top, bottom = row, row + grouped
    for index, column in enumerate(table.columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
        for line in range(top, bottom + 1):
            put(ws, line, index, None, boxed=True)
        line = bottom if column.group else top
        put(ws, line, index, column.header, bold=True, align="center", boxed=True)
        if grouped and not column.group:
            ws.merge_cells(start_row=top, start_column=index, end_row=bottom, end_column=index)
    index = 1
    for group, members in groupby(table.columns, key=lambda c: c.group):
        span = len(list(members))
        if group:
            merge(ws, top, index, index + span - 1, group, bold=True, align="center")
        index += span
    ws.row_dimensions[top].height = 30 if grouped else 66
    ws.row_dimensions[bottom].height = 66
    widths = [c.width for c in table.columns]
    for row, values in enumerate(table.rows, start=bottom + 1):
        for index, (column, value) in enumerate(zip(table.columns, values, strict=True), 1):
            put(ws, row, index, value, number_format=column.number_format, boxed=True)
        ws.row_dimensions[row].height = height(widths, values)
    row = bottom + len(table.rows) + 1
    ws.row_dimensions[row].height = height([sum(widths[:3]), *widths[3:]], table.totals)
    for index in range(1, last + 1):
        put(ws, row, index, None, boxed=True)
    merge(ws, row, 1, 3, table.totals[0], bold=True, align="center")
    for index, (column, value) in enumerate(
        zip(table.columns[3:], table.totals[1:], strict=True), start=4
    ):
        put(ws, row, index, value, bold=True, number_format=column.number_format, boxed=True)
    if len({c.parent for c in cells}) == 1:
        right = blocks(table.columns)[1]
        merge(ws, row + 2, right, last, "T/M ĐẢNG ỦY", bold=True, align="center")
        merge(ws, row + 3, right, last, "BÍ THƯ", align="center")
    layout(ws, top, bottom)


def height(widths: list[float], values: list) -> float:
    """Row height in points for wrapped text: neither Excel nor LibreOffice grows the rows of an
    openpyxl file by itself. About 1.1 characters of 12 pt per unit of column width."""
    return 16 * max(map(lines, values, widths)) + 4


def lines(value, width: float) -> int:
    if not isinstance(value, str):
        return 1
    return sum(len(textwrap.wrap(part, int(width * 1.1)) or [""]) for part in value.split("\n"))


def blocks(columns: list[Column]) -> tuple[int, int]:
    """Last column of the left header block and first of the right one (a third of the width
    each)."""
    widths = [c.width for c in columns]
    share = sum(widths) / 3
    left = next(i for i, w in enumerate(accumulate(widths), 1) if w >= share)
    right = (
        len(widths)
        + 1
        - next(i for i, w in enumerate(accumulate(reversed(widths)), 1) if w >= share)
    )
    return left, right


def heading(ws, table: Table, cells: list[Cell], profile: Profile) -> int:
    """The Party document header and the title; returns the row of the table header."""
    last = len(table.columns)
    left, right = blocks(table.columns)
    parents = list(dict.fromkeys(c.parent for c in cells if c.parent))
    places = {c.place for c in cells if c.place}
    issuer = committee_name(parents[0]).upper() if len(parents) == 1 else ""
    place = places.pop() if len(places) == 1 else "……"
    merge(ws, 1, 1, left, (profile.superior or "").upper(), align="center")
    merge(ws, 2, 1, left, issuer, bold=True, align="center")
    merge(ws, 3, 1, left, "*", align="center")
    merge(ws, 1, right, last, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, align="center")
    merge(ws, 2, right, last, header_date(place, None, table.year), italic=True, align="center")
    merge(ws, 5, 1, last, table.title, bold=True, size=14, align="center")
    if parents:
        merge(ws, 6, 1, last, f"Các chi bộ trực thuộc {', '.join(parents)}", align="center")
    merge(ws, 7, 1, last, table.deadline, italic=True, align="center")
    ws.row_dimensions[5].height = 22
    return 9


def layout(ws, top: int, bottom: int) -> None:
    """Landscape A4, one page wide, header rows repeated, frozen below the header."""
    ws.freeze_panes = ws.cell(row=bottom + 1, column=4)
    ws.print_title_rows = f"{top}:{bottom}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = FONT

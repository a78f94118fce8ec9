"""Shared helpers: build test workbooks by header name, make valid cells, run the checks."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.checking.check import check_workbook
from generator.checking.profile import default_profile
from generator.cli import main as cli_main
from generator.findings import Finding
from generator.reading import schema
from generator.reading.blank import blank_workbook

ROOT = Path(__file__).resolve().parent.parent


def use_this_checkout() -> None:
    """The tests run on the templates and sample workbook of the checkout they are in.

    pyproject.toml maps templates_docx/ and data/ into the package (generator.templates_docx,
    generator.data); an editable install records that mapping for the checkout it was made from,
    and several checkouts of the project may share one installation.
    """
    for name in ("templates_docx", "data"):
        spec = importlib.util.spec_from_file_location(
            f"generator.{name}", ROOT / name / "__init__.py"
        )
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sys.modules[spec.name] = module


use_this_checkout()

D = dt.date
CONGRESS = D(2024, 12, 16)
NOTICE = D(2024, 10, 1)
VOTED = D(2024, 9, 20)  # the chi bộ's vote on the personnel plan

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng")
MIDDLE = ("Văn", "Thị", "Minh", "Hoàng", "Thanh", "Ngọc", "Quốc", "Thu")
GIVEN = (
    "An",
    "Bình",
    "Chi",
    "Dũng",
    "Đạt",
    "Em",
    "Giang",
    "Hà",
    "Hải",
    "Hùng",
    "Khánh",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Nga",
    "Oanh",
    "Phúc",
    "Quang",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trí",
    "Uyên",
    "Vinh",
    "Xuân",
    "Yến",
    "Ánh",
    "Ân",
    "Ẩn",
)


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def person_name(index: int) -> str:
    """Distinct, readable Vietnamese names: index 0, 1, 2 … never repeat within 240."""
    given = GIVEN[index % len(GIVEN)]
    middle = MIDDLE[(index // len(GIVEN)) % len(MIDDLE)]
    return f"{FAMILY[index % len(FAMILY)]} {middle} {given}"


# The seed's plan with the number and date a district gives it once issued (the draft has none).
PLAN = {
    "Văn bản chỉ đạo": "Kế hoạch số 45-KH/HU ngày 02/01/2024 của Ban Thường vụ Huyện ủy Phụng "
    "Hiệp về tổ chức đại hội chi bộ trực thuộc đảng ủy cơ sở, nhiệm kỳ 2025 - 2027"
}


class Book:
    """A test workbook: starts as `daihoi init` writes it, rows are filled by header name."""

    def __init__(self, folder: Path, workbook=None):
        self.folder = folder
        self.wb = workbook if workbook is not None else blank_workbook()
        self.next_row: dict[str, int] = {}
        if workbook is None:
            self.name_the_district()

    def name_the_district(self) -> None:
        """Name the superior body and the plan, as a real district does: without them the check
        warns (profile-place) that the default profile's own district is used unchanged."""
        profile = default_profile()
        for rule in profile.rules:
            if rule.place:
                self.add("Cấu hình", {"Khóa": rule.key, "Giá trị": PLAN.get(rule.key, rule.text)})

    def ws(self, sheet: str):
        for worksheet in self.wb.worksheets:
            if fold(worksheet.title) == fold(sheet):
                return worksheet
        raise KeyError(sheet)

    def columns(self, sheet: str) -> dict[str, int]:
        """fold(header) → 1-based column index, read from row 1 as it is now."""
        worksheet = self.ws(sheet)
        found = {}
        for cell in worksheet[1]:
            if isinstance(cell.value, str) and cell.value.strip():
                found.setdefault(fold(cell.value), cell.column)
        return found

    def add(self, sheet: str, values: dict, row: int | None = None) -> int:
        """Write one data row; returns its Excel row number. Unknown headers are a test bug."""
        worksheet = self.ws(sheet)
        if row is None:
            row = self.next_row.get(worksheet.title, 2)
        self.next_row[worksheet.title] = max(self.next_row.get(worksheet.title, 2), row + 1)
        columns = self.columns(sheet)
        for header, value in values.items():
            worksheet.cell(row=row, column=columns[fold(header)]).value = value
        return row

    def set(self, sheet: str, row: int, header: str, value) -> None:
        self.ws(sheet).cell(row=row, column=self.columns(sheet)[fold(header)]).value = value

    def get(self, sheet: str, row: int, header: str):
        return self.ws(sheet).cell(row=row, column=self.columns(sheet)[fold(header)]).value

    def rename_header(self, sheet: str, header: str, new: str | None) -> None:
        self.ws(sheet).cell(row=1, column=self.columns(sheet)[fold(header)]).value = new

    def add_column(self, sheet: str, header: str) -> None:
        worksheet = self.ws(sheet)
        worksheet.cell(row=1, column=worksheet.max_column + 1).value = header

    def rename_sheet(self, sheet: str, new: str) -> None:
        self.ws(sheet).title = new

    def remove_sheet(self, sheet: str) -> None:
        self.wb.remove(self.ws(sheet))

    def save(self, name: str = "so_lieu.xlsx") -> Path:
        path = self.folder / name
        self.wb.save(path)
        return path


@dataclass
class CellInfo:
    """What `add_cell` wrote, with the Excel rows, so tests can name exact places."""

    code: str
    name: str
    row: int
    seats: int | None
    official: list[str] = field(default_factory=list)
    probationary: list[str] = field(default_factory=list)
    exempt: list[str] = field(default_factory=list)
    member_rows: dict[str, int] = field(default_factory=dict)
    # (name, post) → row on "Nhân sự"; (task, name) → row on "Phân công".
    nomination_rows: dict[tuple[str, str], int] = field(default_factory=dict)
    assignment_rows: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def secretary(self) -> str:
        return self.official[0]

    @property
    def counting_lead(self) -> str:
        return self.official[-1]

    def candidates(self) -> list[str]:
        return [name for (name, post) in self.nomination_rows if post == "Chi ủy viên"]


def default_seats(official: int) -> int | None:
    if official >= 21:
        return 7
    if official >= 15:
        return 5
    if official >= 9:
        return 3
    return None


def add_cell(
    book: Book,
    code: str = "CB01",
    official: int = 9,
    probationary: int = 0,
    exempt: int = 0,
    kind: str = "Ấp",
    seats: int | None | str = "auto",
    candidates: int | None = None,
    congress: dt.date | None = CONGRESS,
    notice: dt.date | None = NOTICE,
    secretary: bool = True,
    roles: bool = True,
    narrative: bool = True,
    first_person: int = 0,
    **cell_values,
) -> CellInfo:
    """A cell that passes every rule (no errors, no warnings) unless told otherwise.

    `official` members are "Chính thức" (the last `exempt` of them before the counting-team
    lead are "Miễn sinh hoạt"), then `probationary` "Dự bị" ones. Cells with ≥ 9 official
    members elect `seats` (by default the most the rules allow) from `candidates` nominees
    (default seats + 1); the first member is the nominee for bí thư, a young woman who is
    trưởng ấp. Extra keyword arguments are written on the "Chi bộ" row by header name.
    """
    if seats == "auto":
        seats = default_seats(official)
    name = cell_values.pop("Tên chi bộ", f"Chi bộ {kind} {code}")
    values = {
        "Mã chi bộ": code,
        "Tên chi bộ": name,
        "Loại chi bộ": kind,
        "Đảng bộ cơ sở": "Đảng bộ xã Hiệp Hưng",
        "Địa danh": "Hiệp Hưng",
        "Ngày đại hội": congress,
        "Giờ khai mạc": "07:30",
        "Địa điểm": "Hội trường Ấp Mỹ Phú",
        "Số chi ủy viên": seats,
        "Ngày thông báo khai mạc": notice,
        "Ngày họp lấy ý kiến nhân sự": congress - (CONGRESS - VOTED) if congress else None,
    }
    values.update(cell_values)
    info = CellInfo(code=code, name=name, row=book.add("Chi bộ", values), seats=seats)

    total = official + probationary
    for index in range(total):
        person = person_name(first_person + index)
        is_official = index < official
        is_exempt = is_official and official - 1 - exempt <= index < official - 1
        row = {
            "Mã chi bộ": code,
            "Họ và tên": person,
            "Giới tính": "Nữ" if index == 0 else ("Nam" if index % 2 else "Nữ"),
            "Ngày sinh": D(1992, 3, 12) if index == 0 else D(1960 + index % 30, 5, 20),
            "Dân tộc": "Kinh",
            "Ngày vào Đảng": D(2015, 2, 3) if is_official else D(2024, 3, 1),
            "Ngày chính thức": D(2016, 2, 3) if is_official else None,
            "Tình trạng": "Chính thức" if is_official else "Dự bị",
            "Miễn sinh hoạt": "Có" if is_exempt else None,
            "Chức vụ chính quyền, đoàn thể": "Trưởng ấp" if index == 0 else None,
        }
        info.member_rows[person] = book.add("Đảng viên", row)
        if not is_official:
            info.probationary.append(person)
        else:
            info.official.append(person)
            if is_exempt:
                info.exempt.append(person)

    def nominate(person: str, post: str) -> None:
        info.nomination_rows[(person, post)] = book.add(
            "Nhân sự", {"Mã chi bộ": code, "Họ và tên": person, "Dự kiến": post}
        )

    if official and seats:
        count = seats + 1 if candidates is None else candidates
        for person in info.official[:count]:
            nominate(person, "Chi ủy viên")
    if official and secretary:
        nominate(info.secretary, "Bí thư")

    def assign(task: str, person: str) -> None:
        info.assignment_rows[(task, person)] = book.add(
            "Phân công", {"Mã chi bộ": code, "Nhiệm vụ": task, "Họ và tên": person}
        )

    if official and roles:
        helper = info.official[1] if official > 1 else info.official[0]
        assign("Dẫn chương trình", helper)
        assign("Chủ tịch đại hội", info.secretary)
        assign("Thư ký", helper)
        assign("Tổ trưởng kiểm phiếu", info.counting_lead)
        assign("Trình bày báo cáo tổng kết", info.secretary)
        if seats:
            assign("Trình bày báo cáo kiểm điểm", info.secretary)

    if narrative:
        add_narrative(book, code, kind)
    return info


def add_narrative(book: Book, code: str, kind: str = "Ấp") -> None:
    summary = schema.summary_sections(kind)
    for document, sections in (
        ("Báo cáo tổng kết", summary),
        ("Báo cáo kiểm điểm", schema.SELF_REVIEW_SECTIONS),
    ):
        for section in sections:
            book.add(
                "Nội dung",
                {
                    "Mã chi bộ": code,
                    "Văn kiện": document,
                    "Mục": section,
                    "Nội dung": f"Nội dung mục {section.lower()} của chi bộ.",
                },
            )


def findings_of(path: Path) -> list[Finding]:
    return check_workbook(path).findings


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]


def with_code(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def describe(findings: list[Finding]) -> str:
    return "\n".join(
        f"{f.severity} {f.code} {f.sheet}:{f.row} {f.column}: {f.message}" for f in findings
    )


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def book(tmp_path) -> Book:
    return Book(tmp_path)


@pytest.fixture
def workbook(tmp_path) -> Path:
    """A saved workbook of one valid cell, CB01, with 10 official members."""
    book = Book(tmp_path)
    add_cell(book, "CB01", official=10)
    return book.save()


@pytest.fixture
def run_cli(capsys):
    """Run `daihoi ARGS…` in-process; returns exit code, stdout and stderr."""

    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()
        try:
            code = cli_main([str(a) for a in args])
        except SystemExit as exit_:  # argparse errors
            code = exit_.code
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run

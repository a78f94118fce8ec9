"""The rules profile: every number of SPEC §3 as data. Default = the district plan.

A district overrides any of them from the "Cấu hình" sheet (Khóa · Giá trị). Nothing else in the
code or templates carries these numbers.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field, replace

import holidays

from .findings import ERROR, Finding
from .workbook import CellError, Row, fold, parse_date, parse_int


@dataclass(frozen=True)
class Profile:
    congress_start: dt.date = dt.date(2024, 12, 1)
    congress_end: dt.date = dt.date(2024, 12, 31)
    notice_working_days: int = 30
    committee_threshold: int = 9
    committee_min: int = 3
    # (fewest official members, most committee seats), ascending.
    committee_tiers: tuple[tuple[int, int], ...] = ((9, 3), (15, 5), (21, 7))
    surplus_max_percent: int = 30
    fixed_surplus_seats: tuple[int, int] = (3, 6)
    fixed_surplus: int = 1
    young_age: int = 35
    registration_deadline: dt.date = dt.date(2024, 11, 15)
    results_report_days: int = 5
    rollup_deadline: dt.date = dt.date(2025, 1, 10)
    superior: str = "Đảng bộ huyện Phụng Hiệp"
    term: str = "2025 - 2027"
    previous_term: str = "2022 - 2025"
    plan_reference: str = (
        "Kế hoạch số      -KH/HU ngày      /     /2024 của Ban Thường vụ "
        "Huyện ủy Phụng Hiệp về tổ chức đại hội chi bộ trực thuộc đảng ủy cơ "
        "sở, nhiệm kỳ 2025 - 2027"
    )
    extra_days_off: tuple[dt.date, ...] = ()
    extra_working_days: tuple[dt.date, ...] = ()
    _calendar: dict = field(default_factory=dict, compare=False, repr=False)

    def max_committee_seats(self, official: int) -> int | None:
        """Most chi ủy seats for this many official members; None below the threshold."""
        if official < self.committee_threshold:
            return None
        allowed = [seats for fewest, seats in self.committee_tiers if official >= fewest]
        return allowed[-1] if allowed else self.committee_tiers[0][1]

    def surplus_range(self, seats: int) -> tuple[int, int]:
        """(fewest, most) extra candidates allowed on a chi ủy list of `seats`."""
        low, high = self.fixed_surplus_seats
        if low <= seats <= high:
            return self.fixed_surplus, self.fixed_surplus
        return 1, max(1, seats * self.surplus_max_percent // 100)

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.extra_working_days:
            return True
        if day.weekday() >= 5 or day in self.extra_days_off:
            return False
        if day.year not in self._calendar:
            self._calendar[day.year] = holidays.country_holidays("VN", years=day.year)
        return day not in self._calendar[day.year]

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days strictly between two dates (both ends excluded: the cautious count)."""
        days = (start + dt.timedelta(n) for n in range(1, (end - start).days))
        return sum(1 for day in days if self.is_working_day(day))

    def last_working_day(self, day: dt.date) -> dt.date:
        """The working day on or before `day` (the date to advise a clerk)."""
        while not self.is_working_day(day):
            day -= dt.timedelta(1)
        return day

    def latest_notice_date(self, congress: dt.date) -> dt.date:
        """The last day on which the opening can still be announced in time."""
        day, counted = congress, 0
        while counted < self.notice_working_days:
            day -= dt.timedelta(1)
            counted += self.is_working_day(day)
        return day - dt.timedelta(1)


def parse_tiers(text: str) -> tuple[tuple[int, int], ...]:
    pairs = re.findall(r"(\d+)\s*:\s*(\d+)", text)
    if not pairs or len(pairs) != len([p for p in text.split(";") if p.strip()]):
        raise CellError(
            f'"{text}" không đúng dạng. Hãy ghi "số đảng viên chính thức: số chi ủy '
            'tối đa" cách nhau bằng dấu chấm phẩy, ví dụ "9: 3; 15: 5; 21: 7".'
        )
    return tuple(sorted((int(a), int(b)) for a, b in pairs))


def parse_range(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*-\s*(\d+)\s*", text)
    if not match:
        raise CellError(f'"{text}" không đúng dạng. Hãy ghi khoảng "từ - đến", ví dụ "3 - 6".')
    return int(match.group(1)), int(match.group(2))


def parse_dates(text: str) -> tuple[dt.date, ...]:
    return tuple(parse_date(part.strip()) for part in str(text).split(";") if part.strip())


def as_str(raw) -> str:
    return str(raw).strip()


# Khóa (as the clerk writes it in "Cấu hình") → (attribute, parser, explanation).
SETTINGS: dict[str, tuple[str, object, str]] = {
    "Ngày đại hội sớm nhất": ("congress_start", parse_date, "Ngày sớm nhất được tổ chức đại hội."),
    "Ngày đại hội muộn nhất": ("congress_end", parse_date, "Ngày muộn nhất được tổ chức đại hội."),
    "Số ngày làm việc thông báo trước": (
        "notice_working_days",
        parse_int,
        "Thông báo thời gian khai mạc trước ít nhất bấy nhiêu ngày làm việc.",
    ),
    "Số đảng viên chính thức để bầu chi ủy": (
        "committee_threshold",
        parse_int,
        "Chi bộ có từ bấy nhiêu đảng viên chính thức thì bầu chi ủy (Điều lệ Đảng, Điều 24).",
    ),
    "Số chi ủy viên tối thiểu": ("committee_min", parse_int, "Chi ủy có ít nhất bấy nhiêu người."),
    "Số chi ủy viên tối đa": (
        "committee_tiers",
        parse_tiers,
        'Theo số đảng viên chính thức: "9: 3; 15: 5; 21: 7" nghĩa là từ 09 đảng viên chính thức '
        "bầu không quá 03, từ 15 không quá 05, từ 21 không quá 07 chi ủy viên.",
    ),
    "Số dư tối đa (%)": (
        "surplus_max_percent",
        parse_int,
        "Số dư tối đa so với số lượng cần bầu, tính theo phần trăm.",
    ),
    "Số cần bầu có số dư cố định": (
        "fixed_surplus_seats",
        parse_range,
        'Khi số lượng cần bầu trong khoảng này thì số dư là cố định, ví dụ "3 - 6".',
    ),
    "Số dư cố định": ("fixed_surplus", parse_int, "Số dư khi số cần bầu trong khoảng trên."),
    "Tuổi cán bộ trẻ": (
        "young_age",
        parse_int,
        "Dưới bấy nhiêu tuổi (tính đến ngày đại hội) là cán bộ trẻ.",
    ),
    "Hạn đăng ký lịch đại hội": (
        "registration_deadline",
        parse_date,
        "Hạn gửi danh sách đăng ký thời gian đại hội về huyện.",
    ),
    "Số ngày gửi báo cáo kết quả": (
        "results_report_days",
        parse_int,
        "Báo cáo kết quả đại hội chậm nhất sau bấy nhiêu ngày.",
    ),
    "Hạn tổng hợp kết quả": (
        "rollup_deadline",
        parse_date,
        "Hạn tổng hợp kết quả đại hội các chi bộ báo cáo cấp trên.",
    ),
    "Đảng bộ cấp trên": (
        "superior",
        as_str,
        "Đảng bộ cấp trên của đảng bộ cơ sở, in ở đầu văn bản của đảng ủy.",
    ),
    "Nhiệm kỳ": ("term", as_str, "Nhiệm kỳ mặc định của đại hội."),
    "Nhiệm kỳ trước": ("previous_term", as_str, "Nhiệm kỳ mặc định vừa qua."),
    "Văn bản chỉ đạo": (
        "plan_reference",
        as_str,
        "Văn bản cấp trên được trích dẫn ở đầu các báo cáo.",
    ),
    "Ngày nghỉ thêm": (
        "extra_days_off",
        parse_dates,
        'Ngày nghỉ ngoài lịch nghỉ lễ, Tết; nhiều ngày cách nhau bằng ";" hoặc ghi nhiều dòng.',
    ),
    "Ngày làm việc bù": (
        "extra_working_days",
        parse_dates,
        'Thứ Bảy, Chủ nhật phải đi làm bù; nhiều ngày cách nhau bằng ";".',
    ),
}
ACCUMULATED = {"extra_days_off", "extra_working_days"}
DEFAULT = Profile()


def default_text(attribute: str) -> str:
    """The default of a setting as a clerk would write it (for the guide sheet)."""
    value = getattr(DEFAULT, attribute)
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if attribute == "committee_tiers":
        return "; ".join(f"{a}: {b}" for a, b in value)
    if attribute == "fixed_surplus_seats":
        return f"{value[0]} - {value[1]}"
    if isinstance(value, tuple):
        return "; ".join(d.strftime("%d/%m/%Y") for d in value) or "(không có)"
    return str(value)


def load_profile(rows: list[Row]) -> tuple[Profile, list[Finding]]:
    """The default profile with the Cấu hình overrides applied; unknown keys are findings."""
    by_key = {fold(key): key for key in SETTINGS}
    changes: dict[str, object] = {}
    findings: list[Finding] = []
    for row in rows:
        key, raw = row.get("key"), row.get("value")
        if key is None or raw is None:
            continue
        known = by_key.get(fold(key))
        place = f'Sheet "{row.sheet}", dòng {row.row}'
        if known is None:
            close = difflib.get_close_matches(fold(key), by_key, n=1, cutoff=0.6)
            hint = f'Có phải là "{by_key[close[0]]}"? ' if close else ""
            findings.append(
                Finding(
                    ERROR,
                    "unknown-setting",
                    f'{place}, cột {row.letters.get("key")} "Khóa": không có khóa cấu hình "{key}". '
                    f'{hint}Hãy sửa cho đúng tên khóa (danh sách khóa ở cuối sheet "Hướng dẫn") '
                    "hoặc xóa dòng này.",
                    sheet=row.sheet,
                    row=row.row,
                    column="Khóa",
                    column_letter=row.letters.get("key"),
                )
            )
            continue
        attribute, parser, _ = SETTINGS[known]
        try:
            value = parser(raw)
        except CellError as error:
            findings.append(
                Finding(
                    ERROR,
                    "bad-value",
                    f'{place}, cột {row.letters.get("value")} "Giá trị" (khóa "{known}"): {error}',
                    sheet=row.sheet,
                    row=row.row,
                    column="Giá trị",
                    column_letter=row.letters.get("value"),
                )
            )
            continue
        if attribute in ACCUMULATED:
            value = changes.get(attribute, ()) + value
        changes[attribute] = value
    return replace(DEFAULT, **changes), findings

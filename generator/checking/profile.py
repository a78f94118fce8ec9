"""The rules profile: every value of SPEC §3 as data, each with its source.

The built-in profiles are the JSON files of generator/profiles/ (one per set of texts: a district
plan, the central texts). The Cấu hình key "Bộ quy định" chooses one; every other key of the sheet
overrides one value of it. Nothing else in the code or templates carries these values.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

import holidays

from ..findings import ERROR, WARNING, Finding
from ..reading.schema import OWN_DRAFTS
from ..reading.workbook import (
    CellError,
    Row,
    as_text,
    closest,
    fold,
    parse_bool,
    parse_date,
    parse_int,
    plain,
)
from ..textvn import days_after

PROFILE_KEY = "Bộ quy định"
SHEET = "Cấu hình"


@dataclass(frozen=True)
class Rule:
    """One value of a built-in profile as its data file gives it, with where it comes from."""

    key: str  # the Cấu hình key
    text: str | None  # the value as a clerk would write it; None: the profile has no value
    source: str
    explanation: str
    place: bool = False  # belongs to one place: a warning when used unchanged
    practice: bool = False  # no text states it ("thực tiễn"): its check is a warning
    fixed: bool = False  # stated for information; no Cấu hình key changes it

    @property
    def shown(self) -> str:
        return self.text if self.text is not None else "(không có)"


@dataclass(frozen=True)
class Profile:
    name: str = ""
    about: str = ""
    congress_start: dt.date | None = None
    congress_end: dt.date | None = None
    term_margin_months: int | None = None
    notice_working_days: int = 0
    personnel_review_days: int = 0
    committee_threshold: int = 0
    committee_min: int = 0
    # (fewest official members, most committee seats), ascending.
    committee_tiers: tuple[tuple[int, int], ...] = ()
    surplus_max_percent: int = 0
    fixed_surplus_seats: tuple[int, int] = (0, 0)
    fixed_surplus: int = 0
    secretary_rounds: int = 0
    delegates: bool = False
    young_age: int = 0
    nomination_poll_percent: int = 0
    goal_young: bool = False
    goal_women: bool = False
    goal_hamlet_head: bool = False
    goal_unit_head: bool = False
    registration_deadline: dt.date | None = None
    results_report_days: int = 0
    rollup_deadline: dt.date | None = None
    superior: str | None = None
    term: str | None = None
    previous_term: str | None = None
    plan_reference: str | None = None
    higher_drafts: tuple[str, ...] = ()
    missing_levels: tuple[str, ...] = ()
    review_ties: str | None = None
    summary_directive: str | None = None
    summary_conclusion: str | None = None
    congress_guide: str | None = None
    prepared_surplus: tuple[int, int] | None = None
    deputy_expected: bool = False
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    format_guide: str = ""
    end_mark: str = ""
    petition_word: str = ""
    recipient_separator: str = ""
    grounds_lines: bool = False
    extra_days_off: tuple[dt.date, ...] = ()
    extra_working_days: tuple[dt.date, ...] = ()
    rules: tuple[Rule, ...] = field(default=(), compare=False, repr=False)
    is_default: bool = False
    for_new_workbooks: bool = False
    changed: frozenset[str] = frozenset()  # Cấu hình keys the workbook set
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

    def results_due(self, congress: dt.date | None) -> dt.date | None:
        """The day the result report is due: the profile's days after the congress, brought
        forward to a working day (a report is received on a working day); None past 9999."""
        due = days_after(congress, self.results_report_days)
        return due and self.last_working_day(due)

    def latest_notice_date(self, congress: dt.date) -> dt.date:
        """The last day on which the opening can still be announced in time."""
        day, counted = congress, 0
        while counted < self.notice_working_days:
            day -= dt.timedelta(1)
            counted += self.is_working_day(day)
        return day - dt.timedelta(1)

    @property
    def plan_citation(self) -> str:
        """The guiding plan as the documents cite it; a clean form for handwriting when the
        reference lacks its number or date (a half-filled reference is never printed)."""
        text = self.plan_reference or ""
        if plan_reference_complete(text):
            return text
        kind = re.match(r"\s*(.*?)\s+số\b", text)
        code = re.search(r"-\s*([A-ZĐ]+)\s*/", text)
        return (
            f"{kind.group(1) if kind else 'Kế hoạch'} số ……-{code.group(1) if code else 'KH'}/…… "
            "ngày ……/……/…… của ………………………"
        )

    @property
    def drafts(self) -> tuple[str, ...]:
        """The drafts a cell gives opinions on: the higher congresses' first, then its own."""
        return self.higher_drafts + OWN_DRAFTS

    def draft_named(self, text: str) -> str | None:
        """The draft of `drafts` written as `text` (case, spaces, composition ignored)."""
        return next((draft for draft in self.drafts if fold(draft) == fold(text)), None)

    def rule(self, key: str) -> Rule:
        return next(rule for rule in self.rules if rule.key == key)

    def severity(self, key: str) -> str:
        """A rule that no text states (its source is practice) is a warning, never an error."""
        return WARNING if self.rule(key).practice else ERROR

    def fits(self, day: dt.date) -> bool:
        """The congress date lies within the profile's window and the time its texts apply."""
        start = self.congress_start or self.valid_from or day
        end = self.congress_end or self.valid_until or day
        return start <= day <= end

    def headline(self) -> str:
        """The first line of check and build: which profile, and whether the workbook changed it."""
        how = "mặc định" if self.is_default else f'chọn bằng khóa "{PROFILE_KEY}"'
        changed = (
            f'; {len(self.changed)} giá trị được sửa ở sheet "{SHEET}"' if self.changed else ""
        )
        return (
            f'Bộ quy định: "{self.name}" ({how}{changed}). Xem các quy định và nguồn: '
            f'daihoi quy-dinh --bo "{self.name}"'
        )


def plan_reference_complete(text: str) -> bool:
    """A reference with its number ("12-KH/…") and its date ("05/3/…" or "ngày 5 tháng 3 năm …")."""
    number = re.search(r"\d+\s*-\s*[A-ZĐ]+\s*/", text)
    return bool(number and reference_date(text))


def reference_date(text: str) -> dt.date | None:
    """The first date a text's reference gives (its own: "Kế hoạch số … ngày 05/3/…")."""
    found = re.search(
        r"(\d{1,2})/(\d{1,2})/(\d{4})|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", text
    )
    if not found:
        return None
    day, month, year = (int(part) for part in found.groups() if part)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


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


def parse_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in str(text).split(";") if part.strip())


def parse_mark(raw) -> str:
    """A punctuation mark or a word as written, spaces kept out ("./.", ".", ",", "Kính gửi")."""
    text = as_text(raw).strip()
    if not text:
        raise CellError('Hãy ghi một giá trị, ví dụ "./." hoặc ".".')
    return text


def at_most(most: int):
    """A whole-number setting with a sane ceiling: a slip of the keyboard is a finding."""

    def parse(raw) -> int:
        value = parse_int(raw)
        if value > most:
            raise CellError(f"{value} quá lớn. Hãy ghi một số từ 0 đến {most}.")
        return value

    return parse


def as_str(raw) -> str:
    return as_text(raw)


def parse_yes_no(raw) -> bool:
    return parse_bool(raw)


# Khóa (as the clerk writes it in "Cấu hình") → (attribute, parser). What each means, its value
# and its source are in the profile data files.
SETTINGS: dict[str, tuple[str, object]] = {
    "Ngày đại hội sớm nhất": ("congress_start", parse_date),
    "Ngày đại hội muộn nhất": ("congress_end", parse_date),
    "Số tháng lệch so với hết nhiệm kỳ": ("term_margin_months", at_most(60)),
    "Số ngày làm việc thông báo trước": ("notice_working_days", at_most(366)),
    "Số ngày đảng ủy xem xét nhân sự": ("personnel_review_days", at_most(366)),
    "Số đảng viên chính thức để bầu chi ủy": ("committee_threshold", at_most(1000)),
    "Số chi ủy viên tối thiểu": ("committee_min", at_most(100)),
    "Số chi ủy viên tối đa": ("committee_tiers", parse_tiers),
    "Số dư tối đa (%)": ("surplus_max_percent", at_most(100)),
    "Số cần bầu có số dư cố định": ("fixed_surplus_seats", parse_range),
    "Số dư cố định": ("fixed_surplus", at_most(100)),
    "Số lần bầu bí thư": ("secretary_rounds", at_most(10)),
    "Bầu đại biểu dự đại hội cấp trên": ("delegates", parse_yes_no),
    "Tuổi cán bộ trẻ": ("young_age", at_most(100)),
    "Tỷ lệ giới thiệu người ứng cử, đề cử (%)": ("nomination_poll_percent", at_most(100)),
    "Cơ cấu cán bộ trẻ": ("goal_young", parse_yes_no),
    "Cơ cấu cán bộ nữ": ("goal_women", parse_yes_no),
    "Bí thư chi bộ ấp là trưởng ấp": ("goal_hamlet_head", parse_yes_no),
    "Bí thư chi bộ cơ quan là thủ trưởng": ("goal_unit_head", parse_yes_no),
    "Hạn đăng ký lịch đại hội": ("registration_deadline", parse_date),
    "Số ngày gửi báo cáo kết quả": ("results_report_days", at_most(366)),
    "Hạn tổng hợp kết quả": ("rollup_deadline", parse_date),
    "Đảng bộ cấp trên": ("superior", as_str),
    "Nhiệm kỳ": ("term", as_str),
    "Nhiệm kỳ trước": ("previous_term", as_str),
    "Văn bản chỉ đạo": ("plan_reference", as_str),
    "Văn kiện cấp trên lấy ý kiến": ("higher_drafts", parse_list),
    "Cấp không còn": ("missing_levels", parse_list),
    "Văn bản gắn với kiểm điểm": ("review_ties", as_str),
    "Văn bản của mục Chỉ thị 05": ("summary_directive", as_str),
    "Văn bản của mục Kết luận 21": ("summary_conclusion", as_str),
    "Hướng dẫn quy trình đại hội": ("congress_guide", as_str),
    "Số dư cấp ủy chuẩn bị (%)": ("prepared_surplus", parse_range),
    "Chi ủy bầu phó bí thư": ("deputy_expected", parse_yes_no),
    "Áp dụng từ ngày": ("valid_from", parse_date),
    "Áp dụng đến ngày": ("valid_until", parse_date),
    "Hướng dẫn thể thức văn bản": ("format_guide", as_str),
    "Dấu kết thúc văn bản": ("end_mark", parse_mark),
    "Từ mở đầu tờ trình": ("petition_word", parse_mark),
    "Dấu cuối mỗi nơi nhận": ("recipient_separator", parse_mark),
    "Mỗi căn cứ một dòng": ("grounds_lines", parse_yes_no),
    "Ngày nghỉ thêm": ("extra_days_off", parse_dates),
    "Ngày làm việc bù": ("extra_working_days", parse_dates),
}
ACCUMULATED = {"extra_days_off", "extra_working_days"}
# Values the workbook must give when the profile has none (the documents print them).
REQUIRED = ("Đảng bộ cấp trên", "Văn bản chỉ đạo")


def source_text(source: dict) -> str:
    """ "Text, where, date: "the words it rests on"" (the words when the data quotes them)."""
    text = ", ".join(source[part] for part in ("text", "where", "date") if source.get(part))
    return f'{text}: "{source["words"]}"' if source.get("words") else text


def profile_from_data(data: dict) -> Profile:
    rules = tuple(
        Rule(
            key,
            entry["value"],
            source_text(entry["source"]),
            entry["explanation"],
            entry.get("place", False),
            entry.get("practice", False),
            key not in SETTINGS,
        )
        for key, entry in data["rules"].items()
    )
    values = {
        SETTINGS[rule.key][0]: SETTINGS[rule.key][1](rule.text)
        for rule in rules
        if not rule.fixed and rule.text is not None
    }
    return Profile(
        name=data["name"],
        about=data["about"],
        rules=rules,
        is_default=data.get("default", False),
        for_new_workbooks=data.get("new_workbooks", False),
        **values,
    )


@cache
def builtin_profiles() -> dict[str, Profile]:
    """The built-in profiles by name, the default first."""
    folder = resources.files("generator.checking") / "profiles"
    profiles = [
        profile_from_data(json.loads(item.read_text(encoding="utf-8")))
        for item in sorted(folder.iterdir(), key=lambda item: item.name)
        if item.name.endswith(".json")
    ]
    profiles.sort(key=lambda profile: not profile.is_default)
    return {profile.name: profile for profile in profiles}


def default_profile() -> Profile:
    return next(iter(builtin_profiles().values()))


def new_workbook_profile() -> Profile:
    """The profile `daihoi init` writes new workbooks on: the current central texts."""
    return next(p for p in builtin_profiles().values() if p.for_new_workbooks)


def fitting_profile(profile: Profile, day: dt.date) -> Profile | None:
    """Another built-in profile whose window holds this congress date, the newest texts first."""
    others = [p for p in builtin_profiles().values() if p.name != profile.name and p.fits(day)]
    others.sort(key=lambda p: p.valid_from or dt.date.min, reverse=True)
    return others[0] if others else None


def find_profile(name: str) -> tuple[Profile | None, str | None]:
    """The built-in profile of that name (case, spaces, composition ignored), else a suggestion."""
    by_fold = {plain(known): profile for known, profile in builtin_profiles().items()}
    if plain(name) in by_fold:
        return by_fold[plain(name)], None
    return None, closest(name, builtin_profiles(), cutoff=0.4)


def rules_text(profile: Profile) -> str:
    """`daihoi quy-dinh`: every rule of the profile with its value, meaning and source."""
    default = " (mặc định)" if profile.is_default else ""
    lines = [f'BỘ QUY ĐỊNH "{profile.name}"{default}', profile.about, ""]
    for number, rule in enumerate(profile.rules, start=1):
        fixed = " (quy định chung, không sửa ở sheet Cấu hình)" if rule.fixed else ""
        lines += [
            f"{number}. {rule.key}: {rule.shown}{fixed}",
            f"   Ý nghĩa: {rule.explanation}",
            f"   Nguồn: {rule.source}",
        ]
    names = ", ".join(f'"{name}"' for name in builtin_profiles())
    lines += [
        "",
        f'Các bộ quy định có sẵn: {names}. Chọn bằng khóa "{PROFILE_KEY}" ở sheet "{SHEET}"; '
        "mỗi khóa khác ở sheet đó sửa một giá trị (tên khóa như trên).",
    ]
    return "\n".join(lines)


def unknown_profile_text(name: str, suggestion: str | None) -> str:
    hint = f'Có phải là "{suggestion}"? ' if suggestion else ""
    names = ", ".join(f'"{known}"' for known in builtin_profiles())
    return f'không có bộ quy định "{name}". {hint}Các bộ quy định có sẵn: {names}.'


def load_profile(rows: list[Row]) -> tuple[Profile, list[Finding]]:
    """The chosen profile with the Cấu hình overrides applied; problems are findings."""
    by_key = {fold(key): key for key in (*SETTINGS, PROFILE_KEY)}
    profile = default_profile()
    changes: dict[str, object] = {}
    changed: set[str] = set()
    findings: list[Finding] = []
    for row in rows:
        key, raw = row.get("key"), row.get("value")
        if key is None or raw is None:
            continue
        known = by_key.get(fold(key))
        if known is None:
            guess = closest(key, by_key.values())
            hint = f'Có phải là "{guess}"? ' if guess else ""
            problem(
                findings,
                row,
                "Khóa",
                f': không có khóa cấu hình "{key}". {hint}Hãy sửa cho đúng tên khóa (danh sách '
                'khóa ở sheet "Hướng dẫn") hoặc xóa dòng này.',
                "unknown-setting",
            )
            continue
        if known == PROFILE_KEY:
            chosen, suggestion = find_profile(as_text(raw))
            if chosen is None:
                problem(
                    findings,
                    row,
                    "Giá trị",
                    f' (khóa "{PROFILE_KEY}"): '
                    + unknown_profile_text(as_text(raw), suggestion)
                    + " Hãy sửa tên cho đúng.",
                    "unknown-profile",
                )
            else:
                profile = chosen
            continue
        attribute, parser = SETTINGS[known]
        try:
            value = parser(raw)
        except CellError as error:
            problem(findings, row, "Giá trị", f' (khóa "{known}"): {error}')
            continue
        if attribute in ACCUMULATED:
            value = changes.get(attribute, ()) + value
        changes[attribute] = value
        changed.add(known)
    profile = replace(profile, changed=frozenset(changed), **changes)
    return profile, findings + gaps(profile)


def problem(findings: list[Finding], row: Row, column: str, text: str, code="bad-value") -> None:
    """An error at one cell of the Cấu hình sheet; `text` follows the place."""
    letter = row.letters.get("key" if column == "Khóa" else "value")
    findings.append(
        Finding(
            ERROR,
            code,
            f'Sheet "{row.sheet}", dòng {row.row}, cột {letter} "{column}"{text}',
            sheet=row.sheet,
            row=row.row,
            column=column,
            column_letter=letter,
        )
    )


def gaps(profile: Profile) -> list[Finding]:
    """Values the profile leaves to the workbook and the workbook left out; place values unchanged."""
    out = []
    for key in REQUIRED:
        if getattr(profile, SETTINGS[key][0]) is None:
            out.append(
                Finding(
                    ERROR,
                    "setting-missing",
                    f'Sheet "{SHEET}": bộ quy định "{profile.name}" không có sẵn giá trị '
                    f'"{key}": {profile.rule(key).explanation} Hãy thêm '
                    f'ở sheet "{SHEET}" một dòng: Khóa "{key}", Giá trị là nội dung của đảng bộ '
                    "mình.",
                    sheet=SHEET,
                    column="Giá trị",
                )
            )
    plan = profile.plan_reference
    if plan is not None and not plan_reference_complete(plan):
        key = "Văn bản chỉ đạo"
        out.append(
            Finding(
                WARNING,
                "plan-reference-blank",
                f'Văn bản chỉ đạo "{plan}" chưa có số hoặc ngày ban hành, nên các văn bản in '
                "chỗ trống để ghi tay (số …-KH/…, ngày …/…/…). Hãy ghi đủ số, ngày và cơ quan "
                f'ban hành ở sheet "{SHEET}": Khóa "{key}", Giá trị dạng "Kế hoạch số <số>-KH/… '
                'ngày <ngày/tháng/năm> của <cơ quan ban hành> về …".',
                sheet=SHEET,
                column="Giá trị",
            )
        )
    unchanged = [
        rule
        for rule in profile.rules
        if rule.place and rule.text and rule.key not in profile.changed
    ]
    if unchanged:
        values = "; ".join(f'{rule.key}: "{rule.text}"' for rule in unchanged)
        keys = ", ".join(f'"{rule.key}"' for rule in unchanged)
        out.append(
            Finding(
                WARNING,
                "profile-place",
                f"Đang dùng nguyên giá trị riêng của một địa phương trong bộ quy định "
                f'"{profile.name}" ({values}). Nếu đảng bộ của mình khác, hãy ghi các khóa '
                f'{keys} ở sheet "{SHEET}", hoặc chọn bộ quy định khác bằng khóa "{PROFILE_KEY}".',
                sheet=SHEET,
            )
        )
    return out


DEFAULT = default_profile()

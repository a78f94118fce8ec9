"""Stage 2: typed rows → the domain model (cells with their members, personnel plan, etc.).

Links every row to its cell and every named person to a member of that cell; a row that points
at nothing is a finding at that row, and is left out of the model.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..findings import ERROR, Finding
from ..textvn import format_count
from .schema import SHEET_BY_KEY, SHEETS
from .workbook import BirthDate, CellError, Row, closest, fold, parse_date

SUMMARY = "Báo cáo tổng kết"
SELF_REVIEW = "Báo cáo kiểm điểm"
RESOLUTION = "Nghị quyết"
ACTION_PROGRAM = "Chương trình hành động"
MEMBERS = SHEET_BY_KEY["members"].name
# A name told apart from a namesake by the birth year or date: "Nguyễn Văn An (12/03/1975)".
NAMESAKE = re.compile(r"^(.*?)\s*\(\s*((?:\d{1,2}[/.\-]\d{1,2}[/.\-])?\d{4})\s*\)$")


@dataclass(slots=True)
class Member:
    name: str
    gender: str
    birth: BirthDate
    joined: dt.date
    status: str
    origin: Row
    ethnicity: str = ""
    religion: str = ""
    hometown: str = ""
    residence: str = ""
    confirmed: dt.date | None = None
    exempt: bool = False
    education: str = ""
    profession: str = ""
    political_theory: str = ""
    party_post: str = ""
    public_post: str = ""
    residence_committee: str = ""
    attendance: str | None = None  # filled on the congress day
    special: str | None = None

    @property
    def is_official(self) -> bool:
        return self.status == "Chính thức"

    @property
    def is_female(self) -> bool:
        return self.gender == "Nữ"

    @property
    def birth_date(self) -> dt.date:
        return self.birth.date

    def age_on(self, day: dt.date) -> int:
        born = self.birth.date
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    @property
    def is_ethnic_minority(self) -> bool:
        return bool(self.ethnicity) and fold(self.ethnicity) != "kinh"


@dataclass(slots=True)
class Nomination:
    member: Member
    post: str
    origin: Row
    reelected: bool = False
    votes_for: int | None = None
    votes_against: int | None = None
    note: str = ""


@dataclass(slots=True)
class Assignment:
    task: str
    member: Member
    origin: Row


@dataclass(slots=True)
class Target:
    name: str
    origin: Row
    unit: str = ""
    previous_target: float | None = None
    result: float | None = None
    new_target: float | None = None
    assessment: str | None = None


@dataclass(slots=True)
class Classification:
    year: int
    origin: Row
    cell_rating: str | None = None
    excellent: int | None = None
    good: int | None = None
    done: int | None = None
    failed: int | None = None
    admitted: int | None = None


@dataclass(slots=True)
class Paragraph:
    document: str
    section: str
    text: str
    origin: Row
    lead: str = ""  # an action programme task: who leads, who takes part, by when
    partners: str = ""
    timing: str = ""

    @property
    def is_list_item(self) -> bool:
        return self.text.startswith(("- ", "+ "))


@dataclass(slots=True)
class Opinion:
    draft: str
    giver: str
    text: str
    origin: Row
    member: Member | None = None  # None: an organisation or a person outside the cell


@dataclass(slots=True)
class Count:
    """One line of the counting team's tally: an election, a round, the ballots."""

    election: str
    round: int
    issued: int
    collected: int
    valid: int
    invalid: int
    origin: Row


@dataclass(slots=True)
class Result:
    election: str
    round: int
    member: Member
    votes: int
    origin: Row


@dataclass(slots=True)
class Cell:
    code: str
    name: str
    kind: str
    parent: str
    place: str
    congress_date: dt.date | None
    venue: str
    origin: Row
    term: str | None = None
    previous_term: str | None = None
    previous_congress_date: dt.date | None = None
    ordinal: str | None = None
    opening_time: dt.time | None = None
    issue_date: dt.date | None = None
    committee_seats: int | None = None
    elect_deputy: bool = False
    delegate_seats: int | None = None
    notice_date: dt.date | None = None
    personnel_meeting_date: dt.date | None = None
    opinion_meeting_date: dt.date | None = None
    guests: list[str] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    nominations: list[Nomination] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    classifications: list[Classification] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    opinions: list[Opinion] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    # Rows of this cell with a value that could not be read (already a finding there), and
    # personnel rows naming nobody: what is counted or listed from them would be wrong.
    unread: list[Row] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every row of the cell was read: counts and lists can be judged."""
        return not self.unread

    @property
    def has_congress_record(self) -> bool:
        """The congress has been held and its counts entered: the after-congress documents."""
        return bool(self.counts or self.results)

    @property
    def official_members(self) -> list[Member]:
        return [m for m in self.members if m.is_official]

    @property
    def probationary_members(self) -> list[Member]:
        return [m for m in self.members if not m.is_official]

    @property
    def exempt_members(self) -> list[Member]:
        return [m for m in self.members if m.exempt]

    def nominees(self, post: str) -> list[Nomination]:
        return [n for n in self.nominations if n.post == post]

    def assigned(self, task: str) -> list[Member]:
        return [a.member for a in self.assignments if a.task == task]

    def paragraphs_of(self, document: str) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.document == document]


@dataclass(slots=True)
class Congresses:
    """Everything read from one workbook."""

    cells: list[Cell]
    settings: list[Row]


CELL_FIELDS = (
    "term",
    "previous_term",
    "previous_congress_date",
    "ordinal",
    "opening_time",
    "issue_date",
    "committee_seats",
    "delegate_seats",
    "notice_date",
    "personnel_meeting_date",
    "opinion_meeting_date",
)
MEMBER_FIELDS = (
    "ethnicity",
    "religion",
    "hometown",
    "residence",
    "confirmed",
    "education",
    "profession",
    "political_theory",
    "party_post",
    "public_post",
    "residence_committee",
    "attendance",
    "special",
)
# What the counting rules depend on: values of the "Chi bộ" row, and whole sheets.
COUNTED = {"committee_seats", "delegate_seats", "elect_deputy"}
COUNTED_SHEETS = {
    SHEET_BY_KEY[key].name for key in ("members", "nominations", "assignments", "counts", "results")
}
COUNT_FIELDS = ("election", "round", "issued", "collected", "valid", "invalid")


@dataclass
class Roster:
    """A cell's members by folded name, and the folded names of its member rows left unread:
    a look-up by name is one step, never a pass over the cell's members (a province-size sheet
    has cells of thousands)."""

    named: defaultdict[str, list[Member]] = field(default_factory=lambda: defaultdict(list))
    unread: set[str] = field(default_factory=set)


def build_model(rows: dict[str, list[Row]]) -> tuple[Congresses, list[Finding]]:
    findings: list[Finding] = []
    cells: dict[str, Cell] = {}
    rosters: defaultdict[str, Roster] = defaultdict(Roster)  # by folded cell code
    for row in rows.get("cells", []):
        code = row.get("code")
        if not code:
            continue
        if fold(code) in cells:
            first = cells[fold(code)].origin.row
            findings.append(
                at(
                    row,
                    "code",
                    ERROR,
                    "duplicate-cell",
                    f'mã chi bộ "{code}" đã dùng ở dòng {first}. Mỗi chi bộ chỉ một '
                    "dòng; hãy đổi mã hoặc xóa dòng trùng.",
                    cell_code=code,
                )
            )
            continue
        cell = Cell(
            code=code,
            name=row.get("name", ""),
            kind=row.get("kind", ""),
            parent=row.get("parent", ""),
            place=row.get("place", ""),
            congress_date=row.get("congress_date"),
            venue=row.get("venue", ""),
            origin=row,
            elect_deputy=row.get("elect_deputy", False),
            guests=[g.strip() for g in row.get("guests", "").split(";") if g.strip()],
        )
        for name in CELL_FIELDS:
            setattr(cell, name, row.get(name))
        if not COUNTED.isdisjoint(row.unread):
            cell.unread.append(row)
        cells[fold(code)] = cell

    unknown: dict[str, list[Row]] = {}  # folded code not in "Chi bộ" → the rows naming it

    def cell_of(row: Row) -> Cell | None:
        code = row.get("cell_code")
        if not code:
            return None
        cell = cells.get(fold(code))
        if cell and row.unread and row.sheet in COUNTED_SHEETS:
            cell.unread.append(row)
            if row.sheet == MEMBERS:
                rosters[fold(cell.code)].unread.add(fold(row.get("name", "")))
        if cell is None:
            unknown.setdefault(fold(code), []).append(row)
        return cell

    for row in rows.get("members", []):
        cell = cell_of(row)
        if cell is None or None in (
            row.get("name"),
            row.get("gender"),
            row.get("birth_date"),
            row.get("joined"),
            row.get("status"),
        ):
            continue
        member = Member(
            name=row.get("name"),
            gender=row.get("gender"),
            birth=row.get("birth_date"),
            joined=row.get("joined"),
            status=row.get("status"),
            exempt=row.get("exempt", False),
            origin=row,
        )
        for name in MEMBER_FIELDS:
            blank = None if name in ("confirmed", "attendance", "special") else ""
            setattr(member, name, row.get(name, blank))
        cell.members.append(member)
        rosters[fold(cell.code)].named[fold(member.name)].append(member)

    for row in rows.get("nominations", []):
        cell = cell_of(row)
        member = cell and find_member(cell, rosters[fold(cell.code)], row, findings)
        if cell and not (member and row.get("post")):
            cell.unread.append(row)
        if member and row.get("post"):
            cell.nominations.append(
                Nomination(
                    member=member,
                    post=row.get("post"),
                    origin=row,
                    reelected=row.get("reelected", False),
                    votes_for=row.get("votes_for"),
                    votes_against=row.get("votes_against"),
                    note=row.get("note", ""),
                )
            )

    for row in rows.get("assignments", []):
        cell = cell_of(row)
        member = cell and find_member(cell, rosters[fold(cell.code)], row, findings)
        if member and row.get("task"):
            cell.assignments.append(Assignment(task=row.get("task"), member=member, origin=row))

    for row in rows.get("targets", []):
        cell = cell_of(row)
        if cell and row.get("name"):
            cell.targets.append(
                Target(
                    name=row.get("name"),
                    origin=row,
                    unit=row.get("unit", ""),
                    previous_target=row.get("previous_target"),
                    result=row.get("result"),
                    new_target=row.get("new_target"),
                    assessment=row.get("assessment"),
                )
            )

    for row in rows.get("classifications", []):
        cell = cell_of(row)
        if cell and row.get("year"):
            cell.classifications.append(
                Classification(
                    year=row.get("year"),
                    origin=row,
                    cell_rating=row.get("cell_rating"),
                    excellent=row.get("excellent"),
                    good=row.get("good"),
                    done=row.get("done"),
                    failed=row.get("failed"),
                    admitted=row.get("admitted"),
                )
            )

    for row in rows.get("narrative", []):
        cell = cell_of(row)
        if cell and row.get("document") and row.get("section") and row.get("text"):
            cell.paragraphs.append(
                Paragraph(
                    row.get("document"),
                    row.get("section"),
                    row.get("text"),
                    row,
                    lead=row.get("lead", ""),
                    partners=row.get("partners", ""),
                    timing=row.get("timing", ""),
                )
            )

    drafts: dict[str, str] = {}  # one spelling per draft name: the first one written
    for row in rows.get("opinions", []):
        cell = cell_of(row)
        if cell and row.get("draft") and row.get("giver") and row.get("text"):
            member = one_member(members_named(rosters[fold(cell.code)], row.get("giver"))[0])
            cell.opinions.append(
                Opinion(
                    drafts.setdefault(fold(row.get("draft")), row.get("draft")),
                    member.name if member else row.get("giver"),
                    row.get("text"),
                    row,
                    member,
                )
            )

    for row in rows.get("counts", []):
        cell = cell_of(row)
        if cell and all(row.get(name) is not None for name in COUNT_FIELDS):
            cell.counts.append(Count(*(row.get(name) for name in COUNT_FIELDS), origin=row))

    for row in rows.get("results", []):
        cell = cell_of(row)
        member = cell and find_member(cell, rosters[fold(cell.code)], row, findings)
        if member and None not in (row.get("election"), row.get("round"), row.get("votes")):
            cell.results.append(
                Result(row.get("election"), row.get("round"), member, row.get("votes"), row)
            )

    for cell in cells.values():
        cell.classifications.sort(key=lambda c: c.year)
    findings += [unknown_cell(named, cells) for named in unknown.values()]
    return Congresses(list(cells.values()), rows.get("settings", [])), findings


def unknown_cell(rows: list[Row], cells: dict[str, Cell]) -> Finding:
    """One finding for a cell code that is not in "Chi bộ", however many rows carry it.

    When the closest code is a cell without members, its code was mistyped in "Chi bộ": the rows
    are that cell's unread rows, what is missing there is not reported as a second mistake, and
    the finding stops that cell.
    """
    code = rows[0].get("cell_code")
    guess = closest(code, [cell.code for cell in cells.values()])
    row = cells[fold(guess)].origin.row if guess else None
    hint = f' Có phải là "{guess}" (sheet "Chi bộ", dòng {row})?' if guess else ""
    owner = cells[fold(guess)] if guess else None
    if owner and not owner.members:  # its code was mistyped in "Chi bộ": all its rows are these
        owner.unread.extend(rows)
    else:
        owner = None
    sheets: dict[str, int] = {}
    for row in rows:
        sheets[row.sheet] = sheets.get(row.sheet, 0) + 1
    spread = ", ".join(f'{format_count(n)} dòng của sheet "{s}"' for s, n in sheets.items())
    more = f" Mã này có ở {spread}." if len(rows) > 1 else ""
    return at(
        rows[0],
        "cell_code",
        ERROR,
        "unknown-cell",
        f'không có chi bộ mã "{code}" ở sheet "Chi bộ".{hint}{more} Hãy sửa mã cho đúng hoặc '
        'thêm chi bộ đó vào sheet "Chi bộ".',
        cell_code=owner.code if owner else code,  # the cell it stops: the one lacking these rows
    )


def members_named(roster: Roster, name: str) -> tuple[list[Member], list[Member]]:
    """Members a name means, and all members of that name without its birth suffix.

    "Nguyễn Văn An (1975)" or "Nguyễn Văn An (12/03/1975)" picks one of two namesakes.
    """
    exact = roster.named.get(fold(name), [])
    match = NAMESAKE.match(name)
    if exact or not match:
        return exact, exact
    namesakes = roster.named.get(fold(match.group(1)), [])
    born = match.group(2)
    if len(born) == 4:
        return [m for m in namesakes if m.birth.date.year == int(born)], namesakes
    try:
        day = parse_date(born)
    except CellError:
        return [], namesakes
    return [m for m in namesakes if m.birth.date == day and not m.birth.year_only], namesakes


def birth_text(member: Member) -> str:
    """How a namesake is told apart by its birth: the year, or the full date when known."""
    born = member.birth.date
    return str(born.year) if member.birth.year_only else f"{born:%d/%m}/{born.year}"


def find_member(cell: Cell, roster: Roster, row: Row, findings: list[Finding]) -> Member | None:
    """The member a row names; a name that means no member or several is a finding."""
    name = row.get("name")
    if not name:
        return None
    candidates, namesakes = members_named(roster, name)
    member = one_member(candidates)
    if member:
        return member
    if candidates:
        reason = namesake_advice(cell, name, candidates)
        findings.append(at(row, "name", ERROR, "ambiguous-person", reason, cell_code=cell.code))
    elif namesakes:
        reason = (
            f'{cell.name} không có đảng viên "{name}": các đồng chí tên '
            f'"{namesakes[0].name}" có ngày sinh {", ".join(birth_text(m) for m in namesakes)} '
            f'(sheet "{MEMBERS}"). Hãy sửa năm sinh hoặc ngày sinh ghi trong ngoặc cho đúng.'
        )
        findings.append(at(row, "name", ERROR, "unknown-person", reason, cell_code=cell.code))
    elif fold(name) not in roster.unread:
        guess = closest(name, [m.name for m in cell.members])
        hint = f' Có phải là "{guess}"?' if guess else ""
        reason = (
            f'"{name}" không có trong danh sách đảng viên của {cell.name} '
            f'(sheet "{MEMBERS}").{hint} Hãy ghi đúng họ tên như ở sheet "{MEMBERS}", '
            "hoặc bổ sung đảng viên này."
        )
        findings.append(at(row, "name", ERROR, "unknown-person", reason, cell_code=cell.code))
    return None


def same_row(member: Member, other: Member) -> bool:
    """Two member rows that say exactly the same: one row copied twice."""
    return member.origin.values == other.origin.values


def one_member(candidates: list[Member]) -> Member | None:
    """The one member the candidates are; a row entered twice is one member (and one finding,
    where the copy is)."""
    if candidates and all(same_row(m, candidates[0]) for m in candidates):
        return candidates[0]
    return None


def namesake_advice(cell: Cell, name: str, candidates: list[Member]) -> str:
    """What to write so that the name means one member: the birth year, else the birth date."""
    rows = " và ".join(str(m.origin.row) for m in candidates)
    said = (
        f'{cell.name} có {format_count(len(candidates))} đảng viên cùng tên "{name}" '
        f'(dòng {rows} sheet "{MEMBERS}"). '
    )
    base = candidates[0].name
    years = [str(m.birth.date.year) for m in candidates]
    if len(set(years)) == len(years):
        return said + f'Hãy ghi thêm năm sinh sau tên, ví dụ "{base} ({years[0]})".'
    births = [birth_text(m) for m in candidates]
    if len(set(births)) == len(births) and all(not m.birth.year_only for m in candidates):
        return said + f'Hãy ghi thêm ngày sinh sau tên, ví dụ "{base} ({births[0]})".'
    return said + (
        "Các đồng chí này trùng cả họ tên và năm sinh nên chưa phân biệt được. Nếu là một "
        f'người nhập hai lần, hãy xóa dòng thừa ở sheet "{MEMBERS}"; nếu là hai người, hãy ghi '
        f'ngày sinh đầy đủ của từng người ở sheet "{MEMBERS}" rồi ghi tên kèm ngày sinh, ví dụ '
        f'"{base} (12/03/1975)".'
    )


def at(
    row: Row,
    key: str,
    severity: str,
    code: str,
    reason: str,
    cell_code: str | None = None,
    header: str | None = None,
) -> Finding:
    """A finding located at one cell of a row, with the usual Vietnamese location prefix."""
    letter = row.letters.get(key)
    if header is None:
        sheet = next(s for s in SHEETS if s.name == row.sheet)
        header = next(c.header for c in sheet.columns if c.key == key)
    place = f'Sheet "{row.sheet}", dòng {row.row}' + (
        f', cột {letter} "{header}"' if letter else f', cột "{header}"'
    )
    return Finding(
        severity,
        code,
        f"{place}: {reason}",
        sheet=row.sheet,
        row=row.row,
        column=header,
        column_letter=letter,
        cell_code=cell_code,
    )

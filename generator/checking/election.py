"""The vote count (SPEC §3 election threshold; congress-procedure.md A3–A11).

Elected means more than half of the base, highest first, up to the seats, where the base is the
official members convened minus: members temporarily attached elsewhere, exempt members who are
absent, suspended or prosecuted members, and members absent with an approved reason. It is not
"half of the valid ballots". A tie at the last seat decides nothing: a re-vote among the tied.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..findings import ERROR, WARNING
from ..reading.model import Cell, Count, Member, Result
from ..textvn import format_count, sort_by_name
from .profile import Profile

PRESENT, EXCUSED, UNEXCUSED = "Có mặt", "Vắng có lý do", "Vắng không lý do"
TEMPORARY = "Sinh hoạt tạm thời nơi khác"
SUSPENDED = ("Đình chỉ sinh hoạt", "Bị khởi tố, truy tố, tạm giam")
TIE_RULE = "Bầu lại khi bằng phiếu"  # a profile that states the source of the re-vote
# Cuộc bầu → the "Dự kiến" of the candidates on its list.
LIST_POST = {
    "Chi ủy": "Chi ủy viên",
    "Bí thư": "Bí thư",
    "Phó bí thư": "Phó bí thư",
    "Đại biểu": "Đại biểu dự đại hội cấp trên",
}
ELECTION_NAMES = {
    "Chi ủy": "chi ủy",
    "Bí thư": "bí thư",
    "Phó bí thư": "phó bí thư",
    "Đại biểu": "đại biểu dự đại hội cấp trên",
}


@dataclass
class Base:
    """Who counts for the threshold, and why the others do not."""

    official: int
    temporary: list[Member]
    exempt_absent: list[Member]
    suspended: list[Member]
    excused: list[Member]

    @property
    def excluded(self) -> int:
        return (
            len(self.temporary) + len(self.exempt_absent) + len(self.suspended) + len(self.excused)
        )

    @property
    def base(self) -> int:
        return self.official - self.excluded

    @property
    def needed(self) -> int:
        """Fewest votes that are more than half of the base."""
        return self.base // 2 + 1


def threshold_base(cell: Cell) -> Base:
    groups: dict[str, list[Member]] = {
        "temporary": [],
        "exempt_absent": [],
        "suspended": [],
        "excused": [],
    }
    for member in cell.official_members:
        if member.special == TEMPORARY:
            groups["temporary"].append(member)
        elif member.special in SUSPENDED:
            groups["suspended"].append(member)
        elif member.exempt and member.attendance != PRESENT:
            groups["exempt_absent"].append(member)
        elif member.attendance == EXCUSED:
            groups["excused"].append(member)
    return Base(len(cell.official_members), **groups)


def present(cell: Cell, official_only: bool = False) -> list[Member]:
    members = cell.official_members if official_only else cell.members
    return [m for m in members if m.attendance == PRESENT]


def attendance_recorded(cell: Cell) -> bool:
    return any(m.attendance for m in cell.members)


def seats_of(cell: Cell, election: str) -> int:
    return {
        "Chi ủy": cell.committee_seats or 0,
        "Bí thư": 1,
        "Phó bí thư": 1 if cell.elect_deputy else 0,
        "Đại biểu": cell.delegate_seats or 0,
    }[election]


@dataclass
class Tally:
    """One round of one election, counted."""

    election: str
    round: int
    seats: int  # seats still open in this round
    count: Count | None
    results: list[Result]  # most votes first
    elected: list[Result] = field(default_factory=list)
    tied: list[Result] = field(default_factory=list)
    below: list[Result] = field(default_factory=list)  # not more than half of the base


def count_round(
    election: str, number: int, seats: int, count: Count | None, results: list[Result], base: Base
) -> Tally:
    # Most votes first; equal votes in A-B-C order, as every list of names is.
    by_name = sort_by_name(
        results, name=lambda r: r.member.name, birth=lambda r: r.member.birth_date
    )
    ranked = sorted(by_name, key=lambda r: -r.votes)
    tally = Tally(election, number, seats, count, ranked)
    qualifying = [r for r in ranked if r.votes >= base.needed]
    tally.below = [r for r in ranked if r.votes < base.needed]
    if len(qualifying) <= seats:
        tally.elected = qualifying
        return tally
    last = qualifying[seats - 1].votes if seats else None
    if seats and qualifying[seats].votes == last:
        tally.elected = [r for r in qualifying if r.votes > last]
        tally.tied = [r for r in qualifying if r.votes == last]
    else:
        tally.elected = qualifying[:seats]
    return tally


def tallies(cell: Cell) -> list[Tally]:
    """Every election and round recorded for the cell, in order, seats carried across rounds."""
    base = threshold_base(cell)
    out = []
    for election in LIST_POST:
        rounds = sorted(
            {r.round for r in cell.results if r.election == election}
            | {c.round for c in cell.counts if c.election == election}
        )
        open_seats = seats_of(cell, election)
        for number in rounds:
            count = next(
                (c for c in cell.counts if c.election == election and c.round == number), None
            )
            results = [r for r in cell.results if r.election == election and r.round == number]
            tally = count_round(election, number, open_seats, count, results, base)
            open_seats -= len(tally.elected)
            out.append(tally)
    return out


def elected(cell: Cell, election: str) -> list[Member]:
    return [r.member for t in tallies(cell) if t.election == election for r in t.elected]


def on_list(cell: Cell, election: str) -> list[Member]:
    """Who was on the list of this election: the nominees, and anyone who received votes."""
    people = [n.member for n in cell.nominees(LIST_POST[election])]
    people += [r.member for r in cell.results if r.election == election]
    return list({id(m): m for m in people}.values())


def appointment_due(cell: Cell, profile: Profile) -> bool:
    """No bí thư after the rounds the rules allow: the higher committee appoints one (QĐ 294)."""
    rounds = [t for t in tallies(cell) if t.election == "Bí thư"]
    return len(rounds) >= profile.secretary_rounds and not any(t.elected for t in rounds)


def check_attendance(cell: Cell, add) -> None:
    """ "Vắng có lý do" means absent for the whole congress: such a member has no task at it."""
    for assignment in cell.assignments:
        member = assignment.member
        if member.attendance == EXCUSED:
            add(
                assignment.origin,
                "name",
                ERROR,
                "absent-but-assigned",
                f'{member.name} được ghi "{EXCUSED}" ở sheet "Đảng viên" dòng '
                f"{member.origin.row} (vắng suốt thời gian đại hội, lý do được cấp ủy triệu tập "
                f"đồng ý, không tính vào cơ sở tính kết quả bầu cử) nhưng được phân công "
                f'"{assignment.task}". Nếu đồng chí có dự đại hội, hãy sửa "Dự đại hội" thành '
                f'"{PRESENT}"; nếu không, hãy phân công người khác.',
            )


def check_congress(cell: Cell, profile: Profile, add) -> None:
    """vote-count-inconsistent (error) and election-tie (warning), at the rows to fix."""
    check_attendance(cell, add)
    if not cell.has_congress_record:
        return
    official_present = (
        len(present(cell, official_only=True))
        if attendance_recorded(cell)
        else len(cell.official_members)
    )
    if not attendance_recorded(cell):
        add(
            cell.origin,
            "code",
            WARNING,
            "attendance-missing",
            'đã có kết quả kiểm phiếu nhưng chưa ghi cột "Dự đại hội" ở sheet "Đảng viên"; '
            "số đảng viên có mặt và cơ sở tính kết quả bầu cử cần cột này.",
            header="Mã chi bộ",
        )
    seen_counts = set()
    for count in cell.counts:
        key = (count.election, count.round)
        if key in seen_counts:
            inconsistent(
                add,
                count.origin,
                "election",
                f"cuộc bầu {count.election.lower()} lần "
                f"{count.round} đã có dòng kiểm phiếu khác. Hãy xóa dòng trùng.",
            )
        seen_counts.add(key)
        if not seats_of(cell, count.election):
            inconsistent(add, count.origin, "election", not_held(cell, count.election))
        if count.valid + count.invalid != count.collected:
            inconsistent(
                add,
                count.origin,
                "valid",
                f"phiếu hợp lệ ({count.valid}) cộng phiếu không hợp lệ ({count.invalid}) "
                f"phải bằng phiếu thu vào ({count.collected}). Hãy kiểm tra lại.",
            )
        if count.collected > count.issued:
            inconsistent(
                add,
                count.origin,
                "collected",
                f"phiếu thu vào ({count.collected}) nhiều hơn phiếu phát ra "
                f"({count.issued}). Hãy kiểm tra lại.",
            )
        if count.issued > official_present:
            inconsistent(
                add,
                count.origin,
                "issued",
                f"phiếu phát ra ({count.issued}) nhiều hơn số đảng viên chính thức có "
                f"mặt ({official_present}); đảng viên dự bị không được bầu cử. Hãy "
                'kiểm tra lại, hoặc cột "Dự đại hội" ở sheet "Đảng viên".',
            )
    seen_results = set()
    for result in cell.results:
        key = (result.election, result.round, id(result.member))
        origin = result.origin
        if key in seen_results:
            inconsistent(
                add,
                origin,
                "name",
                f"{result.member.name} đã có kết quả ở cuộc bầu "
                "và lần bầu này. Hãy xóa dòng trùng.",
            )
        seen_results.add(key)
        count = next(
            (c for c in cell.counts if (c.election, c.round) == (result.election, result.round)),
            None,
        )
        if count is None:
            inconsistent(
                add,
                origin,
                "round",
                f'chưa có dòng ở sheet "Kiểm phiếu" cho cuộc bầu '
                f"{result.election.lower()} lần {result.round}. Hãy thêm dòng đó.",
            )
        elif result.votes > count.valid:
            inconsistent(
                add,
                origin,
                "votes",
                f"{result.member.name} có {result.votes} phiếu, nhiều hơn số phiếu hợp "
                f"lệ ({count.valid}). Hãy kiểm tra lại.",
            )
        on_list = {id(n.member) for n in cell.nominees(LIST_POST[result.election])}
        if not seats_of(cell, result.election):
            inconsistent(add, origin, "election", not_held(cell, result.election))
        elif id(result.member) not in on_list:
            inconsistent(
                add,
                origin,
                "name",
                f"{result.member.name} không có trong danh sách bầu cử "
                f'{ELECTION_NAMES[result.election]} (sheet "Nhân sự", dự kiến '
                f'"{LIST_POST[result.election]}"). Hãy sửa tên hoặc bổ sung danh sách.',
            )
    counted = tallies(cell)
    for tally in counted:
        check_total(tally, add)
    tie = next((r for r in profile.rules if r.key == TIE_RULE), None)
    for tally in counted:
        settled = any(t.election == tally.election and t.round > tally.round for t in counted)
        if tally.tied and not settled:  # a later round recorded is the re-vote itself
            names = ", ".join(r.member.name for r in tally.tied)
            add(
                tally.tied[0].origin,
                "votes",
                WARNING,
                "election-tie",
                f"bầu {ELECTION_NAMES[tally.election]} lần {tally.round}: các đồng chí {names} "
                f"cùng {format_count(tally.tied[0].votes)} phiếu ở vị trí cuối cùng; chưa ai "
                "trong số này trúng cử. Đại hội cần bầu lại giữa những người bằng phiếu cho "
                f"{format_count(tally.seats - len(tally.elected))} chỗ còn lại"
                + (f" (nguồn: {tie.source})." if tie else "."),
            )
    if appointment_due(cell, profile):
        last = [t for t in counted if t.election == "Bí thư"][-1]
        rule = profile.rule("Số lần bầu bí thư")
        add(
            last.count.origin if last.count else last.results[0].origin,
            "round",
            WARNING,
            "secretary-appointed",
            f"đã bầu bí thư {format_count(last.round)} lần mà không có đồng chí nào đủ số phiếu "
            f"trúng cử: cấp ủy cấp trên trực tiếp ({cell.parent}) chỉ định một đồng chí làm bí "
            f"thư chi bộ ({rule.source}). Biên bản và báo cáo kết quả đại hội ghi như vậy.",
        )
    committee = {id(m) for m in elected(cell, "Chi ủy")}
    if seats_of(cell, "Chi ủy"):
        for election in ("Bí thư", "Phó bí thư"):
            for tally in tallies(cell):
                for result in tally.elected if tally.election == election else ():
                    if id(result.member) not in committee:
                        add(
                            result.origin,
                            "name",
                            WARNING,
                            "secretary-not-in-committee",
                            f"{result.member.name} trúng cử {election.lower()} nhưng không có "
                            "trong chi ủy vừa bầu; bí thư, phó bí thư phải là chi ủy viên. Hãy "
                            "báo cáo xin ý kiến cấp ủy cấp trên.",
                        )


def check_total(tally: Tally, add) -> None:
    """A valid ballot marks at most as many people as there are seats in its round: the votes of
    one round cannot add up to more than the valid ballots times those seats."""
    count = tally.count
    # A person with more votes than valid ballots is the figure to fix, reported at its row.
    if count is None or tally.seats <= 0 or any(r.votes > count.valid for r in tally.results):
        return
    total = sum(r.votes for r in tally.results)
    most = count.valid * tally.seats
    if total <= most:
        return
    limit = (
        f"số phiếu hợp lệ ({count.valid}), vì mỗi phiếu chỉ bầu 01 người"
        if tally.seats == 1
        else f"{count.valid} phiếu hợp lệ × {format_count(tally.seats)} người cần bầu = {most}, "
        f"vì mỗi phiếu bầu nhiều nhất {format_count(tally.seats)} người"
    )
    inconsistent(
        add,
        count.origin,
        "valid",
        f"cuộc bầu {ELECTION_NAMES[tally.election]} lần {tally.round}: tổng số phiếu bầu của "
        f'các đồng chí ở sheet "Kết quả bầu cử" là {total}, nhiều hơn {limit}. Hãy kiểm tra '
        "lại số phiếu hợp lệ hoặc số phiếu của từng đồng chí.",
    )


def not_held(cell: Cell, election: str) -> str:
    return (
        f'{cell.name} không bầu {ELECTION_NAMES[election]} (xem sheet "Chi bộ"). Hãy sửa '
        '"Cuộc bầu" hoặc xóa dòng này.'
    )


def inconsistent(add, origin, key: str, reason: str) -> None:
    add(origin, key, ERROR, "vote-count-inconsistent", reason)

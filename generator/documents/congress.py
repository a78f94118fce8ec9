"""Congress day and after: notice, ballots, vote counts, minutes, resolution, result report.

Before the congress every cell gets the opening notice and one ballot per election it holds.
Once the counts are entered (Cell.has_congress_record) it also gets the vote count minutes of
each election and round, the minutes of the congress, the final resolution and the result
report. Who is elected is decided by election.py; this module only words it.
"""

from __future__ import annotations

import datetime as dt
import math

from ..checking.election import (
    ELECTION_NAMES,
    EXCUSED,
    LIST_POST,
    PRESENT,
    UNEXCUSED,
    Base,
    Tally,
    appointment_due,
    attendance_recorded,
    present,
    seats_of,
    tallies,
    threshold_base,
)
from ..checking.profile import Profile
from ..reading.model import Cell, Member
from ..reading.schema import OWN_DRAFTS
from ..textvn import (
    NBSP,
    body_date,
    format_count,
    format_percent,
    header_date,
    long_date,
    sort_by_name,
    time_text,
    title_phrases,
)
from .common import (
    AS_ADDRESSED,
    BLANK_NAME,
    Document,
    ballot_instruction,
    base_context,
    committee_name,
    comrades,
    comrades_count,
    congress_header,
    grounds,
    guests_text,
    has_committee,
    issue_year,
    join_and,
    leadership,
    letterhead,
    names,
    post_name,
    presidium_name,
    recipients,
    sorted_nominees,
    structure,
    team,
    team_text,
    to_committee,
)
from .opinions import by_draft, sentence
from .precongress import (
    DEPUTY_TITLE,
    SECRETARY_TITLE,
    convened,
    draft_resolution,
    election_post,
    nominee_row,
    opinions_gathered,
    reviewed_leaders,
    roster_closing,
)

DOTS = "…" * 12
SHORT_DOTS = "…" * 8  # a name or two, written in by the secretary
LINE = "…" * 29  # one line of the page, to write on by hand
WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
# Ballot page, in millimetres: the height between the margins of an A4 page; what one ballot
# takes (stamp box and heading, title, instruction, table header); the cut line between two
# ballots; each name row (at least 7 mm in the template). Measured in LibreOffice, rounded up.
PAGE_HEIGHT = 255
BALLOT_HEIGHT = 55
CUT_HEIGHT = 10
ROW_HEIGHT = 7.2


# ----------------------------------------------------------------------------- wording helpers


def elections_held(cell: Cell) -> list[str]:
    """The elections of this congress, in voting order (chi ủy first)."""
    return [election for election in LIST_POST if seats_of(cell, election)]


def leader_posts(cell: Cell, committee_seats: bool = False) -> str:
    """ "Chi ủy, Bí thư và Phó Bí thư": what the congress elects for the cell itself."""
    committee = "Chi ủy" + (
        f" ({format_count(cell.committee_seats or 0)} đồng chí)" if committee_seats else ""
    )
    posts = [committee] if seats_of(cell, "Chi ủy") else []
    posts += ["Bí thư"] + (["Phó Bí thư"] if seats_of(cell, "Phó bí thư") else [])
    return join_and(posts)


def office(cell: Cell, election: str) -> str:
    """What an election fills: "Chi ủy Chi bộ Ấp Mỹ Phú", "đại biểu … dự Đại hội Đảng bộ …"."""
    return {
        "Chi ủy": f"Chi ủy {cell.name}",
        "Bí thư": f"Bí thư {cell.name}",
        "Phó bí thư": f"Phó Bí thư {cell.name}",
        "Đại biểu": f"đại biểu {cell.name} dự Đại hội {cell.parent}",
    }[election]


def office_term(cell: Cell, profile: Profile, election: str) -> str:
    if election == "Đại biểu":
        return office(cell, election)
    return title_phrases(f"{office(cell, election)}, nhiệm kỳ {cell.term or profile.term}")


def attendance(cell: Cell) -> dict:
    """Who came, in prose; dotted gaps when "Dự đại hội" is not filled in yet."""
    total = len(cell.members)
    if not attendance_recorded(cell):
        return {
            "present_line": f"{DOTS}/{format_count(total)}",
            "attendance": f"Có mặt {DOTS}/{format_count(total)} đảng viên được triệu "
            f"tập; vắng mặt {DOTS} đồng chí (có lý do: {DOTS}; không lý do: "
            f"{DOTS}).",
            "official_present": DOTS,
            "official_absent": f"{DOTS} đồng chí",
        }
    here = present(cell)
    official_here = present(cell, official_only=True)
    away = [m for m in cell.members if m.attendance != PRESENT]
    excused = [m for m in away if m.attendance == EXCUSED]
    unexcused = [m for m in away if m.attendance == UNEXCUSED]
    unknown = [m for m in away if m.attendance not in (EXCUSED, UNEXCUSED)]
    text = (
        f"Có mặt {format_count(len(here))}/{format_count(total)} đảng viên được triệu tập "
        f"(đạt {format_percent(len(here), total)}), trong đó {by_status(here, official_here)}."
    )
    if away:
        reasons = [
            comrades(group, label)
            for group, label in (
                (excused, "có lý do"),
                (unexcused, "không có lý do"),
                (unknown, "chưa ghi lý do"),
            )
            if group
        ]
        text += f" Vắng mặt {format_count(len(away))} đồng chí: " + "; ".join(reasons) + "."
    else:
        text += " Không có đảng viên vắng mặt."
    return {
        "present_line": f"{format_count(len(here))}/{format_count(total)}",
        "present_detail": f" ({by_status(here, official_here)})",
        "attendance": text,
        "official_present": format_count(len(official_here)),
        "official_absent": comrades_count(len(cell.official_members) - len(official_here)),
    }


def by_status(here: list[Member], official_here: list[Member]) -> str:
    """ "09 đảng viên chính thức, không có đảng viên dự bị"."""
    probationary = len(here) - len(official_here)
    return f"{format_count(len(official_here))} đảng viên chính thức, " + (
        f"{format_count(probationary)} đảng viên dự bị"
        if probationary
        else "không có đảng viên dự bị"
    )


def base_text(base: Base) -> str:
    """The A3 base with every exclusion named, and the votes a candidate needs."""
    suspended = [m for m in base.suspended if m.special == "Đình chỉ sinh hoạt"]
    prosecuted = [m for m in base.suspended if m not in suspended]
    parts = [
        comrades(group, label)
        for group, label in (
            (base.temporary, "sinh hoạt tạm thời ở đảng bộ khác"),
            (base.exempt_absent, "được miễn công tác và sinh hoạt đảng, không có mặt"),
            (suspended, "bị đình chỉ sinh hoạt đảng"),
            (prosecuted, "bị khởi tố, truy tố, tạm giam"),
            (base.excused, "vắng mặt có lý do chính đáng"),
        )
        if group
    ]
    official = format_count(base.official)
    if parts:
        detail = f"gồm {official} đảng viên chính thức được triệu tập, trừ " + "; ".join(parts)
    else:
        detail = "bằng số đảng viên chính thức được triệu tập, không có trường hợp nào phải trừ"
    return (
        f"Số đảng viên chính thức làm cơ sở tính kết quả bầu cử: {format_count(base.base)} "
        f"đồng chí, {detail}. Người trúng cử phải được số phiếu bầu quá một nửa số này, "
        f"tức ít nhất {format_count(base.needed)} phiếu."
    )


def round_label(cell: Cell, tally: Tally) -> str:
    """ " (lần 2)" when the election took more than one round, else nothing."""
    rounds = [t for t in tallies(cell) if t.election == tally.election]
    return f" (lần {tally.round})" if len(rounds) > 1 else ""


def votes_text(votes: int, base: Base) -> str:
    return f"{format_count(votes)} phiếu ({format_percent(votes, base.base)})"


def outcome(cell: Cell, tally: Tally, base: Base) -> list[str]:
    """Who was elected in this round (most votes first), then what is still open."""
    if not tally.elected:
        return [
            f"Không có đồng chí nào trúng cử {ELECTION_NAMES[tally.election]} ở lần bầu này.",
            *open_lines(tally),
        ]
    return [
        f"{i}. Đồng chí {r.member.name}: {votes_text(r.votes, base)}."
        for i, r in enumerate(tally.elected, start=1)
    ] + open_lines(tally)


def open_lines(tally: Tally, post: str = "") -> list[str]:
    """Plainly, what this round left undecided: a tie at the last seat, or empty seats."""
    post = post or ELECTION_NAMES[tally.election]
    open_seats = tally.seats - len(tally.elected)
    if tally.tied:
        tied = sort_by_name(r.member for r in tally.tied)
        return [
            f"Các đồng chí {names(tied)} cùng được "
            f"{format_count(tally.tied[0].votes)} phiếu ở vị trí cuối cùng, nhiều người hơn "
            f"số chỗ còn lại ({format_count(open_seats)}); vì vậy chưa đồng chí nào trong số "
            "này trúng cử."
        ]
    if open_seats <= 0:
        return []
    if tally.seats == 1:
        return [
            f"Chưa bầu được {post}: không có đồng chí nào được quá một nửa số phiếu so với "
            "số đảng viên làm cơ sở tính kết quả bầu cử. Việc bầu lại do Đại hội quyết định "
            "theo Quy chế bầu cử trong Đảng."
        ]
    return [
        f"Chưa bầu đủ số lượng {post}: cần bầu {format_count(tally.seats)}, trúng cử "
        f"{format_count(len(tally.elected))}; còn {format_count(open_seats)} chỗ để trống "
        "vì không còn đồng chí nào được quá một nửa số phiếu. Việc bầu tiếp hay không do "
        "Đại hội quyết định."
    ]


def candidates(cell: Cell, tally: Tally) -> list[Member]:
    """The list on the ballot of this round, in A-B-C order (as printed on the ballot)."""
    people = {id(r.member): r.member for r in tally.results}
    if not people:
        people = {id(n.member): n.member for n in sorted_nominees(cell, LIST_POST[tally.election])}
    return sort_by_name(people.values())


def remark(tally: Tally, member: Member) -> str:
    def among(results):
        return any(r.member is member for r in results)

    if among(tally.elected):
        return "Trúng cử"
    if among(tally.tied):
        return "Số phiếu bằng nhau, chưa trúng cử"
    if among(tally.below):
        return "Không trúng cử (chưa quá một nửa)"
    if among(tally.results):
        return "Không trúng cử (đã đủ số lượng)"
    return "Chưa có số phiếu"


def vote_rows(cell: Cell, tally: Tally, base: Base) -> list[dict]:
    """One row per candidate; "against": the valid ballots less the agreeing (printed where the
    ballot is marked agree / disagree)."""
    votes = {id(r.member): r.votes for r in tally.results}
    valid = tally.count.valid if tally.count else None
    return [
        {
            "no": str(i),
            "name": m.name,
            "votes": str(votes[id(m)]) if id(m) in votes else "",
            "against": str(valid - votes[id(m)]) if id(m) in votes and valid is not None else "",
            "rate": format_percent(votes[id(m)], base.base) if id(m) in votes else "",
            "remark": remark(tally, m),
        }
        for i, m in enumerate(candidates(cell, tally), start=1)
    ]


def candidate_lines(cell: Cell, tally: Tally, base: Base) -> list[str]:
    """Every candidate of the round in the order of the ballot (A, B, C), as the script reads
    them out and the vote count minutes list them."""
    votes = {id(r.member): r.votes for r in tally.results}
    tied = {id(r.member) for r in tally.tied}
    lines = []
    for member in candidates(cell, tally):
        if id(member) not in votes:
            continue
        said = remark(tally, member)
        if id(member) in tied:
            others = sort_by_name(r.member for r in tally.tied if r.member is not member)
            who = "các đồng chí" if len(others) > 1 else "đồng chí"
            said = f"bằng số phiếu với {who} {join_and([m.name for m in others])}, chưa trúng cử"
        lines.append(
            f"Đồng chí {member.name}: {votes_text(votes[id(member)], base)}, "
            f"{said[:1].lower()}{said[1:]}."
        )
    return lines


def ballots_line(tally: Tally) -> str:
    count = tally.count
    if count is None:
        return f"Tổ kiểm phiếu công bố: số phiếu phát ra {DOTS}; thu vào {DOTS}; hợp lệ {DOTS}."
    return f"Tổ kiểm phiếu công bố: {ballot_figures(count)}. Kết quả (theo thứ tự trong phiếu bầu):"


def ballot_figures(count) -> str:
    """ "số phiếu phát ra 19, thu vào 19, hợp lệ 19, không có phiếu không hợp lệ"."""
    invalid = (
        f"không hợp lệ {format_count(count.invalid)}"
        if count.invalid
        else "không có phiếu không hợp lệ"
    )
    return (
        f"số phiếu phát ra {format_count(count.issued)}, thu vào "
        f"{format_count(count.collected)}, hợp lệ {format_count(count.valid)}, {invalid}"
    )


def voting_record(cell: Cell, profile: Profile, base: Base, present_line: str) -> list[str]:
    """The elections as the congress ran them: each list approved, then each round counted
    (ballots, every candidate, who is elected), then the next election; after the last round
    allowed without a bí thư, the appointment by the higher committee."""
    appointed = appointment_lines(cell, profile)
    last = final_tallies(cell)
    record = []
    for election in elections_held(cell):
        record += election_decisions(cell, profile, election, present_line)
        for t in (t for t in tallies(cell) if t.election == election):
            elected = (
                [
                    f"Trúng cử ({format_count(len(t.elected))} đồng chí"
                    + (", xếp theo số phiếu từ cao xuống thấp" if len(t.elected) > 1 else "")
                    + f"): {names(m.member for m in t.elected)}."
                ]
                if t.elected
                else []
            )
            record += [
                f"Đại hội đã bỏ phiếu kín bầu {office_term(cell, profile, t.election)}"
                f"{round_label(cell, t)}: số lượng "
                f"cần bầu {format_count(t.seats)}, danh sách bầu cử "
                f"{format_count(len(candidates(cell, t)))} đồng chí.",
                ballots_line(t),
                *candidate_lines(cell, t, base),
                *elected,
                *(
                    appointed
                    if appointed and t.election == "Bí thư" and t in last
                    else done(cell, t, present_line)
                ),
            ]
    return record


def seats_text(cell: Cell, election: str, seats: int) -> str:
    """ "01 Chi ủy viên", "Bí thư Chi bộ", "02 đại biểu dự Đại hội Đảng bộ xã …"."""
    post = election_post(cell, election)
    if election == "Chi ủy":
        return f"{format_count(seats)} Chi ủy viên"
    return f"{format_count(seats)} {post}" if election == "Đại biểu" else post


def listed_text(members: list[Member]) -> str:
    """ "04 đồng chí (xếp theo vần A, B, C): …", the order named only where there is one."""
    order = " (xếp theo vần A, B, C)" if len(members) > 1 else ""
    return f"{format_count(len(members))} đồng chí{order}: {names(members)}"


def done(cell: Cell, tally: Tally, present_line: str) -> list[str]:
    """What the congress did with what a round left open, in the past tense of the record: it
    voted to go on, and on the list of the next round (on the sheet), else what it decided is
    written by hand."""
    again = next(
        (t for t in tallies(cell) if t.election == tally.election and t.round == tally.round + 1),
        None,
    )
    votes = f"(tán thành: ……/{present_line} đồng chí)"
    if again:
        return [
            f"Theo đề nghị của {presidium_name(cell)}, Đại hội đã biểu quyết bầu tiếp (lần "
            f"{again.round}) {seats_text(cell, tally.election, again.seats)} {votes} và thông "
            f"qua danh sách bầu cử lần {again.round} gồm {listed_text(candidates(cell, again))} "
            f"{votes}."
        ]
    left = open_lines(tally, election_post(cell, tally.election))
    return left + ([f"Đại hội đã quyết định: {LINE}"] if left else [])


def appointment_lines(cell: Cell, profile: Profile) -> list[str]:
    """After the last round the rules allow without a bí thư, the higher committee appoints."""
    if not appointment_due(cell, profile):
        return []
    rounds = format_count(profile.secretary_rounds)
    return [
        f"Sau {rounds} lần bầu, không có đồng chí nào đủ số phiếu trúng cử bí thư chi bộ; "
        f"{committee_name(cell.parent)} chỉ định một đồng chí trong số "
        f"{'chi ủy viên' if seats_of(cell, 'Chi ủy') else 'đảng viên'} làm bí thư chi bộ "
        f"(theo {profile.rule('Số lần bầu bí thư').source})."
    ]


def final_tallies(cell: Cell) -> list[Tally]:
    """The last round of each election: what the congress ended with."""
    last = {t.election: t for t in tallies(cell)}
    return list(last.values())


def winners(cell: Cell, election: str) -> list[tuple[Member, int]]:
    return [(r.member, r.votes) for t in tallies(cell) if t.election == election for r in t.elected]


def result_lines(cell: Cell, profile: Profile) -> list[str]:
    """The "Kết quả bầu cử" of the resolution, names in A-B-C order."""
    lines = []
    term = cell.term or profile.term
    for election in elections_held(cell):
        elected = sort_by_name(m for m, _ in winners(cell, election))
        seats = seats_of(cell, election)
        if election in ("Bí thư", "Phó bí thư"):
            title = "Bí thư" if election == "Bí thư" else "Phó Bí thư"
            lines.append(
                f"- Bầu đồng chí {elected[0].name} giữ chức {title} Chi bộ nhiệm kỳ {term}."
                if elected
                else f"- Chưa bầu được {title} Chi bộ nhiệm kỳ {term}."
            )
            continue
        what = (
            f"Chi ủy Chi bộ nhiệm kỳ {term}"
            if election == "Chi ủy"
            else f"đại biểu dự Đại hội {cell.parent}"
        )
        count = (
            f"{format_count(len(elected))}/{format_count(seats)}"
            if len(elected) < seats
            else format_count(seats)
        )
        line = f"- Bầu {what} gồm {count} đồng chí"
        line += f": {names(elected)}." if elected else "."
        if len(elected) < seats:
            line += f" Còn {format_count(seats - len(elected))} chỗ chưa bầu đủ."
        lines.append(line)
    return lines


def weekday(day: dt.date | None) -> str:
    return WEEKDAYS[day.weekday()] if day else ""


def when(cell: Cell) -> str:
    """ "07 giờ 30, thứ Năm, ngày 19 tháng 12 năm <năm>"."""
    if cell.congress_date is None:
        return f"{time_text(cell.opening_time)}, ngày {DOTS}"
    return (
        f"{time_text(cell.opening_time)}, {weekday(cell.congress_date)}, "
        f"{long_date(cell.congress_date)}"
    )


def people_of(cell: Cell, task: str) -> str:
    return ", ".join(f"đồng chí {m.name}" for m in cell.assigned(task))


# ----------------------------------------------------------------------------- before the congress


def congress_notice(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    committee = has_committee(cell, profile)
    term, previous = cell.term or profile.term, cell.previous_term or profile.previous_term
    contents = [
        f"Tổng kết việc thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ {previous}"
        + (
            "; kiểm điểm sự lãnh đạo, chỉ đạo của chi ủy"
            if committee
            else f" (lồng ghép kiểm điểm của {leadership(cell, profile, True)} chi bộ)"
        )
        + f"; đề ra phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ {term}.",
        f"Thảo luận, đóng góp ý kiến vào dự thảo văn kiện Đại hội {cell.parent} và "
        "văn kiện Đại hội Chi bộ.",
    ]
    # The numbers are the personnel plan's: a notice sent before the chi bộ voted on it names
    # what the congress elects, not how many.
    planned = bool(
        cell.personnel_meeting_date
        and cell.notice_date
        and cell.personnel_meeting_date <= cell.notice_date
    )
    contents.append(f"Bầu {leader_posts(cell, committee_seats=planned)} Chi bộ nhiệm kỳ {term}.")
    if cell.delegate_seats and not planned:
        contents.append(f"Bầu đại biểu dự Đại hội {cell.parent}.")
    elif cell.delegate_seats:
        contents.append(
            f"Bầu {format_count(cell.delegate_seats)} đại biểu dự Đại hội {cell.parent}."
        )
    official = len(cell.official_members)
    exempt = sum(m.exempt for m in cell.official_members)
    members = (
        f"toàn thể {format_count(len(cell.members))} đảng viên của chi bộ, gồm "
        f"{format_count(official)} đảng viên chính thức và "
        f"{format_count(len(cell.probationary_members))} đảng viên dự bị."
    )
    if exempt:
        members += (
            f" Trong số đảng viên chính thức có {format_count(exempt)} đồng chí được "
            "miễn công tác và sinh hoạt đảng; các đồng chí này cũng được triệu tập, nếu dự "
            "Đại hội thì được biểu quyết, bầu cử."
        )
    if cell.probationary_members:
        members += " Đảng viên dự bị dự đại hội nhưng không biểu quyết, không bầu cử."
    return base_context(cell, profile) | {
        "header": letterhead(
            cell, profile, cell.parent, cell.name, "TB/CB", cell.notice_date, draft=False
        ),
        "issuer": cell.name,
        "when": when(cell),
        "members": members,
        # Printed after "Đại biểu cấp trên:" and joined by "; ": inside a sentence, lower case.
        "guests": [
            g[:1].lower() + g[1:] if g.startswith(("Đồng chí", "Đại diện")) else g
            for g in cell.guests or [f"Đại diện lãnh đạo {committee_name(cell.parent)}"]
        ],
        "contents": contents,
        "content_count": format_count(len(contents)),
        "report_to": "chi ủy" if committee else "bí thư chi bộ",
    }


def ballots_per_page(rows: int) -> int:
    """As many ballots of this many names as fit on one page, cut lines between them."""
    one = BALLOT_HEIGHT + ROW_HEIGHT * rows + CUT_HEIGHT
    return max(1, math.floor((PAGE_HEIGHT + CUT_HEIGHT) / one))


def unbroken(text: str, name: str) -> str:
    """The text with the words of a proper name held together on one line."""
    return text.replace(name, name.replace(" ", NBSP))


def ballot(cell: Cell, profile: Profile, election: str) -> dict:
    listed = [n.member.name for n in sorted_nominees(cell, LIST_POST[election])]
    seats = seats_of(cell, election)
    surplus = len(listed) > seats
    office_line = unbroken(office_term(cell, profile, election), cell.parent)
    return base_context(cell, profile) | {
        "date_line": header_date(cell.place, cell.congress_date, issue_year(cell, profile)),
        "office": office_line[0].upper() + office_line[1:],
        "instruction": f"({ballot_instruction(seats, len(listed))})",
        "surplus": surplus,
        "names": [
            {"no": str(i), "name": name, "yes": "", "against": ""}
            for i, name in enumerate(listed, start=1)
        ],
        "copies": list(range(ballots_per_page(len(listed)))),
    }


POLL_ROWS = 3  # blank lines for names on a poll ballot and its count
POLL_COUNT_COLUMNS = ("name", "way", "votes", "against", "rate", "remark")  # Mẫu 5's blanks
POLL_COPIES = 3  # poll forms on one A4 page (templates_docx/congress.py keeps them short)


# The election guide (HD 04) prints two poll forms: Mẫu 4A for those who stand, 4B for those
# nominated.
POLL_FORMS = {"4A": "người ứng cử", "4B": "người được đề cử"}


def nomination_poll_ballot(cell: Cell, profile: Profile, election: str, form: str) -> dict:
    """The election guide's (HD 04) Mẫu 4A or 4B: the congress is polled on who stands or is
    nominated there; "Ghi chú" holds what the presidium notes of each (a case of the Quy chế's
    exceptions)."""
    office_line = unbroken(unbroken(office_term(cell, profile, election), cell.name), cell.parent)
    return base_context(cell, profile) | {
        "date_line": header_date(cell.place, cell.congress_date, issue_year(cell, profile)),
        "office": office_line,
        "form": f"Mẫu {form}",
        "about": POLL_FORMS[form],
        "names": [
            {"no": str(i), "name": "", "yes": "", "against": "", "note": ""}
            for i in range(1, POLL_ROWS + 1)
        ],
        "copies": list(range(POLL_COPIES)),
    }


def nomination_poll_minutes(cell: Cell, profile: Profile, election: str) -> dict:
    """The election guide's (HD 04) Mẫu 5: the count of that poll; the figures known now
    filled, names blank.

    HD 04 gives this count to a team that the presidium (chair) sets up from its secretaries,
    not to the counting team: the thư ký leads it, other members are written in by hand."""
    percent = profile.nomination_poll_percent
    clerks = cell.assigned("Thư ký")
    helpers = f"Tổ giúp việc {presidium_name(cell)}"
    blank = "……"  # short blanks: the form keeps to one page
    recorded = attendance_recorded(cell)
    official_here = present(cell, official_only=True) if recorded else []
    least = format_count(len(official_here) * percent // 100 + 1) if recorded else blank
    return (
        base_context(cell, profile)
        | attendance(cell)
        | {
            "official_present": format_count(len(official_here)) if recorded else blank,
            "header": counting_header(cell, profile, helpers),
            "congress_long_date": long_date(cell.congress_date) if cell.congress_date else DOTS,
            "office": office_term(cell, profile, election),
            "prepared_by": "chi ủy" if has_committee(cell, profile) else "bí thư chi bộ",
            "helpers": helpers,
            "presidium": helpers.removeprefix("Tổ giúp việc "),
            "team": (
                f"đồng chí {clerks[0].name} (thư ký Đại hội, tổ trưởng)"
                if clerks
                else f"{BLANK_NAME} (tổ trưởng)"
            )
            + f", {BLANK_NAME}",
            "seats": format_count(seats_of(cell, election)),
            "listed": format_count(len(sorted_nominees(cell, LIST_POST[election]))),
            "rule": (
                f"Người ứng cử, được đề cử được đưa vào danh sách bầu cử khi được hơn "
                f"{format_count(percent)}% số đảng viên chính thức dự Đại hội đồng ý giới "
                f"thiệu, tức ít nhất {least} phiếu đồng ý."
            ),
            "rows": [
                {"no": str(i)} | dict.fromkeys(POLL_COUNT_COLUMNS, "")
                for i in range(1, POLL_ROWS + 1)
            ],
            "dots": blank,
            "lead": clerks[0].name if clerks else "",
            "team_title": "THÀNH VIÊN",
            "members_signing": "",
        }
    )


def team_signers(cell: Cell) -> dict:
    """The counting team signs its papers: the lead right, the members left."""
    lead, members = team(cell)
    return {
        "lead": lead.name if lead else "",
        "team_title": "CÁC THÀNH VIÊN" if members else "",
        # Each member as much room to sign as the lead has above his name.
        "members_signing": "\n\n\n\n\n".join(m.name for m in members),
    }


def counting_header(cell: Cell, profile: Profile, team_name: str = "Tổ kiểm phiếu") -> dict:
    """Papers of a team of the congress: the team issues them (bold), under the congress
    (regular), named with its ordinal and term as in the congress's own header (36-HD)."""
    term = f"nhiệm kỳ {cell.term or profile.term}"
    congress = f"Đại hội {cell.name} " + (
        f"lần thứ {cell.ordinal}, {term}" if cell.ordinal else term
    )
    return letterhead(cell, profile, congress, team_name, "BB/ĐH", cell.congress_date, False)


# ----------------------------------------------------------------------------- after the congress


def after_context(cell: Cell, profile: Profile) -> dict:
    base = threshold_base(cell)
    return (
        base_context(cell, profile)
        | attendance(cell)
        | {
            "when": when(cell),
            "base_text": base_text(base),
            "guests": cell.guests,
            "guests_text": guests_text(cell),
        }
    )


def vote_count_minutes(cell: Cell, profile: Profile, tally: Tally, warnings: list[str]) -> dict:
    base = threshold_base(cell)
    lead, _ = team(cell)
    if lead is None:
        warnings.append(
            'Biên bản kiểm phiếu: chưa phân công "Tổ trưởng kiểm phiếu" (sheet '
            '"Phân công"); biên bản để trống chỗ ghi tên.'
        )
    count = tally.count
    ballots = {
        key: format_count(getattr(count, key)) if count else DOTS
        for key in ("issued", "collected", "valid", "invalid")
    }
    return (
        after_context(cell, profile)
        | ballots
        | {
            "header": counting_header(cell, profile),
            "office": office_term(cell, profile, tally.election) + round_label(cell, tally),
            "election_name": (
                ELECTION_NAMES[tally.election]
                if tally.election != "Đại biểu"
                else f"đại biểu dự Đại hội {cell.parent}"
            ),
            "team": team_text(cell),
            "seats": format_count(tally.seats),
            "seats_note": "" if tally.round == 1 else " (số chỗ còn lại sau các lần bầu trước)",
            "list_line": list_line(candidates(cell, tally)),
            "official": format_count(len(cell.official_members)),
            "invalid_reason": bool(count and count.invalid),
            # the ballot of a list without surplus is marked agree / disagree (ballot())
            "marked": len(candidates(cell, tally)) == tally.seats,
            "reason_blank": "…" * 20,
            "rows": vote_rows(cell, tally, base),
            "outcome": outcome(cell, tally, base),
            "any_elected": bool(tally.elected),
            "elected_intro": "đồng chí sau đây trúng cử"
            if len(tally.elected) == 1
            else "các đồng chí sau đây trúng cử (xếp theo số phiếu từ cao xuống thấp)",
            "line": LINE,
            **team_signers(cell),
        }
    )


def list_line(people: list[Member]) -> str:
    """The list voted on: its names in A, B, C order, or the one name."""
    if len(people) == 1:
        return f"Danh sách bầu cử gồm 01 đồng chí: {people[0].name}"
    return (
        f"Danh sách bầu cử gồm {format_count(len(people))} đồng chí (xếp theo vần A, B, C): "
        f"{names(people)}"
    )


def opening_decisions(cell: Cell) -> list[str]:
    """What the congress decided by show of hands (thẻ đảng viên) as it opened."""
    chairs = cell.assigned("Chủ tịch đại hội")
    return [
        f"Đoàn Chủ tịch gồm {format_count(len(chairs))} đồng chí: {names(chairs)}"
        if len(chairs) > 1
        else f"Chủ tịch Đại hội: đồng chí {chairs[0].name if chairs else BLANK_NAME}",
        f"Thư ký Đại hội: {people_of(cell, 'Thư ký') or BLANK_NAME}",
        "Chương trình, nội quy làm việc của Đại hội",
    ]


def voting_decisions(cell: Cell, profile: Profile) -> list[str]:
    """Decided by show of hands before the first ballot: the team, the deputy where asked."""
    lines = [f"Tổ kiểm phiếu gồm {team_text(cell)}"]
    if not has_committee(cell, profile):
        lines.append(
            ("Việc bầu 01" if cell.elect_deputy else "Việc không bầu")
            + f" {DEPUTY_TITLE} nhiệm kỳ {cell.term or profile.term}"
        )
    return lines


def election_decisions(cell: Cell, profile: Profile, election: str, present_line: str) -> list:
    """Before the ballot of one election: its number voted, the list presented, who stood or
    was nominated at the congress and who withdrew (from the sheets where the ballot differs
    from the list prepared, else blanks to fill in), the list voted."""
    votes = f"(tán thành: ……/{present_line} đồng chí)"
    term = cell.term or profile.term
    post = election_post(cell, election)
    named = post if election == "Đại biểu" else f"{post} nhiệm kỳ {term}"
    prepared = [n.member for n in sorted_nominees(cell, LIST_POST[election])]
    first = next((t for t in tallies(cell) if t.election == election), None)
    listed = candidates(cell, first) if first else prepared
    added = [m for m in listed if m not in prepared]
    withdrawn = [m for m in prepared if m not in listed]
    lines = []
    if election == "Chi ủy":
        lines.append(
            f"Đại hội đã biểu quyết thông qua số lượng Chi ủy nhiệm kỳ {term}: "
            f"{format_count(seats_of(cell, election))} đồng chí {votes}."
        )
    preparer = "Chi ủy" if has_committee(cell, profile) else "Bí thư Chi bộ"
    lines.append(
        f"{presidium_name(cell)} giới thiệu danh sách bầu cử {post} do {preparer} nhiệm kỳ "
        f"{cell.previous_term or profile.previous_term} chuẩn bị, gồm "
        f"{format_count(len(prepared))} đồng chí. Ứng cử, đề cử thêm tại Đại hội: "
        + (f"đồng chí {join_and([m.name for m in added])}" if added else SHORT_DOTS)
        + "; xin rút: "
        + (f"đồng chí {join_and([m.name for m in withdrawn])}" if withdrawn else SHORT_DOTS)
        + "."
    )
    lines.append(
        f"Đại hội đã biểu quyết thông qua danh sách bầu cử {named} gồm {listed_text(listed)} "
        f"{votes}."
    )
    return lines


def opinions_reference(cell: Cell, profile: Profile, present_line: str) -> str:
    """The comments on the drafts were gathered before the congress, at a meeting of the cell,
    and summed up in a report that the chair presents (a step of the script): the minutes refer
    to that report, they do not repeat it."""
    gathered = opinions_gathered(cell, profile)
    if not gathered:
        return ""
    return (
        f"{presidium_name(cell)} đã trình bày Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện "
        f"({gathered}); Đại hội đã biểu quyết thông qua báo cáo (tán thành: ……/{present_line} "
        "đồng chí)."
    )


def guidance_line(cell: Cell) -> str:
    guest = cell.guests[0] if cell.guests else ""
    who = (
        f"đồng chí {guest.removeprefix('Đồng chí ').removeprefix('đồng chí ')}"
        if guest
        else f"đại diện lãnh đạo {committee_name(cell.parent)}"
    )
    return f"Đại hội đã nghe {who} phát biểu chỉ đạo Đại hội."


def introduction(cell: Cell, profile: Profile) -> str:
    """The new leaders meet the congress; the bí thư just elected speaks."""
    term = cell.term or profile.term
    leaders = f"Bí thư, {DEPUTY_TITLE}" if winners(cell, "Phó bí thư") else SECRETARY_TITLE
    newcomers = f"Chi ủy nhiệm kỳ {term}" if has_committee(cell, profile) else f"{leaders} mới"
    secretary = winners(cell, "Bí thư")
    speech = (
        f"; đồng chí {secretary[0][0].name}, {SECRETARY_TITLE} nhiệm kỳ {term}, phát biểu nhận "
        "nhiệm vụ"
        if secretary
        else ""
    )
    return f"{newcomers} đã ra mắt Đại hội{speech}."


def congress_minutes(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    committee = has_committee(cell, profile)
    reports = [
        f"{people_of(cell, 'Trình bày báo cáo tổng kết') or 'Đại diện Chi bộ'} đã trình bày "
        f"Báo cáo tổng kết nhiệm kỳ {cell.previous_term or profile.previous_term}, "
        f"phương hướng, nhiệm vụ nhiệm kỳ {cell.term or profile.term}"
        + ("." if committee else f", kèm phần kiểm điểm của {reviewed_leaders(cell)}.")
    ]
    if committee:
        reports.append(
            f"{people_of(cell, 'Trình bày báo cáo kiểm điểm') or 'Đại diện Chi ủy'} "
            "đã trình bày Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy nhiệm kỳ "
            f"{cell.previous_term or profile.previous_term}."
        )
    clerks = cell.assigned("Thư ký")
    context = after_context(cell, profile)
    here = context["official_present"]
    groups, exempt = convened(cell)
    return context | {
        "header": congress_header(cell, profile, "BB"),
        "convened": groups,
        "exempt": f"; {exempt}" if exempt else "",
        "opening_decisions": [
            f"- {line} (tán thành: ……/{here} đồng chí)." for line in opening_decisions(cell)
        ],
        "presidium": presidium_name(cell),
        "election_decisions": [
            f"- {line} (tán thành: ……/{here} đồng chí)." for line in voting_decisions(cell, profile)
        ],
        "voting": voting_record(cell, profile, threshold_base(cell), here),
        "introduction": introduction(cell, profile),
        "reports": [r[0].upper() + r[1:] for r in reports],
        "speakers": people_of(cell, "Tham luận"),
        "opinions_reference": opinions_reference(cell, profile, here),
        "guidance": guidance_line(cell),
        "line": LINE,
        "clerk": clerks[0].name if clerks else "",
    }


def resolution(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    return (
        draft_resolution(cell, profile, warnings)
        | attendance(cell)
        | {
            "header": congress_header(cell, profile, "NQ"),
            "election": result_lines(cell, profile),
        }
    )


LEADER_ELECTIONS = ("Chi ủy", "Bí thư", "Phó bí thư")
TITLES_ELECTED = {"Chi ủy": "Chi ủy viên", "Bí thư": "Bí thư", "Phó bí thư": "Phó Bí thư"}
ELECTED_IN = {title: election for election, title in TITLES_ELECTED.items()}


def new_leaders(cell: Cell) -> list[tuple[Member, int, list[str]]]:
    """Who the congress elected to lead the cell, once each, in the order of the results
    (chi ủy by votes first; where there is none, bí thư then phó bí thư): member, the votes
    of the first election they won, and every post they won."""
    found: dict[int, tuple[Member, int, list[str]]] = {}
    for election in LEADER_ELECTIONS:
        for member, votes in winners(cell, election):
            found.setdefault(id(member), (member, votes, []))[2].append(TITLES_ELECTED[election])
    return list(found.values())


def election_results(cell: Cell, profile: Profile, base: Base) -> list[dict]:
    """Each election of the report: how many rounds, the ballots of each, who was elected."""
    results = []
    for number, election in enumerate(elections_held(cell), start=1):
        rounds = [t for t in tallies(cell) if t.election == election]
        several = len(rounds) > 1
        # "(bầu 02 lần)" and "lần 2:" never split across lines
        times = f" (bầu{NBSP}{format_count(len(rounds))}{NBSP}lần)" if several else ""
        ballots = [
            (f"lần{NBSP}{t.round}: " if several else "")
            + (
                ballot_figures(t.count)
                if t.count
                else f"số phiếu phát ra {DOTS}, thu vào {DOTS}, hợp lệ {DOTS}"
            )
            for t in rounds
        ]
        results.append(
            {
                "title": f"{number}. Bầu {office_term(cell, profile, election)}{times}",
                "ballots": "; ".join(ballots)[:1].upper() + "; ".join(ballots)[1:] + ".",
                "rows": [
                    {
                        "no": str(i),
                        "name": r.member.name,
                        # which round elected whom, where there were several
                        "post": post_name(LIST_POST[election])
                        + (f" (bầu lần {t.round})" if several else ""),
                        "votes": str(r.votes),
                        "rate": format_percent(r.votes, base.base),
                    }
                    for i, (t, r) in enumerate(((t, r) for t in rounds for r in t.elected), start=1)
                ],
            }
        )
    return results


def attachments(cell: Cell) -> list[str]:
    """What goes with the report: only papers this package holds."""
    counted = len(tallies(cell))
    papers = [
        "Biên bản Đại hội",
        f"{format_count(counted)} biên bản kiểm phiếu",
        "Nghị quyết Đại hội",
    ]
    if new_leaders(cell):
        papers += [
            f"Tờ trình đề nghị chuẩn y kết quả bầu cử {leader_posts(cell).lower()}",
            "Danh sách trích ngang những đồng chí trúng cử",
        ]
    return papers


def opinions_lead(cell: Cell) -> str:
    """The opinions on the higher congresses' drafts were gathered at a cell meeting before the
    congress, not by the congress: the report says where they come from."""
    day = cell.opinion_meeting_date
    meeting = f"ngày {body_date(day)}" if day else "trước Đại hội"
    return (
        "Những ý kiến chủ yếu góp ý vào dự thảo văn kiện đại hội đảng bộ cấp trên, tập hợp tại "
        f"cuộc họp chi bộ {meeting}:"
    )


def results_report(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    base = threshold_base(cell)
    committee = has_committee(cell, profile)
    leaders = [member for member, _, _ in new_leaders(cell)]
    documents = [
        f"Báo cáo tổng kết nhiệm kỳ {cell.previous_term or profile.previous_term}, "
        f"phương hướng, nhiệm vụ nhiệm kỳ {cell.term or profile.term}"
    ]
    if committee:
        documents.append("Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của chi ủy")
    documents.append("Nghị quyết Đại hội")
    return after_context(cell, profile) | {
        "header": letterhead(
            cell, profile, cell.parent, cell.name, "BC/CB", cell.congress_date, draft=False
        ),
        "documents": [f"- {d}." for d in documents],
        "results": election_results(cell, profile, base),
        "open_issues": [
            f"Bầu {office(cell, t.election)}: {line}"
            for t in final_tallies(cell)
            for line in (
                appointment_lines(cell, profile) or open_lines(t)
                if t.election == "Bí thư"
                else open_lines(t)
            )
        ],
        "leaders_title": (
            "Chi ủy nhiệm kỳ mới"
            if committee
            else "bí thư, phó bí thư mới"
            if seats_of(cell, "Phó bí thư")
            else "bí thư mới"
        ),
        "leaders_count": format_count(len(leaders)),
        "structure": structure(cell, profile, leaders),
        # the posts in lower case, as the attachments and the assessment write them
        "approve": f"{leader_posts(cell).lower()} {cell.name} nhiệm kỳ {cell.term or profile.term}",
        "attachments": "; ".join(attachments(cell)),
        "assessment": assessment(cell, profile),
        "opinions_lead": opinions_lead(cell),
        "main_opinions": [
            f"- {draft} ({format_count(len(items))} ý kiến), trong đó: {sentence(items[0].text)}"
            for draft, items in by_draft(cell, profile)
            if draft not in OWN_DRAFTS  # the cell's own drafts: weighed before the congress
        ],
        "recipients": recipients(profile, AS_ADDRESSED),
    }


def assessment(cell: Cell, profile: Profile) -> str:
    """The đánh giá chung of the result report, from what the workbook records."""
    came = (
        f", {format_count(len(present(cell)))}/{format_count(len(cell.members))} đảng viên "
        f"được triệu tập có mặt (đạt {format_percent(len(present(cell)), len(cell.members))})"
        if attendance_recorded(cell)
        else ""
    )
    short = [t for t in final_tallies(cell) if len(t.elected) < t.seats]
    elected = (
        f"bầu chưa đủ số lượng {join_and([ELECTION_NAMES[t.election] for t in short])}"
        if short
        else f"bầu đủ số lượng {leader_posts(cell).lower()} theo phương án nhân sự đã được "
        f"{committee_name(cell.parent)} thống nhất"
    )
    return (
        f"Đại hội đã diễn ra đúng thời gian, chương trình đề ra{came}; bảo đảm nguyên tắc, "
        f"đúng Điều lệ Đảng và Quy chế bầu cử trong Đảng; {elected}. Không khí Đại hội dân "
        "chủ, đoàn kết; các ý kiến thảo luận thẳng thắn, tâm huyết, có chất lượng."
    )


ORDINALS = {2: "thứ hai", 3: "thứ ba", 4: "thứ tư"}


def later_round(cell: Cell, election: str, member: Member) -> str:
    """ " (trúng cử ở lần bầu thứ hai)" for a winner of a round after the first, else ""."""
    won = next(
        t.round
        for t in tallies(cell)
        if t.election == election and any(r.member is member for r in t.elected)
    )
    return f" (trúng cử ở lần bầu {ORDINALS.get(won, f'thứ {won}')})" if won > 1 else ""


def leader_tallies(cell: Cell) -> list[Tally]:
    """The rounds of the elections the request is about, one vote-count minutes each."""
    return [t for t in tallies(cell) if t.election in LEADER_ELECTIONS]


def approval_lines(cell: Cell, profile: Profile, base: Base) -> list[str]:
    """What the cell asks the đảng ủy to approve, in the order of the results; a lone item is
    not numbered."""
    term = cell.term or profile.term
    elections = [e for e in LEADER_ELECTIONS if seats_of(cell, e)]
    lines = []
    for number, election in enumerate(elections, start=1):
        won = winners(cell, election)
        mark = f"{number}. " if len(elections) > 1 else ""
        if election == "Chi ủy":
            lines.append(
                f"{mark}Chi ủy {cell.name} nhiệm kỳ {term} gồm "
                f"{format_count(len(won))} đồng chí (xếp theo thứ tự số phiếu bầu từ cao đến thấp):"
            )
            lines += [
                f"- Đồng chí {m.name}{later_round(cell, election, m)}: {votes_text(v, base)}."
                for m, v in won
            ]
        else:
            title = TITLES_ELECTED[election]
            lines.append(
                f"{mark}{title} {cell.name} nhiệm kỳ {term}: đồng chí {won[0][0].name}"
                f"{later_round(cell, election, won[0][0])}, {votes_text(won[0][1], base)}."
                if won
                else f"{mark}{title} {cell.name} nhiệm kỳ {term}: chưa bầu được."
            )
    return lines


def approval_request(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    base = threshold_base(cell)
    context = after_context(cell, profile)
    texts, lead = grounds(
        profile,
        ["Điều lệ Đảng", "Quy chế bầu cử trong Đảng"],
        profile.plan_citation,
        f"kết quả bầu cử tại {context['congress_title']}, họp {context['congress_long_date']}",
    )
    return context | {
        "header": letterhead(
            cell, profile, cell.parent, cell.name, "TTr/CB", cell.congress_date, draft=False
        ),
        "posts": leader_posts(cell).lower(),
        "grounds": texts,
        "request_lead": lead,
        "lines": approval_lines(cell, profile, base),
        "minutes_count": format_count(len(leader_tallies(cell))),
        "recipients": recipients(profile, AS_ADDRESSED),
    }


def elected_roster(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    base = threshold_base(cell)
    reelected = {id(n.member) for n in cell.nominations if n.reelected}
    return base_context(cell, profile) | {
        "header": letterhead(
            cell, profile, cell.parent, cell.name, "", cell.congress_date, draft=False
        ),
        "posts": leader_posts(cell).lower(),
        "rows": [
            nominee_row(cell, profile, number, member, reelected)
            | {
                "posts": ", ".join(
                    post + later_round(cell, ELECTED_IN[post], member) for post in posts
                ),
                "votes": f"{format_count(votes)}\n({format_percent(votes, base.base)})",
            }
            for number, (member, votes, posts) in enumerate(new_leaders(cell), start=1)
        ],
        "closing": roster_closing(len(new_leaders(cell)), "thứ tự kết quả bầu cử"),
        "recipients": recipients(profile, to_committee(cell)),
    }


KINDS = (
    ("congress_notice", "Thông báo thời gian khai mạc đại hội", congress_notice),
    ("ballot", "Phiếu bầu", ballot),
    ("nomination_poll_ballot", "Phiếu lấy ý kiến giới thiệu", nomination_poll_ballot),
    (
        "nomination_poll_minutes",
        "Biên bản kiểm phiếu lấy ý kiến giới thiệu",
        nomination_poll_minutes,
    ),
    ("vote_count_minutes", "Biên bản kiểm phiếu", vote_count_minutes),
    ("congress_minutes", "Biên bản đại hội", congress_minutes),
    ("resolution", "Nghị quyết đại hội", resolution),
    ("results_report", "Báo cáo kết quả đại hội", results_report),
    ("approval_request", "Tờ trình đề nghị chuẩn y kết quả bầu cử", approval_request),
    ("elected_roster", "Danh sách trích ngang những đồng chí trúng cử", elected_roster),
)
TITLES = {kind: title for kind, title, _ in KINDS}


def documents(cell: Cell, profile: Profile, warnings: list[str]) -> list[Document]:
    produced = [
        Document(
            "congress_notice", TITLES["congress_notice"], congress_notice(cell, profile, warnings)
        )
    ]
    for election in elections_held(cell):
        produced.append(
            Document("ballot", f"{TITLES['ballot']} - {election}", ballot(cell, profile, election))
        )
        produced += [
            Document(
                "nomination_poll_ballot",
                f"{TITLES['nomination_poll_ballot']} - {election} - Mẫu {form} "
                f"({POLL_FORMS[form].removeprefix('người ')})",
                nomination_poll_ballot(cell, profile, election, form),
            )
            for form in POLL_FORMS
        ]
        produced.append(
            Document(
                "nomination_poll_minutes",
                f"{TITLES['nomination_poll_minutes']} - {election}",
                nomination_poll_minutes(cell, profile, election),
            )
        )
    if not cell.has_congress_record:
        return produced
    produced += [
        Document(
            "vote_count_minutes",
            f"{TITLES['vote_count_minutes']} - {t.election} - lần {t.round}",
            vote_count_minutes(cell, profile, t, warnings),
        )
        for t in tallies(cell)
    ]
    for kind, title, build in KINDS[5:]:
        if kind in ("approval_request", "elected_roster") and not new_leaders(cell):
            continue
        produced.append(Document(kind, title, build(cell, profile, warnings)))
    return produced

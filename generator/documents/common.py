"""What every document shares: letterhead, signatures, Nơi nhận, names, counts.

Templates only place these strings; every number, date, name and list order is decided here.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..checking.election import tallies
from ..checking.profile import Profile
from ..checking.rules import COMMITTEE, DELEGATE, DEPUTY, SECRETARY
from ..reading.model import Cell, Member, Nomination
from ..reading.workbook import fold
from ..textvn import (
    body_date,
    format_count,
    format_percent,
    header_date,
    long_date,
    sort_by_name,
    time_text,
    title_phrases,
)

BLANK_NAME = "……………………………"
DOTS = "…" * 60


@dataclass
class Document:
    kind: str
    title: str  # readable file name part
    context: dict
    person: str | None = None


def placeholder(what: str, sheet: str = "Nội dung") -> str:
    return f'[Chưa có nội dung: {what}. Hãy bổ sung ở sheet "{sheet}" rồi tạo lại văn bản.]'


def committee_name(parent: str) -> str:
    """ "Đảng bộ xã X" → "Đảng ủy xã X" (the body that signs for the đảng bộ)."""
    words = parent.split(" ", 2)
    if len(words) >= 2 and fold(" ".join(words[:2])) == "đảng bộ":
        return " ".join(["Đảng ủy", *words[2:]])
    return parent


def short_name(cell: Cell) -> str:
    """ "Chi bộ Ấp Mỹ Phú" → "Ấp Mỹ Phú"."""
    return cell.name[len("Chi bộ ") :] if fold(cell.name).startswith("chi bộ ") else cell.name


def has_committee(cell: Cell, profile: Profile) -> bool:
    return profile.max_committee_seats(len(cell.official_members)) is not None


# A post as printed where it names someone's office: one spelling of each title, capitalised
# as the Party office's spelling rules capitalise a title of a body, whatever the workbook's
# vocabulary.
POST_NAMES = {
    COMMITTEE: "Chi ủy viên",
    SECRETARY: "Bí thư",
    DEPUTY: "Phó Bí thư",
    DELEGATE: "Đại biểu dự đại hội cấp trên",
}


def post_name(post: str) -> str:
    return POST_NAMES.get(post, post)


def outgoing(cell: Cell, post: str) -> Member | None:
    return next((m for m in cell.members if m.party_post == post), None)


def leadership(cell: Cell, profile: Profile, outgoing_term: bool = False) -> str:
    """The posts that lead the cell, in words: "chi ủy, bí thư, phó bí thư", "bí thư".

    A cell under the chi ủy threshold has no chi ủy; a phó bí thư is named only when one is to be
    elected (or, for the outgoing term, is in office).
    """
    deputy = outgoing(cell, DEPUTY) is not None if outgoing_term else cell.elect_deputy
    posts = ["chi ủy"] if has_committee(cell, profile) else []
    return ", ".join([*posts, "bí thư", *(["phó bí thư"] if deputy else [])])


def leaders_body(cell: Cell, profile: Profile) -> str:
    """Who leads the cell between two congresses: "Chi ủy", else "Bí thư" (and "phó bí thư")."""
    if has_committee(cell, profile):
        return "Chi ủy"
    return "Bí thư, phó bí thư" if outgoing(cell, DEPUTY) or cell.elect_deputy else "Bí thư"


# Advance widths (thousandths of an em) of Times New Roman capitals, regular and bold, for the
# header lines; other characters take the widest capital's width, so estimates err on the safe side.
_CAPS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 *-,"
_REGULAR = (722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722)
_REGULAR += (667, 556, 611, 722, 722, 944, 722, 722, 611) + (500,) * 10 + (250, 500, 333, 250)
_BOLD = (722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778)
_BOLD += (722, 556, 667, 722, 722, 1000, 722, 722, 667) + (500,) * 10 + (250, 500, 333, 250)
# The left header column (templates_docx/common.py letterhead) is 80 mm, less 3.8 mm of cell
# padding; at 14 pt (4.94 mm to the em) that is 15.4 em, of which 95 % is used.
HEADER_EM = 14.6
# Names of institutions that a header line never splits (orthography alone cannot tell
# "Mặt trận Tổ quốc" from "Cơ quan Mặt trận").
KEPT_WHOLE = (
    "Mặt trận Tổ quốc",
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Trung học cơ sở",
    "Trung học phổ thông",
)


_WIDTHS = {
    bold: dict(zip(_CAPS, _BOLD if bold else _REGULAR, strict=True)) for bold in (False, True)
}


def text_width(text: str, bold: bool) -> float:
    """Estimated width in ems of a line of capitals."""
    widths = _WIDTHS[bold]
    letters = unicodedata.normalize("NFD", text.upper().replace("Đ", "D"))
    return sum(widths.get(c, 1000) for c in letters if not unicodedata.combining(c)) / 1000


def header_lines(name: str, cell: Cell, bold: bool, width: float = HEADER_EM) -> list[str]:
    return list(broken_header(name, cell.parent, cell.place, bold, width))


@lru_cache(maxsize=4096)
def broken_header(name: str, parent: str, place: str, bold: bool, width: float) -> tuple[str, ...]:
    """A name of the letterhead in capitals, in lines that fit the column, broken where a reader
    expects: after the leading "Chi bộ" / "Đại hội Chi bộ", or before the place name with its
    unit word ("xã Tân Long", the words of "Đảng bộ cơ sở" and "Địa danh"), never inside the place
    name, hardly ever inside a capitalised run of words. Each line and each break has a cost; the
    cheapest layout wins."""
    LINE = 1.5  # noqa: N806 - what one more line costs, against the costs of breaks below
    words = name.split()
    proper = [w[:1].isupper() for w in words]
    prefix = next(
        (i + 2 for i, w in enumerate(words[:3]) if fold(w) == "chi" and i + 1 < len(words)), 0
    )
    # A place is "Địa danh" wherever it stands, or any capitalised run after the unit word that
    # "Đảng bộ cơ sở" puts before its own name ("xã" in "Đảng bộ xã X").
    parent = parent.split()
    unit = next(
        (
            fold(w)
            for w, after in zip(parent[2:], parent[3:], strict=False)
            if w.islower() and after[:1].isupper()
        ),
        None,
    )
    place = place.split()
    starts: dict[int, int] = {}  # where a place begins → the cost of a break there
    inside: set[int] = set()
    for i in range(len(words)):
        if place and words[i : i + len(place)] == place:
            with_unit = i > 0 and fold(words[i - 1]) == unit
            starts[i - with_unit] = 0 if with_unit else 1  # a bare name may be the unit's own
            inside.update(range(i - with_unit + 1, i + len(place)))
        elif fold(words[i]) == unit and i + 1 < len(words) and proper[i + 1]:
            run = next((j for j in range(i + 1, len(words)) if not proper[j]), len(words))
            starts[i] = 0
            inside.update(range(i + 1, run))
    folded = [fold(w) for w in words]
    for phrase in KEPT_WHOLE:
        kept = fold(phrase).split()
        for i in range(len(words)):
            if folded[i : i + len(kept)] == kept:
                inside.update(range(i + 1, i + len(kept)))
    # "lần thứ VIII" and "nhiệm kỳ <year> - <year>" are read as one: a line may begin with them
    for i in range(len(words) - 2):
        phrase = {("lần", "thứ"): 3, ("nhiệm", "kỳ"): 5}.get((folded[i], folded[i + 1]), 0)
        if phrase and i + phrase <= len(words):
            starts.setdefault(i, 0)
            inside.update(range(i + 1, i + phrase))
    inside -= set(starts)

    def cost(i: int) -> float | None:
        """What a break before word i costs; None where there may be none."""
        if i == prefix:  # after "Chi bộ": good, but a break before the place reads better
            return 0.5
        if i in starts or i in inside:
            return starts.get(i)
        if not proper[i]:
            return 6 if proper[i - 1] else 3
        return 8 if proper[i - 1] else 2

    best: dict[int, tuple[float, list[int]]] = {0: (0, [])}  # line start → (cost, breaks)
    for start in range(len(words)):
        if start not in best:
            continue
        total, breaks = best[start]
        for end in range(start + 1, len(words) + 1):
            if end > start + 1 and text_width(" ".join(words[start:end]), bold) > width:
                break
            step = 0 if end == len(words) else cost(end)
            if step is not None and start + 3 == end < len(words) and folded[start] == "lần":
                step += 2  # "lần thứ II," alone on a line reads as a fragment
            if step is not None and (end not in best or total + LINE + step < best[end][0]):
                best[end] = (total + LINE + step, [*breaks, end])
    bounds = [0, *best[len(words)][1]]
    return tuple(" ".join(words[a:b]).upper() for a, b in zip(bounds, bounds[1:], strict=False))


def letterhead(
    cell: Cell,
    profile: Profile,
    superior: str,
    issuer: str,
    number: str,
    day,
    draft: bool,
    congress: bool = False,
) -> dict:
    """The first-page header: issuing body left; place and date right (blank form if no date)."""
    return {
        "superior": header_lines(superior, cell, bold=congress),
        "issuer": header_lines(issuer, cell, bold=True),
        "number": f"Số      -{number}",
        "date_line": header_date(cell.place, day, issue_year(cell, profile)),
        "draft": draft,
        "congress": congress,
    }


def cell_header(cell: Cell, profile: Profile, type_code: str, draft: bool = False) -> dict:
    return letterhead(
        cell, profile, cell.parent, cell.name, f"{type_code}/CB", cell.issue_date, draft
    )


def minutes_header(cell: Cell, profile: Profile, meeting_day, type_code: str = "BB") -> dict:
    """A biên bản is dated on the day of its meeting, in its header as in its body; so are the
    papers of the step that meeting decides (the personnel plan, its roster and requests)."""
    return letterhead(cell, profile, cell.parent, cell.name, f"{type_code}/CB", meeting_day, False)


def congress_header(cell: Cell, profile: Profile, type_code: str, draft: bool = False) -> dict:
    """Congress documents name the congress as the issuing body, with its ordinal when known
    ("LẦN THỨ VIII, NHIỆM KỲ …"), the term alone when not (SPEC §4, 36-HD)."""
    term = f"nhiệm kỳ {cell.term or profile.term}"
    name = f"Đại hội {cell.name}"
    issuer = f"Lần thứ {cell.ordinal}, {term}" if cell.ordinal else term
    header = letterhead(
        cell, profile, name, issuer, f"{type_code}/ĐH", cell.congress_date, draft, congress=True
    )
    # One flow of words, so that the ordinal rides on the name's last line where it fits and
    # a long name takes no more lines than it needs.
    return header | {
        "superior": header_lines(f"{name} {issuer.lower()}", cell, bold=True),
        "issuer": [],
    }


def committee_header(cell: Cell, profile: Profile, type_code: str, draft: bool = False) -> dict:
    """Documents drafted for the đảng ủy cơ sở to sign: its own header, date left blank."""
    return letterhead(
        cell, profile, profile.superior, committee_name(cell.parent), f"{type_code}/ĐU", None, draft
    )


def issue_year(cell: Cell, profile: Profile) -> int:
    for day in (cell.issue_date, cell.congress_date, profile.congress_start):
        if day:
            return day.year
    return dt.date.today().year


def congress_title(cell: Cell, profile: Profile) -> str:
    ordinal = f" lần thứ {cell.ordinal}" if cell.ordinal else ""
    return f"Đại hội {cell.name}{ordinal}, nhiệm kỳ {cell.term or profile.term}"


# Who signs each kind of paper (SPEC §4 "Signer and date"): the body that issues it. A kind not
# named here is a paper of the cell, signed T/M CHI BỘ by its outgoing bí thư.
PRESIDIUM, SUPERIOR, PREPARER, ELECTED = "presidium", "superior", "preparer", "elected"
SIGNED_BY = {
    "draft_resolution": PRESIDIUM,
    "congress_minutes": PRESIDIUM,
    "resolution": PRESIDIUM,
    "personnel_approval": SUPERIOR,
    "congress_script": PREPARER,
    "action_program": ELECTED,
    "results_report": ELECTED,
    "approval_request": ELECTED,
    "elected_roster": ELECTED,
}
POST_TITLES = ((SECRETARY, "BÍ THƯ"), (DEPUTY, "PHÓ BÍ THƯ"), (COMMITTEE, "CHI ỦY VIÊN"))


def signer(cell: Cell, profile: Profile, kind: str, about: Member | None = None) -> dict:
    """The signature block of a paper: capacity ("T/M CHI BỘ"), title, name, and a note.

    Only the elected presidium signs T/M ĐOÀN CHỦ TỊCH; the script is a working paper of the
    outgoing chi ủy (of the bí thư where there is none); papers after the congress are signed by
    the bí thư just elected. Only the bí thư or a phó bí thư signs T/M CHI BỘ (36-HD). Nobody
    signs a request about himself: the other of the two does, and where the cell has no other
    the đảng ủy cơ sở's standing committee issues it.
    """
    by = SIGNED_BY.get(kind)
    if by == PRESIDIUM:
        chairs = cell.assigned("Chủ tịch đại hội")
        capacity = "T/M ĐOÀN CHỦ TỊCH" if len(chairs) > 1 else "CHỦ TỊCH ĐẠI HỘI"
        # A draft is written before the presidium is elected: the capacity, no name.
        chair = chairs[0] if chairs and not kind.startswith("draft_") else None
        return sign(capacity, "", chair)
    if by == SUPERIOR:
        return sign("T/M BAN THƯỜNG VỤ", "BÍ THƯ", None)
    if by == ELECTED:
        elected = [r.member for t in tallies(cell) if t.election == "Bí thư" for r in t.elected]
        if elected:
            return sign("T/M CHI BỘ", "BÍ THƯ", elected[0])
    committee = has_committee(cell, profile)
    for post, title in POST_TITLES if by == PREPARER else POST_TITLES[:2]:
        for member in cell.members:
            if member.party_post == post and member is not about:
                if by == PREPARER:
                    return (
                        sign("T/M CHI ỦY", title, member)
                        if committee
                        else sign(f"{title} CHI BỘ", "", member)
                    )
                return sign("T/M CHI BỘ", title, member)
    if by == PREPARER:
        return sign("T/M CHI ỦY", "BÍ THƯ", None) if committee else sign("BÍ THƯ CHI BỘ", "", None)
    if about is not None and about.party_post:
        return sign(BY_COMMITTEE, "BÍ THƯ", None)  # the đảng ủy cơ sở issues it (by_committee)
    return sign("T/M CHI BỘ", "BÍ THƯ", None)


BY_COMMITTEE = "T/M BAN THƯỜNG VỤ"


def by_committee(cell: Cell, profile: Profile, kind: str, about: Member) -> bool:
    """A request about the cell's only leader is issued by the đảng ủy cơ sở, not the cell."""
    return SIGNED_BY.get(kind) != SUPERIOR and signer(cell, profile, kind, about)["capacity"] == (
        BY_COMMITTEE
    )


def sign(capacity: str, title: str, member: Member | None) -> dict:
    return {"capacity": capacity, "title": title, "name": member.name if member else "", "note": ""}


def to_committee(cell: Cell, report: bool = True) -> str:
    return f"{committee_name(cell.parent)}{' (b/c)' if report else ''}"


# Nơi nhận of a paper with "Kính gửi": its addressee is "Như trên", not named a second time.
AS_ADDRESSED = "Như trên"


def recipients(profile: Profile, *items: str, archive: str = "Chi bộ") -> list[str]:
    """Nơi nhận, one recipient a line, each ended by the profile's mark, the last "Lưu …."."""
    return [f"- {item}{profile.recipient_separator}" for item in items] + [f"- Lưu {archive}."]


def grounds(profile: Profile, texts: list[str], plan: str, result: str) -> tuple[list[str], str]:
    """The căn cứ of a tờ trình, and what leads into its request: each căn cứ on its own line
    ("- Căn cứ …;"), or the texts in one paragraph and the result before the request, as the
    profile's format guide says."""
    if profile.grounds_lines:
        return [f"- Căn cứ {t};" for t in texts] + [
            f"- Thực hiện {plan};",
            f"- Căn cứ {result};",
        ], ""
    return [f"Căn cứ {join_and(texts)}; thực hiện {plan};"], f"Căn cứ {result}, "


def base_context(cell: Cell, profile: Profile) -> dict:
    members = cell.members
    return {
        "cell_name": cell.name,
        "cell_short": short_name(cell),
        "parent": cell.parent,
        "parent_committee": committee_name(cell.parent),
        "place": cell.place,
        "venue": cell.venue,
        "term": cell.term or profile.term,
        "previous_term": cell.previous_term or profile.previous_term,
        "congress_title": congress_title(cell, profile),
        # title lines: centred, so their phrases may be held together
        "congress_name": title_phrases(
            f"Đại hội {cell.name}" + (f" lần thứ {cell.ordinal}" if cell.ordinal else "")
        ),
        "congress_heading": title_phrases(congress_title(cell, profile)),
        "congress_date": body_date(cell.congress_date),
        "congress_long_date": long_date(cell.congress_date) if cell.congress_date else DOTS,
        "opening_time": time_text(cell.opening_time),
        "plan_reference": profile.plan_citation,
        "end": profile.end_mark,
        "petition": profile.petition_word,
        "has_committee": has_committee(cell, profile),
        "leadership": leadership(cell, profile),
        "leaders_body": leaders_body(cell, profile),
        "total": format_count(len(members)),
        "official": format_count(len(cell.official_members)),
        "probationary": format_count(len(cell.probationary_members)),
        "exempt": format_count(len(cell.exempt_members)),
        "membership": membership(cell),
        "recipients": recipients(profile, to_committee(cell), "Đảng viên trong chi bộ"),
        "self_review": self_review(cell, profile),
        "charged": charged(cell, profile),
        "present_detail": "",  # who came, by status, once the congress has been held
    }


def self_review(cell: Cell, profile: Profile) -> str:
    """The self-review the congress approves: the chi ủy's report, or where there is no chi ủy
    the review of the bí thư (phó bí thư) within the summary report."""
    previous = cell.previous_term or profile.previous_term
    if has_committee(cell, profile):
        return f"Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của chi ủy nhiệm kỳ {previous}"
    return f"kiểm điểm của {leadership(cell, profile, True)} chi bộ nhiệm kỳ {previous}"


def charged(cell: Cell, profile: Profile) -> str:
    """Who carries the resolution out: the new chi ủy, else the new bí thư (and phó bí thư)."""
    term = cell.term or profile.term
    if has_committee(cell, profile):
        return f"Chi ủy Chi bộ nhiệm kỳ {term}"
    deputy = " và đồng chí Phó Bí thư" if cell.elect_deputy else ""
    return f"đồng chí Bí thư{deputy} Chi bộ nhiệm kỳ {term}"


def sorted_nominees(cell: Cell, post: str) -> list[Nomination]:
    return sort_by_name(
        cell.nominees(post), name=lambda n: n.member.name, birth=lambda n: n.member.birth_date
    )


def share(part: int, whole: int) -> str:
    if not part:
        return "không có"
    return f"{format_count(part)} đồng chí ({format_percent(part, whole)})"


def is_young(cell: Cell, profile: Profile, member: Member) -> bool:
    """A cán bộ trẻ on the congress day: the one rule of the structure count and the notes."""
    day = cell.congress_date or profile.congress_start or dt.date.today()
    return member.age_on(day) < profile.young_age


def structure(cell: Cell, profile: Profile, people: list[Member]) -> dict:
    reelected = {id(n.member) for n in cell.nominations if n.reelected}
    count = len(people)
    return {
        "women": share(sum(m.is_female for m in people), count),
        "young": share(sum(is_young(cell, profile, m) for m in people), count),
        "young_age": str(profile.young_age),
        "minority": share(sum(m.is_ethnic_minority for m in people), count),
        "reelected": share(sum(id(m) in reelected for m in people), count),
        "new": share(sum(id(m) not in reelected for m in people), count),
    }


def member_groups(cell: Cell) -> str:
    """ "chính thức: 24, trong đó 03 đồng chí được miễn sinh hoạt; dự bị: 02": the exempt are
    counted inside their group, so the figures add up to the whole."""

    def group(label: str, people) -> str:
        exempt = sum(m.exempt for m in people)
        within = f", trong đó {format_count(exempt)} đồng chí được miễn sinh hoạt" if exempt else ""
        return f"{label}: {count_or_none(len(people))}{within}"

    return "; ".join(
        group(label, people)
        for label, people in (
            ("chính thức", cell.official_members),
            ("dự bị", cell.probationary_members),
        )
    )


def membership(cell: Cell) -> str:
    """ "26 đồng chí (chính thức: 24, trong đó 03 đồng chí được miễn sinh hoạt; dự bị: 02)"."""
    return f"{comrades_count(len(cell.members))} ({member_groups(cell)})"


def count_or_none(count: int) -> str:
    return format_count(count) if count else "không có"


def attendance_text(cell: Cell) -> str:
    return (
        f"Tổng số đảng viên của chi bộ: {membership(cell)}. Có mặt: …… đồng chí; vắng: …… "
        "đồng chí (có lý do: ……, không lý do: ……)."
    )


PRESIDIUM_TITLE, CHAIR_TITLE = "Đoàn Chủ tịch", "Chủ tịch Đại hội"


def presidium_name(cell: Cell) -> str:
    """Who leads the congress: a presidium of several, or one chair."""
    return PRESIDIUM_TITLE if len(cell.assigned("Chủ tịch đại hội")) > 1 else CHAIR_TITLE


def guests_text(cell: Cell) -> str:
    """The guests in one sentence, each "đồng chí" in lower case inside it."""
    return "; ".join(
        "đồng chí" + g.removeprefix("Đồng chí") if g.startswith("Đồng chí") else g
        for g in cell.guests
    )


def join_and(items: list[str]) -> str:
    """ "A, B và C"."""
    return " và ".join(filter(None, (", ".join(items[:-1]), items[-1])))


def names(members) -> str:
    return ", ".join(m.name for m in members)


def comrades(members, label: str) -> str:
    """ "03 đồng chí vắng mặt có lý do (A, B, C)"."""
    return f"{format_count(len(members))} đồng chí {label} ({names(members)})"


def comrades_count(count: int) -> str:
    return f"{format_count(count)} đồng chí" if count else "không có"


def team(cell: Cell) -> tuple[Member | None, list[Member]]:
    leads = cell.assigned("Tổ trưởng kiểm phiếu")
    members = [m for m in cell.assigned("Tổ viên kiểm phiếu") if m not in leads[:1]]
    return (leads[0] if leads else None), members


def team_text(cell: Cell) -> str:
    lead, members = team(cell)
    if lead is None and not members:
        return f"{BLANK_NAME} (tổ trưởng), {BLANK_NAME}, {BLANK_NAME} (tổ viên)"
    parts = [f"đồng chí {lead.name} (tổ trưởng)" if lead else f"{BLANK_NAME} (tổ trưởng)"]
    parts += [f"đồng chí {m.name}" for m in members]
    return (
        f"{format_count(len(parts))} đồng chí: "
        + ", ".join(parts)
        + (" (tổ viên)" if members else "")
    )


def ballot_instruction(seats: int, listed: int) -> str:
    """How to mark a ballot: cross out names on a list with a surplus, else tick a box."""
    if listed > seats:
        return (
            f"Bầu không quá {format_count(seats)} đồng chí. Đồng chí nào không bầu thì gạch "
            "ngang cả họ và tên đồng chí đó"
        )
    if listed == 1:
        return "Đánh dấu X vào ô “Đồng ý” hoặc ô “Không đồng ý”"
    return "Ở từng dòng, đánh dấu X vào ô “Đồng ý” hoặc ô “Không đồng ý”"

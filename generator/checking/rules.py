"""Stage 3: the rules of SPEC §3 applied to the model, with the numbers of the rules profile.

Every finding names the sheet, Excel row and column to fix, and says how.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict

from ..findings import ERROR, WARNING, Finding
from ..reading import schema
from ..reading.model import SELF_REVIEW, SUMMARY, Cell, Congresses, Member, at, same_row
from ..reading.workbook import fold
from ..textvn import body_date, format_count, format_number
from ..writing.paths import cell_folder_name
from .election import ELECTION_NAMES, LIST_POST, check_congress, on_list, seats_of
from .opinion_rules import check_opinions
from .profile import (
    PROFILE_KEY,
    SHEET,
    Profile,
    fitting_profile,
    plan_reference_complete,
    reference_date,
)

COMMITTEE = "Chi ủy viên"
SECRETARY = "Bí thư"
DEPUTY = "Phó bí thư"
DELEGATE = "Đại biểu dự đại hội cấp trên"
# Profile keys whose source a finding cites.
MINIMUM, PREPARED = "Số chi ủy viên tối thiểu", "Số dư cấp ủy chuẩn bị (%)"
DEPUTY_RULE, LEVELS = "Chi ủy bầu phó bí thư", "Cấp không còn"
REVIEW = "Số ngày đảng ủy xem xét nhân sự"
HEAD_WORDS = ("trưởng", "giám đốc", "thủ trưởng", "chánh", "chủ tịch", "phó", "chỉ huy")


def validate(congresses: Congresses, profile: Profile) -> list[Finding]:
    findings: list[Finding] = []
    if not congresses.cells:
        findings.append(
            Finding(
                ERROR,
                "no-cells",
                'Sheet "Chi bộ" chưa có chi bộ nào. Hãy nhập mỗi chi bộ một dòng, từ dòng 2.',
                sheet="Chi bộ",
                row=2,
            )
        )
    for cell in congresses.cells:
        findings += check_cell(cell, profile)
    return findings + check_folders(congresses.cells)


def check_folders(cells: list[Cell]) -> list[Finding]:
    """Two cells whose folder names are the same once made safe for Windows (which ignores
    case) would write into one folder: an error on both rows."""
    groups = defaultdict(list)
    for cell in cells:
        groups[cell_folder_name(cell.code, cell.name).casefold()].append(cell)
    findings = []
    for group in (g for g in groups.values() if len(g) > 1):
        for cell in group:
            others = ", ".join(f"dòng {o.origin.row} (mã {o.code})" for o in group if o is not cell)
            findings.append(
                at(
                    cell.origin,
                    "code",
                    ERROR,
                    "folder-collision",
                    f'mã "{cell.code}" và tên chi bộ cho thư mục hồ sơ '
                    f'"{cell_folder_name(cell.code, cell.name)}", trùng với chi bộ ở {others} '
                    "(tên thư mục không phân biệt chữ hoa, chữ thường; các ký tự "
                    '\\ / : * ? " < > | được thay bằng "-"). Hãy đổi mã chi bộ cho khác.',
                    cell_code=cell.code,
                )
            )
    return findings


def check_cell(cell: Cell, profile: Profile) -> list[Finding]:
    out: list[Finding] = []

    def add(row, key, severity, code, reason, header=None):
        out.append(at(row, key, severity, code, reason, cell_code=cell.code, header=header))

    check_code(cell, add)
    check_dates(cell, profile, add)
    check_terms(cell, profile, add)
    check_members(cell, add)
    check_nominees(cell, profile, add)
    check_assignments(cell, add)
    check_narrative(cell, add)
    check_admitted(cell, add)
    check_good_members(cell, add)
    check_opinions(cell, add)
    check_levels(cell, profile, add)
    if cell.complete:
        # Counts and lists judged on rows that were left out would only repeat their finding.
        check_committee(cell, profile, add)
        check_posts(cell, profile, add)
        check_structure(cell, profile, add)
        check_roles(cell, add)
        check_congress(cell, profile, add)
    return out


def check_code(cell: Cell, add) -> None:
    """A code names the cell's folder and is shown in its papers: it needs a letter or a digit,
    and no braces (template syntax such as {{ 7*7 }} is never a code)."""
    if any(c.isalnum() for c in cell.code) and not {"{", "}"} & set(cell.code):
        return
    add(
        cell.origin,
        "code",
        ERROR,
        "bad-code",
        f'mã chi bộ "{cell.code}" không dùng được làm tên (cần có chữ hoặc số, không có dấu '
        '"{" "}"). Hãy ghi một mã ngắn gồm chữ và số, ví dụ "CB01".',
    )


def official_phrase(cell: Cell) -> str:
    return f"{cell.name} có {format_count(len(cell.official_members))} đảng viên chính thức"


def check_dates(cell: Cell, profile: Profile, add) -> None:
    day = cell.congress_date
    if day is None:
        return
    check_window(cell, profile, add)
    latest = profile.latest_notice_date(day)
    advised = profile.last_working_day(latest)
    if cell.notice_date is None:
        add(
            cell.origin,
            "notice_date",
            WARNING,
            "notice-missing",
            f"chưa ghi ngày thông báo thời gian khai mạc. Để đủ {profile.notice_working_days} "
            f"ngày làm việc trước đại hội, chậm nhất phải thông báo ngày {body_date(advised)}.",
        )
    elif cell.notice_date >= day:
        add(
            cell.origin,
            "notice_date",
            ERROR,
            "notice-too-late",
            f"ngày thông báo khai mạc {body_date(cell.notice_date)} không trước ngày đại hội "
            f"{body_date(day)}. Phải thông báo trước ít nhất {profile.notice_working_days} ngày "
            f"làm việc, tức chậm nhất ngày {body_date(advised)}.",
        )
    elif cell.notice_date > latest:
        counted = profile.working_days_between(cell.notice_date, day)
        add(
            cell.origin,
            "notice_date",
            ERROR,
            "notice-too-late",
            f"thông báo ngày {body_date(cell.notice_date)} chỉ trước đại hội "
            f"{format_count(counted)} ngày làm việc, chưa đủ {profile.notice_working_days} ngày "
            f"làm việc (không tính thứ Bảy, Chủ nhật, ngày lễ, Tết và ngày nghỉ bù). Hãy thông "
            f"báo chậm nhất ngày {body_date(advised)} hoặc lùi ngày đại hội.",
        )
    if cell.nominations and cell.personnel_meeting_date is None:
        add(
            cell.origin,
            "personnel_meeting_date",
            WARNING,
            "step-date-missing",
            "chưa ghi ngày họp lấy ý kiến nhân sự. Phương án nhân sự, danh sách trích ngang và "
            "phiếu lấy ý kiến nơi cư trú mang ngày của bước này (chi bộ biểu quyết nhân sự), "
            "nên sẽ in ngày để trống; hãy ghi ngày họp.",
        )
    check_review_time(cell, profile, add)
    check_plan_order(cell, profile, add)
    for key, label in (
        ("issue_date", "ngày ban hành văn bản"),
        ("personnel_meeting_date", "ngày họp lấy ý kiến nhân sự"),
        ("opinion_meeting_date", "ngày họp góp ý văn kiện"),
    ):
        value = getattr(cell, key)
        if value and value > day:
            add(
                cell.origin,
                key,
                WARNING,
                "bad-date",
                f"{label} {body_date(value)} sau ngày đại hội {body_date(day)}. Văn bản chuẩn bị "
                "đại hội phải có trước ngày đại hội; hãy kiểm tra lại.",
            )


def check_review_time(cell: Cell, profile: Profile, add) -> None:
    """The chi bộ votes on its personnel plan early enough before the congress for the đảng ủy
    to agree it and for the residence committees to answer the requests dated that day."""
    day, vote = cell.congress_date, cell.personnel_meeting_date
    needed = profile.personnel_review_days
    if not needed or vote is None or vote > day or (day - vote).days >= needed:
        return  # a vote after the congress is a bad-date of its own
    gap = (day - vote).days
    before = f"chỉ trước đại hội {format_count(gap)} ngày" if gap else "đúng ngày đại hội"
    add(
        cell.origin,
        "personnel_meeting_date",
        profile.severity(REVIEW),
        "personnel-review-time",
        f"chi bộ họp biểu quyết nhân sự ngày {body_date(vote)}, {before}; đảng ủy cần ít nhất "
        f"{format_count(needed)} ngày để xem xét, thống nhất nhân sự và nhận lại phiếu nhận "
        f'xét của nơi cư trú (sheet "{SHEET}", khóa "{REVIEW}"; nguồn: '
        f"{profile.rule(REVIEW).source}). Hãy họp chậm nhất ngày "
        f"{body_date(day - dt.timedelta(needed))} hoặc lùi ngày đại hội.",
    )


# The step dates whose papers open "Thực hiện <the guiding plan>": the notice, the personnel plan
# (dated on the chi bộ's vote) and the papers dated "Ngày ban hành".
PLAN_STEPS = (
    ("notice_date", "ngày thông báo khai mạc"),
    ("personnel_meeting_date", "ngày họp lấy ý kiến nhân sự"),
    ("issue_date", "ngày ban hành văn bản"),
)


def check_plan_order(cell: Cell, profile: Profile, add) -> None:
    """No paper implements a plan issued after it."""
    plan = reference_date(profile.plan_reference or "")
    if plan is None or not plan_reference_complete(profile.plan_reference):
        return
    for key, label in PLAN_STEPS:
        value = getattr(cell, key)
        if value and value < plan:
            add(
                cell.origin,
                key,
                WARNING,
                "step-before-plan",
                f"{label} {body_date(value)} trước ngày của văn bản chỉ đạo ({body_date(plan)}), "
                f'trong khi văn bản của bước này ghi "Thực hiện" văn bản đó. Hãy kiểm tra lại '
                f'ngày này, hoặc khóa "Văn bản chỉ đạo" ở sheet "{SHEET}".',
            )


def check_window(cell: Cell, profile: Profile, add) -> None:
    """The congress date against the profile's window, or against the end of the outgoing term
    (its congress's date plus its length when known, else its last year)."""
    day = cell.congress_date
    start, end = profile.congress_start, profile.congress_end
    other = fitting_profile(profile, day)
    advice = (
        f' Nếu ngày đại hội đúng, hãy chọn bộ quy định "{other.name}" (sheet "Cấu hình", khóa '
        f'"{PROFILE_KEY}").'
        if other
        else ""
    )
    if (start or end) and not (start or day) <= day <= (end or day):
        bounds = " ".join(
            f"{word} {body_date(bound)}" for word, bound in (("từ", start), ("đến", end)) if bound
        )
        add(
            cell.origin,
            "congress_date",
            ERROR,
            "congress-date-window",
            f"ngày đại hội {body_date(day)} nằm ngoài thời gian kế hoạch cho phép ({bounds})."
            + (advice or " Hãy chọn ngày trong khoảng này."),
        )
    elif not profile.fits(day):
        add(
            cell.origin,
            "congress_date",
            WARNING,
            "profile-period",
            f'ngày đại hội {body_date(day)} ngoài thời gian áp dụng của bộ quy định "{profile.name}" '
            f"({profile_period(profile)}).{advice}",
        )
    previous = cell.previous_term or profile.previous_term
    years = [int(y) for y in re.findall(r"\d{4}", previous or "")]
    months = profile.term_margin_months
    if months is None or not years:
        return
    held = cell.previous_congress_date
    if held and len(years) == 2:
        ends = add_months(held, 12 * (years[1] - years[0]))
        earliest, latest, since = (
            add_months(ends, -months),
            add_months(ends, months),
            body_date(ends),
        )
    else:
        earliest = add_months(dt.date(years[-1], 1, 1), -months)
        latest = add_months(dt.date(years[-1], 12, 31), months)
        since = f"năm {years[-1]}"
    column = '"Ngày đại hội nhiệm kỳ trước"' if held else '"Nhiệm kỳ trước"'
    if not earliest <= day <= latest:
        add(
            cell.origin,
            "congress_date",
            WARNING,
            "congress-date-window",
            f"ngày đại hội {body_date(day)} cách lúc hết nhiệm kỳ {previous} ({since}) quá "
            f"{format_count(months)} tháng (nên trong khoảng {body_date(earliest)} – "
            f"{body_date(latest)}). Hãy kiểm tra ngày đại hội hoặc cột {column}.",
        )


def profile_period(profile: Profile) -> str:
    parts = (("từ", profile.valid_from), ("đến", profile.valid_until))
    return " ".join(f"{word} {body_date(day)}" for word, day in parts if day)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def check_terms(cell: Cell, profile: Profile, add) -> None:
    """A profile without a default term leaves it to the workbook (SPEC §3 "Profiles")."""
    for key, value, default in (
        ("term", cell.term, profile.term),
        ("previous_term", cell.previous_term, profile.previous_term),
    ):
        if value or default:
            continue
        setting = "Nhiệm kỳ" if key == "term" else "Nhiệm kỳ trước"
        add(
            cell.origin,
            key,
            ERROR,
            "setting-missing",
            f'chưa có {setting.lower()}: bộ quy định "{profile.name}" không có giá trị mặc định. '
            f'Hãy ghi ô này (ví dụ "{example_term(key)}"), hoặc ghi một lần cho mọi chi bộ ở '
            f'sheet "Cấu hình": Khóa "{setting}".',
        )


def example_term(key: str) -> str:
    """An example term in the format the documents print, computed, never a fixed year."""
    year = dt.date.today().year
    return f"{year} - {year + 5}" if key == "term" else f"{year - 5} - {year}"


def check_members(cell: Cell, add) -> None:
    if not cell.members and cell.complete:
        add(
            cell.origin,
            "code",
            ERROR,
            "no-members",
            f'chưa có đảng viên nào của chi bộ mã "{cell.code}" ở sheet "Đảng viên". Hãy nhập '
            "danh sách đảng viên của chi bộ.",
        )
    seen: dict[tuple[str, dt.date], Member] = {}
    for member in cell.members:
        key = (fold(member.name), member.birth.date)
        if key in seen and same_row(member, seen[key]):
            add(
                member.origin,
                "name",
                ERROR,
                "duplicate-person",
                f'dòng {member.origin.row} và dòng {seen[key].origin.row} sheet "Đảng viên" '
                f'ghi y hệt nhau ("{member.name}"): một đảng viên được nhập hai lần. Hãy xóa '
                "dòng thừa.",
            )
        elif key in seen:
            add(
                member.origin,
                "name",
                WARNING,
                "duplicate-person",
                f'"{member.name}" cùng ngày sinh đã có ở dòng {seen[key].origin.row}; có thể là '
                "dòng nhập trùng. Hãy xóa dòng thừa.",
            )
        seen[key] = member
        if member.confirmed and member.confirmed < member.joined:
            add(
                member.origin,
                "confirmed",
                ERROR,
                "bad-date",
                f"ngày chính thức {body_date(member.confirmed)} trước ngày vào Đảng "
                f"{body_date(member.joined)}. Hãy sửa lại ngày.",
            )
        if member.joined <= member.birth.date:
            add(
                member.origin,
                "joined",
                ERROR,
                "bad-date",
                f"ngày vào Đảng {body_date(member.joined)} không sau ngày sinh. Hãy sửa lại.",
            )
        if cell.congress_date and member.joined > cell.congress_date:
            add(
                member.origin,
                "joined",
                ERROR,
                "bad-date",
                f"ngày vào Đảng {body_date(member.joined)} sau ngày đại hội. Hãy sửa lại.",
            )
        if (
            not member.is_official
            and cell.congress_date
            and (cell.congress_date - member.joined).days > 366
        ):
            add(
                member.origin,
                "status",
                WARNING,
                "probation-overdue",
                f"{member.name} vào Đảng ngày {body_date(member.joined)}, đã quá 12 tháng dự bị "
                'tính đến ngày đại hội. Nếu đã được công nhận chính thức, hãy sửa "Tình trạng" '
                'và ghi "Ngày chính thức"; nếu chưa, đề nghị chi bộ xét công nhận.',
            )
        if not member.is_official and member.confirmed:
            add(
                member.origin,
                "status",
                WARNING,
                "bad-value",
                f'đã có ngày chính thức {body_date(member.confirmed)} nhưng tình trạng là "Dự '
                'bị". Nếu đã được công nhận chính thức, hãy sửa thành "Chính thức".',
            )


def check_committee(cell: Cell, profile: Profile, add) -> None:
    official = len(cell.official_members)
    seats = cell.committee_seats or 0
    highest = profile.max_committee_seats(official)
    nominees = cell.nominees(COMMITTEE)
    if highest is None:
        if seats:
            add(
                cell.origin,
                "committee_seats",
                ERROR,
                "committee-not-allowed",
                f"{official_phrase(cell)} nên không bầu chi ủy (Điều lệ Đảng, Điều 24; cần từ "
                f"{format_count(profile.committee_threshold)} đảng viên chính thức). Xóa ô "
                f'"Số chi ủy viên" ở dòng {cell.origin.row} sheet "Chi bộ".',
            )
        for nomination in nominees:
            add(
                nomination.origin,
                "post",
                ERROR,
                "committee-not-allowed",
                f"{official_phrase(cell)} nên không bầu chi ủy; chỉ dự kiến bí thư và (nếu cần) "
                'phó bí thư. Hãy đổi "Dự kiến" thành "Bí thư" hoặc "Phó bí thư", hoặc xóa dòng.',
            )
        return
    allowed = (
        f"đúng {format_count(highest)}"
        if profile.committee_min >= highest
        else f"từ {format_count(profile.committee_min)} đến {format_count(highest)}"
    )
    if not seats:
        add(
            cell.origin,
            "committee_seats",
            ERROR,
            "committee-size",
            f"{official_phrase(cell)} nên phải bầu chi ủy. Hãy ghi số chi ủy viên cần bầu "
            f"({allowed}).",
        )
        return
    if seats > highest or (seats < profile.committee_min and profile.severity(MINIMUM) == ERROR):
        add(
            cell.origin,
            "committee_seats",
            ERROR,
            "committee-size",
            f"{official_phrase(cell)} nên bầu {allowed} chi ủy viên, nhưng ô ghi "
            f"{format_count(seats)}. Hãy sửa số chi ủy viên cần bầu.",
        )
        return
    if seats < profile.committee_min:
        add(
            cell.origin,
            "committee_seats",
            WARNING,
            "committee-size",
            f"{cell.name} bầu {format_count(seats)} chi ủy viên, ít hơn "
            f"{format_count(profile.committee_min)} (nguồn: {profile.rule(MINIMUM).source}). "
            "Hãy kiểm tra lại với đảng ủy cơ sở.",
        )
    check_deputy_planned(cell, profile, add)
    fewest, most = profile.surplus_range(seats)
    count = len(nominees)
    if not seats + fewest <= count <= seats + most:
        wanted = (
            f"đúng {format_count(seats + fewest)}"
            if fewest == most
            else f"từ {format_count(seats + fewest)} đến {format_count(seats + most)}"
        )
        where = nominees[0].origin if nominees else cell.origin
        key = "post" if nominees else "committee_seats"
        add(
            where,
            key,
            ERROR,
            "candidate-surplus",
            f"{cell.name} bầu {format_count(seats)} chi ủy viên nên danh sách bầu cử phải có "
            f'{wanted} người (số dư theo Quy chế bầu cử), nhưng sheet "Nhân sự" có '
            f'{format_count(count)} người dự kiến "Chi ủy viên". Hãy thêm hoặc bớt người.',
        )
    check_prepared_surplus(cell, profile, seats, count, add)
    members_of_committee = {id(n.member) for n in nominees}
    for post in (SECRETARY, DEPUTY):
        for nomination in cell.nominees(post):
            if id(nomination.member) not in members_of_committee:
                add(
                    nomination.origin,
                    "name",
                    ERROR,
                    "secretary-not-in-committee",
                    f"{nomination.member.name} được dự kiến {post.lower()} nhưng không có trong "
                    "danh sách dự kiến chi ủy viên; bí thư, phó bí thư được bầu trong số chi ủy "
                    f'viên. Hãy thêm một dòng "Chi ủy viên" cho đồng chí này ở sheet "Nhân sự".',
                )


def check_prepared_surplus(cell: Cell, profile: Profile, seats: int, count: int, add) -> None:
    """The list the outgoing chi ủy prepares carries the profile's surplus (10–15 %, at least
    one); a larger one is for the congress to decide: a warning, not an error."""
    if profile.prepared_surplus is None or not seats < count:
        return
    low, high = profile.prepared_surplus
    low_count, high_count = -(-seats * low // 100), max(1, seats * high // 100)
    if low_count <= count - seats <= high_count:
        return
    rule = profile.rule(PREPARED)
    add(
        cell.nominees(COMMITTEE)[0].origin,
        "post",
        WARNING,
        "prepared-surplus",
        f"danh sách dự kiến {format_count(count)} người cho {format_count(seats)} chi ủy viên, dư "
        f"{format_count(count - seats)} người, ngoài số dư {low}–{high}% mà chi ủy chuẩn bị "
        f"(ở đây dư {format_count(high_count)}; nguồn: {rule.source}). Số dư lớn hơn do đại hội "
        "quyết định; hãy kiểm tra lại danh sách.",
    )


def check_deputy_planned(cell: Cell, profile: Profile, add) -> None:
    if not profile.deputy_expected or cell.elect_deputy:
        return
    add(
        cell.origin,
        "elect_deputy",
        WARNING,
        "deputy-not-planned",
        f'{cell.name} bầu chi ủy nhưng ô "Bầu phó bí thư" đang trống (nguồn: '
        f'{profile.rule(DEPUTY_RULE).source}). Nếu đại hội bầu phó bí thư, hãy ghi "Có" và '
        'thêm người dự kiến ở sheet "Nhân sự".',
    )


def check_levels(cell: Cell, profile: Profile, add) -> None:
    """Góp ý on the draft of a level the profile has no more (a district after its abolition)."""
    for opinion in cell.opinions:
        level = next((lv for lv in profile.missing_levels if has_level(opinion.draft, lv)), None)
        if level:
            add(
                opinion.origin,
                "draft",
                WARNING,
                "opinion-missing-level",
                f'dự thảo "{opinion.draft}" là văn kiện của cấp {level}, cấp mà bộ quy định '
                f'"{profile.name}" không còn ({profile.rule(LEVELS).source}). Hãy ghi đúng văn '
                "kiện của đảng bộ cấp trên hiện nay.",
            )


def has_level(draft: str, level: str) -> bool:
    return re.search(rf"\bđảng bộ {re.escape(fold(level))}\b", fold(draft)) is not None


def check_posts(cell: Cell, profile: Profile, add) -> None:
    """Each post to elect has its nominees, in the numbers the rules allow."""
    if not cell.nominees(SECRETARY):
        add(
            cell.origin,
            "code",
            ERROR,
            "secretary-missing",
            f'{cell.name} chưa có người dự kiến bí thư. Hãy thêm ở sheet "Nhân sự" một dòng '
            '"Dự kiến" là "Bí thư".',
            header="Mã chi bộ",
        )
    deputies = cell.nominees(DEPUTY)
    if cell.elect_deputy and not deputies:
        add(
            cell.origin,
            "elect_deputy",
            ERROR,
            "secretary-missing",
            'đại hội bầu phó bí thư nhưng chưa có người dự kiến. Hãy thêm ở sheet "Nhân sự" một '
            'dòng "Dự kiến" là "Phó bí thư", hoặc xóa ô "Bầu phó bí thư".',
        )
    if deputies and not cell.elect_deputy:
        add(
            deputies[0].origin,
            "post",
            WARNING,
            "bad-value",
            f'có người dự kiến phó bí thư nhưng ô "Bầu phó bí thư" ở dòng {cell.origin.row} sheet '
            '"Chi bộ" đang trống. Hãy ghi "Có" ở ô đó nếu đại hội bầu phó bí thư.',
        )
    delegates = cell.nominees(DELEGATE)
    wanted = cell.delegate_seats or 0
    most = wanted + max(1, wanted * profile.surplus_max_percent // 100)
    if wanted and not wanted <= len(delegates) <= most:
        add(
            cell.origin,
            "delegate_seats",
            ERROR,
            "candidate-surplus",
            f"bầu {format_count(wanted)} đại biểu dự đại hội cấp trên nhưng có "
            f"{format_count(len(delegates))} người dự kiến; danh sách phải có từ "
            f"{format_count(wanted)} đến {format_count(most)} người (số dư không quá "
            f'{profile.surplus_max_percent}%, ít nhất được dư 01). Hãy sửa ở sheet "Nhân sự".',
        )
    if wanted and not profile.delegates:
        add(
            cell.origin,
            "delegate_seats",
            WARNING,
            "delegates-not-in-profile",
            f'bộ quy định "{profile.name}" không bầu đại biểu dự đại hội cấp trên, nhưng ô này '
            f"ghi {format_count(wanted)} đại biểu. Nếu cấp trên đã phân bổ số đại biểu cho chi "
            "bộ thì giữ nguyên; nếu không, hãy xóa ô này.",
        )
    if delegates and not wanted:
        add(
            delegates[0].origin,
            "post",
            ERROR,
            "bad-value",
            'có người dự kiến đại biểu dự đại hội cấp trên nhưng ô "Số đại biểu dự đại hội cấp '
            f'trên" ở dòng {cell.origin.row} sheet "Chi bộ" đang trống. Hãy ghi số đại biểu.',
        )


def check_nominees(cell: Cell, profile: Profile, add) -> None:
    """Each nominee may stand: official, not exempt, not twice, votes within the members."""
    official = len(cell.official_members)
    seen: set[tuple[int, str]] = set()
    for nomination in cell.nominations:
        member = nomination.member
        if (id(member), nomination.post) in seen:
            add(
                nomination.origin,
                "name",
                WARNING,
                "duplicate-person",
                f"{member.name} đã có dòng dự kiến {nomination.post.lower()}. Hãy xóa dòng trùng.",
            )
        seen.add((id(member), nomination.post))
        if not member.is_official:
            add(
                nomination.origin,
                "name",
                ERROR,
                "nominee-not-official",
                f"{member.name} là đảng viên dự bị nên không được ứng cử (Điều lệ Đảng, Điều 3). "
                "Hãy chọn người khác hoặc xóa dòng này.",
            )
        elif member.exempt:
            add(
                nomination.origin,
                "name",
                WARNING,
                "nominee-exempt",
                f"{member.name} đang được miễn sinh hoạt đảng; hãy cân nhắc khi giới thiệu.",
            )
        votes = (nomination.votes_for or 0) + (nomination.votes_against or 0)
        if votes > official:
            add(
                nomination.origin,
                "votes_for",
                ERROR,
                "bad-value",
                f"tổng số phiếu ({votes}) nhiều hơn số đảng viên chính thức ({official}) của chi "
                "bộ. Hãy kiểm tra lại số phiếu.",
            )


def check_structure(cell: Cell, profile: Profile, add) -> None:
    """Structure goals of the district plan for the chi ủy list: warnings, never errors.

    A cell without chi ủy elects one or two people; judging their age or sex would be noise.
    """
    leaders = cell.nominees(COMMITTEE)
    if not leaders:
        check_secretary_post(cell, profile, add)
        return
    people = {id(n.member): n.member for n in leaders}.values()
    first = leaders[0].origin
    if (
        profile.goal_young
        and cell.congress_date
        and not any(m.age_on(cell.congress_date) < profile.young_age for m in people)
    ):
        add(
            first,
            "name",
            WARNING,
            "structure-goal",
            f"chưa có cán bộ trẻ (dưới {profile.young_age} tuổi) trong nhân sự dự kiến; cần phấn "
            f"đấu tăng tỷ lệ cán bộ trẻ (nguồn: {profile.rule('Cơ cấu cán bộ trẻ').source}).",
        )
    if profile.goal_women and not any(m.is_female for m in people):
        add(
            first,
            "name",
            WARNING,
            "structure-goal",
            "chưa có cán bộ nữ trong nhân sự dự kiến; cần phấn đấu cơ cấu cán bộ nữ (nguồn: "
            f"{profile.rule('Cơ cấu cán bộ nữ').source}).",
        )
    check_secretary_post(cell, profile, add)


def check_secretary_post(cell: Cell, profile: Profile, add) -> None:
    for nomination in cell.nominees(SECRETARY):
        member = nomination.member
        post = fold(member.public_post)
        held = f'chức vụ của {member.name} là "{member.public_post or "(trống)"}".'
        if profile.goal_hamlet_head and cell.kind == "Ấp" and "trưởng ấp" not in post:
            add(
                nomination.origin,
                "name",
                WARNING,
                "structure-goal",
                f"kế hoạch chủ trương bí thư chi bộ ấp đồng thời là trưởng ấp, nhưng {held}",
            )
        if (
            profile.goal_unit_head
            and cell.kind in ("Cơ quan", "Đơn vị sự nghiệp")
            and not any(w in post for w in HEAD_WORDS)
        ):
            add(
                nomination.origin,
                "name",
                WARNING,
                "structure-goal",
                "kế hoạch chủ trương bí thư chi bộ cơ quan, đơn vị sự nghiệp là thủ trưởng hoặc "
                f"cấp phó, nhưng {held}",
            )


def check_assignments(cell: Cell, add) -> None:
    lists = {
        election: {id(m) for m in on_list(cell, election)}
        for election in LIST_POST
        if seats_of(cell, election)
    }
    for assignment in cell.assignments:
        if "kiểm phiếu" not in assignment.task:
            continue
        member = assignment.member
        if not member.is_official:
            add(
                assignment.origin,
                "name",
                ERROR,
                "counting-team",
                f"{member.name} là đảng viên dự bị nên không được tham gia tổ kiểm phiếu (Quy chế "
                "bầu cử trong Đảng). Hãy phân công đảng viên chính thức khác.",
            )
        elif member.exempt:
            add(
                assignment.origin,
                "name",
                WARNING,
                "counting-team",
                f"{member.name} đang được miễn sinh hoạt đảng; hãy cân nhắc phân công người khác "
                "vào tổ kiểm phiếu.",
            )
        for election, people in lists.items():
            if member.is_official and id(member) in people:
                add(
                    assignment.origin,
                    "name",
                    ERROR,
                    "counting-team",
                    f"{member.name} có tên trong danh sách bầu cử {ELECTION_NAMES[election]} nên "
                    f"không được ở tổ kiểm phiếu khi bầu {ELECTION_NAMES[election]} (tổ kiểm "
                    "phiếu gồm đảng viên chính thức không có tên trong danh sách bầu cử, Quy chế "
                    "bầu cử trong Đảng). Hãy phân công người khác.",
                )


def check_roles(cell: Cell, add) -> None:
    """Every part of the congress script has someone assigned."""
    tasks = [
        "Dẫn chương trình",
        "Chủ tịch đại hội",
        "Thư ký",
        "Tổ trưởng kiểm phiếu",
        "Trình bày báo cáo tổng kết",
    ]
    if cell.nominees(COMMITTEE) or cell.committee_seats:
        tasks.append("Trình bày báo cáo kiểm điểm")
    for task in tasks:
        if not cell.assigned(task):
            add(
                cell.origin,
                "code",
                WARNING,
                "role-missing",
                f'chưa phân công "{task}" ở sheet "Phân công"; kịch bản đại hội sẽ để trống '
                "chỗ ghi tên.",
                header="Mã chi bộ",
            )


def check_admitted(cell: Cell, add) -> None:
    """The new members the yearly rows add up to are the result of the target for them."""
    yearly = [c.admitted for c in cell.classifications if c.admitted is not None]
    if not yearly:
        return
    for target in cell.targets:
        result = target.result
        if "kết nạp" in fold(target.name) and result is not None and result != sum(yearly):
            add(
                target.origin,
                "result",
                WARNING,
                "admitted-mismatch",
                f'chỉ tiêu "{target.name}" ghi kết quả {format_number(result)}, nhưng cột '
                f'"Kết nạp mới" ở sheet "Xếp loại" cộng lại là {sum(yearly)}. Hãy sửa cho '
                "khớp để báo cáo không tự mâu thuẫn.",
            )


def check_good_members(cell: Cell, add) -> None:
    """The share of members rated "hoàn thành tốt nhiệm vụ trở lên" that a target reports lies
    within the yearly shares of the rows on "Xếp loại"."""
    shares = []
    for c in cell.classifications:
        counts = (c.excellent, c.good, c.done, c.failed)
        if None not in counts and sum(counts):
            shares.append(round(100 * (c.excellent + c.good) / sum(counts), 2))
    if not shares:
        return
    for target in cell.targets:
        name, result = fold(target.name), target.result
        if (
            "đảng viên hoàn thành tốt nhiệm vụ trở lên" in name
            and target.unit == "%"
            and result is not None
            and not min(shares) <= result <= max(shares)
        ):
            add(
                target.origin,
                "result",
                WARNING,
                "good-members-mismatch",
                f'chỉ tiêu "{target.name}" ghi kết quả {format_number(result)}%, nhưng theo '
                'sheet "Xếp loại" tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên từng năm là '
                f"{', '.join(f'{format_number(x)}%' for x in shares)}. Hãy sửa cho khớp để báo "
                "cáo không tự mâu thuẫn.",
            )


def expected_sections(cell: Cell) -> dict[str, tuple[str, ...]]:
    return {
        SUMMARY: schema.summary_sections(cell.kind),
        SELF_REVIEW: schema.SELF_REVIEW_SECTIONS,
    }


def check_narrative(cell: Cell, add) -> None:
    for document, sections in expected_sections(cell).items():
        present = {fold(p.section) for p in cell.paragraphs_of(document)}
        missing = [s for s in sections if fold(s) not in present]
        known = {fold(s) for s in sections}
        if not cell.kind:  # unreadable, with its own finding: no guess at its field section
            known |= {fold(s) for s in schema.ALL_FIELDS}
        for paragraph in cell.paragraphs_of(document):
            if fold(paragraph.section) not in known:
                add(
                    paragraph.origin,
                    "section",
                    WARNING,
                    "unknown-section",
                    f'mục "{paragraph.section}" không có trong mẫu {document.lower()}; đoạn này '
                    f"sẽ được in ở cuối báo cáo. Các mục của mẫu: {', '.join(sections)}.",
                )
        if missing:
            add(
                cell.origin,
                "code",
                WARNING,
                "section-missing",
                f"{document} của {cell.name} chưa có nội dung các mục: {', '.join(missing)}. "
                f'Hãy nhập ở sheet "Nội dung" (văn bản sẽ in chỗ trống để bổ sung).',
                header="Mã chi bộ",
            )

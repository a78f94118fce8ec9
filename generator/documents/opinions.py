"""Documents on the opinions about the draft documents, and the preparation checklist.

The district plan (II.2) has the cell gather opinions on the drafts of the higher congresses and
of its own at a cell meeting close to the congress, with minutes; an Ấp cell also hears its front
committee, the mass organisations and retired cadres. II.5 points to the guide of the congress steps (HD 01, point 14) for the
decoration and steps of the congress, which the checklist turns into tick boxes.
"""

from __future__ import annotations

from ..checking.profile import Profile
from ..checking.rules import COMMITTEE, DELEGATE, DEPUTY, SECRETARY
from ..reading.model import Cell, Member, Opinion
from ..reading.schema import OWN_DRAFTS
from ..textvn import body_date, format_count, long_date, sort_by_name, time_text
from .common import (
    AS_ADDRESSED,
    BLANK_NAME,
    Document,
    attendance_text,
    base_context,
    cell_header,
    committee_name,
    guests_text,
    has_committee,
    letterhead,
    member_groups,
    minutes_header,
    outgoing,
    recipients,
)

OUTSIDE_HAMLET = "Ban công tác Mặt trận, các đoàn thể, cán bộ hưu trí"
OUTSIDE_OTHER = "các đoàn thể chính trị - xã hội"
BLANK_DAY = "ngày …… tháng …… năm ……"


def outside_label(cell: Cell) -> str:
    """How the givers who are not members of the cell are named as a group (mid-sentence)."""
    return OUTSIDE_HAMLET if cell.kind == "Ấp" else OUTSIDE_OTHER


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", "…", ":", ";")) else text + "."


# Words of address a giver's name may start with; mid-sentence they are written in lower case.
ADDRESS_WORDS = ("Ông ", "Bà ", "Anh ", "Chị ", "Đồng chí ")


def mid_sentence(giver: str) -> str:
    """ "Ông Trương Văn Mười (cán bộ hưu trí)" as written after a colon or a semicolon."""
    return giver[:1].lower() + giver[1:] if giver.startswith(ADDRESS_WORDS) else giver


def giver_label(opinion: Opinion) -> str:
    return f"Đồng chí {opinion.member.name}" if opinion.member else opinion.giver


def draft_of(opinion: Opinion, profile: Profile) -> str:
    """The draft as the profile spells it, or the name the clerk wrote."""
    return profile.draft_named(opinion.draft) or opinion.draft


def by_draft(cell: Cell, profile: Profile) -> list[tuple[str, list[Opinion]]]:
    """The opinions grouped by draft: the profile's drafts in its order, then the other names in
    the order they first appear; workbook order inside."""
    named = list(dict.fromkeys(draft_of(o, profile) for o in cell.opinions))
    named.sort(
        key=lambda d: profile.drafts.index(d) if d in profile.drafts else len(profile.drafts)
    )
    return [(d, [o for o in cell.opinions if draft_of(o, profile) == d]) for d in named]


def members_of(opinions: list[Opinion]) -> list[Member]:
    people = {id(o.member): o.member for o in opinions if o.member}
    return sort_by_name(people.values())


def outsiders_of(opinions: list[Opinion]) -> list[str]:
    return list(dict.fromkeys(o.giver for o in opinions if o.member is None))


def own_opinions(cell: Cell, profile: Profile) -> list[Opinion]:
    """The opinions on the cell's own drafts (a draft named in the clerk's own words is a higher
    congress's: the cell's are in the list)."""
    return [o for o in cell.opinions if draft_of(o, profile) in OWN_DRAFTS]


def chair_of(cell: Cell) -> Member | None:
    """The outgoing bí thư chairs the cell meeting (the phó bí thư when there is none)."""
    return outgoing(cell, SECRETARY) or outgoing(cell, DEPUTY)


def reviewer(cell: Cell, profile: Profile) -> str:
    """Who weighs the opinions on the cell's own drafts before the congress: the chi ủy, else
    the bí thư. The drafts are not changed by this package: nothing says they were."""
    return "chi ủy" if has_committee(cell, profile) else "bí thư chi bộ"


def opinion_minutes(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    day = cell.opinion_meeting_date
    chair = chair_of(cell)
    clerks = cell.assigned("Thư ký")
    if chair is None:
        warnings.append(
            'Biên bản họp góp ý văn kiện: chưa xác định bí thư chi bộ (cột "Chức vụ '
            'Đảng" ở sheet "Đảng viên") nên để trống tên người chủ trì.'
        )
    groups = [
        {
            "title": f"{number}. {draft} ({format_count(len(items))} ý kiến)",
            "opinions": [f"- {giver_label(o)}: {sentence(o.text)}" for o in items],
        }
        for number, (draft, items) in enumerate(by_draft(cell, profile), start=1)
    ]
    conclusion = [
        f"- Chi bộ ghi nhận đầy đủ {format_count(len(cell.opinions))} ý kiến góp ý nêu "
        "trên; các ý kiến thể hiện tinh thần trách nhiệm, tâm huyết của đảng viên"
        + (
            " và các tổ chức, cá nhân tham gia góp ý."
            if outsiders_of(cell.opinions)
            else " trong chi bộ."
        )
    ]
    own = own_opinions(cell, profile)
    higher = [o for o in cell.opinions if o not in own]
    if own:
        conclusion.append(
            f"- Giao {reviewer(cell, profile)} xem xét, tiếp thu, giải trình các ý kiến góp ý vào "
            "dự thảo văn kiện của chi bộ trước khi trình Đại hội."
        )
    if higher:
        conclusion.append(
            f"- Tổng hợp đầy đủ các ý kiến góp ý vào dự thảo văn kiện đại hội đảng "
            f"bộ cấp trên, báo cáo {committee_name(cell.parent)}."
        )
    return base_context(cell, profile) | {
        "header": minutes_header(cell, profile, day),
        "meeting_date": long_date(day) if day else BLANK_DAY,
        "attendance": attendance_text(cell),
        "outside": [mid_sentence(giver) for giver in outsiders_of(cell.opinions)],
        "chair": chair.name if chair else "",
        "chair_line": f"{chair.name}, {chair.party_post} Chi bộ" if chair else BLANK_NAME,
        "clerk": clerks[0].name if clerks else "",
        "clerk_line": clerks[0].name if clerks else BLANK_NAME,
        "opinion_count": format_count(len(cell.opinions)),
        "groups": groups,
        "conclusion": conclusion,
    }


def opinion_summary(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    label = outside_label(cell)
    rows, drafts = [], []
    for number, (draft, items) in enumerate(by_draft(cell, profile), start=1):
        members, outsiders = members_of(items), outsiders_of(items)
        from_members = sum(o.member is not None for o in items)
        rows.append(
            {
                "no": str(number),
                "draft": draft,
                "count": str(len(items)),  # figures of a table: no leading zero
                "members": str(from_members),
                "outside": str(len(items) - from_members),
            }
        )
        givers = []
        if members:
            givers.append(f"- Đảng viên: {', '.join(f'đồng chí {m.name}' for m in members)}.")
        if outsiders:
            givers.append(f"- {capitalised(label)}: {'; '.join(map(mid_sentence, outsiders))}.")
        drafts.append(
            {
                "title": f"{number}. {draft}",
                "count": f"Có {format_count(len(items))} ý kiến góp ý của:",
                "givers": givers,
                "opinions": [f"- {sentence(o.text)}" for o in items],
            }
        )
    from_members = [o for o in cell.opinions if o.member]
    outside = [o for o in cell.opinions if o.member is None]
    day = cell.opinion_meeting_date
    meeting = (
        f"Ngày {body_date(day)}, {cell.name} đã tổ chức họp chi bộ (có biên bản) thảo luận, "
        if day
        else f"{cell.name} đã tổ chức họp chi bộ (có biên bản) thảo luận, "
    )
    meeting += (
        "đóng góp ý kiến vào dự thảo văn kiện đại hội đảng bộ cấp trên và dự thảo văn kiện "
        "của chi bộ."
    )
    parts = []
    if from_members:
        parts.append(
            f"của đảng viên {format_count(len(from_members))} ý kiến "
            f"({format_count(len(members_of(from_members)))} đồng chí)"
        )
    if outside:
        parts.append(
            f"của {label} {format_count(len(outside))} ý kiến "
            f"({format_count(len(outsiders_of(outside)))} tổ chức, cá nhân)"
        )
    total = f"Tổng số có {format_count(len(cell.opinions))} ý kiến góp ý, trong đó " + "; ".join(
        parts
    )
    rows.append(
        {
            "no": "",
            "draft": "Tổng cộng",
            "count": str(len(cell.opinions)),
            "members": str(len(from_members)),
            "outside": str(len(outside)),
        }
    )
    return base_context(cell, profile) | {
        "header": cell_header(cell, profile, "BC"),
        "meeting": meeting,
        "total": total + ".",
        "outside_label": capitalised(label),
        "rows": rows,
        "drafts": drafts,
        "adopted": (
            f"Các ý kiến góp ý vào dự thảo văn kiện của chi bộ được {reviewer(cell, profile)} xem "
            "xét, tiếp thu, giải trình trước khi trình Đại hội."
            if own_opinions(cell, profile)
            else ""
        ),
        "recipients": recipients(profile, AS_ADDRESSED),
    }


# A check box in a character Times New Roman has (U+25A1; it lacks the ballot box U+2610).
BOX = "\u25a1"


def task_people(cell: Cell, task: str) -> str:
    people = cell.assigned(task)
    return ", ".join(m.name for m in people) if people else BLANK_NAME


def backdrop_title(cell: Cell, profile: Profile) -> str:
    """The congress title under the slogan (the guide of the congress steps, HD 01 point 14.3): cell, ordinal, term."""
    ordinal = f"LẦN THỨ {cell.ordinal.upper()}, " if cell.ordinal else ""
    return f"{cell.name.upper()} - ĐẠI HỘI {ordinal}NHIỆM KỲ {(cell.term or profile.term)}"


def deadlines(cell: Cell, profile: Profile) -> list[str]:
    congress = cell.congress_date
    if congress is None:  # a required column: the check has already stopped such a cell
        return []
    advised = profile.last_working_day(profile.latest_notice_date(congress))
    days = format_count(profile.notice_working_days)
    if cell.notice_date:
        notice = (
            f"Thông báo khai mạc: ngày {body_date(cell.notice_date)} (chậm nhất ngày "
            f"{body_date(advised)}, trước {days} ngày làm việc)."
        )
    else:
        notice = (
            f"Thông báo khai mạc: chậm nhất ngày {body_date(advised)} (trước {days} ngày làm việc)."
        )
    due = profile.results_due(congress)
    return [
        notice,
        f"Khai mạc đại hội: {time_text(cell.opening_time)} ngày {body_date(congress)}, tại "
        f"{cell.venue}.",
        f"Báo cáo kết quả đại hội gửi {committee_name(cell.parent)}: chậm nhất ngày "
        f"{body_date(due)}.",
    ]


def document_rows(cell: Cell, profile: Profile) -> list[dict]:
    """The documents of the package presented at the congress, and who presents each."""
    secretary = outgoing(cell, SECRETARY)
    chairs = cell.assigned("Chủ tịch đại hội")
    rows = [
        (
            f"Báo cáo tổng kết nhiệm kỳ {cell.previous_term or profile.previous_term}",
            task_people(cell, "Trình bày báo cáo tổng kết"),
        )
    ]
    # The outgoing leaders report who has come (the outline's step after the opening).
    rows.insert(
        0, ("Báo cáo tình hình đảng viên dự đại hội", secretary.name if secretary else BLANK_NAME)
    )
    if has_committee(cell, profile):
        rows.append(
            ("Báo cáo kiểm điểm của chi ủy", task_people(cell, "Trình bày báo cáo kiểm điểm"))
        )
    if cell.assigned("Tham luận"):
        rows.append(("Tham luận", task_people(cell, "Tham luận")))
    if cell.opinions:
        rows.append(
            ("Báo cáo tổng hợp ý kiến góp ý văn kiện", secretary.name if secretary else BLANK_NAME)
        )
    residence = "" if cell.kind == "Ấp" else " (3) phiếu nhận xét nơi cư trú,"
    rows += [
        (
            f"Hồ sơ nhân sự: (1) phương án, (2) biên bản lấy ý kiến,{residence} (4) danh sách "
            "trích ngang, (5) văn bản thống nhất nhân sự của "
            f"{committee_name(cell.parent)}; danh sách bầu cử",
            chairs[0].name if chairs else BLANK_NAME,
        ),
        ("Dự thảo nghị quyết, chương trình hành động", task_people(cell, "Thư ký")),
        ("Kịch bản điều hành đại hội", task_people(cell, "Dẫn chương trình")),
    ]
    return [{"box": BOX, "task": task, "person": person} for task, person in rows]


def election_lines(cell: Cell, profile: Profile) -> list[str]:
    ballots = []
    if has_committee(cell, profile):
        ballots.append(
            f"chi ủy ({format_count(len(cell.nominees(COMMITTEE)))} người, bầu "
            f"{format_count(cell.committee_seats or 0)})"
        )
    ballots.append(f"bí thư ({format_count(len(cell.nominees(SECRETARY)))} người)")
    if cell.elect_deputy:
        ballots.append(f"phó bí thư ({format_count(len(cell.nominees(DEPUTY)))} người)")
    if cell.delegate_seats:
        ballots.append(
            f"đại biểu dự đại hội cấp trên ({format_count(len(cell.nominees(DELEGATE)))}"
            f" người, bầu {format_count(cell.delegate_seats)})"
        )
    lead = cell.assigned("Tổ trưởng kiểm phiếu")
    team = sort_by_name(cell.assigned("Tổ viên kiểm phiếu"))
    return [
        f"Phiếu bầu {'; '.join(ballots)}: {'mỗi loại ' if len(ballots) > 1 else ''}"
        f"{format_count(len(cell.official_members))} "
        f"phiếu (số đảng viên chính thức) và phiếu dự phòng, đóng dấu {committee_name(cell.parent)}"
        " ở góc trên bên trái.",
        f"Tổ kiểm phiếu: tổ trưởng {', '.join(m.name for m in lead) or BLANK_NAME}; tổ viên "
        f"{', '.join(m.name for m in team) or BLANK_NAME}.",
        "Phiếu lấy ý kiến giới thiệu người ứng cử (Mẫu 4A), người được đề cử (Mẫu 4B) và "
        "biên bản kiểm phiếu (Mẫu 5), dùng khi có người ứng cử, được đề cử tại đại hội.",
        "Hòm phiếu (niêm phong trước khi bỏ phiếu); mẫu biên bản kiểm phiếu.",
    ]


def convened(cell: Cell) -> str:
    """Every member is convened, exempt ones too (HD 01 point 13.2)."""
    return (
        f"Giấy triệu tập {format_count(len(cell.members))} đảng viên ({member_groups(cell)}); "
        "nhắc mang thẻ đảng viên."
    )


def helpers_of(cell: Cell, profile: Profile) -> str:
    """Who the checklist goes to: the chi ủy, or the phó bí thư beside the bí thư who signs
    it, and the team serving the congress."""
    if has_committee(cell, profile):
        return "Chi ủy, tổ phục vụ đại hội"
    if outgoing(cell, DEPUTY):
        return "Phó Bí thư, tổ phục vụ đại hội"
    return "Tổ phục vụ đại hội"


def preparation_checklist(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    guests = guests_text(cell) or f"đại diện {committee_name(cell.parent)}"
    return base_context(cell, profile) | {
        "decoration_guide": f" (theo {profile.congress_guide})" if profile.congress_guide else "",
        "header": letterhead(cell, profile, cell.parent, cell.name, "", cell.issue_date, False),
        "deadlines": deadlines(cell, profile),
        "backdrop": backdrop_title(cell, profile),
        "title_term": (f"lần thứ {cell.ordinal}, " if cell.ordinal else "")
        + f"nhiệm kỳ {cell.term or profile.term}",
        "papers": document_rows(cell, profile),
        "elections": election_lines(cell, profile),
        "guests": f"Giấy mời đại biểu cấp trên: {guests}.",
        "convened": convened(cell),
        "recipients": recipients(profile, helpers_of(cell, profile)),
    }


KINDS = (
    ("opinion_minutes", "Biên bản họp chi bộ góp ý dự thảo văn kiện", opinion_minutes),
    ("opinion_summary", "Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện", opinion_summary),
    ("preparation_checklist", "Danh mục công việc chuẩn bị đại hội", preparation_checklist),
)


def documents(cell: Cell, profile: Profile, warnings: list[str]) -> list[Document]:
    produced = []
    for kind, title, build in KINDS:
        if kind != "preparation_checklist" and not cell.opinions:
            continue
        produced.append(Document(kind, title, build(cell, profile, warnings)))
    if not cell.opinions:
        warnings.append(
            f"{cell.name} chưa có ý kiến góp ý dự thảo văn kiện nào nên chưa tạo biên "
            "bản họp góp ý và báo cáo tổng hợp ý kiến góp ý. Hãy nhập mỗi ý kiến một "
            'dòng ở sheet "Góp ý" (Mã chi bộ, Dự thảo, Người góp ý, Nội dung), ghi '
            '"Ngày họp góp ý văn kiện" ở sheet "Chi bộ", rồi tạo lại văn bản.'
        )
    return produced

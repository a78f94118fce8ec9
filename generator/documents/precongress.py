"""Pre-congress package (templates_docx/precongress.py): reports, resolution draft, programme,
personnel dossier (1)-(5) and the congress script."""

from __future__ import annotations

from .. import schema
from ..model import ACTION_PROGRAM, RESOLUTION, SELF_REVIEW, SUMMARY, Cell, Member
from ..profile import Profile
from ..rules import COMMITTEE, DELEGATE, DEPUTY, SECRETARY, expected_sections
from ..textvn import (
    body_date,
    format_count,
    format_number,
    format_percent,
    long_date,
    quantity,
    sort_by_name,
)
from ..workbook import fold
from .common import (
    BLANK_NAME,
    Document,
    attendance_text,
    base_context,
    cell_header,
    committee_header,
    committee_name,
    comrades_count,
    congress_header,
    count_or_none,
    has_committee,
    leadership,
    member_groups,
    minutes_header,
    outgoing,
    placeholder,
    presidium_sign,
    sorted_nominees,
    structure,
    to_committee,
)


class Narrative:
    """The clerk's paragraphs of one document, by section, with placeholders for the gaps."""

    def __init__(self, cell: Cell, document: str, warnings: list[str]):
        self.cell, self.document, self.warnings = cell, document, warnings
        self.by_section: dict[str, list[str]] = {}
        self.titles: dict[str, str] = {}
        for paragraph in cell.paragraphs_of(document):
            key = fold(paragraph.section)
            self.titles.setdefault(key, paragraph.section)
            self.by_section.setdefault(key, []).append(paragraph.text)

    def section(self, name: str, warn: bool = False) -> list[str]:
        found = self.by_section.get(fold(name))
        if found:
            return found
        if warn:
            self.warnings.append(
                f'{self.document}: chưa có nội dung mục "{name}" (sheet "Nội '
                'dung"); văn bản in chỗ trống để bổ sung.'
            )
        return [placeholder(f'mục "{name}" của {self.document.lower()}')]

    def others(self, known: tuple[str, ...]) -> list[dict]:
        """Sections the template does not name, in workbook order."""
        names = {fold(k) for k in known}
        return [
            {"title": self.titles[key], "paragraphs": texts}
            for key, texts in self.by_section.items()
            if key not in names
        ]


def target_rows(cell: Cell) -> list[dict]:
    rows = []
    for number, target in enumerate(cell.targets, start=1):
        planned, result = target.previous_target, target.result
        assessment = target.assessment
        if assessment is None and planned is not None and result is not None:
            assessment = "Vượt" if result > planned else "Đạt" if result == planned else "Không đạt"
        rows.append(
            {
                "no": str(number),
                "name": target.name,
                "unit": target.unit,
                "planned": format_number(planned) if planned is not None else "",
                "result": format_number(result) if result is not None else "",
                "rate": format_percent(result, planned) if planned and result is not None else "",
                "assessment": assessment or "",
                "new": format_number(target.new_target) if target.new_target is not None else "",
            }
        )
    return rows


def target_sentence(rows: list[dict]) -> str:
    judged = [r for r in rows if r["assessment"]]
    if not judged:
        return "Chưa có số liệu đánh giá các chỉ tiêu."
    counts = (
        ("vượt", sum(r["assessment"] == "Vượt" for r in judged)),
        ("đạt", sum(r["assessment"] == "Đạt" for r in judged)),
        ("không đạt", sum(r["assessment"] == "Không đạt" for r in judged)),
    )
    parts = [f"{label} {format_count(count)} chỉ tiêu" for label, count in counts if count]
    return (
        f"Nhiệm kỳ qua, chi bộ thực hiện {format_count(len(judged))} chỉ tiêu chủ yếu: "
        f"{', '.join(parts)}."
    )


def new_target_lines(cell: Cell) -> list[str]:
    lines = []
    for target in cell.targets:
        if target.new_target is None:
            continue
        lines.append(f"- {target.name}: {quantity(target.new_target, target.unit)}.")
    return lines or [placeholder('chỉ tiêu nhiệm kỳ mới (cột "Chỉ tiêu nhiệm kỳ mới")', "Chỉ tiêu")]


def classification_rows(cell: Cell) -> list[dict]:
    def count(value):  # a table column of figures: no leading zero, right-aligned
        return str(value) if value is not None else ""

    return [
        {
            "year": str(c.year),
            "rating": c.cell_rating or "",
            "excellent": count(c.excellent),
            "good": count(c.good),
            "done": count(c.done),
            "failed": count(c.failed),
            "admitted": count(c.admitted),
        }
        for c in cell.classifications
    ]


def situation_sentence(cell: Cell, profile: Profile) -> str:
    text = f"Chi bộ hiện có {count_or_none(len(cell.members))} đảng viên ({member_groups(cell)})."
    admitted = sum(c.admitted or 0 for c in cell.classifications)
    if admitted:
        text += (
            f" Trong nhiệm kỳ {cell.previous_term or profile.previous_term}, chi bộ kết "
            f"nạp {format_count(admitted)} đảng viên mới."
        )
    latest = cell.classifications[-1] if cell.classifications else None
    if latest and latest.cell_rating:
        text += f" Năm {latest.year}, chi bộ được xếp loại {latest.cell_rating.lower()}."
    return text


def summary_report(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    story = Narrative(cell, SUMMARY, warnings)
    review = Narrative(cell, SELF_REVIEW, warnings)
    field_section = schema.FIELD_SECTIONS[cell.kind]
    targets = target_rows(cell)
    known = expected_sections(cell)[SUMMARY]
    return base_context(cell, profile) | {
        "header": cell_header(cell, profile, "BC"),
        "situation": situation_sentence(cell, profile),
        "situation_text": story.section("Đặc điểm tình hình"),
        "targets": targets,
        "target_summary": target_sentence(targets),
        "field_title": field_section,
        "field_text": story.section(field_section),
        "classifications": classification_rows(cell),
        "no_classifications": placeholder("kết quả xếp loại hằng năm", "Xếp loại"),
        "directive05": story.section("Chỉ thị 05"),
        "conclusion21": story.section("Kết luận 21"),
        "strengths": story.section("Ưu điểm"),
        "weaknesses": story.section("Hạn chế"),
        "causes": story.section("Nguyên nhân"),
        "lessons": story.section("Bài học kinh nghiệm"),
        "other_sections": story.others(known),
        "leader_review_title": f"KIỂM ĐIỂM CỦA {leadership(cell, profile, True).upper()} CHI BỘ",
        "leader_review": []
        if has_committee(cell, profile)
        else [
            {"title": title, "paragraphs": review.section(title)}
            for title in schema.SELF_REVIEW_SECTIONS
        ],
        "direction": story.section("Phương hướng"),
        "new_targets": new_target_lines(cell),
        "tasks": story.section("Nhiệm vụ, giải pháp"),
    }


def self_review_report(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    review = Narrative(cell, SELF_REVIEW, warnings)
    return base_context(cell, profile) | {
        "header": cell_header(cell, profile, "BC"),
        "sections": [
            {"title": title.upper(), "paragraphs": review.section(title)}
            for title in schema.SELF_REVIEW_SECTIONS
        ]
        + [
            {"title": s["title"].upper(), "paragraphs": s["paragraphs"]}
            for s in review.others(schema.SELF_REVIEW_SECTIONS)
        ],
    }


GOALS, TASKS, ORGANISATION = "Mục tiêu", "Nhiệm vụ, giải pháp", "Tổ chức thực hiện"
LETTERS = "abcdđeghiklmnopqrstuvxy"  # 36-HD: the level under "1." is "a)", "b)"…


def draft_resolution(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    story = Narrative(cell, RESOLUTION, warnings)
    summary = Narrative(cell, SUMMARY, warnings)
    if not story.by_section:
        warnings.append(
            'Nghị quyết: chưa có nội dung ở sheet "Nội dung"; dự thảo dùng phần '
            '"Nhiệm vụ, giải pháp" của báo cáo tổng kết.'
        )
    tasks = story.by_section.get(fold(TASKS)) or summary.section(TASKS)
    return base_context(cell, profile) | {
        "header": congress_header(cell, profile, "NQ", draft=True),
        "present_line": f"……/{format_count(len(cell.members))}",
        "goals": story.by_section.get(fold(GOALS), []),
        "new_targets": new_target_lines(cell),
        "tasks": tasks,
        "task_sections": [
            {"title": f"{LETTERS[i]}) {s['title']}", "paragraphs": s["paragraphs"]}
            for i, s in enumerate(story.others((GOALS, TASKS))[: len(LETTERS)])
        ],
        "election": election_lines(cell, profile),
        "sign": presidium_sign(cell),
        "recipients": [
            to_committee(cell),
            "- Chi ủy, đảng viên trong chi bộ,"
            if has_committee(cell, profile)
            else "- Đảng viên trong chi bộ,",
            "- Lưu Chi bộ.",
        ],
    }


def election_lines(cell: Cell, profile: Profile) -> list[str]:
    """What the congress is to elect, each line ending where the result is written by hand."""
    term = cell.term or profile.term
    lines = []
    if has_committee(cell, profile):
        seats = format_count(cell.committee_seats or 0)
        lines.append(f"- Bầu Chi ủy Chi bộ nhiệm kỳ {term} gồm {seats} đồng chí:")
    lines.append(f"- Bầu Bí thư Chi bộ nhiệm kỳ {term}, đồng chí:")
    if cell.elect_deputy:
        lines.append(f"- Bầu Phó Bí thư Chi bộ nhiệm kỳ {term}, đồng chí:")
    if cell.delegate_seats:
        lines.append(
            f"- Bầu {format_count(cell.delegate_seats)} đại biểu dự đại hội "
            f"{committee_name(cell.parent).replace('Đảng ủy', 'Đảng bộ')}:"
        )
    return lines


def task_rows(cell: Cell, warnings: list[str]) -> list[dict]:
    """The table of the action programme: each row of its "Nhiệm vụ, giải pháp" a task, with who
    leads, who takes part and by when; a blank table to fill by hand when there is none."""
    tasks = [p for p in cell.paragraphs_of(ACTION_PROGRAM) if fold(p.section) == fold(TASKS)]
    if not tasks:
        warnings.append(
            'Chương trình hành động: chưa có nhiệm vụ nào (sheet "Nội dung", mục "Nhiệm vụ, '
            'giải pháp"); bảng phân công thực hiện in trống để ghi tay.'
        )
        # Rows three lines high, to write in.
        blank = dict.fromkeys(("lead", "partners", "timing"), "") | {"task": "\n\n"}
        return [blank | {"no": str(i)} for i in range(1, 6)]
    if not all(p.lead and p.timing for p in tasks):
        warnings.append(
            'Chương trình hành động: có nhiệm vụ chưa ghi "Chủ trì" hoặc "Thời gian thực hiện" '
            '(sheet "Nội dung"); bảng phân công để trống ô đó để ghi tay.'
        )
    return [
        {
            "no": str(number),
            "task": p.text[2:] if p.is_list_item else p.text,
            "lead": p.lead,
            "partners": p.partners,
            "timing": p.timing,
        }
        for number, p in enumerate(tasks, start=1)
    ]


def action_program(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    story = Narrative(cell, ACTION_PROGRAM, warnings)
    return base_context(cell, profile) | {
        "header": cell_header(cell, profile, "CTr", draft=True),
        "goals": story.by_section.get(fold(GOALS), []),
        "targets": [row for row in target_rows(cell) if row["new"]],
        "no_targets": placeholder(
            'chỉ tiêu nhiệm kỳ mới (cột "Chỉ tiêu nhiệm kỳ mới")', "Chỉ tiêu"
        ),
        "task_sections": [
            {"title": f"{number}. {s['title']}", "paragraphs": s["paragraphs"]}
            for number, s in enumerate(story.others((GOALS, TASKS, ORGANISATION)), start=1)
        ],
        "tasks": task_rows(cell, warnings),
        "organisation": story.by_section.get(fold(ORGANISATION), []),
    }


def leaders(cell: Cell) -> list[Member]:
    """Everyone proposed for chi ủy, bí thư or phó bí thư, once each, in A-B-C order."""
    people = {id(n.member): n.member for n in cell.nominations if n.post != DELEGATE}
    return sort_by_name(people.values())


def posts_of(cell: Cell, member: Member) -> str:
    names = {
        COMMITTEE: "Chi ủy viên",
        SECRETARY: "Bí thư",
        DEPUTY: "Phó bí thư",
        DELEGATE: "Đại biểu",
    }
    return ", ".join(names[n.post] for n in cell.nominations if n.member is member)


def notes_of(cell: Cell, member: Member) -> str:
    """The "Ghi chú" of the member's rows on "Nhân sự", each once: what the đảng ủy decides on."""
    return "; ".join(
        dict.fromkeys(n.note for n in cell.nominations if n.member is member and n.note)
    )


def with_note(cell: Cell, member: Member) -> str:
    """ "Nguyễn Văn An (Nhân sự mới)", the name alone when there is no note."""
    note = notes_of(cell, member)
    return f"{member.name} ({note})" if note else member.name


def birth_text(member: Member) -> str:
    return str(member.birth.date.year) if member.birth.year_only else body_date(member.birth.date)


def nominee_row(cell: Cell, number: int, member: Member, reelected: set[int]) -> dict:
    return {
        "no": str(number),
        "name": member.name,
        "gender": member.gender,
        "birth": birth_text(member),
        "year": str(member.birth.date.year),
        "ethnicity": member.ethnicity,
        "religion": member.religion or "Không",
        "hometown": member.hometown,
        "residence": member.residence,
        "joined": body_date(member.joined),
        "confirmed": body_date(member.confirmed) if member.confirmed else "",
        "education": member.education,
        "profession": member.profession,
        "theory": member.political_theory,
        "party_post": member.party_post or "Đảng viên",
        "public_post": member.public_post,
        "origin": ", ".join(p for p in (member.ethnicity, member.religion or "Không") if p),
        "party_dates": "\n".join(
            p
            for p in (
                body_date(member.joined),
                body_date(member.confirmed) if member.confirmed else "",
            )
            if p
        ),
        "qualifications": "; ".join(
            p for p in (member.education, member.profession, member.political_theory) if p
        ),
        "positions": "; ".join(
            p for p in (member.party_post or "Đảng viên", member.public_post) if p
        ),
        "posts": posts_of(cell, member),
        "status": "Tái cử" if id(member) in reelected else "Lần đầu",
        "note": notes_of(cell, member),
        "remarks": "; ".join(
            p
            for p in ("Tái cử" if id(member) in reelected else "Lần đầu", notes_of(cell, member))
            if p
        ),
    }


def personnel_plan(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    committee = has_committee(cell, profile)
    people = leaders(cell)
    reelected = {id(n.member) for n in cell.nominations if n.reelected}
    candidates = [n.member for n in sorted_nominees(cell, COMMITTEE)]
    seats = cell.committee_seats or 0
    official = len(cell.official_members)
    highest = profile.max_committee_seats(official)
    return base_context(cell, profile) | {
        "header": cell_header(cell, profile, "PA"),
        "seats": format_count(seats),
        "max_seats": format_count(highest or 0),
        "threshold": format_count(profile.committee_threshold),
        "candidate_count": format_count(len(candidates)),
        "surplus": format_count(len(candidates) - seats),
        "candidates": [
            nominee_row(cell, i, m, reelected) for i, m in enumerate(candidates, start=1)
        ],
        "secretaries": [with_note(cell, n.member) for n in sorted_nominees(cell, SECRETARY)],
        "deputies": [with_note(cell, n.member) for n in sorted_nominees(cell, DEPUTY)],
        "elect_deputy": cell.elect_deputy,
        "delegate_seats": format_count(cell.delegate_seats or 0),
        "delegates": [with_note(cell, n.member) for n in sorted_nominees(cell, DELEGATE)],
        "structure": structure(cell, profile, people),
        "structure_base": format_count(len(people)),
        "structure_of": "danh sách dự kiến chi ủy" if committee else "nhân sự dự kiến",
        "recipients": [to_committee(cell), "- Lưu Chi bộ."],
    }


def personnel_vote_minutes(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    official = len(cell.official_members)
    rows = []
    ordered = sorted(
        cell.nominations, key=lambda n: [COMMITTEE, SECRETARY, DEPUTY, DELEGATE].index(n.post)
    )
    for post in (COMMITTEE, SECRETARY, DEPUTY, DELEGATE):
        group = sort_by_name(
            [n for n in ordered if n.post == post],
            name=lambda n: n.member.name,
            birth=lambda n: n.member.birth_date,
        )
        for nomination in group:
            yes, no = nomination.votes_for, nomination.votes_against
            rows.append(
                {
                    "no": str(len(rows) + 1),
                    "name": nomination.member.name,
                    "post": post,
                    "yes": str(yes) if yes is not None else "",
                    "yes_rate": format_percent(yes, official) if yes is not None else "",
                    "no_votes": str(no) if no is not None else "",
                    "no_rate": format_percent(no, official) if no is not None else "",
                }
            )
    voters = max(((n.votes_for or 0) + (n.votes_against or 0) for n in cell.nominations), default=0)
    if any(n.votes_for is None for n in cell.nominations):
        warnings.append(
            'Biên bản lấy ý kiến nhân sự: có người chưa ghi "Phiếu đồng ý" (sheet '
            '"Nhân sự"); biên bản để trống ô đó.'
        )
    chair = outgoing(cell, SECRETARY)
    clerks = cell.assigned("Thư ký")
    return base_context(cell, profile) | {
        "header": minutes_header(cell, profile, cell.personnel_meeting_date),
        "meeting_date": (
            long_date(cell.personnel_meeting_date)
            if cell.personnel_meeting_date
            else "ngày …… tháng …… năm ……"
        ),
        "voters": comrades_count(voters) if voters else "…… đồng chí",
        "rows": rows,
        "chair": chair.name if chair else "",
        "clerk": clerks[0].name if clerks else "",
    }


def residence_comment(cell: Cell, profile: Profile, member: Member) -> dict:
    return base_context(cell, profile) | {
        "header": cell_header(cell, profile, "CV"),
        "addressee": member.residence_committee or f"Đảng ủy nơi cư trú của đồng chí {member.name}",
        "person": nominee_row(cell, 1, member, set())
        | {
            "residence": member.residence or BLANK_NAME,
            "public_post": member.public_post or BLANK_NAME,
        },
        "recipients": [f"- {member.residence_committee or 'Như trên'},", "- Lưu Chi bộ."],
    }


def personnel_roster(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    reelected = {id(n.member) for n in cell.nominations if n.reelected}
    return base_context(cell, profile) | {
        "header": cell_header(cell, profile, "DS"),
        "rows": [nominee_row(cell, i, m, reelected) for i, m in enumerate(leaders(cell), 1)],
        "roster_count": comrades_count(len(leaders(cell))),
    }


def personnel_approval(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    context = personnel_plan(cell, profile, warnings)
    return context | {
        "header": committee_header(cell, profile, "TB", draft=True),
        "sign": {"capacity": "T/M ĐẢNG ỦY", "title": "BÍ THƯ", "name": ""},
        "recipients": [f"- {cell.name},", "- Lưu Văn phòng Đảng ủy."],
    }


def congress_script(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    def who(task: str) -> str:
        people = cell.assigned(task)
        if not people:
            warnings.append(
                f'Kịch bản: chưa phân công "{task}" (sheet "Phân công"); kịch bản để '
                "trống chỗ ghi tên."
            )
            return BLANK_NAME
        return ", ".join(f"Đồng chí {m.name}" for m in people)

    mc, chair = who("Dẫn chương trình"), who("Chủ tịch đại hội")
    clerk, teller = who("Thư ký"), who("Tổ trưởng kiểm phiếu")
    guests = "; ".join(cell.guests) or "Đại diện " + committee_name(cell.parent)
    committee = has_committee(cell, profile)
    steps = [
        ("Ổn định tổ chức; chào cờ (hát Quốc ca, Quốc tế ca)", mc),
        ("Tuyên bố lý do, giới thiệu đại biểu", mc),
        ("Giới thiệu và biểu quyết đoàn chủ tịch (chủ tịch), thư ký đại hội", mc),
        ("Diễn văn khai mạc đại hội; thông qua chương trình, nội quy làm việc của đại hội", chair),
        ("Báo cáo tình hình đảng viên dự đại hội", mc),
        (
            f"Trình bày báo cáo tổng kết nhiệm kỳ {cell.previous_term or profile.previous_term}, "
            f"phương hướng nhiệm kỳ {cell.term or profile.term}",
            who("Trình bày báo cáo tổng kết"),
        ),
    ]
    if committee:
        steps.append(
            (
                "Trình bày báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của chi ủy",
                who("Trình bày báo cáo kiểm điểm"),
            )
        )
    speakers = cell.assigned("Tham luận")
    steps += [
        (
            "Thảo luận, tham luận; góp ý dự thảo văn kiện đại hội cấp trên và của chi bộ",
            ", ".join(f"Đồng chí {m.name}" for m in speakers) or chair,
        ),
        ("Phát biểu chỉ đạo của đại biểu cấp trên", guests),
        ("Tiếp thu ý kiến chỉ đạo", chair),
        ("Bầu tổ kiểm phiếu (biểu quyết)", chair),
    ]
    if committee:
        steps += [
            (
                f"Bầu chi ủy: báo cáo phương án nhân sự; biểu quyết số lượng "
                f"{format_count(cell.committee_seats or 0)} chi ủy viên và danh sách bầu cử; bỏ "
                "phiếu, kiểm phiếu, công bố kết quả",
                f"{chair}; tổ kiểm phiếu: {teller}",
            ),
            ("Bầu bí thư chi bộ trong số chi ủy viên mới", f"{chair}; tổ kiểm phiếu: {teller}"),
        ]
    else:
        steps.append(("Bầu bí thư chi bộ", f"{chair}; tổ kiểm phiếu: {teller}"))
    if cell.elect_deputy:
        steps.append(
            (
                "Bầu phó bí thư chi bộ" + (" trong số chi ủy viên mới" if committee else ""),
                f"{chair}; tổ kiểm phiếu: {teller}",
            )
        )
    if cell.delegate_seats:
        steps.append(
            (
                f"Bầu {format_count(cell.delegate_seats)} đại biểu dự đại hội đảng bộ cấp trên",
                f"{chair}; tổ kiểm phiếu: {teller}",
            )
        )
    steps += [
        (
            "Ra mắt " + ("chi ủy khóa mới" if committee else "bí thư mới") + "; phát biểu nhận "
            "nhiệm vụ",
            "Bí thư chi bộ mới",
        ),
        ("Thông qua nghị quyết đại hội (biểu quyết)", clerk),
        ("Bế mạc đại hội; chào cờ (hát Quốc ca, Quốc tế ca)", chair),
    ]
    return base_context(cell, profile) | {
        "header": congress_header(cell, profile, "KB"),
        "steps": [{"no": str(i), "task": t, "person": p} for i, (t, p) in enumerate(steps, 1)],
        "attendance": attendance_text(cell),
        "guests": cell.guests,
        "roles": [
            {"task": task, "people": ", ".join(m.name for m in cell.assigned(task))}
            for task in schema.TASKS
            if cell.assigned(task)
        ],
        "candidates": [n.member.name for n in sorted_nominees(cell, COMMITTEE)],
        "secretaries": [n.member.name for n in sorted_nominees(cell, SECRETARY)],
    }


KINDS = (
    ("summary_report", "Báo cáo tổng kết nhiệm kỳ", summary_report),
    ("self_review_report", "Báo cáo kiểm điểm của chi ủy", self_review_report),
    ("draft_resolution", "Dự thảo nghị quyết đại hội", draft_resolution),
    ("action_program", "Chương trình hành động", action_program),
    ("personnel_plan", "(1) Phương án nhân sự", personnel_plan),
    ("personnel_vote_minutes", "(2) Biên bản lấy ý kiến về nhân sự", personnel_vote_minutes),
    ("residence_comment", "(3) Nhận xét nơi cư trú", None),
    ("personnel_roster", "(4) Danh sách trích ngang nhân sự", personnel_roster),
    ("personnel_approval", "(5) Văn bản thống nhất nhân sự", personnel_approval),
    ("congress_script", "Kịch bản điều hành đại hội", congress_script),
)


def documents(cell: Cell, profile: Profile, warnings: list[str]) -> list[Document]:
    """The pre-congress package of SPEC §2 for this cell, in package order."""
    produced = []
    for kind, title, build in KINDS:
        if kind == "self_review_report" and not has_committee(cell, profile):
            continue
        if kind == "residence_comment":
            if cell.kind != "Ấp":
                produced += [
                    Document(
                        kind,
                        f"{title} - {member.name}",
                        residence_comment(cell, profile, member),
                        person=member.name,
                    )
                    for member in leaders(cell)
                ]
            continue
        produced.append(Document(kind, title, build(cell, profile, warnings)))
    return produced

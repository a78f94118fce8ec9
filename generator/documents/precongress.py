"""Pre-congress package (templates_docx/precongress.py): reports, resolution draft, programme,
personnel dossier (1)-(5) and the congress script."""

from __future__ import annotations

import datetime as dt
import re

from ..checking.election import LIST_POST, seats_of
from ..checking.profile import Profile
from ..checking.rules import COMMITTEE, DELEGATE, DEPUTY, SECRETARY, expected_sections
from ..reading import schema
from ..reading.model import ACTION_PROGRAM, RESOLUTION, SELF_REVIEW, SUMMARY, Cell, Member
from ..reading.workbook import fold
from ..textvn import (
    body_date,
    figure,
    format_count,
    format_number,
    format_percent,
    long_date,
    quantity,
    roman,
    sort_by_name,
)
from .common import (
    AS_ADDRESSED,
    BLANK_NAME,
    Document,
    attendance_text,
    ballot_instruction,
    base_context,
    cell_header,
    committee_header,
    committee_name,
    comrades_count,
    congress_header,
    congress_title,
    count_or_none,
    has_committee,
    join_and,
    leaders_body,
    leadership,
    member_groups,
    minutes_header,
    outgoing,
    placeholder,
    post_name,
    recipients,
    sorted_nominees,
    structure,
    team_text,
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


# Words in a target's name that make it a ceiling: lower results are better.
CEILING_WORDS = ("không quá", "dưới", "tối đa", "không vượt")


def lower_is_better(name: str) -> bool:
    return any(word in fold(name) for word in CEILING_WORDS)


def compared(planned: float, result: float, unit: str, ceiling: bool) -> str:
    """How a result stands against its target, in words of one style: a percentage target by
    percentage points ("vượt 5 điểm %"), a count by its ratio to the target ("đạt 105,56%"),
    either "bằng chỉ tiêu" when equal."""
    gap = result - planned
    if gap == 0:
        return "bằng chỉ tiêu"
    if unit != "%":
        return f"đạt {format_percent(result, planned)}" if planned else ""
    if ceiling:
        return f"{'thấp' if gap < 0 else 'cao'} hơn {points(gap)}"
    return f"{'vượt' if gap > 0 else 'thiếu'} {points(gap)}"


def points(gap: float) -> str:
    """A gap in percentage points ("5 điểm %") held together: a narrow column breaks before it."""
    return f"{format_number(abs(gap))}\u00a0điểm\u00a0%"


def target_rows(cell: Cell) -> list[dict]:
    rows = []
    for number, target in enumerate(cell.targets, start=1):
        planned, result = target.previous_target, target.result
        assessment = target.assessment
        ceiling = lower_is_better(target.name)
        if assessment is None and planned is not None and result is not None:
            better = planned - result if ceiling else result - planned
            assessment = "Vượt" if better > 0 else "Đạt" if better == 0 else "Không đạt"
        rows.append(
            {
                "no": str(number),
                "name": target.name,
                # "triệu đồng/người/tháng" may break after a "/", as well as at its spaces
                "unit": target.unit.replace("/", "/\u200b"),
                "planned": format_number(planned) if planned is not None else "",
                "result": format_number(result) if result is not None else "",
                "rate": compared(planned, result, target.unit, ceiling)
                if planned is not None and result is not None
                else "",
                "assessment": assessment or "",
                "new": figure(target.new_target, target.unit)
                if target.new_target is not None
                else "",
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


# Headings of Công tác xây dựng Đảng, by section of "Nội dung" (schema.PARTY_SECTIONS).
PARTY_HEADINGS = {
    "Chính trị tư tưởng": "Công tác chính trị tư tưởng",
    "Tổ chức và đảng viên": "Công tác tổ chức và đảng viên",
    "Kiểm tra, giám sát": "Công tác kiểm tra, giám sát",
    "Dân vận": "Công tác dân vận",
}


# Headings of the self-review, by section of "Nội dung" (schema.SELF_REVIEW_SECTIONS); {who} is
# the outgoing leadership ("bí thư, chi ủy viên", "bí thư").
REVIEW_HEADINGS = {
    "Ưu điểm": "Ưu điểm, kết quả đạt được",
    "Tập trung dân chủ": "Thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc",
    "Nêu gương": "Việc nêu gương, trách nhiệm người đứng đầu của {who}",
    "Hạn chế": "Hạn chế, khuyết điểm",
    "Nguyên nhân": "Nguyên nhân của hạn chế, khuyết điểm",
    "Khắc phục kỳ trước": "Kết quả khắc phục hạn chế, khuyết điểm đã chỉ ra ở kỳ kiểm điểm trước",
    "Trách nhiệm": "Trách nhiệm của tập thể, cá nhân",
    "Bài học kinh nghiệm": "Bài học kinh nghiệm",
    "Biện pháp khắc phục": "Phương hướng, biện pháp khắc phục",
}


def review_sections(cell: Cell, profile: Profile, warnings: list[str]) -> list[dict]:
    """The self-review of the outgoing leaders, section by section: its own report when the
    cell has a chi ủy, a part of the summary report when it has not. A section left empty is a
    placeholder; one the template does not name is printed last."""
    review = Narrative(cell, SELF_REVIEW, warnings)
    committee = has_committee(cell, profile)
    deputy = outgoing(cell, DEPUTY) is not None
    who = "bí thư, chi ủy viên" if committee else "bí thư, phó bí thư" if deputy else "bí thư"
    return [
        {"title": REVIEW_HEADINGS[title].format(who=who), "paragraphs": review.section(title)}
        for title in schema.SELF_REVIEW_SECTIONS
    ] + review.others(schema.SELF_REVIEW_SECTIONS)


def summary_report(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    story = Narrative(cell, SUMMARY, warnings)
    targets = target_rows(cell)
    known = expected_sections(cell)[SUMMARY]
    return base_context(cell, profile) | {
        "header": cell_header(cell, profile, "BC"),
        "situation": situation_sentence(cell, profile),
        "situation_text": story.section("Đặc điểm tình hình"),
        "advantages": story.section("Thuận lợi"),
        "difficulties": story.section("Khó khăn"),
        "targets": targets,
        "target_summary": target_sentence(targets),
        "fields": [
            {"title": title, "paragraphs": story.section(title)}
            for title in schema.field_sections(cell.kind)
        ],
        "party": [
            {"title": heading, "paragraphs": story.section(section)}
            for section, heading in PARTY_HEADINGS.items()
        ],
        "classifications": classification_rows(cell),
        "no_classifications": placeholder("kết quả xếp loại hằng năm", "Xếp loại"),
        "directive_title": profile.summary_directive
        or placeholder('văn bản của mục "Chỉ thị 05"', "Cấu hình"),
        "conclusion_title": profile.summary_conclusion
        or placeholder('văn bản của mục "Kết luận 21"', "Cấu hình"),
        "directive05": story.section("Chỉ thị 05"),
        "conclusion21": story.section("Kết luận 21"),
        "mass_organisations": story.section("Lãnh đạo đoàn thể"),
        "strengths": story.section("Ưu điểm"),
        "weaknesses": story.section("Hạn chế"),
        "causes": story.section("Nguyên nhân"),
        "lessons": story.section("Bài học kinh nghiệm"),
        "other_sections": story.others(known),
        "leader_review_title": f"KIỂM ĐIỂM CỦA {leadership(cell, profile, True).upper()} CHI BỘ",
        "leader_review": []
        if has_committee(cell, profile)
        else review_sections(cell, profile, warnings),
        "direction": story.section("Phương hướng"),
        "new_targets": new_target_lines(cell),
        "tasks": story.section("Nhiệm vụ, giải pháp"),
    }


def self_review_report(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    ties = profile.review_ties
    return base_context(cell, profile) | {
        "header": cell_header(cell, profile, "BC"),
        "review_ties": f"; gắn với kiểm điểm theo {ties}" if ties else "",
        "sections": [
            {"title": f"{roman(number)}- {s['title'].upper()}", "paragraphs": s["paragraphs"]}
            for number, s in enumerate(review_sections(cell, profile, warnings), start=1)
        ],
    }


GOALS, TASKS, ORGANISATION = "Mục tiêu", "Nhiệm vụ, giải pháp", "Tổ chức thực hiện"
REQUIREMENTS = "Yêu cầu"
LETTERS = "abcdđeghiklmnopqrstuvxy"  # 36-HD: the level under "1." is "a)", "b)"…


def draft_resolution(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    story = Narrative(cell, RESOLUTION, warnings)
    summary = Narrative(cell, SUMMARY, warnings)
    if not story.by_section:
        warnings.append(
            'Nghị quyết: chưa có nội dung ở sheet "Nội dung"; dự thảo dùng phần '
            '"Nhiệm vụ, giải pháp" của báo cáo tổng kết.'
        )
    tasks = [p.text for p in resolution_tasks(cell)] or summary.section(TASKS)
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
        "recipients": recipients(
            profile,
            to_committee(cell),
            "Chi ủy, đảng viên trong chi bộ"
            if has_committee(cell, profile)
            else "Đảng viên trong chi bộ",
        ),
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


def tasks_of(cell: Cell, document: str) -> list:
    return [p for p in cell.paragraphs_of(document) if fold(p.section) == fold(TASKS)]


def resolution_tasks(cell: Cell) -> list:
    """The tasks of the draft resolution: its own, else those of the summary report."""
    return tasks_of(cell, RESOLUTION) or tasks_of(cell, SUMMARY)


def task_text(paragraph) -> str:
    return paragraph.text[2:] if paragraph.is_list_item else paragraph.text


def task_rows(cell: Cell, warnings: list[str]) -> list[dict]:
    """The table of the action programme: each row of its "Nhiệm vụ, giải pháp" a task, with who
    leads, who takes part and by when, then each task of the resolution it lacks, its other cells
    left to write in; a blank table to fill by hand when there is none."""
    tasks = tasks_of(cell, ACTION_PROGRAM)
    planned = {fold(task_text(p)) for p in tasks}
    missing = [p for p in resolution_tasks(cell) if fold(task_text(p)) not in planned]
    if tasks and missing:
        warnings.append(
            f"Chương trình hành động: {format_count(len(missing))} nhiệm vụ của nghị quyết chưa "
            'có ở mục "Nhiệm vụ, giải pháp" của chương trình (sheet "Nội dung"); bảng phân công '
            "in thêm các nhiệm vụ đó, để trống ô chủ trì, phối hợp, thời gian để ghi tay."
        )
        tasks = tasks + missing
    if not tasks:
        warnings.append(
            'Chương trình hành động: chưa có nhiệm vụ nào (sheet "Nội dung", mục "Nhiệm vụ, '
            'giải pháp"); bảng phân công thực hiện in trống để ghi tay.'
        )
        # Rows three lines high, to write in.
        blank = dict.fromkeys(("lead", "partners", "timing"), "") | {"task": "\n\n"}
        return [blank | {"no": str(i)} for i in range(1, 6)]
    if not all(p.lead and p.timing for p in tasks if p not in missing):
        warnings.append(
            'Chương trình hành động: có nhiệm vụ chưa ghi "Chủ trì" hoặc "Thời gian thực hiện" '
            '(sheet "Nội dung"); bảng phân công để trống ô đó để ghi tay.'
        )
    return [
        {
            "no": str(number),
            "task": task_text(p),
            "lead": p.lead if p not in missing else "",
            "partners": p.partners if p not in missing else "",
            "timing": p.timing if p not in missing else "",
        }
        for number, p in enumerate(tasks, start=1)
    ]


def action_program(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    story = Narrative(cell, ACTION_PROGRAM, warnings)
    return base_context(cell, profile) | {
        "header": cell_header(cell, profile, "CTr", draft=True),
        "goals": story.by_section.get(fold(GOALS), []),
        "requirements": story.by_section.get(fold(REQUIREMENTS), []),
        "targets": [row for row in target_rows(cell) if row["new"]],
        "no_targets": placeholder(
            'chỉ tiêu nhiệm kỳ mới (cột "Chỉ tiêu nhiệm kỳ mới")', "Chỉ tiêu"
        ),
        "task_sections": [
            {"title": f"{number}. {s['title']}", "paragraphs": s["paragraphs"]}
            for number, s in enumerate(
                story.others((GOALS, REQUIREMENTS, TASKS, ORGANISATION)), start=1
            )
        ],
        "tasks": task_rows(cell, warnings),
        "organisation": story.by_section.get(fold(ORGANISATION), []),
    }


def leaders(cell: Cell) -> list[Member]:
    """Everyone proposed for chi ủy, bí thư or phó bí thư, once each, in A-B-C order."""
    people = {id(n.member): n.member for n in cell.nominations if n.post != DELEGATE}
    return sort_by_name(people.values())


def posts_of(cell: Cell, member: Member) -> str:
    return ", ".join(post_name(n.post) for n in cell.nominations if n.member is member)


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
        "party_post": post_name(member.party_post) or "Đảng viên",
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
            p for p in (post_name(member.party_post) or "Đảng viên", member.public_post) if p
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
        "header": minutes_header(cell, profile, cell.personnel_meeting_date, "PA"),
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
        "recipients": recipients(profile, AS_ADDRESSED),
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
                    "post": post_name(post),
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
        "header": minutes_header(cell, profile, cell.personnel_meeting_date, ""),
        "addressee": member.residence_committee or f"Đảng ủy nơi cư trú của đồng chí {member.name}",
        "person": nominee_row(cell, 1, member, set())
        | {
            "residence": member.residence or BLANK_NAME,
            "public_post": member.public_post or BLANK_NAME,
        },
        "recipients": recipients(profile, AS_ADDRESSED),
    }


def personnel_roster(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    reelected = {id(n.member) for n in cell.nominations if n.reelected}
    return base_context(cell, profile) | {
        "header": minutes_header(cell, profile, cell.personnel_meeting_date, ""),
        "rows": [nominee_row(cell, i, m, reelected) for i, m in enumerate(leaders(cell), 1)],
        "roster_count": comrades_count(len(leaders(cell))),
    }


def personnel_approval(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    context = personnel_plan(cell, profile, warnings)
    return context | {
        "header": committee_header(cell, profile, "TB", draft=True),
        "recipients": recipients(profile, cell.name, archive="Văn phòng Đảng ủy"),
    }


# Minutes each step of the script takes, for its time column: a plausible running order of a
# one-session congress (congress-procedure.md C1-C2), not a rule; the clerk adjusts by hand.
MINUTES = {
    "short": 5,
    "opening": 10,
    "report": 30,
    "review": 15,
    "speech": 10,
    "guidance": 15,
    "list": 10,
    "ballot": 10,
    "count": 20,
}
# A one-seat election (bí thư, phó bí thư) goes faster: its steps take these instead.
ONE_SEAT = {"list": "short", "ballot": "short", "count": "speech"}
VOTE = (
    "Đồng chí nào nhất trí, đề nghị biểu quyết bằng thẻ đảng viên. Đồng chí nào không nhất "
    "trí? Có ý kiến khác không?"
)
ELECTION_POSTS = {
    "Chi ủy": "Chi ủy",
    "Bí thư": "Bí thư Chi bộ",
    "Phó bí thư": "Phó Bí thư Chi bộ",
    "Đại biểu": "đại biểu dự Đại hội",
}


class Script:
    """The congress script: its steps (time, task, the one person) and what each person says."""

    def __init__(self, cell: Cell, profile: Profile, warnings: list[str]):
        self.cell, self.profile, self.warnings = cell, profile, warnings
        self.committee = has_committee(cell, profile)
        chairs = len(cell.assigned("Chủ tịch đại hội"))
        self.presidium = "Đoàn chủ tịch" if chairs > 1 else "Chủ tịch Đại hội"
        start = cell.opening_time
        self.clock = dt.datetime.combine(dt.date.min, start) if start else None
        self.steps: list[dict] = []
        self.speeches: list[dict] = []

    def person(self, task: str, fallback: str = "") -> str:
        """The one person of a step: the first assigned to its task, else to the fallback."""
        for name in filter(None, (task, fallback)):
            people = self.cell.assigned(name)
            if people:
                role = ROLES.get(name, "")
                if name == "Chủ tịch đại hội" and len(people) > 1:
                    role = " (thay mặt đoàn chủ tịch)"
                return f"Đồng chí {people[0].name}{role}"
        self.warnings.append(
            f'Kịch bản: chưa phân công "{fallback or task}" (sheet "Phân công"); kịch bản để '
            "trống chỗ ghi tên."
        )
        return BLANK_NAME

    def step(self, minutes: str, task: str, person: str, one_seat: bool = False) -> None:
        time = f"{self.clock:%H} giờ {self.clock:%M}" if self.clock else ""
        self.steps.append(
            {"no": str(len(self.steps) + 1), "time": time, "task": task, "person": person}
        )
        if self.clock:
            kind = ONE_SEAT.get(minutes, minutes) if one_seat else minutes
            self.clock += dt.timedelta(minutes=MINUTES[kind])

    def speech(self, title: str, person: str, paragraphs: list[str], time: str = "") -> None:
        """What the person leading a step says, under the time the step begins."""
        time = time or self.steps[-1]["time"]
        self.speeches.append(
            {"title": title, "person": person, "time": time, "paragraphs": paragraphs}
        )

    def said(self, minutes: str, task: str, person: str, paragraphs: list[str]) -> None:
        """A step and its words, under one title."""
        self.step(minutes, task, person)
        self.speech(task, person, paragraphs)

    def reporter(self) -> str:
        """The attendance is reported by the outgoing bí thư (for the chi ủy, if there is one)."""
        for post, title in ((SECRETARY, "bí thư"), (DEPUTY, "phó bí thư")):
            member = outgoing(self.cell, post)
            if member:
                voice = ", thay mặt chi ủy" if self.committee else ""
                return f"Đồng chí {member.name} ({title} chi bộ nhiệm kỳ trước{voice})"
        return (
            "Đại diện chi ủy nhiệm kỳ trước" if self.committee else "Bí thư chi bộ nhiệm kỳ trước"
        )

    def election(self, election: str, runner: str, teller: str) -> None:
        cell, profile = self.cell, self.profile
        term = cell.term or profile.term
        post = ELECTION_POSTS[election]
        seats = seats_of(cell, election)
        listed = [n.member.name for n in sorted_nominees(cell, LIST_POST[election])]
        count = format_count(len(listed))
        said = []
        among = self.committee and election in ("Bí thư", "Phó bí thư")
        if election == "Chi ủy":
            self.step(
                "short",
                "Bầu chi ủy: báo cáo yêu cầu, tiêu chuẩn, cơ cấu; Đại hội biểu quyết số lượng "
                f"chi ủy viên ({format_count(seats)} đồng chí)",
                runner,
            )
            said += [
                "Căn cứ Điều lệ Đảng, Quy chế bầu cử trong Đảng và phương án nhân sự đã được "
                f"{committee_name(cell.parent)} thống nhất, {self.presidium} báo cáo Đại hội yêu "
                f"cầu, tiêu chuẩn, cơ cấu Chi ủy nhiệm kỳ {term} và đề nghị Đại hội biểu quyết "
                f"số lượng Chi ủy nhiệm kỳ {term} là {format_count(seats)} đồng chí.",
                VOTE,
            ]
        elif election == "Đại biểu":
            said.append(
                f"Theo số lượng {committee_name(cell.parent)} phân bổ, Chi bộ được bầu "
                f"{format_count(seats)} đại biểu dự Đại hội {cell.parent}; Đại hội không "
                "biểu quyết số lượng này."
            )
        else:
            within = " trong số chi ủy viên vừa trúng cử" if among else ""
            said.append(f"Đại hội bầu trực tiếp {post.lower()} nhiệm kỳ {term}{within}.")
        where = "chi ủy" if self.committee else "bí thư chi bộ"
        started = len(self.steps)
        self.step(
            "list",
            f"Bầu {post.lower()}: giới thiệu danh sách do {where} nhiệm kỳ trước chuẩn bị "
            f"({count} đồng chí); ứng cử, đề cử tại Đại hội",
            runner,
            seats == 1,
        )
        said.append(
            f"Danh sách do {where} nhiệm kỳ trước chuẩn bị, đã được "
            f"{committee_name(cell.parent)} thống nhất, gồm {count} đồng chí (xếp theo vần A, "
            "B, C):"
        )
        said += [f"{i}. Đồng chí {name}" for i, name in enumerate(listed, start=1)]
        said += [
            "Ngoài danh sách trên, đồng chí nào ứng cử hoặc đề cử đồng chí khác, đề nghị phát "
            "biểu và nêu rõ lý do. Người ứng cử, được đề cử phải là đảng viên chính thức của "
            "chi bộ" + (", là chi ủy viên vừa trúng cử" if among else "") + ".",
            f"Khi có người ứng cử, được đề cử tại Đại hội, {self.presidium} lấy phiếu xin ý kiến "
            "Đại hội; người được hơn "
            f"{format_count(profile.nomination_poll_percent)}% số đảng viên chính thức dự Đại "
            "hội đồng ý giới thiệu mới được đưa vào danh sách bầu cử.",
            f"{self.presidium} tổng hợp danh sách những người được giới thiệu, ứng cử, đề cử, xếp "
            "theo vần A, B, C. Đồng chí nào xin rút khỏi danh sách, đề nghị trình bày lý do; "
            f"{self.presidium} xem xét, đề nghị Đại hội biểu quyết cho rút hay không cho rút.",
            f"Đề nghị Đại hội biểu quyết thông qua danh sách bầu cử {post.lower()} gồm "
            f"{count} đồng chí như trên (nếu không có người ứng cử, đề cử thêm hoặc xin rút).",
            VOTE,
        ]
        self.step(
            "list",
            "Tổng hợp danh sách theo vần A, B, C; xem xét việc xin rút, Đại hội biểu quyết "
            "cho rút hay không; lấy phiếu xin ý kiến nếu có người ứng cử, được đề cử; Đại hội "
            "biểu quyết danh sách bầu cử",
            runner,
            seats == 1,
        )
        self.speech(f"Bầu {post.lower()}", runner, said, self.steps[started]["time"])
        self.step(
            "ballot",
            f"Bầu {post.lower()}: hướng dẫn cách bỏ phiếu; kiểm tra, niêm phong hòm phiếu; "
            "phát phiếu, bỏ phiếu",
            teller,
            seats == 1,
        )
        self.speech(
            f"Hướng dẫn bỏ phiếu bầu {post.lower()}",
            teller,
            [
                "Thay mặt Tổ kiểm phiếu, tôi xin hướng dẫn cách bỏ phiếu: "
                f"{ballot_instruction(seats, len(listed))}.",
                validity(cell, seats, len(listed)),
                "Tổ kiểm phiếu kiểm tra hòm phiếu và niêm phong trước Đại hội. Đề nghị các đồng "
                "chí đảng viên chính thức nhận phiếu, bỏ phiếu; đảng viên dự bị không bỏ phiếu.",
            ],
        )
        self.step("count", f"Kiểm phiếu; công bố kết quả bầu {post.lower()}", teller, seats == 1)
        self.speech(
            f"Công bố kết quả bầu {post.lower()}",
            teller,
            [
                "Kính thưa Đại hội! Tổ kiểm phiếu đã kiểm phiếu xong. Thay mặt Tổ kiểm phiếu, "
                f"tôi xin công bố biên bản kiểm phiếu bầu {post.lower()} nhiệm kỳ {term}: số "
                "phiếu phát ra, số phiếu thu vào, số phiếu hợp lệ, không hợp lệ; số phiếu bầu "
                "của từng đồng chí theo thứ tự trong phiếu bầu; những đồng chí trúng cử (đọc "
                "nguyên văn biên bản).",
                "Người trúng cử phải được số phiếu bầu quá một nửa so với tổng số đảng viên "
                "chính thức được triệu tập, trừ số không tính theo Quy chế bầu cử trong Đảng. "
                f"Nếu chưa đủ số lượng, {self.presidium} xin ý kiến Đại hội về việc bầu tiếp.",
            ],
        )


def validity(cell: Cell, seats: int, listed: int) -> str:
    """Which ballots count (Quy chế bầu cử trong Đảng), for the kind of list on the ballot."""
    text = (
        "Phiếu hợp lệ là phiếu do Tổ kiểm phiếu phát ra, có dấu của "
        f"{committee_name(cell.parent)}. Phiếu không hợp lệ là phiếu không do Tổ kiểm phiếu "
        "phát ra, phiếu ghi thêm tên người ngoài danh sách, phiếu có ký tên hoặc đánh dấu riêng"
    )
    if listed > seats:
        return text + (
            ", phiếu bầu quá số lượng cần bầu, phiếu gạch tên tất cả những người trong danh sách."
        )
    if listed == 1:
        return text + ", phiếu đánh dấu cả hai ô hoặc không đánh dấu ô nào."
    return text + (
        ". Ở dòng nào đánh dấu cả hai ô hoặc không đánh dấu ô nào thì phiếu vẫn hợp lệ nhưng "
        "không tính cho người ở dòng đó."
    )


# Who a person is, printed after the name in the script.
ROLES = {
    "Dẫn chương trình": " (dẫn chương trình)",
    "Chủ tịch đại hội": " (chủ tịch đại hội)",
    "Thư ký": " (thư ký đại hội)",
    "Tổ trưởng kiểm phiếu": " (tổ trưởng tổ kiểm phiếu)",
}


def guest_text(guest: str) -> str:
    """A guest as the workbook names him, without a leading "Đồng chí" (the script adds it)."""
    return guest[len("Đồng chí ") :] if fold(guest).startswith("đồng chí ") else guest


def guest_name(guest: str) -> str:
    """ "Phạm Minh Tâm - Bí thư Đảng ủy xã" → "Phạm Minh Tâm"."""
    return re.split(r",| - | – ", guest, maxsplit=1)[0].strip()


def congress_script(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    """Every step of the congress in the order it runs (HD on the steps of a congress and the
    published chi bộ scripts, congress-procedure.md C1-C2), with what its leader says."""
    script = Script(cell, profile, warnings)
    committee = script.committee
    term, previous = cell.term or profile.term, cell.previous_term or profile.previous_term
    parent_committee = committee_name(cell.parent)
    title = congress_title(cell, profile)
    host = script.person("Dẫn chương trình")
    opener = script.person("Khai mạc", "Chủ tịch đại hội")
    discussion = script.person("Điều hành thảo luận", "Chủ tịch đại hội")
    runner = script.person("Điều hành bầu cử", "Chủ tịch đại hội")
    teller = script.person("Tổ trưởng kiểm phiếu")
    clerk = script.person("Thư ký")
    chairs = cell.assigned("Chủ tịch đại hội")
    presidium = script.presidium
    voice = "Thay mặt Đoàn chủ tịch, tôi" if len(chairs) > 1 else "Tôi"  # the chair speaking
    preparer = "Chi ủy" if committee else "Bí thư chi bộ"
    guests = [guest_text(g) for g in cell.guests] or [
        f"{BLANK_NAME}, đại diện lãnh đạo {parent_committee}"
    ]
    when = long_date(cell.congress_date) if cell.congress_date else "ngày …… tháng …… năm ……"
    script.said(
        "short",
        "Ổn định tổ chức",
        host,
        [
            "Đã đến giờ làm việc, xin kính mời các đồng chí đại biểu và các đồng chí đảng viên "
            "ổn định chỗ ngồi để Đại hội bắt đầu làm việc.",
            f"Được sự phân công của {preparer.lower()}, tôi xin điều hành phần nghi thức của "
            "Đại hội. Đề nghị các đồng chí chuẩn bị thẻ đảng viên để biểu quyết.",
        ],
    )
    script.said(
        "short",
        "Chào cờ",
        host,
        [
            "Kính mời các đồng chí đại biểu và toàn thể các đồng chí đảng viên đứng dậy làm lễ "
            "chào cờ.",
            "Nghiêm! Chào cờ… chào! (Quốc ca, Quốc tế ca.) Thôi! Xin mời các đồng chí ngồi.",
        ],
    )
    script.said(
        "short",
        "Tuyên bố lý do, giới thiệu đại biểu",
        host,
        [
            "Kính thưa các đồng chí đại biểu! Kính thưa Đại hội!",
            f"Thực hiện {profile.plan_reference}, được sự thống nhất của {parent_committee}, "
            f"hôm nay, {when}, {cell.name} long trọng tổ chức {title} để "
            f"tổng kết việc thực hiện Nghị quyết Đại hội nhiệm kỳ {previous}, xác định phương "
            f"hướng, nhiệm vụ nhiệm kỳ {term}; bầu {leadership(cell, profile)} nhiệm kỳ {term}"
            + (f" và bầu đại biểu dự Đại hội {cell.parent}" if cell.delegate_seats else "")
            + ".",
            "Đến dự Đại hội, xin trân trọng giới thiệu:",
            *[f"- Đồng chí {guest}." for guest in guests],
            f"Cùng dự Đại hội có {comrades_count(len(cell.members))} đảng viên của chi bộ "
            "được triệu tập.",
            "Xin trân trọng giới thiệu và nhiệt liệt chào mừng các đồng chí đại biểu và toàn "
            "thể các đồng chí đảng viên về dự Đại hội.",
        ],
    )
    script.said(
        "short",
        "Bầu đoàn chủ tịch (chủ tịch), thư ký Đại hội",
        host,
        [
            (
                f"Để điều hành Đại hội, {preparer.lower()} giới thiệu Đoàn chủ tịch gồm "
                f"{format_count(len(chairs))} đồng chí: {join_and([m.name for m in chairs])}."
                if len(chairs) > 1
                else f"Để điều hành Đại hội, {preparer.lower()} giới thiệu đồng chí "
                f"{chairs[0].name if chairs else BLANK_NAME} làm chủ tịch Đại hội."
            ),
            VOTE,
            "Để ghi biên bản Đại hội, giới thiệu đồng chí "
            f"{', '.join(m.name for m in cell.assigned('Thư ký')) or BLANK_NAME} làm thư ký "
            "Đại hội.",
            VOTE,
            f"Xin kính mời {presidium.lower()} và thư ký Đại hội lên làm việc.",
        ],
    )
    script.said(
        "short",
        "Thông qua chương trình, nội quy làm việc của Đại hội",
        opener,
        [
            f"{voice} xin thông qua chương trình làm việc của Đại "
            "hội (theo bảng các bước tiến hành ở phần II) và nội quy Đại hội: các đồng chí dự "
            "Đại hội đủ thời gian; phát biểu khi được mời; đảng viên chính thức biểu quyết "
            "bằng thẻ đảng viên, đảng viên dự bị không biểu quyết.",
            VOTE,
        ],
    )
    script.said(
        "opening",
        "Khai mạc Đại hội",
        opener,
        [
            "Kính thưa các đồng chí đại biểu! Kính thưa Đại hội!",
            f"{voice} tuyên bố khai mạc {title}. (Đọc diễn văn khai mạc.)",
        ],
    )
    reporter = script.reporter()
    script.said(
        "short",
        "Báo cáo tình hình đảng viên dự Đại hội",
        reporter,
        [
            attendance_text(cell),
            "Số đảng viên chính thức làm cơ sở tính kết quả bầu cử: …… đồng chí. Đề nghị các "
            "đồng chí chuẩn bị thẻ đảng viên để biểu quyết; đảng viên dự bị không biểu quyết.",
        ],
    )
    summary_speaker = script.person("Trình bày báo cáo tổng kết")
    script.said(
        "report",
        f"Trình bày báo cáo tổng kết nhiệm kỳ {previous}, phương hướng nhiệm kỳ {term}",
        summary_speaker,
        [
            f"Thay mặt {preparer.lower()}, tôi xin trình bày Báo cáo tổng kết việc thực hiện "
            f"Nghị quyết Đại hội nhiệm kỳ {previous}, phương hướng, nhiệm vụ nhiệm kỳ {term}"
            + (
                ""
                if committee
                else ", kèm phần kiểm điểm của " + leaders_body(cell, profile).lower()
            )
            + ". (Trình bày toàn văn báo cáo.)"
        ],
    )
    if committee:
        script.said(
            "review",
            f"Trình bày báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của chi ủy nhiệm kỳ {previous}",
            script.person("Trình bày báo cáo kiểm điểm"),
            [
                "Thay mặt chi ủy, tôi xin trình bày Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của "
                f"chi ủy nhiệm kỳ {previous}. (Trình bày toàn văn báo cáo.)"
            ],
        )
    speakers = cell.assigned("Tham luận")
    script.said(
        "short",
        "Thảo luận các báo cáo và góp ý dự thảo văn kiện",
        discussion,
        [
            "Đại hội chuyển sang phần thảo luận. Đề nghị các đồng chí tập trung thảo luận, "
            "đánh giá kết quả nhiệm kỳ qua, góp ý vào phương hướng, nhiệm vụ nhiệm kỳ tới, dự "
            "thảo Nghị quyết Đại hội và dự thảo văn kiện Đại hội cấp trên.",
            (
                f"Theo đăng ký, {presidium.lower()} lần lượt mời các đồng chí: "
                + "; ".join(m.name for m in speakers)
                + ". Sau đó mời các đồng chí khác phát biểu."
                if speakers
                else f"{presidium} mời các đồng chí đăng ký phát biểu."
            ),
        ],
    )
    for speaker in speakers:
        script.step("speech", "Tham luận", f"Đồng chí {speaker.name}")
    guest = guests[0]
    script.said(
        "guidance",
        "Phát biểu chỉ đạo của đại diện cấp ủy cấp trên",
        discussion,
        [
            f"Thay mặt Đại hội, tôi trân trọng kính mời đồng chí {guest} "
            "phát biểu chỉ đạo Đại hội.",
        ],
    )
    script.said(
        "short",
        "Đáp từ; kết luận phần thảo luận",
        discussion,
        [
            f"Kính thưa đồng chí {guest_name(guest)}! Thay mặt Đại hội, tôi xin trân trọng cảm "
            "ơn ý kiến chỉ đạo của đồng chí. Đại hội xin tiếp thu đầy đủ để "
            f"bổ sung vào Nghị quyết Đại hội và tổ chức thực hiện trong nhiệm kỳ {term}.",
            f"{presidium} tóm tắt các ý kiến thảo luận; những ý kiến góp ý dự thảo văn kiện "
            "cấp trên được tổng hợp gửi cấp ủy cấp trên.",
        ],
    )
    script.said(
        "short",
        "Giới thiệu Tổ kiểm phiếu; Đại hội biểu quyết",
        runner,
        [
            "Đại hội chuyển sang phần bầu cử. Để giúp Đại hội tiến hành bầu cử, "
            f"{presidium.lower()} giới thiệu Tổ kiểm phiếu gồm {team_text(cell)}. Các đồng "
            "chí trong Tổ kiểm phiếu là đảng viên chính thức, không có tên trong danh sách "
            "bầu cử.",
            VOTE,
        ],
    )
    if not committee:
        decision = (
            f"Căn cứ phương án nhân sự đã được {parent_committee} thống nhất, {presidium} "
            f"đề nghị Đại hội bầu 01 phó bí thư chi bộ nhiệm kỳ {term}."
            if cell.elect_deputy
            else f"{presidium} đề nghị Đại hội không bầu phó bí thư chi bộ nhiệm kỳ {term}."
        )
        script.step("short", "Đại hội biểu quyết việc bầu phó bí thư chi bộ", runner)
        script.speech(
            "Biểu quyết việc bầu phó bí thư chi bộ",
            runner,
            [
                f"Theo Điều lệ Đảng, chi bộ có dưới {format_count(profile.committee_threshold)} "
                "đảng viên chính thức bầu bí thư chi bộ, nếu cần thì bầu một phó bí thư. Chi bộ "
                f"có {format_count(len(cell.official_members))} đảng viên chính thức. " + decision,
                VOTE,
            ],
        )
    for election in LIST_POST:
        if seats_of(cell, election):
            script.election(election, runner, teller)
    newcomers = "Chi ủy khóa mới" if committee else "Bí thư chi bộ mới"
    script.said(
        "opening",
        f"{newcomers} ra mắt; phát biểu nhận nhiệm vụ",
        runner,
        [
            f"Xin kính mời {newcomers.lower()} ra mắt Đại hội. Trân trọng kính mời đồng chí "
            "bí thư chi bộ vừa trúng cử phát biểu nhận nhiệm vụ.",
        ],
    )
    script.said(
        "opening",
        "Thông qua Nghị quyết Đại hội",
        clerk,
        [
            f"Được sự phân công của {presidium.lower()}, tôi xin đọc dự thảo Nghị quyết "
            f"{title}. (Đọc dự thảo.)",
            "Đề nghị Đại hội biểu quyết thông qua Nghị quyết Đại hội. " + VOTE,
        ],
    )
    script.said(
        "short",
        "Thông qua biên bản Đại hội",
        clerk,
        [
            "Thay mặt thư ký Đại hội, tôi xin đọc biên bản Đại hội. (Đọc biên bản.)",
            "Đề nghị Đại hội biểu quyết thông qua biên bản Đại hội. " + VOTE,
        ],
    )
    script.said(
        "short",
        "Bế mạc Đại hội",
        script.person("Bế mạc", "Chủ tịch đại hội"),
        [
            "Kính thưa các đồng chí đại biểu! Kính thưa Đại hội!",
            f"{title} đã hoàn thành toàn bộ chương trình đề ra. {voice} tuyên bố bế mạc Đại "
            "hội. (Đọc diễn văn bế mạc.)",
        ],
    )
    script.said(
        "short",
        "Chào cờ bế mạc",
        host,
        [
            "Kính mời các đồng chí đại biểu và toàn thể các đồng chí đảng viên đứng dậy làm lễ "
            "chào cờ bế mạc Đại hội.",
            "Nghiêm! Chào cờ… chào! (Quốc ca, Quốc tế ca.) Thôi!",
            "Đại hội xin kết thúc. Xin trân trọng cảm ơn các đồng chí đại biểu và toàn thể các "
            "đồng chí đảng viên.",
        ],
    )
    return base_context(cell, profile) | {
        "header": cell_header(cell, profile, "CTr"),
        "steps": script.steps,
        "speeches": script.speeches,
        "guests": cell.guests,
        "roles": [
            {"task": task, "people": ", ".join(m.name for m in cell.assigned(task))}
            for task in schema.TASKS
            if cell.assigned(task)
        ],
        "presidium": presidium,
        "recipients": recipients(profile, f"{presidium}, thư ký, Tổ kiểm phiếu Đại hội"),
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

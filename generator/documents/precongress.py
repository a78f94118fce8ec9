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
    format_count,
    format_number,
    format_percent,
    long_date,
    quantity,
    roman,
    sort_by_name,
    time_text,
)
from .common import (
    AS_ADDRESSED,
    BLANK_NAME,
    CHAIR_TITLE,
    PRESIDIUM_TITLE,
    Document,
    ballot_instruction,
    base_context,
    by_committee,
    cell_header,
    committee_header,
    committee_name,
    comrades_count,
    congress_header,
    congress_title,
    count_or_none,
    has_committee,
    is_young,
    join_and,
    leadership,
    letterhead,
    member_groups,
    minutes_header,
    outgoing,
    placeholder,
    post_name,
    presidium_name,
    recipients,
    sorted_nominees,
    structure,
    team_text,
    to_committee,
)
from .opinions import by_draft, outside_label


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
    """How a result stands against its target, as reports state it: a count by its ratio to the
    target ("đạt 110%", "đạt 100%"), a percentage target by percentage points ("vượt 5 điểm
    phần trăm"), "đạt chỉ tiêu" when a percentage is met exactly."""
    gap = result - planned
    if unit != "%":
        return f"đạt {format_percent(result, planned)}" if planned else ""
    if gap == 0:
        return "đạt chỉ tiêu"
    if ceiling:
        return f"{'thấp' if gap < 0 else 'cao'} hơn {points(gap)}"
    return f"{'vượt' if gap > 0 else 'thiếu'} {points(gap)}"


def points(gap: float) -> str:
    """A gap in percentage points, in full ("5 điểm phần trăm"), the figure held to its word."""
    return f"{format_number(abs(gap))}\u00a0điểm phần trăm"


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
                # figures of a table, as in the other tables of the reports: no leading zero
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
        # "Tỷ lệ học sinh bỏ học không quá 1%": a name ending in its bound takes no colon
        mark = " " if fold(target.name).endswith(CEILING_WORDS) else ": "
        lines.append(f"- {target.name}{mark}{quantity(target.new_target, target.unit)}.")
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
# the outgoing leaders ("bí thư, phó bí thư, chi ủy viên", "bí thư"); only the bí thư heads.
REVIEW_HEADINGS = {
    "Ưu điểm": "Ưu điểm, kết quả đạt được",
    "Tập trung dân chủ": "Thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc",
    "Nêu gương": "Việc nêu gương của {who}; trách nhiệm người đứng đầu",
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
    deputy = ["phó bí thư"] if outgoing(cell, DEPUTY) is not None else []
    who = ", ".join(["bí thư", *deputy, *(["chi ủy viên"] if committee else [])])
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
    sections = review_sections(cell, profile, warnings)
    return base_context(cell, profile) | {
        "header": cell_header(cell, profile, "BC"),
        "review_ties": f"; gắn với kiểm điểm theo {ties}" if ties else "",
        "sections": [
            {
                "title": f"{roman(number)}- {s['title'].upper()}",
                "paragraphs": s["paragraphs"],
                "last": number == len(sections),
            }
            for number, s in enumerate(sections, start=1)
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
        # It carries out the resolution the congress adopts: dated that day.
        "header": letterhead(
            cell, profile, cell.parent, cell.name, "CTr/CB", cell.congress_date, draft=True
        ),
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


def upper_congress(cell: Cell) -> str:
    """The congress the cell's delegates go to, by its đảng bộ's name: "Đại hội Đảng bộ xã X"."""
    return f"Đại hội {cell.parent}"


def nominated_as(cell: Cell, post: str) -> str:
    """A post as the personnel papers name it; a delegate's names the upper congress."""
    return f"Đại biểu dự {upper_congress(cell)}" if post == DELEGATE else post_name(post)


def posts_of(cell: Cell, member: Member) -> str:
    return ", ".join(nominated_as(cell, n.post) for n in cell.nominations if n.member is member)


YOUNG = "cán bộ trẻ"
TYPED_YOUNG = re.compile(r"(^|[,;])\s*cán bộ trẻ\s*(?=[,;]|$)", re.IGNORECASE)


def notes_of(cell: Cell, profile: Profile, member: Member) -> str:
    """The "Ghi chú" of the member's rows on "Nhân sự", each once; "cán bộ trẻ" is not taken
    as typed but from the rule of the structure count (is_young), so the two never disagree."""
    typed = (
        TYPED_YOUNG.sub("", n.note).strip(" ,;")
        for n in cell.nominations
        if n.member is member and n.note
    )
    note = "; ".join(dict.fromkeys(filter(None, typed)))
    if is_young(cell, profile, member):
        note = f"{note}, {YOUNG}" if note else YOUNG
    return note


def with_note(cell: Cell, profile: Profile, member: Member) -> str:
    """ "Nguyễn Văn An (Nhân sự mới)", the name alone when there is no note."""
    note = notes_of(cell, profile, member)
    return f"{member.name} ({note})" if note else member.name


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def birth_text(member: Member) -> str:
    return str(member.birth.date.year) if member.birth.year_only else body_date(member.birth.date)


def nominee_row(cell: Cell, profile: Profile, number: int, member: Member, reelected) -> dict:
    return {
        "no": str(number),
        "name": member.name,
        "gender": member.gender,
        "birth": birth_text(member),
        "birth_label": "năm sinh" if member.birth.year_only else "sinh ngày",
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
        "note": capitalized(notes_of(cell, profile, member)),
        "remarks": "; ".join(
            p
            for p in (
                "Tái cử" if id(member) in reelected else "Lần đầu",
                notes_of(cell, profile, member),
            )
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
            nominee_row(cell, profile, i, m, reelected) for i, m in enumerate(candidates, start=1)
        ],
        "secretaries": [
            with_note(cell, profile, n.member) for n in sorted_nominees(cell, SECRETARY)
        ],
        "deputies": [with_note(cell, profile, n.member) for n in sorted_nominees(cell, DEPUTY)],
        "elect_deputy": cell.elect_deputy,
        "delegate_seats": format_count(cell.delegate_seats or 0),
        "delegates": [with_note(cell, profile, n.member) for n in sorted_nominees(cell, DELEGATE)],
        "structure": structure(cell, profile, people),
        "structure_base": format_count(len(people)),
        "structure_of": "danh sách dự kiến chi ủy" if committee else "nhân sự dự kiến",
        "upper_congress": upper_congress(cell),
        "numbers": plan_numbers(committee, bool(cell.delegate_seats)),
        "recipients": recipients(profile, AS_ADDRESSED),
    }


def plan_numbers(committee: bool, delegates: bool) -> dict[str, str]:
    """The numbers of the plan's headings after the chi ủy's own: bí thư, delegates, structure."""
    first = 3 if committee else 2
    return {
        "leaders": str(first),
        "delegates": str(first + 1),
        "structure": str(first + 1 + delegates),
    }


def personnel_vote_minutes(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    """(2) The cell meeting's vote on the plan: who came, how it voted, each nominee's votes
    over the official members present who voted (the most votes cast on any nominee)."""
    official = len(cell.official_members)
    voters = max(((n.votes_for or 0) + (n.votes_against or 0) for n in cell.nominations), default=0)
    rows = []
    for post in (COMMITTEE, SECRETARY, DEPUTY, DELEGATE):
        group = sort_by_name(
            [n for n in cell.nominations if n.post == post],
            name=lambda n: n.member.name,
            birth=lambda n: n.member.birth_date,
        )
        for nomination in group:
            yes, no = nomination.votes_for, nomination.votes_against
            rows.append(
                {
                    "no": str(len(rows) + 1),
                    "name": nomination.member.name,
                    "post": nominated_as(cell, post),
                    "yes": str(yes) if yes is not None else "",
                    "yes_rate": format_percent(yes, voters) if yes is not None and voters else "",
                    "no_votes": str(no) if no is not None else "",
                    "no_rate": format_percent(no, voters) if no is not None and voters else "",
                }
            )
    if any(n.votes_for is None for n in cell.nominations):
        warnings.append(
            'Biên bản lấy ý kiến nhân sự: có người chưa ghi "Phiếu đồng ý" (sheet '
            '"Nhân sự"); biên bản để trống ô đó.'
        )
    chair = outgoing(cell, SECRETARY)
    clerks = cell.assigned("Thư ký")
    voted = (
        f"{format_count(voters)}/{format_count(official)}"
        if voters
        else f"……/{format_count(official)}"
    )
    return base_context(cell, profile) | {
        "header": minutes_header(cell, profile, cell.personnel_meeting_date),
        "meeting_date": (
            long_date(cell.personnel_meeting_date)
            if cell.personnel_meeting_date
            else "ngày …… tháng …… năm ……"
        ),
        "attendance": (
            f"Có mặt: ……/{format_count(len(cell.members))} đảng viên, trong đó đảng viên chính "
            f"thức tham gia biểu quyết: {voted} đồng chí; vắng: …… đồng chí (có lý do: ……, "
            "không lý do: ……)."
        ),
        "rate_base": (
            f"tỷ lệ so với số đảng viên chính thức có mặt tham gia biểu quyết: "
            f"{comrades_count(voters)}"
            if voters
            else "tỷ lệ so với số đảng viên chính thức có mặt tham gia biểu quyết"
        ),
        "rows": rows,
        "chair": chair.name if chair else "",
        "clerk": clerks[0].name if clerks else "",
    }


# Who answers a residence request, by the kind of body its "Đảng ủy nơi cư trú" names.
RESIDENCE_BODIES = (("đảng ủy", "đảng ủy"), ("đảng bộ", "đảng ủy"), ("chi ủy", "chi ủy"))
RESIDENCE_BODIES += (("chi bộ", "chi ủy"),)


def residence_body(member: Member) -> str:
    """ "đảng ủy", "chi ủy", or "cấp ủy" where the workbook does not say."""
    named = fold(member.residence_committee)
    return next((body for start, body in RESIDENCE_BODIES if named.startswith(start)), "cấp ủy")


def residence_comment(cell: Cell, profile: Profile, member: Member) -> dict:
    """(3) The request to the member's residence party committee; about the cell's only leader,
    issued by the đảng ủy cơ sở under its own header."""
    superior = by_committee(cell, profile, "residence_comment", member)
    header = minutes_header(cell, profile, cell.personnel_meeting_date, "") | {"number": ""}
    if superior:  # the đảng ủy's own header, the same phiếu: no number, the step's day
        header = committee_header(cell, profile, "") | {
            "date_line": header["date_line"],
            "number": "",
        }
    body = residence_body(member)
    return base_context(cell, profile) | {
        "header": header,
        "requester": f"Ban Thường vụ {committee_name(cell.parent)}" if superior else "chi bộ",
        "addressee": member.residence_committee or f"Đảng ủy nơi cư trú của đồng chí {member.name}",
        "residence_body": body,
        "residence_heading": body.upper(),
        "answer": f"T/M {body.upper()}" if body != "cấp ủy" else "T/M CẤP ỦY NƠI CƯ TRÚ",
        "person": nominee_row(cell, profile, 1, member, set())
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
        "rows": [
            nominee_row(cell, profile, i, m, reelected) for i, m in enumerate(leaders(cell), 1)
        ],
        "closing": roster_closing(len(leaders(cell)), "vần A, B, C"),
    }


def roster_closing(count: int, order: str) -> str:
    """ "Danh sách gồm 08 đồng chí, xếp theo vần A, B, C."; one person is in no order."""
    return f"Danh sách gồm {comrades_count(count)}" + (f", xếp theo {order}." if count > 1 else ".")


def numbered(items: list[dict]) -> list[dict]:
    """ "1. …", "2. …" before each item's text; a lone item is not numbered."""
    if len(items) < 2:
        return items
    return [item | {"text": f"{i}. {item['text']}"} for i, item in enumerate(items, start=1)]


def decision(text: str, names: list[str] | None = None, fill: bool = False) -> dict:
    """An item of (5): its text, the names listed under it, whether a line is left to fill."""
    return {"text": text, "names": names or [], "fill": fill}


def personnel_approval(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    """(5) The đảng ủy's decision on the cell's plan, in its own voice: what it agrees to, item
    by item, the names under the item that lists them; the cell's notes to it stay in the plan,
    but a nominee exempt from party activity gets an item left blank for the đảng ủy's answer."""
    term = cell.term or profile.term
    meeting = body_date(cell.personnel_meeting_date) if cell.personnel_meeting_date else "……"
    decisions: list[dict] = []
    if has_committee(cell, profile):
        candidates = [n.member for n in sorted_nominees(cell, COMMITTEE)]
        listed = [
            f"- Đồng chí {m.name}" + (f", {m.public_post}" if m.public_post else "")
            for m in candidates
        ]
        order = " (xếp theo vần A, B, C)" if len(candidates) > 1 else ""
        seats = comrades_count(cell.committee_seats or 0)
        decisions += [
            decision(f"Số lượng chi ủy viên nhiệm kỳ {term}: {seats}."),
            decision(
                f"Danh sách bầu cử chi ủy gồm {comrades_count(len(candidates))}{order}:",
                [line + ";" for line in listed[:-1]] + [line + "." for line in listed[-1:]],
            ),
        ]
    introduced = [
        f"đồng chí {n.member.name} để Đại hội bầu {post_name(post)} Chi bộ"
        for post in (SECRETARY, DEPUTY)
        if post != DEPUTY or cell.elect_deputy
        for n in sorted_nominees(cell, post)
    ]
    decisions.append(decision(f"Giới thiệu {'; '.join(introduced) or BLANK_NAME}."))
    if cell.delegate_seats:
        delegates = [f"đồng chí {n.member.name}" for n in sorted_nominees(cell, DELEGATE)]
        decisions.append(
            decision(
                f"Đại biểu dự {upper_congress(cell)}: {format_count(cell.delegate_seats)} đại "
                f"biểu; giới thiệu {join_and(delegates) or BLANK_NAME} để Đại hội bầu."
            )
        )
    exempt = {id(n.member): n.member for n in cell.nominations if n.member.exempt}
    decisions += [
        decision(f"Đối với đồng chí {m.name} (được miễn sinh hoạt đảng): ", fill=True)
        for m in sort_by_name(exempt.values())
    ]
    return base_context(cell, profile) | {
        "header": committee_header(cell, profile, "TB", draft=True),
        "plan": f"Phương án số ……-PA/CB, ngày {meeting} của {cell.name} về nhân sự "
        f"{leadership(cell, profile)} chi bộ nhiệm kỳ {term}",
        "decisions": numbered(decisions),
        "recipients": recipients(profile, cell.name, archive="Văn phòng Đảng ủy"),
    }


# Minutes each step of the script takes, for its time column: a plausible running order of a
# one-session congress (congress-procedure.md C1-C2), not a rule; the clerk adjusts by hand. A
# congress of a chi bộ fits in half a day: the reports, the speeches and the ballots of a small
# cell take less time, so these depend on the number of voters (official members).
def minutes(kind: str, voters: int, one_seat: bool) -> int:
    small = voters < 15
    batches = -(-voters // 15)  # ballots are handed out and counted fifteen or so at a time
    return {
        "short": 5,
        "opening": 10,
        "guidance": 10,
        "report": 20 if small else 25,
        "review": 10,
        "speech": 5 if small else 10,
        "list": 5 if one_seat else 10,
        "ballot": 5 if one_seat else 5 + 5 * -(-voters // 30),
        "count": 5 * batches if one_seat else 5 + 5 * batches,
    }[kind]


VOTE = (
    "Đồng chí nào nhất trí, đề nghị biểu quyết bằng thẻ đảng viên. Đồng chí nào không nhất "
    "trí? Có ý kiến khác không?"
)
BLANK = "……"
PERCENT = "\u00a0%."  # a blank and its "%" on one line
# Titles as the script writes them (capitalised as the Party office's spelling rules write the
# title of a body or a post, like POST_NAMES of common.py).
SECRETARY_TITLE, DEPUTY_TITLE = "Bí thư Chi bộ", "Phó Bí thư Chi bộ"
ELECTION_POSTS = {
    "Chi ủy": "Chi ủy",
    "Bí thư": SECRETARY_TITLE,
    "Phó bí thư": DEPUTY_TITLE,
    "Đại biểu": "đại biểu dự Đại hội",
}
# Who a person is, printed after the name in the script; the sheet's task names for section I.
ROLES = {
    "Dẫn chương trình": " (dẫn chương trình)",
    "Chủ tịch đại hội": f" ({CHAIR_TITLE})",
    "Thư ký": " (Thư ký Đại hội)",
    "Tổ trưởng kiểm phiếu": " (Tổ trưởng Tổ kiểm phiếu)",
}
ROLE_TITLES = {
    "Chủ tịch đại hội": CHAIR_TITLE,
    "Thư ký": "Thư ký Đại hội",
    "Tổ trưởng kiểm phiếu": "Tổ trưởng Tổ kiểm phiếu",
    "Tổ viên kiểm phiếu": "Tổ viên Tổ kiểm phiếu",
}


def election_post(cell: Cell, election: str) -> str:
    """What an election fills, as the script and the minutes write it ("Bí thư Chi bộ",
    "đại biểu dự Đại hội Đảng bộ xã …": the upper congress by its name, without a term)."""
    post = ELECTION_POSTS[election]
    return f"{post} {cell.parent}" if election == "Đại biểu" else post


def reviewed_leaders(cell: Cell) -> str:
    """Whose self-review the summary report carries where there is no chi ủy."""
    return f"Bí thư, {DEPUTY_TITLE}" if outgoing(cell, DEPUTY) else SECRETARY_TITLE


def said(text: str) -> dict:
    """A line the person of the step speaks."""
    return {"text": text, "direction": False, "last": False}


def direction(text: str) -> dict:
    """A stage direction: what happens, not what is said; printed in brackets and italics."""
    return {"text": f"[{text}]", "direction": True, "last": False}


def clock_text(clock: dt.time | None) -> str:
    """ "10 giờ 10", held together on one line (blanks to fill in where the time is unknown)."""
    return time_text(clock).replace(" ", "\u00a0")


class Script:
    """The congress script: its steps (time, task, the one person) and, for each step under the
    same number and time, what is said and done."""

    def __init__(self, cell: Cell, profile: Profile, warnings: list[str]):
        self.cell, self.profile, self.warnings = cell, profile, warnings
        self.committee = has_committee(cell, profile)
        self.term = cell.term or profile.term
        self.chairs = cell.assigned("Chủ tịch đại hội")
        self.presidium = presidium_name(cell)
        self.voters = len(cell.official_members)
        start = cell.opening_time
        self.clock = dt.datetime.combine(dt.date.min, start) if start else None
        self.steps: list[dict] = []

    def person(self, task: str, fallback: str = "") -> str:
        """The one person of a step: the first assigned to its task, else to the fallback."""
        for name in filter(None, (task, fallback)):
            people = self.cell.assigned(name)
            if people:
                role = ROLES.get(name, "")
                if name == "Chủ tịch đại hội" and len(people) > 1:
                    role = f" (thay mặt {PRESIDIUM_TITLE})"
                return f"Đồng chí {people[0].name}{role}"
        self.warnings.append(
            f'Kịch bản: chưa phân công "{fallback or task}" (sheet "Phân công"); kịch bản để '
            "trống chỗ ghi tên."
        )
        return BLANK_NAME

    def step(
        self, kind: str, task: str, person: str, lines: list[dict], one_seat: bool = False
    ) -> None:
        """One row of the table and, under the same number and time, its words in section III."""
        time = clock_text(self.clock.time()) if self.clock else ""
        number = str(len(self.steps) + 1)
        self.steps.append(
            {"no": number, "time": time, "task": task, "person": person, "lines": lines}
        )
        if self.clock:
            self.clock += dt.timedelta(minutes=minutes(kind, self.voters, one_seat))

    def vote(self, what: str) -> list[dict]:
        """A show-of-hands vote and the chair's closing line, with blanks for the count."""
        return [
            said(VOTE),
            said(
                f"Xin cảm ơn các đồng chí. Đại hội đã biểu quyết thông qua {what} với "
                f"{BLANK}/{BLANK} đồng chí tán thành, đạt {BLANK}{PERCENT}"
            ),
        ]

    def reporter(self) -> str:
        """The attendance is reported by the outgoing bí thư (for the chi ủy, if there is one)."""
        previous = self.cell.previous_term or self.profile.previous_term
        for post, title in ((SECRETARY, SECRETARY_TITLE), (DEPUTY, DEPUTY_TITLE)):
            member = outgoing(self.cell, post)
            if member:
                voice = ", thay mặt Chi ủy" if self.committee else ""
                return f"Đồng chí {member.name} ({title} nhiệm kỳ {previous}{voice})"
        return f"Đại diện Chi ủy nhiệm kỳ {previous}" if self.committee else SECRETARY_TITLE

    def election(self, election: str, runner: str, teller: str) -> None:
        cell, profile, term, presidium = self.cell, self.profile, self.term, self.presidium
        parent_committee = committee_name(cell.parent)
        post = election_post(cell, election)
        # The upper congress has a term of its own: it is named without the cell's.
        post_term = post if election == "Đại biểu" else f"{post} nhiệm kỳ {term}"
        seats = seats_of(cell, election)
        one = seats == 1
        listed = [n.member.name for n in sorted_nominees(cell, LIST_POST[election])]
        count = format_count(len(listed))
        among = self.committee and election in ("Bí thư", "Phó bí thư")
        lines = []
        task = f"Bầu {post}"
        if election == "Chi ủy":
            self.step(
                "short",
                "Bầu Chi ủy: báo cáo yêu cầu, tiêu chuẩn, cơ cấu; Đại hội biểu quyết số lượng "
                f"Chi ủy viên ({format_count(seats)} đồng chí)",
                runner,
                [
                    said(
                        "Căn cứ Điều lệ Đảng, Quy chế bầu cử trong Đảng và phương án nhân sự đã "
                        f"được {parent_committee} thống nhất, {presidium} báo cáo Đại hội yêu "
                        f"cầu, tiêu chuẩn, cơ cấu Chi ủy nhiệm kỳ {term} và đề nghị Đại hội biểu "
                        f"quyết số lượng Chi ủy nhiệm kỳ {term} là {format_count(seats)} đồng chí."
                    ),
                    *self.vote(
                        f"số lượng Chi ủy nhiệm kỳ {term} là {format_count(seats)} đồng chí"
                    ),
                ],
            )
        elif election == "Đại biểu":
            lines.append(
                said(
                    f"Theo số lượng {parent_committee} phân bổ, Chi bộ được bầu "
                    f"{format_count(seats)} {post}; Đại hội không biểu quyết số lượng này."
                )
            )
        else:
            within = " trong số Chi ủy viên vừa trúng cử" if among else ""
            lines.append(said(f"Đại hội bầu trực tiếp {post_term}{within}."))
            if among and election == "Bí thư" and not cell.elect_deputy:
                lines.append(
                    said(
                        f"Theo phương án nhân sự đã được {parent_committee} thống nhất, Đại hội "
                        f"không bầu {DEPUTY_TITLE} nhiệm kỳ {term}."
                    )
                )
        where = "Chi ủy" if self.committee else SECRETARY_TITLE
        lines += [
            said(
                f"Danh sách do {where} nhiệm kỳ trước chuẩn bị, đã được {parent_committee} "
                f"thống nhất, gồm {count} đồng chí (xếp theo vần A, B, C):"
            ),
            *[said(f"{i}. Đồng chí {name}") for i, name in enumerate(listed, start=1)],
            said(
                "Ngoài danh sách trên, đồng chí nào ứng cử hoặc đề cử đồng chí khác, đề nghị "
                "phát biểu và nêu rõ lý do. Người ứng cử, được đề cử phải là đảng viên chính "
                "thức của Chi bộ" + (", là Chi ủy viên vừa trúng cử" if among else "") + "."
            ),
            direction(
                f"Nếu có người ứng cử, được đề cử tại Đại hội: {presidium} lấy ý kiến giới thiệu "
                "của Đại hội (phiếu Mẫu 4A, 4B); người được hơn "
                f"{format_count(profile.nomination_poll_percent)}% số đảng viên chính thức dự "
                "Đại hội đồng ý giới thiệu mới được đưa vào danh sách bầu cử."
            ),
            direction(
                "Nếu có đồng chí xin rút: đồng chí đó trình bày lý do; "
                f"{presidium} xem xét, đề nghị Đại hội biểu quyết cho rút hay không cho rút. "
                f"Danh sách có thay đổi thì {presidium} đọc lại danh sách theo vần A, B, C."
            ),
            said(
                f"Đề nghị Đại hội biểu quyết thông qua danh sách bầu cử {post_term} gồm {count} "
                "đồng chí như trên."
            ),
            *self.vote(f"danh sách bầu cử {post_term}"),
        ]
        self.step(
            "list",
            f"{task}: giới thiệu danh sách ({count} đồng chí); ứng cử, đề cử, xin rút; Đại hội "
            "biểu quyết danh sách bầu cử",
            runner,
            lines,
            one,
        )
        self.step(
            "ballot",
            f"Bầu {post}: hướng dẫn cách bỏ phiếu; kiểm tra, niêm phong hòm phiếu; phát "
            "phiếu, bỏ phiếu",
            teller,
            [
                said(
                    "Thay mặt Tổ kiểm phiếu, tôi xin hướng dẫn cách bỏ phiếu: "
                    f"{ballot_instruction(seats, len(listed))}."
                ),
                said(validity(cell, seats, len(listed))),
                direction(
                    "Tổ kiểm phiếu kiểm tra hòm phiếu trước Đại hội, niêm phong; phát phiếu cho "
                    "đảng viên chính thức."
                ),
                said(
                    "Đề nghị các đồng chí đảng viên chính thức nhận phiếu, bỏ phiếu; đảng viên "
                    "dự bị không bỏ phiếu."
                ),
            ],
            one,
        )
        ticks = " đồng ý" if len(listed) <= seats else ""
        self.step(
            "count",
            f"Kiểm phiếu; công bố kết quả bầu {post}",
            teller,
            [
                said(
                    "Kính thưa Đại hội! Tổ kiểm phiếu đã kiểm phiếu xong. Thay mặt Tổ kiểm "
                    f"phiếu, tôi xin công bố kết quả bầu {post_term}:"
                ),
                said(
                    f"Số phiếu phát ra: {BLANK}; số phiếu thu vào: {BLANK}; số phiếu hợp lệ: "
                    f"{BLANK}; số phiếu không hợp lệ: {BLANK}."
                ),
                said("Số phiếu bầu của từng đồng chí, theo thứ tự trong phiếu bầu (vần A, B, C):"),
                *[
                    said(f"{i}. Đồng chí {name}: {BLANK} phiếu{ticks}, đạt {BLANK}{PERCENT}")
                    for i, name in enumerate(listed, start=1)
                ],
                said(
                    "Người trúng cử phải được số phiếu bầu quá một nửa so với tổng số đảng viên "
                    "chính thức được triệu tập, trừ số không tính theo Quy chế bầu cử trong "
                    "Đảng."
                ),
                # a line of its own: the blank never wraps away from it, stretching the line
                said(
                    f"Đồng chí trúng cử {post_term}: {BLANK_NAME}."
                    if one
                    else f"Các đồng chí trúng cử {post_term}: {BLANK_NAME}."
                ),
                direction(
                    f"Nếu chưa đủ số lượng cần bầu, {presidium} xin ý kiến Đại hội về việc bầu "
                    "tiếp."
                ),
                *(
                    [
                        direction(
                            "Nếu nhiều đồng chí bằng số phiếu nhau ở vị trí cuối cùng, vượt số "
                            f"lượng còn lại: chưa đồng chí nào trong số đó trúng cử; {presidium} "
                            "đề nghị Đại hội biểu quyết việc bầu tiếp và danh sách bầu lần sau "
                            "(các đồng chí bằng số phiếu nhau); Tổ kiểm phiếu phát phiếu mới, "
                            "kiểm phiếu và công bố kết quả lần bầu tiếp."
                        )
                    ]
                    if len(listed) > seats
                    else []
                ),
            ],
            one,
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


def opinions_gathered(cell: Cell, profile: Profile) -> str:
    """ "11 ý kiến (06 của đảng viên, 05 của …) tại cuộc họp chi bộ ngày …": what the summary
    of the comments on the drafts, gathered before the congress, sums up; empty when there is
    none."""
    count = sum(len(items) for _, items in by_draft(cell, profile))
    if not count:
        return ""
    members = sum(o.member is not None for o in cell.opinions)
    givers = [
        f"{format_count(n)} của {who}"
        for n, who in ((members, "đảng viên"), (count - members, outside_label(cell)))
        if n
    ]
    day = (
        f"ngày {body_date(cell.opinion_meeting_date)}"
        if cell.opinion_meeting_date
        else "trước Đại hội"
    )
    return f"{format_count(count)} ý kiến ({'; '.join(givers)}) tại cuộc họp chi bộ {day}"


def guest_text(guest: str) -> str:
    """A guest as the workbook names him, without a leading "Đồng chí" (the script adds it)."""
    return guest[len("Đồng chí ") :] if fold(guest).startswith("đồng chí ") else guest


def guest_name(guest: str) -> str:
    """ "Phạm Minh Tâm - Bí thư Đảng ủy xã" → "Phạm Minh Tâm"."""
    return re.split(r",| - | – ", guest, maxsplit=1)[0].strip()


def convened(cell: Cell) -> tuple[str, str]:
    """ "26 đồng chí (chính thức: 24, dự bị: 02)" and "trong đó 03 đồng chí được miễn sinh hoạt
    (thuộc số đảng viên chính thức)": the exempt counted inside the official, not as a third
    group (empty when none is exempt)."""
    exempt = cell.exempt_members
    official_exempt = [m for m in exempt if m.is_official]
    inside = (
        "thuộc số đảng viên chính thức"
        if len(official_exempt) == len(exempt)
        else f"chính thức: {format_count(len(official_exempt))}, dự bị: "
        f"{format_count(len(exempt) - len(official_exempt))}"
    )
    groups = (
        f"{comrades_count(len(cell.members))} (chính thức: "
        f"{count_or_none(len(cell.official_members))}, dự bị: "
        f"{count_or_none(len(cell.probationary_members))})"
    )
    return groups, (
        f"trong đó {format_count(len(exempt))} đồng chí được miễn sinh hoạt ({inside})"
        if exempt
        else ""
    )


def attendance_report(cell: Cell) -> str:
    """Who is convened and the blanks of the roll call out of that number."""
    total = len(cell.members)
    groups, exempt = convened(cell)
    return (
        f"Tổng số đảng viên của Chi bộ được triệu tập: {groups}"
        + (f"; {exempt}" if exempt else "")
        + f". Có mặt: {BLANK}/{format_count(total)} đồng chí, đạt {BLANK}\u00a0%; vắng: {BLANK} đồng "
        f"chí (có lý do: {BLANK}, không lý do: {BLANK})."
    )


def congress_script(cell: Cell, profile: Profile, warnings: list[str]) -> dict:
    """Every step of the congress in the order it runs (HD on the steps of a congress and the
    published chi bộ scripts, congress-procedure.md C1-C2), with what its leader says."""
    script = Script(cell, profile, warnings)
    committee, term, presidium = script.committee, script.term, script.presidium
    previous = cell.previous_term or profile.previous_term
    parent_committee = committee_name(cell.parent)
    title = congress_title(cell, profile)
    host = script.person("Dẫn chương trình")
    opener = script.person("Khai mạc", "Chủ tịch đại hội")
    discussion = script.person("Điều hành thảo luận", "Chủ tịch đại hội")
    runner = script.person("Điều hành bầu cử", "Chủ tịch đại hội")
    teller = script.person("Tổ trưởng kiểm phiếu")
    clerk = script.person("Thư ký")
    chair = script.person("Chủ tịch đại hội")
    chairs = script.chairs
    voice = f"Thay mặt {PRESIDIUM_TITLE}, tôi" if len(chairs) > 1 else "Tôi"  # the chair speaking
    preparer = "Chi ủy" if committee else SECRETARY_TITLE
    posts = (
        (["Chi ủy"] if committee else [])
        + ["Bí thư"]
        + (["Phó Bí thư"] if cell.elect_deputy else [])
    )
    elected = ", ".join(posts) + f" Chi bộ nhiệm kỳ {term}"
    delegates = f"bầu đại biểu dự Đại hội {cell.parent}" if cell.delegate_seats else ""
    guests = [guest_text(g) for g in cell.guests] or [
        f"{BLANK_NAME}, đại diện lãnh đạo {parent_committee}"
    ]
    when = long_date(cell.congress_date) if cell.congress_date else "ngày …… tháng …… năm ……"
    script.step(
        "short",
        "Ổn định tổ chức",
        host,
        [
            said(
                "Đã đến giờ làm việc, xin kính mời các đồng chí đại biểu và các đồng chí đảng "
                "viên ổn định chỗ ngồi để Đại hội bắt đầu làm việc."
            ),
            said(
                f"Được sự phân công của {preparer}, tôi xin điều hành phần nghi thức của Đại "
                "hội. Đề nghị các đồng chí chuẩn bị thẻ đảng viên để biểu quyết."
            ),
        ],
    )
    script.step(
        "short",
        "Chào cờ",
        host,
        [
            said(
                "Kính mời các đồng chí đại biểu và toàn thể các đồng chí đảng viên đứng dậy làm "
                "lễ chào cờ."
            ),
            said("Nghiêm! Chào cờ… chào!"),
            direction("Quốc ca, Quốc tế ca."),
            said("Thôi! Xin mời các đồng chí ngồi."),
        ],
    )
    script.step(
        "short",
        "Tuyên bố lý do, giới thiệu đại biểu",
        host,
        [
            said("Kính thưa các đồng chí đại biểu! Kính thưa Đại hội!"),
            said(
                f"Thực hiện {profile.plan_reference}, được sự thống nhất của {parent_committee}, "
                f"hôm nay, {when}, {cell.name} long trọng tổ chức {title} để tổng kết việc thực "
                f"hiện Nghị quyết Đại hội nhiệm kỳ {previous}, xác định phương hướng, nhiệm vụ "
                f"nhiệm kỳ {term}; bầu {elected}" + (f" và {delegates}" if delegates else "") + "."
            ),
            said("Đến dự Đại hội, xin trân trọng giới thiệu:"),
            *[said(f"- Đồng chí {guest}.") for guest in guests],
            said("Cùng dự Đại hội có các đồng chí đảng viên của Chi bộ được triệu tập."),
            said(
                "Xin trân trọng giới thiệu và nhiệt liệt chào mừng các đồng chí đại biểu và toàn "
                "thể các đồng chí đảng viên về dự Đại hội."
            ),
        ],
    )
    names = join_and([m.name for m in chairs]) if chairs else BLANK_NAME
    clerks = (
        join_and([m.name for m in cell.assigned("Thư ký")])
        if cell.assigned("Thư ký")
        else BLANK_NAME
    )
    script.step(
        "short",
        f"Bầu {presidium}, Thư ký Đại hội",
        host,
        [
            said(
                f"Để điều hành Đại hội, {preparer} giới thiệu {PRESIDIUM_TITLE} Đại hội gồm "
                f"{format_count(len(chairs))} đồng chí: {names}."
                if len(chairs) > 1
                else f"Để điều hành Đại hội, {preparer} giới thiệu đồng chí {names} làm {CHAIR_TITLE}."
            ),
            *script.vote(
                f"{PRESIDIUM_TITLE} Đại hội gồm {format_count(len(chairs))} đồng chí"
                if len(chairs) > 1
                else f"đồng chí {names} làm {CHAIR_TITLE}"
            ),
            said(f"Để ghi biên bản Đại hội, giới thiệu đồng chí {clerks} làm Thư ký Đại hội."),
            *script.vote(f"đồng chí {clerks} làm Thư ký Đại hội"),
            said(f"Xin kính mời {presidium} và Thư ký Đại hội lên làm việc."),
        ],
    )
    reports = "báo cáo tổng kết nhiệm kỳ, phương hướng nhiệm kỳ mới" + (
        " và báo cáo kiểm điểm của Chi ủy" if committee else ""
    )
    script.step(
        "short",
        "Thông qua chương trình, nội quy làm việc của Đại hội",
        opener,
        [
            said(
                f"{voice} xin thông qua chương trình làm việc của Đại hội: khai mạc; báo cáo "
                f"tình hình đảng viên dự Đại hội; trình bày {reports}; thảo luận; phát biểu "
                f"chỉ đạo của đại diện {parent_committee}; bầu {elected}"
                + (f"; {delegates}" if delegates else "")
                + "; thông qua Nghị quyết Đại hội; bế mạc."
            ),
            said(
                "Nội quy Đại hội: các đồng chí dự Đại hội đủ thời gian; phát biểu khi được mời; "
                "đảng viên chính thức biểu quyết bằng thẻ đảng viên, đảng viên dự bị không biểu "
                "quyết."
            ),
            *script.vote("chương trình, nội quy làm việc của Đại hội"),
        ],
    )
    script.step(
        "opening",
        "Khai mạc Đại hội",
        opener,
        [
            said("Kính thưa các đồng chí đại biểu! Kính thưa Đại hội!"),
            said(f"{voice} tuyên bố khai mạc {title}."),
            direction("Đọc diễn văn khai mạc."),
        ],
    )
    script.step(
        "short",
        "Báo cáo tình hình đảng viên dự Đại hội",
        script.reporter(),
        [
            said(attendance_report(cell)),
            said(
                f"Số đảng viên chính thức làm cơ sở tính kết quả bầu cử: {BLANK} đồng chí. Đề "
                "nghị các đồng chí chuẩn bị thẻ đảng viên để biểu quyết; đảng viên dự bị không "
                "biểu quyết."
            ),
        ],
    )
    script.step(
        "report",
        f"Trình bày báo cáo tổng kết nhiệm kỳ {previous}, phương hướng nhiệm kỳ {term}",
        script.person("Trình bày báo cáo tổng kết"),
        [
            said(
                f"Thay mặt {'Chi ủy' if committee else 'Chi bộ'}, tôi xin trình bày Báo cáo "
                f"tổng kết việc thực hiện Nghị quyết Đại hội nhiệm kỳ {previous}, phương hướng, "
                f"nhiệm vụ nhiệm kỳ {term}"
                + ("" if committee else f", kèm phần kiểm điểm của {reviewed_leaders(cell)}")
                + "."
            ),
            direction("Trình bày toàn văn báo cáo."),
        ],
    )
    if committee:
        script.step(
            "review",
            f"Trình bày báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy nhiệm kỳ {previous}",
            script.person("Trình bày báo cáo kiểm điểm"),
            [
                said(
                    "Thay mặt Chi ủy, tôi xin trình bày Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo "
                    f"của Chi ủy nhiệm kỳ {previous}."
                ),
                direction("Trình bày toàn văn báo cáo."),
            ],
        )
    speakers = cell.assigned("Tham luận")
    script.step(
        "short",
        "Thảo luận các báo cáo và góp ý dự thảo văn kiện",
        discussion,
        [
            said(
                "Đại hội chuyển sang phần thảo luận. Đề nghị các đồng chí tập trung thảo luận, "
                "đánh giá kết quả nhiệm kỳ qua, góp ý vào phương hướng, nhiệm vụ nhiệm kỳ tới, "
                "dự thảo Nghị quyết Đại hội và dự thảo văn kiện Đại hội cấp trên."
            ),
            said(
                f"Theo đăng ký, {presidium} lần lượt mời các đồng chí: "
                + "; ".join(m.name for m in speakers)
                + ". Sau đó mời các đồng chí khác phát biểu."
                if speakers
                else f"{presidium} mời các đồng chí đăng ký phát biểu."
            ),
        ],
    )
    for speaker in speakers:
        script.step(
            "speech",
            "Tham luận",
            f"Đồng chí {speaker.name}",
            [direction(f"{presidium} mời; đồng chí {speaker.name} trình bày tham luận.")],
        )
    gathered = opinions_gathered(cell, profile)
    if gathered:
        script.step(
            "short",
            "Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện",
            discussion,
            [
                said(
                    f"{voice} xin trình bày Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện "
                    f"({gathered})."
                ),
                direction("Đọc Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện."),
                *script.vote("Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện"),
            ],
        )
    guest = guests[0]
    script.step(
        "guidance",
        "Phát biểu chỉ đạo của đại diện cấp ủy cấp trên",
        f"Đồng chí {guest}",
        [
            direction(f"{discussion} mời đại biểu cấp trên phát biểu:"),
            said(
                f"Thay mặt Đại hội, tôi trân trọng kính mời đồng chí {guest} phát biểu chỉ đạo "
                "Đại hội."
            ),
            direction(f"Đồng chí {guest_name(guest)} phát biểu chỉ đạo Đại hội."),
        ],
    )
    script.step(
        "short",
        "Đáp từ; kết luận phần thảo luận",
        discussion,
        [
            said(
                f"Kính thưa đồng chí {guest_name(guest)}! Thay mặt Đại hội, tôi xin trân trọng "
                "cảm ơn ý kiến chỉ đạo của đồng chí. Đại hội xin tiếp thu đầy đủ để bổ sung vào "
                f"Nghị quyết Đại hội và tổ chức thực hiện trong nhiệm kỳ {term}."
            ),
            direction(
                f"{presidium} tóm tắt các ý kiến thảo luận; ý kiến góp ý dự thảo văn kiện cấp "
                f"trên được tổng hợp gửi {parent_committee}."
            ),
        ],
    )
    script.step(
        "short",
        "Giới thiệu Tổ kiểm phiếu; Đại hội biểu quyết",
        runner,
        [
            said(
                "Đại hội chuyển sang phần bầu cử. Để giúp Đại hội tiến hành bầu cử, "
                f"{presidium} giới thiệu Tổ kiểm phiếu gồm {team_text(cell)}. Các đồng chí "
                "trong Tổ kiểm phiếu là đảng viên chính thức, không có tên trong danh sách bầu "
                "cử."
            ),
            *script.vote("danh sách Tổ kiểm phiếu"),
        ],
    )
    if not committee:
        decision = "bầu 01" if cell.elect_deputy else "không bầu"
        script.step(
            "short",
            f"Đại hội biểu quyết việc {decision.removesuffix(' 01')} {DEPUTY_TITLE}",
            runner,
            [
                said(
                    "Theo Điều lệ Đảng, chi bộ có dưới "
                    f"{format_count(profile.committee_threshold)} đảng viên chính thức bầu bí "
                    "thư chi bộ, nếu cần thì bầu một phó bí thư. Chi bộ có "
                    f"{format_count(len(cell.official_members))} đảng viên chính thức. Căn cứ "
                    f"phương án nhân sự đã được {parent_committee} thống nhất, {presidium} đề "
                    f"nghị Đại hội {decision} {DEPUTY_TITLE} nhiệm kỳ {term}."
                ),
                *script.vote(f"việc {decision} {DEPUTY_TITLE} nhiệm kỳ {term}"),
            ],
        )
    for election in LIST_POST:
        if seats_of(cell, election):
            script.election(election, runner, teller)
    leaders = f"Bí thư, {DEPUTY_TITLE}" if cell.elect_deputy else SECRETARY_TITLE
    newcomers = f"Chi ủy nhiệm kỳ {term}" if committee else f"{leaders} nhiệm kỳ {term}"
    who = ("các đồng chí Chi ủy viên, " if committee else "") + (
        f"Bí thư và {DEPUTY_TITLE}" if cell.elect_deputy else SECRETARY_TITLE
    )
    script.step(
        "short",
        f"{newcomers} ra mắt Đại hội; Bí thư Chi bộ mới được bầu phát biểu nhận nhiệm vụ",
        f"Đồng chí {SECRETARY_TITLE} mới được bầu",
        [
            direction(f"{presidium} mời {who} mới được bầu lên ra mắt Đại hội."),
            said(
                "Kính thưa các đồng chí đại biểu! Kính thưa Đại hội! Thay mặt "
                + (f"Chi ủy nhiệm kỳ {term}" if committee else "Chi bộ")
                + ", tôi xin trân trọng cảm ơn sự tín nhiệm của Đại hội và xin hứa trước Đại "
                "hội sẽ cùng toàn Chi bộ thực hiện thắng lợi Nghị quyết Đại hội."
            ),
            direction("Bí thư Chi bộ mới được bầu phát biểu nhận nhiệm vụ."),
        ],
    )
    for kind, paper, read in (
        ("opening", "Nghị quyết Đại hội", f"dự thảo Nghị quyết {title}"),
        ("short", "biên bản Đại hội", "biên bản Đại hội"),
    ):
        script.step(
            kind,
            f"Thông qua {paper}",
            f"{clerk}; {presidium} điều hành biểu quyết",
            [
                said(f"Được sự phân công của {presidium}, tôi xin đọc {read}."),
                direction(f"Đọc {read}."),
                direction(f"{chair} điều hành biểu quyết:"),
                said(f"Đề nghị Đại hội biểu quyết thông qua {paper}."),
                *script.vote(paper),
            ],
        )
    script.step(
        "short",
        "Bế mạc Đại hội",
        script.person("Bế mạc", "Chủ tịch đại hội"),
        [
            said("Kính thưa các đồng chí đại biểu! Kính thưa Đại hội!"),
            direction("Đọc diễn văn bế mạc."),
            said(
                f"{title} đã hoàn thành toàn bộ chương trình đề ra. {voice} tuyên bố bế mạc "
                "Đại hội."
            ),
        ],
    )
    script.step(
        "short",
        "Chào cờ bế mạc",
        host,
        [
            said(
                "Kính mời các đồng chí đại biểu và toàn thể các đồng chí đảng viên đứng dậy làm "
                "lễ chào cờ bế mạc Đại hội."
            ),
            said("Nghiêm! Chào cờ… chào!"),
            direction("Quốc ca, Quốc tế ca."),
            said(
                "Thôi! Đại hội xin kết thúc. Xin trân trọng cảm ơn các đồng chí đại biểu và toàn "
                "thể các đồng chí đảng viên."
            ),
        ],
    )
    last = script.steps[-1]["lines"][-1]  # the body ends with the host's last words
    last["text"], last["last"] = last["text"].removesuffix(".") + profile.end_mark, True
    return base_context(cell, profile) | {
        "header": cell_header(cell, profile, "CTr"),
        "steps": script.steps,
        "guests": cell.guests,
        "roles": [
            {
                "task": presidium if task == "Chủ tịch đại hội" else ROLE_TITLES.get(task, task),
                "people": ", ".join(m.name for m in cell.assigned(task)),
            }
            for task in schema.TASKS
            if cell.assigned(task)
        ],
        "opening_time": clock_text(cell.opening_time),
        "presidium": presidium,
        "recipients": recipients(profile, f"{presidium}, Thư ký Đại hội, Tổ kiểm phiếu"),
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

"""Templates of the pre-congress package (SPEC §2): reports, drafts, personnel dossier, script."""

from __future__ import annotations

from copy import deepcopy

from common import (
    add,
    dotted,
    grid,
    letterhead,
    loop,
    new_document,
    on_last_turn,
    paragraph_style,
    sections,
    signature,
    tag,
    title,
)
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph


def summary_report():
    document = new_document()
    letterhead(document)
    title(
        document,
        "BÁO CÁO",
        "tổng kết việc thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ {{ previous_term }},",
        "phương hướng, nhiệm vụ nhiệm kỳ {{ term }}",
    )
    add(
        document,
        "Thực hiện {{ plan_reference }}, {{ cell_name }} báo cáo kết quả thực hiện "
        "Nghị quyết Đại hội nhiệm kỳ {{ previous_term }} và phương hướng, nhiệm vụ "
        "nhiệm kỳ {{ term }} như sau:",
    )
    add(document, "Phần thứ nhất", "Part")
    add(document, "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ {{ previous_term }}", "Part")
    add(document, "I- ĐẶC ĐIỂM TÌNH HÌNH", "Heading")
    add(document, "{{ situation }}")
    loop(document, "situation_text")
    add(document, "1. Thuận lợi", "Heading")
    loop(document, "advantages")
    add(document, "2. Khó khăn", "Heading")
    loop(document, "difficulties")
    add(document, "II- KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU", "Heading")
    add(document, "{{ target_summary }}")
    grid(
        document,
        (
            ("STT", "no"),
            ("Chỉ tiêu", "name"),
            ("Đơn vị tính", "unit"),
            ("Chỉ tiêu nghị quyết", "planned"),
            ("Kết quả thực hiện", "result"),
            ("So với chỉ tiêu", "rate"),
            ("Đánh giá", "assessment"),
        ),
        "targets",
        (12, 44, 22, 19, 19, 29, 20),
    )
    add(document, "III- KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ", "Heading")
    sections(document, "fields")
    add(document, "IV- CÔNG TÁC XÂY DỰNG ĐẢNG", "Heading")
    for number, item in enumerate(("party[0]", "party[1]"), start=1):
        add(document, f"{number}. {{{{ {item}.title }}}}", "Heading")
        loop(document, f"{item}.paragraphs")
    add(document, "Kết quả xếp loại chất lượng chi bộ và đảng viên hằng năm:")
    tag(document, "if not classifications")
    add(document, "{{ no_classifications }}")
    tag(document, "endif")
    grid(
        document,
        (
            ("Năm", "year"),
            ("Xếp loại chi bộ", "rating"),
            ("Hoàn thành xuất sắc nhiệm vụ", "excellent"),
            ("Hoàn thành tốt nhiệm vụ", "good"),
            ("Hoàn thành nhiệm vụ", "done"),
            ("Không hoàn thành nhiệm vụ", "failed"),
            ("Kết nạp mới", "admitted"),
        ),
        "classifications",
        (14, 45, 22, 22, 22, 22, 18),
    )
    for number, item in enumerate(("party[2]", "party[3]"), start=3):
        add(document, f"{number}. {{{{ {item}.title }}}}", "Heading")
        loop(document, f"{item}.paragraphs")
    add(
        document,
        "5. Thực hiện {{ directive_title }}",
        "Heading",
    )
    loop(document, "directive05")
    add(
        document,
        "6. Thực hiện {{ conclusion_title }}",
        "Heading",
    )
    loop(document, "conclusion21")
    add(document, "V- LÃNH ĐẠO CÁC ĐOÀN THỂ", "Heading")
    loop(document, "mass_organisations")
    add(document, "VI- ĐÁNH GIÁ CHUNG", "Heading")
    for number, (heading, items) in enumerate(
        (
            ("Ưu điểm", "strengths"),
            ("Hạn chế", "weaknesses"),
            ("Nguyên nhân", "causes"),
            ("Bài học kinh nghiệm", "lessons"),
        ),
        start=1,
    ):
        add(document, f"{number}. {heading}", "Heading")
        loop(document, items)
    tag(document, "if other_sections")
    add(document, "VII- NỘI DUNG KHÁC", "Heading")
    sections(document, "other_sections")
    tag(document, "endif")
    tag(document, "if leader_review")
    add(
        document,
        "{% if other_sections %}VIII{% else %}VII{% endif %}- {{ leader_review_title }}",
        "Heading",
    )
    sections(document, "leader_review")
    tag(document, "endif")
    add(document, "Phần thứ hai", "Part")
    add(document, "PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ {{ term }}", "Part")
    add(document, "I- PHƯƠNG HƯỚNG", "Heading")
    loop(document, "direction")
    add(document, "II- CÁC CHỈ TIÊU CHỦ YẾU", "Heading")
    loop(document, "new_targets")
    add(document, "III- NHIỆM VỤ, GIẢI PHÁP", "Heading")
    loop(document, "tasks")
    add(
        document,
        "Trên đây là báo cáo tổng kết nhiệm kỳ {{ previous_term }}, phương hướng, nhiệm "
        "vụ nhiệm kỳ {{ term }} của {{ cell_name }}, trình Đại hội xem xét, thông "
        "qua{{ end }}",
    )
    signature(document)
    return document


def self_review_report():
    document = new_document()
    letterhead(document)
    title(
        document,
        "BÁO CÁO",
        "kiểm điểm sự lãnh đạo, chỉ đạo của chi ủy",
        "nhiệm kỳ {{ previous_term }}",
    )
    add(
        document,
        "Thực hiện {{ plan_reference }}{{ review_ties }}, Chi ủy {{ cell_name }} kiểm điểm "
        "sự lãnh đạo, chỉ đạo trong nhiệm kỳ {{ previous_term }} như sau:",
    )
    tag(document, "for section in sections")
    add(document, "{{ section.title }}", "Heading")
    tag(document, "for text in section.paragraphs")
    # The report's last paragraph goes with the closing: the last page never holds only the
    # closing and the signature.
    tag(document, "if section.last and loop.last")
    add(document, "{{ text }}").paragraph_format.keep_with_next = True
    tag(document, "else")
    add(document, "{{ text }}")
    tag(document, "endif")
    tag(document, "endfor")
    tag(document, "endfor")
    add(
        document,
        "Trên đây là báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy {{ cell_name }} "
        "nhiệm kỳ {{ previous_term }}, trình Đại hội xem xét, góp ý{{ end }}",
    )
    signature(document)
    return document


def action_program():
    document = new_document()
    letterhead(document)
    title(document, "CHƯƠNG TRÌNH HÀNH ĐỘNG", "thực hiện Nghị quyết {{ congress_heading }}")
    add(
        document,
        "Căn cứ Nghị quyết {{ congress_title }}, {{ charged }} xây dựng Chương trình hành động "
        "thực hiện Nghị quyết như sau:",
    )
    add(document, "I- MỤC ĐÍCH, YÊU CẦU", "Heading")
    for heading, items, default in (
        (
            "1. Mục đích",
            "goals",
            "Cụ thể hóa Nghị quyết Đại hội thành các nhiệm vụ, giải pháp, phân công trách "
            "nhiệm rõ ràng cho {% if has_committee %}chi ủy viên, {% endif %}đảng viên; tổ "
            "chức thực hiện thắng lợi các chỉ tiêu nhiệm kỳ {{ term }}.",
        ),
        (
            "2. Yêu cầu",
            "requirements",
            "Các nhiệm vụ, giải pháp phải bám sát Nghị quyết Đại hội và tình hình thực tế, rõ "
            "người, rõ việc, rõ thời gian, rõ trách nhiệm. {{ leaders_body }} chi bộ thường "
            "xuyên kiểm tra, đôn đốc, kịp thời tháo gỡ khó khăn; mỗi đảng viên gương mẫu thực "
            "hiện nhiệm vụ được giao.",
        ),
    ):
        # the clerk's own text for the part, or the common wording where there is none
        add(document, heading, "Heading")
        tag(document, f"if {items}")
        loop(document, items)
        tag(document, "else")
        add(document, default)
        tag(document, "endif")
    add(document, "II- CÁC CHỈ TIÊU NHIỆM KỲ {{ term }}", "Heading")
    tag(document, "if not targets")
    add(document, "{{ no_targets }}")
    tag(document, "endif")
    grid(
        document,
        (
            ("STT", "no"),
            ("Chỉ tiêu", "name"),
            ("Đơn vị tính", "unit"),
            ("Chỉ tiêu nhiệm kỳ {{ term }}", "new"),
        ),
        "targets",
        (13, 94, 25, 33),
    )
    add(document, "III- NHIỆM VỤ, GIẢI PHÁP", "Heading")
    sections(document, "task_sections", numbered=False)
    add(document, "Phân công thực hiện các nhiệm vụ:")
    grid(
        document,
        (
            ("STT", "no"),
            ("Nhiệm vụ, giải pháp", "task"),
            ("Chủ trì", "lead"),
            ("Phối hợp", "partners"),
            ("Thời gian thực hiện", "timing"),
        ),
        "tasks",
        (12, 64, 25, 35, 29),
    )
    add(document, "IV- TỔ CHỨC THỰC HIỆN", "Heading")
    tag(document, "if organisation")
    loop(document, "organisation")
    tag(document, "else")
    add(
        document,
        "{{ leaders_body }} chi bộ phân công {% if has_committee %}chi ủy viên, "
        "{% endif %}đảng viên phụ trách từng nhiệm vụ; định kỳ hằng quý kiểm tra, đánh "
        "giá kết quả thực hiện; hằng năm sơ kết, báo cáo {{ parent_committee }}.",
    )
    tag(document, "endif")
    signature(document)
    return document


def personnel_plan():
    """(1) The cell's plan, reported to the đảng ủy cơ sở for its decision (5)."""
    document = new_document()
    letterhead(document)
    title(document, "PHƯƠNG ÁN", "nhân sự {{ leadership }} chi bộ", "nhiệm kỳ {{ term }}")
    add(document, "Kính gửi: {{ parent_committee }}.", "Subject", bold=False)
    add(
        document,
        "Thực hiện {{ plan_reference }}, {{ cell_name }} báo cáo phương án nhân sự như sau:",
    )
    tag(document, "if has_committee")
    add(document, "1. Số lượng chi ủy viên", "Heading")
    add(
        document,
        "Chi bộ có {{ official }} đảng viên chính thức; theo quy định được bầu không "
        "quá {{ max_seats }} chi ủy viên. Số lượng chi ủy viên nhiệm kỳ {{ term }}: "
        "{{ seats }} đồng chí.",
    )
    add(document, "2. Danh sách bầu cử chi ủy", "Heading")
    add(
        document,
        "Danh sách gồm {{ candidate_count }} đồng chí (số dư {{ surplus }} đồng chí), "
        "xếp theo vần A, B, C:",
    )
    grid(
        document,
        (
            ("STT", "no"),
            ("Họ và tên", "name"),
            ("Năm sinh", "year"),
            ("Giới tính", "gender"),
            ("Chức vụ hiện nay", "public_post"),
            ("Tái cử / lần đầu", "status"),
            ("Ghi chú", "note"),
        ),
        "candidates",
        (11, 40, 15, 15, 36, 18, 30),
    )
    tag(document, "else")
    add(document, "1. Số lượng", "Heading")
    add(
        document,
        "Chi bộ có {{ official }} đảng viên chính thức (dưới {{ threshold }} đảng viên "
        "chính thức) nên không bầu chi ủy; Đại hội bầu trực tiếp Bí thư"
        "{% if elect_deputy %} và Phó Bí thư{% endif %} Chi bộ.",
    )
    tag(document, "endif")
    add(
        document,
        "{{ numbers.leaders }}. Dự kiến Bí thư{% if elect_deputy %}, Phó Bí thư{% endif %}",
        "Heading",
    )
    add(document, "- Bí thư Chi bộ: đồng chí {{ secretaries | join(', đồng chí ') }}.")
    tag(document, "if elect_deputy")
    add(document, "- Phó Bí thư Chi bộ: đồng chí {{ deputies | join(', đồng chí ') }}.")
    tag(document, "endif")
    tag(document, "if delegates")
    add(document, "{{ numbers.delegates }}. Đại biểu dự {{ upper_congress }}", "Heading")
    add(
        document,
        "Số đại biểu được bầu: {{ delegate_seats }}; dự kiến: đồng chí "
        "{{ delegates | join(', đồng chí ') }}.",
    )
    tag(document, "endif")
    add(
        document,
        "{{ numbers.structure }}. Cơ cấu {{ structure_of }} ({{ structure_base }} đồng chí)",
        "Heading",
    )
    # One paragraph: the plan stays on as few pages as it can.
    add(
        document,
        "Nữ: {{ structure.women }}; cán bộ trẻ (dưới {{ structure.young_age }} tuổi): "
        "{{ structure.young }}; người dân tộc thiểu số: {{ structure.minority }}; tái cử: "
        "{{ structure.reelected }}; tham gia lần đầu: {{ structure.new }}.",
    )
    add(
        document, "{{ cell_name }} kính báo cáo {{ parent_committee }} xem xét, cho ý kiến{{ end }}"
    )
    signature(document)
    return document


def personnel_approval():
    """(5) The đảng ủy's decision on the plan (1), issued by its standing committee."""
    document = new_document()
    letterhead(document)
    title(
        document, "THÔNG BÁO", "về nhân sự {{ leadership }}", "{{ cell_name }} nhiệm kỳ {{ term }}"
    )
    add(
        document,
        "Xét {{ plan }}, Ban Thường vụ {{ parent_committee }} thống nhất như sau:",
    )
    tag(document, "for decision in decisions")
    tag(document, "if decision.fill")  # the đảng ủy's answer, written in when it decides
    dotted(document, "{{ decision.text }}")
    tag(document, "else")
    add(document, "{{ decision.text }}")
    tag(document, "endif")
    tag(document, "for text in decision.names")
    listed = add(document, "{{ text }}")
    listed.paragraph_format.space_after = Pt(0)  # a list, read as one; the body's spacing after
    on_last_turn(listed).paragraph_format.space_after = Pt(6)  # its last line
    tag(document, "endfor")
    tag(document, "endfor")
    add(
        document,
        "Đề nghị {{ cell_name }} tiến hành các bước bầu cử theo đúng Quy chế bầu cử trong "
        "Đảng{{ end }}",
    )
    signature(document)
    return document


def personnel_vote_minutes():
    document = new_document()
    letterhead(document)
    title(
        document,
        "BIÊN BẢN",
        "lấy ý kiến biểu quyết của chi bộ về dự kiến nhân sự",
        "{{ leadership }} nhiệm kỳ {{ term }}",
    )
    add(
        document,
        "Hôm nay, {{ meeting_date }}, vào lúc …… giờ ……, tại {{ venue }}, {{ cell_name }} họp "
        "lấy ý kiến biểu quyết về dự kiến nhân sự {{ leadership }} nhiệm kỳ {{ term }}.",
    )
    add(document, "Tổng số đảng viên của chi bộ: {{ membership }}. {{ attendance }}")
    add(
        document,
        "Chủ trì: đồng chí {{ chair or '……………………' }}. Thư ký: đồng chí {{ clerk or '……………………' }}.",
    )
    add(
        document,
        "Hình thức lấy ý kiến: biểu quyết (giơ tay hoặc bỏ phiếu kín, theo quyết định của hội "
        "nghị); đảng viên dự bị không biểu quyết.",
    )
    add(document, "Kết quả biểu quyết ({{ rate_base }}):")
    grid(
        document,
        (
            ("STT", "no"),
            ("Họ và tên", "name"),
            ("Dự kiến", "post"),
            ("Đồng ý", "yes"),
            ("Tỷ lệ", "yes_rate"),
            ("Không đồng ý", "no_votes"),
            ("Tỷ lệ", "no_rate"),
        ),
        "rows",
        (11, 44, 40, 16, 19, 16, 19),
    )
    add(
        document,
        "Biên bản đã được đọc lại cho hội nghị nghe và nhất trí thông qua. Hội nghị kết thúc "
        "lúc …… giờ …… cùng ngày{{ end }}",
    )
    signature(document, left="THƯ KÝ||{{ clerk }}", capacity="CHỦ TRÌ", role="", name="{{ chair }}")
    return document


def residence_comment():
    """(3) A one-page form: the request above, the residence committee's answer below it,
    the requester's signature left, the answer's (dated, stamped) right; its text at 13 pt,
    the smallest size the format guide allows, so that it stays on one page."""
    document = new_document()
    document.styles["Body"].font.size = Pt(13)
    letterhead(document)
    # A phiếu of the cell has no "Số" (no type of 36-HD's list); the đảng ủy's request has one.
    number = document.tables[-1].rows[0].cells[0].paragraphs[-1]
    number.insert_paragraph_before("{%p if header.number %}", style="Tag")
    tag(document.tables[-1].rows[0].cells[0], "endif")
    title(
        document,
        "PHIẾU",
        "lấy ý kiến nhận xét của {{ residence_body }} nơi cư trú",
        "đối với nhân sự dự kiến {{ leadership }} nhiệm kỳ {{ term }}",
    )
    add(document, "Kính gửi: {{ addressee }}.", "Subject", bold=False)
    add(
        document,
        "Thực hiện công tác chuẩn bị nhân sự {{ congress_title }}, {{ requester }} đề "
        "nghị {{ addressee }} nhận xét, đánh giá đồng chí sau đây về việc thực hiện nhiệm vụ "
        "của đảng viên nơi cư trú:",
    )
    add(
        document,
        "- Họ và tên: {{ person.name }}; giới tính: {{ person.gender }}; "
        "{{ person.birth_label }}: {{ person.birth }}; nơi cư trú: {{ person.residence }}.",
    )
    add(
        document,
        "- Chức vụ: {{ person.public_post }}; dự kiến: {{ person.posts }}.",
    )
    add(document, "NHẬN XÉT CỦA {{ residence_heading }} NƠI CƯ TRÚ", "Part")
    # Two lines to write on for each point, one for the last: the form stays on one page.
    for item, lines in (
        (
            "1. Phẩm chất chính trị, đạo đức, lối sống; giữ mối liên hệ với chi ủy, chi bộ "
            "và nhân dân nơi cư trú:",
            2,
        ),
        (
            "2. Gương mẫu thực hiện nghĩa vụ công dân, tuyên truyền vận động gia đình và "
            "nhân dân thực hiện chủ trương của Đảng, pháp luật của Nhà nước:",
            2,
        ),
        ("3. Tham gia sinh hoạt, các hoạt động ở nơi cư trú:", 1),
    ):
        add(document, item)
        for _ in range(lines):
            dotted(document)
    signature(
        document,
        left="{{ sign.capacity }}|{{ sign.title }}|{{ sign.name }}",
        capacity="{{ answer }}",
        role="BÍ THƯ",
        name="",
        spaced=False,
    )
    # The answer is dated and stamped; the request's block stands level with its title.
    request, answer = document.tables[-1].rows[0].cells
    request.paragraphs[0].insert_paragraph_before("", style="Head")
    dated = answer.paragraphs[0].insert_paragraph_before(style="Head")
    dated.add_run("……, ngày …… tháng …… năm ……").italic = True
    stamp = (
        answer.paragraphs[3]
        .insert_paragraph_before(style="Head")
        .add_run("(Ký, ghi rõ họ tên, đóng dấu)")
    )
    stamp.italic, stamp.font.size = True, Pt(12)
    return document


# The first ten columns of a danh sách trích ngang, in mm at 11 pt: wide enough for a date, a
# name on two lines and a place on three, so no word breaks; the other 50 mm of the 252 of a
# landscape page go to the two last columns.
ROSTER_COLUMNS = (
    (("STT", "no"), 10),
    (("Họ và tên", "name"), 24),
    (("Giới tính", "gender"), 10),
    (("Ngày sinh", "birth"), 20),
    (("Dân tộc, tôn giáo", "origin"), 15),
    (("Quê quán", "hometown"), 22),
    (("Nơi cư trú", "residence"), 24),
    (("Ngày vào Đảng, ngày chính thức", "party_dates"), 20),
    (("Học vấn; chuyên môn; lý luận chính trị", "qualifications"), 27),
    (("Chức vụ Đảng, chính quyền, đoàn thể", "positions"), 30),
)


def roster(subject: str, last_columns: tuple, last_widths: tuple):
    """A danh sách trích ngang: (4) of the nominees, or of those elected, same columns; the
    closing line ends the table's page where it fits (keep_with_table)."""
    width = 252
    document = new_document(landscape=True)
    letterhead(document, width=width, numbered=False)  # a danh sách has no type code
    title(document, "DANH SÁCH TRÍCH NGANG", subject)
    grid(
        document,
        (*(column for column, _ in ROSTER_COLUMNS), *last_columns),
        "rows",
        (*(mm for _, mm in ROSTER_COLUMNS), *last_widths),
        11,
    )
    keep_with_table(document)
    add(document, "{{ closing }}").paragraph_format.space_before = Pt(6)
    signature(document, width=width, spaced=False)  # a landscape page is short of room
    return document


def keep_with_table(document) -> None:
    """The table's last row kept with the line after it: a page never holds the closing and
    the signature alone. The row loop is split in two, the rows but the last, then the last
    (whose paragraphs keep with the next); a table of a page or less stays whole (grid)."""
    table = document.tables[-1]
    opening, body, closing = (row._tr for row in table.rows[1:4])
    last = [deepcopy(opening), deepcopy(body), deepcopy(closing)]
    closing.addnext(last[0])
    last[0].addnext(last[1])
    last[1].addnext(last[2])
    for row, part in ((opening, "rows[:-1]"), (last[0], "rows[-1:]")):
        text = next(row.iter(qn("w:t")))
        text.text = text.text.replace("in rows ", f"in {part} ")
    for paragraph in last[1].iter(qn("w:p")):
        Paragraph(paragraph, None).paragraph_format.keep_with_next = True


def personnel_roster():
    return roster(
        "nhân sự dự kiến {{ leadership }} {{ cell_name }} nhiệm kỳ {{ term }}",
        (("Dự kiến", "posts"), ("Ghi chú", "remarks")),
        (26, 24),
    )


def congress_script():
    """A working paper of the outgoing chi ủy (bí thư where there is none), under the cell's
    header."""
    document = new_document()
    letterhead(document)
    # The term on a line of its own, never split from "nhiệm kỳ".
    title(
        document,
        "CHƯƠNG TRÌNH CHI TIẾT",
        "điều hành {{ congress_name }},",
        "nhiệm kỳ {{ term }}",
        "(kịch bản)",
    )
    add(document, "Thời gian: {{ opening_time }}, {{ congress_long_date }}. Địa điểm: {{ venue }}.")
    add(document, "I- PHÂN CÔNG NHIỆM VỤ", "Heading")
    tag(document, "for role in roles")
    add(document, "- {{ role.task }}: {{ role.people }}.")
    tag(document, "endfor")
    tag(document, "if guests")
    add(document, "- Đại biểu cấp trên: {{ guests | join('; ') }}.")
    tag(document, "endif")
    # What is done, not said, stands apart from the spoken lines: in brackets, in italics.
    paragraph_style(document, "Direction", italic=True, indent=10, after=6, exact=19)
    add(document, "II- CÁC BƯỚC TIẾN HÀNH", "Heading")
    grid(
        document,
        (("STT", "no"), ("Thời gian", "time"), ("Nội dung", "task"), ("Người thực hiện", "person")),
        "steps",
        (11, 20, 70, 64),
    )
    add(
        document,
        "Ghi chú: Thời gian của từng bước là dự kiến; {{ presidium }} điều chỉnh cho phù hợp "
        "với diễn biến của Đại hội.",
        "Direction",
    ).paragraph_format.space_before = Pt(6)
    add(document, "III- LỜI DẪN TỪNG BƯỚC", "Heading")
    tag(document, "for step in steps")
    add(document, "{{ step.no }}. {{ step.task }}", "Heading")
    # The heading and who does the step stay with the step's first line.
    add(
        document,
        "Người thực hiện: {{ step.person }}{% if step.time %}; từ\u00a0{{ step.time }}{% endif %}.",
    ).paragraph_format.keep_with_next = True
    tag(document, "for line in step.lines")
    tag(document, "if line.last")
    add(document, "{{ line.text }}")
    tag(document, "elif line.direction")
    lines = [add(document, "{{ line.text }}", "Direction")]
    tag(document, "else")
    lines.append(add(document, "{{ line.text }}"))
    tag(document, "endif")
    tag(document, "endfor")
    tag(document, "endfor")
    signature(document)
    # Only the body's last line is kept with the signature, not every line of every step.
    for paragraph in lines:
        paragraph.paragraph_format.keep_with_next = False
    return document


TEMPLATES = {
    "summary_report": summary_report,
    "self_review_report": self_review_report,
    "action_program": action_program,
    "personnel_plan": personnel_plan,
    "personnel_vote_minutes": personnel_vote_minutes,
    "residence_comment": residence_comment,
    "personnel_roster": personnel_roster,
    "personnel_approval": personnel_approval,
    "congress_script": congress_script,
}

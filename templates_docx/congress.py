"""Templates of the congress day and after: notice, ballots, vote count, minutes, results."""

from __future__ import annotations

from common import (
    RIGHT,
    add,
    borderless,
    bottom_border,
    clear,
    dotted,
    grid,
    letterhead,
    loop,
    new_document,
    rule_below,
    sections,
    signature,
    tag,
    title,
    widths,
)
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from precongress import roster

WIDTH = 165  # text width of an A4 portrait page, mm


def congress_title(document, type_name: str, lead: str = "") -> None:
    """Type name, then the congress on one line and its term on the next."""
    title(document, type_name, lead + "{{ congress_name }},", "nhiệm kỳ {{ term }}")


def table_of(document, columns, items: str, millimetres, numbers=(), row_height=None) -> None:
    """common.grid, with the figures right-aligned and (for ballots) rows tall enough to mark;
    the congress's tables (a ballot, a count, an election's results) are short: each kept on one
    page."""
    grid(document, columns, items, millimetres, size=13 if row_height else 12, whole=True)
    body = document.tables[-1].rows[2]
    for index in numbers:
        body.cells[index].paragraphs[0].alignment = RIGHT
    if row_height:
        body.height, body.height_rule = Mm(row_height), WD_ROW_HEIGHT_RULE.AT_LEAST
        for cell in body.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def congress_notice():
    document = new_document()
    letterhead(document)
    congress_title(document, "THÔNG BÁO", "thời gian khai mạc ")
    add(
        document,
        "Thực hiện {{ plan_reference }}; được sự thống nhất của {{ parent_committee }}, "
        "{{ issuer }} thông báo thời gian khai mạc Đại hội như sau:",
    )
    add(document, "1. Thời gian", "Heading")
    add(document, "Khai mạc lúc {{ when }}.")
    add(document, "2. Địa điểm", "Heading")
    add(document, "{{ venue }}.")
    add(document, "3. Thành phần triệu tập", "Heading")
    add(document, "- Đảng viên: {{ members }}")
    add(document, "- Đại biểu cấp trên: {{ guests | join('; ') }}.")
    add(document, "4. Nội dung Đại hội", "Heading")
    add(document, "Đại hội tiến hành {{ content_count }} nội dung:")
    loop(document, "contents", "- {{ text }}")
    add(document, "5. Công tác chuẩn bị", "Heading")
    add(
        document,
        "Đề nghị các đồng chí đảng viên bố trí công việc, dự Đại hội đầy đủ, đúng giờ; "
        "mang theo thẻ đảng viên để biểu quyết; nghiên cứu trước các dự thảo văn kiện "
        "để đóng góp ý kiến tại Đại hội. Đồng chí nào vắng mặt vì lý do chính đáng phải "
        "báo cáo {{ report_to }} trước ngày Đại hội.",
    )
    add(document, "Đề nghị các đồng chí đảng viên thực hiện nghiêm túc thông báo này{{ end }}")
    signature(document)
    return document


def ballot_header(document, form: str = "", box: float = 24) -> None:
    """The đảng ủy's stamp box top left (`box` mm high); party heading and the congress date on
    the right, the guide's form number above them in the top right corner."""
    table = document.add_table(rows=1, cols=2)
    borderless(table)
    widths(table, (45, WIDTH - 45))
    left, right = table.rows[0].cells
    clear(right)
    # A small paragraph above the box: LibreOffice prints a page number on page 1 when the
    # document opens with a table nested in a table's first cell.
    left.paragraphs[0].style = document.styles["Tag"]
    size, box = box, left.add_table(rows=1, cols=1)
    box.style = document.styles["Table Grid"]
    widths(box, (34,))
    box.rows[0].height, box.rows[0].height_rule = Mm(size), WD_ROW_HEIGHT_RULE.EXACTLY
    left.paragraphs[-1].style = document.styles["Tag"]  # a cell must end with a paragraph
    if form:
        add(right, form, "Head", bold=True, size=12).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    heading = add(right, "ĐẢNG CỘNG SẢN VIỆT NAM", "Head", bold=True, size=15)
    rule_below(heading, (WIDTH - 45 - 3.8 - 74) / 2)
    add(right, "{{ date_line }}", "Head", italic=True).paragraph_format.space_before = Pt(6)


def cut_line(document) -> None:
    """A dashed line across the page, to cut the ballots apart."""
    paragraph = add(document, "", "Tag")
    paragraph.paragraph_format.space_before = Pt(6)
    paragraph.paragraph_format.space_after = Pt(14)
    bottom_border(paragraph, "dashed", 8)


def ballot_pages(
    document, heading: str, office: str, instruction: str, tables, form: str = "", box: float = 24
) -> None:
    """As many ballots as fit on one A4 page, cut lines between them (`tables` adds the list);
    `form` is the guide's form number, printed top right."""
    tag(document, "for copy in copies")
    ballot_header(document, form, box)
    add(document, heading, "Type").paragraph_format.space_before = Pt(0 if form else 4)
    add(document, office, "Subject")
    note = add(document, instruction, "Head", italic=True, size=12)
    note.paragraph_format.space_after = Pt(4)
    tables(document)
    tag(document, "if not loop.last")
    cut_line(document)
    tag(document, "endif")
    tag(document, "endfor")
    for table in document.tables:
        table.alignment = WD_TABLE_ALIGNMENT.CENTER


MARKED = (("STT", "no"), ("Họ và tên", "name"), ("Đồng ý", "yes"), ("Không đồng ý", "against"))


def ballot():
    """The clerk prints as many pages as needed."""

    def tables(document):
        tag(document, "if surplus")
        table_of(document, MARKED[:2], "names", (16, 104), row_height=7)
        tag(document, "else")
        table_of(document, MARKED, "names", (16, 74, 27, 33), row_height=7)
        tag(document, "endif")

    document = new_document()
    ballot_pages(document, "PHIẾU BẦU", "{{ office }}", "{{ instruction }}", tables)
    return document


def nomination_poll_ballot():
    """The election guide's (HD 04) Mẫu 4A (người ứng cử) or 4B (người được đề cử): names
    written in by the presidium before it is handed out; "Ghi chú" for what it notes of each."""
    document = new_document()
    ballot_pages(
        document,
        "PHIẾU LẤY Ý KIẾN GIỚI THIỆU",
        "về {{ about }} tại Đại hội vào danh sách bầu cử {{ office }}",
        "(Mỗi người, đánh dấu X vào ô “Đồng ý” hoặc ô “Không đồng ý”; không ký tên)",
        lambda d: table_of(
            d, (*MARKED, ("Ghi chú", "note")), "names", (12, 60, 22, 32, 24), row_height=7
        ),
        form="{{ form }}",
        box=18,
    )
    return document


def nomination_poll_minutes():
    """The election guide's (HD 04) Mẫu 5, on one page with its signatures: a working paper
    of the congress (no number), its text at 13 pt, the smallest size the format guide allows."""
    document = new_document()
    document.styles["Body"].font.size = Pt(13)
    letterhead(document, numbered=False, form="Mẫu 5")
    title(
        document,
        "BIÊN BẢN KIỂM PHIẾU",
        "lấy ý kiến giới thiệu người ứng cử, được đề cử tại Đại hội",
        "vào danh sách bầu cử {{ office }}",
    )
    add(
        document,
        "Hôm nay, {{ congress_long_date }}, tại {{ venue }}, {{ helpers }} gồm {{ team }}, "
        "đã kiểm phiếu lấy ý kiến giới thiệu và lập biên bản như sau:",
    )
    add(
        document,
        "1. Số lượng cần bầu: {{ seats }} đồng chí. Danh sách do {{ prepared_by }} nhiệm kỳ "
        "trước chuẩn bị gồm {{ listed }} đồng chí.",
    )
    add(
        document,
        "2. Đảng viên chính thức được triệu tập: {{ official }} đồng chí; có mặt: "
        "{{ official_present }} đồng chí. Số phiếu phát ra: {{ dots }}; thu vào: {{ dots }}; "
        "hợp lệ: {{ dots }}; không hợp lệ: {{ dots }}.",
    )
    add(document, "3. {{ rule }}")
    add(document, "4. Kết quả (tỷ lệ đồng ý so với số đảng viên chính thức dự Đại hội):")
    table_of(
        document,
        (
            ("STT", "no"),
            ("Họ và tên", "name"),
            ("Ứng cử / được đề cử", "way"),
            ("Đồng ý", "votes"),
            ("Không đồng ý", "against"),
            ("Tỷ lệ đồng ý", "rate"),
            ("Được đưa vào danh sách", "remark"),
        ),
        "rows",
        (11, 40, 25, 17, 20, 20, 32),
        row_height=7,
    )
    add(
        document,
        "Biên bản lập xong lúc …… giờ …… cùng ngày. {{ helpers }} đã báo cáo kết quả "
        "với {{ presidium }} và thống nhất ký tên{{ end }}",
    )
    signature(
        document,
        left="{{ team_title }}| |{{ members_signing }}",
        capacity="T/M TỔ GIÚP VIỆC",
        role="TỔ TRƯỞNG",
        name="{{ lead }}",
        spaced=False,
    )
    return document


def vote_count_minutes():
    document = new_document()
    letterhead(document)
    title(document, "BIÊN BẢN KIỂM PHIẾU", "bầu {{ office }}")
    add(
        document,
        "Hôm nay, {{ congress_long_date }}, tại {{ venue }}, {{ congress_title }} đã tiến "
        "hành bầu {{ election_name }}. Tổ kiểm phiếu gồm {{ team }}, đã kiểm phiếu và "
        "lập biên bản như sau:",
    )
    add(document, "1. Số lượng cần bầu: {{ seats }} đồng chí{{ seats_note }}.")
    add(
        document,
        "2. {{ list_line }}.",
    )
    add(
        document,
        "3. Tổng số đảng viên chính thức của chi bộ được triệu tập: {{ official }} đồng "
        "chí; có mặt: {{ official_present }} đồng chí; vắng mặt: {{ official_absent }}.",
    )
    add(document, "4. {{ base_text }}")
    add(
        document,
        "5. Số phiếu phát ra: {{ issued }}; số phiếu thu vào: {{ collected }}; số phiếu "
        "hợp lệ: {{ valid }}; số phiếu không hợp lệ: {{ invalid }}.",
    )
    tag(document, "if invalid_reason")
    add(document, "Lý do phiếu không hợp lệ: {{ reason_blank }}")
    tag(document, "endif")
    add(
        document,
        "6. Số phiếu bầu của từng đồng chí (xếp theo thứ tự trong phiếu bầu; tỷ lệ so "
        "với số đảng viên làm cơ sở tính kết quả bầu cử):",
    ).paragraph_format.keep_with_next = True
    # A ballot without surplus is marked "Đồng ý" / "Không đồng ý": the table counts both.
    tag(document, "if marked")
    table_of(
        document,
        (
            ("STT", "no"),
            ("Họ và tên", "name"),
            ("Số phiếu đồng ý", "votes"),
            ("Không đồng ý", "against"),
            ("Tỷ lệ", "rate"),
            ("Ghi chú", "remark"),
        ),
        "rows",
        (12, 50, 22, 22, 21, 38),
        numbers=(2, 3, 4),
    )
    tag(document, "else")
    table_of(
        document,
        (
            ("STT", "no"),
            ("Họ và tên", "name"),
            ("Số phiếu", "votes"),
            ("Tỷ lệ", "rate"),
            ("Ghi chú", "remark"),
        ),
        "rows",
        (13, 60, 22, 24, 46),
        numbers=(2, 3),
    )
    tag(document, "endif")
    add(document, "7. Kết quả bầu cử", "Heading")
    tag(document, "if any_elected")
    add(
        document,
        "Căn cứ Quy chế bầu cử trong Đảng, {{ elected_intro }}:",
    )
    tag(document, "endif")
    loop(document, "outcome")
    add(
        document,
        "Biên bản lập xong lúc …… giờ …… cùng ngày. Tổ kiểm phiếu đã công bố kết "
        "quả trước Đại hội, niêm phong phiếu bầu và thống nhất ký tên{{ end }}",
    )
    signature(
        document,
        left="{{ team_title }}| |{{ members_signing }}",
        capacity="T/M TỔ KIỂM PHIẾU",
        role="TỔ TRƯỞNG",
        name="{{ lead }}",
    )
    return document


def congress_minutes():
    document = new_document()
    letterhead(document)
    congress_title(document, "BIÊN BẢN")
    add(
        document,
        "Hôm nay, vào lúc {{ when }}, tại {{ venue }}, {{ congress_title }} được tiến hành.",
    )
    add(document, "I- THÀNH PHẦN", "Heading")
    add(
        document,
        "- Đảng viên: tổng số đảng viên của Chi bộ {{ convened }}, đều được triệu tập"
        "{{ exempt }}. {{ attendance }}",
    )
    tag(document, "if guests")
    add(document, "- Đại biểu cấp trên dự Đại hội: {{ guests_text }}.")
    tag(document, "endif")
    add(document, "II- DIỄN BIẾN ĐẠI HỘI", "Heading")
    add(document, "1. Khai mạc", "Heading")
    add(
        document,
        "Đại hội đã chào cờ, nghe tuyên bố lý do, giới thiệu đại biểu và biểu quyết bằng thẻ "
        "đảng viên thông qua:",
    )
    loop(document, "opening_decisions")
    add(document, "Đại hội đã nghe diễn văn khai mạc và báo cáo tình hình đảng viên dự Đại hội.")
    add(document, "2. Các báo cáo trình Đại hội", "Heading")
    loop(document, "reports")
    add(document, "3. Thảo luận", "Heading")
    add(
        document,
        "Đại hội đã thảo luận các báo cáo trình Đại hội"
        "{% if speakers %}; nghe tham luận của {{ speakers }}{% endif %}. "
        "Tóm tắt ý kiến thảo luận tại Đại hội:",
    )
    for _ in range(3):
        add(document, "{{ line }}")
    tag(document, "if opinions_reference")
    add(document, "{{ opinions_reference }}")
    tag(document, "endif")
    add(document, "{{ guidance }} Nội dung chính:")
    for _ in range(2):
        add(document, "{{ line }}")
    add(document, "{{ presidium }} đã đáp từ, tiếp thu ý kiến chỉ đạo.")
    add(document, "4. Bầu cử", "Heading")
    add(document, "Đại hội đã biểu quyết bằng thẻ đảng viên thông qua:")
    loop(document, "election_decisions")
    add(document, "{{ base_text }}")
    loop(document, "voting")
    add(document, "{{ introduction }}")
    add(document, "5. Thông qua Nghị quyết Đại hội", "Heading")
    add(
        document,
        "Đại hội đã biểu quyết thông qua Nghị quyết Đại hội với ……/{{ official_present }} "
        "đảng viên chính thức có mặt tán thành.",
    )
    add(document, "6. Bế mạc", "Heading")
    add(
        document,
        "Biên bản đã được đọc lại trước Đại hội và được Đại hội biểu quyết thông qua với "
        "……/{{ official_present }} đảng viên chính thức có mặt tán thành. Đại hội bế mạc "
        "lúc …… giờ …… cùng ngày{{ end }}",
    )
    signature(document, left="THƯ KÝ ĐẠI HỘI||{{ clerk }}")
    return document


def resolution():
    """The resolution; its draft (header.draft) comes from the same builder."""
    document = new_document()
    letterhead(document)
    congress_title(document, "NGHỊ QUYẾT")
    add(
        document,
        "{{ congress_title }} họp {{ congress_long_date }} tại {{ venue }}. Tổng số đảng viên "
        "của chi bộ {{ membership }}; có mặt {{ present_line }} đảng viên được triệu tập"
        "{{ present_detail }}.",
    )
    add(document, "Sau khi thảo luận, Đại hội")
    add(document, "QUYẾT NGHỊ:", "Part")
    # Every item under its bold heading, its text plain.
    add(document, "1. Về các báo cáo trình Đại hội", "Heading")
    add(
        document,
        "Nhất trí thông qua Báo cáo tổng kết nhiệm kỳ {{ previous_term }}, phương "
        "hướng, nhiệm vụ nhiệm kỳ {{ term }}{% if has_committee %} và {% else %}, trong đó có "
        "{% endif %}{{ self_review }}.",
    )
    add(document, "2. Mục tiêu và các chỉ tiêu chủ yếu nhiệm kỳ {{ term }}", "Heading")
    loop(document, "goals")
    add(document, "Các chỉ tiêu chủ yếu:")
    loop(document, "new_targets")
    add(document, "3. Nhiệm vụ, giải pháp", "Heading")
    loop(document, "tasks")
    sections(document, "task_sections", numbered=False, italic=True)
    add(document, "4. Kết quả bầu cử", "Heading")
    # The draft leaves each result to write by hand on a dotted line.
    tag(document, "if header.draft")
    tag(document, "for text in election")
    dotted(document, "{{ text }}")
    tag(document, "endfor")
    tag(document, "else")
    loop(document, "election")
    tag(document, "endif")
    add(document, "5. Tổ chức thực hiện", "Heading")
    add(
        document,
        "Giao {{ charged }} xây dựng chương trình hành động, lãnh đạo đảng viên tổ chức "
        "thực hiện thắng lợi Nghị quyết Đại hội.",
    )
    add(
        document,
        "Nghị quyết này được Đại hội biểu quyết thông qua {{ congress_long_date }}{{ end }}",
    )
    signature(document)
    return document


def results_report():
    document = new_document()
    letterhead(document)
    congress_title(document, "BÁO CÁO", "kết quả ")
    # Addressed to the body it asks to approve the results (V- ĐỀ NGHỊ).
    add(
        document, "Kính gửi: Ban Thường vụ {{ parent_committee }}.", "Subject", bold=False
    ).paragraph_format.space_after = Pt(12)
    add(
        document,
        "Thực hiện {{ plan_reference }}, {{ cell_name }} báo cáo kết quả Đại hội như sau:",
    )
    add(document, "I- THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", "Heading")
    add(document, "- Thời gian: khai mạc lúc {{ when }}.")
    add(document, "- Địa điểm: {{ venue }}.")
    tag(document, "if guests")
    add(document, "- Đại biểu cấp trên dự Đại hội: {{ guests_text }}.")
    tag(document, "endif")
    add(
        document,
        "- Đảng viên: tổng số {{ membership }}, đều được triệu tập. {{ attendance }}",
    )
    add(document, "II- VĂN KIỆN ĐẠI HỘI ĐÃ THÔNG QUA", "Heading")
    add(document, "Đại hội đã thảo luận, biểu quyết thông qua:")
    loop(document, "documents")
    tag(document, "if main_opinions")
    add(document, "{{ opinions_lead }}")
    loop(document, "main_opinions")
    tag(document, "endif")
    add(document, "III- KẾT QUẢ BẦU CỬ", "Heading")
    add(document, "{{ base_text }}")
    tag(document, "for result in results")
    add(document, "{{ result.title }}", "Heading")
    add(document, "{{ result.ballots }}")
    table_of(
        document,
        (
            ("STT", "no"),
            ("Họ và tên", "name"),
            ("Trúng cử", "post"),
            ("Số phiếu", "votes"),
            ("Tỷ lệ", "rate"),
        ),
        "result.rows",
        (13, 58, 50, 20, 24),
        numbers=(3, 4),
    )
    tag(document, "endfor")
    tag(document, "for text in open_issues")
    add(document, "{{ text }}").paragraph_format.space_before = Pt(6)
    tag(document, "endfor")
    add(
        document,
        "Cơ cấu {{ leaders_title }} ({{ leaders_count }} đồng chí): nữ "
        "{{ structure.women }}; cán bộ trẻ (dưới {{ structure.young_age }} tuổi) "
        "{{ structure.young }}; người dân tộc thiểu số {{ structure.minority }}; tái cử "
        "{{ structure.reelected }}; tham gia lần đầu {{ structure.new }}.",
    ).paragraph_format.space_before = Pt(6)
    add(document, "IV- ĐÁNH GIÁ CHUNG", "Heading")
    add(document, "{{ assessment }}")
    add(document, "V- ĐỀ NGHỊ", "Heading")
    add(
        document,
        "{{ cell_name }} kính đề nghị Ban Thường vụ {{ parent_committee }} xem xét, "
        "chuẩn y kết quả bầu cử {{ approve }}.",
    )
    add(document, "Gửi kèm báo cáo: {{ attachments }}{{ end }}")
    signature(document)
    return document


def approval_request():
    document = new_document()
    letterhead(document)
    title(
        document,
        "TỜ TRÌNH",
        "đề nghị chuẩn y kết quả bầu cử {{ posts }}",
        "{{ cell_name }} nhiệm kỳ {{ term }}",
    )
    add(
        document, "{{ petition }}: Ban Thường vụ {{ parent_committee }}.", "Subject", bold=False
    ).paragraph_format.space_after = Pt(12)
    loop(document, "grounds")
    add(
        document,
        "{{ request_lead }}{{ cell_name }} kính trình Ban Thường vụ {{ parent_committee }} xem "
        "xét, chuẩn y kết quả bầu cử như sau:",
    )
    add(document, "{{ base_text }}")
    loop(document, "lines")
    # The attachments line goes with the closing: a page never holds the closing alone.
    add(
        document,
        "Kèm theo tờ trình: {{ minutes_count }} biên bản kiểm phiếu và danh sách trích ngang những "
        "đồng chí trúng cử.",
    ).paragraph_format.keep_with_next = True
    add(document, "Kính trình Ban Thường vụ {{ parent_committee }} xem xét, quyết định{{ end }}")
    signature(document)
    return document


def elected_roster():
    return roster(
        "những đồng chí trúng cử {{ posts }} {{ cell_name }} nhiệm kỳ {{ term }}",
        (("Trúng cử", "posts"), ("Số phiếu (tỷ\u00a0lệ)", "votes")),
        (32, 18),
    )


TEMPLATES = {
    "congress_notice": congress_notice,
    "ballot": ballot,
    "nomination_poll_ballot": nomination_poll_ballot,
    "nomination_poll_minutes": nomination_poll_minutes,
    "vote_count_minutes": vote_count_minutes,
    "congress_minutes": congress_minutes,
    "draft_resolution": resolution,
    "resolution": resolution,
    "results_report": results_report,
    "approval_request": approval_request,
    "elected_roster": elected_roster,
}

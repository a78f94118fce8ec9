"""Writes the Word templates of templates_docx/ (run: python templates_docx/make_templates.py).

The shared parts (page setup, styles, letterhead, title block, signature block, Nơi nhận) are
defined once here and composed into each template. The .docx files it writes are ordinary Word
documents with docxtpl tags: a clerk may open and edit them in Word or LibreOffice directly
(rerunning this script would overwrite such edits).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
FONT = "Times New Roman"
CENTER, JUSTIFY = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT


# ----------------------------------------------------------------------------- page and styles

def set_fonts(element) -> None:
    """Times New Roman for every script, and no theme font that could override it."""
    fonts = element.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        element.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)


def new_document(landscape: bool = False) -> Document:
    document = Document()
    styles_root = document.styles.element
    for properties in styles_root.iter(qn("w:rPr")):
        set_fonts(properties)
    defaults = styles_root.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(defaults)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True
    page_number(section.header.paragraphs[0])
    define_styles(document)
    return document


def page_number(paragraph) -> None:
    """A centred PAGE field, size 14; the first page has its own, empty header."""
    paragraph.alignment = CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    set_fonts(properties)
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "28")
    properties.append(size)
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def paragraph_style(document, name, size=14, bold=False, italic=False, align=JUSTIFY,
                    indent=0, before=0, after=0, exact=None, keep=False):
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(size)
    style.font.bold, style.font.italic = bold, italic
    set_fonts(style.element.get_or_add_rPr())
    layout = style.paragraph_format
    layout.alignment = align
    layout.first_line_indent = Mm(indent)
    layout.space_before, layout.space_after = Pt(before), Pt(after)
    if exact:
        layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        layout.line_spacing = Pt(exact)
    else:
        layout.line_spacing = 1.0
    layout.keep_with_next = keep
    return style


def define_styles(document) -> None:
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(14)
    set_fonts(normal.element.get_or_add_rPr())
    paragraph_style(document, "Body", indent=10, after=6, exact=19)
    paragraph_style(document, "Heading", bold=True, indent=10, before=6, after=6, keep=True)
    paragraph_style(document, "Part", bold=True, align=CENTER, before=6, after=6, keep=True)
    paragraph_style(document, "Type", size=15, bold=True, align=CENTER, before=18, keep=True)
    paragraph_style(document, "Subject", bold=True, align=CENTER, keep=True)
    paragraph_style(document, "Dashes", align=CENTER, after=12)
    paragraph_style(document, "Head", align=CENTER)
    paragraph_style(document, "Cell", size=12, align=LEFT)
    paragraph_style(document, "CellHead", size=12, bold=True, align=CENTER)
    paragraph_style(document, "Recipient", size=12, align=LEFT)
    paragraph_style(document, "Tag", size=10, align=LEFT)


# ----------------------------------------------------------------------------- building blocks

def add(container, text: str = "", style: str = "Body", bold=None, italic=None, size=None,
        underline=None, align=None):
    """A paragraph with one run: tags must sit in runs of their own for docxtpl."""
    paragraph = container.add_paragraph(style=style)
    if align is not None:
        paragraph.alignment = align
    if text:
        run = paragraph.add_run(text)
        run.bold, run.italic, run.underline = bold, italic, underline
        if size:
            run.font.size = Pt(size)
        set_fonts(run._r.get_or_add_rPr())
    return paragraph


def tag(container, statement: str) -> None:
    """A paragraph-level docxtpl statement ({%p ... %}); its paragraph disappears on render."""
    add(container, "{%p " + statement + " %}", style="Tag")


def loop(container, items: str, text: str = "{{ text }}", style: str = "Body", **run) -> None:
    tag(container, f"for text in {items}")
    add(container, text, style, **run)
    tag(container, "endfor")


def borderless(table) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def widths(table, millimetres) -> None:
    """Fixed column widths, written where both Word (tcW) and LibreOffice (gridCol) read them."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, millimetres, strict=True):
        column.w = Mm(width)
    properties = table._tbl.tblPr
    total = OxmlElement("w:tblW")
    total.set(qn("w:w"), str(int(Mm(sum(millimetres)).twips)))
    total.set(qn("w:type"), "dxa")
    for old in properties.findall(qn("w:tblW")):
        properties.remove(old)
    properties.append(total)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties.append(layout)
    for row in table.rows:
        for cell, width in zip(row.cells, millimetres, strict=True):
            cell.width = Mm(width)


def clear(cell) -> None:
    """A new table cell holds one empty paragraph; drop it so the cell has only ours."""
    cell._tc.remove(cell.paragraphs[0]._p)


def rule_below(paragraph, indent_mm: float) -> None:
    """A solid rule under the paragraph, narrowed by indents to about the text's width."""
    paragraph.paragraph_format.left_indent = Mm(indent_mm)
    paragraph.paragraph_format.right_indent = Mm(indent_mm)
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    border.append(bottom)
    paragraph._p.get_or_add_pPr().append(border)


def letterhead(document, width: float = 165) -> None:
    """First-page header: issuing body on the left, party heading and date on the right."""
    table = document.add_table(rows=1, cols=2)
    borderless(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left_width = 80 if width < 200 else width / 2
    widths(table, (left_width, width - left_width))
    left, right = table.rows[0].cells
    clear(left)
    clear(right)
    tag(left, "if header.congress")
    add(left, "{{ header.superior }}", "Head", bold=True)
    tag(left, "else")
    add(left, "{{ header.superior }}", "Head")
    tag(left, "endif")
    add(left, "{{ header.issuer }}", "Head", bold=True)
    add(left, "*", "Head")
    add(left, "{{ header.number }}", "Head")
    heading = add(right, "ĐẢNG CỘNG SẢN VIỆT NAM", "Head", bold=True, size=15)
    # The heading is 73 mm wide at 15 pt bold; cells have about 1.9 mm padding each side.
    rule_below(heading, (width - left_width - 3.8 - 74) / 2)
    add(right, "{{ header.date_line }}", "Head", italic=True).paragraph_format.space_before = Pt(6)
    tag(right, "if header.draft")
    add(right, "Dự thảo", "Head", italic=True).paragraph_format.space_before = Pt(6)
    tag(right, "endif")


def title(document, type_name: str, *subject_lines: str) -> None:
    add(document, type_name, "Type")
    for line in subject_lines:
        add(document, line, "Subject")
    add(document, "-----", "Dashes")


def signature(document, left: str = "recipients", capacity: str = "{{ sign.capacity }}",
              role: str = "{{ sign.title }}", name: str = "{{ sign.name }}",
              width: float = 165) -> None:
    """Nơi nhận (or a second signer) bottom left, the signature block bottom right."""
    add(document, "", "Body").paragraph_format.keep_with_next = True
    table = document.add_table(rows=1, cols=2)
    borderless(table)
    widths(table, (width / 2, width / 2))
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    left_cell, right_cell = table.rows[0].cells
    clear(left_cell)
    clear(right_cell)
    if left == "recipients":
        add(left_cell, "Nơi nhận:", "Cell", underline=True, size=14)
        loop(left_cell, "recipients", style="Recipient")
    else:
        sign_block(left_cell, *left.split("|"))
    sign_block(right_cell, capacity, role, name)


def sign_block(cell, capacity: str, role: str, name: str) -> None:
    add(cell, capacity, "Head", bold=True)
    if role.startswith("{{"):
        tag(cell, f"if {role[3:-3]}")
        add(cell, role, "Head")
        tag(cell, "endif")
    elif role:
        add(cell, role, "Head")
    for _ in range(4):
        add(cell, "", "Head")
    add(cell, name, "Head", bold=True)


def grid(document, columns, row_items: str, millimetres, size=12) -> None:
    """A bordered table: a header row, then one row per item ({%tr %} loop).

    The whole table disappears when there are no items: no empty grid is ever printed.
    """
    tag(document, f"if {row_items}")
    table = document.add_table(rows=4, cols=len(columns))
    table.style = document.styles["Table Grid"]
    narrow_padding(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(table, millimetres)
    header, opening, body, closing = table.rows
    for cell, (heading, _) in zip(header.cells, columns, strict=True):
        clear(cell)
        add(cell, heading, "CellHead", size=size)
    clear(opening.cells[0])
    add(opening.cells[0], "{%tr for row in " + row_items + " %}", "Cell")
    clear(closing.cells[0])
    add(closing.cells[0], "{%tr endfor %}", "Cell")
    for cell, (_, field) in zip(body.cells, columns, strict=True):
        clear(cell)
        align = CENTER if field in ("no", "year", "unit", "gender", "birth") else None
        add(cell, "{{ row." + field + " }}", "Cell", align=align, size=size)
    header_properties = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    header_properties.append(repeat)
    tag(document, "endif")


def narrow_padding(table, millimetres: float = 1) -> None:
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(int(Mm(millimetres).twips)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def sections(document, items: str, numbered: bool = True) -> None:
    """Free sections of the clerk's narrative: a heading and its paragraphs each."""
    tag(document, f"for section in {items}")
    add(document, "{{ loop.index }}. {{ section.title }}" if numbered else "{{ section.title }}",
        "Heading")
    tag(document, "for text in section.paragraphs")
    add(document, "{{ text }}")
    tag(document, "endfor")
    tag(document, "endfor")


# ----------------------------------------------------------------------------- the documents

def summary_report():
    document = new_document()
    letterhead(document)
    title(document, "BÁO CÁO",
          "tổng kết việc thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ {{ previous_term }},",
          "phương hướng, nhiệm vụ nhiệm kỳ {{ term }}")
    add(document, "Thực hiện {{ plan_reference }}, {{ cell_name }} báo cáo kết quả thực hiện "
                  "Nghị quyết Đại hội nhiệm kỳ {{ previous_term }} và phương hướng, nhiệm vụ "
                  "nhiệm kỳ {{ term }} như sau:")
    add(document, "Phần thứ nhất", "Part")
    add(document, "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ {{ previous_term }}", "Part")
    add(document, "I- ĐẶC ĐIỂM TÌNH HÌNH", "Heading")
    add(document, "{{ situation }}")
    loop(document, "situation_text")
    add(document, "II- KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU", "Heading")
    add(document, "{{ target_summary }}")
    grid(document, (("STT", "no"), ("Chỉ tiêu", "name"), ("Đơn vị tính", "unit"),
                    ("Chỉ tiêu nghị quyết", "planned"), ("Kết quả thực hiện", "result"),
                    ("Tỷ lệ so với chỉ tiêu", "rate"), ("Đánh giá", "assessment")),
         "targets", (13, 54, 18, 20, 20, 20, 20))
    add(document, "III- KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ", "Heading")
    add(document, "1. {{ field_title }}", "Heading")
    loop(document, "field_text")
    add(document, "2. Công tác xây dựng Đảng", "Heading")
    add(document, "Kết quả xếp loại chất lượng chi bộ và đảng viên hằng năm:")
    grid(document, (("Năm", "year"), ("Xếp loại chi bộ", "rating"),
                    ("Hoàn thành xuất sắc nhiệm vụ", "excellent"),
                    ("Hoàn thành tốt nhiệm vụ", "good"), ("Hoàn thành nhiệm vụ", "done"),
                    ("Không hoàn thành nhiệm vụ", "failed"), ("Kết nạp mới", "admitted")),
         "classifications", (14, 45, 22, 22, 22, 22, 18))
    add(document, "3. Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Kết luận số 01-KL/TW "
                  "về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Heading")
    loop(document, "directive05")
    add(document, "4. Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương về đẩy mạnh "
                  "xây dựng, chỉnh đốn Đảng và hệ thống chính trị", "Heading")
    loop(document, "conclusion21")
    add(document, "IV- ĐÁNH GIÁ CHUNG", "Heading")
    for number, (heading, items) in enumerate((("Ưu điểm", "strengths"),
                                               ("Hạn chế", "weaknesses"),
                                               ("Nguyên nhân", "causes"),
                                               ("Bài học kinh nghiệm", "lessons")), start=1):
        add(document, f"{number}. {heading}", "Heading")
        loop(document, items)
    tag(document, "if other_sections")
    add(document, "V- NỘI DUNG KHÁC", "Heading")
    sections(document, "other_sections")
    tag(document, "endif")
    tag(document, "if leader_review")
    add(document, "{% if other_sections %}VI{% else %}V{% endif %}- KIỂM ĐIỂM CỦA BÍ THƯ, "
                  "PHÓ BÍ THƯ CHI BỘ", "Heading")
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
    add(document, "Trên đây là báo cáo tổng kết nhiệm kỳ {{ previous_term }}, phương hướng, nhiệm "
                  "vụ nhiệm kỳ {{ term }} của {{ cell_name }}, trình Đại hội xem xét, thông "
                  "qua./.")
    signature(document)
    return document


def self_review_report():
    document = new_document()
    letterhead(document)
    title(document, "BÁO CÁO", "kiểm điểm sự lãnh đạo, chỉ đạo của chi ủy",
          "nhiệm kỳ {{ previous_term }}")
    add(document, "Thực hiện {{ plan_reference }}; gắn với kiểm điểm theo Nghị quyết Trung ương 4 "
                  "khóa XI, khóa XII và Chỉ thị số 22-CT/TU ngày 13/7/2022 của Ban Thường vụ Tỉnh "
                  "ủy, Chi ủy {{ cell_name }} kiểm điểm sự lãnh đạo, chỉ đạo trong nhiệm kỳ "
                  "{{ previous_term }} như sau:")
    tag(document, "for section in sections")
    add(document, "{{ ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][loop.index0] "
                  "}}- {{ section.title }}", "Heading")
    tag(document, "for text in section.paragraphs")
    add(document, "{{ text }}")
    tag(document, "endfor")
    tag(document, "endfor")
    add(document, "Trên đây là báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy {{ cell_name }} "
                  "nhiệm kỳ {{ previous_term }}, trình Đại hội xem xét, góp ý./.")
    signature(document)
    return document


def draft_resolution():
    document = new_document()
    letterhead(document)
    title(document, "NGHỊ QUYẾT", "{{ congress_title }}")
    add(document, "{{ congress_title }} họp {{ congress_long_date }} tại {{ venue }}, có mặt "
                  "……/{{ total }} đảng viên được triệu tập.")
    add(document, "Sau khi thảo luận, Đại hội", "Body")
    add(document, "QUYẾT NGHỊ:", "Part")
    add(document, "1. Nhất trí thông qua Báo cáo tổng kết nhiệm kỳ {{ previous_term }}, phương "
                  "hướng, nhiệm vụ nhiệm kỳ {{ term }}{% if has_committee %} và Báo cáo kiểm điểm "
                  "sự lãnh đạo, chỉ đạo của chi ủy nhiệm kỳ {{ previous_term }}{% endif %}.",
        "Body")
    add(document, "2. Các chỉ tiêu chủ yếu nhiệm kỳ {{ term }}", "Heading")
    loop(document, "new_targets")
    add(document, "3. Nhiệm vụ, giải pháp", "Heading")
    tag(document, "for section in sections")
    tag(document, "if section.title")
    add(document, "{{ section.title }}", "Heading", italic=True)
    tag(document, "endif")
    tag(document, "for text in section.paragraphs")
    add(document, "{{ text }}")
    tag(document, "endfor")
    tag(document, "endfor")
    add(document, "4. Kết quả bầu cử", "Heading")
    loop(document, "election")
    add(document, "5. Giao {% if has_committee %}Chi ủy{% else %}Bí thư{% endif %} chi bộ khóa "
                  "mới xây dựng chương trình hành động và tổ chức thực hiện thắng lợi Nghị quyết "
                  "Đại hội.")
    add(document, "Nghị quyết này được Đại hội biểu quyết thông qua {{ congress_long_date }}./.")
    signature(document)
    return document


def action_program():
    document = new_document()
    letterhead(document)
    title(document, "CHƯƠNG TRÌNH HÀNH ĐỘNG",
          "thực hiện Nghị quyết {{ congress_title }}")
    add(document, "I- MỤC ĐÍCH, YÊU CẦU", "Heading")
    add(document, "Cụ thể hóa Nghị quyết Đại hội thành các nhiệm vụ, giải pháp, phân công trách "
                  "nhiệm rõ ràng cho chi ủy, đảng viên; tổ chức thực hiện thắng lợi các chỉ tiêu "
                  "nhiệm kỳ {{ term }}.")
    add(document, "II- CÁC CHỈ TIÊU NHIỆM KỲ {{ term }}", "Heading")
    grid(document, (("STT", "no"), ("Chỉ tiêu", "name"), ("Đơn vị tính", "unit"),
                    ("Chỉ tiêu nhiệm kỳ {{ term }}", "new")), "targets", (13, 94, 25, 33))
    add(document, "III- NHIỆM VỤ, GIẢI PHÁP", "Heading")
    sections(document, "sections")
    add(document, "IV- TỔ CHỨC THỰC HIỆN", "Heading")
    add(document, "Chi ủy (bí thư) chi bộ phân công chi ủy viên, đảng viên phụ trách từng nhiệm "
                  "vụ; định kỳ hằng quý kiểm tra, đánh giá kết quả thực hiện; hằng năm sơ kết, "
                  "báo cáo {{ parent_committee }}.")
    signature(document)
    return document


def personnel_plan_body(document) -> None:
    """Shared by (1) the cell's plan and (5) the đảng ủy's agreement: the same figures."""
    tag(document, "if has_committee")
    add(document, "1. Số lượng chi ủy viên", "Heading")
    add(document, "Chi bộ có {{ official }} đảng viên chính thức; theo quy định được bầu không "
                  "quá {{ max_seats }} chi ủy viên. Số lượng chi ủy viên nhiệm kỳ {{ term }}: "
                  "{{ seats }} đồng chí.")
    add(document, "2. Danh sách bầu cử chi ủy", "Heading")
    add(document, "Danh sách gồm {{ candidate_count }} đồng chí (số dư {{ surplus }} đồng chí), "
                  "xếp theo vần A, B, C:")
    grid(document, (("STT", "no"), ("Họ và tên", "name"), ("Năm sinh", "year"),
                    ("Giới tính", "gender"), ("Chức vụ hiện nay", "public_post"),
                    ("Tái cử / lần đầu", "status")), "candidates", (13, 49, 18, 18, 45, 22))
    tag(document, "else")
    add(document, "1. Số lượng", "Heading")
    add(document, "Chi bộ có {{ official }} đảng viên chính thức (dưới {{ threshold }} đảng viên "
                  "chính thức) nên không bầu chi ủy; Đại hội bầu trực tiếp bí thư"
                  "{% if elect_deputy %} và phó bí thư{% endif %} chi bộ.")
    tag(document, "endif")
    add(document, "{% if has_committee %}3{% else %}2{% endif %}. Dự kiến bí thư, phó bí thư",
        "Heading")
    add(document, "- Bí thư chi bộ: đồng chí {{ secretaries | join(', đồng chí ') }}.")
    tag(document, "if elect_deputy")
    add(document, "- Phó bí thư chi bộ: đồng chí {{ deputies | join(', đồng chí ') }}.")
    tag(document, "endif")
    tag(document, "if delegates")
    add(document, "- Đại biểu dự đại hội đảng bộ cấp trên ({{ delegate_seats }} đại biểu): đồng "
                  "chí {{ delegates | join(', đồng chí ') }}.")
    tag(document, "endif")
    add(document, "{% if has_committee %}4{% else %}3{% endif %}. Cơ cấu {{ structure_of }} "
                  "({{ structure_base }} đồng chí)", "Heading")
    add(document, "- Nữ: {{ structure.women }}.")
    add(document, "- Cán bộ trẻ (dưới {{ structure.young_age }} tuổi): {{ structure.young }}.")
    add(document, "- Người dân tộc thiểu số: {{ structure.minority }}.")
    add(document, "- Tái cử: {{ structure.reelected }}; tham gia lần đầu: {{ structure.new }}.")


def personnel_plan():
    document = new_document()
    letterhead(document)
    title(document, "PHƯƠNG ÁN", "nhân sự chi ủy, bí thư, phó bí thư chi bộ",
          "nhiệm kỳ {{ term }}")
    add(document, "Kính gửi: {{ parent_committee }}.", "Subject", bold=False)
    add(document, "Thực hiện {{ plan_reference }}, {{ cell_name }} báo cáo phương án nhân sự "
                  "như sau:")
    personnel_plan_body(document)
    add(document, "{{ cell_name }} kính báo cáo {{ parent_committee }} xem xét, cho ý kiến./.")
    signature(document)
    return document


def personnel_approval():
    document = new_document()
    letterhead(document)
    title(document, "THÔNG BÁO", "thống nhất nhân sự chi ủy, bí thư, phó bí thư",
          "{{ cell_name }} nhiệm kỳ {{ term }}")
    add(document, "Xét phương án nhân sự của {{ cell_name }} và hồ sơ nhân sự kèm theo, Ban "
                  "Thường vụ {{ parent_committee }} thống nhất như sau:")
    personnel_plan_body(document)
    add(document, "Đề nghị {{ cell_name }} tiến hành các bước bầu cử theo đúng Quy chế bầu cử "
                  "trong Đảng./.")
    signature(document)
    return document


def personnel_vote_minutes():
    document = new_document()
    letterhead(document)
    title(document, "BIÊN BẢN", "lấy ý kiến biểu quyết của chi bộ về dự kiến nhân sự",
          "chi ủy, bí thư, phó bí thư nhiệm kỳ {{ term }}")
    add(document, "Hôm nay, {{ meeting_date }}, tại {{ venue }}, {{ cell_name }} họp lấy ý kiến "
                  "biểu quyết về dự kiến nhân sự chi ủy, bí thư, phó bí thư nhiệm kỳ {{ term }}.")
    add(document, "Tổng số đảng viên của chi bộ: {{ total }} đồng chí (chính thức {{ official }}, "
                  "dự bị {{ probationary }}, miễn sinh hoạt {{ exempt }}). Số đảng viên chính "
                  "thức tham gia biểu quyết: {{ voters }} đồng chí.")
    add(document, "Chủ trì: đồng chí {{ chair or '……………………' }}. Thư ký: đồng chí "
                  "{{ clerk or '……………………' }}.")
    add(document, "Kết quả biểu quyết (tỷ lệ so với tổng số đảng viên chính thức của chi bộ):")
    grid(document, (("STT", "no"), ("Họ và tên", "name"), ("Dự kiến", "post"),
                    ("Đồng ý", "yes"), ("Tỷ lệ", "yes_rate"), ("Không đồng ý", "no_votes"),
                    ("Tỷ lệ", "no_rate")), "rows", (13, 46, 34, 17, 19, 17, 19))
    add(document, "Biên bản kết thúc lúc …… giờ …… cùng ngày, đã thông qua cho các đảng viên dự "
                  "họp cùng nghe và thống nhất./.")
    signature(document, left="THƯ KÝ||{{ clerk }}", capacity="CHỦ TRÌ", role="",
              name="{{ chair }}")
    return document


def residence_comment():
    document = new_document()
    letterhead(document)
    title(document, "PHIẾU", "lấy ý kiến nhận xét của đảng ủy nơi cư trú",
          "đối với nhân sự dự kiến chi ủy, bí thư, phó bí thư nhiệm kỳ {{ term }}")
    add(document, "Kính gửi: {{ addressee }}.", "Subject", bold=False)
    add(document, "Thực hiện công tác chuẩn bị nhân sự {{ congress_title }}, {{ cell_name }} đề "
                  "nghị {{ addressee }} nhận xét, đánh giá đồng chí sau đây về việc thực hiện "
                  "nhiệm vụ của đảng viên nơi cư trú:")
    add(document, "- Họ và tên: {{ person.name }}; giới tính: {{ person.gender }}; sinh ngày: "
                  "{{ person.birth }}.")
    add(document, "- Nơi cư trú: {{ person.residence }}.")
    add(document, "- Chức vụ: {{ person.public_post }}; đảng viên {{ cell_name }}; dự kiến: "
                  "{{ person.posts }}.")
    add(document, "NHẬN XÉT CỦA ĐẢNG ỦY NƠI CƯ TRÚ", "Part")
    for item in ("1. Phẩm chất chính trị, đạo đức, lối sống; giữ mối liên hệ với chi ủy, chi bộ "
                 "và nhân dân nơi cư trú:",
                 "2. Gương mẫu thực hiện nghĩa vụ công dân, tuyên truyền vận động gia đình và "
                 "nhân dân thực hiện chủ trương của Đảng, pháp luật của Nhà nước:",
                 "3. Tham gia sinh hoạt, các hoạt động ở nơi cư trú:"):
        add(document, item)
        add(document, "…" * 75, "Body")
        add(document, "…" * 75, "Body")
    signature(document, left="T/M CHI BỘ|{{ sign.title }}|{{ sign.name }}",
              capacity="T/M ĐẢNG ỦY NƠI CƯ TRÚ", role="BÍ THƯ", name="")
    return document


def personnel_roster():
    width = 252
    document = new_document(landscape=True)
    letterhead(document, width=width)
    title(document, "DANH SÁCH TRÍCH NGANG",
          "nhân sự dự kiến chi ủy, bí thư, phó bí thư {{ cell_name }} nhiệm kỳ {{ term }}")
    grid(document, (("STT", "no"), ("Họ và tên", "name"), ("Giới tính", "gender"),
                    ("Ngày sinh", "birth"), ("Dân tộc, tôn giáo", "origin"),
                    ("Quê quán", "hometown"), ("Nơi cư trú", "residence"),
                    ("Ngày vào Đảng, ngày chính thức", "party_dates"),
                    ("Học vấn; chuyên môn; lý luận chính trị", "qualifications"),
                    ("Chức vụ Đảng, chính quyền, đoàn thể", "positions"),
                    ("Dự kiến", "posts"), ("Ghi chú", "status")),
         "rows", (10, 32, 13, 20, 18, 26, 26, 21, 26, 30, 17, 13), 11)
    add(document, "Danh sách gồm {{ rows | length }} đồng chí, xếp theo vần A, B, C.")
    signature(document, width=width)
    return document


def congress_script():
    document = new_document()
    letterhead(document)
    title(document, "CHƯƠNG TRÌNH CHI TIẾT", "điều hành {{ congress_title }}", "(kịch bản)")
    add(document, "Thời gian: {{ opening_time }}, {{ congress_long_date }}. Địa điểm: {{ venue }}.")
    add(document, "I- PHÂN CÔNG NHIỆM VỤ", "Heading")
    tag(document, "for role in roles")
    add(document, "- {{ role.task }}: {{ role.people }}.")
    tag(document, "endfor")
    tag(document, "if guests")
    add(document, "- Đại biểu cấp trên: {{ guests | join('; ') }}.")
    tag(document, "endif")
    add(document, "II- CÁC BƯỚC TIẾN HÀNH", "Heading")
    grid(document, (("STT", "no"), ("Nội dung", "task"), ("Người thực hiện", "person")),
         "steps", (13, 94, 58))
    add(document, "III- LỜI DẪN CHÍNH", "Heading")
    add(document, "1. Báo cáo tình hình đảng viên dự đại hội", "Heading")
    add(document, "{{ attendance }}")
    tag(document, "if has_committee")
    add(document, "2. Danh sách bầu cử chi ủy (xếp theo vần A, B, C)", "Heading")
    tag(document, "for name in candidates")
    add(document, "{{ loop.index }}. Đồng chí {{ name }}")
    tag(document, "endfor")
    tag(document, "endif")
    add(document, "{% if has_committee %}3{% else %}2{% endif %}. Danh sách bầu bí thư", "Heading")
    tag(document, "for name in secretaries")
    add(document, "{{ loop.index }}. Đồng chí {{ name }}")
    tag(document, "endfor")
    signature(document)
    return document


TEMPLATES = {
    "summary_report": summary_report,
    "self_review_report": self_review_report,
    "draft_resolution": draft_resolution,
    "action_program": action_program,
    "personnel_plan": personnel_plan,
    "personnel_vote_minutes": personnel_vote_minutes,
    "residence_comment": residence_comment,
    "personnel_roster": personnel_roster,
    "personnel_approval": personnel_approval,
    "congress_script": congress_script,
}


def main() -> None:
    for kind, build in TEMPLATES.items():
        document = build()
        document.core_properties.title = kind
        document.core_properties.author = "daihoi"
        document.save(HERE / f"{kind}.docx")
        print(f"{kind}.docx")


if __name__ == "__main__":
    main()

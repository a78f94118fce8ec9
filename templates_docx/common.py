"""Building blocks of the Word templates: page, styles, letterhead, title, signature, tables.

Every part shared by several templates is defined here once.
"""

from __future__ import annotations

from copy import deepcopy

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
CENTER, JUSTIFY = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT, RIGHT = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT
TEXT_WIDTH = 165  # mm between the margins of an A4 portrait page
# Table fields that hold figures: right-aligned, so units stand under units.
FIGURES = frozenset(
    (
        "planned",
        "result",
        "rate",
        "new",
        "excellent",
        "good",
        "done",
        "failed",
        "admitted",
        "yes",
        "yes_rate",
        "no_votes",
        "no_rate",
        "votes",
        "count",
        "members",
        "outside",
    )
)


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


def paragraph_style(
    document,
    name,
    size=14,
    bold=False,
    italic=False,
    align=JUSTIFY,
    indent=0,
    before=0,
    after=0,
    exact=None,
    keep=False,
):
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
    # A line left for handwriting: not justified, so a blank never stretches a line.
    paragraph_style(document, "Fill", align=LEFT, indent=10, after=6, exact=19)
    # Headings are not justified: a long one never stretches its words apart.
    paragraph_style(
        document, "Heading", bold=True, align=LEFT, indent=10, before=6, after=6, keep=True
    )
    paragraph_style(document, "Part", bold=True, align=CENTER, before=6, after=6, keep=True)
    paragraph_style(document, "Type", size=15, bold=True, align=CENTER, before=18, keep=True)
    paragraph_style(document, "Subject", bold=True, align=CENTER, keep=True)
    paragraph_style(document, "Dashes", align=CENTER, after=12)
    paragraph_style(document, "Head", align=CENTER)
    paragraph_style(document, "Cell", size=12, align=LEFT)
    paragraph_style(document, "CellHead", size=12, bold=True, align=CENTER)
    # A long recipient wraps under its own text, not under the "- " that opens it.
    recipient = paragraph_style(document, "Recipient", size=12, align=LEFT)
    recipient.paragraph_format.left_indent = Mm(2.5)
    recipient.paragraph_format.first_line_indent = Mm(-2.5)
    paragraph_style(document, "Tag", size=10, align=LEFT)


# ----------------------------------------------------------------------------- building blocks


def add(
    container,
    text: str = "",
    style: str = "Body",
    bold=None,
    italic=None,
    size=None,
    underline=None,
    align=None,
):
    """A paragraph with one run: tags must sit in runs of their own for docxtpl.

    A paragraph ending with a colon leads in to what follows and is kept on its page.
    """
    paragraph = container.add_paragraph(style=style)
    if align is not None:
        paragraph.alignment = align
    if text.rstrip().endswith(":"):
        paragraph.paragraph_format.keep_with_next = True
    if text:
        run = paragraph.add_run(text)
        run.bold, run.italic, run.underline = bold, italic, underline
        if size:
            run.font.size = Pt(size)
        set_fonts(run._r.get_or_add_rPr())
    return paragraph


def dotted(container, text: str = "", width: float = TEXT_WIDTH):
    """A paragraph whose end, or the whole line, is an even dotted line to the right margin
    (a tab with a dot leader), left for handwriting."""
    paragraph = add(container, text, "Fill")
    paragraph.paragraph_format.tab_stops.add_tab_stop(
        Mm(width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
    )
    paragraph.add_run().add_tab()
    return paragraph


def cant_split(row) -> None:
    """A table row never breaks across two pages."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


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


def bottom_border(paragraph, kind: str = "single", size: int = 6) -> None:
    """A line under the paragraph, as wide as the paragraph."""
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", kind), ("sz", str(size)), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    border.append(bottom)
    paragraph._p.get_or_add_pPr().append(border)


def rule_below(paragraph, indent_mm: float) -> None:
    """A solid rule under the paragraph, narrowed by indents to about the text's width."""
    paragraph.paragraph_format.left_indent = Mm(indent_mm)
    paragraph.paragraph_format.right_indent = Mm(indent_mm)
    bottom_border(paragraph)


def letterhead(document, width: float = 165, numbered: bool = True, form: str = "") -> None:
    """First-page header: issuing body on the left, party heading and date on the right.

    `numbered=False` leaves out the "Số …" line, for papers that are no Party document type;
    `form` is a guide's form number, printed in the top right corner.
    """
    table = document.add_table(rows=1, cols=2)
    borderless(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left_width = 80 if width < 200 else width / 2
    widths(table, (left_width, width - left_width))
    left, right = table.rows[0].cells
    clear(left)
    clear(right)
    # The names come in lines, broken where a reader expects (documents/common.header_lines).
    tag(left, "for line in header.superior")
    tag(left, "if header.congress")
    add(left, "{{ line }}", "Head", bold=True)
    tag(left, "else")
    add(left, "{{ line }}", "Head")
    tag(left, "endif")
    tag(left, "endfor")
    tag(left, "for line in header.issuer")
    add(left, "{{ line }}", "Head", bold=True)
    tag(left, "endfor")
    add(left, "*", "Head")
    if numbered:
        add(left, "{{ header.number }}", "Head")
    if form:
        add(right, form, "Head", bold=True, size=12).alignment = WD_ALIGN_PARAGRAPH.RIGHT
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


def signature(
    document,
    left: str = "recipients",
    capacity: str = "{{ sign.capacity }}",
    role: str = "{{ sign.title }}",
    name: str = "{{ sign.name }}",
    width: float = 165,
    spaced: bool = True,
) -> None:
    """Nơi nhận (or a second signer) bottom left, the signature block bottom right, after an
    empty line unless `spaced` is off (a one-page form short of room).

    The closing lines before it are kept on the same page: a signature never stands alone.
    """
    for paragraph in last_lines(document):
        paragraph.paragraph_format.keep_with_next = True
    if spaced:
        add(document, "", "Body").paragraph_format.keep_with_next = True
    table = document.add_table(rows=1, cols=2)
    borderless(table)
    widths(table, (width / 2, width / 2))
    cant_split(table.rows[0])
    left_cell, right_cell = table.rows[0].cells
    clear(left_cell)
    clear(right_cell)
    if left == "recipients":
        add(left_cell, "Nơi nhận:", "Cell", underline=True, size=14)
        loop(left_cell, "recipients", style="Recipient")
    else:
        sign_block(left_cell, *left.split("|"))
    sign_block(right_cell, capacity, role, name)


def last_lines(document) -> list:
    """Every paragraph of the body that may be the last one printed: the body's last paragraph,
    or, where it ends in {%p if/for %} blocks, the last one of each branch and the one before a
    block that may print nothing. A loop's paragraph is kept with the next on its last turn
    only, so a long list is not pulled onto the signature's page whole."""
    found, want, depth = [], True, 0
    for element in reversed(list(document.element.body.iterchildren())):
        if element.tag == qn("w:tbl"):
            break
        if element.tag != qn("w:p"):
            continue
        paragraph = Paragraph(element, document._body)
        statement = paragraph.text.removeprefix("{%p ").split(" ")[0]
        if paragraph.style.name != "Tag":
            if want:
                found.append(on_last_turn(paragraph))
            want = False
            if depth == 0:
                break
        elif statement in ("endif", "endfor"):
            depth += 1
        elif statement in ("else", "elif"):
            want = True
        elif statement in ("if", "for"):
            depth, want = depth - 1, True
    return found


def on_last_turn(paragraph):
    """The paragraph itself, or, inside a loop, a copy of it printed on the loop's last turn."""
    before, after = paragraph._p.getprevious(), paragraph._p.getnext()
    if before is None or not Paragraph(before, paragraph._parent).text.startswith("{%p for "):
        return paragraph
    last = deepcopy(paragraph._p)
    paragraph._p.addprevious(last)
    for text, element in (("if loop.last", last), ("else", paragraph._p), ("endif", after)):
        element.addprevious(deepcopy(before))
        Paragraph(element.getprevious(), paragraph._parent).runs[0].text = "{%p " + text + " %}"
    return Paragraph(last, paragraph._parent)


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
    if name:  # a block signed by someone the paper cannot name ends with the room to sign
        add(cell, name, "Head", bold=True)


def grid(document, columns, row_items: str, millimetres, size=12, whole=False) -> None:
    """A bordered table: a header row, then one row per item ({%tr %} loop).

    The whole table disappears when there are no items: no empty grid is ever printed. No row
    breaks across pages, the header row repeats on every page and stays with the first row,
    and the line before the table stays with it. A `whole` table (a short one: an election's
    results, a form's rows) is kept on one page, and with the line after it.
    """
    document.paragraphs[-1].paragraph_format.keep_with_next = True
    tag(document, f"if {row_items}")
    table = document.add_table(rows=4, cols=len(columns))
    table.style = document.styles["Table Grid"]
    narrow_padding(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(table, millimetres)
    header, opening, body, closing = table.rows
    for cell, (heading, _) in zip(header.cells, columns, strict=True):
        clear(cell)
        add(cell, heading, "CellHead", size=size).paragraph_format.keep_with_next = True
    clear(opening.cells[0])
    add(opening.cells[0], "{%tr for row in " + row_items + " %}", "Cell")
    clear(closing.cells[0])
    add(closing.cells[0], "{%tr endfor %}", "Cell")
    for cell, (_, field) in zip(body.cells, columns, strict=True):
        clear(cell)
        align = CENTER if field in ("no", "year", "unit", "gender", "birth") else None
        value = add(
            cell,
            "{{ row." + field + " }}",
            "Cell",
            align=RIGHT if field in FIGURES else align,
            size=size,
        )
        value.paragraph_format.keep_with_next = whole or None
    for row in table.rows:
        cant_split(row)
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    tag(document, "endif")


def narrow_padding(table, millimetres: float = 1) -> None:
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(int(Mm(millimetres).twips)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def sections(document, items: str, numbered: bool = True, italic=None) -> None:
    """Free sections of the clerk's narrative: a heading and its paragraphs each."""
    tag(document, f"for section in {items}")
    add(
        document,
        "{{ loop.index }}. {{ section.title }}" if numbered else "{{ section.title }}",
        "Heading",
        italic=italic,
    )
    tag(document, "for text in section.paragraphs")
    add(document, "{{ text }}")
    tag(document, "endfor")
    tag(document, "endfor")

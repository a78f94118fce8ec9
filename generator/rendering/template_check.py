"""Every template a build uses is checked before anything is written.

A tag broken by an edit (a district's own templates, `build --mau`), or a name the program does not
give to that document, is reported as the template file, the paragraph's text and the tag.

A template may come from anyone. In every part that carries tags (body, headers, footers,
footnotes, document properties) it may use only what the bundled templates use: the kinds of tag
and expression, attributes, filters, tests and calls found in them (an allow-list read from them,
not a list of attacks). Nothing in it may make Word fetch or run something from elsewhere when a
document is opened. Each template of the district's is then rendered once, in the sandbox and its
limits, with the first document of its kind.
"""

from __future__ import annotations

import functools
import html
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError, meta, nodes
from lxml import etree

from .render import (
    RENDERED_PROPERTIES,
    WELL_FORMED,
    TemplateProblem,
    document_bytes,
    environment,
    lined,
    tagged_parts,
)
from .resources import Templates, bundled_template

TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
DOCXTPL_PREFIX = re.compile(r"^\{([{%])(?:p|tr|tc|r)(?=\s)")  # {%p if … %}, {%tr for … %}, {{r x }}
BLOCKS = {"if": "endif", "for": "endfor"}
EXCERPT = 90
MARKUP = re.compile(r"<[^>]*>")
PARTS = {
    "body": "thân văn bản",
    "header": "đầu trang",
    "footer": "chân trang",
    "footnotes": "chú thích cuối trang",
}
PROPERTIES = {
    "author": "tác giả",
    "comments": "ghi chú",
    "identifier": "mã định danh",
    "language": "ngôn ngữ",
    "subject": "chủ đề",
    "title": "tiêu đề",
}
WRITINGS = {  # what a clerk would call the kinds of expression most likely to be met
    **dict.fromkeys(("Add", "Sub", "Mul", "Div", "FloorDiv", "Mod", "Pow", "Neg"), "phép tính"),
    **dict.fromkeys(("Assign", "AssignBlock"), "lệnh gán {% set %}"),
    **dict.fromkeys(("Include", "Import", "FromImport", "Extends"), "lệnh chèn mẫu khác"),
    **dict.fromkeys(("Macro", "CallBlock"), "macro"),
    "Concat": "phép nối ~",
    "Compare": "phép so sánh",
}
# Word fields that only show what the document itself holds: page numbers, dates, its own
# properties, references inside it (and formulas, "= …"). Every other field is refused:
# INCLUDEPICTURE, INCLUDETEXT, LINK, DDE, DDEAUTO, IMPORT, DATABASE, MACROBUTTON... fetch or run
# something.
# fmt: off
SHOWN_FIELDS = frozenset((
    "PAGE", "NUMPAGES", "SECTION", "SECTIONPAGES", "DATE", "TIME", "CREATEDATE", "SAVEDATE",
    "PRINTDATE", "EDITTIME", "REF", "PAGEREF", "NOTEREF", "STYLEREF", "SEQ", "TOC", "TC",
    "HYPERLINK", "AUTHOR", "TITLE", "SUBJECT", "KEYWORDS", "COMMENTS", "NUMWORDS", "NUMCHARS",
    "DOCPROPERTY", "LISTNUM", "AUTONUM", "SYMBOL", "EQ", "IF",
))
# fmt: on
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
OUTSIDE = {"image": "hình ảnh", "attachedTemplate": "mẫu gắn kèm", "oleObject": "đối tượng nhúng"}


class Source(NamedTuple):
    where: str  # the part, as the clerk knows it
    text: str  # Jinja source: a paragraph a line


def ensure_templates(documents: Iterable, templates: Templates) -> None:
    """Raise TemplateProblem, listing every problem, unless each template these documents use
    is sound, safe, asks only for names their contexts hold and renders its first document."""
    first = {}

    def noting(documents: Iterable) -> Iterator:
        for document in documents:
            first.setdefault(document.kind, document)
            yield document

    names = context_names(noting(documents))
    problems = [p for kind in names for p in template_problems(templates.path(kind), names[kind])]
    if problems:
        raise TemplateProblem(
            "mẫu văn bản có lỗi nên chưa ghi văn bản nào:\n"
            + "\n".join(f"  - {problem}" for problem in problems)
            + "\nHãy sửa các chỗ trên (giữ nguyên dạng các thẻ {{ … }} và {%p … %}), hoặc chép "
            'lại mẫu gốc bằng lệnh "daihoi mau".'
        )
    for kind, document in first.items():
        if templates.path(kind).parent == templates.own:
            document_bytes(templates.path(kind), document.context)


def context_names(documents: Iterable) -> dict[str, set[str]]:
    """kind → the names every context of that kind holds."""
    names: dict[str, set[str]] = {}
    for document in documents:
        keys = set(document.context)
        names[document.kind] = names[document.kind] & keys if document.kind in names else keys
    return names


def template_problems(path: Path, names: set[str]) -> list[str]:
    try:
        template = DocxTemplate(path)
        template.init_docx()
        properties = property_sources(template)
        found = part_sources(template) + properties
        texts = list(paragraph_texts(template.docx)) + [text for _, text in properties]
        outside = outside_problems(path)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, PackageNotFoundError, etree.Error):
        return [f'Mẫu "{path.name}" không mở được như một tệp Word (.docx).']
    jinja = environment()
    try:
        trees = [(source, jinja.parse(source.text)) for source in found]
    except TemplateSyntaxError:
        return syntax_problems(path.name, texts) or [
            f'Mẫu "{path.name}" có thẻ {{{{ … }}}} hoặc {{%p … %}} viết sai hoặc thiếu thẻ đóng.'
        ]
    refused = outside + [p for source, tree in trees for p in refusals(path.name, source, tree)]
    if refused:
        return refused
    variables = set().union(*(meta.find_undeclared_variables(tree) for _, tree in trees))
    return [unknown_name(path.name, texts, name) for name in sorted(variables - names)]


def part_sources(template: DocxTemplate) -> list[Source]:
    """Every part that docxtpl renders as XML, as Jinja reads it."""
    return [Source(PARTS[where], lined(patched)) for _, where, patched in tagged_parts(template)]


def property_sources(template: DocxTemplate) -> list[Source]:
    """Every core property that docxtpl renders."""
    properties = template.docx.core_properties
    return [
        Source(f"thuộc tính tài liệu ({PROPERTIES[name]})", getattr(properties, name))
        for name in RENDERED_PROPERTIES
        if getattr(properties, name)
    ]


def uses(tree: nodes.Template) -> Iterator[tuple[nodes.Node, str, str]]:
    """(node, what it uses as the allow-list names it, the name) of each node: the attribute,
    filter, test or call it is, then its kind of expression or tag."""
    for node in tree.find_all(nodes.Node):
        if isinstance(node, nodes.Getattr):
            yield node, f"attribute {node.attr}", node.attr
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
            yield node, f"attribute {node.arg.value}", str(node.arg.value)
        elif isinstance(node, (nodes.Filter, nodes.Test)):
            yield node, f"{type(node).__name__.lower()} {node.name}", node.name
        elif isinstance(node, nodes.Call):
            callee = getattr(node.node, "attr", getattr(node.node, "name", ""))
            yield node, f"call {callee}", callee
        yield node, f"node {type(node).__name__}", ""


@functools.cache
def allowed() -> frozenset[str]:
    """What the bundled templates use, in every part: all that a template may use."""
    jinja, found = environment(), set()
    for path in bundled_template("x").parent.glob("*.docx"):
        template = DocxTemplate(path)
        template.init_docx()
        for source in part_sources(template) + property_sources(template):
            found.update(use for _, use, _ in uses(jinja.parse(source.text)))
    return frozenset(found)


def refusals(file: str, source: Source, tree: nodes.Template) -> list[str]:
    """One line for each tag that uses what no bundled template does (its first such use)."""
    problems, seen = [], set()
    lines = source.text.split("\n")
    for node, use, name in uses(tree):
        if use in allowed():
            continue
        text = " ".join(html.unescape(MARKUP.sub("", lines[node.lineno - 1])).split())
        tags = TAG.findall(text) or [text]
        tag = next((t for t in tags if use in tag_uses(t)), tags[0])
        if tag in seen:
            continue
        seen.add(tag)
        kind, _, _ = use.partition(" ")
        what = {
            "attribute": f'thuộc tính "{name}"',
            "filter": f'bộ lọc "{name}"',
            "test": f'phép thử "is {name}"',
            "call": f'lời gọi hàm "{name}(…)"',
        }.get(kind) or WRITINGS.get(use.split()[-1], "một cách viết")
        problems.append(
            f'{place(file, text, tag, source.where)}: thẻ "{tag}" dùng {what}, điều mà các mẫu gốc '
            "không dùng nên không được phép (mẫu từ nơi khác chỉ được dùng các thẻ như mẫu gốc)."
        )
    return problems


def tag_uses(tag: str) -> set[str]:
    """What one tag uses, as `uses` names it (nothing if it does not parse alone)."""
    try:
        tree = environment().parse(alone(tag))
    except TemplateSyntaxError:
        return set()
    return {use for _, use, _ in uses(tree)}


def outside_problems(path: Path) -> list[str]:
    """What would make Word fetch or run something from elsewhere: a relationship to an outside
    target (a link to a web page aside: it is text the reader may click) or a field not in
    SHOWN_FIELDS, in any part."""
    problems = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            tree = etree.fromstring(archive.read(name), WELL_FORMED)
            for relation in tree.iter(RELATIONSHIP):
                kind = relation.get("Type", "").rpartition("/")[2]
                if relation.get("TargetMode") == "External" and kind != "hyperlink":
                    problems.append(
                        f'Mẫu "{path.name}" có {OUTSIDE.get(kind, "nội dung")} lấy từ bên ngoài '
                        f'("{relation.get("Target", "")[:80]}"): Word sẽ tự tải về khi mở văn bản, '
                        "nên không được phép. Hãy chèn thẳng nội dung đó vào mẫu."
                    )
            for instruction in field_instructions(tree):
                field = instruction.split()[0].upper() if instruction.split() else ""
                if field and field not in SHOWN_FIELDS and not field.startswith("="):
                    where = part_of(name)
                    problems.append(
                        f'Mẫu "{path.name}", {where}: trường "{" ".join(instruction.split())[:80]}" '
                        "lấy nội dung từ bên ngoài hoặc chạy lệnh khi mở văn bản, nên không được "
                        "phép. Hãy xóa trường đó (chèn thẳng nội dung vào mẫu)."
                    )
    return problems


def field_instructions(tree) -> Iterator[str]:
    """The instruction of every field: a simple field's, or a complex field's pieces of text
    between its begin and separate (or end) marks, fields inside fields too."""
    fields: list[list[str] | None] = []  # each open field's instruction so far; None once read
    for element in tree.iter(f"{W}fldSimple", f"{W}fldChar", f"{W}instrText"):
        mark = element.get(f"{W}fldCharType")
        if element.tag == f"{W}fldSimple":
            yield element.get(f"{W}instr", "")
        elif element.tag == f"{W}instrText" and not fields:
            yield element.text or ""
        elif element.tag == f"{W}instrText" and fields[-1] is not None:
            fields[-1].append(element.text or "")
        elif mark == "begin":
            fields.append([])
        elif fields and mark in ("separate", "end"):
            if fields[-1] is not None:
                yield "".join(fields[-1])
            if mark == "end":
                fields.pop()
            else:
                fields[-1] = None


def part_of(member: str) -> str:
    """A part of the .docx zip as the clerk knows it."""
    for where in ("header", "footer", "footnotes"):
        if member.startswith(f"word/{where}"):
            return PARTS[where]
    return PARTS["body"] if member == "word/document.xml" else f'phần "{member}"'


def paragraph_texts(document) -> Iterator[str]:
    """The text of every paragraph: body, tables (nested too), headers and footers."""

    def of(container) -> Iterator[str]:
        for paragraph in container.paragraphs:
            yield paragraph.text
        for table in container.tables:
            for row in table.rows:
                for cell in row.cells:
                    yield from of(cell)

    yield from of(document)
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer):
            if not part.is_linked_to_previous:
                yield from of(part)


def unknown_name(file: str, texts: list[str], name: str) -> str:
    word = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
    for text in texts:
        for tag in TAG.findall(text):
            if word.search(tag):
                return (
                    f'{place(file, text, tag)}: thẻ "{tag}" dùng tên "{name}" mà chương trình '
                    "không có cho văn bản này (có thể gõ sai; xem tên đúng trong mẫu gốc)."
                )
    return f'Mẫu "{file}" dùng tên "{name}" mà chương trình không có cho văn bản này.'


def syntax_problems(file: str, texts: list[str]) -> list[str]:
    """Each bad tag on its own, and the if/for blocks that do not close, in document order."""
    problems, open_blocks = [], []
    for text in texts:
        rest = TAG.sub("", text)
        for opener, closer in (("{{", "}}"), ("{%", "%}")):
            if opener in rest:
                fragment = rest[rest.index(opener) :][:40].strip()
                problems.append(
                    f'{place(file, text, fragment)}: thẻ "{fragment}" thiếu "{closer}".'
                )
            elif closer in rest:
                problems.append(f'{place(file, text, closer)}: có "{closer}" mà thiếu "{opener}".')
        for tag in TAG.findall(text):
            keyword = block_word(tag)
            if keyword in BLOCKS:
                open_blocks.append((keyword, text, tag))
            elif keyword in BLOCKS.values():
                if open_blocks and BLOCKS[open_blocks[-1][0]] == keyword:
                    open_blocks.pop()
                else:
                    problems.append(
                        f'{place(file, text, tag)}: thẻ "{tag}" không có thẻ mở đi cùng.'
                    )
                continue
            if not parses(alone(tag)):
                problems.append(f'{place(file, text, tag)}: thẻ "{tag}" viết sai.')
    for keyword, text, tag in open_blocks:
        problems.append(
            f'{place(file, text, tag)}: thẻ "{tag}" không có thẻ đóng "{{%p {BLOCKS[keyword]} %}}".'
        )
    return problems


def block_word(tag: str) -> str | None:
    """The first word of a {% … %} tag ("if", "endfor"…), docxtpl's p/tr/tc/r aside."""
    plain = DOCXTPL_PREFIX.sub(r"{\1", tag)
    word = plain[2:-2].split()[:1]
    return word[0] if word and plain.startswith("{%") else None


def alone(tag: str) -> str:
    """The tag as a template of its own: the block it opens closed, an else or elif inside an
    if; nothing for a tag that closes a block."""
    plain, keyword = DOCXTPL_PREFIX.sub(r"{\1", tag), block_word(tag)
    if keyword in BLOCKS:
        return plain + "{% " + BLOCKS[keyword] + " %}"
    if keyword in BLOCKS.values():
        return ""
    return "{% if x %}" + plain + "{% endif %}" if keyword in ("else", "elif") else plain


def parses(source: str) -> bool:
    try:
        environment().parse(source)
    except TemplateSyntaxError:
        return False
    return True


def place(file: str, text: str, tag: str, where: str = "") -> str:
    """'Mẫu "x.docx", [part, ]đoạn "…text around the tag…"'."""
    text = " ".join(text.split())
    if len(text) > EXCERPT:
        start = max(0, min(text.find(" ".join(tag.split())), len(text) - EXCERPT))
        text = ("…" if start else "") + text[start : start + EXCERPT] + "…"
    return f'Mẫu "{file}", {where + ", " if where else ""}đoạn "{text}"'

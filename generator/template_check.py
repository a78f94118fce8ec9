"""Every template a build uses is checked before anything is written.

A tag broken by an edit (a district's own templates, `build --mau`), or a name the program does not
give to that document, is reported as the template file, the paragraph's text and the tag.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError

from .render import TemplateProblem, environment
from .resources import Templates

TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
DOCXTPL_PREFIX = re.compile(r"^\{([{%])(?:p|tr|tc|r)(?=\s)")  # {%p if … %}, {%tr for … %}, {{r x }}
BLOCKS = {"if": "endif", "for": "endfor"}
EXCERPT = 90


def ensure_templates(documents: Iterable, templates: Templates) -> None:
    """Raise TemplateProblem, listing every problem, unless each template these documents use
    is sound and asks only for names their contexts hold."""
    names = context_names(documents)
    problems = [p for kind in names for p in template_problems(templates.path(kind), names[kind])]
    if problems:
        raise TemplateProblem(
            "mẫu văn bản có lỗi nên chưa ghi văn bản nào:\n"
            + "\n".join(f"  - {problem}" for problem in problems)
            + "\nHãy sửa các chỗ trên (giữ nguyên dạng các thẻ {{ … }} và {%p … %}), hoặc chép "
            'lại mẫu gốc bằng lệnh "daihoi mau".'
        )


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
        texts = list(paragraph_texts(template.docx))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, PackageNotFoundError):
        return [f'Mẫu "{path.name}" không mở được như một tệp Word (.docx).']
    try:
        variables = template.get_undeclared_template_variables(environment())
    except TemplateSyntaxError:
        return syntax_problems(path.name, texts) or [
            f'Mẫu "{path.name}" có thẻ {{{{ … }}}} hoặc {{%p … %}} viết sai hoặc thiếu thẻ đóng.'
        ]
    return [unknown_name(path.name, texts, name) for name in sorted(variables - names)]


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
            plain = DOCXTPL_PREFIX.sub(r"{\1", tag)
            word = plain[2:-2].split()[:1]
            keyword = word[0] if word and plain.startswith("{%") else None
            if keyword in BLOCKS:
                source = plain + "{% " + BLOCKS[keyword] + " %}"
                open_blocks.append((keyword, text, tag))
            elif keyword in BLOCKS.values():
                if open_blocks and BLOCKS[open_blocks[-1][0]] == keyword:
                    open_blocks.pop()
                else:
                    problems.append(
                        f'{place(file, text, tag)}: thẻ "{tag}" không có thẻ mở đi cùng.'
                    )
                continue
            elif keyword in ("else", "elif"):
                source = "{% if x %}" + plain + "{% endif %}"
            else:
                source = plain
            if not parses(source):
                problems.append(f'{place(file, text, tag)}: thẻ "{tag}" viết sai.')
    for keyword, text, tag in open_blocks:
        problems.append(
            f'{place(file, text, tag)}: thẻ "{tag}" không có thẻ đóng "{{%p {BLOCKS[keyword]} %}}".'
        )
    return problems


def parses(source: str) -> bool:
    try:
        environment().parse(source)
    except TemplateSyntaxError:
        return False
    return True


def place(file: str, text: str, tag: str) -> str:
    """'Mẫu "x.docx", đoạn "…text around the tag…"'."""
    text = " ".join(text.split())
    if len(text) > EXCERPT:
        start = max(0, min(text.find(" ".join(tag.split())), len(text) - EXCERPT))
        text = ("…" if start else "") + text[start : start + EXCERPT] + "…"
    return f'Mẫu "{file}", đoạn "{text}"'

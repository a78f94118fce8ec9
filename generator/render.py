"""Stage 5: one context → one .docx, through docxtpl with autoescape and StrictUndefined."""

from __future__ import annotations

from pathlib import Path

from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined

TEMPLATES = Path(__file__).resolve().parent.parent / "templates_docx"


def environment() -> Environment:
    return Environment(undefined=StrictUndefined, autoescape=True)


def template_path(kind: str) -> Path:
    return TEMPLATES / f"{kind}.docx"


class TemplateProblem(Exception):
    """A template is missing or was damaged by an edit; the message is for the clerk."""


def render(kind: str, context: dict, target: Path) -> None:
    """A fresh template object per document: docxtpl templates keep state after rendering."""
    path = template_path(kind)
    if not path.is_file():
        raise TemplateProblem(
            f'Thiếu mẫu văn bản "{path}". Hãy cài đặt lại chương trình từ thư '
            "mục dự án (python -m pip install -e .) hoặc chép lại mẫu gốc."
        )
    try:
        template = DocxTemplate(path)
        template.render(context, environment(), autoescape=True)
    except Exception as error:  # any fault here comes from the template file, not the data
        raise TemplateProblem(
            f'Mẫu văn bản "{path.name}" bị lỗi ({type(error).__name__}: {error}). Hãy sửa lại mẫu '
            "(giữ nguyên các thẻ {{ … }} và {%p … %}) hoặc chép lại mẫu gốc."
        ) from None
    template.save(target)


def template_variables(kind: str) -> set[str]:
    """Top-level names a template uses (for the template lint test)."""
    return DocxTemplate(template_path(kind)).get_undeclared_template_variables(environment())

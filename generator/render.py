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


def render(kind: str, context: dict, target: Path) -> None:
    """A fresh template object per document: docxtpl templates keep state after rendering."""
    template = DocxTemplate(template_path(kind))
    template.render(context, environment(), autoescape=True)
    template.save(target)


def template_variables(kind: str) -> set[str]:
    """Top-level names a template uses (for the template lint test)."""
    return DocxTemplate(template_path(kind)).get_undeclared_template_variables(environment())

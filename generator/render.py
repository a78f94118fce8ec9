"""Stage 5: one context → one .docx, through docxtpl with autoescape and StrictUndefined.

Each template is opened, patched by docxtpl and compiled by Jinja once per process. Each document
then renders only the parts that hold tags (body, headers, footers, footnotes, core properties) with
docxtpl's own render and post-processing, and takes every other part as python-docx saved it once.
The result is the document a plain `DocxTemplate(path).render(...)` and `save` would write (a test
compares every part), at a fraction of the cost.
"""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.oxml import parse_xml, serialize_part_xml
from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined
from lxml import etree

TEMPLATES = Path(__file__).resolve().parent.parent / "templates_docx"
FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
BODY_MARK = b"<daihoi-body/>"


def environment() -> Environment:
    return Environment(undefined=StrictUndefined, autoescape=True)


class CompileOnce(Environment):
    """The docxtpl environment, compiling each source once: docxtpl asks for it on every render."""

    def __init__(self):
        super().__init__(undefined=StrictUndefined, autoescape=True)
        self.compiled = {}

    def from_string(self, source, globals=None, template_class=None):
        if source not in self.compiled:
            self.compiled[source] = super().from_string(source, globals, template_class)
        return self.compiled[source]


def template_path(kind: str) -> Path:
    return TEMPLATES / f"{kind}.docx"


class TemplateProblem(Exception):
    """A template is missing or was damaged by an edit; the message is for the clerk."""


class Compiled:
    """One template, patched once; `document(context)` gives the bytes of one rendered .docx."""

    def __init__(self, path: Path):
        self.template = template = DocxTemplate(path)
        template.render_init()
        self.environment = CompileOnce()
        docx = template.docx
        self.body = template.patch_xml(template.get_xml())
        root = copy.deepcopy(docx.element)
        root.replace(root.body, parse_xml(BODY_MARK))
        self.before_body, self.after_body = serialize_part_xml(root).split(BODY_MARK)
        self.core = docx.part.package.part_related_by(RELATIONSHIP_TYPE.CORE_PROPERTIES)
        self.pristine_core = copy.deepcopy(self.core.element)
        # (part, patched source, kept as text): headers and footers are parsed again by python-docx,
        # footnotes are kept as docxtpl's text (docxtpl renders them once per section; the
        # rendered text has no tags left, so once is the same)
        self.parts = [
            (part, template.patch_xml(template.get_part_xml(part)), False)
            for uri in (template.HEADER_URI, template.FOOTER_URI)
            for _, part in template.get_headers_footers(uri)
        ] + [
            (part, template.patch_xml(part.blob.decode("utf-8")), True)
            for part in docx.part.package.parts
            if part.content_type == FOOTNOTES
        ]
        rendered = {member(p) for p in [docx.part, self.core] + [p for p, *_ in self.parts]}
        saved, base = io.BytesIO(), io.BytesIO()
        docx.save(saved)  # every other part exactly as docxtpl's save would write it
        with zipfile.ZipFile(saved) as source, zipfile.ZipFile(base, "w") as kept:
            for info in source.infolist():
                if info.filename not in rendered:
                    kept.writestr(info, source.read(info))
        self.base = base.getvalue()

    def document(self, context: dict) -> bytes:
        template, environment, docx = self.template, self.environment, self.template.docx
        xml = template.render_xml_part(self.body, docx.part, context, environment)
        tree = template.fix_tables(xml)
        template.docx_ids_index = 1000
        template.fix_docpr_ids(tree)
        body = etree.tostring(tree, encoding="UTF-8", xml_declaration=False)
        members = {member(docx.part): self.before_body + body + self.after_body}
        for part, source, as_text in self.parts:
            xml = template.render_xml_part(source, part, context, environment)
            members[member(part)] = (
                xml.encode("utf-8") if as_text else serialize_part_xml(parse_xml(xml))
            )
        self.core.element[:] = copy.deepcopy(self.pristine_core)[:]
        template.render_properties(context, environment)
        members[member(self.core)] = self.core.blob
        output = io.BytesIO(self.base)
        with zipfile.ZipFile(output, "a", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        return output.getvalue()


def member(part) -> str:
    return part.partname.lstrip("/")


_compiled: dict[Path, tuple[tuple[int, int], Compiled]] = {}


def compiled(path: Path) -> Compiled:
    """The compiled template of this process; a template file changed since is compiled again."""
    status = path.stat()
    stamp = (status.st_mtime_ns, status.st_size)
    if path not in _compiled or _compiled[path][0] != stamp:
        _compiled[path] = (stamp, Compiled(path))
    return _compiled[path][1]


def render(kind: str, context: dict, target: Path) -> None:
    render_path(template_path(kind), context, target)


def render_bytes(kind: str, context: dict) -> bytes:
    """The document itself, for a caller that writes it (package.py: atomically)."""
    return document_bytes(template_path(kind), context)


def render_path(path: Path, context: dict, target: Path) -> None:
    target.write_bytes(document_bytes(path, context))


def document_bytes(path: Path, context: dict) -> bytes:
    if not path.is_file():
        raise TemplateProblem(
            f'Thiếu mẫu văn bản "{path}". Hãy cài đặt lại chương trình từ thư '
            "mục dự án (python -m pip install -e .) hoặc chép lại mẫu gốc."
        )
    try:
        data = compiled(path).document(context)
    except Exception as error:  # any fault here comes from the template file, not the data
        raise TemplateProblem(
            f'Mẫu văn bản "{path.name}" bị lỗi ({type(error).__name__}: {error}). Hãy sửa lại mẫu '
            "(giữ nguyên các thẻ {{ … }} và {%p … %}) hoặc chép lại mẫu gốc."
        ) from None
    return data


def template_variables(kind: str) -> set[str]:
    """Top-level names a template uses (for the template lint test)."""
    return DocxTemplate(template_path(kind)).get_undeclared_template_variables(environment())

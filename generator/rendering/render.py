"""Stage 5: one context → one .docx, through docxtpl in Jinja's sandbox (autoescape, StrictUndefined).

Each template is opened, patched by docxtpl and compiled by Jinja once per process. Each document
then renders only the parts that hold tags (body, headers, footers, footnotes, core properties) with
docxtpl's own post-processing (tables, drawing ids, tabs and line breaks, core properties), where
it would change something, and takes every other part as python-docx saved it once.
The result is the document a plain `DocxTemplate(path).render(...)` and `save` would write (a test
compares every part), at a fraction of the cost.

Every template is untrusted: it renders in a sandbox that calls nothing, and a document stops
with `Refused` past a limit on loop steps, on the text of a part (or of one value) and on time.
"""

from __future__ import annotations

import copy
import io
import re
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import parse_xml, serialize_part_xml
from docx.opc.part import Part
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, nodes, pass_eval_context
from jinja2.exceptions import SecurityError
from jinja2.filters import sync_do_join
from jinja2.runtime import markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer
from lxml import etree
from markupsafe import soft_str

from .. import memory

FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
BODY_MARK = b"<daihoi-body/>"
PARAGRAPH = re.compile(r"<w:p([ >])")
LISTING = re.compile("[\t\a\n\f]")  # what docxtpl's resolve_listing turns into Word markup
# A non-breaking hyphen (textvn.keep_together) is written as Word's own mark, not as the
# Unicode character, which Times New Roman lacks: the font's hyphen prints, no line breaks there.
NO_BREAK_HYPHEN = ("\u2011", '</w:t><w:noBreakHyphen/><w:t xml:space="preserve">')


class Template(DocxTemplate):
    """docxtpl's template, whose last pass also writes the non-breaking hyphen as Word's mark."""

    def resolve_listing(self, xml):
        return super().resolve_listing(xml.replace(*NO_BREAK_HYPHEN))


# the core properties docxtpl's render_properties renders (it leaves the others as they are)
RENDERED_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WELL_FORMED = etree.XMLParser(resolve_entities=False)
# docxtpl's fix_tables changes a table only when a row has more cells than the grid has columns,
# or when no row's cells (with their gridSpan) fill the grid: the same tests, read-only, in C.
TABLE_AS_IS = etree.XPath(
    "not(.//w:tr[count(w:tc) > $columns]) and boolean(.//w:tr[count(w:tc[not(w:tcPr[1]/w:gridSpan)])"
    " + sum(w:tc/w:tcPr[1]/w:gridSpan[1]/@w:val) >= $columns])",
    namespaces={"w": W},
)


LOOP_STEPS = 1_000_000  # loop iterations of one document
CHARACTERS = 20_000_000  # of one rendered part, and of any text a template computes
NUMBER_BITS = 4096  # of any number a template computes
SECONDS = 5  # to render one document
LOOP, JOIN = "loop steps", "joined text"  # the guards, as filters no template can name


class Refused(Exception):
    """A template went past a limit or asked for what is never allowed; the message says which."""


class Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's sandbox with limits: its loops count their steps, its `~`, `join` and arithmetic
    are measured before they run, its output is measured as it comes, and the time of a document
    (from `start`) is looked at in each of these. A template calls nothing, and has no filter but
    `join` (the only one the bundled templates use: the template check allows no other)."""

    intercepted_binops = frozenset(("+", "-", "*", "/", "//", "%", "**"))

    def __init__(self):
        super().__init__(undefined=StrictUndefined, autoescape=True)
        # the only filter the templates use, measured; the guards
        self.filters = {"join": self.join, LOOP: self.bounded, JOIN: self.joined}
        self.start()

    def start(self) -> None:
        """A new document: no loop steps yet, its time from now."""
        self.steps, self.deadline = 0, time.monotonic() + SECONDS

    def in_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise Refused(f"một văn bản cần quá {SECONDS} giây để tạo")

    def _generate(self, source, *args, **kwargs):
        return super()._generate(Guarded().visit(source), *args, **kwargs)

    def bounded(self, iterable):
        """What a loop iterates over, a step at a time."""
        for item in iterable:
            self.steps += 1
            if self.steps > LOOP_STEPS:
                raise Refused(f"các vòng lặp chạy quá {LOOP_STEPS:,} lượt".replace(",", "."))
            self.in_time()
            yield item

    @pass_eval_context
    def joined(self, eval_ctx, *values):
        """The `~` operator, measured before the text is made."""
        texts = [soft_str(value) for value in values]
        if sum(map(len, texts)) > CHARACTERS:
            raise too_long()
        return (markup_join if eval_ctx.autoescape else str_join)(texts)

    @pass_eval_context
    def join(self, eval_ctx, values, separator=""):
        """Jinja's `join` filter, measured before the text is made (joins of joins multiply)."""
        values = list(values)
        if (
            sum(len(soft_str(v)) for v in values) + len(soft_str(separator)) * len(values)
            > CHARACTERS
        ):
            raise too_long()
        return sync_do_join(eval_ctx, values, separator)

    def concat(self, chunks) -> str:
        """The text of a part (or of a block), refused as soon as it grows past the limit."""
        kept, size = [], 0
        for chunk in chunks:
            size += len(chunk)
            if size > CHARACTERS:
                raise too_long()
            kept.append(chunk)
        self.in_time()
        return "".join(kept)

    def call_binop(self, context, operator, left, right):
        self.in_time()
        if operator == "%" and isinstance(left, str):
            raise Refused("mẫu định dạng chữ bằng phép %")
        if isinstance(left, int) and isinstance(right, int):
            bits = left.bit_length(), right.bit_length()
            if (bits[0] * right if operator == "**" and right > 0 else sum(bits)) > NUMBER_BITS:
                raise Refused("mẫu tính ra một số quá lớn")
        elif length(operator, left, right) > CHARACTERS:
            raise too_long()
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's own signature)
        raise Refused("mẫu gọi một hàm, điều mà không văn bản nào cần")


class Guarded(NodeTransformer):
    """Each loop iterates through `Sandbox.bounded`, each `~` is `Sandbox.joined`."""

    def visit_For(self, node):
        node = self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, LOOP, [], [], None, None)
        return node

    def visit_Concat(self, node):
        first, *rest = self.generic_visit(node).nodes
        return nodes.Filter(first, JOIN, rest, [], None, None)


def length(operator: str, left, right) -> int:
    """How long the text or list `left operator right` would be (0: not a text or list)."""
    sized = hasattr(left, "__len__"), hasattr(right, "__len__")
    if operator == "*" and sized[0] and isinstance(right, int):
        return len(left) * right
    if operator == "*" and sized[1] and isinstance(left, int):
        return left * len(right)
    return len(left) + len(right) if operator == "+" and all(sized) else 0


def too_long() -> Refused:
    return Refused(f"mẫu tạo ra đoạn chữ dài quá {CHARACTERS:,} ký tự".replace(",", "."))


def environment() -> Sandbox:
    return Sandbox()


class CompileOnce(Sandbox):
    """The docxtpl environment, compiling each source once: docxtpl asks for it on every render."""

    def __init__(self):
        super().__init__()
        self.compiled = {}

    def from_string(self, source, globals=None, template_class=None):
        if source not in self.compiled:
            self.compiled[source] = super().from_string(source, globals, template_class)
        return self.compiled[source]


class TemplateProblem(Exception):
    """A template is missing or was damaged by an edit; the message is for the clerk."""


class Compiled:
    """One template, patched once; `document(context)` gives the bytes of one rendered .docx.

    Only what rendering needs is kept (the patched sources, the core properties, the other parts
    as zip bytes), not python-docx's parsed package: a process holds every template at once.
    """

    def __init__(self, path: Path):
        self.template = template = Template(path)
        template.render_init()
        self.environment = CompileOnce()
        docx = template.docx
        (body, _, source), *parts = tagged_parts(template)
        self.name, self.body = member(body), self.compile(source)
        root = copy.deepcopy(docx.element)
        root.replace(root.body, parse_xml(BODY_MARK))
        self.before_body, self.after_body = serialize_part_xml(root).split(BODY_MARK)
        core = docx.part.package.part_related_by(RELATIONSHIP_TYPE.CORE_PROPERTIES)
        self.core_name, self.core = member(core), core.element
        self.pristine_core = copy.deepcopy(core.element)
        # (member, compiled source, kept as text): headers and footers are parsed again by
        # python-docx, footnotes are kept as docxtpl's text (docxtpl renders them once per
        # section; the rendered text has no tags left, so once is the same)
        self.parts = [
            (member(part), self.compile(source), where == "footnotes")
            for part, where, source in parts
        ]
        rendered = {self.name, self.core_name} | {name for name, *_ in self.parts}
        saved, base = io.BytesIO(), io.BytesIO()
        docx.save(saved)  # every other part exactly as docxtpl's save would write it
        with zipfile.ZipFile(saved) as source, zipfile.ZipFile(base, "w") as kept:
            for info in source.infolist():
                if info.filename not in rendered:
                    kept.writestr(info, source.read(info))
        self.base = base.getvalue()
        # docxtpl's render_properties reads and writes docx.core_properties, nothing else of it
        template.docx = SimpleNamespace(core_properties=CoreProperties(self.core))
        # without a tag, the properties render the same for every context: once is enough
        self.fixed_core = None if b"{" in serialize_part_xml(self.core) else self.core_xml({})

    def compile(self, patched: str):
        return self.environment.from_string(lined(patched))

    def render(self, source, context: dict) -> str:
        """docxtpl's render_xml_part, second half; its listing pass (tabs, line and page breaks
        in the values) only when there is one, for it changes nothing otherwise."""
        xml = source.render(context).replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")
        xml = (
            xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        )
        listed = LISTING.search(xml) or NO_BREAK_HYPHEN[0] in xml
        return self.template.resolve_listing(xml) if listed else xml

    def body_xml(self, context: dict) -> bytes:
        """The rendered body after docxtpl's fix_tables and fix_docpr_ids, which change nothing
        in most documents: then it is the rendered text itself, not parsed and written again."""
        template, xml = self.template, self.render(self.body, context)
        data = xml.encode("utf-8")
        try:
            tree = etree.fromstring(data, WELL_FORMED)
        except etree.XMLSyntaxError:
            tree = None  # docxtpl's own recovering parser decides
        if tree is not None and b"docPr" not in data and all(tables_as_they_are(tree)):
            return data
        tree = template.fix_tables(xml)
        template.docx_ids_index = 1000
        template.fix_docpr_ids(tree)
        return etree.tostring(tree, encoding="UTF-8", xml_declaration=False)

    def core_xml(self, context: dict) -> bytes:
        self.core[:] = copy.deepcopy(self.pristine_core)[:]
        self.template.render_properties(context, self.environment)
        return serialize_part_xml(self.core)

    def document(self, context: dict) -> Rendered:
        self.environment.start()
        body = self.body_xml(context)
        members = {self.name: self.before_body + body + self.after_body}
        for name, source, as_text in self.parts:
            xml = self.render(source, context)
            members[name] = xml.encode("utf-8") if as_text else serialize_part_xml(parse_xml(xml))
        members[self.core_name] = self.fixed_core or self.core_xml(context)
        output = io.BytesIO(self.base)  # the fastest deflate: these parts are small
        with zipfile.ZipFile(output, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            for name, data in members.items():
                archive.writestr(name, data)
            parts = tuple((i.filename, i.file_size, i.CRC) for i in archive.infolist())
        return Rendered(output.getvalue(), parts)


class Rendered(NamedTuple):
    data: bytes
    parts: tuple[tuple[str, int, int], ...]  # (name, size, CRC-32) of each part of the zip


def lined(patched: str) -> str:
    """docxtpl's render_xml_part, first half: each paragraph on a line of its own."""
    return PARAGRAPH.sub(r"\n<w:p\1", patched)


def tagged_parts(template: DocxTemplate) -> Iterator[tuple[Part, str, str]]:
    """(part, "body", "header", "footer" or "footnotes", docxtpl's patched source) of each part
    docxtpl renders as XML: the body first. (It renders RENDERED_PROPERTIES besides.)"""
    yield template.docx.part, "body", template.patch_xml(template.get_xml())
    for uri, where in ((template.HEADER_URI, "header"), (template.FOOTER_URI, "footer")):
        for _, part in template.get_headers_footers(uri):
            yield part, where, template.patch_xml(template.get_part_xml(part))
    for part in template.docx.part.package.parts:
        if part.content_type == FOOTNOTES:
            yield part, "footnotes", template.patch_xml(part.blob.decode("utf-8"))


def tables_as_they_are(tree):
    for table in tree.iter(f"{{{W}}}tbl"):
        grid = table.find(f"{{{W}}}tblGrid")
        yield grid is not None and TABLE_AS_IS(table, columns=len(grid.findall(f"{{{W}}}gridCol")))


def member(part) -> str:
    return part.partname.lstrip("/")


_compiled: dict[Path, tuple[tuple[int, int], Compiled]] = {}


def compiled(path: Path) -> Compiled:
    """The compiled template of this process; a template file changed since is compiled again."""
    status = path.stat()
    stamp = (status.st_mtime_ns, status.st_size)
    if path not in _compiled or _compiled[path][0] != stamp:
        _compiled[path] = (stamp, Compiled(path))
        memory.give_back()  # python-docx's parsed package, no longer needed
    return _compiled[path][1]


def render(template: Path, context: dict, target: Path) -> None:
    target.write_bytes(document_bytes(template, context).data)


def document_bytes(template: Path, context: dict) -> Rendered:
    """The document itself, for a caller that writes it (package.py: atomically), with what its
    zip directory says of each part (package.py hashes that, without opening the zip again)."""
    if not template.is_file():
        raise TemplateProblem(
            f'Thiếu mẫu văn bản "{template}". Hãy cài đặt lại chương trình hoặc chép lại mẫu gốc '
            '(lệnh "daihoi mau").'
        )
    try:
        return compiled(template).document(context)
    except (Refused, SecurityError) as error:
        reason = error if isinstance(error, Refused) else "mẫu đòi đọc phần bên trong chương trình"
        raise TemplateProblem(
            f'Mẫu văn bản "{template.name}" bị từ chối vì {reason}. Hãy dùng mẫu gốc (lệnh '
            '"daihoi mau") hoặc mẫu từ nơi tin cậy.'
        ) from None
    except Exception as error:  # any fault here comes from the template file, not the data
        raise TemplateProblem(
            f'Mẫu văn bản "{template.name}" bị lỗi ({type(error).__name__}: {error}). Hãy sửa lại '
            'mẫu (giữ nguyên các thẻ {{ … }} và {%p … %}) hoặc chép lại mẫu gốc (lệnh "daihoi mau").'
        ) from None

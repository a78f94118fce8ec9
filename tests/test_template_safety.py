"""A template from anyone does no harm: what no bundled template uses is refused before anything
is written, the sandbox and its limits hold even for a template that was never checked, and
nothing in a template makes Word fetch or run something from elsewhere."""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from test_build import texts

from generator.rendering import render
from generator.rendering.resources import bundled_template
from generator.rendering.template_check import allowed

KIND = "draft_resolution"
TEMPLATE = f"{KIND}.docx"
ATTACHED_TEMPLATE = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def district(tmp_path: Path) -> Path:
    """A district's template folder holding the bundled draft resolution, to be edited."""
    folder = tmp_path / "mau"
    folder.mkdir(parents=True)
    shutil.copy(bundled_template(KIND), folder / TEMPLATE)
    return folder / TEMPLATE


def put(path: Path, text: str, where: str) -> None:
    """`text` into the template's body (a paragraph of its own), its first header or its title."""
    document = Document(path)
    if where == "body":
        document.add_paragraph(text)
    elif where == "header":
        document.sections[0].header.add_paragraph(text)
    else:
        document.core_properties.title = text
    document.save(path)


def no_documents(out: Path) -> bool:
    return not out.exists() or not list(out.rglob("*.docx"))


def shell(marker: Path) -> str:
    return f"os.popen('touch {marker}').read()"


PAYLOADS = {
    "cycler": "{{ cycler.__init__.__globals__.%s }}",
    "string class": "{{ ''.__class__.__mro__[1].__subclasses__()[0].__init__.__globals__.%s }}",
    "self": "{{ self._TemplateReference__context.cycler.__init__.__globals__.%s }}",
    "namespace": "{{ namespace.__init__.__globals__.%s }}",
}
PLACES = {"body": "thân văn bản", "header": "đầu trang", "title": "thuộc tính tài liệu (tiêu đề)"}


@pytest.mark.parametrize("where", PLACES)
@pytest.mark.parametrize("payload", PAYLOADS)
def test_code_in_a_tag_never_runs_and_the_tag_is_named(tmp_path, run_cli, workbook, payload, where):
    marker, out = tmp_path / "MARKER", tmp_path / "out"
    tag = PAYLOADS[payload] % shell(marker)
    template = district(tmp_path)
    put(template, tag, where)
    result = run_cli("build", workbook, "-o", out, "--mau", template.parent)
    assert result.code == 2, result.out + result.err
    problems = [line for line in result.err.splitlines() if line.startswith("  - ")]
    assert len(problems) == 1, result.err
    assert problems[0].startswith(f'  - Mẫu "{TEMPLATE}", {PLACES[where]}, đoạn "'), problems[0]
    assert f'thẻ "{tag}" dùng ' in problems[0] and "không được phép" in problems[0]
    assert "Traceback" not in result.err and "chưa ghi văn bản nào" in result.err
    assert not marker.exists() and no_documents(out)


def test_resource_attacks_are_refused_at_once(tmp_path, run_cli, workbook):
    """A loop of a billion steps and a text of a billion characters, in each place."""
    for number, (text, where, tag, what) in enumerate(
        [
            (
                "{% for x in range(10**9) %}x{% endfor %}",
                "body",
                "{% for x in range(10**9) %}",
                'lời gọi hàm "range(…)"',
            ),
            ("{{ 'a'*10**9 }}", "header", "{{ 'a'*10**9 }}", "phép tính"),
            ("{{ 'a'*10**9 }}", "title", "{{ 'a'*10**9 }}", "phép tính"),
        ]
    ):
        template, out = district(tmp_path / str(number)), tmp_path / str(number) / "out"
        put(template, text, where)
        started = time.monotonic()
        result = run_cli("build", workbook, "-o", out, "--mau", template.parent)
        assert time.monotonic() - started < 30 and result.code == 2
        assert f'{PLACES[where]}, đoạn "{text}": thẻ "{tag}" dùng {what},' in result.err
        assert "Traceback" not in result.err and no_documents(out)


@pytest.mark.parametrize(
    ("text", "tag", "what"),
    [
        ("Chi bộ {{ cell_name | upper }}", "{{ cell_name | upper }}", 'bộ lọc "upper"'),
        ("{{ cell_name }} có {{ 2 * 3 }} tổ", "{{ 2 * 3 }}", "phép tính"),
        (
            "{{ cell_name }} {% if cell_name is string %}",
            "{% if cell_name is string %}",
            "phép thử",
        ),
    ],
)
def test_a_tag_that_is_harmless_but_no_bundled_template_uses_is_refused_too(
    tmp_path, run_cli, workbook, text, tag, what
):
    """An allow-list, not a list of attacks: what no bundled template uses is refused, and the
    tag named is the one that uses it."""
    template = district(tmp_path)
    put(template, text + ("{% endif %}" if "{% if" in text else ""), "body")
    result = run_cli("build", workbook, "-o", tmp_path / "out", "--mau", template.parent)
    assert result.code == 2 and f'thẻ "{tag}" dùng {what}' in result.err, result.err


@pytest.mark.parametrize(
    ("title", "says"),
    [("Dự thảo {{ ten_sai }}", 'dùng tên "ten_sai"'), ("Dự thảo {{ cell_name", 'thiếu "}}"')],
)
def test_a_wrong_tag_in_the_document_properties_is_found_before_writing(
    tmp_path, run_cli, workbook, title, says
):
    template, out = district(tmp_path), tmp_path / "out"
    put(template, title, "title")
    result = run_cli("build", workbook, "-o", out, "--mau", template.parent)
    assert result.code == 2 and f'Mẫu "{TEMPLATE}", đoạn "{title}"' in result.err
    assert says in result.err and no_documents(out)


def test_the_allow_list_is_what_the_bundled_templates_use():
    uses = allowed()
    assert {"filter join", "node For", "node If", "node Getattr", "attribute name"} <= uses
    assert not [use for use in uses if use.startswith(("call", "test"))]
    assert not [use for use in uses if use.split()[1].startswith("_")]
    assert not {"node Assign", "node Mul", "node Concat", "node Macro"} & uses


@pytest.mark.parametrize(
    "tag",
    [
        "{{ cycler.__init__.__globals__.%s }}",
        "{{ person.name.__class__.__mro__[1].__subclasses__() }}{{ %s }}",
        "{{ self._TemplateReference__context.cycler.__init__.__globals__.%s }}",
        "{{ people[0].format.__globals__ }}{{ %s }}",
    ],
)
def test_the_sandbox_alone_runs_no_code(tmp_path, tag):
    """A template that never went through the check, rendered directly: no code runs."""
    marker, path = tmp_path / "MARKER", tmp_path / "mau.docx"
    document = Document()
    document.add_paragraph(tag % shell(marker))
    document.save(path)
    person = type("Person", (), {"name": "An"})()
    with pytest.raises(render.TemplateProblem, match='Mẫu văn bản "mau.docx" bị từ chối vì'):
        render.document_bytes(path, {"person": person, "people": ["An"]})
    assert not marker.exists()


@pytest.mark.parametrize(
    ("tag", "reason"),
    [
        ("{% for x in range(10**9) %}x{% endfor %}", "gọi một hàm"),
        (
            "{% for a in xs %}{% for b in xs %}{% for c in xs %}{% endfor %}{% endfor %}"
            "{% endfor %}",
            "vòng lặp chạy quá 1.000.000 lượt",
        ),
        ("{{ 'a' * 10**9 }}", "dài quá 20.000.000 ký tự"),
        ("{{ [1] * 10**9 }}", "dài quá 20.000.000 ký tự"),
        ("{% for a in xs %}{% for b in xs %}{{ big }}{% endfor %}{% endfor %}", "dài quá"),
        ("{% set s = big %}" + "{% set s=s~s %}" * 8 + "{{ s }}", "dài quá"),
        ("{% set s = big %}" + "{% set s=s+s %}" * 8 + "{{ s }}", "dài quá"),
        ("{{ 10 ** (10 ** 10) }}", "một số quá lớn"),
        ("{{ '%999999999d' % 1 }}", "phép %"),
    ],
)
@pytest.mark.parametrize("where", ["body", "header", "title"])
def test_the_limits_hold_for_a_template_that_was_never_checked(tmp_path, tag, reason, where):
    path = tmp_path / "mau.docx"
    Document().save(path)
    put(path, tag, where)
    context = {"xs": list(range(1000)), "big": "x" * 1_000_000}
    started = time.monotonic()
    with pytest.raises(render.TemplateProblem, match=reason):
        render.document_bytes(path, context)
    assert time.monotonic() - started < 10


def test_a_document_that_takes_too_long_is_refused(tmp_path, monkeypatch):
    """Steps within the limits, each slow: the time limit ends it."""
    monkeypatch.setattr(render, "SECONDS", 1)
    path = tmp_path / "mau.docx"
    document = Document()
    document.add_paragraph("{% for a in xs %}{% if big ~ big == a %}{% endif %}{% endfor %}")
    document.save(path)
    started = time.monotonic()
    with pytest.raises(render.TemplateProblem, match="cần quá 1 giây"):
        render.document_bytes(path, {"xs": list(range(100_000)), "big": "x" * 5_000_000})
    assert time.monotonic() - started < 5


def add_field(path: Path, instruction: list[str], where: str) -> None:
    """A complex field (its instruction in pieces, as Word splits it) into the body, or a simple
    field into the first header."""
    document = Document(path)
    if where == "body":
        runs = (
            f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'
            + "".join(
                f'<w:r {W}><w:instrText xml:space="preserve">{piece}</w:instrText></w:r>'
                for piece in instruction
            )
            + f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'
            + f"<w:r {W}><w:t>ảnh</w:t></w:r>"
            + f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'
        )
        paragraph = document.add_paragraph()
        for run in parse_xml(f"<w:p {W}>{runs}</w:p>"):
            paragraph._p.append(run)
    else:
        simple = parse_xml(f"<w:fldSimple {W}><w:r><w:t>x</w:t></w:r></w:fldSimple>")
        simple.set(qn("w:instr"), "".join(instruction))
        document.sections[0].header.add_paragraph()._p.append(simple)
    document.save(path)


@pytest.mark.parametrize(
    ("instruction", "where", "shown"),
    [
        ([" INCLUDE", 'PICTURE "http://example.com/a.png" \\d '], "body", "INCLUDEPICTURE"),
        ([' INCLUDETEXT "\\\\\\\\may\\\\chia-se\\\\a.docx" '], "body", "INCLUDETEXT"),
        ([' DDEAUTO "cmd" "/c calc" '], "body", "DDEAUTO"),
        ([' LINK Excel.Sheet.8 "C:\\\\a.xls" "A1" '], "header", "LINK"),
    ],
)
def test_a_field_that_fetches_or_runs_something_is_refused(
    tmp_path, run_cli, workbook, instruction, where, shown
):
    template, out = district(tmp_path), tmp_path / "out"
    add_field(template, instruction, where)
    result = run_cli("build", workbook, "-o", out, "--mau", template.parent)
    assert result.code == 2
    part = {"body": "thân văn bản", "header": "đầu trang"}[where]
    assert f'Mẫu "{TEMPLATE}", {part}: trường "{shown}' in result.err, result.err
    assert "Traceback" not in result.err and no_documents(out)


def test_a_remote_image_or_attached_template_is_refused(tmp_path, run_cli, workbook):
    template, out = district(tmp_path), tmp_path / "out"
    document = Document(template)
    document.part.relate_to("http://example.com/anh.png", RELATIONSHIP_TYPE.IMAGE, True)
    [settings] = [p for p in document.part.package.parts if p.partname == "/word/settings.xml"]
    settings.relate_to("http://example.com/mau.dotm", ATTACHED_TEMPLATE, True)
    document.save(template)
    result = run_cli("build", workbook, "-o", out, "--mau", template.parent)
    assert result.code == 2
    assert 'hình ảnh lấy từ bên ngoài ("http://example.com/anh.png")' in result.err
    assert 'mẫu gắn kèm lấy từ bên ngoài ("http://example.com/mau.dotm")' in result.err
    assert "Traceback" not in result.err and no_documents(out)


def test_an_edited_template_with_a_web_link_and_page_numbers_still_builds(
    tmp_path, run_cli, workbook
):
    template, out = district(tmp_path), tmp_path / "out"
    put(template, "Đảng ủy xã góp ý: {{ cell_name }} gửi dự thảo trước ngày họp.", "body")
    put(template, "Dự thảo của {{ cell_name }}", "title")
    document = Document(template)
    document.part.relate_to("https://thuvienphapluat.vn/", RELATIONSHIP_TYPE.HYPERLINK, True)
    document.save(template)
    add_field(template, [" PAGE "], "body")
    result = run_cli("build", workbook, "-o", out, "--mau", template.parent)
    assert result.code == 0, result.err
    built = [path for path in out.glob("*/*.docx") if "Đảng ủy xã góp ý" in texts(path)]
    assert len(built) == 1
    assert "Đảng ủy xã góp ý: Chi bộ Ấp CB01 gửi dự thảo trước ngày họp." in texts(built[0])
    assert Document(built[0]).core_properties.title == "Dự thảo của Chi bộ Ấp CB01"


def run_daihoi(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("tag", "where"),
    [
        ("{{ cycler.__init__.__globals__.%s }}", "body"),
        ("{% for x in range(10**9) %}x{% endfor %}", "header"),
        ("{{ 'a'*10**9 }}", "title"),
    ],
)
def test_daihoi_build_refuses_a_hostile_template_in_a_real_process(tmp_path, workbook, tag, where):
    marker, out = tmp_path / "MARKER", tmp_path / "out"
    template = district(tmp_path)
    put(template, tag.replace("%s", shell(marker)), where)
    started = time.monotonic()
    done = run_daihoi("build", workbook, "-o", out, "--mau", template.parent, cwd=tmp_path)
    assert time.monotonic() - started < 60 and done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines[0].startswith("Không tạo được hồ sơ: mẫu văn bản có lỗi"), done.stderr
    assert len([line for line in lines if line.startswith("  - ")]) == 1
    assert f'Mẫu "{TEMPLATE}", {PLACES[where]}' in done.stderr
    assert "Traceback" not in done.stderr and not marker.exists() and no_documents(out)
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 600_000  # KiB


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "{% for a in cell_name %}" * 6 + "x" + "{% endfor %}" * 6,
            "các vòng lặp chạy quá 1.000.000 lượt",
        ),
        ("{{ cell_name" + "|join(cell_name" * 7 + ")" * 7 + " }}", "mẫu tạo ra đoạn chữ dài quá"),
    ],
)
def test_a_checked_template_past_a_limit_is_refused_before_anything_is_written(
    tmp_path, run_cli, workbook, text, reason
):
    """Loops inside loops, joins of joins use only what the bundled templates use, yet they would
    never end: the first document of each district template is rendered, in the sandbox, before
    any is written."""
    template, out = district(tmp_path), tmp_path / "out"
    put(template, text, "body")
    started = time.monotonic()
    result = run_cli("build", workbook, "-o", out, "--mau", template.parent)
    assert time.monotonic() - started < 30 and result.code == 2
    assert f'Mẫu văn bản "{TEMPLATE}" bị từ chối vì {reason}' in result.err, result.err
    assert "Traceback" not in result.err and no_documents(out)


def test_every_filter_the_bundled_templates_use_is_one_the_sandbox_measures():
    used = {use.split()[1] for use in allowed() if use.startswith("filter ")}
    assert used <= set(render.environment().filters)

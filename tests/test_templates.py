"""A district's own templates: `daihoi mau`, `build --mau`, and the check before any writing."""

from __future__ import annotations

import pytest
from docx import Document
from test_build import texts

from generator.documents import all_kinds, kind_titles
from generator.rendering.resources import READ_FIRST, bundled_template

SUMMARY = "Báo cáo tổng kết nhiệm kỳ.docx"
DRAFT = "Dự thảo nghị quyết đại hội.docx"


def add_paragraph(path, text: str) -> None:
    document = Document(path)
    document.add_paragraph(text)
    document.save(path)


def test_mau_writes_each_template_under_its_documents_title_and_a_read_first_note(
    tmp_path, run_cli
):
    folder = tmp_path / "mau xa"
    result = run_cli("mau", folder)
    assert result.code == 0, result.err
    titles = kind_titles()
    assert sorted(p.name for p in folder.glob("*.docx")) == sorted(
        f"{title}.docx" for title in titles.values()
    )
    for kind, title in titles.items():
        assert (folder / f"{title}.docx").read_bytes() == bundled_template(kind).read_bytes()
    assert (folder / SUMMARY).is_file() and (folder / "(1) Phương án nhân sự.docx").is_file()
    note = (folder / READ_FIRST).read_text(encoding="utf-8-sig")
    assert "{{ ten }}" in note and "{%p endif %}" in note and "--mau" in note
    assert f"  {SUMMARY}" in note
    assert f'--mau "{folder}"' in result.out


def test_a_template_under_its_former_name_is_still_used_and_kept(tmp_path, run_cli, workbook):
    folder = tmp_path / "mau"
    folder.mkdir()
    (folder / "summary_report.docx").write_bytes(bundled_template("summary_report").read_bytes())
    add_paragraph(folder / "summary_report.docx", "Lời riêng theo tên cũ.")
    assert "summary_report.docx" in run_cli("mau", folder).out  # kept, no second copy
    assert not (folder / SUMMARY).exists()
    result = run_cli("build", workbook, "-o", tmp_path / "out", "--mau", folder)
    assert result.code == 0 and f"Dùng {len(all_kinds())} mẫu riêng" in result.out, result.err
    summary = next((tmp_path / "out").glob("*/01 - *.docx"))
    assert "Lời riêng theo tên cũ." in texts(summary)


def test_mau_never_overwrites_a_template_already_in_the_folder(tmp_path, run_cli):
    folder = tmp_path / "mau"
    run_cli("mau", folder)
    add_paragraph(folder / "Phiếu bầu.docx", "Lời riêng của đảng ủy xã.")
    again = run_cli("mau", folder)
    assert again.code == 0 and "Phiếu bầu.docx" in again.out
    assert "Lời riêng của đảng ủy xã." in texts(folder / "Phiếu bầu.docx")


def test_build_with_an_edited_template_prints_the_edited_wording(tmp_path, run_cli, workbook):
    folder = tmp_path / "mau"
    run_cli("mau", folder)
    add_paragraph(folder / SUMMARY, "Đảng ủy xã lưu ý: {{ cell_name }} gửi sớm.")
    (
        folder / "Thông báo thời gian khai mạc đại hội.docx"
    ).unlink()  # the bundled one serves for this kind
    result = run_cli("build", workbook, "-o", tmp_path / "out", "--mau", folder)
    assert result.code == 0, result.err
    assert f"Dùng {len(all_kinds()) - 1} mẫu riêng" in result.out
    summary = next((tmp_path / "out").glob("*/01 - *.docx"))
    assert "Đảng ủy xã lưu ý: Chi bộ Ấp CB01 gửi sớm." in texts(summary)
    notice = next((tmp_path / "out").glob("*/* - Thông báo thời gian khai mạc đại hội.docx"))
    assert "Đảng ủy xã lưu ý" not in texts(notice)


@pytest.mark.parametrize(
    ("paragraph", "tag", "says"),
    [
        ("Kính gửi {{ ten_chua_co }} để biết.", "{{ ten_chua_co }}", 'dùng tên "ten_chua_co"'),
        ("Chi bộ {{ cell_name } báo cáo.", "{{ cell_name } báo cáo.", 'thiếu "}}"'),
        ("Chi bộ {{ cell_name | }} báo cáo.", "{{ cell_name | }}", "viết sai"),
        ("{%p if targets %}", "{%p if targets %}", 'không có thẻ đóng "{%p endif %}"'),
        ("{%p endfor %}", "{%p endfor %}", "không có thẻ mở"),
    ],
)
def test_a_broken_tag_names_file_paragraph_and_tag_and_nothing_is_written(
    tmp_path, run_cli, workbook, paragraph, tag, says
):
    folder = tmp_path / "mau"
    run_cli("mau", folder)
    add_paragraph(folder / DRAFT, paragraph)
    out = tmp_path / "out"
    result = run_cli("build", workbook, "-o", out, "--mau", folder)
    assert result.code == 2
    problems = [line for line in result.err.splitlines() if line.startswith("  - ")]
    assert problems == [
        f'  - Mẫu "{DRAFT}", đoạn "{paragraph}": thẻ "{tag}" {says}' + problems[0].split(says, 1)[1]
    ], result.err
    assert "chưa ghi văn bản nào" in result.err and "Traceback" not in result.err
    assert not out.exists() or not [p for p in out.rglob("*") if not p.name.startswith(".")]


def test_a_file_that_is_not_a_word_document_is_reported(tmp_path, run_cli, workbook):
    folder = tmp_path / "mau"
    folder.mkdir()
    (folder / "ballot.docx").write_text("không phải tệp Word", encoding="utf-8")
    (folder / "phieu bau.docx").write_bytes(bundled_template("ballot").read_bytes())
    result = run_cli("build", workbook, "-o", tmp_path / "out", "--mau", folder)
    assert result.code == 2 and 'Mẫu "ballot.docx" không mở được' in result.err
    assert 'Bỏ qua "phieu bau.docx"' in result.out


def test_a_missing_template_folder_is_one_clear_message(tmp_path, run_cli, workbook):
    result = run_cli("build", workbook, "-o", tmp_path / "out", "--mau", tmp_path / "khong_co")
    assert result.code == 2 and "daihoi mau" in result.err
    assert not (tmp_path / "out").exists()

"""Nothing lost, ever: re-runs, edits, renumbering, renamed cells, locked files, odd names,
two builds at once, and messages without the system's English words or a traceback."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Book, add_cell
from docx import Document

from generator.checking.check import check_workbook
from generator.writing import files, lock, package
from generator.writing.package import MANIFEST, NEW_VERSION, WARNINGS, build
from generator.writing.paths import FILE_LIMIT, FOLDER_LIMIT, cell_folder_name, safe_name

MARK = "Ý kiến bổ sung của đồng chí bí thư."
NARRATIVE_ROW = 2  # the first "Nội dung" row add_cell writes: the summary's first section


def quiet(*_):
    return None


def edit(path: Path, text: str = MARK) -> None:
    document = Document(path)
    document.add_paragraph(text)
    document.save(path)


def text_of(path: Path) -> str:
    return "\n".join(p.text for p in Document(path).paragraphs)


def manifest_of(folder: Path) -> dict:
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))


def stamps(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*")}


def one_cell(tmp_path: Path, opinions: bool = False, **cell) -> tuple[Book, object]:
    book = Book(tmp_path)
    info = add_cell(book, "CB01", official=10, **cell)
    if opinions:
        book.add(
            "Góp ý",
            {
                "Mã chi bộ": "CB01",
                "Dự thảo": "Văn kiện Đại hội Đảng bộ cơ sở",
                "Người góp ý": info.official[2],
                "Nội dung": "Cần nêu rõ hơn kết quả xây dựng nông thôn mới.",
            },
        )
    return book, info


def rebuild(book: Book, out: Path, **options):
    return build(check_workbook(book.save()), out, progress=quiet, **options)


def folder_of(out: Path) -> Path:
    (folder,) = [p for p in out.iterdir() if p.is_dir()]
    return folder


def test_a_rerun_on_unchanged_input_renders_and_writes_nothing_at_all(
    tmp_path, run_cli, monkeypatch
):
    book, _ = one_cell(tmp_path)
    path, out = book.save(), tmp_path / "out"
    assert run_cli("build", path, "-o", out).code == 0
    before = stamps(out)
    with monkeypatch.context() as patch:  # same contexts and templates: nothing to render
        patch.setattr(package, "document_bytes", lambda *_: pytest.fail("rendered again"))
        assert run_cli("build", path, "-o", out).code == 0
    assert stamps(out) == before
    # An edited document is left as it is; only the manifest learns of the edit, once.
    edit(next(out.glob("*/02 - *.docx")))
    documents = {k: v for k, v in stamps(out).items() if k.endswith(".docx")}
    assert run_cli("build", path, "-o", out).code == 0
    after = stamps(out)
    assert {k: v for k, v in after.items() if k.endswith(".docx")} == documents
    assert run_cli("build", path, "-o", out).code == 0
    assert stamps(out) == after


def test_a_cell_whose_input_and_folder_are_unchanged_is_not_composed_again(tmp_path, monkeypatch):
    book = Book(tmp_path)
    add_cell(book, "CB01", official=10)
    second = add_cell(book, "CB02", official=6)
    out = tmp_path / "out"
    initial = rebuild(book, out)
    composed = []
    real = package.cell_documents
    monkeypatch.setattr(
        package,
        "cell_documents",
        lambda cell, profile: composed.append(cell.code) or real(cell, profile),
    )
    again = rebuild(book, out)
    assert composed == []
    assert (len(again.built), again.warnings) == (len(initial.built), initial.warnings)
    book.set("Chi bộ", second.row, "Địa điểm", "Hội trường mới")  # only CB02's input changes
    rebuild(book, out)
    assert composed == ["CB02"]
    composed.clear()
    edit(next(out.glob("CB01*/02 - *.docx")))  # the clerk's edit: CB01 looks again, keeps it
    result = rebuild(book, out)
    assert composed == ["CB01"] and len(result.kept) == 1


def test_an_edited_document_is_never_overwritten_nor_its_new_version(tmp_path):
    book, _ = one_cell(tmp_path)
    out = tmp_path / "out"
    rebuild(book, out)
    folder = folder_of(out)
    summary = next(folder.glob("01 - *.docx"))
    fresh = summary.with_name(f"{summary.stem}{NEW_VERSION}.docx")
    edit(summary)
    # Unchanged input: nothing newer to offer, the edit is kept and said so.
    result = rebuild(book, out)
    assert MARK in text_of(summary) and not fresh.exists()
    assert result.kept == [summary]
    entry = next(d for d in manifest_of(folder)["documents"] if d["kind"] == "summary_report")
    assert entry["path"] == summary.name and entry["edited"] == [summary.name]
    # Changed input: the new version goes beside it.
    book.set("Nội dung", NARRATIVE_ROW, "Nội dung", "Đoạn mới của báo cáo tổng kết.")
    rebuild(book, out)
    assert MARK in text_of(summary) and "Đoạn mới của báo cáo" in text_of(fresh)
    entry = next(d for d in manifest_of(folder)["documents"] if d["kind"] == "summary_report")
    assert entry["path"] == fresh.name and entry["edited"] == [summary.name]
    # The clerk goes on in "(bản mới)": neither file is ever overwritten, and the note says so.
    edit(fresh, "Sửa tiếp trong bản mới.")
    book.set("Nội dung", NARRATIVE_ROW, "Nội dung", "Đoạn mới hơn nữa.")
    result = rebuild(book, out)
    assert MARK in text_of(summary) and "Sửa tiếp trong bản mới." in text_of(fresh)
    assert "Đoạn mới hơn nữa." not in text_of(fresh)
    assert set(result.kept) == {summary, fresh}
    warnings = " ".join(manifest_of(folder)["warnings"])
    assert f'Chưa ghi được bản mới của "{summary.name}"' in warnings
    known = next(d for d in manifest_of(folder)["documents"] if d["kind"] == "summary_report")
    assert set(known["edited"]) == {summary.name, fresh.name}
    # --force: the clerk asked for the generated version in place.
    rebuild(book, out, force=True)
    assert "Đoạn mới hơn nữa." in text_of(summary) and MARK not in text_of(summary)


def test_renumbered_documents_are_renamed_with_their_edits(tmp_path):
    book, _ = one_cell(tmp_path, opinions=True)
    out = tmp_path / "out"
    rebuild(book, out)
    folder = folder_of(out)
    checklist = next(folder.glob("* - Danh mục*.docx"))
    untouched = next(folder.glob("* - Kịch bản điều hành*.docx"))
    edit(checklist)
    for header in ("Mã chi bộ", "Dự thảo", "Người góp ý", "Nội dung"):
        book.set("Góp ý", 2, header, None)  # no opinions: the two opinion documents go
    result = rebuild(book, out)
    (moved,) = [p for p in folder.glob("* - Danh mục*.docx") if NEW_VERSION not in p.name]
    assert not checklist.exists() and MARK in text_of(moved)
    assert int(moved.name[:2]) == int(checklist.name[:2]) - 2
    assert any(f'"{checklist.name}" thành "{moved.name}"' in n for n in result.notes)
    assert untouched.exists()  # numbered before the opinions: same name, not rewritten
    manifest = manifest_of(folder)
    entry = next(d for d in manifest["documents"] if d["kind"] == "preparation_checklist")
    assert entry["edited"] == [moved.name]  # its new version (without opinions) beside it
    assert entry["path"] == f"{moved.stem}{NEW_VERSION}.docx" and MARK not in text_of(
        folder / entry["path"]
    )
    assert not [d for d in manifest["documents"] if d["kind"].startswith("opinion")]
    names = {p.name for p in folder.iterdir()}
    ours = {MANIFEST, moved.name} | ({WARNINGS} if manifest["warnings"] else set())
    assert names == {d["path"] for d in manifest["documents"]} | ours


def built_and_edited(tmp_path: Path):
    """One cell built, its first document edited and a file of the clerk's added."""
    book, info = one_cell(tmp_path)
    out = tmp_path / "out"
    rebuild(book, out)
    folder = folder_of(out)
    edit(next(folder.glob("01 - *.docx")))
    (folder / "ghi chú.txt").write_text("của văn phòng", encoding="utf-8")
    return book, info, out, folder


def test_a_renamed_cell_keeps_its_folder_renamed_with_the_edits(tmp_path):
    book, info, out, old = built_and_edited(tmp_path)
    book.set("Chi bộ", info.row, "Tên chi bộ", "Chi bộ Ấp Mỹ Phú A")
    result = rebuild(book, out)
    new = folder_of(out)
    assert new.name == "CB01 - Chi bộ Ấp Mỹ Phú A" and not old.exists()
    assert MARK in text_of(next(new.glob("01 - *.docx")))
    assert (new / "ghi chú.txt").read_text(encoding="utf-8") == "của văn phòng"
    assert any(old.name in n and new.name in n for n in result.notes)
    assert manifest_of(new)["cell_name"] == "Chi bộ Ấp Mỹ Phú A"


def test_windows_names_are_safe_and_short_and_cut_after_a_whole_word():
    assert safe_name('Chi bộ "A/B": số 1?', 64) == "Chi bộ -A-B-- số 1-"
    assert safe_name("CON", 64) == "_CON" and safe_name("nul.txt", 64) == "_nul.txt"
    assert safe_name("Tổ 1.  ", 64) == "Tổ 1"
    assert safe_name("Chi\u200b bộ\ufeff Ấp", 64) == "Chi bộ Ấp"
    long = cell_folder_name("CB01", "Chi bộ " + "Trường Trung học cơ sở Hiệp Hưng " * 5)
    assert len(long) <= FOLDER_LIMIT and long.endswith("…")
    assert long[:-1].split()[-1] in [
        "Chi",
        "bộ",
        "Trường",
        "Trung",
        "học",
        "cơ",
        "sở",
        "Hiệp",
        "Hưng",
    ]


def test_a_very_long_cell_name_builds_within_the_path_limit(tmp_path, run_cli):
    name = "Chi bộ " + " ".join(["Trường Trung học phổ thông Hiệp Hưng"] * 6)
    assert len(name) > 200
    book, _ = one_cell(tmp_path, **{"Tên chi bộ": name})
    typical = tmp_path / ("o" * max(1, 60 - len(str(tmp_path)) - 1))
    result = run_cli("build", book.save(), "-o", typical)
    assert result.code == 0, result.out + result.err
    paths = list(typical.rglob("*.docx"))
    assert paths and all(len(p.name) <= FILE_LIMIT for p in paths)
    assert all(len(str(p.relative_to(typical))) + 61 < 240 for p in paths)


def test_two_cells_whose_folders_would_collide_are_an_error_naming_both_rows(tmp_path):
    book = Book(tmp_path)
    first = add_cell(book, "P1/0", official=5, **{"Tên chi bộ": "Chi bộ Ấp Một"})
    second = add_cell(book, "p1:0", official=5, first_person=40, **{"Tên chi bộ": "Chi bộ ấp một"})
    findings = [f for f in check_workbook(book.save()).findings if f.code == "folder-collision"]
    assert sorted((f.sheet, f.row, f.cell_code) for f in findings) == [
        ("Chi bộ", first.row, "P1/0"),
        ("Chi bộ", second.row, "p1:0"),
    ]
    assert all(f.is_error for f in findings)
    assert all(f"dòng {r}" in f.message for f in findings for r in (first.row, second.row))


def immutable(path: Path) -> bool:
    """chattr +i stops even root; False when this file system has no such attribute."""
    if not shutil.which("chattr"):
        return False
    return subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0


def venue_written(folder: Path) -> bool:
    """The new venue is in the script and the opening notice of this folder."""
    changed = [*folder.glob("* - Kịch bản điều hành*"), *folder.glob("* - Thông báo thời gian*")]
    return len(changed) == 2 and all("Nhà văn hóa ấp" in text_of(p) for p in changed)


def test_a_locked_file_costs_only_its_document(tmp_path, run_cli):
    book, _ = one_cell(tmp_path)
    out = tmp_path / "out"
    assert run_cli("build", book.save(), "-o", out).code == 0
    summary = next(out.glob("*/01 - *.docx"))
    if not immutable(summary):
        pytest.skip("chattr +i is not available on this file system")
    try:
        book.set("Nội dung", NARRATIVE_ROW, "Nội dung", "Đoạn mới của báo cáo tổng kết.")
        book.set("Chi bộ", 2, "Địa điểm", "Nhà văn hóa ấp")  # changes every document
        result = run_cli("build", book.save(), "-o", out)
    finally:
        subprocess.run(["chattr", "-i", str(summary)], check=True)
    assert result.code == 3, result.out + result.err
    assert f'không ghi được tệp "{summary.name}"' in result.out
    assert f'Hãy đóng tệp "{summary.name}" trong Word' in result.out
    assert "CB01" in result.out and "Operation not permitted" not in result.out
    assert "Đoạn mới" not in text_of(summary)
    assert venue_written(summary.parent)
    manifest = manifest_of(summary.parent)
    assert all((summary.parent / d["path"]).is_file() for d in manifest["documents"])
    # Once the file is free again the next run finishes the job.
    assert run_cli("build", book.save(), "-o", out).code == 0
    assert "Đoạn mới" in text_of(summary)


def test_a_folder_that_cannot_be_written_costs_only_its_cell(tmp_path, run_cli):
    book, _ = one_cell(tmp_path)
    add_cell(book, "CB02", official=5, first_person=40)
    out = tmp_path / "out"
    assert run_cli("build", book.save(), "-o", out).code == 0
    first, second = sorted(p for p in out.iterdir() if p.is_dir())
    if not immutable(first):
        pytest.skip("chattr +i is not available on this file system")
    try:
        book.set("Chi bộ", 2, "Địa điểm", "Nhà văn hóa ấp")
        book.set("Chi bộ", 3, "Địa điểm", "Nhà văn hóa ấp")
        result = run_cli("build", book.save(), "-o", out)
    finally:
        subprocess.run(["chattr", "-i", str(first)], check=True)
    assert result.code == 3, result.out + result.err
    assert f'CB01 Chi bộ Ấp CB01: không ghi được vào thư mục "{first}"' in result.out
    assert "Traceback" not in result.out + result.err
    assert venue_written(second)
    assert not [p for p in first.iterdir() if files.is_temp(p)]


def test_a_second_build_into_the_same_folder_says_which_build_is_running(
    tmp_path, run_cli, monkeypatch
):
    book, _ = one_cell(tmp_path)
    out = tmp_path / "out"
    monkeypatch.setattr(lock, "WAIT", 0.5)
    with lock.output_lock(out, notify=quiet):
        result = run_cli("build", book.save(), "-o", out)
    assert result.code == 2
    assert "đang được một lần chạy khác ghi" in result.err and str(os.getpid()) in result.err
    assert not list(out.glob("*/*.docx"))
    assert run_cli("build", book.save(), "-o", out).code == 0


def test_the_lock_of_a_killed_build_is_taken_over(tmp_path, run_cli):
    book, _ = one_cell(tmp_path)
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from generator.writing import lock\n"
            "with lock.output_lock(Path(sys.argv[1])):\n"
            "    print('held', flush=True); time.sleep(60)",
            str(out),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ | {"PYTHONPATH": str(Path(__file__).parent.parent)},
    )
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    result = run_cli("build", book.save(), "-o", out)
    assert result.code == 0, result.err
    assert f"tiến trình số {holder.pid}" in result.out and "dừng giữa chừng" in result.out
    assert not (out / lock.LOCK).exists()


def test_leftovers_of_the_whole_folder_design_are_recovered_not_deleted(tmp_path):
    book, _, out, folder = built_and_edited(tmp_path)
    # Stopped between its two renames: the cell folder was set aside and not replaced.
    folder.rename(out / f".{folder.name}.old")
    result = rebuild(book, out)
    assert MARK in text_of(next(folder.glob("01 - *.docx")))
    assert (folder / "ghi chú.txt").read_text(encoding="utf-8") == "của văn phòng"
    assert [p.name for p in out.iterdir() if p.is_dir()] == [folder.name]
    assert any("khôi phục" in n for n in result.notes)


@pytest.mark.parametrize("profile", [None, "Trung ương 2025"])
def test_a_congress_on_31_12_9999_gives_no_traceback(tmp_path, run_cli, profile):
    book, _ = one_cell(tmp_path, congress=dt.date(9999, 12, 31))
    if profile:
        book.add("Cấu hình", {"Khóa": "Bộ quy định", "Giá trị": profile})
    result = run_cli("build", book.save(), "-o", tmp_path / "out")
    assert result.code in (0, 1) and "Traceback" not in result.out + result.err


def test_output_piped_into_head_stops_quietly(tmp_path):
    book = Book(tmp_path)
    for row in range(2, 1500):  # far more output than a pipe holds: the writer meets the end
        book.add("Đảng viên", {"Mã chi bộ": "CB99", "Họ và tên": f"Người {row}"}, row)
    root = Path(__file__).parent.parent
    pipeline = subprocess.run(
        f'"{sys.executable}" -m generator check --json "{book.save()}" | head -c 10',
        shell=True,
        capture_output=True,
        text=True,
        cwd=root,
        env=os.environ | {"PYTHONPATH": str(root)},
    )
    assert len(pipeline.stdout) == 10
    assert "Traceback" not in pipeline.stderr and "BrokenPipe" not in pipeline.stderr


def test_a_folder_of_the_earlier_version_is_taken_over_without_rewriting(tmp_path):
    """Its manifest has no context hashes: the documents are rendered again, found the same,
    and left alone; the edited one gets no needless "(bản mới)"."""
    book, _, out, folder = built_and_edited(tmp_path)
    manifest = manifest_of(folder)
    del manifest["input_hash"]
    manifest["documents"] = [  # the earlier manifest: kind, path, person, content hash
        {k: d[k] for k in ("kind", "path", "person", "content_hash") if k in d}
        for d in manifest["documents"]
    ]
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    before = {k: v for k, v in stamps(out).items() if k.endswith(".docx")}
    result = rebuild(book, out)
    assert {k: v for k, v in stamps(out).items() if k.endswith(".docx")} == before
    assert [p.name for p in result.kept] == [next(folder.glob("01 - *.docx")).name]
    assert all("key" in d for d in manifest_of(folder)["documents"])

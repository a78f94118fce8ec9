"""The clerk's machine as it is: a workbook still open in Excel, a file-level mistake, a system
whose file names cannot hold Vietnamese, an output folder deep in OneDrive."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, add_cell

from generator.writing.files import reason
from generator.writing.paths import EXCEL_PATH, WINDOWS_PATH


def test_a_workbook_open_in_excel_is_a_warning_at_the_top(book, run_cli, tmp_path):
    add_cell(book, "CB01", official=8)
    path = book.save()
    (tmp_path / f"~${path.name}").write_bytes(b"\0" * 165)  # what Excel leaves beside it
    for command in (("check", path), ("build", path, "-o", tmp_path / "out")):
        result = run_cli(*command)
        assert result.code == 0, result.err
        assert result.err.startswith(f'Cảnh báo: tệp "{path.name}" đang mở trong Excel'), result.err
    (tmp_path / f"~${path.name}").unlink()
    assert "Excel" not in run_cli("check", path).err


def test_a_build_with_only_file_level_errors_writes_nothing(book, run_cli, tmp_path):
    add_cell(book, "CB01", official=8)
    book.remove_sheet("Nhân sự")
    out = tmp_path / "out"
    result = run_cli("build", book.save(), "-o", out)
    assert result.code == 1
    assert "Xong" not in result.out and "1 lỗi chung" in result.out, result.out
    assert not out.exists()


def test_file_names_without_utf8_are_a_message_not_a_traceback(book, tmp_path):
    add_cell(book, "CB01", official=8)
    path = book.save()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"}
    env.pop("PYTHONIOENCODING", None)
    for command in (["build", path.name, "-o", "out"], ["mau", "mau_xa"]):
        done = subprocess.run(
            [sys.executable, "-m", "generator", *command],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            timeout=300,
        )
        err = done.stderr.decode("utf-8")
        assert done.returncode == 2, err
        assert "Traceback" not in err and "PYTHONUTF8=1" in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def deep_folder(base: Path, length: int) -> Path:
    """A folder whose absolute path is `length` characters long (like a OneDrive folder)."""
    room = length - len(str(base)) - 1
    return base / "/".join("x" * min(50, room - i) for i in range(0, room, 51))


def test_a_deep_output_folder_gets_shorter_names_within_windows_limits(book, run_cli, tmp_path):
    long_name = "Cơ quan Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội xã Hiệp Hưng"
    add_cell(book, "CB01", official=10, **{"Tên chi bộ": f"Chi bộ {long_name}"})
    path = book.save()
    outdir = deep_folder(tmp_path, 150)
    assert len(str(outdir)) == 150
    result = run_cli("build", path, "-o", outdir)
    assert result.code == 0, result.err
    written = [str(p) for p in outdir.rglob("*")]
    assert max(len(p) for p in written) <= WINDOWS_PATH
    assert all(len(p) <= EXCEL_PATH for p in written if p.endswith(".xlsx"))
    (folder,) = [p for p in outdir.iterdir() if p.is_dir()]
    assert folder.name.startswith("CB01 - Chi bộ Cơ quan") and folder.name.endswith("…")
    assert len(list(folder.glob("*.docx"))) >= 12
    again = run_cli("build", path, "-o", tmp_path / "out")  # the usual names where there is room
    (usual,) = [p for p in (tmp_path / "out").iterdir() if p.is_dir()]
    assert again.code == 0 and len(usual.name) > len(folder.name)


def test_an_output_folder_too_deep_for_windows_is_refused_with_where_to_go(book, run_cli, tmp_path):
    add_cell(book, "CB01", official=10)
    path = book.save()
    outdir = deep_folder(tmp_path, 200)
    result = run_cli("build", path, "-o", outdir)
    assert result.code == 2 and "Traceback" not in result.err
    assert f'"{outdir}" có đường dẫn dài 200 ký tự' in result.err
    assert f'-o "{Path(outdir.anchor) / "HoSo"}"' in result.err
    assert "Xong" not in result.out and not outdir.exists()


def test_a_path_too_long_is_never_called_a_folder_that_no_longer_exists(tmp_path):
    long = str(deep_folder(tmp_path, 300) / "a.docx")
    assert reason(FileNotFoundError(errno.ENOENT, "not found", long)) == "đường dẫn quá dài"
    gone = str(tmp_path / "gone" / "a.docx")
    assert reason(FileNotFoundError(errno.ENOENT, "not found", gone)) == "thư mục không còn"
    assert reason(OSError(errno.ENAMETOOLONG, "too long", gone)) == "đường dẫn quá dài"

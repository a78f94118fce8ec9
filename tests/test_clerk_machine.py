"""The clerk's machine as it is: a workbook still open in Excel, a file-level mistake, a system
whose file names cannot hold Vietnamese."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT, add_cell


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

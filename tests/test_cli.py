"""The command line a clerk reads: Vietnamese argparse, --version, next steps on their workbook."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, add_cell

from generator import __version__

ENGLISH = ("usage", "error", "argument", "invalid", "expected", "required", "unrecognized")
ARGPARSE_MESSAGES = [
    (["-h"], "Cách dùng: daihoi"),
    (["-h"], "tùy chọn:"),
    (["-h"], "xem hướng dẫn này rồi thoát"),
    (["build", "-h"], "tham số:"),
    (["buil"], "daihoi: lỗi: tham số LỆNH: không có lựa chọn 'buil' (chọn một trong:"),
    (["build", "--chi-bo"], "lỗi: tham số --chi-bo: cần một giá trị"),
    (["build", "--force=1"], "tham số --force: tùy chọn này không nhận giá trị (đã ghi '1')"),
    (["build", "a.xlsx", "b.xlsx"], "lỗi: không hiểu tham số: b.xlsx"),
    (["--bogus"], "lỗi: không hiểu tham số: --bogus"),
    (["mau"], "lỗi: thiếu tham số: THƯ_MỤC"),
]


def other_interpreters() -> list[str]:
    """Other Pythons on this machine (the supported ones), to see each one's argparse words."""
    found = set()
    for minor in range(10, 14):
        for candidate in (
            *Path(sys.base_prefix).parent.glob(f"3.{minor}*/bin/python3.{minor}"),
            Path(f"/usr/bin/python3.{minor}"),
        ):
            if candidate.is_file() and os.path.realpath(candidate) != os.path.realpath(
                sys.executable
            ):
                found.add(str(candidate))
    return sorted(found)


def english_left(text: str) -> list[str]:
    return [word for word in ENGLISH if word in text.lower()]


@pytest.mark.parametrize(("argv", "expected"), ARGPARSE_MESSAGES)
def test_argparse_speaks_vietnamese(argv, expected, run_cli):
    result = run_cli(*argv)
    text = result.out + result.err
    assert expected in text and not english_left(text), text
    assert result.code == (0 if "-h" in argv else 2)


# daihoi's options, on a parser built with argparse_vi alone: the other Pythons here may lack
# the dependencies the whole command line imports.
MINIATURE = """
import sys
from generator.argparse_vi import Parser, vietnamese
with vietnamese():
    main = Parser(prog="daihoi")
    commands = main.add_subparsers(dest="command", metavar="LỆNH", title="các lệnh")
    for name in ("init", "check", "build", "mau"):
        command = commands.add_parser(name)
        if name == "mau":
            command.add_argument("folder", metavar="THƯ_MỤC")
        else:
            command.add_argument("workbook", nargs="?", metavar="TỆP_EXCEL")
    build = commands.choices["build"]
    build.add_argument("--chi-bo", action="append")
    build.add_argument("--force", action="store_true")
    build.add_argument("--mau", metavar="THƯ_MỤC")
    main.parse_args(sys.argv[1:])
"""


@pytest.mark.parametrize("python", other_interpreters())
@pytest.mark.parametrize(("argv", "expected"), ARGPARSE_MESSAGES)
def test_argparse_speaks_vietnamese_on_other_pythons(python, argv, expected):
    done = subprocess.run(
        [python, "-c", MINIATURE, *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"},
        timeout=60,
    )
    text = done.stdout + done.stderr
    assert expected in text and not english_left(text), text


def test_daihoi_leaves_argparse_of_other_programs_alone(run_cli):
    run_cli("buil")
    assert argparse._("usage: ") == "usage: "
    assert "usage: " in argparse.ArgumentParser(prog="khac").format_usage()


def test_version(run_cli):
    result = run_cli("--version")
    assert result.code == 0 and result.out.strip() == f"daihoi {__version__}"


def test_check_names_the_workbook_in_the_next_step(book, run_cli):
    add_cell(book, "CB01", official=10)
    path = book.save("so lieu xa.xlsx")
    result = run_cli("check", path)
    assert result.code == 0, result.out
    assert f'daihoi build "{path}"' in result.out
    assert "tệp mẫu" not in result.out + result.err


def test_build_names_the_workbook_in_the_hint_for_a_cell_with_errors(book, run_cli, tmp_path):
    add_cell(book, "CB01", official=8, **{"Số chi ủy viên": 3})
    path = book.save()
    result = run_cli("build", path, "-o", tmp_path / "out")
    assert result.code == 1
    assert f'Chạy daihoi check "{path}" để xem và sửa.' in result.out


@pytest.mark.parametrize("command", ["check", "build"])
def test_without_a_workbook_it_says_it_runs_on_the_bundled_sample(command, run_cli, tmp_path):
    extra = ["-o", tmp_path / "out", "--chi-bo", "XX99"] if command == "build" else []
    result = run_cli(command, *extra)
    assert "dùng tệp mẫu đi kèm" in result.err
    assert f'daihoi {command} "so_lieu.xlsx"' in result.err
    if command == "check":
        assert "Có thể tạo văn bản bằng lệnh: daihoi build\n" in result.out + "\n"

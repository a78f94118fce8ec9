"""Ends the clerk can understand: a closed pipe, a full device or disk, a folder that cannot be
written, a killed PDF run, a cell code that is no name. Real processes where a pipe, a device or
a kill is involved."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.rendering.resources import sample_workbook
from generator.writing import files

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CELLS = 7


def daihoi(*args, **options) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", *map(str, args)], cwd=ROOT, **options
    )


def clean(err: str) -> None:
    """Vietnamese to the clerk: no traceback, no system text in English, no Word advice."""
    for word in ("Traceback", "Errno", "Permission denied", "No space", "Word"):
        assert word not in err, err


def test_a_closed_pipe_ends_quietly_and_the_build_finishes(tmp_path):
    out = tmp_path / "out"
    child = daihoi("build", "-o", out, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.readline()  # `| head -1`: one line read, then the pipe is closed
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait(timeout=300) == 0, err
    clean(err)
    assert len([p for p in out.iterdir() if p.is_dir()]) == SAMPLE_CELLS
    assert (out / "Tổng hợp đại hội chi bộ.xlsx").is_file()


def full_device() -> Path:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    return Path("/dev/full")


def test_check_on_a_full_device_is_one_message():
    with full_device().open("w") as full:
        child = daihoi("check", stdout=full, stderr=subprocess.PIPE)
        err = child.stderr.read().decode()
    assert child.wait(timeout=300) == 2, err
    clean(err)
    assert err.splitlines()[-1] == "Không ghi được kết quả ra đầu ra (ổ đĩa đã đầy)."


def test_a_build_on_a_full_device_says_so_once_and_builds(tmp_path):
    out = tmp_path / "out"
    with full_device().open("w") as full:
        child = daihoi("build", "-o", out, stdout=full, stderr=subprocess.PIPE)
        err = child.stderr.read().decode()
    assert child.wait(timeout=300) == 0, err
    clean(err)
    assert err.count("Không in được tiến độ (ổ đĩa đã đầy); hồ sơ vẫn được tạo tiếp.") == 1, err
    assert (out / "Tổng hợp đại hội chi bộ.xlsx").is_file()


def unwritable() -> Path:
    """A folder the kernel refuses to write in, even to root (chmod stops root from nothing)."""
    folder = Path("/sys")
    try:
        (folder / "daihoi-test").mkdir()
    except PermissionError:
        return folder
    (folder / "daihoi-test").rmdir()
    pytest.skip("no folder here refuses writing")


@pytest.mark.parametrize(
    "args",
    [
        ("check", sample_workbook(), "--danh-dau", "{dir}/ban-sao.xlsx"),
        ("mau", "{dir}/mau"),
        ("init", "{dir}/so-lieu.xlsx"),
        ("build", sample_workbook(), "-o", "{dir}/out"),
    ],
    ids=["danh-dau", "mau", "init", "build"],
)
def test_a_folder_that_cannot_be_written_is_said_in_vietnamese(args, run_cli):
    folder = unwritable()
    result = run_cli(*(str(a).format(dir=folder) for a in args))
    assert result.code == 2, result.out + result.err
    said = result.out + result.err
    assert "không có quyền ghi" in said, said
    for word in ("Traceback", "Errno", "Permission denied", "Operation not permitted"):
        assert word not in said, said


def test_a_full_disk_says_so_and_how_much_was_written(tmp_path, run_cli, monkeypatch):
    """The disk fills up after a few files: write_new is where every file is created, so it
    stands in for the disk here (in this process: --jobs 1 builds without workers)."""
    real, written = files.write_new, []

    def filling(path, data, durable=False):
        if len(written) >= 40:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        written.append(path)
        real(path, data, durable)

    monkeypatch.setattr(files, "write_new", filling)
    result = run_cli("build", "--jobs", "1", "-o", tmp_path / "out")
    assert result.code != 0
    said = result.out + result.err
    assert "(ổ đĩa đã đầy)" in said and "giải phóng chỗ trống" in said, said
    assert "các tệp khác đã ghi xong: " in said and " MB trong thư mục" in said, said
    clean(said)


def test_a_killed_pdf_run_leaves_nothing_the_next_run_keeps(tmp_path, run_cli):
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed")
    out = tmp_path / "out"
    child = daihoi(
        "build",
        "--pdf",
        "--chi-bo",
        "CB01",
        "-o",
        out,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 240
    while not any(out.glob(".pdf-*/profile")) and time.monotonic() < deadline:
        assert child.poll() is None, "the run ended before LibreOffice started"
        time.sleep(0.2)
    os.killpg(child.pid, signal.SIGKILL)  # the run and its LibreOffice, as a crash would
    child.wait()
    assert list(out.glob(".pdf-*")), "the killed run left no scratch folder to clean"
    result = run_cli("build", "--chi-bo", "CB01", "-o", out)
    assert result.code == 0, result.err
    assert not list(out.glob(".pdf-*"))

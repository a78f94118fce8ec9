"""Reading a workbook from anyone: bounded in size, time and memory, and it says how far it has
come. Hostile files are built in the tests; each is refused with one Vietnamese line, exit 2."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import add_cell
from openpyxl import Workbook

from generator import cli
from generator.checking.check import check_workbook
from generator.reading import schema, workbook
from generator.rendering.resources import sample_workbook

MEMBERS = schema.SHEET_BY_KEY["members"]


def test_reading_tells_how_far_it_has_come(tmp_path):
    book = Workbook(write_only=True)
    sheet = book.create_sheet(MEMBERS.name)
    sheet.append([column.header for column in MEMBERS.columns])
    for _ in range(25_000):
        sheet.append(["CB01", "Nguyễn Văn An"])
    path = tmp_path / "lon.xlsx"
    book.save(path)
    heard = []
    check_workbook(path, lambda name, rows: heard.append((name, rows)))
    assert heard == [(MEMBERS.name, 10_000), (MEMBERS.name, 20_000)]


def test_progress_goes_to_stderr_and_never_into_json(run_cli, monkeypatch):
    monkeypatch.setattr(workbook, "PROGRESS_ROWS", 1)
    monkeypatch.setattr(cli.ReadingProgress, "EVERY", 0)
    shown = run_cli("check")
    assert 'Đang đọc sheet "Đảng viên": 1 dòng…' in shown.err
    assert "Đang đọc" not in shown.out
    quiet = run_cli("check", "--json")
    json.loads(quiet.out)
    assert "Đang đọc" not in quiet.err


# ---------------------------------------------------------------------------------------------
# Hostile files
# ---------------------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
SHEET = "xl/worksheets/sheet1.xml"


def xlsx_parts(book) -> dict[str, bytes]:
    """The parts of a real workbook that `daihoi init` would write, filled by the test."""
    buffer = io.BytesIO()
    book.wb.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def members_part(parts: dict[str, bytes]) -> str:
    """The part of sheet "Đảng viên" (openpyxl numbers the sheets in workbook order)."""
    names = re.findall(rb'<sheet [^>]*name="([^"]+)"', parts["xl/workbook.xml"])
    index = [name.decode() for name in names].index(MEMBERS.name)
    return f"xl/worksheets/sheet{index + 1}.xml"


def write_zip(path: Path, entries) -> None:
    """A zip written by hand from (name, raw deflate data, crc, size the directory claims):
    what a hostile file holds, not what zipfile would write."""
    local, central = bytearray(), bytearray()
    for name, data, crc, claimed in entries:
        name = name.encode()
        common = struct.pack("<5H3IH", 20, 0, 8, 0, 0, crc, len(data), claimed, len(name))
        central += b"PK\x01\x02" + struct.pack("<H", 20) + common
        central += struct.pack("<4HII", 0, 0, 0, 0, 0, len(local)) + name
        local += b"PK\x03\x04" + common + struct.pack("<H", 0) + name + data
    count = len(entries)
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, count, count, len(central), len(local), 0)
    path.write_bytes(bytes(local + central) + end)


def deflated(data: bytes) -> tuple[bytes, int, int]:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data)


def bomb(megabytes: int) -> tuple[bytes, int, int]:
    """A sheet of `megabytes` MB of blanks inside its XML, deflated to about a thousandth: one
    block of a megabyte, made once and repeated (a full flush makes each block stand alone)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    head = b'<?xml version="1.0"?><worksheet><sheetData>'
    blanks = b" " * (1 << 20)
    first = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(blanks) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = b"</sheetData></worksheet>"
    data = first + block * megabytes + compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(head)
    for _ in range(megabytes):
        crc = zlib.crc32(blanks, crc)
    return data, zlib.crc32(tail, crc), len(head) + len(tail) + megabytes * len(blanks)


def hostile(path: Path, parts: dict[str, bytes], replaced: dict[str, tuple]) -> Path:
    write_zip(
        path,
        [(name, *(replaced.get(name) or deflated(data))) for name, data in parts.items()],
    )
    return path


def check_in_a_process(path: Path, tmp_path: Path) -> tuple[int, str, int]:
    """`daihoi check FILE` in a process of its own: exit code, stderr, peak memory in bytes."""
    with (tmp_path / "out").open("wb") as out, (tmp_path / "err").open("wb") as err:
        child = subprocess.Popen(
            [sys.executable, "-m", "generator", "check", str(path)],
            stdout=out,
            stderr=err,
            cwd=ROOT,
        )
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    assert not (tmp_path / "out").read_bytes()
    return child.returncode, (tmp_path / "err").read_text("utf-8"), usage.ru_maxrss * 1024


def refused(path: Path, tmp_path: Path, reason: str) -> None:
    code, err, peak = check_in_a_process(path, tmp_path)
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith("Không dùng được tệp đầu vào: ") and f'"{path.name}"' in err, err
    assert reason in err, err
    assert peak < 400 << 20, f"peak memory {peak >> 20} MB"


@pytest.fixture
def parts(book) -> dict[str, bytes]:
    add_cell(book)
    return xlsx_parts(book)


def test_a_zip_bomb_is_refused_before_it_inflates(parts, tmp_path):
    path = hostile(tmp_path / "bom.xlsx", parts, {members_part(parts): bomb(900)})
    assert path.stat().st_size < 1.5 * (1 << 20)
    refused(path, tmp_path, f'phần "{members_part(parts)}" khi giải nén lớn hơn 400 MB')


def test_sizes_claimed_by_the_zip_directory_are_not_believed(parts, tmp_path):
    data, crc, _ = bomb(900)
    path = hostile(tmp_path / "noi-doi.xlsx", parts, {members_part(parts): (data, crc, 4096)})
    refused(path, tmp_path, "lớn hơn 400 MB")


def test_many_parts_together_are_limited_too(parts, tmp_path):
    extra = {f"xl/media/image{n}.png": bomb(300) for n in range(3)}
    path = hostile(tmp_path / "nhieu.xlsx", parts | dict.fromkeys(extra, b""), extra)
    refused(path, tmp_path, "cộng lại lớn hơn 800 MB")


@pytest.mark.parametrize("lie", ["size", "crc"])
def test_a_part_unlike_its_directory_entry_is_a_damaged_file(parts, tmp_path, lie):
    data, crc, size = deflated(parts[members_part(parts)])
    wrong = (data, crc, size - 100) if lie == "size" else (data, crc ^ 1, size)
    path = hostile(tmp_path / "hong.xlsx", parts, {members_part(parts): wrong})
    refused(path, tmp_path, "bị hỏng hoặc không phải sổ làm việc Excel hợp lệ")


ENTITIES = (
    b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + n]), b"&%s;" % bytes([97 + n]) * 10) for n in range(9)
    )
    + b"]>"
)


def test_an_entity_expansion_bomb_is_refused(parts, tmp_path):
    part = members_part(parts)
    assert not parts[part].startswith(b"<?xml") and b"<t>" in parts[part]
    sheet = parts[part].replace(b"<t>", b"<t>&j;", 1)  # ten billion letters
    path = hostile(tmp_path / "thuc-the.xlsx", parts | {part: ENTITIES + sheet}, {})
    refused(path, tmp_path, f'khai báo DOCTYPE/ENTITY trong phần "{part}"')


def test_an_unreadable_number_is_a_damaged_file_not_a_traceback(parts, tmp_path):
    part = members_part(parts)
    sheet, count = re.subn(rb'(t="n"><v>)[^<]+', rb"\g<1>0x10", parts[part], count=1)
    assert count == 1
    path = hostile(tmp_path / "so-hex.xlsx", parts | {part: sheet}, {})
    refused(path, tmp_path, "bị hỏng hoặc không phải sổ làm việc Excel hợp lệ")


def test_a_vast_sheet_saved_by_libreoffice_reads_as_calamine_reads_it(tmp_path, monkeypatch):
    """LibreOffice and Excel keep text in a shared string table (openpyxl writes it inline):
    the streaming reader of vast sheets takes both."""
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
         "--outdir", str(tmp_path), str(sample_workbook())],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    path = tmp_path / sample_workbook().name
    with zipfile.ZipFile(path) as archive:
        assert "xl/sharedStrings.xml" in archive.namelist()
    fast = workbook.read_workbook(path)
    marks = workbook.Workbook.marks
    monkeypatch.setattr(
        workbook.Workbook, "marks", lambda book, name: replace(marks(book, name), vast=True)
    )
    assert workbook.read_workbook(path) == fast
    assert sum(len(rows) for rows in fast[0].values()) > 500


def test_a_vast_sheet_of_cells_without_references_reads_as_calamine_reads_it(
    parts, tmp_path, monkeypatch
):
    """A cell's reference is optional in the format: such a sheet is left to openpyxl."""
    part = members_part(parts)
    bare, count = re.subn(rb'(<c) r="[A-Z]+[0-9]+"', rb"\1", parts[part])
    assert count > 50
    path = hostile(tmp_path / "khong-dia-chi.xlsx", parts | {part: bare}, {})
    fast = workbook.read_workbook(path)
    marks = workbook.Workbook.marks
    monkeypatch.setattr(
        workbook.Workbook, "marks", lambda book, name: replace(marks(book, name), vast=True)
    )
    assert workbook.read_workbook(path) == fast
    assert len(fast[0]["members"]) >= 9

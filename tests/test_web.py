"""The page for clerks (`daihoi giao-dien`): who gets in, what can be sent and fetched, and that
the page and the command line do the same work through the same library."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from urllib.request import HTTPCookieProcessor, build_opener

import pytest
from conftest import Book
from openpyxl import load_workbook

from generator import app as library
from generator.rendering.resources import sample_workbook
from generator.web import MAX_UPLOAD, create_app
from generator.writing.lock import output_lock

PORT = 5123
TOKEN = "ma-thu-nghiem"
BASE = f"http://127.0.0.1:{PORT}"


@pytest.fixture
def page(tmp_path):
    """The page's application and a client that came in through the printed address."""
    application = create_app(tmp_path / "daihoi", TOKEN, PORT)
    client = application.test_client()
    client.get(f"/?token={TOKEN}", base_url=BASE)
    return client


def post(client, url: str, **kwargs):
    return client.post(url, base_url=BASE, headers={"Origin": BASE}, **kwargs)


def get(client, url: str):
    return client.get(url, base_url=BASE)


def wait_for(client, job: str) -> dict:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        state = get(client, f"/api/tao-ho-so/{job}").get_json()
        if state["finished"]:
            return state
        time.sleep(0.1)
    raise AssertionError("the build did not finish")


def test_the_token_is_needed_once_then_a_strict_http_only_cookie_carries_it(tmp_path):
    client = create_app(tmp_path, TOKEN, PORT).test_client()
    refused = client.get("/", base_url=BASE)
    assert refused.status_code == 403 and "mã bảo vệ" in refused.text  # plain, for a person
    refused = client.get("/api/trang-thai", base_url=BASE)
    assert refused.status_code == 403 and "mã bảo vệ" in refused.get_json()["error"]
    assert client.get("/?token=sai", base_url=BASE).status_code == 403
    entered = client.get(f"/?token={TOKEN}", base_url=BASE)
    assert entered.status_code == 200 and "Hồ sơ đại hội chi bộ" in entered.text
    cookie = entered.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert client.get("/", base_url=BASE).status_code == 200
    assert client.get("/api/trang-thai", base_url=BASE).status_code == 200
    stranger = create_app(tmp_path, TOKEN, PORT).test_client()
    assert stranger.get("/api/trang-thai", base_url=BASE).status_code == 403
    # a second page on another port sets its own cookie, which this page's does not clash with
    client.set_cookie(f"daihoi_{PORT + 1}", "ma-khac", domain="127.0.0.1")
    assert client.get("/api/trang-thai", base_url=BASE).status_code == 200


def test_a_host_other_than_the_loopback_address_and_port_is_refused(page):
    assert page.get(f"/?token={TOKEN}", base_url=f"http://localhost:{PORT}").status_code == 200
    for host in ("evil.example", f"evil.example:{PORT}", "127.0.0.1:80", f"0.0.0.0:{PORT}"):
        answer = page.get(f"/?token={TOKEN}", base_url=f"http://{host}")
        assert answer.status_code == 403, host
        assert "Địa chỉ trang không đúng" in answer.text


def test_a_post_must_come_from_the_page_itself(page):
    assert page.post("/api/tep-mau", base_url=BASE).status_code == 403  # no Origin
    for origin in ("http://evil.example", f"http://localhost:{PORT + 1}", "null"):
        answer = page.post("/api/tep-mau", base_url=BASE, headers={"Origin": origin})
        assert answer.status_code == 403, origin
    assert post(page, "/api/tep-mau").status_code == 200


def test_an_upload_is_kept_in_the_working_folder_under_a_safe_name(page, tmp_path):
    data = sample_workbook().read_bytes()
    for sent in ("../../ngoai.xlsx", "..\\..\\ngoai.xlsx", "/etc/ngoai.xlsx", "C:\\ngoai.xlsx"):
        answer = post(page, "/api/tai-len", data={"tep": (io.BytesIO(data), sent)})
        assert answer.status_code == 200, answer.get_json()
        kept = Path(answer.get_json()["workbook"])
        assert kept.parent == tmp_path / "daihoi" and kept.name.endswith("ngoai.xlsx"), kept
    assert not (tmp_path / "ngoai.xlsx").exists() and not Path("/etc/ngoai.xlsx").exists()
    hidden = post(page, "/api/tai-len", data={"tep": (io.BytesIO(data), ".an.xlsx")})
    assert Path(hidden.get_json()["workbook"]).name == "an.xlsx"


def test_an_upload_is_limited_in_size(page, tmp_path):
    big = io.BytesIO(b"0" * (MAX_UPLOAD + 1))
    answer = post(page, "/api/tai-len", data={"tep": (big, "lon.xlsx")})
    assert answer.status_code == 413 and "quá lớn" in answer.get_json()["error"]
    assert not (tmp_path / "daihoi" / "lon.xlsx").exists()


def test_not_a_workbook_is_one_clear_message(page):
    answer = post(page, "/api/tai-len", data={"tep": (io.BytesIO(b"khong phai"), "so_lieu.xlsx")})
    assert answer.status_code == 422
    assert answer.get_json()["error"].startswith("Không dùng được tệp Excel")


def test_downloads_come_only_from_inside_the_output_folder(page, tmp_path):
    post(page, "/api/tep-mau")
    outdir = library.output_folder(tmp_path / "daihoi" / "mau_dai_hoi_chi_bo.xlsx")
    (outdir / "CB01").mkdir(parents=True)
    (outdir / "CB01" / "a.docx").write_bytes(b"van ban")
    (outdir / ".daihoi-plan.json").write_text("{}")
    secret = tmp_path / "bi-mat.txt"
    secret.write_text("bí mật")
    (outdir / "lien-ket.txt").symlink_to(secret)
    (outdir / "thu-muc-ngoai").symlink_to(tmp_path, target_is_directory=True)
    assert get(page, "/tai/CB01/a.docx").data == b"van ban"
    for name in (
        "../bi-mat.txt",
        "..%2F..%2Fbi-mat.txt",
        "CB01/../../bi-mat.txt",
        "%2Fetc%2Fpasswd",
        "lien-ket.txt",
        "thu-muc-ngoai/bi-mat.txt",
        ".daihoi-plan.json",
        "C:%5Cbi-mat.txt",
    ):
        answer = page.get(f"/tai/{name}", base_url=BASE, follow_redirects=True)
        assert answer.status_code in (403, 404), name
        assert b"bi mat" not in answer.data and "bí mật".encode() not in answer.data
    assert get(page, "/zip/thu-muc-ngoai").status_code == 403
    names = zipfile.ZipFile(io.BytesIO(get(page, "/zip/").data)).namelist()
    assert names == ["CB01/a.docx"]  # no link, no working file


def test_one_build_at_a_time_per_folder(page, tmp_path):
    post(page, "/api/tep-mau")
    outdir = library.output_folder(tmp_path / "daihoi" / "mau_dai_hoi_chi_bo.xlsx")
    with output_lock(outdir):
        job = post(page, "/api/tao-ho-so", json={}).get_json()["job"]
        state = wait_for(page, job)
    assert "đang được một lần chạy khác ghi hồ sơ" in state["error"]
    assert not any(outdir.glob("CB*"))


def test_the_page_checks_builds_and_rebuilds_only_the_cell_that_changed(page, tmp_path):
    """The page's build is the command line's: same documents; progress cell by cell; after a
    change to one cell only that cell's folder is written again."""
    book = Book(tmp_path, load_workbook(sample_workbook()))
    path = book.save("so lieu.xlsx")
    found = post(page, "/api/mo-duong-dan", json={"duong_dan": str(path)}).get_json()
    assert found["errors"] == 0 and found["cells"] == 7
    outdir = Path(found["outdir"])
    assert outdir == tmp_path / "so lieu - hồ sơ"
    state = wait_for(page, post(page, "/api/tao-ho-so", json={}).get_json()["job"])
    assert state["error"] is None and state["total"] == 7
    assert [c["code"] for c in state["cells"]] == [f"CB0{n}" for n in range(1, 8)]
    result = state["result"]
    assert result["rollup"] and (outdir / result["rollup"]).is_file()
    first = result["cells"][0]
    assert first["files"] and all((outdir / first["folder"] / f).is_file() for f in first["files"])
    cli = tmp_path / "cli"
    assert library.build_workbook(path, cli, jobs=1, progress=lambda _: None).result.built
    assert sorted(p.relative_to(cli).as_posix() for p in cli.rglob("*.docx")) == sorted(
        p.relative_to(outdir).as_posix() for p in outdir.rglob("*.docx")
    )

    def stamps() -> dict[str, int]:
        return {p.relative_to(outdir).as_posix(): p.stat().st_mtime_ns for p in outdir.rglob("*")}

    before = stamps()
    book.set("Chi bộ", 3, "Địa điểm", "Hội trường ấp (mới)")
    book.save("so lieu.xlsx")
    state = wait_for(page, post(page, "/api/tao-ho-so", json={}).get_json()["job"])
    changed = {name for name, stamp in stamps().items() if before.get(name) != stamp}
    cb02 = next(c["folder"] for c in state["result"]["cells"] if c["code"] == "CB02")
    assert changed and all(name.startswith(cb02) or "/" not in name for name in changed)
    assert any(name.startswith(f"{cb02}/") and name.endswith(".docx") for name in changed)


def test_marked_and_converted_copies_go_into_the_output_folder(page, tmp_path):
    book = Book(tmp_path, load_workbook(sample_workbook()))
    book.set("Chi bộ", 2, "Loại chi bộ", "ap")
    book.set("Đảng viên", 2, "Quê quán", "HiÖp H\u00adng")
    path = book.save()
    found = post(page, "/api/mo-duong-dan", json={"duong_dan": str(path)}).get_json()
    assert found["errors"] == 1 and found["legacy"]
    first = found["groups"][0]
    assert first["code"] == "CB01"
    typo = next(f for f in first["findings"] if f["code"] == "bad-value")
    assert (typo["sheet"], typo["row"], typo["column"]) == ("Chi bộ", 2, "C Loại chi bộ")
    assert typo["message"] == '"ap" không có trong danh sách.'
    assert typo["advice"].startswith('Có phải là "Ấp"?')
    for kind, suffix in (("danh-dau", "đã kiểm tra"), ("sua-ma", "đã sửa mã")):
        made = post(page, "/api/ban-sao", json={"loai": kind}).get_json()
        assert made["file"] == f"so_lieu - {suffix}.xlsx"
        copy = load_workbook(io.BytesIO(get(page, f"/tai/{made['file']}").data))
        assert copy.sheetnames
    fixed = load_workbook(Path(found["outdir"]) / "so_lieu - đã sửa mã.xlsx")
    assert fixed["Đảng viên"]["G2"].value == "Hiệp Hưng"
    assert load_workbook(path)["Đảng viên"]["G2"].value == "HiÖp H\u00adng"  # the original stays


def test_the_folder_can_be_opened_only_once_there_is_one(page):
    post(page, "/api/tep-mau")
    answer = post(page, "/api/mo-thu-muc")
    assert answer.status_code == 404 and "hãy tạo hồ sơ trước" in answer.get_json()["error"]
    assert get(page, "/khong-co").text == "Không có trang hoặc tệp này."


def test_the_rules_table_gives_every_value_its_source(page):
    rules = get(page, "/api/quy-dinh").get_json()
    assert rules["rules"] and all(rule["source"] and rule["key"] for rule in rules["rules"])


def test_the_district_templates_are_written_beside_the_workbook_and_used(page, tmp_path):
    post(page, "/api/tep-mau")
    made = post(page, "/api/mau", json={}).get_json()
    folder = Path(made["folder"])
    assert folder.parent == tmp_path / "daihoi" and made["written"] == len(
        list(folder.glob("*.docx"))
    )
    state = wait_for(
        page, post(page, "/api/tao-ho-so", json={"mau": str(folder)}).get_json()["job"]
    )
    assert state["error"] is None and state["lines"][0].startswith(
        f"Dùng {made['written']} mẫu riêng"
    )
    missing = post(page, "/api/tao-ho-so", json={"mau": str(tmp_path / "khong-co")})
    assert missing.status_code == 409 and "Không có thư mục mẫu" in missing.get_json()["error"]


def test_progress_reaches_the_library_caller_cell_by_cell(tmp_path):
    seen = []
    built = library.build_workbook(
        sample_workbook(),
        tmp_path / "out",
        only=["CB01", "CB03"],
        jobs=1,
        progress=lambda _: None,
        on_cell=lambda number, total, cell, outcome: seen.append(
            (number, total, cell.code, outcome.documents)
        ),
    )
    assert [s[:3] for s in seen] == [(1, 2, "CB01"), (2, 2, "CB03")]
    assert all(documents > 0 for *_, documents in seen)
    assert [cell.code for cell in built.result.built] == ["CB01", "CB03"]


def listening_addresses(port: int) -> set[str]:
    """The local addresses (hex, as /proc/net/tcp gives them) listening on `port`."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as lines:
            for line in list(lines)[1:]:
                local, state = line.split()[1], line.split()[3]
                address, hex_port = local.split(":")
                if int(hex_port, 16) == port and state == "0A":
                    found.add(address)
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's socket table")
def test_daihoi_alone_serves_on_the_loopback_address_only_and_prints_it_first(tmp_path):
    """`daihoi` with no command (a double-click) starts the page and opens the browser."""
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "trinh-duyet"
    browser.write_text(f'#!/bin/sh\necho "$1" > "{opened}"\n')
    browser.chmod(0o755)
    env = os.environ | {"HOME": str(tmp_path), "BROWSER": str(browser)}
    server = subprocess.Popen(
        [sys.executable, "-m", "generator"], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        first = server.stdout.readline().strip()
        match = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/\?token=([\w-]{20,})", first)
        assert match, first
        port = int(match[1])
        assert listening_addresses(port) == {"0100007F"}  # 127.0.0.1, nothing else
        deadline = time.monotonic() + 10
        while not opened.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert opened.read_text().strip() == first
        browser = build_opener(HTTPCookieProcessor())  # as a browser: keeps the cookie
        with browser.open(first) as answer:
            assert answer.status == 200 and "Hồ sơ đại hội chi bộ" in answer.read().decode()
        state = json.loads(browser.open(f"http://127.0.0.1:{port}/api/trang-thai").read())
        assert state["workdir"] == str(tmp_path / "daihoi")
    finally:
        server.terminate()
        server.wait(10)


def test_a_busy_port_is_one_clear_message(run_cli):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = run_cli("giao-dien", "--cong", str(taken.getsockname()[1]))
    assert result.code == 2 and "Hãy chọn cổng khác" in result.err
    assert run_cli("giao-dien", "--cong", "70000").code == 2

"""The page in a real browser (headless Chromium through Selenium): the clerk's whole way, on the
sample and on a workbook with mistakes. Screenshots of each step go to $DAIHOI_SCREENSHOTS (a
folder outside the repository) when it is set, to the test's temporary folder otherwise.

Needs Debian's `chromium` and `chromium-driver` and the `selenium` package; skipped without them.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import threading
import time
import zipfile
from pathlib import Path

import pytest
from conftest import Book
from docx import Document
from openpyxl import load_workbook

from generator.rendering.resources import sample_workbook
from generator.web import create_app

webdriver = pytest.importorskip("selenium.webdriver")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="chromium-driver not installed")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1000",
)


@pytest.fixture
def server(tmp_path):
    """The page served as `daihoi giao-dien` serves it; yields its address with the token."""
    from waitress import create_server

    page = create_app(tmp_path / "daihoi", "ma-trinh-duyet")
    running = create_server(page, host="127.0.0.1", port=0, threads=4)
    page.config["PORT"] = running.effective_port
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{running.effective_port}/?token=ma-trinh-duyet"
    running.close()


@pytest.fixture
def browser(tmp_path):
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    downloads = tmp_path / "tai-ve"
    downloads.mkdir()
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    driver.downloads = downloads
    yield driver
    driver.quit()


def shots(tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("DAIHOI_SCREENSHOTS") or tmp_path / "anh") / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def until(driver, check, seconds: float = 60):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds, poll_frequency=0.05).until(lambda _: check())


def shown(driver, element_id: str) -> bool:
    return driver.find_element("id", element_id).is_displayed()


def downloaded(driver, suffix: str, seconds: float = 30) -> Path:
    def done():
        found = [p for p in driver.downloads.iterdir() if p.name.endswith(suffix)]
        return found[0] if found else None

    return until(driver, done, seconds)


def build_and_wait(driver, folder: Path, name: str) -> None:
    driver.find_element("id", "tao-ho-so").click()
    until(driver, lambda: shown(driver, "tien-do"))
    driver.save_screenshot(str(folder / f"{name}-dang-tao.png"))
    until(driver, lambda: shown(driver, "ket-qua"), 180)
    assert driver.find_element("id", "chu-tien-do").text.startswith("Hoàn tất")
    assert driver.find_element("id", "thanh-chay").get_attribute("style") == "width: 100%;"
    driver.save_screenshot(str(folder / f"{name}-xong.png"))


def test_the_sample_from_choosing_it_to_a_cells_zip(server, browser, tmp_path):
    folder = shots(tmp_path, "mau")
    browser.get(server)
    assert "token" not in browser.current_url  # the cookie carries it; the address bar does not
    until(
        browser,
        lambda: browser.find_element("id", "bang-quy-dinh").find_elements(
            "css selector", "tbody tr"
        ),
    )
    browser.save_screenshot(str(folder / "1-trang-dau.png"))
    chosen = time.monotonic()
    browser.find_element("id", "dung-tep-mau").click()
    until(browser, lambda: shown(browser, "buoc-kiem-tra"))
    waited = time.monotonic() - chosen
    summary = browser.find_element("id", "tom-tat-kiem-tra").text
    assert summary.startswith("7 chi bộ, 0 lỗi"), summary
    print(f"findings of the sample shown {waited:.2f} s after choosing it")
    browser.save_screenshot(str(folder / "2-kiem-tra.png"))
    build_and_wait(browser, folder, "3")
    progress = [item.text for item in browser.find_elements("css selector", "#tung-chi-bo li")]
    assert len(progress) == 7 and all(re.search(r": \d+ văn bản", line) for line in progress)
    cells = browser.find_elements("css selector", "#cac-chi-bo .chi-bo")
    assert len(cells) == 7
    first = cells[0]
    assert "Chi bộ Ấp Mỹ Phú (CB01)" in first.text
    first.find_element("link text", "Tải cả thư mục (.zip)").click()
    archive = zipfile.ZipFile(downloaded(browser, ".zip"))
    documents = [n for n in archive.namelist() if n.endswith(".docx")]
    assert len(documents) > 10 and "manifest.json" in archive.namelist()
    text = "\n".join(p.text for p in Document(io.BytesIO(archive.read(documents[0]))).paragraphs)
    assert "Mỹ Phú" in text
    browser.find_element("css selector", "#cac-chi-bo details summary").click()
    browser.save_screenshot(str(folder / "4-van-ban.png"))


def test_a_workbook_with_mistakes_shows_each_at_its_cell_and_builds_the_rest(
    server, browser, tmp_path
):
    folder = shots(tmp_path, "co-loi")
    book = Book(tmp_path, load_workbook(sample_workbook()))
    book.set("Chi bộ", 2, "Loại chi bộ", "ap")
    book.set("Chi bộ", 3, "Số chi ủy viên", 99)
    book.set("Đảng viên", 2, "Quê quán", "HiÖp H\u00adng")
    path = book.save("so lieu co loi.xlsx")
    browser.get(server)
    browser.find_element("id", "chon-tep").send_keys(str(path))
    until(browser, lambda: shown(browser, "buoc-kiem-tra"))
    summary = browser.find_element("id", "tom-tat-kiem-tra").text
    assert summary.startswith("7 chi bộ, 2 lỗi"), summary
    rows = browser.find_elements("css selector", "#bang-phat-hien tbody tr")
    texts = [row.text for row in rows]
    assert texts[0] == "Chi bộ Ấp Mỹ Phú (CB01)"
    assert any(
        t.startswith("Lỗi Chi bộ 2 C Loại chi bộ") and 'Có phải là "Ấp"?' in t for t in texts
    )
    assert shown(browser, "ban-sua-ma")
    browser.save_screenshot(str(folder / "1-kiem-tra.png"))
    browser.find_element("id", "ban-danh-dau").click()
    marked = load_workbook(downloaded(browser, "đã kiểm tra.xlsx"))
    assert marked.sheetnames[0] == "Kết quả kiểm tra"
    build_and_wait(browser, folder, "2")
    assert len(browser.find_elements("css selector", "#cac-chi-bo .chi-bo")) == 5
    notes = browser.find_element("id", "ghi-chu-tao").text
    assert "CB01" in notes and "CB02" in notes
    assert browser.find_element("id", "tom-tat-ket-qua").text.startswith(
        "Xong: 5 chi bộ đã có hồ sơ, 2 chi bộ bị bỏ qua"
    )
    browser.find_element("id", "tai-tat-ca").click()
    archive = zipfile.ZipFile(downloaded(browser, "hồ sơ.zip"))
    assert not any(name.startswith("CB01") for name in archive.namelist())
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    browser.save_screenshot(str(folder / "3-ket-qua-cuoi.png"))

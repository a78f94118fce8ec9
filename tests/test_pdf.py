"""`build --pdf`: an A4 PDF beside every .docx, all made by one LibreOffice run."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import Book, add_cell
from docx import Document

from generator.writing.pdf import find_soffice, make_pdfs, pdf_of


@pytest.fixture
def soffice_runs(tmp_path, monkeypatch) -> Path:
    """A `soffice` first on PATH that logs each run (its file count), then runs the real one."""
    real = shutil.which("soffice") or shutil.which("libreoffice")
    if not real or not shutil.which("pdfinfo"):
        if os.environ.get("CI"):
            pytest.fail("CI must install LibreOffice and poppler-utils (.ci/run)")
        pytest.skip("LibreOffice or poppler-utils is not installed")
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "soffice.log"
    wrapper = folder / "soffice"
    wrapper.write_text(
        f'#!/bin/sh\nn=0; for a in "$@"; do case "$a" in *.docx) n=$((n+1));; esac; done\n'
        f'echo "$n" >> "{log}"\nexec "{real}" "$@"\n',
        encoding="utf-8",
    )
    wrapper.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    log.write_text("", encoding="utf-8")
    return log


def runs(log: Path) -> list[int]:
    return [int(line) for line in log.read_text(encoding="utf-8").split()]


def a4(pdf: Path) -> bool:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    width, height = sorted(float(v) for v in size.groups())
    return abs(width - 595.3) < 1 and abs(height - 841.9) < 1


def test_build_pdf_makes_an_a4_pdf_beside_every_document_in_one_run(
    tmp_path, soffice_runs, run_cli, monkeypatch
):
    book = Book(tmp_path)
    add_cell(book, "CB01", official=10)
    add_cell(book, "CB02", official=5, first_person=40)
    path, out = book.save(), tmp_path / "out"
    monkeypatch.chdir(tmp_path)  # the output folder as a clerk types it: relative
    result = run_cli("build", path, "-o", "out", "--pdf")
    assert result.code == 0, result.err
    documents = sorted(out.glob("*/*.docx"))
    assert len(documents) > 20 and len({d.name for d in documents}) < len(documents)
    assert runs(soffice_runs) == [len(documents)]  # one LibreOffice run for the whole package
    assert all(a4(pdf_of(d)) for d in documents)
    assert not list(out.glob(".pdf-*"))
    for manifest in out.glob("*/manifest.json"):
        entries = json.loads(manifest.read_text(encoding="utf-8"))["documents"]
        assert [e["pdf"] for e in entries] == [pdf_of(Path(e["path"])).name for e in entries]
        assert all((manifest.parent / e["pdf"]).is_file() for e in entries)

    assert run_cli("build", path, "-o", out, "--pdf").code == 0
    assert runs(soffice_runs) == [len(documents)]  # nothing changed, nothing converted

    edited = documents[3]
    document = Document(edited)
    document.add_paragraph("Sửa sau khi in.")
    document.save(edited)
    made = make_pdfs(documents, find_soffice(), out, progress=lambda *_: None)
    assert runs(soffice_runs) == [len(documents), 1] and made.made == [pdf_of(edited)]
    assert (
        "Sửa sau khi in."
        in subprocess.run(
            ["pdftotext", str(pdf_of(edited)), "-"], capture_output=True, text=True
        ).stdout
    )


def test_without_libreoffice_one_message_says_how_to_install_it(tmp_path, run_cli, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "trong"))
    for variable in ("ProgramFiles", "ProgramFiles(x86)"):
        monkeypatch.delenv(variable, raising=False)
    book = Book(tmp_path)
    add_cell(book, "CB01", official=5)
    out = tmp_path / "out"
    result = run_cli("build", book.save(), "-o", out, "--pdf")
    assert result.code == 0
    assert result.err.count("Chưa tìm thấy LibreOffice") == 1
    assert "Windows" in result.err and "sudo apt-get install libreoffice-writer-nogui" in result.err
    assert list(out.glob("*/*.docx")) and not list(out.glob("*/*.pdf"))

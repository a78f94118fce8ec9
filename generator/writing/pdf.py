"""`build --pdf`: a PDF beside every .docx of the package, through LibreOffice, in one run.

All documents that need a PDF are converted by one soffice process with a private profile (so a
LibreOffice the clerk has open is not disturbed). A PDF newer than its .docx is up to date and is
not made again; a document the clerk edited in Word after its PDF gets a fresh one.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import files

INSTALL = (
    "Chưa tìm thấy LibreOffice nên chưa tạo được PDF (các tệp .docx vẫn được ghi đủ). Cài "
    "LibreOffice rồi chạy lại lệnh:\n"
    "  - Windows: tải bộ cài tại https://www.libreoffice.org/download/ và cài như thường lệ;\n"
    "  - Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation2"
)


SCRATCH = ".pdf-"  # the scratch folder of a run: copies of the documents, a LibreOffice profile


def find_soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    places = [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    for variable in ("ProgramFiles", "ProgramFiles(x86)"):
        if os.environ.get(variable):
            places.append(Path(os.environ[variable]) / "LibreOffice" / "program" / "soffice.exe")
    return next((str(place) for place in places if place.is_file()), None)


def pdf_of(docx: Path) -> Path:
    return docx.with_suffix(".pdf")


def stale(docx: Path) -> bool:
    pdf = pdf_of(docx)
    return not pdf.exists() or pdf.stat().st_mtime_ns < docx.stat().st_mtime_ns


@dataclass
class PdfResult:
    made: list[Path] = field(default_factory=list)
    failed: list[Path] = field(default_factory=list)  # the .docx LibreOffice could not convert


def remove_scratch(work: Path) -> None:
    """Scratch folders a stopped `--pdf` run left in `work` (the output lock is held)."""
    for scratch in work.glob(f"{SCRATCH}*"):
        shutil.rmtree(scratch, ignore_errors=True)


def make_pdfs(documents: list[Path], soffice: str, work: Path, progress=print) -> PdfResult:
    """Convert the stale ones of `documents` in one soffice run; `work` holds the scratch folder."""
    result = PdfResult()
    todo = [docx for docx in documents if stale(docx)]
    if not todo:
        return result
    with tempfile.TemporaryDirectory(prefix=SCRATCH, dir=work) as scratch:
        scratch = Path(scratch).resolve()  # a file URI for the profile needs an absolute path
        copies = []
        for number, docx in enumerate(todo):
            copy = scratch / f"{number:05d}.docx"  # one run, one output folder: unique names
            shutil.copyfile(docx, copy)
            copies.append(copy)
        progress(f"Chuyển {len(todo)} văn bản sang PDF bằng LibreOffice…")
        command = [
            soffice,
            f"-env:UserInstallation={(scratch / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(scratch),
            *map(str, copies),
        ]
        # Whatever was converted is kept, even after a crash or a timeout; the rest is reported.
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            subprocess.run(command, capture_output=True, timeout=60 + 10 * len(todo), check=False)
        for docx, copy in zip(todo, copies, strict=True):
            made = copy.with_suffix(".pdf")
            if made.is_file() and made.stat().st_size:
                os.replace(made, pdf_of(docx))
                result.made.append(pdf_of(docx))
            else:
                result.failed.append(docx)
    return result


def list_in_manifest(folder: Path, manifest: str = "manifest.json") -> None:
    """Each document entry of the folder's manifest names its PDF, when there is one."""
    path = folder / manifest
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["documents"]
    except (OSError, ValueError, KeyError, TypeError):
        return
    changed = False
    for entry in entries:
        pdf = pdf_of(folder / entry["path"])
        wanted = pdf.name if pdf.exists() else None
        if entry.get("pdf") != wanted:
            changed = True
            entry.pop("pdf", None)
            if wanted:
                entry["pdf"] = wanted
    if changed:
        files.write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2).encode())

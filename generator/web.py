"""`daihoi giao-dien`: the page for clerks, the second door beside the command line.

Flask (the application) served by waitress (pure Python, wheels for every system), on 127.0.0.1
only. Each handler parses the request, calls the library (check, app, blank, markup, resources),
and answers JSON for the page's script, or a file. The page itself is static (webpage/: HTML,
CSS, JS in Vietnamese, nothing fetched from the internet).

Only the clerk gets in: the address printed and opened carries a random token; the first request
with it sets a SameSite=Strict, HttpOnly cookie, and every request needs one or the other. A Host
other than 127.0.0.1:PORT or localhost:PORT is refused (DNS rebinding), a POST whose Origin is not
the page is refused (another site's form), an upload is limited in size and its name is never a
path, and a download is a file inside the output folder, reached through no link.
"""

from __future__ import annotations

import io
import os
import secrets
import shutil
import subprocess
import sys
import threading
import traceback
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from flask import Flask, abort, jsonify, request, send_file
from werkzeug.exceptions import HTTPException

from . import app as library
from .findings import UnusableInput
from .writing.paths import safe_name

COOKIE = "daihoi_{port}"  # cookies ignore ports: each page (port) its own name
MAX_UPLOAD = 64 * 1024 * 1024  # a province's workbook is a few megabytes
PAGE = Path(__file__).with_name("webpage")
HIDDEN = (".", "~$")  # the program's own working files, and Office's lock files
# where a finding's suggestion starts, after the words that say what is wrong
ADVICE = (" Có phải là", "; có phải là", ". Hãy ", "; hãy ", ". Nếu ", "; nếu ", "; nên ", ". Nên ")


@dataclass
class Job:
    """One build the page started: what the progress bar and the result list show."""

    total: int = 0
    cells: list[dict] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    finished: bool = False
    error: str | None = None
    result: dict | None = None


@dataclass
class Desk:
    """What the clerk is working on: the chosen workbook and the builds started."""

    workdir: Path
    workbook: Path | None = None
    checked: object = None  # the last check of the workbook (its rules profile for the table)
    jobs: dict[str, Job] = field(default_factory=dict)

    @property
    def outdir(self) -> Path:
        if self.workbook is None:
            abort(409, "Hãy chọn tệp Excel trước.")
        return library.output_folder(self.workbook)


def create_app(workdir: Path, token: str, port: int = 0) -> Flask:
    """The page's application; `port` (set again once the server is bound) for the Host check."""
    page = Flask(__name__, static_folder=None)
    page.config.update(MAX_CONTENT_LENGTH=MAX_UPLOAD, PORT=port)
    desk = Desk(workdir)

    @page.before_request
    def only_the_clerk():
        port = page.config["PORT"]
        if request.host not in (f"127.0.0.1:{port}", f"localhost:{port}"):
            abort(403, "Địa chỉ trang không đúng. Hãy mở trang bằng địa chỉ daihoi đã in ra.")
        cookie = COOKIE.format(port=port)
        given = request.args.get("token") or request.cookies.get(cookie) or ""
        if not secrets.compare_digest(given.encode(), token.encode()):
            abort(
                403,
                "Trang này chỉ mở được bằng địa chỉ có mã bảo vệ mà daihoi in ra trong cửa sổ "
                "của nó. Hãy mở lại bằng địa chỉ đó.",
            )
        if request.method != "GET" and request.headers.get("Origin") != f"http://{request.host}":
            abort(403, "Yêu cầu không đến từ trang daihoi nên bị từ chối.")

    @page.after_request
    def guarded(answer):
        if request.args.get("token"):  # from now on the cookie carries it (the page's script
            # takes the token out of the address bar)
            cookie = COOKIE.format(port=page.config["PORT"])
            answer.set_cookie(cookie, token, httponly=True, samesite="Strict")
        answer.headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'"
        answer.headers["X-Content-Type-Options"] = "nosniff"
        answer.headers["Referrer-Policy"] = "no-referrer"
        answer.headers["Cache-Control"] = "no-store"
        return answer

    def answer(message: str, status: int):
        """JSON for the page's script; plain text for an address opened in the browser."""
        if request.path.startswith("/api/"):
            return jsonify(error=message), status
        return message, status, {"Content-Type": "text/plain; charset=utf-8"}

    @page.errorhandler(HTTPException)
    def refused(error):
        messages = {
            404: "Không có trang hoặc tệp này.",
            405: "Yêu cầu không đúng cách.",
            413: f"Tệp quá lớn (tối đa {MAX_UPLOAD // 1024 // 1024} MB).",
        }
        said = error.description != type(error).description  # a message of ours, not Werkzeug's
        return answer(
            error.description if said else messages.get(error.code, error.description), error.code
        )

    @page.errorhandler(UnusableInput)
    def unusable(error):
        return answer(f"Không dùng được tệp Excel: {error}", 422)

    @page.errorhandler(library.Stopped)
    def stopped(error):
        return answer(str(error), 409)

    @page.errorhandler(OSError)
    def unwritable(error):
        from .writing.files import reason

        where = f' "{error.filename}"' if error.filename else ""
        return answer(f"Không đọc hoặc ghi được tệp{where} ({reason(error)}).", 409)

    @page.get("/")
    def index():
        return send_file(PAGE / "index.html")

    @page.get("/tep/<name>")
    def asset(name: str):
        if name not in ("trang.css", "trang.js"):
            abort(404)
        return send_file(PAGE / name)

    @page.get("/api/trang-thai")
    def status():
        from .writing.pdf import find_soffice

        return jsonify(
            workdir=str(desk.workdir),
            workbook=str(desk.workbook) if desk.workbook else None,
            outdir=str(desk.outdir) if desk.workbook else None,
            pdf=find_soffice() is not None,
        )

    @page.post("/api/tai-len")
    def upload():
        sent = request.files.get("tep")
        if sent is None or not sent.filename:
            abort(400, "Chưa có tệp nào được gửi lên.")
        name = upload_name(sent.filename)
        desk.workdir.mkdir(parents=True, exist_ok=True)
        sent.save(desk.workdir / name)
        return choose(desk.workdir / name)

    @page.post("/api/mo-duong-dan")
    def by_path():
        given = (request.get_json(silent=True) or {}).get("duong_dan", "")
        path = Path(given.strip().strip('"')).expanduser()
        if path.suffix.lower() != ".xlsx" or not path.is_file():
            abort(400, f'Không thấy tệp Excel (.xlsx) "{given}" trên máy này.')
        return choose(path.resolve())

    @page.post("/api/tep-mau")
    def sample():
        from .rendering.resources import SAMPLE_NAME, sample_workbook

        copy = desk.workdir / SAMPLE_NAME
        if not copy.exists():
            desk.workdir.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(sample_workbook(), copy)
        return choose(copy)

    def choose(path: Path):
        desk.workbook, desk.checked = path, None
        return check()

    @page.get("/api/tep-trong")
    def blank():
        from .checking.profile import new_workbook_profile
        from .reading.blank import write_blank

        path = desk.workdir / "so_lieu_dai_hoi (tệp trống).xlsx"
        desk.workdir.mkdir(parents=True, exist_ok=True)
        write_blank(path, new_workbook_profile())
        return send_file(path, as_attachment=True, download_name="so_lieu_dai_hoi.xlsx")

    @page.post("/api/kiem-tra")
    def check():
        from .checking.check import check_workbook

        if desk.workbook is None:
            abort(409, "Hãy chọn tệp Excel trước.")
        desk.checked = check_workbook(desk.workbook)
        return jsonify(findings_page(desk.workbook, desk.outdir, desk.checked))

    @page.post("/api/ban-sao")
    def copies():
        from .checking.check import check_workbook
        from .reading.markup import FIXED_SUFFIX, MARKED_SUFFIX, write_copies

        kind = (request.get_json(silent=True) or {}).get("loai")
        suffix = {"danh-dau": MARKED_SUFFIX, "sua-ma": FIXED_SUFFIX}.get(kind)
        if suffix is None:
            abort(400, "Không rõ cần bản sao nào.")
        outdir = desk.outdir
        outdir.mkdir(parents=True, exist_ok=True)
        target = outdir / f"{desk.workbook.stem}{suffix}.xlsx"
        marked, fixed = (str(target), None) if kind == "danh-dau" else (None, str(target))
        written, lines = write_copies(desk.workbook, check_workbook(desk.workbook), marked, fixed)
        if not written:
            abort(409, "\n".join(lines))
        return jsonify(lines=lines, file=target.name)

    @page.post("/api/tao-ho-so")
    def start_build():
        wanted = request.get_json(silent=True) or {}
        path, outdir = desk.workbook, desk.outdir
        templates, lines = library.BUNDLED, []
        if wanted.get("mau"):
            templates, lines = library.own_templates(Path(wanted["mau"]).expanduser())
        job, number = Job(lines=list(lines)), secrets.token_hex(8)
        desk.jobs[number] = job
        threading.Thread(
            target=run_build,
            args=(job, path, outdir, templates, bool(wanted.get("pdf"))),
            daemon=True,
        ).start()
        return jsonify(job=number)

    @page.get("/api/tao-ho-so/<number>")
    def build_progress(number: str):
        job = desk.jobs.get(number)
        if job is None:
            abort(404, "Không có lần tạo hồ sơ này.")
        return jsonify(
            total=job.total,
            cells=job.cells,
            lines=job.lines,
            finished=job.finished,
            error=job.error,
            result=job.result,
        )

    @page.get("/api/quy-dinh")
    def rules():
        from .checking.profile import default_profile

        profile = desk.checked.profile if desk.checked else default_profile()
        return jsonify(
            name=profile.name,
            about=profile.about,
            rules=[
                {
                    "key": rule.key,
                    "value": rule.shown,
                    "meaning": rule.explanation,
                    "source": rule.source,
                    "changed": rule.key in profile.changed,
                }
                for rule in profile.rules
            ],
        )

    @page.post("/api/mau")
    def templates():
        folder = desk.outdir.with_name("Mẫu văn bản riêng")
        written, kept = library.write_own_templates(folder)
        return jsonify(folder=str(folder), written=len(written), kept=len(kept))

    @page.get("/tai/<path:name>")
    def download(name: str):
        path = inside(desk.outdir, name)
        if not path.is_file():
            abort(404, "Không có tệp này trong thư mục hồ sơ.")
        return send_file(path, as_attachment=True, download_name=path.name)

    @page.get("/zip/")
    @page.get("/zip/<path:name>")
    def archive(name: str = ""):
        folder = inside(desk.outdir, name) if name else desk.outdir
        if not folder.is_dir():
            abort(404, "Không có thư mục này trong thư mục hồ sơ.")
        return send_file(zipped(folder), as_attachment=True, download_name=f"{folder.name}.zip")

    @page.post("/api/mo-thu-muc")
    def open_folder():
        folder = desk.outdir
        if not folder.is_dir():
            abort(404, "Chưa có thư mục hồ sơ: hãy tạo hồ sơ trước.")
        try:
            show_in_file_manager(folder)
        except OSError:
            abort(409, f'Không mở được thư mục. Hãy tự mở thư mục "{folder}".')
        return jsonify(folder=str(folder))

    return page


def run_build(job: Job, path: Path, outdir: Path, templates, pdf: bool) -> None:
    """The page's build, in a thread: the library's build, its progress kept in `job`."""

    def on_cell(number: int, total: int, cell, outcome) -> None:
        job.total = total
        job.cells.append(
            {
                "code": cell.code,
                "name": cell.name,
                "built": outcome is not None,
                "documents": outcome.documents if outcome else 0,
                "warnings": outcome.warnings if outcome else [],
            }
        )

    try:
        built = library.build_workbook(
            path,
            outdir,
            templates=templates,
            pdf=pdf,
            progress=job.lines.append,
            on_cell=on_cell,
            wait=0,
        )
        job.result = built_page(outdir, built)
    except library.Stopped as error:
        job.error = str(error)
    except UnusableInput as error:
        job.error = f"Không dùng được tệp Excel: {error}"
    except Exception as error:  # the page must say something; the window keeps the details
        traceback.print_exc()
        job.error = (
            f"Có lỗi ngoài dự kiến khi tạo hồ sơ ({error}). Chi tiết ở cửa sổ của daihoi; hãy "
            "báo cho người phát triển chương trình."
        )
    finally:
        job.finished = True


def findings_page(path: Path, outdir: Path, checked) -> dict:
    """The check as the page shows it: findings grouped by cell, in the check's order."""
    from .reading.markup import LEGACY_CODE

    names = {cell.code: cell.name for cell in checked.congresses.cells}
    groups: dict[str, dict] = {}
    for finding in checked.findings:
        code = finding.cell_code or ""
        group = groups.setdefault(
            code,
            {
                "code": code,
                "name": names.get(code, code) if code else "Chung cho cả tệp",
                "findings": [],
            },
        )
        message, advice = split_advice(finding.message, finding.location())
        group["findings"].append(
            {
                "error": finding.is_error,
                "sheet": finding.sheet or "",
                "row": finding.row or "",
                "column": " ".join(p for p in (finding.column_letter, finding.column) if p),
                "message": message,
                "advice": advice,
                "code": finding.code,
            }
        )
    errors = sum(f.is_error for f in checked.findings)
    return {
        "workbook": str(path),
        "outdir": str(outdir),
        "headline": checked.profile.headline().split(" Xem các quy định")[0],
        "cells": len(checked.congresses.cells),
        "errors": errors,
        "warnings": len(checked.findings) - errors,
        "groups": list(groups.values()),
        "legacy": any(f.code == LEGACY_CODE for f in checked.findings),
    }


def split_advice(message: str, location: str) -> tuple[str, str]:
    """A finding's words without its place (the table has columns for it) and, apart, its
    suggestion ("Có phải là …?", "Hãy …")."""
    message = message.removeprefix(f"{location}: ") if location else message
    starts = [message.find(words) for words in ADVICE if words in message]
    if not starts:
        return message, ""
    cut = min(starts)
    keep = message[: cut + 1] if message[cut] in ".;" else message[:cut]
    advice = message[cut + 1 :].strip()
    return keep.rstrip(";") + ("." if message[cut] == ";" else ""), advice[:1].upper() + advice[1:]


def built_page(outdir: Path, built) -> dict:
    """The build as the page shows it: per cell its folder, documents and warnings."""
    import json

    from .writing.package import MANIFEST, folders_by_code

    result = built.result
    folders = folders_by_code(outdir)
    cells = []
    for cell in result.built:
        folder = folders.get(cell.code.casefold())
        if folder is None:
            continue
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files = [d["path"] for d in manifest.get("documents", [])]
        files += [d["pdf"] for d in manifest.get("documents", []) if d.get("pdf")]
        cells.append(
            {
                "code": cell.code,
                "name": cell.name,
                "folder": folder.name,
                "files": sorted(f for f in files if (folder / f).is_file()),
                "warnings": manifest.get("warnings", []),
            }
        )
    return {
        "outdir": str(outdir),
        "cells": cells,
        "skipped": [{"code": c.code, "name": c.name, "errors": n} for c, n in result.skipped],
        "notes": result.notes,
        "failures": result.failures,
        "rollup": built.rollup.name if built.rollup else None,
        "pdf": (built.pdfs.lines + built.pdfs.problems) if built.pdfs else [],
    }


def upload_name(given: str) -> str:
    """The name an upload is kept under in the working folder: only the last part of what the
    browser sent, made a safe file name; never a path."""
    stem = PurePosixPath(given.replace("\\", "/")).name
    stem = stem[: -len(".xlsx")] if stem.lower().endswith(".xlsx") else stem
    return f"{safe_name(stem, 80).lstrip('.') or 'so_lieu'}.xlsx"


def inside(root: Path, name: str) -> Path:
    """`name` (as the page sends it, "/"-separated) as a path inside root, reached through no
    link, or a 403: no "..", no absolute path, no drive, no hidden working file."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if (
        not parts
        or name.startswith(("/", "\\"))
        or any(p in ("..", ".") or ":" in p or p.startswith(HIDDEN) for p in parts)
    ):
        abort(403, "Chỉ tải được tệp trong thư mục hồ sơ.")
    path = root
    for part in parts:
        path = path / part
        if path.is_symlink():
            abort(403, "Chỉ tải được tệp trong thư mục hồ sơ.")
    if not path.resolve().is_relative_to(root.resolve()):
        abort(403, "Chỉ tải được tệp trong thư mục hồ sơ.")
    return path


def zipped(folder: Path) -> io.BytesIO:
    """A .zip of a folder's files (not the program's hidden working files, nor links)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if path.is_symlink() or any(p.startswith(HIDDEN) for p in relative.parts):
                continue
            if path.is_file():
                archive.write(path, relative.as_posix())
    buffer.seek(0)
    return buffer


def show_in_file_manager(folder: Path) -> None:
    if os.name == "nt":
        os.startfile(folder)  # noqa: S606 (the clerk's own folder)
    else:
        opener = "open" if sys.platform == "darwin" else "xdg-open"
        subprocess.Popen(
            [opener, str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )


def serve(port: int, open_browser: bool) -> int:
    """Serve the page until Ctrl-C (or the window is closed); the address is the first line."""
    import webbrowser
    from importlib import import_module

    from waitress import create_server

    token = secrets.token_urlsafe(24)
    page = create_app(library.working_folder(), token)
    try:
        server = create_server(page, host="127.0.0.1", port=port, threads=6)
    except OSError as error:
        print(
            f"Không mở được trang ở cổng {port} ({error.strerror or error}). Hãy chọn cổng khác, "
            "ví dụ: daihoi giao-dien --cong 0",
            file=sys.stderr,
        )
        return 2
    page.config["PORT"] = server.effective_port
    address = f"http://127.0.0.1:{server.effective_port}/?token={token}"
    print(address, flush=True)
    print(
        "Trang làm hồ sơ đại hội đang chạy trên máy này. Giữ cửa sổ này mở trong khi dùng trang; "
        "đóng cửa sổ (hoặc bấm Ctrl-C) khi xong việc.",
        flush=True,
    )
    # the first check a clerk asks for should not wait for the stages to load
    threading.Thread(target=import_module, args=("generator.checking.check",), daemon=True).start()
    if open_browser:
        webbrowser.open(address)
    server.run()
    return 0

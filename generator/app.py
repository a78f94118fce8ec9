"""The library behind both doors (the command line and the page): a whole build of a workbook
(check, lock, cells, roll-up, PDFs), the district's templates, and where the page keeps its files.

The doors only parse what the clerk asked, call one of these, and show the answer; what either
door says while the work goes on comes through a `progress` callback (one line of text) and
`on_cell` (number, total, cell, outcome or None when skipped).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .rendering.resources import BUNDLED, Templates

if TYPE_CHECKING:  # the doors import this module first: the heavy stages load when called
    from .checking.check import Checked
    from .writing.package import BuildResult

OUTPUT_SUFFIX = " - hồ sơ"  # the page's output folder, beside the workbook


class Stopped(Exception):
    """The work cannot go on; the message is for the clerk, `status` the command's exit code."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


class NothingToBuild(Stopped):
    """The workbook has mistakes that stop every cell (errors not of one cell)."""

    def __init__(self, message: str):
        super().__init__(message, 1)


def too_deep(outdir: Path, command: str | None) -> str:
    """Why a build refuses an output folder whose paths Windows or Excel could not open."""
    from .writing.paths import EXCEL_PATH, WINDOWS_PATH, deepest_outdir
    from .writing.rollup import NEW_ROLLUP

    absolute = os.path.abspath(outdir)
    short = Path(absolute).anchor + "HoSo"
    example = f'{command} -o "{short}"' if command else f'"{short}"'
    return (
        f'Thư mục hồ sơ "{absolute}" có đường dẫn dài {len(absolute)} ký tự: các tệp ghi vào đó '
        f"sẽ có đường dẫn dài hơn mức Windows mở được (Windows mở tệp có đường dẫn đến "
        f"{WINDOWS_PATH} ký tự, Excel đến {EXCEL_PATH} ký tự), kể cả khi rút gọn tên. Hãy chuyển "
        "tệp Excel và hồ sơ sang thư mục có đường dẫn ngắn hơn, hoặc chọn thư mục hồ sơ có đường dẫn "
        f"không quá {deepest_outdir(NEW_ROLLUP)} ký tự, ví dụ: {example}"
    )


def own_templates(folder: Path) -> tuple[Templates, list[str]]:
    """`--mau`: a district's templates, and the lines that say which ones are used."""
    from .rendering.resources import own_file_names
    from .writing.paths import visible

    if not folder.is_dir():
        raise Stopped(
            f'Không có thư mục mẫu "{folder}". Tạo thư mục mẫu bằng lệnh: daihoi mau "{folder}"'
        )
    names = own_file_names()
    found = sorted(visible(p.name) for p in folder.glob("*.docx") if not p.name.startswith("~$"))
    own = {names[name] for name in found if name in names}
    lines = [
        f'Dùng {len(own)} mẫu riêng trong thư mục "{folder}", mẫu gốc cho '
        f"{len(set(names.values())) - len(own)} loại văn bản còn lại."
    ]
    lines += [
        f'  - Bỏ qua "{name}": không phải tên mẫu nào (xem "Đọc trước.txt").'
        for name in found
        if name not in names
    ]
    return Templates(folder), lines


def write_own_templates(folder: Path) -> tuple[list[str], list[str]]:
    """`daihoi mau`: the bundled templates into `folder` (written, kept as they were)."""
    from .rendering.resources import write_templates
    from .writing.files import advice, reason

    try:
        return write_templates(folder)
    except OSError as error:
        raise Stopped(
            f'Không ghi được vào thư mục "{folder}" ({reason(error)}). {advice(error, "Word")}'
        ) from error


@dataclass
class Pdfs:
    lines: list[str] = field(default_factory=list)  # what was made
    problems: list[str] = field(default_factory=list)  # LibreOffice missing or failing


def package_pdfs(outdir: Path, cells, progress=print) -> Pdfs:
    """`build --pdf`: the PDFs of the cells built, by one LibreOffice run."""
    from .writing.package import folders_by_code
    from .writing.pdf import INSTALL, find_soffice, list_in_manifest, make_pdfs

    soffice = find_soffice()
    if soffice is None:
        return Pdfs(problems=[f"\n{INSTALL}"])
    by_code = folders_by_code(outdir)
    folders = [by_code[cell.code.casefold()] for cell in cells if cell.code.casefold() in by_code]
    documents = sorted(
        p for folder in folders for p in folder.glob("*.docx") if not p.name.startswith(("~$", "."))
    )
    result = make_pdfs(documents, soffice, outdir, progress)
    for folder in folders:
        list_in_manifest(folder)
    return Pdfs(
        [
            f"PDF: {len(result.made)} tệp mới, "
            f"{len(documents) - len(result.made) - len(result.failed)} "
            "tệp đã có sẵn và vẫn đúng với văn bản."
        ],
        [f'  - LibreOffice không chuyển được "{docx}" sang PDF.' for docx in result.failed],
    )


@dataclass
class Built:
    checked: Checked
    result: BuildResult
    rollup: Path | None
    pdfs: Pdfs | None


def build_workbook(
    path: Path,
    outdir: Path,
    only: list[str] | None = None,
    force: bool = False,
    jobs: int | None = None,
    templates: Templates = BUNDLED,
    pdf: bool = False,
    progress=print,
    on_cell=None,
    wait: float | None = None,
    reading=None,
    command: str | None = None,
) -> Built:
    """Check the workbook (`reading(sheet, rows)` as a big one is read), then, holding the output
    folder's lock, build its cells, the roll-up and (pdf) the PDFs. Raises UnusableInput, or
    Stopped with the clerk's message (`command`: the build command an example names)."""
    from concurrent.futures.process import BrokenProcessPool

    from .checking.check import check_workbook
    from .rendering.render import TemplateProblem
    from .writing.files import advice, reason
    from .writing.lock import Busy, output_lock
    from .writing.package import build
    from .writing.paths import name_limits
    from .writing.pdf import remove_scratch
    from .writing.rollup import NEW_ROLLUP, write_rollup
    from .writing.workers import default_jobs

    checked = check_workbook(path, reading)
    known = {cell.code.casefold() for cell in checked.congresses.cells}
    unknown = [code for code in only or [] if code.casefold() not in known]
    if unknown:
        raise Stopped(f'Không có chi bộ mã: {", ".join(unknown)} trong tệp "{path}".', 1)
    progress(checked.profile.headline())
    if checked.general_errors:  # they stop every cell: nothing to write, not even the roll-up
        raise NothingToBuild(
            f'Chưa tạo hồ sơ nào: tệp "{path}" có {len(checked.general_errors)} lỗi chung (không '
            "thuộc chi bộ nào)."
        )
    limits = name_limits(os.path.abspath(outdir), NEW_ROLLUP)
    if limits is None:
        raise Stopped(too_deep(outdir, command))
    progress(f'Tạo hồ sơ từ "{path}" vào thư mục "{outdir}"…')
    try:
        with output_lock(outdir, wait, notify=progress):
            remove_scratch(outdir)
            result = build(
                checked,
                outdir,
                only,
                force,
                progress,
                jobs or default_jobs(),
                templates,
                limits,
                on_cell,
            )
            rollup = write_rollup(checked, outdir, result, force)
            pdfs = package_pdfs(outdir, result.built, progress) if pdf else None
    except Busy as error:
        raise Stopped(str(error)) from error
    except OSError as error:
        raise Stopped(
            f'Không ghi được hồ sơ vào thư mục "{outdir}" ({reason(error)}). '
            + advice(error, "Word, Excel")
        ) from error
    except TemplateProblem as error:
        raise Stopped(f"Không tạo được hồ sơ: {error}") from error
    except BrokenProcessPool as error:
        raise Stopped(
            "Một tiến trình tạo hồ sơ bị dừng đột ngột (có thể do máy thiếu bộ nhớ). Các chi bộ "
            "đã xong vẫn giữ nguyên; hãy chạy lại, nếu cần thì thêm --jobs 1."
        ) from error
    return Built(checked, result, rollup, pdfs)


def working_folder() -> Path:
    """Where the page keeps the workbooks a clerk uploads: "Tài liệu/daihoi" on Windows (the
    Documents folder Explorer shows), "~/daihoi" elsewhere; never a temporary folder."""
    home = Path.home()
    documents = home / "Documents"
    return (documents if os.name == "nt" and documents.is_dir() else home) / "daihoi"


def output_folder(workbook: Path) -> Path:
    """The page's output folder: "<tên tệp> - hồ sơ" beside the workbook."""
    return workbook.with_name(workbook.stem + OUTPUT_SUFFIX)

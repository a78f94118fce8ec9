"""The `daihoi` command line (SPEC §6). Everything the clerk reads is Vietnamese."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .argparse_vi import Parser, vietnamese
from .findings import UnusableInput
from .resources import sample_workbook

OUTPUT = Path("output")


def parser() -> Parser:
    from .profile import default_profile

    main = Parser(
        prog="daihoi",
        description="Tạo hồ sơ đại hội chi bộ từ một tệp Excel, theo bộ quy định chọn ở sheet "
        f'"Cấu hình" (mặc định: "{default_profile().name}"; xem bằng lệnh: daihoi quy-dinh).',
        epilog="Ví dụ: daihoi init so-lieu.xlsx  →  điền số liệu  →  daihoi check so-lieu.xlsx"
        "  →  daihoi build so-lieu.xlsx",
    )
    main.add_argument(
        "--version",
        action="version",
        version=f"daihoi {__version__}",
        help="in số phiên bản rồi thoát",
    )
    commands = main.add_subparsers(dest="command", metavar="LỆNH", title="các lệnh")
    init = commands.add_parser(
        "init",
        help="tạo tệp Excel trống để nhập số liệu",
        description="Tạo tệp Excel trống (có sheet Hướng dẫn và danh "
        "sách chọn) để nhập số liệu đại hội.",
    )
    init.add_argument(
        "path",
        nargs="?",
        default="so_lieu_dai_hoi.xlsx",
        metavar="TỆP",
        help="tên tệp sẽ tạo (mặc định: so_lieu_dai_hoi.xlsx)",
    )
    init.add_argument("--force", action="store_true", help="ghi đè nếu tệp đã có")
    init.add_argument(
        "--bo",
        metavar="TÊN",
        help="bộ quy định của tệp mới: chọn ở sheet Cấu hình, ghi trong sheet Hướng dẫn "
        "(mặc định: bộ của các văn bản trung ương hiện hành)",
    )
    rules = commands.add_parser(
        "quy-dinh",
        help="xem bộ quy định: từng giá trị và nguồn văn bản",
        description="In mọi quy định của bộ quy định (số liệu, thời hạn, nhiệm kỳ…), kèm ý nghĩa "
        "và nguồn văn bản.",
    )
    rules.add_argument("--bo", metavar="TÊN", help="tên bộ quy định (mặc định: bộ mặc định)")
    check = reading_command(
        commands,
        "check",
        "kiểm tra tệp Excel và chỉ ra chỗ cần sửa",
        "Kiểm tra tệp Excel: liệt kê mọi lỗi và cảnh báo, kèm sheet, dòng, cột cần sửa.",
    )
    check.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    check.add_argument(
        "--danh-dau",
        nargs="?",
        const="",
        metavar="TỆP",
        help='ghi một bản sao đánh dấu từng lỗi ngay trên ô của nó (mặc định: "<tên> - đã '
        'kiểm tra.xlsx" bên cạnh tệp); tệp gốc không bị thay đổi',
    )
    check.add_argument(
        "--sua-ma-cu",
        nargs="?",
        const="",
        metavar="TỆP",
        help="ghi một bản sao trong đó mọi ô gõ bằng bảng mã cũ (TCVN3, VNI) được chuyển sang "
        'Unicode (mặc định: "<tên> - đã sửa mã.xlsx" bên cạnh tệp)',
    )
    build = reading_command(
        commands,
        "build",
        "tạo hồ sơ đại hội (.docx) cho từng chi bộ",
        "Kiểm tra rồi tạo hồ sơ đại hội cho mỗi chi bộ không có lỗi: mỗi chi "
        "bộ một thư mục các tệp .docx, và bảng tổng hợp của tất cả chi bộ.",
    )
    build.add_argument(
        "-o",
        "--output",
        default=str(OUTPUT),
        metavar="THƯ_MỤC",
        help="thư mục ghi hồ sơ (mặc định: output)",
    )
    build.add_argument(
        "--chi-bo",
        action="append",
        metavar="MÃ",
        dest="only",
        help="chỉ tạo cho chi bộ có mã này (dùng nhiều lần được)",
    )
    build.add_argument(
        "--force", action="store_true", help="ghi đè cả những văn bản đã được sửa sau khi tạo"
    )
    build.add_argument(
        "--jobs",
        type=positive,
        metavar="N",
        help="số tiến trình tạo hồ sơ cùng lúc (mặc định: số nhân của máy)",
    )
    build.add_argument(
        "--pdf",
        action="store_true",
        help="tạo thêm bản PDF bên cạnh mỗi văn bản .docx (cần LibreOffice)",
    )
    build.add_argument(
        "--mau",
        metavar="THƯ_MỤC",
        help='dùng các mẫu văn bản riêng trong thư mục này (tạo bằng lệnh "daihoi mau")',
    )
    templates = commands.add_parser(
        "mau",
        help="chép các mẫu văn bản gốc ra một thư mục để đơn vị sửa theo ý mình",
        description="Chép các mẫu Word gốc (mỗi loại văn bản một tệp) cùng tệp hướng dẫn "
        '"Đọc trước.txt" vào THƯ_MỤC; sửa mẫu bằng Word rồi tạo hồ sơ bằng "daihoi build '
        '... --mau THƯ_MỤC". Tệp đã có trong thư mục không bị ghi đè.',
    )
    templates.add_argument("folder", metavar="THƯ_MỤC", help="thư mục sẽ chứa các mẫu")
    return main


def positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f'"{text}" không phải số nguyên dương')
    return int(text)


def reading_command(commands, name: str, summary: str, description: str):
    """A command that reads the workbook (the bundled sample when none is named)."""
    command = commands.add_parser(name, help=summary, description=description)
    command.add_argument(
        "workbook",
        nargs="?",
        metavar="TỆP_EXCEL",
        help="tệp số liệu (không ghi thì dùng tệp mẫu đi kèm chương trình)",
    )
    return command


def workbook_of(args) -> Path:
    """The workbook named, or the bundled sample, said plainly."""
    if args.workbook:
        return Path(args.workbook)
    print(
        "Không ghi tên tệp Excel nên chương trình dùng tệp mẫu đi kèm (số liệu giả định, để "
        'xem thử). Để làm hồ sơ thật: daihoi init "so_lieu.xlsx", điền số liệu, rồi '
        f'daihoi {args.command} "so_lieu.xlsx".',
        file=sys.stderr,
    )
    return sample_workbook()


def next_command(name: str, args) -> str:
    """The command the clerk types next, on the workbook they used."""
    return f'daihoi {name} "{args.workbook}"' if args.workbook else f"daihoi {name}"


def configure_output() -> None:
    """Vietnamese text must print on a Windows console too."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def run_init(args) -> int:
    from .blank import write_blank

    path = Path(args.path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    if path.exists() and not args.force:
        print(
            f'Tệp "{path}" đã có. Hãy chọn tên khác, hoặc thêm --force để ghi đè.', file=sys.stderr
        )
        return 1
    profile = chosen_profile(args.bo, new=True)
    if profile is None:
        return 1
    try:
        write_blank(path, profile)
    except OSError as error:
        from .files import reason

        print(f'Không ghi được tệp "{path}" ({reason(error)}).', file=sys.stderr)
        return 2
    print(
        f'Đã tạo tệp "{path}". Mở tệp, đọc sheet "Hướng dẫn", nhập số liệu rồi chạy: '
        f'daihoi check "{path}"'
    )
    return 0


def chosen_profile(name: str | None, new: bool = False):
    """The built-in profile named on the command line; None (after saying why) if unknown.
    Unnamed: the default, or for a new workbook the profile of the current central texts."""
    from .profile import default_profile, find_profile, new_workbook_profile, unknown_profile_text

    if name is None:
        return new_workbook_profile() if new else default_profile()
    profile, suggestion = find_profile(name)
    if profile is None:
        print(f"Lỗi: {unknown_profile_text(name, suggestion)}", file=sys.stderr)
    return profile


def run_rules(args) -> int:
    from .profile import rules_text

    profile = chosen_profile(args.bo)
    if profile is None:
        return 1
    print(rules_text(profile))
    return 0


def run_check(args) -> int:
    from .check import check_workbook, human_report, json_report

    path = workbook_of(args)
    checked = check_workbook(path)
    print(
        json_report(checked)
        if args.json
        else human_report(path, checked, next_command("build", args))
    )
    status = 1 if any(f.is_error for f in checked.findings) else 0
    if args.danh_dau is not None or args.sua_ma_cu is not None:
        from .markup import write_copies

        written, lines = write_copies(path, checked, args.danh_dau, args.sua_ma_cu)
        print("\n".join(lines), file=sys.stdout if written and not args.json else sys.stderr)
        status = status if written else 2
    return status


def run_mau(args) -> int:
    from .documents import kind_titles
    from .resources import write_templates

    folder = Path(args.folder)
    try:
        written, kept = write_templates(folder, kind_titles())
    except OSError as error:
        print(f'Không ghi được vào thư mục "{folder}": {error.strerror or error}.', file=sys.stderr)
        return 2
    print(f'Đã chép {len(written)} mẫu văn bản gốc vào thư mục "{folder}".')
    if kept:
        print(f"Giữ nguyên {len(kept)} tệp đã có: {', '.join(kept)}.")
    print(
        f'Đọc "{folder / "Đọc trước.txt"}", sửa mẫu bằng Word rồi tạo hồ sơ: '
        f'daihoi build "TỆP_EXCEL" --mau "{folder}"'
    )
    return 0


def templates_of(args):
    """The templates the build uses (None, after a message, when --mau names no folder)."""
    from .documents import all_kinds
    from .resources import BUNDLED, Templates

    if not args.mau:
        return BUNDLED
    folder = Path(args.mau)
    if not folder.is_dir():
        print(
            f'Không có thư mục mẫu "{folder}". Tạo thư mục mẫu bằng lệnh: daihoi mau "{folder}"',
            file=sys.stderr,
        )
        return None
    kinds = set(all_kinds())
    found = sorted(p.stem for p in folder.glob("*.docx") if not p.name.startswith("~$"))
    own = [stem for stem in found if stem in kinds]
    print(
        f'Dùng {len(own)} mẫu riêng trong thư mục "{folder}", mẫu gốc cho '
        f"{len(kinds) - len(own)} loại văn bản còn lại."
    )
    for stem in found:
        if stem not in kinds:
            print(f'  - Bỏ qua "{stem}.docx": không phải tên mẫu nào (xem "Đọc trước.txt").')
    return Templates(folder)


def package_pdfs(outdir: Path, cells) -> None:
    """`build --pdf`: the PDFs of the cells built, by one LibreOffice run."""
    from .package import folders_by_code
    from .pdf import INSTALL, find_soffice, list_in_manifest, make_pdfs

    soffice = find_soffice()
    if soffice is None:
        print(f"\n{INSTALL}", file=sys.stderr)
        return
    by_code = folders_by_code(outdir)
    folders = [by_code[cell.code.casefold()] for cell in cells if cell.code.casefold() in by_code]
    documents = sorted(
        p for folder in folders for p in folder.glob("*.docx") if not p.name.startswith(("~$", "."))
    )
    result = make_pdfs(documents, soffice, outdir)
    for folder in folders:
        list_in_manifest(folder)
    print(
        f"PDF: {len(result.made)} tệp mới, {len(documents) - len(result.made) - len(result.failed)} "
        "tệp đã có sẵn và vẫn đúng với văn bản."
    )
    for docx in result.failed:
        print(f'  - LibreOffice không chuyển được "{docx}" sang PDF.', file=sys.stderr)


def run_build(args) -> int:
    from concurrent.futures.process import BrokenProcessPool

    from .check import check_workbook
    from .files import reason
    from .lock import Busy, output_lock
    from .package import build
    from .render import TemplateProblem
    from .rollup import write_rollup
    from .workers import default_jobs

    path, outdir = workbook_of(args), Path(args.output)
    templates = templates_of(args)
    if templates is None:
        return 2
    checked = check_workbook(path)
    known = {cell.code.casefold() for cell in checked.congresses.cells}
    unknown = [code for code in args.only or [] if code.casefold() not in known]
    if unknown:
        print(f'Không có chi bộ mã: {", ".join(unknown)} trong tệp "{path}".', file=sys.stderr)
        return 1
    print(checked.profile.headline())
    print(f'Tạo hồ sơ từ "{path}" vào thư mục "{outdir}"…')
    try:
        with output_lock(outdir):
            jobs = args.jobs or default_jobs()
            result = build(checked, outdir, args.only, args.force, jobs=jobs, templates=templates)
            rollup = write_rollup(checked, outdir, result, args.force)
            if args.pdf:
                package_pdfs(outdir, result.built)
    except Busy as error:
        print(error, file=sys.stderr)
        return 2
    except OSError as error:
        print(
            f'Không ghi được hồ sơ vào thư mục "{outdir}" ({reason(error)}). Hãy kiểm tra thư '
            "mục, đóng các tệp đang mở trong Word, Excel rồi chạy lại.",
            file=sys.stderr,
        )
        return 2
    except TemplateProblem as error:
        print(f"Không tạo được hồ sơ: {error}", file=sys.stderr)
        return 2
    except BrokenProcessPool:
        print(
            "Một tiến trình tạo hồ sơ bị dừng đột ngột (có thể do máy thiếu bộ nhớ). Các chi bộ "
            "đã xong vẫn giữ nguyên; hãy chạy lại, nếu cần thì thêm --jobs 1.",
            file=sys.stderr,
        )
        return 2
    print(
        f"\nXong: {len(result.built)} chi bộ đã có hồ sơ, {len(result.skipped)} chi bộ bị bỏ "
        f"qua, {result.warnings} cảnh báo"
        + (' (ghi trong tệp "Cảnh báo.txt" của từng chi bộ).' if result.warnings else ".")
    )
    check = next_command("check", args)
    for cell, errors in result.skipped:
        print(f"  - {cell.code} {cell.name}: {errors} lỗi. Chạy {check} để xem và sửa.")
    for note in result.notes:
        print(f"  - {note}")
    if rollup:
        print(f'Bảng tổng hợp đăng ký lịch và kết quả đại hội của tất cả chi bộ: "{rollup}".')
    if result.failures:
        print(f"\nCó {len(result.failures)} tệp chưa ghi được (các tệp khác đã ghi xong):")
        for failure in result.failures:
            print(f"  - {failure}")
    if checked.general_errors:
        print(
            f"Tệp có {len(checked.general_errors)} lỗi chung (không thuộc chi bộ nào). Chạy "
            f"{check} để xem và sửa."
        )
    return result.exit_code or (1 if checked.general_errors else 0)


def main(argv: list[str] | None = None) -> int:
    configure_output()
    with vietnamese():
        command_line = parser()
        args = command_line.parse_args(argv)
        if args.command is None:
            command_line.print_help()
            return 0
    try:
        commands = {
            "init": run_init,
            "check": run_check,
            "build": run_build,
            "mau": run_mau,
            "quy-dinh": run_rules,
        }
        return commands[args.command](args)
    except UnusableInput as error:
        print(f"Không dùng được tệp đầu vào: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (say `| head`) stopped reading: stop quietly, nothing more to print.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141

"""The `daihoi` command line (SPEC §6). Everything the clerk reads is Vietnamese."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import __version__
from .app import Stopped
from .argparse_vi import Parser, vietnamese
from .findings import UnusableInput
from .rendering.resources import sample_workbook

OUTPUT = Path("output")


def parser() -> Parser:
    from .checking.profile import default_profile

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
    page = commands.add_parser(
        "giao-dien",
        help="mở trang làm hồ sơ trong trình duyệt (chạy daihoi không kèm lệnh cũng vậy)",
        description="Mở trang làm hồ sơ trên máy này (chỉ máy này vào được): chọn tệp Excel, "
        "kiểm tra, tạo hồ sơ, tải về. Giữ cửa sổ này mở khi dùng trang; Ctrl-C để dừng.",
    )
    page.add_argument(
        "--cong",
        type=port,
        default=0,
        metavar="N",
        help="số cổng của trang (mặc định 0: một cổng còn trống bất kỳ)",
    )
    page.add_argument(
        "--khong-mo-trinh-duyet",
        action="store_true",
        help="không tự mở trình duyệt (chỉ in địa chỉ của trang)",
    )
    return main


def positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f'"{text}" không phải số nguyên dương')
    return int(text)


def port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f'"{text}" không phải số cổng (từ 0 đến 65535)')
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


def warn_if_open_in_excel(path: Path) -> None:
    """Excel keeps "~$name.xlsx" beside a workbook it has open: what is read is the last save."""
    if any(path.with_name(f"~${name}").exists() for name in (path.name, path.name[2:])):
        print(
            f'Cảnh báo: tệp "{path.name}" đang mở trong Excel. Chương trình đọc bản đã lưu lần '
            "cuối; nếu vừa sửa, hãy lưu lại (Ctrl+S) rồi chạy lại lệnh.",
            file=sys.stderr,
        )


def filenames_unwritable() -> str | None:
    """The message for a system whose file names cannot hold Vietnamese (LANG=C without UTF-8)."""
    encoding = sys.getfilesystemencoding()
    try:
        "Đảng bộ".encode(encoding)
    except UnicodeEncodeError:
        return (
            f"Máy đang đặt tên tệp theo bảng mã {encoding}, không ghi được tên tệp có chữ tiếng "
            "Việt. Hãy chạy lại lệnh với bảng mã UTF-8: đặt biến môi trường PYTHONUTF8=1 (hoặc "
            "LANG=C.UTF-8) rồi chạy lại."
        )
    return None


def next_command(name: str, args) -> str:
    """The command the clerk types next, on the workbook they used."""
    return f'daihoi {name} "{args.workbook}"' if args.workbook else f"daihoi {name}"


def configure_output() -> None:
    """Vietnamese text must print on a Windows console too."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


class ReadingProgress:
    """How far the reading of a big workbook has come: a line on stderr every few seconds
    (nothing for a workbook read in less)."""

    EVERY = 3.0  # seconds

    def __init__(self):
        self.due = time.monotonic() + self.EVERY

    def __call__(self, sheet: str, rows: int) -> None:
        from .textvn import format_number

        now = time.monotonic()
        if now >= self.due:
            self.due = now + self.EVERY
            print(f'Đang đọc sheet "{sheet}": {format_number(rows)} dòng…', file=sys.stderr)


def run_init(args) -> int:
    from .reading.blank import write_blank

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
        from .writing.files import reason

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
    from .checking.profile import (
        default_profile,
        find_profile,
        new_workbook_profile,
        unknown_profile_text,
    )

    if name is None:
        return new_workbook_profile() if new else default_profile()
    profile, suggestion = find_profile(name)
    if profile is None:
        print(f"Lỗi: {unknown_profile_text(name, suggestion)}", file=sys.stderr)
    return profile


def run_rules(args) -> int:
    from .checking.profile import rules_text

    profile = chosen_profile(args.bo)
    if profile is None:
        return 1
    print(rules_text(profile))
    return 0


def run_check(args) -> int:
    from .checking.check import check_workbook, human_report, json_report

    path = workbook_of(args)
    warn_if_open_in_excel(path)
    checked = check_workbook(path, None if args.json else ReadingProgress())
    print(
        json_report(checked)
        if args.json
        else human_report(path, checked, next_command("build", args))
    )
    status = 1 if any(f.is_error for f in checked.findings) else 0
    if args.danh_dau is not None or args.sua_ma_cu is not None:
        from .reading.markup import write_copies

        written, lines = write_copies(path, checked, args.danh_dau, args.sua_ma_cu)
        print("\n".join(lines), file=sys.stdout if written and not args.json else sys.stderr)
        status = status if written else 2
    return status


def run_mau(args) -> int:
    from .app import write_own_templates

    folder = Path(args.folder)
    written, kept = write_own_templates(folder)
    print(f'Đã chép {len(written)} mẫu văn bản gốc vào thư mục "{folder}".')
    if kept:
        print(f"Giữ nguyên {len(kept)} tệp đã có: {', '.join(kept)}.")
    print(
        f'Đọc "{folder / "Đọc trước.txt"}", sửa mẫu bằng Word rồi tạo hồ sơ: '
        f'daihoi build "TỆP_EXCEL" --mau "{folder}"'
    )
    return 0


def written_size(folder: Path) -> str:
    """How much the output folder holds, for a clerk whose disk filled up: "12,5 MB"."""
    from .textvn import format_number

    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return f"{format_number(size / 2**20, 1)} MB"


def say(line: str) -> None:
    """A line of the build's progress. Once stdout is closed (`daihoi build | head`), the build
    goes on without a word: the clerk's files are all written and the exit code is the build's."""
    try:
        print(line, flush=True)
    except BrokenPipeError:
        quiet_stdout()
    except OSError as error:  # stdout on a full device
        from .writing.files import reason

        quiet_stdout()
        print(f"Không in được tiến độ ({reason(error)}); hồ sơ vẫn được tạo tiếp.", file=sys.stderr)


def quiet_stdout() -> None:
    """From now on stdout goes nowhere (what is still buffered too)."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def run_build(args) -> int:
    from .app import NothingToBuild, build_workbook, own_templates
    from .rendering.resources import BUNDLED

    path, outdir = workbook_of(args), Path(args.output)
    warn_if_open_in_excel(path)
    templates = BUNDLED
    if args.mau:
        templates, lines = own_templates(Path(args.mau))
        for line in lines:
            say(line)
    command = f'daihoi build "{args.workbook}"' if args.workbook else "daihoi build"
    try:
        built = build_workbook(
            path,
            outdir,
            args.only,
            args.force,
            args.jobs,
            templates,
            args.pdf,
            progress=say,
            reading=ReadingProgress(),
            command=command,
        )
    except NothingToBuild as error:
        say(f"{error} Chạy {next_command('check', args)} để xem và sửa.")
        return 1
    result = built.result
    if built.pdfs:
        for line in built.pdfs.lines:
            say(line)
        for line in built.pdfs.problems:
            print(line, file=sys.stderr)
    say(
        f"\nXong: {len(result.built)} chi bộ đã có hồ sơ, {len(result.skipped)} chi bộ bị bỏ "
        f"qua, {result.warnings} cảnh báo"
        + (' (ghi trong tệp "Cảnh báo.txt" của từng chi bộ).' if result.warnings else ".")
    )
    check = next_command("check", args)
    for cell, errors in result.skipped:
        say(f"  - {cell.code} {cell.name}: {errors} lỗi. Chạy {check} để xem và sửa.")
    for note in result.notes:
        say(f"  - {note}")
    if built.rollup:
        say(f'Bảng tổng hợp đăng ký lịch và kết quả đại hội của tất cả chi bộ: "{built.rollup}".')
    if result.failures:
        say(
            f"\nCó {len(result.failures)} tệp chưa ghi được (các tệp khác đã ghi xong: "
            f'{written_size(outdir)} trong thư mục "{outdir}"):'
        )
        for failure in result.failures:
            say(f"  - {failure}")
    return result.exit_code


def run_page(args) -> int:
    from .web import serve

    return serve(args.cong, not args.khong_mo_trinh_duyet)


def main(argv: list[str] | None = None) -> int:
    configure_output()
    with vietnamese():
        command_line = parser()
        args = command_line.parse_args(argv)
        if args.command is None:  # a double-click: the page
            args = command_line.parse_args(["giao-dien"])
    try:
        commands = {
            "init": run_init,
            "check": run_check,
            "build": run_build,
            "mau": run_mau,
            "quy-dinh": run_rules,
            "giao-dien": run_page,
        }
        unwritable = filenames_unwritable()
        if unwritable and args.command in ("build", "mau"):  # refused before writing anything
            print(unwritable, file=sys.stderr)
            return 2
        status = commands[args.command](args)
        sys.stdout.flush()  # a full device (> /dev/full) says so here, not at exit
        return status
    except Stopped as error:
        print(error, file=sys.stderr)
        return error.status
    except UnusableInput as error:
        print(f"Không dùng được tệp đầu vào: {error}", file=sys.stderr)
        return 2
    except UnicodeEncodeError:  # a Vietnamese file name written by another command
        if unwritable is None:
            raise
        print(unwritable, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (say `| head`) stopped reading: stop quietly, nothing more to print.
        quiet_stdout()
        return 141
    except OSError as error:
        # Left to here, above all stdout itself: the device it goes to is full or failing.
        from .writing.files import reason

        quiet_stdout()
        where = f'tệp "{error.filename}"' if error.filename else "kết quả ra đầu ra"
        print(f"Không ghi được {where} ({reason(error)}).", file=sys.stderr)
        return 2

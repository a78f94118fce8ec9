"""The `daihoi` command line (SPEC §6). Everything the clerk reads is Vietnamese."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .findings import UnusableInput

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "mau_dai_hoi_chi_bo.xlsx"
OUTPUT = Path("output")

# argparse's own words, in Vietnamese.
ARGPARSE_WORDS = {
    "usage: ": "Cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "xem hướng dẫn này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số: %s",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)",
    "expected one argument": "cần một giá trị",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
}
argparse._ = lambda text: ARGPARSE_WORDS.get(text, text)


def parser() -> argparse.ArgumentParser:
    from .profile import default_profile

    main = argparse.ArgumentParser(
        prog="daihoi",
        description="Tạo hồ sơ đại hội chi bộ từ một tệp Excel, theo bộ quy định chọn ở sheet "
        f'"Cấu hình" (mặc định: "{default_profile().name}"; xem bằng lệnh: daihoi quy-dinh).',
        epilog="Ví dụ: daihoi init so-lieu.xlsx  →  điền số liệu  →  daihoi check so-lieu.xlsx"
        "  →  daihoi build so-lieu.xlsx",
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
        help="bộ quy định của tệp mới: chọn ở sheet Cấu hình, ghi trong sheet Hướng dẫn",
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
        default=str(SAMPLE),
        metavar="TỆP_EXCEL",
        help="tệp số liệu (mặc định: tệp mẫu trong thư mục data)",
    )
    return command


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
    profile = chosen_profile(args.bo)
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


def chosen_profile(name: str | None):
    """The built-in profile named on the command line; None (after saying why) if unknown."""
    from .profile import default_profile, find_profile, unknown_profile_text

    if name is None:
        return default_profile()
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

    path = Path(args.workbook)
    checked = check_workbook(path)
    print(json_report(checked) if args.json else human_report(path, checked))
    status = 1 if any(f.is_error for f in checked.findings) else 0
    if args.danh_dau is not None or args.sua_ma_cu is not None:
        from .markup import write_copies

        written, lines = write_copies(path, checked, args.danh_dau, args.sua_ma_cu)
        print("\n".join(lines), file=sys.stdout if written and not args.json else sys.stderr)
        status = status if written else 2
    return status


def run_build(args) -> int:
    from concurrent.futures.process import BrokenProcessPool

    from .check import check_workbook
    from .files import reason
    from .lock import Busy, output_lock
    from .package import build
    from .render import TemplateProblem
    from .rollup import write_rollup
    from .workers import default_jobs

    path, outdir = Path(args.workbook), Path(args.output)
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
            result = build(checked, outdir, args.only, args.force, jobs=jobs)
            rollup = write_rollup(checked, outdir, result, args.force)
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
        f"qua, {result.warnings} cảnh báo (ghi trong manifest.json của từng chi bộ)."
    )
    for cell, errors in result.skipped:
        print(f'  - {cell.code} {cell.name}: {errors} lỗi. Chạy "daihoi check" để xem và sửa.')
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
            '"daihoi check" để xem và sửa.'
        )
    return result.exit_code or (1 if checked.general_errors else 0)


def main(argv: list[str] | None = None) -> int:
    configure_output()
    args = parser().parse_args(argv)
    if args.command is None:
        parser().print_help()
        return 0
    try:
        commands = {"init": run_init, "check": run_check, "build": run_build, "quy-dinh": run_rules}
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

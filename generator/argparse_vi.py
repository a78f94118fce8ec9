"""argparse in Vietnamese, for daihoi's own parser only.

argparse looks its words up through the module's `_` and `ngettext` when a parser is built, when
help is printed and when an error is reported. `vietnamese()` swaps them for the time daihoi's
command line is handled, so nothing else in the process (pytest's parser, say) is touched.
"""

from __future__ import annotations

import argparse
import re
from contextlib import contextmanager

WORDS = {
    "usage: ": "Cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "subcommands": "các lệnh",
    "show this help message and exit": "xem hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: chú ý: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu tham số: %s",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "không có lựa chọn %(value)r (chọn một trong: %(choices)s)"
    ),
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "chỉ được một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn %(option)s chưa rõ, có thể là: %(matches)s"
    ),
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị (đã ghi %r)",
    "not allowed with argument %s": "không dùng cùng với %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "unexpected option string: %s": "không hiểu tùy chọn: %s",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
}
# Python 3.10 words the argument's name without looking it up.
UNTRANSLATED_ARGUMENT = re.compile(r"^argument (\S+): ")


class Parser(argparse.ArgumentParser):
    def error(self, message: str):
        super().error(UNTRANSLATED_ARGUMENT.sub(r"tham số \1: ", message))


@contextmanager
def vietnamese():
    saved = argparse._, argparse.ngettext
    argparse._ = lambda text: WORDS.get(text, text)
    argparse.ngettext = lambda one, many, n: WORDS.get(one if n == 1 else many, one)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved

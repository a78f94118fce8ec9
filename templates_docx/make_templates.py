"""Writes the Word templates of templates_docx/ (run: python templates_docx/make_templates.py).

The shared parts (page setup, styles, letterhead, title block, signature block, Nơi nhận) are
defined once, in common.py, and composed into each template by precongress.py and the modules
beside it. The .docx files written are ordinary Word documents with docxtpl tags: a clerk may open
and edit them in Word or LibreOffice directly (rerunning this script would overwrite such edits).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import congress  # noqa: E402
import opinions  # noqa: E402
import precongress  # noqa: E402

from generator.writing.package import content_hash  # noqa: E402

MODULES = (precongress, congress, opinions)


def main() -> None:
    for module in MODULES:
        for kind, build in module.TEMPLATES.items():
            document = build()
            document.core_properties.title = kind
            document.core_properties.author = "daihoi"
            target, fresh = HERE / f"{kind}.docx", HERE / f".{kind}.new.docx"
            document.save(fresh)
            if target.exists() and content_hash(target) == content_hash(fresh):
                fresh.unlink()  # unchanged: leave the committed file alone
                continue
            fresh.replace(target)
            print(f"{kind}.docx")


if __name__ == "__main__":
    main()

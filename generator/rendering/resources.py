"""What the program carries besides its code: the Word templates and the sample workbook.

Both are package data (pyproject.toml maps templates_docx/ and data/ into the package), found
through importlib.resources wherever the package is installed: a wheel, pipx, or a checkout
installed with `pip install -e .`. A district may bring its own templates (`daihoi mau`, then
`build --mau THƯ_MỤC`): each kind found in its folder (named after the document's title, or
`<kind>.docx`) is used, the bundled one otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from pathlib import Path

from ..writing.paths import FILE_LIMIT, safe_name

SAMPLE_NAME = "mau_dai_hoi_chi_bo.xlsx"


def bundled(package: str, name: str) -> Path:
    """A packaged file as a path: the package is always installed as plain files."""
    return Path(str(files(f"generator.{package}") / name))


def sample_workbook() -> Path:
    return bundled("data", SAMPLE_NAME)


def bundled_template(kind: str) -> Path:
    return bundled("templates_docx", f"{kind}.docx")


@cache
def titles() -> dict[str, str]:
    """kind → the document's Vietnamese title (documents/*.py KINDS)."""
    from ..documents import kind_titles

    return kind_titles()


def template_file_name(title: str) -> str:
    """A district's template is named after its document: "Báo cáo tổng kết nhiệm kỳ.docx"."""
    return f"{safe_name(title, FILE_LIMIT - len('.docx'))}.docx"


def own_file_names() -> dict[str, str]:
    """Each file name a district's folder may hold → its kind: the document's title, or the
    `<kind>.docx` of earlier versions."""
    names = {template_file_name(title): kind for kind, title in titles().items()}
    return names | {f"{kind}.docx": kind for kind in titles()}


@dataclass(frozen=True)
class Templates:
    """Where each kind's template comes from: `own` (a district's folder) first, then the bundle."""

    own: Path | None = None
    bundle: Path | None = None  # the bundled templates' folder, once found

    def path(self, kind: str) -> Path:
        if self.own is not None:
            for name in (template_file_name(titles()[kind]), f"{kind}.docx"):
                if (self.own / name).is_file():
                    return self.own / name
        return self.bundle / f"{kind}.docx" if self.bundle else bundled_template(kind)

    def found(self) -> Templates:
        """The same, with the bundle's folder found here (a worker process need not look)."""
        return replace(self, bundle=bundled_template("x").parent)


BUNDLED = Templates()


READ_FIRST = "Đọc trước.txt"
READ_FIRST_TEXT = """\
MẪU VĂN BẢN RIÊNG CỦA ĐƠN VỊ

Thư mục này chứa các mẫu Word mà chương trình daihoi dùng để tạo hồ sơ đại hội chi bộ,
mỗi loại văn bản một tệp mang tên của văn bản đó:
{kinds}
(Tệp mẫu mang tên cũ bằng tiếng Anh, như summary_report.docx, vẫn được dùng.)

CÁCH DÙNG
1. Mở mẫu cần sửa bằng Word hoặc LibreOffice, sửa lời văn hoặc định dạng rồi lưu lại
   (giữ nguyên tên tệp và dạng .docx).
2. Tạo hồ sơ bằng các mẫu này:
       daihoi build "so_lieu.xlsx" --mau "{folder}"
   Loại văn bản nào không có tệp trong thư mục thì chương trình dùng mẫu gốc; muốn dùng lại
   mẫu gốc cho loại nào thì xóa tệp của loại đó.

CÁC THẺ TRONG MẪU (chỗ chương trình điền số liệu)
- {{{{ ten }}}}: được thay bằng số liệu (tên chi bộ, ngày, số đảng viên...). Có thể chuyển thẻ
  sang chỗ khác hoặc đổi định dạng cả thẻ (đậm, nghiêng, cỡ chữ); không sửa chữ trong thẻ.
- {{%p if ... %}} ... {{%p endif %}} và {{%p for ... %}} ... {{%p endfor %}}: mỗi thẻ đứng riêng
  một đoạn; phần ở giữa chỉ in khi có số liệu, hoặc được lặp lại cho từng mục. Giữ nguyên cả
  cặp thẻ; muốn bỏ thì xóa cả hai thẻ cùng phần ở giữa.
- {{%tr for ... %}} ... {{%tr endfor %}}: nằm trong các dòng của bảng; dòng ở giữa được lặp lại
  cho từng người. Không xóa, không gộp các dòng đó.
- Không gõ thêm dấu ngoặc nhọn {{{{ }}}} hoặc {{% %}} ngoài các thẻ đã có.

Trước khi tạo văn bản, chương trình kiểm tra mọi mẫu sẽ dùng: thẻ bị hỏng hoặc tên gõ sai được
báo rõ tên tệp, đoạn văn và thẻ, và chưa văn bản nào được ghi. Mẫu nhận từ nơi khác cũng dùng
được an toàn: mẫu chỉ được dùng các loại thẻ mà mẫu gốc dùng, và mẫu có hình ảnh, tệp liên kết
hoặc trường (INCLUDEPICTURE, INCLUDETEXT, LINK...) lấy nội dung từ bên ngoài thì bị từ chối.
Lấy lại mẫu gốc: xóa tệp cần lấy lại rồi chạy lại lệnh  daihoi mau "{folder}"
(lệnh này không ghi đè các tệp đã có trong thư mục).
"""


def write_templates(folder: Path) -> tuple[list[str], list[str]]:
    """The bundled templates into `folder`, each named after its document, with READ_FIRST.

    A template already there under either name (perhaps the district's edited one) is never
    overwritten. Returns (written, kept) file names.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written, kept = [], []
    for kind, title in titles().items():
        target = folder / template_file_name(title)
        there = [p for p in (target, folder / f"{kind}.docx") if p.exists()]
        if there:
            kept.append(there[0].name)
            continue
        target.write_bytes(bundled_template(kind).read_bytes())
        written.append(target.name)
    kinds = "\n".join(f"  {template_file_name(title)}" for title in titles().values())
    text = READ_FIRST_TEXT.format(kinds=kinds, folder=folder)
    (folder / READ_FIRST).write_text(text, encoding="utf-8-sig", newline="\r\n")
    return written, kept

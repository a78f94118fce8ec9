#!/bin/sh
# Mở trang làm hồ sơ đại hội chi bộ (Linux). Lần chạy đầu: tạo môi trường .venv trong thư mục
# này và cài chương trình vào đó (cần mạng, vài phút); các lần sau chỉ mở trang.
cd "$(dirname "$0")" || exit 1
if [ ! -x .venv/bin/daihoi ]; then
    if ! command -v python3 >/dev/null 2>&1; then
        echo "Máy chưa có Python 3. Hãy cài bằng lệnh: sudo apt-get install python3 python3-venv"
        echo "rồi chạy lại tệp này."
        exit 1
    fi
    if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
        echo "Chương trình cần Python 3.10 trở lên; máy đang có $(python3 --version 2>&1)."
        exit 1
    fi
    echo "Lần chạy đầu: đang tạo môi trường .venv và cài chương trình (vài phút, cần mạng)…"
    if [ ! -x .venv/bin/pip ]; then
        rm -rf .venv
        if ! python3 -m venv .venv >/dev/null 2>&1 || [ ! -x .venv/bin/pip ]; then
            rm -rf .venv
            echo "Không tạo được môi trường ảo vì máy chưa có gói python3-venv."
            echo "Hãy cài bằng lệnh: sudo apt-get install python3-venv  rồi chạy lại tệp này."
            exit 1
        fi
    fi
    if ! .venv/bin/python -m pip install -q .; then
        echo "Cài chương trình chưa xong (xem thông báo ở trên; cần mạng internet)."
        echo "Hãy kiểm tra mạng rồi chạy lại tệp này."
        exit 1
    fi
    echo "Đã cài xong."
fi
exec .venv/bin/daihoi giao-dien "$@"

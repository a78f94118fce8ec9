@echo off
rem Mo trang lam ho so dai hoi chi bo (Windows). Lan chay dau: tao moi truong .venv trong thu muc
rem nay va cai chuong trinh vao do (can mang, vai phut); cac lan sau chi mo trang.
chcp 65001 >nul
setlocal
cd /d "%~dp0"
title daihoi - Hồ sơ đại hội chi bộ
if exist ".venv\Scripts\daihoi.exe" goto run

set "PY="
py -3 --version >nul 2>&1 && set "PY=py -3"
if not defined PY python --version >nul 2>&1 && set "PY=python"
if not defined PY goto nopython
%PY% -c "import sys; sys.exit(sys.version_info < (3, 10))"
if errorlevel 1 goto oldpython

echo Lần chạy đầu: đang tạo môi trường .venv và cài chương trình (vài phút, cần mạng internet)...
if not exist ".venv\Scripts\python.exe" %PY% -m venv .venv
if errorlevel 1 goto novenv
".venv\Scripts\python.exe" -m pip install -q .
if errorlevel 1 goto noinstall
echo Đã cài xong.

:run
".venv\Scripts\daihoi.exe" giao-dien
if errorlevel 1 pause
exit /b

:nopython
echo.
echo Máy chưa có Python. Hãy cài Python như sau rồi bấm đúp lại tệp này:
echo   1. Mở trang https://www.python.org/downloads/ và bấm nút "Download Python".
echo   2. Chạy tệp vừa tải; ở màn hình đầu tiên, ĐÁNH DẤU ô "Add python.exe to PATH",
echo      rồi bấm "Install Now".
echo.
pause
exit /b 1

:oldpython
echo.
echo Chương trình cần Python 3.10 trở lên. Hãy cài bản mới tại https://www.python.org/downloads/
echo (đánh dấu ô "Add python.exe to PATH"), rồi bấm đúp lại tệp này.
echo.
pause
exit /b 1

:novenv
echo.
echo Không tạo được môi trường .venv trong thư mục "%CD%".
echo Hãy chép thư mục chương trình vào một chỗ ghi được (ví dụ thư mục Documents) rồi chạy lại.
echo.
pause
exit /b 1

:noinstall
echo.
echo Cài chương trình chưa xong (xem thông báo ở trên; cần mạng internet).
echo Hãy kiểm tra mạng rồi bấm đúp lại tệp này.
echo.
pause
exit /b 1

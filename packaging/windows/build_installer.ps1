# Windows only: builds the one-folder bundle with PyInstaller, checks it, and compiles the Inno
# Setup installer dist\internapp-VERSION-setup.exe. Run from any folder in PowerShell:
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_installer.ps1
#
# Needs Python 3.11+ (the `py` launcher) and Inno Setup 6 (iscc.exe on PATH, or in its default
# folder). See packaging\README.md.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$version = py -3 packaging/project_version.py
if (-not (Test-Path .venv-bundle)) { py -3 -m venv .venv-bundle }
.venv-bundle\Scripts\python -m pip install --upgrade pip
.venv-bundle\Scripts\python -m pip install ".[bundle]"
.venv-bundle\Scripts\python -m pip install --no-deps --force-reinstall .
.venv-bundle\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\internapp.spec
if ($LASTEXITCODE -ne 0) { throw "pyinstaller failed" }

# the bundle's own checks: the version it reports, and every screen built headless
$printed = dist\internapp\internapp-cli.exe --version
if ($printed -ne "internapp $version") { throw "the bundle says '$printed', pyproject.toml $version" }
$env:QT_QPA_PLATFORM = "offscreen"
dist\internapp\internapp-cli.exe smoke --data-dir (Join-Path $env:TEMP "internapp-smoke")
if ($LASTEXITCODE -ne 0) { throw "smoke failed" }
Remove-Item Env:\QT_QPA_PLATFORM

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\internapp.iss
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
Write-Output "==> dist\internapp-$version-setup.exe"

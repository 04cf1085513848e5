<#
.SYNOPSIS
    Build Whistle Desk for Windows: a virtual environment, the PyInstaller bundle, a self-check of the
    frozen program, then the Inno Setup installer.

.DESCRIPTION
    NOT EXECUTED HERE: the project is developed on Linux; this script has been reviewed but never run
    by its authors. .github/workflows/windows.yml runs it on a Windows runner.

    Needs: Python 3.11 x64 (the py launcher or python.exe on PATH) and Inno Setup 6.3 or newer
    (choco install innosetup, or https://jrsoftware.org/isinfo.php). PySide6 6.12.0 crashes on
    Python 3.11; pyproject.toml pins PySide6 below 6.12.

    Steps:
      1. create the venv (.venv-win) unless -NoVenv, and pip install -e . (the app and its
         entry-point metadata, which the bundle needs);
      2. python installer\build.py  -> dist\WhistleDesk\ (installs PyInstaller if missing);
      3. dist\WhistleDesk\whistle-desk.exe --version and selfcheck;
      4. ISCC /DAppVersion=<version from pyproject.toml> installer\whistle-desk.iss
         -> dist\installer\WhistleDesk-<version>-setup.exe

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
.EXAMPLE
    installer\build_windows.ps1 -NoVenv -Python python      # CI: the Python of actions/setup-python
#>
[CmdletBinding()]
param(
    # The Python used to create the venv (or used directly with -NoVenv).
    [string]$Python = "",
    [string]$Venv = ".venv-win",
    [switch]$NoVenv,
    # Full path of ISCC.exe; found on PATH or in the usual install folders when empty.
    [string]$Iscc = "",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Say([string]$Text) { Write-Host "==> $Text" -ForegroundColor Cyan }

function Invoke-Checked {
    # Run a native program and stop when it fails ($ErrorActionPreference does not cover exit codes).
    param([Parameter(Mandatory)][string]$Exe, [string[]]$Arguments = @())
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "failed (exit code $LASTEXITCODE): $Exe $($Arguments -join ' ')" }
}

function Find-Python {
    if ($Python) { return $Python }
    if (Get-Command py -ErrorAction SilentlyContinue) {
        $exe = (& py -3.11 -c "import sys; print(sys.executable)" 2>$null)
        if ($LASTEXITCODE -eq 0 -and $exe) { return $exe.Trim() }
    }
    if (Get-Command python -ErrorAction SilentlyContinue) { return "python" }
    throw "Python 3.11 not found: install it from python.org (x64) or pass -Python C:\path\to\python.exe"
}

function Find-Iscc {
    if ($Iscc) { return $Iscc }
    $cmd = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    foreach ($c in $candidates) { if ($c -and (Test-Path $c)) { return $c } }
    throw "ISCC.exe (Inno Setup 6) not found: choco install innosetup, or pass -Iscc C:\path\to\ISCC.exe"
}

# 1. the environment
$base = Find-Python
if ($NoVenv) {
    $py = $base
} else {
    if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) {
        Say "creating $Venv with $base"
        Invoke-Checked $base @("-m", "venv", $Venv)
    }
    $py = Join-Path $Venv "Scripts\python.exe"
}
Invoke-Checked $py @("-c", "import sys; assert sys.version_info[:2] == (3, 11), sys.version; assert sys.maxsize > 2**32, '64-bit Python needed'")
Say "installing whistle-desk into $py"
Invoke-Checked $py @("-m", "pip", "install", "--disable-pip-version-check", "--upgrade", "pip")
Invoke-Checked $py @("-m", "pip", "install", "--disable-pip-version-check", "-e", ".")

# 2. the bundle
Say "building the bundle"
Invoke-Checked $py @("installer\build.py")
$cli = Join-Path $Root "dist\WhistleDesk\whistle-desk.exe"
$gui = Join-Path $Root "dist\WhistleDesk\WhistleDesk.exe"
if (-not (Test-Path $gui)) { throw "missing $gui" }

# 3. the frozen program works
Say "frozen --version and selfcheck"
Invoke-Checked $cli @("--version")
Invoke-Checked $cli @("selfcheck")

# 4. the installer
if ($SkipInstaller) { Say "skipping the installer (-SkipInstaller)"; exit 0 }
$version = (& $py installer\build.py --version-only).Trim()
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "could not read the version from pyproject.toml" }
$isccExe = Find-Iscc
Say "ISCC $isccExe /DAppVersion=$version"
Invoke-Checked $isccExe @("/DAppVersion=$version", "installer\whistle-desk.iss")
$setup = Join-Path $Root "dist\installer\WhistleDesk-$version-setup.exe"
if (-not (Test-Path $setup)) { throw "ISCC reported success but $setup is missing" }
$mb = [math]::Round((Get-Item $setup).Length / 1MB, 1)
Say "installer: $setup ($mb MB)"

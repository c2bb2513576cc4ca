# Build the Windows release from this checkout, in one command (PowerShell 5.1 or 7):
#
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1 [-Python py] [-NoInstaller]
#
# Needs: Python 3.11+ for Windows x64 (python.org, "py" launcher) and, for the installer,
# Inno Setup 6 (ISCC.exe on PATH or in its default folder).
# Result: dist\wage-remedy\ (wage-remedy.exe: the desktop app, no console;
#         wage-remedy-cli.exe: the command line), dist\wage-remedy-<version>-windows-x64.zip
#         (portable) and dist\wage-remedy-<version>-setup.exe (the installer).
# Like build_linux.sh: a private build venv in build\venv-win, the dependencies and PyInstaller
# as declared in pyproject.toml, then PyInstaller on installer\wage_remedy.spec, a smoke test of
# the command line (version, bundled rates, demo) and Inno Setup.
param(
    [string]$Python = "py",
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
Set-Location $Root
$Start = Get-Date

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

# ------------------------------------------------------------------ Python and packages
$VenvPy = Join-Path $Root "build\venv-win\Scripts\python.exe"
if (-not (Test-Path $VenvPy)) {
    Write-Host "== creating build\venv-win"
    if ($Python -eq "py") { Invoke-Checked "py" @("-3", "-m", "venv", "build\venv-win") }
    else { Invoke-Checked $Python @("-m", "venv", "build\venv-win") }
}
Invoke-Checked $VenvPy @("-c", "import sys; sys.exit(sys.version_info < (3, 11))")
Invoke-Checked $VenvPy @("-m", "pip", "install", "-q", "--upgrade", "pip")
$Reqs = & $VenvPy -c @"
import tomllib
p = tomllib.load(open('pyproject.toml', 'rb'))['project']
print('\n'.join(p['dependencies'] + p['optional-dependencies']['build']))
"@
if ($LASTEXITCODE -ne 0) { throw "cannot read pyproject.toml" }
$Reqs = @($Reqs | Where-Object { $_ -ne "" })
Write-Host "== installing: $($Reqs -join ' ')"
Invoke-Checked $VenvPy (@("-m", "pip", "install", "-q") + $Reqs)

$Version = (& $VenvPy -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
$Numeric = ([regex]::Match($Version, '^\d+(\.\d+){0,3}')).Value
if (-not $Numeric) { $Numeric = "0.0.0" }

# ------------------------------------------------------------------ PyInstaller
Write-Host "== building wage-remedy $Version"
if (Test-Path "dist\wage-remedy") { Remove-Item -Recurse -Force "dist\wage-remedy" }
Invoke-Checked $VenvPy @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "installer\wage_remedy.spec")

# ------------------------------------------------------------------ smoke test (command line)
$Cli = Join-Path $Root "dist\wage-remedy\wage-remedy-cli.exe"
$Tmp = Join-Path ([System.IO.Path]::GetTempPath()) ("wage-remedy-smoke-" + [guid]::NewGuid().ToString("N"))
Copy-Item -Recurse "dist\wage-remedy" (Join-Path $Tmp "app")
$Cli = Join-Path $Tmp "app\wage-remedy-cli.exe"
Push-Location $Tmp
try {
    $env:QT_QPA_PLATFORM = "offscreen"
    $VersionText = (& $Cli --version) -join "`n"
    if ($LASTEXITCODE -ne 0) { throw "--version failed" }
    Write-Host $VersionText
    if ($VersionText -notmatch "wage-remedy $([regex]::Escape($Version))") { throw "--version does not show $Version" }
    if ($VersionText -notmatch "built \d{4}-\d\d-\d\d") { throw "--version shows no build date" }
    Invoke-Checked $Cli @("rates", "check")
    Invoke-Checked $Cli @("demo", "--out", (Join-Path $Tmp "out")) | Out-Null
    foreach ($f in @("demo-result.json", "demo-statement.txt")) {
        if (-not (Test-Path (Join-Path $Tmp "out\$f"))) { throw "demo did not write $f" }
    }
    Write-Host "smoke test passed"
} finally {
    Pop-Location
    Remove-Item Env:\QT_QPA_PLATFORM -ErrorAction SilentlyContinue
    Remove-Item -Recurse -Force $Tmp -ErrorAction SilentlyContinue
}

# ------------------------------------------------------------------ portable zip
$Zip = "dist\wage-remedy-$Version-windows-x64.zip"
if (Test-Path $Zip) { Remove-Item -Force $Zip }
Compress-Archive -Path "dist\wage-remedy" -DestinationPath $Zip

# ------------------------------------------------------------------ installer (Inno Setup 6)
if (-not $NoInstaller) {
    $Iscc = (Get-Command "ISCC.exe" -ErrorAction SilentlyContinue).Source
    if (-not $Iscc) {
        foreach ($dir in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs"))) {
            if ($dir -and (Test-Path (Join-Path $dir "Inno Setup 6\ISCC.exe"))) { $Iscc = Join-Path $dir "Inno Setup 6\ISCC.exe"; break }
        }
    }
    if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it, or pass -NoInstaller" }
    Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DNumericVersion=$Numeric",
        "/DSourceDir=$Root\dist\wage-remedy", "/O$Root\dist", "installer\wage_remedy.iss")
}

$Size = (Get-ChildItem -Recurse -File "dist\wage-remedy" | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("== done in {0:N0} s; dist\wage-remedy {1:N0} MB unpacked" -f ((Get-Date) - $Start).TotalSeconds, $Size)
Get-ChildItem "dist\wage-remedy-$Version-*" | ForEach-Object { Write-Host ("   {0}  {1:N1} MB" -f $_.Name, ($_.Length / 1MB)) }

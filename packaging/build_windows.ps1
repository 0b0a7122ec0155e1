<#
.SYNOPSIS
  Baut CeremonyKit für Windows: Programmordner (PyInstaller), Selbsttest, MSI (WiX 3) und
  Einrichtung für einen Benutzer (NSIS); signiert auf Wunsch.

.DESCRIPTION
  Schritte:
    1. virtuelle Umgebung .venv-windows aus packaging\requirements-windows.txt (feste Versionen)
    2. PyInstaller mit packaging\ceremonykit.spec -> dist\CeremonyKit
    3. ceremonykit-cli.exe --selftest und CeremonyKit.exe --selftest (Bericht selftest.txt)
    4. optional signieren (signtool): Zertifikatspeicher (-CertificateThumbprint, auch Hardware-
       Token) oder Signaturdienst (-SigningDlib/-SigningMetadata); nur für freigegebene Versionen
    5. MSI mit WiX 3 (candle/light), Dateiliste aus packaging\payload.py
    6. Einrichtung mit makensis
    7. Installer signieren, SHA-256-Prüfsummen schreiben
  Ergebnis in out\windows: CeremonyKit-<Version>.msi, CeremonyKit-<Version>-Setup.exe,
  CeremonyKit-<Version>-portable.zip, SHA256SUMS.txt, selftest-*.txt.
  Versionen: packaging\payload.py version. Ist CEREMONYKIT_BUILD_NUMBER gesetzt (CI-Lauf ohne
  Tag), heißt die Version z. B. 0.1.0+ci57 (MSI 0.1.0.50057) und ist von jeder anderen
  unterscheidbar.

.PARAMETER Python
  Python 3.11 (64 Bit), z. B. "py -3.11" oder ein Pfad. Standard: py -3.11.
.PARAMETER CertificateThumbprint
  Fingerabdruck (SHA-1) eines Code-Signing-Zertifikats im Windows-Zertifikatspeicher des
  Benutzers (Hardware-Token oder Smartcard eingeschlossen); signtool fragt die PIN selbst ab.
.PARAMETER MachineStore
  Das Zertifikat liegt im Speicher des Computers statt des Benutzers.
.PARAMETER SigningDlib
  Signaturdienst: die signtool-Erweiterung des Dienstes (z. B. Azure.CodeSigning.Dlib.dll).
  Zugangsdaten liest die Erweiterung selbst (Umgebung/Anmeldung), nie aus diesem Skript.
.PARAMETER SigningMetadata
  Signaturdienst: JSON-Datei mit Endpunkt, Konto und Zertifikatsprofil (keine Geheimnisse).
.PARAMETER TimestampUrl
  Zeitstempeldienst für die Signatur.
.PARAMETER SkipInstallers
  Nur Programmordner und Selbsttest.
.PARAMETER TestMsis
  Zusätzlich zwei MSI nur für die Installationsprüfung (packaging\ci\windows_install_checks.ps1)
  in packaging\build\test-msi: ein anderer Build derselben Version und die nächste Patch-Version.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
.EXAMPLE
  .\packaging\build_windows.ps1 -CertificateThumbprint 0123456789ABCDEF0123456789ABCDEF01234567
.EXAMPLE
  .\packaging\build_windows.ps1 -SigningDlib C:\tools\Azure.CodeSigning.Dlib.dll -SigningMetadata .\signing.json
#>
[CmdletBinding()]
param(
  [string]$Python = "py -3.11",
  [string]$CertificateThumbprint = "",
  [switch]$MachineStore,
  [string]$SigningDlib = "",
  [string]$SigningMetadata = "",
  [string]$TimestampUrl = "http://timestamp.digicert.com",
  [switch]$SkipInstallers,
  [switch]$TestMsis
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = Split-Path -Parent $PSScriptRoot
$Packaging = Join-Path $Root "packaging"
$Venv = Join-Path $Root ".venv-windows"
$Out = Join-Path $Root "out\windows"
$Dist = Join-Path $Root "packaging\dist"
$Work = Join-Path $Root "packaging\build"
$App = Join-Path $Dist "CeremonyKit"
$PyInstallerVersion = "6.22.3"
$HooksVersion = "2026.9"

function Step([string]$Text) { Write-Host "==> $Text" -ForegroundColor Cyan }

function Invoke-Checked {
  param([string]$Exe, [string[]]$Arguments)
  & $Exe @Arguments
  if ($LASTEXITCODE -ne 0) { throw "Fehlgeschlagen (Exit-Code $LASTEXITCODE): $Exe $($Arguments -join ' ')" }
}

function Find-Tool {
  param([string]$Name, [string[]]$Candidates)
  $cmd = Get-Command $Name -ErrorAction SilentlyContinue
  if ($cmd) { return $cmd.Source }
  foreach ($pattern in $Candidates) {
    $hit = Get-ChildItem -Path $pattern -ErrorAction SilentlyContinue | Sort-Object FullName -Descending | Select-Object -First 1
    if ($hit) { return $hit.FullName }
  }
  return $null
}

$Signing = [bool]$CertificateThumbprint -or [bool]$SigningDlib
if ($SigningDlib -and -not $SigningMetadata) { throw "-SigningDlib braucht -SigningMetadata (JSON des Signaturdienstes)." }
if ($CertificateThumbprint -and $SigningDlib) { throw "Entweder -CertificateThumbprint oder -SigningDlib, nicht beides." }

# Signs with signtool only. No password or key ever passes through this script: the certificate
# store (a token asks for its PIN itself) or the signing service's extension authenticates.
# The arguments printed on failure therefore hold nothing secret.
function Invoke-Sign {
  param([string]$File)
  if (-not $Signing) { return }
  $signtool = Find-Tool "signtool.exe" @("${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe")
  if (-not $signtool) { throw "Zum Signieren wird signtool.exe (Windows SDK) gebraucht." }
  $signArgs = @("sign", "/fd", "SHA256", "/tr", $TimestampUrl, "/td", "SHA256", "/d", "CeremonyKit")
  if ($CertificateThumbprint) {
    $signArgs += @("/sha1", ($CertificateThumbprint -replace "\s", ""), "/s", "My")
    if ($MachineStore) { $signArgs += "/sm" }
  } else {
    $signArgs += @("/dlib", $SigningDlib, "/dmdf", $SigningMetadata)
  }
  Invoke-Checked $signtool ($signArgs + @($File))
  Invoke-Checked $signtool @("verify", "/pa", "/q", $File)
}

# --- 1. virtual environment from the locked requirements --------------------------------------
Step "Virtuelle Umgebung $Venv"
# -Python is a path (which may contain spaces) or a launcher command such as "py -3.11"
if (Test-Path -LiteralPath $Python -PathType Leaf) { $pyParts = @($Python) } else { $pyParts = $Python -split " " }
if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) {
  $pyArgs = @()
  if ($pyParts.Length -gt 1) { $pyArgs = $pyParts[1..($pyParts.Length - 1)] }
  Invoke-Checked $pyParts[0] ($pyArgs + @("-m", "venv", $Venv))
}
$Py = Join-Path $Venv "Scripts\python.exe"
Invoke-Checked $Py @("-c", "import sys, struct; assert sys.version_info[:2] == (3, 11) and struct.calcsize('P') == 8, 'Python 3.11 (64 Bit) wird gebraucht'")
Invoke-Checked $Py @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Checked $Py @("-m", "pip", "install", "--quiet", "--no-deps", "-r", (Join-Path $Packaging "requirements-windows.txt"))
# the build tool itself (same versions as the Linux smoke build); its own dependencies resolve
Invoke-Checked $Py @("-m", "pip", "install", "--quiet", "pyinstaller==$PyInstallerVersion", "pyinstaller-hooks-contrib==$HooksVersion")
Invoke-Checked $Py @("-m", "pip", "check")

$Version = (& $Py (Join-Path $Packaging "payload.py") version).Trim()
$Numeric = (& $Py (Join-Path $Packaging "payload.py") version --numeric).Trim()
$UpgradeBelow = (& $Py (Join-Path $Packaging "payload.py") version --upgrade-below).Trim()
Step "CeremonyKit $Version (MSI-Version $Numeric)"
if (-not $Signing) { Write-Warning "Unsigniert: nur zum Testen (SmartScreen und Virenscanner warnen eher)." }

# --- 2. PyInstaller ------------------------------------------------------------------------------
Step "PyInstaller"
Invoke-Checked $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", $Dist, "--workpath", $Work, (Join-Path $Packaging "ceremonykit.spec"))

# --- 3. self-test of the frozen program ----------------------------------------------------------
New-Item -ItemType Directory -Force -Path $Out | Out-Null
foreach ($exe in @("ceremonykit-cli.exe", "CeremonyKit.exe")) {
  Step "Selbsttest $exe"
  $logDir = Join-Path $Work "selftest-$exe"
  Remove-Item -Recurse -Force $logDir -ErrorAction SilentlyContinue
  $env:CEREMONYKIT_LOG_DIR = $logDir
  $env:QT_QPA_PLATFORM = "offscreen"
  # CeremonyKit.exe is windowed (no console): wait for it and read the report file.
  $proc = Start-Process -FilePath (Join-Path $App $exe) -ArgumentList "--selftest" -Wait -PassThru -NoNewWindow
  $report = Join-Path $logDir "selftest.txt"
  if (Test-Path $report) {
    Get-Content -Encoding UTF8 $report | Write-Host
    Copy-Item $report (Join-Path $Out "selftest-$exe.txt")
  }
  Remove-Item Env:\CEREMONYKIT_LOG_DIR, Env:\QT_QPA_PLATFORM
  if ($proc.ExitCode -ne 0) { throw "Selbsttest von $exe fehlgeschlagen (Exit-Code $($proc.ExitCode))." }
}

Step "Programme signieren"
foreach ($exe in @("CeremonyKit.exe", "ceremonykit-cli.exe")) { Invoke-Sign (Join-Path $App $exe) }

$Zip = Join-Path $Out "CeremonyKit-$Version-portable.zip"
Remove-Item -Force $Zip -ErrorAction SilentlyContinue
Compress-Archive -Path $App -DestinationPath $Zip

if (-not $SkipInstallers) {
  # --- 5. MSI (WiX 3) ----------------------------------------------------------------------------
  Step "MSI (WiX)"
  $candle = Find-Tool "candle.exe" @("${env:WIX}bin\candle.exe", "${env:ProgramFiles(x86)}\WiX Toolset v3*\bin\candle.exe")
  $light = Find-Tool "light.exe" @("${env:WIX}bin\light.exe", "${env:ProgramFiles(x86)}\WiX Toolset v3*\bin\light.exe")
  if (-not $candle -or -not $light) { throw "WiX Toolset 3 fehlt (candle.exe/light.exe), z. B.: choco install wixtoolset" }
  $WixWork = Join-Path $Work "wix"
  New-Item -ItemType Directory -Force -Path $WixWork | Out-Null
  Copy-Item (Join-Path $Packaging "icons\ceremonykit.ico") $WixWork
  Invoke-Checked $Py @((Join-Path $Packaging "payload.py"), "wxs", $App, (Join-Path $WixWork "files.wxs"), "--base", $WixWork)
  function New-Msi([string]$NumericVersion, [string]$Below, [string]$Shown, [string]$Target) {
    Push-Location $WixWork
    try {
      Invoke-Checked $candle @("-nologo", "-arch", "x64", "-dVersion=$NumericVersion", "-dUpgradeBelow=$Below", "-dDisplayVersion=$Shown", "-dIconFile=ceremonykit.ico", "-out", "$WixWork\", (Join-Path $Packaging "wix\ceremonykit.wxs"), "files.wxs")
      Invoke-Checked $light @("-nologo", "-cultures:de-DE", "-out", $Target, "ceremonykit.wixobj", "files.wixobj")
    } finally { Pop-Location }
  }
  $Msi = Join-Path $Out "CeremonyKit-$Version.msi"
  New-Msi $Numeric $UpgradeBelow $Version $Msi
  if ($TestMsis) {
    # for the installer checks only (never shipped): another build of the same version and the
    # next patch release, both from this payload
    $TestDir = Join-Path $Work "test-msi"
    New-Item -ItemType Directory -Force -Path $TestDir | Out-Null
    $parts = $Numeric.Split(".")
    $rebuild = "$($parts[0]).$($parts[1]).$($parts[2]).$([int]$parts[3] + 1)"
    New-Msi $rebuild $UpgradeBelow "$Version-rebuild" (Join-Path $TestDir "same-version.msi")
    $nextNumeric = (& $Py (Join-Path $Packaging "payload.py") version --numeric --of $UpgradeBelow).Trim()
    $nextBelow = (& $Py (Join-Path $Packaging "payload.py") version --upgrade-below --of $UpgradeBelow).Trim()
    New-Msi $nextNumeric $nextBelow $UpgradeBelow (Join-Path $TestDir "next-patch.msi")
  }
  Invoke-Sign $Msi

  # --- 6. per-user setup (NSIS) --------------------------------------------------------------------
  Step "Einrichtung für einen Benutzer (NSIS)"
  $makensis = Find-Tool "makensis.exe" @("${env:ProgramFiles(x86)}\NSIS\makensis.exe", "$env:ProgramFiles\NSIS\makensis.exe")
  if (-not $makensis) { throw "NSIS fehlt (makensis.exe), z. B.: choco install nsis" }
  $Setup = Join-Path $Out "CeremonyKit-$Version-Setup.exe"
  Invoke-Checked $makensis @("/V2", "/DVERSION=$Version", "/DFILEVERSION=$Numeric", "/DPAYLOAD=$App", "/DOUTFILE=$Setup", "/DICON=$(Join-Path $Packaging 'icons\ceremonykit.ico')", (Join-Path $Packaging "nsis\ceremonykit.nsi"))
  Invoke-Sign $Setup
}

# --- 7. checksums --------------------------------------------------------------------------------
Step "Prüfsummen"
$sums = Get-ChildItem $Out -File | Where-Object { $_.Extension -in ".msi", ".exe", ".zip" } | ForEach-Object {
  "$((Get-FileHash -Algorithm SHA256 $_.FullName).Hash.ToLower())  $($_.Name)"
}
$sums | Set-Content -Encoding ASCII (Join-Path $Out "SHA256SUMS.txt")
$sums | Write-Host
Step "Fertig: $Out"

<#
.SYNOPSIS
  Prüft die gebauten Installationspakete auf einem Windows-Rechner (GitHub windows-latest):
  MSI als SYSTEM installieren, dieselbe Version erneut (anderer Build), nächste Version, per
  Benutzer-Einrichtung daneben (muss ablehnen), still deinstallieren; Einrichtung für einen
  Benutzer still installieren, laufendes Programm, Deinstallation lässt ein gespeichertes
  Projekt stehen; das eingefrorene CLI liest eine Excel-Datei (Kindprozess des Imports).

.DESCRIPTION
  Erwartet die Ausgabe von packaging\build_windows.ps1 -TestMsis (out\windows und
  packaging\build\test-msi). Braucht Administratorrechte (die GitHub-Runner haben sie).
  Bricht beim ersten Fehler mit einer Meldung ab.
#>
[CmdletBinding()]
param([string]$Python = "python")

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
$Out = Join-Path $Root "out\windows"
$TestDir = Join-Path $Root "packaging\build\test-msi"
$MachineDir = "C:\Program Files\CeremonyKit"
$MachineKey = "HKLM:\Software\Stadt Dortmund\CeremonyKit"
$UserDir = Join-Path $env:LOCALAPPDATA "Programs\CeremonyKit"
$Work = Join-Path $env:RUNNER_TEMP "ceremonykit-checks"
New-Item -ItemType Directory -Force -Path $Work | Out-Null

function Step([string]$Text) { Write-Host "==> $Text" -ForegroundColor Cyan }
function Fail([string]$Text) { throw "Installationsprüfung: $Text" }

function Invoke-AsSystem([string]$Exe, [string]$Arguments) {
  # a scheduled task is the one built-in way to run a program as SYSTEM (as SCCM/Intune do)
  $name = "CeremonyKitCheck-" + [guid]::NewGuid().ToString("N")
  $action = New-ScheduledTaskAction -Execute $Exe -Argument $Arguments
  Register-ScheduledTask -TaskName $name -Action $action -User "NT AUTHORITY\SYSTEM" -RunLevel Highest | Out-Null
  try {
    Start-ScheduledTask -TaskName $name
    $deadline = (Get-Date).AddMinutes(10)
    do {
      Start-Sleep -Seconds 2
      $state = (Get-ScheduledTask -TaskName $name).State
      $result = (Get-ScheduledTaskInfo -TaskName $name).LastTaskResult
    } while (($state -eq "Running" -or $result -eq 267011 -or $result -eq 267009) -and (Get-Date) -lt $deadline)
    return $result
  } finally {
    Unregister-ScheduledTask -TaskName $name -Confirm:$false
  }
}

function Install-MsiAsSystem([string]$Msi, [string]$Log) {
  $code = Invoke-AsSystem "msiexec.exe" "/i `"$Msi`" /qn /norestart /l*v `"$Log`""
  if ($code -ne 0) { Get-Content $Log -Tail 60 | Write-Host; Fail "MSI ${Msi}: Exit-Code $code" }
}

function Get-MachineEntries {
  $keys = @("HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*", "HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*")
  return @(Get-ItemProperty $keys -ErrorAction SilentlyContinue | Where-Object { $_.PSObject.Properties["DisplayName"] -and $_.DisplayName -eq "CeremonyKit" })
}

function Assert-OneMachineInstall([string]$Version) {
  $entries = Get-MachineEntries
  if ($entries.Count -ne 1) { Fail "$($entries.Count) CeremonyKit-Einträge in „Apps“ statt einem (nebeneinander installiert?)" }
  $entry = $entries[0]
  if ($entry.DisplayVersion -ne $Version) { Fail "installierte Version $($entry.DisplayVersion), erwartet $Version" }
  if ($entry.InstallLocation.TrimEnd("\") -ne $MachineDir) { Fail "InstallLocation fehlt oder falsch: '$($entry.InstallLocation)'" }
  $marker = Get-ItemProperty $MachineKey -ErrorAction SilentlyContinue
  if (-not $marker -or $marker.MachineInstallLocation.TrimEnd("\") -ne $MachineDir) { Fail "Maschinenmarke $MachineKey fehlt" }
  & (Join-Path $MachineDir "ceremonykit-cli.exe") --version
  if ($LASTEXITCODE -ne 0) { Fail "installiertes CLI startet nicht" }
}

function Invoke-Setup([string]$Exe, [string[]]$Arguments) {
  $p = Start-Process -FilePath $Exe -ArgumentList $Arguments -Wait -PassThru
  return $p.ExitCode
}

$Msi = Get-ChildItem (Join-Path $Out "*.msi") | Select-Object -First 1
$Setup = Get-ChildItem (Join-Path $Out "*-Setup.exe") | Select-Object -First 1
$Version = (& $Python (Join-Path $Root "packaging\payload.py") version --numeric).Trim()
$Next = (& $Python (Join-Path $Root "packaging\payload.py") version --numeric --of ((& $Python (Join-Path $Root "packaging\payload.py") version --upgrade-below).Trim())).Trim()

# --- frozen CLI imports a workbook (the reader runs in a spawned child process) -----------------
Step "Eingefrorenes CLI liest eine Excel-Datei (Kindprozess)"
$App = Join-Path $Root "packaging\dist\CeremonyKit"
$Workbook = Join-Path $Work "Gäste mit Leerzeichen.xlsx"
& $Python -c "import openpyxl, sys; wb = openpyxl.Workbook(); ws = wb.active; ws.append(['Vorname', 'Nachname', 'Organisation']); ws.append(['Lea', 'Kaya', 'Stadtsportbund']); ws.append(['Jonas', 'Becker', 'Feuerwehr']); wb.save(sys.argv[1])" $Workbook
if ($LASTEXITCODE -ne 0) { Fail "Testtabelle nicht angelegt" }
$Project = Join-Path $Work "Import Test.ceremony"
& (Join-Path $App "ceremonykit-cli.exe") new $Project
if ($LASTEXITCODE -ne 0) { Fail "Projekt nicht angelegt" }
$output = & (Join-Path $App "ceremonykit-cli.exe") import $Project --guests $Workbook | Out-String
Write-Host $output
if ($LASTEXITCODE -ne 0 -or $output -notmatch "2 neu") { Fail "Import im eingefrorenen Programm fehlgeschlagen" }

# --- MSI: install, same version again, next version, per-user setup beside it, uninstall -------
Step "MSI als SYSTEM installieren ($Version)"
Install-MsiAsSystem $Msi.FullName (Join-Path $Work "msi-1.log")
Assert-OneMachineInstall $Version

Step "Andere Version desselben Stands (gleiche Versionsnummer, anderer Build) ersetzt sie"
$rebuild = Join-Path $TestDir "same-version.msi"
Install-MsiAsSystem $rebuild (Join-Path $Work "msi-2.log")
$parts = $Version.Split(".")
Assert-OneMachineInstall "$($parts[0]).$($parts[1]).$($parts[2]).$([int]$parts[3] + 1)"

Step "Nächste Version ersetzt sie ($Next)"
Install-MsiAsSystem (Join-Path $TestDir "next-patch.msi") (Join-Path $Work "msi-3.log")
Assert-OneMachineInstall $Next

Step "Ältere Version wird abgelehnt"
$code = Invoke-AsSystem "msiexec.exe" "/i `"$($Msi.FullName)`" /qn /norestart /l*v `"$(Join-Path $Work 'msi-4.log')`""
if ($code -eq 0) { Fail "ältere MSI ließ sich über die neuere installieren" }
Assert-OneMachineInstall $Next

Step "Einrichtung für einen Benutzer lehnt ab, solange die MSI installiert ist"
$code = Invoke-Setup $Setup.FullName @("/S")
if ($code -ne 10) { Fail "Einrichtung neben der MSI: Exit-Code $code, erwartet 10" }
if (Test-Path (Join-Path $UserDir "CeremonyKit.exe")) { Fail "Einrichtung hat trotzdem Dateien kopiert" }

Step "MSI still deinstallieren"
$product = (Get-MachineEntries)[0].PSChildName
$code = Invoke-AsSystem "msiexec.exe" "/x $product /qn /norestart"
if ($code -ne 0) { Fail "MSI-Deinstallation: Exit-Code $code" }
if ((Get-MachineEntries).Count -ne 0) { Fail "Eintrag in „Apps“ nach der Deinstallation noch da" }
if (Test-Path $MachineKey) {
  if ((Get-ItemProperty $MachineKey).PSObject.Properties["MachineInstallLocation"]) { Fail "Maschinenmarke nach der Deinstallation noch da" }
}

# --- per-user setup: silent install, running program, uninstall keeps a saved project ----------
Step "Einrichtung für einen Benutzer still installieren"
$code = Invoke-Setup $Setup.FullName @("/S")
if ($code -ne 0) { Fail "Einrichtung: Exit-Code $code" }
$UserCli = Join-Path $UserDir "ceremonykit-cli.exe"
& $UserCli --version
if ($LASTEXITCODE -ne 0) { Fail "per Benutzer installiertes CLI startet nicht" }
$Saved = Join-Path $UserDir "Mein Projekt.ceremony"
& $UserCli new $Saved --demo
if ($LASTEXITCODE -ne 0) { Fail "Projekt im Programmordner nicht angelegt" }

Step "Deinstallation wartet, solange CeremonyKit läuft"
$env:QT_QPA_PLATFORM = "offscreen"
$running = Start-Process -FilePath (Join-Path $UserDir "CeremonyKit.exe") -PassThru
Start-Sleep -Seconds 5
$code = Invoke-Setup (Join-Path $UserDir "Deinstallieren.exe") @("/S", "_?=$UserDir")
Stop-Process -Id $running.Id -Force
Remove-Item Env:\QT_QPA_PLATFORM
if ($code -ne 11) { Fail "Deinstallation bei laufendem Programm: Exit-Code $code, erwartet 11" }
Start-Sleep -Seconds 2

Step "Deinstallation lässt das gespeicherte Projekt stehen"
$code = Invoke-Setup (Join-Path $UserDir "Deinstallieren.exe") @("/S", "_?=$UserDir")
if ($code -ne 0) { Fail "Deinstallation: Exit-Code $code" }
if (-not (Test-Path -LiteralPath $Saved)) { Fail "Deinstallation hat das gespeicherte Projekt gelöscht" }
foreach ($gone in @("CeremonyKit.exe", "ceremonykit-cli.exe", "_internal")) {
  if (Test-Path (Join-Path $UserDir $gone)) { Fail "$gone nach der Deinstallation noch da" }
}
if ((Get-ItemProperty "HKCU:\Software\Classes\.ceremony" -ErrorAction SilentlyContinue)) { Fail "Dateizuordnung nach der Deinstallation noch da" }
Step "Alle Installationsprüfungen bestanden"

# Shared set-up for script/run.ps1 and script/test.ps1 (Windows developers).
# Dot-sourced; sets $VenvPy to the virtual environment's python.
# Runs in Windows PowerShell 5.1 and PowerShell 7: native commands are checked by $LASTEXITCODE,
# never by redirecting their error output while ErrorActionPreference is Stop (in 5.1 any line a
# program writes to stderr then becomes a terminating error); every path is quoted (spaces).
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
$Venv = Join-Path $Root ".venv"

function Test-Python([string]$Exe, [string[]]$PyArgs) {
    # True if the interpreter runs and is Python 3.11 or newer. Its stderr goes to the
    # console unchanged: "py -3.13" without Python 3.13 complains there and that is harmless.
    $saved = $ErrorActionPreference
    $ErrorActionPreference = "Continue"
    try {
        & $Exe @PyArgs -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)" | Out-Null
        return ($LASTEXITCODE -eq 0)
    } catch {
        return $false
    } finally {
        $ErrorActionPreference = $saved
    }
}

function Find-Python {
    # CEREMONYKIT_PYTHON names one interpreter (a path may contain spaces), e.g. in CI
    if ($env:CEREMONYKIT_PYTHON) {
        if (Test-Python $env:CEREMONYKIT_PYTHON @()) { return ,@($env:CEREMONYKIT_PYTHON) }
        throw "CEREMONYKIT_PYTHON=$($env:CEREMONYKIT_PYTHON) ist kein Python 3.11 oder neuer."
    }
    foreach ($cand in @("py -3.13", "py -3.12", "py -3.11", "python")) {
        $parts = $cand.Split(" ")
        $exe = $parts[0]
        $pyArgs = @($parts | Select-Object -Skip 1)
        if ((Get-Command $exe -ErrorAction SilentlyContinue) -and (Test-Python $exe $pyArgs)) {
            return ,(@($exe) + $pyArgs)
        }
    }
    throw "CeremonyKit braucht Python 3.11 oder neuer; keins gefunden (https://www.python.org/downloads/windows/)."
}

function Ensure-Venv([string]$Extras) {
    $py = Join-Path $Venv "Scripts\python.exe"
    $stamp = Join-Path $Venv ".ceremonykit-stamp"
    $lock = Join-Path $Root "packaging\requirements-windows.txt"
    $hash = (Get-FileHash (Join-Path $Root "pyproject.toml") -Algorithm SHA256).Hash.Substring(0, 16)
    if (Test-Path $lock) { $hash += (Get-FileHash $lock -Algorithm SHA256).Hash.Substring(0, 8) }
    $want = "$hash-$Extras"
    if (-not (Test-Path $py)) {
        $cmd = Find-Python
        Write-Host "==> Lege virtuelle Umgebung an: $Venv"
        & $cmd[0] @($cmd | Select-Object -Skip 1) -m venv "$Venv"
        if ($LASTEXITCODE -ne 0) { throw "Virtuelle Umgebung konnte nicht angelegt werden." }
    }
    if (-not (Test-Path $stamp) -or (Get-Content $stamp) -ne $want) {
        Write-Host "==> Installiere CeremonyKit und Abhängigkeiten in .venv"
        & $py -m pip install -q --upgrade pip | Out-Null
        if ($LASTEXITCODE -ne 0) { throw "pip konnte nicht aktualisiert werden." }
        $constraint = @()
        if (Test-Path $lock) { $constraint = @("-c", $lock) }  # versions the Windows build ships
        & $py -m pip install -q -e "$Root[$Extras]" @constraint
        if ($LASTEXITCODE -ne 0) { throw "Installation fehlgeschlagen." }
        Set-Content -Path $stamp -Value $want
    }
    $script:VenvPy = $py
}

# Windows twin of script/test: ruff, mypy and pytest; fails if any fails.
param([switch]$Packaging, [Parameter(ValueFromRemainingArguments = $true)][string[]]$PytestArgs)
. (Join-Path $PSScriptRoot "_setup.ps1")
if ($Packaging) { Ensure-Venv "dev,packaging" } else { Ensure-Venv "dev" }
Set-Location $Root
$env:QT_QPA_PLATFORM = "offscreen"
Write-Host "==> ruff"
& $VenvPy -m ruff check src tests bench packaging; if ($LASTEXITCODE -ne 0) { exit 1 }
& $VenvPy -m ruff format --check src tests bench packaging; if ($LASTEXITCODE -ne 0) { exit 1 }
Write-Host "==> mypy"
& $VenvPy -m mypy; if ($LASTEXITCODE -ne 0) { exit 1 }
Write-Host "==> pytest"
# Windows PowerShell 5.1 drops an empty argument ("-m """ would swallow the next one): the
# marker expression is passed only when there is one.
$markArgs = @()
if (-not $Packaging) { $markArgs = @("-m", "not packaging") }
if ($null -eq $PytestArgs) { $PytestArgs = @() }
& $VenvPy -m pytest -n auto @markArgs @PytestArgs
exit $LASTEXITCODE

# Windows twin of script/run: set up, create the demo, check it, build everything, open the GUI.
. (Join-Path $PSScriptRoot "_setup.ps1")
Ensure-Venv "dev"
Set-Location $Root
$Demo = Join-Path $Root "demo.ceremony"
$Out = Join-Path $Root "demo-out"
if (-not (Test-Path $Demo)) { & $VenvPy -m ceremonykit new "$Demo" --demo; if ($LASTEXITCODE -ne 0) { exit 1 } }
& $VenvPy -m ceremonykit check "$Demo"
& $VenvPy -m ceremonykit build "$Demo" --out "$Out"
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
if (-not $env:CI) { & $VenvPy -m ceremonykit gui "$Demo" }

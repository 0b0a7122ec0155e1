#!/usr/bin/env bash
# Shared set-up for script/run and script/test: system libraries, the .venv, the project.
# Sourced, not run. Sets VENV_PY to the virtual environment's python.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# Debian packages, each with a command or library that proves it is there.
# name|probe  (probe: "cmd:NAME" or "lib:SONAME")
SYSTEM_PACKAGES=(
  "libegl1|lib:libEGL.so.1"
  "libgl1|lib:libGL.so.1"
  "libxkbcommon0|lib:libxkbcommon.so.0"
  "libxkbcommon-x11-0|lib:libxkbcommon-x11.so.0"
  "libfontconfig1|lib:libfontconfig.so.1"
  "libdbus-1-3|lib:libdbus-1.so.3"
  "poppler-utils|cmd:pdftoppm"
  "fonts-dejavu-core|file:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
  "libimage-exiftool-perl|cmd:exiftool"
)
# The real-client tests (LibreOffice converts our DOCX/XLSX) need these; optional outside CI.
OFFICE_PACKAGES=("libreoffice-writer-nogui|cmd:soffice" "libreoffice-calc-nogui|file:/usr/lib/libreoffice/program/libsclo.so")
# Metric twins of Arial, Calibri and Cambria: LibreOffice lays our DOCX out as Word does, so the
# real-client tests give the same result on every machine (tests/office_convert.py checks them).
OFFICE_PACKAGES+=(
  "fonts-liberation2|file:/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
  "fonts-crosextra-carlito|file:/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf"
  "fonts-crosextra-caladea|file:/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf"
)
# The accessibility test runs axe-core (npm) in headless Chromium on the newsroom preview; it is
# installed when we are root and skipped with its reason otherwise, never a reason to stop.
A11Y_PACKAGES=("chromium|cmd:chromium" "npm|cmd:npm")
AXE_PACKAGE="axe-core@4"
# The frozen-build smoke test (script/test --packaging) compiles the Windows installers with these.
PACKAGING_PACKAGES=("wixl|cmd:wixl" "msitools|cmd:msiinfo" "nsis|cmd:makensis")

_have() {
  local probe="$1"
  case "$probe" in
    cmd:*) command -v "${probe#cmd:}" >/dev/null 2>&1 ;;
    lib:*) ldconfig -p 2>/dev/null | grep -q "${probe#lib:}" ;;
    file:*) [ -e "${probe#file:}" ] ;;
  esac
}

ensure_system_packages() {
  local want_office="${1:-no}" want_packaging="${2:-no}" missing=() entry
  local entries=("${SYSTEM_PACKAGES[@]}")
  if [ "$want_office" = "yes" ]; then entries+=("${OFFICE_PACKAGES[@]}"); fi
  if [ "$want_packaging" = "yes" ]; then entries+=("${PACKAGING_PACKAGES[@]}"); fi
  [ "$(uname -s)" = "Linux" ] || return 0
  for entry in "${entries[@]}"; do
    _have "${entry#*|}" || missing+=("${entry%%|*}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> Installiere Systempakete: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Es fehlen Systempakete: ${missing[*]}" >&2
    echo "Bitte installieren, z. B.: sudo apt-get install ${missing[*]}" >&2
    return 1
  fi
}

ensure_accessibility_checker() {
  [ "$(uname -s)" = "Linux" ] || return 0
  local missing=() entry
  for entry in "${A11Y_PACKAGES[@]}"; do
    _have "${entry#*|}" || missing+=("${entry%%|*}")
  done
  local root_ok=no
  [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1 && root_ok=yes
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$root_ok" = yes ]; then
      echo "==> Installiere für die Barrierefreiheitsprüfung: ${missing[*]}"
      apt-get update -qq >/dev/null || true
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null || echo "Hinweis: ${missing[*]} nicht installierbar." >&2
    else
      echo "Hinweis: ohne ${missing[*]} wird die axe-core-Prüfung übersprungen." >&2
      return 0
    fi
  fi
  command -v npm >/dev/null 2>&1 || return 0
  [ -f "$(npm root -g)/axe-core/axe.min.js" ] && return 0
  if [ "$root_ok" = yes ]; then
    echo "==> Installiere $AXE_PACKAGE (npm, global)"
    npm install -g --silent --no-audit --no-fund "$AXE_PACKAGE" >/dev/null ||
      echo "Hinweis: $AXE_PACKAGE nicht installierbar; die axe-core-Prüfung wird übersprungen." >&2
  else
    echo "Hinweis: ohne $AXE_PACKAGE (npm install -g) wird die axe-core-Prüfung übersprungen." >&2
  fi
}

find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "CeremonyKit braucht Python 3.11 oder neuer; keins gefunden." >&2
  return 1
}

ensure_venv() {
  local extras="$1" stamp="$VENV/.ceremonykit-stamp" want
  local lock="$ROOT/packaging/requirements-windows.txt" constraint=()
  # the runtime libraries at the versions the Windows build ships (tested together)
  [ -f "$lock" ] && constraint=(-c "$lock")
  want="$(cat "$ROOT/pyproject.toml" "${constraint[@]:1}" | sha256sum | cut -c1-16)-$extras"
  if [ ! -x "$VENV/bin/python" ]; then
    local py; py="$(find_python)"
    echo "==> Lege virtuelle Umgebung an: $VENV"
    "$py" -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "==> Installiere CeremonyKit und Abhängigkeiten in .venv"
    local log="$VENV/pip-install.log"
    if ! { "$VENV/bin/python" -m pip install -q --upgrade pip &&
           "$VENV/bin/python" -m pip install -q -e "$ROOT[$extras]" "${constraint[@]}"; } >"$log" 2>&1; then
      cat "$log" >&2
      echo "Installation der Abhängigkeiten fehlgeschlagen (Protokoll: $log)." >&2
      return 1
    fi
    echo "$want" > "$stamp"
  fi
  # pip compiles the libraries' bytecode, but not our editable source; without it every run
  # compiles ~270 modules again when PYTHONDONTWRITEBYTECODE is set (0.1 s per process)
  "$VENV/bin/python" -m compileall -q "$ROOT/src" >/dev/null 2>&1 || true
  VENV_PY="$VENV/bin/python"
}

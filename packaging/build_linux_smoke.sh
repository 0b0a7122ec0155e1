#!/usr/bin/env bash
# Linux smoke build of the Windows delivery (same spec, WiX and NSIS sources, lock file):
#   packaging/build_linux_smoke.sh [OUT] [STEP ...]   steps: frozen selftest msi nsis wheels
# Needs the packaging extra (PyInstaller) in .venv and the Debian packages wixl, msitools, nsis.
# The test suite runs the same steps: script/test --packaging (tests/packaging/test_frozen_build.py).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${VENV_PY:-$ROOT/.venv/bin/python}"
OUT="${1:-$ROOT/out/linux-smoke}"
shift || true
export QT_QPA_PLATFORM=offscreen
exec "$PY" "$ROOT/packaging/smoke.py" "$OUT" "$@"

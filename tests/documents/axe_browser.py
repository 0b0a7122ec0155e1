"""axe-core (the WCAG rules engine browsers' accessibility tools use) in headless Chromium.

A copy of the page gets axe and a small runner inlined; Chromium loads it from disk, axe
checks the rendered page (colours, landmarks, alt texts, headings, language …) and the
runner writes the violations into the DOM, which ``--dump-dom`` prints. No browser driver
is needed. ``script/_setup.sh`` installs Debian's ``chromium`` and ``npm install -g
axe-core`` when run as root; elsewhere :func:`axe_unavailable` says what is missing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
_RUNNER = """
window.addEventListener('load', function () {
  axe.run(document, {runOnly: {type: 'tag', values: %(tags)s}, resultTypes: ['violations']})
    .then(function (r) {
      var out = document.createElement('script');
      out.type = 'application/json'; out.id = 'axe-result';
      out.textContent = JSON.stringify({
        engine: r.testEngine.version, passes: r.passes.length,
        violations: r.violations.map(function (v) {
          return {id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.map(function (n) { return n.target.join(' '); })};
        })});
      document.body.appendChild(out);
    }, function (e) { document.body.setAttribute('data-axe-error', String(e)); });
});
"""
_RESULT = re.compile(r'<script type="application/json" id="axe-result">(.*?)</script>', re.S)


@cache
def chromium() -> str | None:
    for name in (os.environ.get("CEREMONYKIT_CHROMIUM", ""), "chromium", "chromium-browser"):
        if name and (found := shutil.which(name)):
            return found
    return None


@cache
def axe_script() -> Path | None:
    """axe.min.js: $CEREMONYKIT_AXE_JS, else the global npm folder (``npm install -g``)."""
    candidates = [os.environ.get("CEREMONYKIT_AXE_JS", "")]
    npm = shutil.which("npm")
    if npm:
        root = subprocess.run([npm, "root", "-g"], capture_output=True, text=True, timeout=60)
        candidates.append(str(Path(root.stdout.strip()) / "axe-core/axe.min.js"))
    candidates += ["/usr/lib/node_modules/axe-core/axe.min.js"]
    candidates += ["/usr/local/lib/node_modules/axe-core/axe.min.js"]
    return next((Path(c) for c in candidates if c and Path(c).is_file()), None)


def axe_unavailable() -> str:
    """Why axe cannot run here ('' when it can), naming what to install."""
    missing = []
    if chromium() is None:
        missing.append("Chromium (Debian: apt-get install chromium)")
    if axe_script() is None:
        missing.append("axe-core (npm install -g axe-core@4)")
    if not missing:
        return ""
    return (
        "axe-core-Prüfung übersprungen, es fehlt: " + ", ".join(missing) + ". "
        "script/test installiert beides, wenn es als root läuft."
    )


def run_axe(page: Path, tags: list[str] = WCAG_21_AA) -> dict[str, Any]:
    """axe's verdict on ``page`` (files it links to are read beside it)."""
    browser, axe = chromium(), axe_script()
    assert browser and axe, axe_unavailable()
    html = page.read_text(encoding="utf-8")
    inject = f"<script>{axe.read_text(encoding='utf-8')}</script>"
    inject += f"<script>{_RUNNER % {'tags': json.dumps(tags)}}</script>"
    assert "</head>" in html
    probe = page.with_name(f".axe-{page.name}")
    probe.write_text(html.replace("</head>", inject + "</head>", 1), encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="ck-chromium-") as profile:
        args = [browser, "--headless", "--no-sandbox", "--disable-gpu"]
        args += ["--no-first-run", f"--user-data-dir={profile}"]
        args += ["--virtual-time-budget=30000", "--dump-dom", probe.as_uri()]
        done = subprocess.run(args, capture_output=True, text=True, timeout=180)
    probe.unlink()
    found = _RESULT.search(done.stdout)
    assert found, f"axe lieferte kein Ergebnis: {done.stdout[-800:]} {done.stderr[-800:]}"
    result: dict[str, Any] = json.loads(found.group(1))
    return result

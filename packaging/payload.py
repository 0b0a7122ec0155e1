"""Build helpers shared by the spec, build_windows.ps1 and the Linux smoke build.

* ``version``: the version of this build (PEP 440; ``+ciN`` for untagged CI builds), its
  four-field numeric form for MSI/NSIS/Windows resources and the MSI upgrade bound.
* ``version-info``: the Windows version resource, rendered from ``version_info.txt.in``.
* ``wxs``: a WiX fragment listing every file of the frozen app folder (``wixl`` has no ``heat``),
  with component GUIDs derived from the file path so that upgrades keep their components.

Usage: ``python packaging/payload.py version [--numeric | --upgrade-below] [--of VERSION]``,
``python packaging/payload.py version-info NAME DESCRIPTION OUT``,
``python packaging/payload.py wxs PAYLOAD_DIR OUT.wxs [--base DIR]``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

from packaging.version import InvalidVersion, Version

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
INIT = REPO / "src" / "ceremonykit" / "__init__.py"
GUID_NAMESPACE = uuid.UUID(
    "6f1c8e0a-3d4b-5e2f-9a7c-ce2e30c1a001"
)  # CeremonyKit files, never change
COMPONENT_GROUP = "AppFiles"
ROOT_DIRECTORY = "INSTALLFOLDER"
BUILD_ENV = "CEREMONYKIT_BUILD_NUMBER"  # CI run number; unset for tagged releases and locally


def package_version() -> str:
    match = re.search(r'^__version__ = "([^"]+)"', INIT.read_text(encoding="utf-8"), re.M)
    if not match:
        raise SystemExit(f"__version__ fehlt in {INIT}")
    return match.group(1)


def ci_build_number() -> int | None:
    """The CI run number of an untagged build (``CEREMONYKIT_BUILD_NUMBER``), else None."""
    raw = os.environ.get(BUILD_ENV, "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise SystemExit(f"{BUILD_ENV}={raw!r} ist keine Zahl")
    return int(raw)


def build_version(version: str | None = None, build: int | None = None) -> str:
    """The version this build shows: the package version, plus ``+ciN`` for a CI build.

    A tagged release carries exactly the package version; every other CI build is marked with
    its run number, so that two test builds of "0.1.0" can be told apart in "Apps"."""
    base = version or package_version()
    build = ci_build_number() if build is None else build
    return base if build is None else f"{base}+ci{build}"


def numeric_version(
    version: str | None = None, build: int | None = None
) -> tuple[int, int, int, int]:
    """MAJOR.MINOR.PATCH.BUILD for MSI, NSIS and the Windows version resource.

    Windows Installer compares only the first three fields; the fourth keeps builds apart and
    in PEP 440 order: ``devN`` → N, ``aN`` → 10000+N, ``bN`` → 20000+N, ``rcN`` → 30000+N, the
    release → 40000, ``postN`` → 40000+N, and a CI build (run number N) → 50000 + N mod 15000.
    So 1.2.0rc1 is 1.2.0.30001, never the same as the release 1.2.0.40000.
    """
    text = version or package_version()
    try:
        parsed = Version(text)
    except InvalidVersion:
        raise SystemExit(f"Version nicht lesbar: {text!r}") from None
    major, minor, patch = (*parsed.release, 0, 0)[:3]
    if major > 255 or minor > 255 or patch > 65534:
        raise SystemExit(f"Version {text} passt nicht in eine MSI-Version (255.255.65534)")
    build = ci_build_number() if build is None else build
    if build is not None:
        fourth = 50000 + build % 15000
    elif parsed.dev is not None:
        fourth = min(parsed.dev, 9999)
    elif parsed.pre is not None:
        stage, number = parsed.pre
        fourth = {"a": 10000, "b": 20000, "rc": 30000}[stage] + min(number, 9999)
    else:
        fourth = 40000 + min(parsed.post or 0, 9999)
    return major, minor, patch, fourth


def upgrade_below(version: str | None = None) -> str:
    """The MSI Upgrade table's exclusive upper bound: the next patch release.

    Every installed build of the same MAJOR.MINOR.PATCH (another CI build, a release candidate,
    a reinstall of the same MSI) is found and removed – what WiX's ``AllowSameVersionUpgrades``
    does, written out because wixl ignores that attribute and ``IncludeMaximum``."""
    major, minor, patch, _ = numeric_version(version, build=0)
    return f"{major}.{minor}.{patch + 1}"


def version_info(name: str, description: str) -> str:
    """The PyInstaller version-resource text for one executable."""
    major, minor, patch, build = numeric_version()
    text = (HERE / "version_info.txt.in").read_text(encoding="utf-8")
    values = {
        "MAJOR": str(major),
        "MINOR": str(minor),
        "PATCH": str(patch),
        "BUILD": str(build),
        "VERSION": build_version(),
        "NAME": name,
        "DESCRIPTION": description,
    }
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


def _ident(prefix: str, relative: str) -> str:
    """A valid, stable MSI identifier (max 72 chars) for a path inside the payload."""
    digest = hashlib.sha1(relative.encode("utf-8")).hexdigest()[:16]
    stem = re.sub(r"[^A-Za-z0-9_.]", "_", relative.rsplit("/", 1)[-1])[:40]
    return f"{prefix}_{stem}_{digest}"


def wxs_fragment(payload: Path, base: Path) -> str:
    """A WiX v3 fragment: the payload's directory tree below INSTALLFOLDER and one component per
    file, all in the ComponentGroup ``AppFiles``. File sources are relative to ``base`` – run
    ``wixl``/``candle`` there (``wixl`` refuses absolute source paths)."""
    if not payload.is_dir():
        raise SystemExit(f"Programmordner fehlt: {payload}")
    files = sorted(p for p in payload.rglob("*") if p.is_file())
    if not files:
        raise SystemExit(f"Programmordner ist leer: {payload}")
    lines = ['<?xml version="1.0" encoding="utf-8"?>']
    lines.append('<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">')
    lines.append("  <Fragment>")
    components: list[str] = []

    def emit_dir(directory: Path, dir_id: str, indent: str) -> None:
        for path in sorted(directory.iterdir()):
            relative = path.relative_to(payload).as_posix()
            if path.is_dir():
                sub_id = _ident("dir", relative)
                lines.append(
                    f"{indent}<Directory Id={quoteattr(sub_id)} Name={quoteattr(path.name)}>"
                )
                emit_dir(path, sub_id, indent + "  ")
                lines.append(f"{indent}</Directory>")
            elif path.is_file():
                comp_id = _ident("cmp", relative)
                guid = str(uuid.uuid5(GUID_NAMESPACE, relative.lower())).upper()
                components.append(comp_id)
                lines.append(
                    f'{indent}<Component Id={quoteattr(comp_id)} Guid={quoteattr(guid)} Win64="yes">'
                )
                lines.append(
                    f"{indent}  <File Id={quoteattr(_ident('fil', relative))} "
                    f'Source={quoteattr(os.path.relpath(path, base))} KeyPath="yes" />'
                )
                lines.append(f"{indent}</Component>")

    lines.append(f'    <DirectoryRef Id="{ROOT_DIRECTORY}">')
    emit_dir(payload, ROOT_DIRECTORY, "      ")
    lines.append("    </DirectoryRef>")
    lines.append("  </Fragment>")
    lines.append("  <Fragment>")
    lines.append(f'    <ComponentGroup Id="{COMPONENT_GROUP}">')
    lines += [f'      <ComponentRef Id="{c}" />' for c in components]
    lines.append("    </ComponentGroup>")
    lines.append("  </Fragment>")
    lines.append("</Wix>")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="payload.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser("version")
    form = v.add_mutually_exclusive_group()
    form.add_argument("--numeric", action="store_true", help="MAJOR.MINOR.PATCH.BUILD (MSI/NSIS)")
    form.add_argument("--upgrade-below", action="store_true", help="MSI-Upgrade-Obergrenze")
    v.add_argument("--of", metavar="VERSION", help="statt der Paketversion (Test-MSI)")
    vi = sub.add_parser("version-info")
    vi.add_argument("name")
    vi.add_argument("description")
    vi.add_argument("out", type=Path)
    w = sub.add_parser("wxs")
    w.add_argument("payload", type=Path)
    w.add_argument("out", type=Path)
    w.add_argument("--base", type=Path, default=Path.cwd(), help="Ordner, in dem wixl/candle läuft")
    args = parser.parse_args(argv)
    if args.command == "version":
        if args.numeric:
            print(".".join(map(str, numeric_version(args.of))))
        else:
            print(upgrade_below(args.of) if args.upgrade_below else build_version(args.of))
    elif args.command == "version-info":
        args.out.write_text(version_info(args.name, args.description), encoding="utf-8")
    else:
        args.out.write_text(
            wxs_fragment(args.payload.resolve(), args.base.resolve()), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

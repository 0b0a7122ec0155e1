"""Build helpers shared by the spec, build_windows.ps1 and the Linux smoke build.

* ``version``: the package version (PEP 440) and its numeric form for MSI/NSIS/Windows resources.
* ``version-info``: the Windows version resource, rendered from ``version_info.txt.in``.
* ``wxs``: a WiX fragment listing every file of the frozen app folder (``wixl`` has no ``heat``),
  with component GUIDs derived from the file path so that upgrades keep their components.

Usage: ``python packaging/payload.py version [--numeric]``,
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

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
INIT = REPO / "src" / "ceremonykit" / "__init__.py"
GUID_NAMESPACE = uuid.UUID(
    "6f1c8e0a-3d4b-5e2f-9a7c-ce2e30c1a001"
)  # CeremonyKit files, never change
COMPONENT_GROUP = "AppFiles"
ROOT_DIRECTORY = "INSTALLFOLDER"


def package_version() -> str:
    match = re.search(r'^__version__ = "([^"]+)"', INIT.read_text(encoding="utf-8"), re.M)
    if not match:
        raise SystemExit(f"__version__ fehlt in {INIT}")
    return match.group(1)


def numeric_version(version: str | None = None) -> tuple[int, int, int]:
    """MAJOR.MINOR.PATCH of a PEP 440 version ("1.2.0rc1" -> (1, 2, 0)); MSI compares only these."""
    release = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?", version or package_version())
    if not release:
        raise SystemExit(f"Version nicht lesbar: {version!r}")
    major, minor, patch = (int(part or 0) for part in release.groups())
    if major > 255 or minor > 255 or patch > 65535:
        raise SystemExit(f"Version {version} passt nicht in eine MSI-Version (255.255.65535)")
    return major, minor, patch


def version_info(name: str, description: str) -> str:
    """The PyInstaller version-resource text for one executable."""
    major, minor, patch = numeric_version()
    text = (HERE / "version_info.txt.in").read_text(encoding="utf-8")
    values = {
        "MAJOR": str(major),
        "MINOR": str(minor),
        "PATCH": str(patch),
        "BUILD": "0",
        "VERSION": package_version(),
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
    v.add_argument("--numeric", action="store_true", help="MAJOR.MINOR.PATCH für MSI/NSIS")
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
        print(".".join(map(str, numeric_version())) if args.numeric else package_version())
    elif args.command == "version-info":
        args.out.write_text(version_info(args.name, args.description), encoding="utf-8")
    else:
        args.out.write_text(
            wxs_fragment(args.payload.resolve(), args.base.resolve()), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

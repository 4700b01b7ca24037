"""Compile a Qt Linguist .ts file into the .qm the application loads.

Usage: ``build_translations.py SOURCE.ts TARGET.qm`` (run by ``make``);
``build_translations.py --all`` to compile every .ts into the package (where there is
no ``make``: Windows, macOS); or ``build_translations.py --update`` to refresh every
.ts from the sources with ``pyside6-lupdate`` (run by hand after changing visible
strings). Building a wheel compiles them too (setup.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
UI_DIR = ROOT / "src" / "vpi_groups" / "ui"


def _tool(name: str) -> str:
    """Return the path of a PySide6 tool: beside this interpreter, on PATH, or in PySide6.

    The last place serves a wheel built in an isolated environment, where PySide6 is
    installed as a build requirement but its ``pyside6-*`` scripts may not be on PATH.
    """
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        found = _inside_pyside6(name.removeprefix("pyside6-"))
    if found is None:
        raise SystemExit(f"{name} not found: install the project first (make setup)")
    return found


def _inside_pyside6(binary: str) -> str | None:
    """The path of a Qt tool shipped inside the PySide6 package (``lrelease``), if any."""
    try:
        import PySide6
    except ImportError:
        return None
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / binary, folder / f"{binary}.exe"):
        if candidate.exists():
            return str(candidate)
    return None


def update() -> None:
    """Refresh every .ts file from the UI sources.

    New strings come in unfinished. The source strings are English, so the English
    catalogue is completed with them; French translations are written by hand.
    """
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
        )
    english = TS_DIR / "vpi_groups_en.ts"
    tree = ElementTree.parse(english)
    for msg in tree.iter("message"):
        translation = msg.find("translation")
        source = msg.find("source")
        if translation is not None and translation.get("type") == "unfinished":
            translation.text = source.text if source is not None else ""
            del translation.attrib["type"]
    tree.write(english, encoding="utf-8", xml_declaration=True)


def release(ts: Path, qm: Path) -> None:
    """Compile one .ts file into a .qm file."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        update()
    elif sys.argv[1:] == ["--all"]:
        for source in sorted(TS_DIR.glob("*.ts")):
            release(source, UI_DIR / "i18n" / f"{source.stem}.qm")
    elif len(sys.argv) == 3:
        release(Path(sys.argv[1]), Path(sys.argv[2]))
    else:
        raise SystemExit(__doc__)

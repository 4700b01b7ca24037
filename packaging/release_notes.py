"""Make the AppStream ``<releases>`` block from CHANGELOG.md, the one source of release notes.

Usage: ``.venv/bin/python packaging/release_notes.py`` rewrites the block in
``packaging/linux/fr.vpigroups.VPIGroups.metainfo.xml``; with ``--check`` it only
says whether the file is up to date (exit code 1 when not). A test checks it too.

CHANGELOG.md holds, for each version, a ``## VERSION — YYYY-MM-DD`` heading, then a
``### Français`` and a ``### English`` list of ``- `` items. The English items are
AppStream's untranslated text, the French ones the ``xml:lang="fr"`` translation.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = ROOT / "CHANGELOG.md"
METAINFO = ROOT / "packaging" / "linux" / "fr.vpigroups.VPIGroups.metainfo.xml"

_VERSION = re.compile(r"^## (?P<version>\d+(?:\.\d+)*\S*) — (?P<date>\d{4}-\d{2}-\d{2})\s*$")
_LANGUAGE = {"### Français": "fr", "### English": "en"}
# At the start of a line, so that the file's comment naming the element is left alone.
_BLOCK = re.compile(r"^(?P<indent>[ \t]*)<releases>.*?</releases>", re.DOTALL | re.MULTILINE)
_STEP = "  "  # one level of indentation in the metainfo file


@dataclass(frozen=True)
class Release:
    """One version's notes: its number, date, and the items in each language."""

    version: str
    date: str
    items: dict[str, tuple[str, ...]]


def parse(text: str) -> list[Release]:
    """The releases of a changelog's text, newest first as written."""
    sections: list[tuple[str, str, dict[str, list[str]]]] = []  # version, date, items
    language: str | None = None
    for line in text.splitlines():
        heading = _VERSION.match(line)
        if heading:
            sections.append((heading["version"], heading["date"], {}))
            language = None
        elif line.startswith("## "):
            language = None  # a section that is not a version: its lists are not notes
            sections.append(("", "", {}))
        elif line.strip() in _LANGUAGE and sections:
            language = _LANGUAGE[line.strip()]
            sections[-1][2][language] = []
        elif line.startswith("- ") and language is not None:
            sections[-1][2][language].append(line[2:].strip())
        elif line.startswith("  ") and language is not None and sections[-1][2][language]:
            sections[-1][2][language][-1] += " " + line.strip()  # a wrapped item goes on
    releases = [
        Release(version, date, {k: tuple(v) for k, v in items.items()})
        for version, date, items in sections
        if version
    ]
    for release in releases:
        if set(release.items) != set(_LANGUAGE.values()) or not all(release.items.values()):
            raise ValueError(f"{release.version}: notes needed in French and in English")
    return releases


def releases_block(releases: list[Release], indent: str = _STEP) -> str:
    """The ``<releases>`` element for ``releases``, its first line indented by ``indent``."""

    def at(level: int, text: str) -> str:
        return indent + _STEP * level + text

    lines = [at(0, "<releases>")]
    for release in releases:
        lines.append(at(1, f'<release version="{release.version}" date="{release.date}">'))
        lines.append(at(2, "<description>"))
        lines.append(at(3, "<ul>"))
        for en, fr in zip(release.items["en"], release.items["fr"], strict=True):
            lines.append(at(4, f"<li>{escape(_plain(en))}</li>"))
            lines.append(at(4, f'<li xml:lang="fr">{escape(_plain(fr))}</li>'))
        lines.append(at(3, "</ul>"))
        lines.append(at(2, "</description>"))
        lines.append(at(1, "</release>"))
    lines.append(at(0, "</releases>"))
    return "\n".join(lines)


def _plain(markdown: str) -> str:
    # AppStream's <li> holds plain text: drop the emphasis and code marks.
    return re.sub(r"[*`]", "", markdown)


def expected_metainfo(metainfo: str, changelog: str) -> str:
    """``metainfo`` with its ``<releases>`` block made from ``changelog``."""
    match = _BLOCK.search(metainfo)
    if match is None:
        raise ValueError("the metainfo file has no <releases> block")
    block = releases_block(parse(changelog), match["indent"])
    return metainfo[: match.start()] + block + metainfo[match.end() :]


def main(argv: list[str]) -> int:
    """Rewrite the metainfo file's releases, or with ``--check`` only compare."""
    current = METAINFO.read_text(encoding="utf-8")
    wanted = expected_metainfo(current, CHANGELOG.read_text(encoding="utf-8"))
    if argv == ["--check"]:
        if wanted != current:
            print(f"{METAINFO.name}: release notes differ from CHANGELOG.md", file=sys.stderr)
            return 1
        return 0
    if argv:
        raise SystemExit(__doc__)
    METAINFO.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

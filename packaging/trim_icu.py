"""Cut ICU's data library down to what Qt uses for a French and English application.

Usage: ``python packaging/trim_icu.py LIBRARY`` (the spec runs it on the Linux bundle's
``libicudata.so.NN``). The PyPI build of Qt links QtCore to its own ICU, whose data
library holds ICU's whole "common data" package (32 MB for ICU 73): every language's
locale, collation, currency, zone, unit and language names, the break-iterator
dictionaries, about 190 charset converters. QtCore asks ICU for collation (QCollator,
locale-aware sorting), case mapping (QLocale::toUpper/toLower), time-zone names
(QTimeZone::displayName) and the codecs QStringConverter has not built in; number and
date formats come from Qt's own CLDR tables.

The steps, with the system's tools only (binutils, ``icupkg`` from icu-devtools, gcc):

1. read the offset and size of the package symbol (``icudtNN_dat``) with ``nm`` and
   ``readelf``, and copy those bytes out;
2. remove the items listed by :func:`unneeded` with ``icupkg -r`` (ICU's own tool
   writes the package; the package format does not change between ICU versions);
3. link a library of the same SONAME that exports the same symbol over the smaller
   package (``.incbin`` in an assembly file, 16-byte aligned like the original),
   and put it in place of the original.

Kept: the root locale, every ``fr*`` and ``en*`` locale in every tree, the shared key
pools and indexes, the collation base (``coll/ucadata.icu``), normalisation, character
properties, likely subtags, time-zone rules and the other supplemental tables, the
break-iterator rules, and the converter alias table with the Western European
single-byte codecs a French office file may be in. A user whose system locale is
another language gets ICU's root data (Unicode's default collation and English-like
names), which is what those locales fall back to anyway for an application that
speaks French and English only.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# The locales kept in every tree: root (everything falls back to it), French, English.
# Variant aliases have empty parts ("de__PHONEBOOK", "es_").
_LOCALE = re.compile(r"[a-z]{2,3}(?:_[A-Za-z0-9]*)*\.res")
_KEPT_LOCALE = re.compile(r"(?:root|fr|en)(?:_[A-Za-z0-9]*)*\.res")
# Every tree's index of its locales and shared key pool (named like locales).
_INDEXES = frozenset({"res_index.res", "pool.res"})
# Trees whose every item goes: APIs Qt never calls (transliteration).
_DROPPED_TREES = ("translit",)
# Top-level items for APIs Qt never calls: character names (u_charName) and the
# spoof checker's confusables.
_DROPPED_ITEMS = frozenset({"unames.icu", "confusables.cfu"})
# Converters kept besides the alias table (cnvalias.icu): ISO-8859-1, ASCII and the
# UTF codecs are built into ICU's code; these are the Western European ones a French
# file may still be in (Windows-1252, ISO-8859-15, Mac Roman, the DOS code pages).
KEPT_CONVERTERS = frozenset(
    {
        "ibm-5348_P100-1997.cnv",  # windows-1252
        "ibm-923_P100-1998.cnv",  # iso-8859-15
        "macos-0_2-10.2.cnv",  # macintosh
        "ibm-437_P100-1995.cnv",  # cp437
        "ibm-850_P100-1995.cnv",  # cp850
        "ibm-858_P100-1997.cnv",  # cp858 (850 with the euro)
    }
)
# What the application cannot do without: the checks after trimming look for these.
REQUIRED = (
    "root.res",
    "pool.res",
    "res_index.res",
    "fr.res",
    "fr_FR.res",
    "en.res",
    "likelySubtags.res",
    "supplementalData.res",
    "zoneinfo64.res",
    "cnvalias.icu",
    "coll/root.res",
    "coll/ucadata.icu",
    "coll/fr.res",
    "coll/en.res",
    "zone/root.res",
    "zone/fr.res",
)
_SYMBOL = re.compile(r"icudt(\d+)_dat")


class TrimError(Exception):
    """The library could not be read, trimmed or linked; the message says which step."""


@dataclass(frozen=True)
class DataSymbol:
    """Where ICU's data package sits in the library file."""

    name: str
    offset: int
    size: int
    version: str


def _is_unneeded(item: str) -> bool:
    tree, _, name = item.rpartition("/")
    return (
        tree in _DROPPED_TREES
        or (not tree and name in _DROPPED_ITEMS)
        # word dictionaries of Thai, Lao, Khmer, Burmese, Chinese and Japanese
        or (tree == "brkitr" and name.endswith(".dict"))
        or (name.endswith(".cnv") and name not in KEPT_CONVERTERS)
        or (
            _LOCALE.fullmatch(name) is not None
            and _KEPT_LOCALE.fullmatch(name) is None
            and name not in _INDEXES
        )
    )


def unneeded(items: Iterable[str]) -> list[str]:
    """The package items (``tree/name`` or ``name``) that this application does not need."""
    return [item for item in items if _is_unneeded(item)]


def icupkg() -> str:
    """The path of ICU's ``icupkg`` (Debian puts it in /usr/sbin, outside a user's PATH)."""
    found = shutil.which("icupkg") or shutil.which("icupkg", path="/usr/sbin:/usr/local/sbin")
    if found is None:
        raise TrimError("icupkg not found (apt-get install icu-devtools)")
    return found


def _run(*command: str) -> str:
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    except FileNotFoundError as exc:
        raise TrimError(f"{command[0]} not found ({exc})") from exc
    if result.returncode != 0:
        raise TrimError(f"{' '.join(command)} failed:\n{result.stderr}")
    return result.stdout


def data_symbol(library: Path) -> DataSymbol:
    """Find the ``icudtNN_dat`` symbol of ``library``: its file offset and its size."""
    for line in _run("nm", "-D", "-S", "--defined-only", str(library)).splitlines():
        fields = line.split()
        match = _SYMBOL.fullmatch(fields[-1]) if len(fields) == 4 else None
        if match:
            address, size = int(fields[0], 16), int(fields[1], 16)
            break
    else:
        raise TrimError(f"{library} exports no icudtNN_dat symbol")
    # The symbol's value is an address: the section holding it says where it is in the file.
    for line in _run("readelf", "-S", "-W", str(library)).splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) >= 6 and fields[0].startswith("[") and fields[2] == "PROGBITS":
            start, offset, length = (int(fields[i], 16) for i in (3, 4, 5))
            if start <= address and address + size <= start + length:
                return DataSymbol(match.group(0), address - start + offset, size, match.group(1))
    raise TrimError(f"no section of {library} holds {match.group(0)}")


def soname(library: Path) -> str:
    """The SONAME of ``library`` (the replacement must answer to the same name)."""
    found = re.search(r"\(SONAME\).*\[(.+)\]", _run("readelf", "-d", str(library)))
    if found is None:
        raise TrimError(f"{library} has no SONAME")
    return found.group(1)


def package_items(package: Path) -> list[str]:
    """The items of an ICU data package, as ``icupkg -l`` lists them.

    Dependencies are not checked here (a trimmed package lacks the dictionaries its
    break iterators name): :func:`_remove` checked them when it wrote the package.
    """
    return _run(icupkg(), "--ignore-deps", "-l", str(package)).split()


def _remove(dropped: Path, original: Path, result: Path) -> None:
    """``icupkg -r``, tolerating only the break iterators' missing dictionaries.

    icupkg refuses to write a package whose items refer to missing ones. The only
    such references accepted are the root break iterator's to the word dictionaries:
    without them ICU breaks those scripts' lines without a dictionary, a build option
    ICU documents (and Qt breaks text with its own code anyway). Any other dangling
    reference is an error of the keep list.
    """
    command = (icupkg(), "-r", str(dropped), str(original), str(result))
    checked = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    if checked.returncode == 0:
        return
    missing = set(re.findall(r"depends on missing item (\S+)", checked.stderr))
    if not missing or any(not re.fullmatch(r"brkitr/\w+\.dict", item) for item in missing):
        raise TrimError(f"{' '.join(command)} failed:\n{checked.stderr}")
    _run(*command[:-2], "--ignore-deps", *command[-2:])


def trimmed_package(library: Path, work: Path) -> tuple[DataSymbol, Path]:
    """Copy the package out of ``library`` into ``work`` and write its trimmed copy there."""
    symbol = data_symbol(library)
    with library.open("rb") as source:
        source.seek(symbol.offset)
        blob = source.read(symbol.size)
    # icupkg names the package's items after the file name: icudtNNl for little-endian.
    name = f"icudt{symbol.version}{'l' if sys.byteorder == 'little' else 'b'}.dat"
    original = work / "original" / name
    original.parent.mkdir()
    original.write_bytes(blob)
    items = package_items(original)
    if not items:
        raise TrimError(f"icupkg lists no item in {library}'s package")
    dropped = work / "dropped.txt"
    dropped.write_text("".join(f"{item}\n" for item in unneeded(items)), encoding="utf-8")
    result = work / name
    _remove(dropped, original, result)
    missing = sorted(set(REQUIRED) - set(package_items(result)))
    if missing:
        raise TrimError(f"the trimmed package lacks {', '.join(missing)}")
    return symbol, result


def link_library(package: Path, symbol: str, library_name: str, target: Path) -> None:
    """Link ``target``, a data-only library named ``library_name`` exporting ``symbol``."""
    source = target.with_suffix(".S")
    # Read-only data, aligned as ICU expects its common data; no code, no libc.
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{package}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    _run(
        *("gcc", "-shared", "-nostdlib", "-o", str(target), str(source)),
        *(f"-Wl,-soname,{library_name}", "-Wl,-z,noexecstack", "-Wl,--build-id"),
    )


def trim(library: Path) -> tuple[int, int]:
    """Replace ``library`` by its trimmed copy; return its sizes before and after (bytes)."""
    library = library.resolve()
    before = library.stat().st_size
    with tempfile.TemporaryDirectory(prefix="trim-icu-") as tmp:
        work = Path(tmp)
        symbol, package = trimmed_package(library, work)
        replacement = work / library.name
        link_library(package, symbol.name, soname(library), replacement)
        if data_symbol(replacement).size != package.stat().st_size:
            raise TrimError("the linked library's symbol does not cover the package")
        shutil.copymode(library, replacement)
        shutil.move(replacement, library)
    return before, library.stat().st_size


def main(argv: list[str]) -> int:
    """Trim each library named in ``argv``; print the sizes."""
    if not argv:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    try:
        for name in argv:
            before, after = trim(Path(name))
            print(f"{name}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    except TrimError as exc:
        print(f"trim_icu: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

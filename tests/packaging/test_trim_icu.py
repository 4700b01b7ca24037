"""The bundle's ICU data keeps what French and English need and drops other languages.

``packaging/trim_icu.py`` chooses the items by name (checked here on names written
out by hand) and relinks the library; the bundle built by ``make dist`` is checked
with ICU's own ``icupkg`` when it exists (the tests never build it). That the trimmed
data still sorts and upper-cases French is the bundle's smoke test (``make smoke``).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.helpers import ROOT, system_tool

QT_LIB = ROOT / "dist" / "vpi-groups" / "_internal" / "PySide6" / "Qt" / "lib"


def _trim_icu() -> ModuleType:
    # packaging/ is a folder of scripts, not a package (and "packaging" is PyPI's name).
    spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "packaging" / "trim_icu.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


trim_icu = _trim_icu()

# What QCollator, QLocale::toUpper and QTimeZone::displayName need for French.
NEEDED_FOR_FRENCH = (
    "root.res",
    "pool.res",
    "res_index.res",
    "fr.res",
    "fr_FR.res",
    "likelySubtags.res",
    "coll/root.res",
    "coll/res_index.res",
    "coll/ucadata.icu",
    "coll/fr.res",
    "coll/fr_CA.res",
    "zone/pool.res",
    "zone/fr.res",
    "zoneinfo64.res",
    "metaZones.res",
    "nfkc.nrm",
    "uts46.nrm",
    "cnvalias.icu",
    "ibm-5348_P100-1997.cnv",
    "brkitr/root.res",
    "brkitr/word.brk",
    "en.res",
    "en_GB.res",
)
FOREIGN = (
    "de.res",
    "de_DE.res",
    "ja.res",
    "coll/de.res",
    "coll/de__PHONEBOOK.res",
    "coll/es_.res",
    "coll/zh.res",
    "zone/ja.res",
    "lang/sv.res",
    "curr/ar_EG.res",
    "brkitr/cjdict.dict",
    "brkitr/thaidict.dict",
    "translit/root.res",
    "gb18030.cnv",
    "ibm-943_P15A-2003.cnv",
    "unames.icu",
    "confusables.cfu",
)


def test_selection_keeps_french_and_english_and_drops_other_languages() -> None:
    dropped = trim_icu.unneeded([*NEEDED_FOR_FRENCH, *FOREIGN])
    assert sorted(dropped) == sorted(FOREIGN)


def _bundled_library() -> Path:
    found = sorted(p for p in QT_LIB.glob("libicudata.so.*") if not p.is_symlink())
    if not found:
        pytest.skip("no bundle built (make dist)")
    for tool, package in (("nm", "binutils"), ("readelf", "binutils")):
        system_tool(tool, package)
    try:
        trim_icu.icupkg()
    except trim_icu.TrimError:
        system_tool("icupkg", "icu-devtools")  # skips, or fails in CI
    return found[0]


def test_bundled_icu_data_is_trimmed(tmp_path: Path) -> None:
    library = _bundled_library()
    symbol = trim_icu.data_symbol(library)
    package = tmp_path / f"icudt{symbol.version}l.dat"
    with library.open("rb") as source:
        source.seek(symbol.offset)
        package.write_bytes(source.read(symbol.size))
    items = set(trim_icu.package_items(package))

    assert set(NEEDED_FOR_FRENCH) <= items
    assert not items & set(FOREIGN)
    assert trim_icu.unneeded(sorted(items)) == []  # nothing left that the trim would drop


def test_bundled_icu_data_answers_to_the_name_icu_asks_for() -> None:
    library = _bundled_library()
    dynamic = subprocess.run(
        ["readelf", "-d", str(QT_LIB / "libicuuc.so.73")],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout
    asked = re.findall(r"\(NEEDED\).*\[(libicudata[^\]]*)\]", dynamic)
    assert asked == [trim_icu.soname(library)]

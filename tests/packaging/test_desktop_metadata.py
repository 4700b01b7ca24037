"""Linux desktop integration: the .desktop and AppStream files pass their validators and agree.

``desktop-file-validate`` (desktop-file-utils) and ``appstreamcli validate``
(appstream) are the tools distributions and software centres run; .ci/run installs
them. The release notes of the AppStream file must say what CHANGELOG.md says, the
ids must be the one id the window announces, and every icon size must be the SVG
master's artwork.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from tests.packaging.helpers import ROOT, system_tool
from vpi_groups import __version__
from vpi_groups.ui import app as ui_app

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "fr.vpigroups.VPIGroups.desktop"
METAINFO = LINUX / "fr.vpigroups.VPIGroups.metainfo.xml"
CHANGELOG = ROOT / "CHANGELOG.md"
SVG = ROOT / "resources" / "icons" / "vpi-groups.svg"
ICONS = ROOT / "src" / "vpi_groups" / "ui" / "icons"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_desktop_file_validates() -> None:
    validator = system_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run(
        [validator, str(DESKTOP)], capture_output=True, text=True, timeout=30, check=False
    )
    # It prints hints and errors alike on stdout; a clean file prints nothing.
    assert (result.returncode, result.stdout.strip()) == (0, ""), result.stdout


def test_metainfo_validates() -> None:
    validator = system_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [validator, "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Warnings do not fail the tool but would fail a software centre's review.
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout


def _changelog() -> dict[str, tuple[str, dict[str, list[str]]]]:
    """Version -> (date, {language: items}), read straight from the Markdown."""
    releases: dict[str, tuple[str, dict[str, list[str]]]] = {}
    items: dict[str, list[str]] = {}
    language = ""
    for line in CHANGELOG.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            version, _dash, date = line[3:].partition(" — ")
            items = {}
            releases[version.strip()] = (date.strip(), items)
        elif line.startswith("### "):
            language = {"Français": "fr", "English": "en"}[line[4:].strip()]
            items[language] = []
        elif line.startswith("- "):
            items[language].append(line[2:].replace("*", "").replace("`", "").strip())
    return releases


def test_release_notes_are_the_changelog() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    found: dict[str, tuple[str, dict[str, list[str]]]] = {}
    for release in component.iter("release"):
        items: dict[str, list[str]] = {"en": [], "fr": []}
        for li in release.iter("li"):
            items[li.get(LANG, "en")].append(li.text or "")
        found[release.get("version", "")] = (release.get("date", ""), items)
    assert found == _changelog()
    assert next(iter(found)) == __version__  # the newest release is this version


def test_one_id_for_desktop_file_metainfo_and_window() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    entry = dict(
        line.split("=", 1)
        for line in DESKTOP.read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    assert component.findtext("id") == ui_app.DESKTOP_ID == DESKTOP.stem == entry["Icon"]
    assert component.findtext("launchable") == DESKTOP.name
    assert entry["Exec"] == component.findtext("provides/binary") == "vpi-groups"


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_sizes_are_the_svg_artwork(qapp: QApplication, size: int) -> None:
    drawn = QImage(size, size, QImage.Format.Format_ARGB32)
    drawn.fill(Qt.GlobalColor.transparent)
    painter = QPainter(drawn)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    kept = QImage(str(ICONS / f"vpi-groups-{size}.png")).convertToFormat(drawn.format())
    assert (kept.width(), kept.height()) == (size, size)
    # Qt's rasteriser may round an anti-aliased edge one unit differently from one CPU
    # to another (seen: 2 pixels of the 64 px icon, one unit of blue); other artwork
    # differs by far more than that.
    worst = _largest_channel_difference(kept, drawn)
    assert worst <= _ROUNDING, "run packaging/render_icons.py after changing the SVG"


_ROUNDING = 2


def _largest_channel_difference(one: QImage, other: QImage) -> int:
    """The largest difference of one ARGB channel between two images of one size."""
    worst = 0
    for y in range(one.height()):
        for x in range(one.width()):
            a, b = one.pixel(x, y), other.pixel(x, y)
            if a != b:
                worst = max(worst, *(abs((a >> s & 255) - (b >> s & 255)) for s in (0, 8, 16, 24)))
    return worst


def test_the_icon_comparison_sees_other_artwork(qapp: QApplication) -> None:
    """The tolerance above still tells a changed drawing from the kept one."""
    kept = QImage(str(ICONS / "vpi-groups-64.png")).convertToFormat(QImage.Format.Format_ARGB32)
    changed = kept.copy()
    painter = QPainter(changed)
    painter.fillRect(20, 20, 4, 4, Qt.GlobalColor.white)  # a small touch-up
    painter.end()
    assert _largest_channel_difference(kept, kept.copy()) == 0
    assert _largest_channel_difference(kept, changed) > _ROUNDING


def test_window_icon_offers_every_size(qapp: QApplication) -> None:
    icon = ui_app.application_icon()
    sizes = sorted(s.width() for s in icon.availableSizes())
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    assert not icon.pixmap(48, 48).isNull()


def test_changelog_sections_are_complete() -> None:
    for version, (date, items) in _changelog().items():
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", date), version
        assert set(items) == {"fr", "en"}, version
        assert len(items["fr"]) == len(items["en"]) > 0, version
    assert (ROOT / "packaging" / "linux").is_dir()
    assert Path(SVG).read_text(encoding="utf-8").lstrip().startswith("<?xml")

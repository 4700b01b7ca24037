"""Draw the application's icon files from the one SVG master (resources/icons/vpi-groups.svg).

Usage: ``.venv/bin/python packaging/render_icons.py`` (after changing the artwork; the
results are kept in the repository). Writes, with Qt's own SVG renderer (QtSvg, part
of PySide6-Essentials):

- ``src/vpi_groups/ui/icons/vpi-groups-N.png`` for N in 16..512: the window icon
  (package data) and the Linux hicolor icons;
- ``packaging/windows/vpi-groups.ico`` and ``packaging/macos/vpi-groups.icns``: the
  Windows and macOS bundle icons (Qt's ico and icns image plugins).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "icons" / "vpi-groups.svg"
PNG_DIR = ROOT / "src" / "vpi_groups" / "ui" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO = ROOT / "packaging" / "windows" / "vpi-groups.ico"
ICNS = ROOT / "packaging" / "macos" / "vpi-groups.icns"


def png_path(size: int) -> Path:
    """Where the PNG of ``size`` pixels square is written."""
    return PNG_DIR / f"vpi-groups-{size}.png"


def main() -> None:
    """Render every size, then the .ico (16..256) and the .icns (16..512)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {MASTER}")
    images = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        images[size] = image
        PNG_DIR.mkdir(parents=True, exist_ok=True)
        if not image.save(str(png_path(size))):
            raise SystemExit(f"cannot write {png_path(size)}")
    # The ico plugin writes the one image it is given; Windows scales it down itself.
    for path, size in ((ICO, 256), (ICNS, 512)):
        path.parent.mkdir(parents=True, exist_ok=True)
        if not images[size].save(str(path)):  # the format follows the suffix
            raise SystemExit(f"cannot write {path}")
    for path in (*map(png_path, SIZES), ICO, ICNS):
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()

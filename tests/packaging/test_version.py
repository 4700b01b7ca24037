"""One version number: the package's, shown by ``vpi-groups --version`` and the About box."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import vpi_groups
from vpi_groups.ui.main_window import MainWindow


def test_about_box_shows_the_version(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(folder=tmp_path)
    qtbot.addWidget(window)
    window._about()
    assert len(shown) == 1
    assert f"VPI Groups {vpi_groups.__version__}" in shown[0]


def test_command_line_shows_the_package_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vpi_groups", "--version"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert done.stdout.split() == ["vpi-groups", vpi_groups.__version__]

"""A long report can be stopped from the page, and locking never waits for its end."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups import cancel
from vpi_groups.reports import indicators
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.errors import error_text
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.preferences import Preferences


@pytest.fixture
def folder(demo_folder: Path) -> Path:
    """A year of the demo programme (the shared fixture)."""
    return demo_folder


def _endless(
    monkeypatch: pytest.MonkeyPatch, progress: tuple[int, int] | None = None
) -> threading.Event:
    """From now on, a report that never ends by itself: only a cancelled token stops it.

    With ``progress``, it reports those two numbers at every step, as the audit does.
    """
    started = threading.Event()

    def build_report(*_args: Any, **_kwargs: Any) -> Any:
        started.set()
        while True:
            if progress is not None:
                cancel.progress(*progress)
            cancel.check()

    monkeypatch.setattr(indicators, "build_report", build_report)  # the page's module alias
    return started


def _window(qtbot: QtBot, preferences: Preferences, folder: Path) -> MainWindow:
    window = MainWindow(vault=vaults.unlock(folder, passphrase=PASSPHRASE), preferences=preferences)
    qtbot.addWidget(window)
    window.show()
    page = window.reports_page
    window.sidebar.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: page.report is not None and not page.runner.busy, timeout=20_000)
    return window


def test_the_stop_button_stops_a_report_and_says_so(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, preferences, folder)
    page = window.reports_page
    before = page.report
    endless = _endless(monkeypatch)
    assert not page.stop_button.isEnabled()
    page.compute()
    assert endless.wait(20)
    assert page.stop_button.isEnabled()
    assert not page.compute_button.isEnabled()
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)
    assert page.message.text() == error_text(cancel.WorkCancelledError())
    assert "interrompu" in page.message.text()
    assert not page.stop_button.isEnabled()
    assert page.compute_button.isEnabled()
    assert page.report is before  # the last report stays shown
    window.lock()


def test_locking_stops_a_report_under_way_instead_of_waiting_for_it(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, preferences, folder)
    page = window.reports_page
    endless = _endless(monkeypatch)
    page.compute()
    assert endless.wait(20)
    window.lock()  # returned: the endless report was stopped at its next check
    assert window.vault is None
    assert page.report is None
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)
    assert page.message.text() == ""  # the cleared page says nothing of it
    assert not page.stop_button.isEnabled()


def test_a_long_report_shows_how_far_its_audit_has_gone(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, preferences, folder)
    page = window.reports_page
    started = _endless(monkeypatch, progress=(3, 412))  # an audit on its third pass
    page.compute()
    assert started.wait(20)
    qtbot.waitUntil(lambda: "passe 3" in page.message.text(), timeout=20_000)
    assert "412" in page.message.text()
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Arrêt en cours…"
    page._checking(3, 411)  # a report queued before the stop: the page keeps its word
    assert page.message.text() == "Arrêt en cours…"
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)
    assert "interrompu" in page.message.text()
    window.lock()

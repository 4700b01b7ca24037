"""UI test guards and fixtures: no window or worker left behind, French UI, fast KDF."""

from __future__ import annotations

import datetime as dt
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.attendance.conftest import GroupWithSessions, make_group
from tests.scheduling.conftest import make_directory
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.app import make_application
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.tasks import database_worker

if TYPE_CHECKING:
    from vpi_groups.ui.main_window import MainWindow

PASSPHRASE = "le vent se lève sur la mer 7"


def leftover_work(wait_ms: int = 5000) -> int:
    """Tasks still running on the database worker (or Qt's global pool) after waiting."""
    pools = (database_worker(), QThreadPool.globalInstance())
    for pool in pools:
        pool.waitForDone(wait_ms)
    return sum(pool.activeThreadCount() for pool in pools)


@pytest.fixture(autouse=True)
def _no_leftovers(qapp: QApplication) -> Iterator[None]:
    """Fail the test if a top-level widget stays visible or a task still runs.

    pytest-qt closes the widgets registered with ``qtbot.addWidget`` before this
    finaliser runs, so anything still visible here was never registered.
    """
    yield
    busy = leftover_work()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in visible:
        widget.close()
    assert busy == 0, f"{busy} task(s) still running on the database worker after the test"
    assert not visible, f"top-level widgets left open: {[w.objectName() for w in visible]}"


@pytest.fixture(autouse=True)
def _minimum_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vaults, "DEFAULT_KDF_SECONDS", 0.0)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QApplication]:
    """The application with the French catalogues installed."""
    app, translators = make_application([], "fr")
    yield app
    for translator in translators:
        app.removeTranslator(translator)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    """The application with the English catalogues installed."""
    app, translators = make_application([], "en")
    yield app
    for translator in translators:
        app.removeTranslator(translator)


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def vault_folder(tmp_path: Path) -> tuple[Path, str]:
    """A locked vault on disk and its recovery key."""
    folder = tmp_path / "vault"
    vault, recovery = vaults.create(folder, PASSPHRASE)
    vault.lock()
    return folder, recovery


def shown_window(
    qtbot: QtBot, preferences: Preferences, vault: vaults.Vault, **kwargs: Any
) -> MainWindow:
    """The main window on an open ``vault``, shown and active, as the user finds it."""
    from vpi_groups.ui.main_window import MainWindow

    window = MainWindow(vault=vault, preferences=preferences, **kwargs)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture
def unlocked_group(tmp_path: Path) -> Iterator[tuple[vaults.Vault, GroupWithSessions]]:
    """An open vault holding one talk group of three weekly sessions from 2 March 2026."""
    vault, _ = vaults.create(tmp_path / "vault", PASSPHRASE)
    group = make_group(vault, make_directory(vault), start=dt.date(2026, 3, 2), count=3)
    yield vault, group
    if vault.is_open:
        vault.lock()


DEMO_TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def demo_folder(vault_folder: tuple[Path, str]) -> Path:
    """That vault holding a year of the demo programme, as of ``DEMO_TODAY``; locked."""
    from vpi_groups.demo import data as demo_data

    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    with vault.session() as s:
        demo_data.populate(s, years=1, seed=5, today=DEMO_TODAY)
    vault.lock()
    return vault_folder[0]


@pytest.fixture
def help_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[QWidget, str | None]]:
    """What the user guide was asked to show (a stand-in viewer records it)."""
    calls: list[tuple[QWidget, str | None]] = []
    viewer = types.ModuleType("vpi_groups.ui.help_viewer")
    viewer.show_help = lambda parent, topic=None: calls.append((parent, topic))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "vpi_groups.ui.help_viewer", viewer)
    return calls

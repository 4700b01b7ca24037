"""Start-up stays light: what is imported before the unlock window shows, and --version.

Each check runs in a fresh interpreter (a subprocess): what the test process has
already imported says nothing about start-up. The window's check follows the real
path, ``vpi_groups.launch.main`` on a folder holding a vault, and lists the modules
loaded at the unlock dialog's first paint. No time is measured here (benchmarks do).
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from vpi_groups import cli, launch, storage
from vpi_groups.calendar.ics import Privacy
from vpi_groups.reports.files import Format
from vpi_groups.reports.indicators import Breakdown
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Gender, PeriodKind
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.tasks import database_worker

PASSPHRASE = "une phrase de passe pour démarrer 7"

# Loaded only once a vault is open (or by the command that needs them).
FORBIDDEN = (
    "sqlalchemy",
    "alembic",
    "icalendar",
    "openpyxl",
    "vpi_groups.attendance",
    "vpi_groups.programme",
    "vpi_groups.scheduling",
    "vpi_groups.reports",
    "vpi_groups.calendar",
    "vpi_groups.session_edits",
    "vpi_groups.demo",
    # Not services, but not needed to show the window either: the time zones (a vault's
    # dates), and importlib.resources (package data, read from the package's folder).
    "zoneinfo",
    "importlib.resources",
)

# Runs in the child: import ``sys.argv[2:]`` first (to show the check failing), then
# start the window as ``vpi-groups --vault FOLDER`` does and, at the unlock dialog's
# first paint, print the modules loaded so far and leave at once.
WINDOW_CHILD = """
import importlib, json, os, sys
for name in sys.argv[2:]:
    importlib.import_module(name)
import vpi_groups.launch
from vpi_groups.ui.unlock import UnlockDialog

painted = UnlockDialog.paintEvent

def paint_then_report(self, event):
    painted(self, event)
    print(json.dumps(sorted(sys.modules)), flush=True)
    os._exit(0)

UnlockDialog.paintEvent = paint_then_report
vpi_groups.launch.main(["--vault", sys.argv[1]])
print("the unlock dialog was never painted", file=sys.stderr)
sys.exit(1)
"""

# Runs in the child: ``vpi-groups ARGS`` (--version or --help), then the modules loaded.
CLI_CHILD = """
import json, sys
import vpi_groups.launch
try:
    vpi_groups.launch.main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)]


def _child(script: str, *args: str) -> Any:
    """Run ``script`` in a fresh interpreter; the JSON it printed last."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _loaded_when_unlock_shows(folder: Path, *first: str) -> list[str]:
    """The modules loaded when the unlock dialog first paints, in a fresh interpreter."""
    modules: list[str] = _child(WINDOW_CHILD, str(folder), *first)
    return modules


@pytest.fixture(scope="module")
def vault_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("startup") / "vault"
    vault, _recovery = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    vault.lock()
    return folder


def test_the_unlock_window_shows_before_any_service_is_loaded(vault_folder: Path) -> None:
    modules = _loaded_when_unlock_shows(vault_folder)
    assert "vpi_groups.ui.unlock" in modules, "the real start-up path ran"
    assert _heavy(modules) == [], "imported before the unlock window was shown"
    assert "vpi_groups.cli" not in modules, "the commands are not needed to show the window"
    assert not [m for m in modules if m.startswith("vpi_groups.ui.pages")]


@pytest.mark.parametrize(
    ("early", "caught"),
    [
        ("vpi_groups.reports", "vpi_groups.reports"),
        ("vpi_groups.clock", "zoneinfo"),
        ("importlib.resources", "importlib.resources"),
    ],
)
def test_the_check_sees_a_module_imported_too_early(
    vault_folder: Path, early: str, caught: str
) -> None:
    modules = _loaded_when_unlock_shows(vault_folder, early)
    assert caught in _heavy(modules), f"{early} was imported first: the check must see it"


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_version_and_help_load_neither_qt_nor_a_service(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CLI_CHILD, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "vpi-groups" in done.stdout
    modules: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    assert _heavy(modules) == []
    assert not [m for m in modules if m.startswith(("PySide6", "vpi_groups.storage."))]


def test_the_options_spelt_in_the_command_line_are_the_enums_values() -> None:
    """cli.py spells them so that --help loads no service; they must not drift."""
    assert tuple(k.value for k in PeriodKind) == cli.REPORT_PERIODS
    assert tuple(b.value for b in Breakdown) == cli.REPORT_BREAKDOWNS
    assert tuple(f.value for f in Format) == cli.REPORT_FORMATS
    assert tuple(p.value for p in Privacy) == cli.ICS_PRIVACY
    assert tuple(g.value for g in Gender) == cli.TALLY_GENDERS
    assert storage.KEY_FILES == (vaults.KEY_NAME, vaults.KEY_COPY_NAME)


def test_a_folder_is_a_vault_by_either_key_file(tmp_path: Path, vault_folder: Path) -> None:
    assert storage.is_vault(vault_folder)
    assert not storage.is_vault(tmp_path)
    for name in storage.KEY_FILES:
        (tmp_path / name).write_bytes(b"")
        assert storage.is_vault(tmp_path) == vaults.is_vault(tmp_path) is True
        (tmp_path / name).unlink()


def _locked_window(qtbot: QtBot, tmp_path: Path, folder: Path) -> MainWindow:
    """The window as ``vpi-groups --vault FOLDER`` makes it, before the unlock dialog."""
    preferences = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(folder=folder, preferences=preferences)
    qtbot.addWidget(window)
    return window


def test_pages_are_built_after_the_unlock_window_and_read_when_shown(
    qtbot: QtBot, tmp_path: Path, vault_folder: Path
) -> None:
    window = _locked_window(qtbot, tmp_path, vault_folder)
    assert window.pages == [], "nothing but the frame before the unlock dialog"
    window.show()
    window.ask_passphrase()
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: len(window.pages) == 8)  # once the dialog has painted
    assert window.stack.currentWidget() is window.agenda_page
    assert not window.holds_record_data()

    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.agenda_page.group_filter.count() > 0)
    others = [p for p in window.pages if p is not window.agenda_page]
    assert not [p.objectName() for p in others if p.holds_record_data()], "read when shown"
    window.sidebar.setCurrentRow(window.pages.index(window.settings_page))
    qtbot.waitUntil(lambda: window.settings_page.save_records.isEnabled())
    assert window.settings_page.holds_record_data()
    window.close()
    database_worker().waitForDone()
    assert not window.holds_record_data()


def _unlock_at_once(qtbot: QtBot, window: MainWindow) -> tuple[list[int], list[str]]:
    """Give the passphrase as soon as the dialog shows, before the pages are built.

    Returns the pages already built each time ``build_pages`` (which builds the rest at
    once) was called, and what the dialog did whenever it was still waiting for them.
    """
    at_once: list[int] = []
    waiting: list[str] = []
    build_pages = window.build_pages

    def spy_build_pages() -> None:
        at_once.append(len(window.pages))
        build_pages()

    window.build_pages = spy_build_pages  # type: ignore[method-assign]
    window.show()
    window.ask_passphrase()
    dialog = window.unlock_dialog
    assert dialog is not None
    steps = window._building

    def held_until_the_vault_is_open() -> Iterator[None]:
        """However fast the machine, the vault arrives before the pages are built."""
        while dialog.vault is None:
            yield
        yield from steps

    window._building = held_until_the_vault_is_open()  # before the dialog paints
    ready = dialog.ready

    def spy_ready() -> bool:
        built = ready()
        if not built and dialog.vault is not None:
            dialog.reject()  # the window's close button, Ctrl+Q: refused while it waits
            shown = dialog.isVisible() and dialog.working and dialog.busy.isVisible()
            waiting.append("busy" if shown else "not busy")
        return built

    dialog.ready = spy_ready
    assert len(window.pages) < 8
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        dialog.submit_passphrase()
    assert len(window.pages) == 8
    return at_once, waiting


def test_a_passphrase_given_before_the_pages_are_built_waits_for_them(
    qtbot: QtBot, tmp_path: Path, vault_folder: Path
) -> None:
    """The pages left are built a step per turn behind the busy bar, never all at once."""
    window = _locked_window(qtbot, tmp_path, vault_folder)
    at_once, waiting = _unlock_at_once(qtbot, window)
    assert at_once == [8], "every page was built before the vault was handed over"
    assert waiting
    assert set(waiting) == {"busy"}
    assert window.vault is not None
    assert window.unlock_dialog is None
    window.close()
    database_worker().waitForDone()

    # The check can fail: a dialog that does not wait has the window build the rest at once.
    window = _locked_window(qtbot, tmp_path, vault_folder)
    window.ask_passphrase = _never_waits(window.ask_passphrase, window)  # type: ignore[method-assign]
    at_once, waiting = _unlock_at_once(qtbot, window)
    assert at_once == [0]
    assert waiting == []
    window.close()
    database_worker().waitForDone()


def _never_waits(ask: Callable[[], None], window: MainWindow) -> Callable[[], None]:
    def asked() -> None:
        ask()
        assert window.unlock_dialog is not None
        window.unlock_dialog.ready = lambda: True

    return asked


# Runs in the child: records which thread imports each module of ``sys.argv[2:]``,
# starts the window as ``vpi-groups --vault FOLDER`` does, lets the pages be built
# while the unlock dialog waits, then prints {module: thread name} and leaves.
PRELOAD_CHILD = """
import importlib.abc, json, os, sys, threading
watched = set(sys.argv[2:])
seen = {}

class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in watched and name not in seen:
            seen[name] = threading.current_thread().name
        return None

sys.meta_path.insert(0, Watch())
import vpi_groups.launch
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from vpi_groups.ui.main_window import MainWindow

def check():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if windows and len(windows[0].pages) == 8:
        print(json.dumps(seen), flush=True)
        os._exit(0)
    QTimer.singleShot(20, check)

QTimer.singleShot(0, check)
vpi_groups.launch.main(["--vault", sys.argv[1]])
print("the pages were never built", file=sys.stderr)
sys.exit(1)
"""


def test_the_orm_and_the_services_are_imported_off_the_ui_thread(vault_folder: Path) -> None:
    """While the passphrase is typed, the heavy imports run in a thread: keys stay answered."""
    from vpi_groups.ui.main_window import AGENDA_MODULES, PRELOADED

    watched = ["sqlalchemy.orm", "vpi_groups.storage.models", *PRELOADED]
    threads = _importers(vault_folder, *watched, *AGENDA_MODULES)
    assert set(threads) == {*watched, *AGENDA_MODULES}
    assert {name: threads[name] for name in watched if threads[name] != "preload"} == {}
    # the widget modules, on the UI thread, in the steps
    assert {threads[name] for name in AGENDA_MODULES} == {"MainThread"}
    # and the check sees the UI thread: the unlock dialog's own modules are imported there
    assert "MainThread" in _importers(vault_folder, "vpi_groups.ui.unlock").values()


LEAVES_CHILD = """
import importlib, json, sys
from vpi_groups.ui.main_window import PRELOADED, _import_all
_import_all(PRELOADED)
names = sys.argv[1:]
brought = {}
for name in names:
    before = set(sys.modules)
    importlib.import_module(name)
    brought[name] = sorted((set(sys.modules) - before) & (set(names) - {name}))
print(json.dumps(brought))
"""


def test_the_agenda_page_modules_are_imported_leaves_first() -> None:
    """One module per step: none of them brings another of them in with it."""
    from vpi_groups.ui.main_window import AGENDA_MODULES

    brought = _child(LEAVES_CHILD, *AGENDA_MODULES)
    assert brought == {name: [] for name in AGENDA_MODULES}
    # the guard: in the other order, the first step would import them all at once
    backwards = _child(LEAVES_CHILD, *reversed(AGENDA_MODULES))
    assert len(backwards[AGENDA_MODULES[-1]]) >= 3


def _importers(folder: Path, *modules: str) -> dict[str, str]:
    """Which thread first imported each of ``modules``, once the pages are built."""
    found: dict[str, str] = _child(PRELOAD_CHILD, str(folder), *modules)
    return found


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo"],
        ["--vault", "/tmp/coffre"],
        ["--vault=/tmp/coffre", "--lang", "en"],
        ["--lang", "fr", "--demo", "--vault", "x"],
    ],
)
def test_the_window_alone_is_read_as_the_full_parser_reads_it(argv: list[str]) -> None:
    """``vpi-groups [--vault DIR] [--demo] [--lang L]`` skips building every command."""
    window = launch.window_arguments(argv)
    full = cli.build_parser().parse_args(argv)
    assert full.command is None
    assert window is not None
    assert (window.vault, window.demo, window.lang) == (full.vault, full.demo, full.lang)


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["-h"],
        ["--version"],
        ["verify"],
        ["--vault", "x", "backup", "--out", "f"],
        ["--lang", "de"],  # refused: the full parser says why
        ["--v", "x"],  # --vault or --version? The full parser says it cannot tell
        ["--vault"],
        ["--unknown"],
    ],
)
def test_anything_else_goes_to_the_full_parser(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert launch.window_arguments(argv) is None
    started: list[object] = []
    monkeypatch.setattr(launch, "run_window", started.append)
    monkeypatch.setattr(cli, "_run_gui", started.append)
    answered: list[object] = []
    full = cli.main

    def command_line(args: list[str]) -> int:
        answered.append(args)
        return full(args)

    monkeypatch.setattr(cli, "main", command_line)
    with contextlib.suppress(SystemExit):  # help, version, a refusal: the full parser answered
        launch.main(argv)
    assert answered == [argv]
    assert started == []

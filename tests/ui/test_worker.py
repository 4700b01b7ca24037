"""One database worker: every runner's work runs there in turn, and the guard sees it."""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE, leftover_work
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.tasks import TaskRunner, database_worker


def test_every_runner_of_the_window_uses_the_one_worker(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    window = MainWindow(
        vault=vaults.unlock(vault_folder[0], passphrase=PASSPHRASE), preferences=preferences
    )
    qtbot.addWidget(window)
    window.show()
    dialog = window.export_calendar()
    assert dialog is not None
    runners = window.findChildren(TaskRunner)
    assert len(runners) >= 6, "the pages and the dialog each route their callbacks"
    assert {id(r.pool) for r in runners} == {id(database_worker())}
    assert database_worker().maxThreadCount() == 1
    dialog.done(0)
    window.close()


def test_work_never_runs_two_at_once(qtbot: QtBot, qapp: QApplication) -> None:
    first, second = TaskRunner(), TaskRunner()
    inside = 0
    most = 0
    lock = threading.Lock()
    done: list[str] = []

    def work(name: str) -> str:
        nonlocal inside, most
        with lock:
            inside += 1
            most = max(most, inside)
        for _ in range(20_000):  # some work, no sleeping
            pass
        with lock:
            inside -= 1
        return name

    for name in "abcdef":
        (first if name in "ace" else second).start(
            lambda n=name: work(n), done.append, lambda e: None
        )
    qtbot.waitUntil(lambda: len(done) == 6)
    assert most == 1
    assert sorted(done) == list("abcdef")


def test_the_guard_catches_a_task_left_running(qtbot: QtBot, qapp: QApplication) -> None:
    """What the autouse guard relies on: a blocked task is counted, a finished one not."""
    release = threading.Event()
    started = threading.Event()
    runner = TaskRunner()
    results: list[object] = []

    def blocked() -> str:
        started.set()
        release.wait(10)
        return "fini"

    runner.start(blocked, results.append, results.append)
    assert started.wait(5)
    assert leftover_work(wait_ms=50) == 1, "a task still running is seen"
    release.set()
    assert leftover_work() == 0
    qtbot.waitUntil(lambda: results == ["fini"])


class _Result:
    """A task's result, to watch whether anything keeps it once delivered."""


class _RefusedError(Exception):
    """A task's error (a built-in exception cannot be watched by a weak reference)."""


def test_a_task_and_its_result_are_let_go_once_delivered(qtbot: QtBot, qapp: QApplication) -> None:
    # A report or a page's rows, kept by a finished task, would stay in memory for the
    # life of the process, and after the lock: nothing may hold them once delivered.
    runner = TaskRunner()
    delivered: list[weakref.ref[_Result]] = []
    failed: list[weakref.ref[Exception]] = []
    tasks: list[weakref.ref[object]] = []

    def fail() -> None:
        raise _RefusedError

    for _ in range(3):
        task = runner.start(_Result, lambda r: delivered.append(weakref.ref(r)), print)
        tasks.append(weakref.ref(task))
        task = runner.start(fail, print, lambda e: failed.append(weakref.ref(e)))
        tasks.append(weakref.ref(task))
        del task
    qtbot.waitUntil(lambda: len(delivered) == 3 and len(failed) == 3 and not runner.busy)
    assert runner.wait(5_000)
    qtbot.waitUntil(lambda: not runner._alive)
    gc.collect()
    assert [ref() for ref in delivered] == [None] * 3
    assert [ref() for ref in failed] == [None] * 3
    assert [ref() for ref in tasks] == [None] * 6

"""Run slow work (key derivation, backups, exports) off the UI thread.

Workers never touch widgets: they run a plain function and hand its result (or its
exception) back to the UI thread by a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskSignals(QObject):
    """Signals of one background task; they live in the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    finished = Signal()


class Task(QRunnable):
    """A function run on the pool; ``progress(done, total)`` may be passed to it."""

    def __init__(self, work: Callable[..., Any], *, with_progress: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._with_progress = with_progress

    @Slot()
    def run(self) -> None:
        """Run the work in a pool thread and report by signal."""
        try:
            if self._with_progress:
                result = self._work(self.signals.progressed.emit)
            else:
                result = self._work()
        except Exception as error:  # handed to the UI thread, which decides what to say
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks on one worker thread and keeps them alive until they finish.

    A single worker serialises database work, as in an executor with one thread.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: set[Task] = set()

    def start(
        self,
        work: Callable[..., Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        *,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        """Run ``work`` in the background; call back in the UI thread when done."""
        task = Task(work, with_progress=on_progress is not None)
        task.signals.succeeded.connect(on_success)
        task.signals.failed.connect(on_failure)
        if on_progress is not None:
            task.signals.progressed.connect(on_progress)
        task.signals.finished.connect(lambda: self._running.discard(task))
        self._running.add(task)
        self.pool.start(task)
        return task

    @property
    def busy(self) -> bool:
        """Whether a task is still running or queued."""
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has finished (used at exit and in tests)."""
        return self.pool.waitForDone(msecs)

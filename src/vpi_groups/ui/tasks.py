"""Run slow work (key derivation, backups, exports) off the UI thread.

Workers never touch widgets: they run a plain function and hand its result (or its
exception) back to the UI thread by a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from vpi_groups import cancel

if TYPE_CHECKING:  # the unlock window uses runners before the vault module is loaded
    from sqlalchemy.orm import Session

    from vpi_groups.storage.vault import Vault


class TaskSignals(QObject):
    """Signals of one background task; they live in the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    finished = Signal()


class Task:
    """A function run on the pool; ``progress(done, total)`` may be passed to it.

    Not a ``QRunnable``: the pool is given the bound :meth:`run`, which it lets go once
    run. PySide keeps a runnable that the pool does not delete (``autoDelete`` off)
    alive for as long as the pool, with its result: every report and page's rows
    stayed in memory, even after the lock. The runner keeps the task until its
    ``finished`` signal is handled, so its signals outlive the results they carry.
    """

    def __init__(self, work: Callable[..., Any], *, with_progress: bool = False) -> None:
        self.signals = TaskSignals()
        self._work = work
        self._with_progress = with_progress
        self.result: Any = None
        self.error: Exception | None = None
        # long work checks it between steps, and may say how far it is (cancel.progress)
        self.token = cancel.Token(report=self.signals.progressed.emit)
        with _UNFINISHED_LOCK:
            _UNFINISHED.add(self)

    def run(self) -> None:
        """Run the work in a pool thread and report by signal."""
        try:
            with cancel.scope(self.token):
                if self._with_progress:
                    self.result = self._work(self.signals.progressed.emit)
                else:
                    self.result = self._work()
        except Exception as error:  # handed to the UI thread, which decides what to say
            # Kept on the task (alive until ``finished``) and without its traceback: the
            # frames belong to this worker thread and must not travel with the signal.
            self.error = error.with_traceback(None)
            self.signals.failed.emit(self.error)
        else:
            self.signals.succeeded.emit(self.result)
        finally:
            with _UNFINISHED_LOCK:
                _UNFINISHED.discard(self)
            self.signals.finished.emit()


_UNFINISHED: set[Task] = set()  # made and not yet run to its end
_UNFINISHED_LOCK = threading.Lock()


def cancel_all() -> None:
    """Ask every task not yet finished, running or queued, to stop at its next check.

    Only long work that reads checks (a report's audit); a save or a backup finishes.
    """
    with _UNFINISHED_LOCK:
        tasks = list(_UNFINISHED)
    for task in tasks:
        task.token.cancel()


@dataclass
class _Callbacks:
    task: Task
    on_success: Callable[[Any], None]
    on_failure: Callable[[Exception], None]
    on_progress: Callable[[int, int], None] | None


_WORKER: QThreadPool | None = None


def database_worker() -> QThreadPool:
    """The application's one worker thread: every task of every runner runs there in turn.

    Database work is serialised as in an executor with one thread (as Anki does): two
    units of work never run at once, and waiting for this worker waits for all of them.
    """
    global _WORKER  # one per process, made on first use
    if _WORKER is None:
        _WORKER = QThreadPool()
        _WORKER.setObjectName("databaseWorker")
        _WORKER.setMaxThreadCount(1)
        _WORKER.setExpiryTimeout(-1)  # the thread stays: no start-up cost per task
    return _WORKER


class TaskRunner(QObject):
    """Hands tasks to the one database worker and calls back in the UI thread.

    Each page or dialog has its runner for its own callbacks and ``busy`` state; the
    work itself always runs on :func:`database_worker`. The callbacks run in the UI
    thread: the task's signals are connected to this object's slots (queued across
    threads), never to bare callables, which Qt would call in the worker thread.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = database_worker()
        self._running: dict[TaskSignals, _Callbacks] = {}  # results not yet delivered
        self._alive: dict[TaskSignals, Task] = {}  # not yet finished in the pool

    def start(
        self,
        work: Callable[..., Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        *,
        on_progress: Callable[[int, int], None] | None = None,
        progress_argument: bool = True,
    ) -> Task:
        """Run ``work`` in the background; call back in the UI thread when done.

        ``on_progress`` gets what the work reports: through the function passed to it
        (unless ``progress_argument`` is false) and through :func:`cancel.progress`.
        """
        task = Task(work, with_progress=on_progress is not None and progress_argument)
        self._running[task.signals] = _Callbacks(task, on_success, on_failure, on_progress)
        self._alive[task.signals] = task
        task.signals.succeeded.connect(self._succeeded)
        task.signals.failed.connect(self._failed)
        task.signals.progressed.connect(self._progressed)
        task.signals.finished.connect(self._finished)
        self.pool.start(task.run)
        return task

    def unit(
        self,
        vault: Vault,
        work: Callable[[Session], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        *,
        preview: bool = False,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        """Run ``work(session)`` as one unit of work of ``vault`` on the worker.

        The vault opens and commits the session (or, with ``preview``, rolls it back):
        no widget code opens one. ``on_progress`` gets what the work reports through
        :func:`cancel.progress`.
        """
        run = vault.try_out if preview else vault.run
        return self.start(
            lambda: run(work),
            on_success,
            on_failure,
            on_progress=on_progress,
            progress_argument=False,
        )

    def _callbacks(self, *, last: bool = False) -> _Callbacks | None:
        sender = self.sender()
        if not isinstance(sender, TaskSignals):
            return None
        return self._running.pop(sender, None) if last else self._running.get(sender)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        # The task is no longer "busy" once its result is delivered, so that the
        # callback itself (or the user right after) may start the next one.
        callbacks = self._callbacks(last=True)
        if callbacks is not None:
            callbacks.on_success(result)

    @Slot(object)
    def _failed(self, error: object) -> None:
        callbacks = self._callbacks(last=True)
        if callbacks is not None and isinstance(error, Exception):
            callbacks.on_failure(error)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        callbacks = self._callbacks()
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(done, total)

    @Slot()
    def _finished(self) -> None:
        sender = self.sender()
        if isinstance(sender, TaskSignals):
            self._running.pop(sender, None)
            self._alive.pop(sender, None)

    def cancel(self) -> None:
        """Ask this runner's tasks to stop at their next check (see :mod:`vpi_groups.cancel`)."""
        for task in list(self._alive.values()):
            task.token.cancel()

    @property
    def busy(self) -> bool:
        """Whether a task is still running, queued, or has results not yet delivered."""
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker has finished every task (used at lock, exit and in tests)."""
        return self.pool.waitForDone(msecs)

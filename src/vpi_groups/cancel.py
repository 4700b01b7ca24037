"""Stopping long work between two steps, and saying how far it has gone.

Work on the database worker runs inside a :func:`scope` with its own :class:`Token`;
long loops call :func:`check` between steps (one linear program of the disclosure
audit, for example), which raises :class:`WorkCancelledError` once the token is cancelled.
Nothing is written by the work that checks, so stopping it loses nothing; work that
writes (a save, a backup) has no check and always finishes.

The same loops may call :func:`progress` with two numbers of their own; the token's
``report`` (the window's task passes them on to the page that started the work) gets
them, at most ten times a second. Without a scope, or without ``report``, nothing happens.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections.abc import Callable, Iterator

from vpi_groups.errors import AppError


class WorkCancelledError(AppError):
    """The work was stopped before its end (the vault locked, or the user asked)."""

    code = "cancelled"


class Token:
    """Cancelled once, from any thread; read by the work it belongs to."""

    def __init__(self, report: Callable[[int, int], None] | None = None) -> None:
        self._event = threading.Event()
        self.report = report  # called by progress(), in the work's thread
        self.reported = -math.inf  # when it last was (time.monotonic())

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._event.is_set()


_local = threading.local()
INTERVAL = 0.1  # seconds between two progress reports, at least


@contextlib.contextmanager
def scope(token: Token) -> Iterator[Token]:
    """Run the block with ``token`` as this thread's current token."""
    previous = getattr(_local, "token", None)
    _local.token = token
    try:
        yield token
    finally:
        _local.token = previous


def check() -> None:
    """Raise :class:`WorkCancelledError` if this thread's current work was cancelled.

    Raises:
        WorkCancelledError: the token of the enclosing :func:`scope` is cancelled.
    """
    token: Token | None = getattr(_local, "token", None)
    if token is not None and token.cancelled:
        raise WorkCancelledError


def progress(first: int, second: int) -> None:
    """Tell the current work's token how far it has gone (two numbers the work defines).

    Reports closer than :data:`INTERVAL` to the previous one are dropped: a loop may
    call this at every step.
    """
    token: Token | None = getattr(_local, "token", None)
    if token is None or token.report is None:
        return
    now = time.monotonic()
    if now - token.reported < INTERVAL:
        return
    token.reported = now
    token.report(first, second)

"""Stopping long work between two steps: a report's audit when the vault locks.

Work on the database worker runs inside a :func:`scope` with its own :class:`Token`;
long loops call :func:`check` between steps (one linear program of the disclosure
audit, for example), which raises :class:`WorkCancelledError` once the token is cancelled.
Nothing is written by the work that checks, so stopping it loses nothing; work that
writes (a save, a backup) has no check and always finishes.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from vpi_groups.errors import AppError


class WorkCancelledError(AppError):
    """The work was stopped before its end (the vault locked, or the user asked)."""

    code = "cancelled"


class Token:
    """Cancelled once, from any thread; read by the work it belongs to."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._event.is_set()


_local = threading.local()


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

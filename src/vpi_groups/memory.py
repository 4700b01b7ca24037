"""Memory during and after a large piece of work: the collector paused, the C heap given back.

:func:`collector_paused`: a report or a calendar export makes a few hundred thousand
small objects that all live until it ends; Python's cycle collector would go over the
whole heap several times for nothing, holding the interpreter the window needs.

:func:`give_back`: a decade report's audit builds linear programmes (HiGHS, numpy)
and many short-lived rows on the database worker: about 250 MB at its peak on a large
vault. Once freed, most of it stays in the C library's heaps, fragmented, and the
process keeps it: on the benchmark's large vault the window held 398 MB after the run
where it held 226 MB just after the unlock. glibc's ``malloc_trim`` returns the free
pages of every heap to the system; other C libraries (musl, Windows, macOS) have no
such call and nothing is done. Called on the worker thread, at the end of the work:
ctypes releases the interpreter while the call runs, so the window does not wait.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import sys
from collections.abc import Callable, Iterator

__all__ = ["collector_paused", "give_back"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for one large piece of work (the one place that does).

    Measured: a third of a decade report's time, and a sixth of a ten-year calendar
    export's (about 110 of 600 ms), went to collections that found nothing. Reference
    counting still frees objects as usual; a cycle made meanwhile is collected once the
    collector runs again. Left off if it was off (nested pieces of work are fine).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@functools.cache
def _trim() -> Callable[[int], int] | None:
    """Return glibc's ``malloc_trim``, or None where the C library has none."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here: the window imports this module before its first paint

    try:
        # The process's own symbols, the C library's among them: no search for the
        # library's file (ctypes.util.find_library runs ldconfig in a child process,
        # a fork of the whole window on the worker, in the middle of a report).
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # a C library without malloc_trim (musl)
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def give_back() -> bool:
    """Return the heap's free pages to the system; whether this C library could."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True

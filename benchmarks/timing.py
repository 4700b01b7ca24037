"""Shared helpers for the benchmark scripts: repeat, take medians, print ratios."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(work: Callable[[], object], repeat: int = 5) -> float:
    """Run ``work`` ``repeat`` times and return the median wall-clock time in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def paired_medians(
    work: Callable[[], object], baseline: Callable[[], object], repeat: int = 5
) -> tuple[float, float, float]:
    """Run ``work`` and ``baseline`` in turn; return both medians and the median ratio.

    Each of the ``repeat`` rounds runs one then the other. Alternating the two keeps
    a slow spell of a shared machine from landing on one side only; the median ratio
    of the rounds is the figure least moved by it.
    """
    times: list[float] = []
    bases: list[float] = []
    for _ in range(repeat):
        for callable_, out in ((work, times), (baseline, bases)):
            start = time.perf_counter()
            callable_()
            out.append(time.perf_counter() - start)
    ratios = [t / b for t, b in zip(times, bases, strict=True) if b > 0]
    return statistics.median(times), statistics.median(bases), statistics.median(ratios)


def report(label: str, measured: float, baseline: float, target: float | None = None) -> str:
    """Format one line: the measured median, the baseline and their ratio."""
    ratio = measured / baseline if baseline > 0 else float("inf")
    verdict = ""
    if target is not None:
        verdict = f"  (target <= {target:g}x: {'ok' if ratio <= target else 'MISSED'})"
    line = f"{label:<44} {measured * 1000:10.2f} ms  vs {baseline * 1000:10.2f} ms  = {ratio:5.2f}x"
    return line + verdict

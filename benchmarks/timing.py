"""Shared helpers for the benchmark scripts: interleave, take medians, print and record verdicts.

Every benchmark compares the app's real path with the same work done the obvious fast
way, in the same run, the two sides in turn (A, B, A, B...). Each figure is printed
with its target and verdict, and appended as one JSON line to the file named by the
``VPI_BENCH_RESULTS`` environment variable (``make bench`` sets it;
``benchmarks/summary.py`` prints the table from it).
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

RESULTS_ENV = "VPI_BENCH_RESULTS"


def median_seconds(work: Callable[[], object], repeat: int = 5) -> float:
    """Run ``work`` ``repeat`` times and return the median wall-clock time in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(
    work: Callable[[], object], baseline: Callable[[], object], repeat: int = 5
) -> tuple[list[float], list[float]]:
    """Run ``work`` and ``baseline`` in turn ``repeat`` times; return both lists of seconds."""
    times: list[float] = []
    bases: list[float] = []
    for _ in range(repeat):
        for callable_, out in ((work, times), (baseline, bases)):
            start = time.perf_counter()
            callable_()
            out.append(time.perf_counter() - start)
    return times, bases


def paired_medians(
    work: Callable[[], object], baseline: Callable[[], object], repeat: int = 5
) -> tuple[float, float, float]:
    """Run ``work`` and ``baseline`` in turn; return both medians and the median ratio.

    Each of the ``repeat`` rounds runs one then the other. Alternating the two keeps
    a slow spell of a shared machine from landing on one side only; the median ratio
    of the rounds is the figure least moved by it.
    """
    times, bases = interleaved(work, baseline, repeat)
    return statistics.median(times), statistics.median(bases), median_ratio(times, bases)


def median_ratio(times: list[float], bases: list[float]) -> float:
    """The median of the per-round ratios (``inf`` when no baseline took any time)."""
    ratios = [t / b for t, b in zip(times, bases, strict=True) if b > 0]
    return statistics.median(ratios) if ratios else float("inf")


def spread(values: list[float]) -> str:
    """``min-max`` of a list of ratios or times, for the closing note of a run."""
    return f"{min(values):.2f}-{max(values):.2f}" if values else "-"


def verdict(value: float, target: float | None) -> str:
    """Say "ok" when ``value`` is within ``target``, "MISSED" when not, "info" without one."""
    if target is None:
        return "info"
    return "ok" if value <= target else "MISSED"


def record(
    benchmark: str,
    figure: str,
    *,
    measured: float,
    baseline: float | None,
    target: float | None,
    unit: str = "ms",
    kind: str = "ratio",
    ratio: float | None = None,
    note: str = "",
    verdict_of: str | None = None,
) -> dict[str, object]:
    """Append one figure to the results file (if any) and return it.

    ``kind`` is "ratio" (the target bounds measured / baseline, or ``ratio`` when
    given: the median of per-round ratios) or "absolute" (the target bounds
    ``measured`` itself, in ``unit``); ``verdict_of`` gives the verdict when the
    target is more than one bound (a stall's worst and median gaps).
    """
    if kind == "ratio":
        if ratio is None:
            ratio = measured / baseline if baseline else float("inf")
        judged = ratio
    else:
        judged = measured
    row: dict[str, object] = {
        "benchmark": benchmark,
        "figure": figure,
        "measured": measured,
        "baseline": baseline,
        "ratio": ratio,
        "target": target,
        "unit": unit,
        "kind": kind,
        "verdict": verdict_of or verdict(judged, target),
        "note": note,
    }
    path = os.environ.get(RESULTS_ENV)
    if path:
        with Path(path).open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return row


def report(
    label: str,
    measured: float,
    baseline: float,
    target: float | None = None,
    *,
    ratio: float | None = None,
    benchmark: str | None = None,
) -> str:
    """Format one line: the measured median, the baseline, their ratio, target and verdict.

    With ``benchmark``, the figure is also recorded (see :func:`record`). ``ratio``
    overrides measured / baseline (e.g. the median of per-round ratios).
    """
    if ratio is None:
        ratio = measured / baseline if baseline > 0 else float("inf")
    if benchmark is not None:
        record(
            benchmark,
            label,
            measured=measured * 1000,
            baseline=baseline * 1000,
            target=target,
            ratio=ratio,
        )
    target_text = f"target <= {target:g}x" if target is not None else "no target"
    line = f"{label:<52} {measured * 1000:10.2f} ms  vs {baseline * 1000:10.2f} ms  = {ratio:5.2f}x"
    return line + f"  ({target_text}: {verdict(ratio, target)})"


def absolute(
    benchmark: str,
    label: str,
    value: float,
    target: float | None,
    unit: str,
    *,
    baseline: float | None = None,
    note: str = "",
) -> str:
    """Record and format one figure judged on its own value (a stall, a memory size)."""
    record(
        benchmark,
        label,
        measured=value,
        baseline=baseline,
        target=target,
        unit=unit,
        kind="absolute",
        note=note,
    )
    target_text = f"target <= {target:g} {unit}" if target is not None else "no target"
    base = f"  (baseline {baseline:.1f} {unit})" if baseline is not None else ""
    return f"{label:<52} {value:10.1f} {unit}{base}  ({target_text}: {verdict(value, target)})"

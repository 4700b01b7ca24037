"""Disclosure figures: the joint audit of a yearly release against a ledger of earlier ones.

Builds the ten-year programme of :mod:`benchmarks.reports` (2016-2025) in a fresh
vault, then releases, through the real export path (``reports.files.save``, which
records each file in the release ledger), twenty reports that overlap 2025: its twelve
months, its four quarters, the year by quarter, the year at k = 3 and at k = 11, and
2024-2025 by year (which makes the audit read the counts of both years). Then, in
the same run and in turn:

- the release measured: 2025 by month with every breakdown at k = 5, built by
  ``build_report`` (tables, line-by-line suppression, and the joint audit against the
  twenty releases);
- the same report without the joint audit (its tables and line-by-line suppression
  only): the unprotected report's time, the baseline.

Prints both medians, the audit's own time (the difference), the number of linear
programs it solved and of counts it hid, and the verdict against the target: the audit
within 3 s on this machine.

Run: ``.venv/bin/python -m benchmarks.disclosure [--groups N] [--repeat N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.reports import EVERY_BREAKDOWN, LAST_YEAR, build, fresh_vault, without_audit
from benchmarks.timing import absolute, interleaved, report, spread
from vpi_groups.reports import files
from vpi_groups.reports import indicators as reports
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import PeriodKind

NAME = "disclosure"
TARGET_SECONDS = 3.0


def releases() -> list[tuple[reports.PeriodSpec, int]]:
    """The twenty earlier releases: (period, k)."""
    year = LAST_YEAR
    out = [(reports.PeriodSpec.month(year, m), 5) for m in range(1, 13)]
    out += [(reports.PeriodSpec.quarter(year, q), 5) for q in range(1, 5)]
    out.append((reports.PeriodSpec.year(year, PeriodKind.QUARTER), 5))
    out += [(reports.PeriodSpec.year(year), 3), (reports.PeriodSpec.year(year), 11)]
    two_years = reports.PeriodSpec(dt.date(year - 1, 1, 1), dt.date(year, 12, 31), PeriodKind.YEAR)
    out.append((two_years, 5))
    return out


def release(vault: vaults.Vault, folder: Path, spec: reports.PeriodSpec, k: int) -> None:
    with vault.session() as s:
        made = reports.build_report(s, spec, breakdowns=EVERY_BREAKDOWN, k=k)
        data = files.render(made, files.Format.JSON, "fr")
        name = f"bilan-{spec.start}-{spec.end}-{spec.by.value}-k{k}.json"
        files.save(s, made, files.Format.JSON, data, folder / name)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--groups", type=int, default=48, help="talk groups a year")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with fresh_vault() as vault, tempfile.TemporaryDirectory(prefix="vpi-bench-out-") as out:
        started = time.perf_counter()
        written = build(vault, args.groups, purge=False)
        took = time.perf_counter() - started
        print(f"vault: ten years, {written:,} register lines (built in {took:.0f} s)")
        started = time.perf_counter()
        earlier = releases()
        for spec, k in earlier:
            release(vault, Path(out), spec, k)
        print(f"{len(earlier)} earlier releases recorded in {time.perf_counter() - started:.0f} s")
        spec = reports.PeriodSpec.year(LAST_YEAR)
        made: list[reports.Report] = []

        def audited() -> None:
            with vault.session() as s:
                made.append(reports.build_report(s, spec, breakdowns=EVERY_BREAKDOWN, k=5))

        def unprotected() -> None:
            with without_audit(), vault.session() as s:
                reports.build_report(s, spec, breakdowns=EVERY_BREAKDOWN, k=5)

        times, bases = interleaved(audited, unprotected, args.repeat)
        summary = made[-1].audit
        assert summary is not None
        print(
            report(
                "2025 by month, every breakdown, 20 earlier releases",
                statistics.median(times),
                statistics.median(bases),
                None,
                benchmark=NAME,
            )
        )
        audit_times = [t - b for t, b in zip(times, bases, strict=True)]
        print(
            absolute(
                NAME,
                "joint audit of that release (its own time)",
                statistics.median(audit_times),
                TARGET_SECONDS,
                "s",
                baseline=statistics.median(bases),
                note=(
                    f"{summary.programs} linear programs, {summary.hidden} of "
                    f"{summary.counts} counts hidden, {summary.earlier_releases} earlier "
                    f"releases joined; rounds {spread(audit_times)} s"
                ),
            )
        )
        print(
            f"  {summary.programs} linear programs solved; {summary.hidden} of {summary.counts} "
            f"counts of people hidden; {summary.earlier_releases} earlier releases joined; "
            f"audit per round {spread(audit_times)} s"
        )


if __name__ == "__main__":
    main()

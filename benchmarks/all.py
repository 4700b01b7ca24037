"""Run every benchmark at moderate sizes, then print one summary table (``make bench``).

Each benchmark runs in its own process with ``VPI_BENCH_RESULTS`` set, so its figures
land in one JSON-lines file; :mod:`benchmarks.summary` prints the table at the end.
The sizes here keep the whole run near 15 minutes on two cores; each script takes
flags for bigger runs (see docs/benchmarks.md). ``--only NAME,...`` runs a subset.

Run: ``.venv/bin/python -m benchmarks.all [--results FILE] [--only storage,ics]``
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.summary import rows, table
from benchmarks.timing import RESULTS_ENV

ROOT = Path(__file__).resolve().parent.parent
# name -> arguments (moderate sizes; the defaults of each script are the full ones)
RUNS: dict[str, list[str]] = {
    "storage": ["--rows", "50000", "--commits", "100"],
    "attendance": ["--lines", "150000", "--saves", "60", "--bulk", "20000"],
    "scheduling": ["--groups", "30", "--repeat", "3"],
    "ics": ["--groups", "48", "--repeat", "3"],
    "reports": ["--groups", "48", "--repeat", "3"],
    "disclosure": ["--groups", "48", "--repeat", "3"],
    "window": ["--rounds", "1", "--startup-runs", "7"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--results", help="JSON-lines file of the figures (default: a temp file)")
    parser.add_argument("--only", help="comma-separated benchmarks to run")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else list(RUNS)
    results = Path(args.results or tempfile.mkstemp(prefix="vpi-bench-", suffix=".jsonl")[1])
    results.write_text("", encoding="utf-8")
    env = dict(os.environ, **{RESULTS_ENV: str(results)})
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    failed = []
    for name in chosen:
        print(f"\n=== {name} {' '.join(RUNS[name])}", flush=True)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", f"benchmarks.{name}", *RUNS[name]], cwd=ROOT, env=env
        )
        print(f"=== {name}: {time.perf_counter() - started:.0f} s", flush=True)
        if done.returncode:
            failed.append(name)
    print("\n" + table(rows(results)))
    print(f"(figures in {results})")
    if failed:
        print(f"benchmarks that failed to run: {', '.join(failed)}")
        sys.exit(1)


if __name__ == "__main__":
    main()

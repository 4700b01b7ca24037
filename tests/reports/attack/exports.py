"""Set-up for the attacks: demo vaults, and report files exported the way the app does.

Only this module (and the tests' set-up) uses the application's report code, to
*produce* files through the real export path; the attacker reads the files alone.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from tests.reports.attack.lp_attacker import COUNTS, Violation
from vpi_groups.demo import data as demo_data
from vpi_groups.reports import files
from vpi_groups.reports import indicators as reports
from vpi_groups.reports.files import Format
from vpi_groups.storage import vault as vaults

PASSPHRASE = "le bilan annuel du programme 2025"
TODAY = dt.date(2026, 12, 31)  # two whole years of demo programme: 2025 and 2026
YEAR = 2025
SEED = 7
EVERY_BREAKDOWN = tuple(reports.Breakdown)


def demo(folder: Path) -> vaults.Vault:
    """A new vault holding two years of the demo programme (seed 7)."""
    vault, _recovery = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    with vault.session() as s:
        demo_data.populate(s, years=2, seed=SEED, today=TODAY)
    return vault


def export(
    vault: vaults.Vault,
    path: Path,
    spec: reports.PeriodSpec,
    *,
    breakdowns: Sequence[reports.Breakdown] = EVERY_BREAKDOWN,
    k: int = 5,
) -> Path:
    """Build a report and save it as JSON through the real export path."""
    with vault.session() as s:
        report = reports.build_report(s, spec, breakdowns=breakdowns, k=k)
        data = files.render(report, Format.JSON, "fr")
        files.save(s, report, Format.JSON, data, path)
    return path


def unavailable(paths: Iterable[Path]) -> list[str]:
    """Every "unavailable" value of the people tables (and chart) of these files."""
    out = []
    for path in paths:
        document = json.loads(path.read_bytes())
        for table in document["tables"]:
            if table["indicator"] not in COUNTS:
                continue
            values = [v for row in table["cells"] for v in row]
            values += [*(table["row_totals"] or ()), *(table["column_totals"] or ())]
            values.append(table["grand_total"])
            count = values.count("unavailable")
            if count:
                out.append(f"{path.name}: {table['id']} has {count} unavailable value(s)")
        bars = [b for b in document["chart"]["bars"] if b["value"] == "unavailable"]
        if bars:
            out.append(f"{path.name}: the chart has {len(bars)} unavailable bar(s)")
    return out


def summary(violations: Sequence[Violation], shown: int = 25) -> str:
    """The violations as an assertion message: counts per rule, then the first ones."""
    counts = Counter(v.rule for v in violations)
    head = ", ".join(f"{rule}: {n}" for rule, n in sorted(counts.items()))
    lines = [f"{len(violations)} violation(s) ({head})"]
    lines += [f"  {v}" for v in violations[:shown]]
    if len(violations) > shown:
        lines.append(f"  ... and {len(violations) - shown} more")
    return "\n".join(lines)

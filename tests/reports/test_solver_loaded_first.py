"""A report loads the solver before it reads anything (so that its modules sit apart).

Modules imported in the middle of a large report would be scattered among its
short-lived objects and keep their memory from being given back (docs/benchmarks.md:
the window's RSS after a decade report). Checked in a fresh interpreter, where nothing
has imported HiGHS yet.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHILD = """
import sys
from pathlib import Path
from vpi_groups.reports import audit, indicators
from vpi_groups.reports.periods import PeriodSpec
from vpi_groups.storage import vault as vaults

NO_LOAD = NO_LOAD_VALUE
if NO_LOAD:
    audit.load_solver = lambda: None
seen = []
read = indicators._load

def spy(*args, **kwargs):
    seen.append(all(name in sys.modules for name in ("highspy", "numpy")))
    return read(*args, **kwargs)

indicators._load = spy
assert "highspy" not in sys.modules
vault, _key = vaults.create(Path(sys.argv[1]), "un rapport sans personne 2026", kdf_seconds=0)
with vault.session() as s:
    indicators.build_report(s, PeriodSpec.year(2026))
vault.lock()
print(seen)
"""


def _seen(folder: Path, *, load: bool) -> str:
    child = CHILD.replace("NO_LOAD_VALUE", str(not load))
    done = subprocess.run(
        [sys.executable, "-c", child, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout.strip()


def test_the_solver_is_loaded_before_the_report_reads_its_rows(tmp_path: Path) -> None:
    assert _seen(tmp_path / "loaded", load=True) == "[True]"


def test_the_check_fails_when_the_solver_is_not_loaded_first(tmp_path: Path) -> None:
    assert _seen(tmp_path / "not-loaded", load=False) == "[False]"

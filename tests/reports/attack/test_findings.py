"""The attacker on the application's own files: what the demo programme's reports give away.

Each test exports JSON reports of the demo programme (two years, seed 7) through the
real export path, the way a user would over time, then attacks every file of the
folder together (tests/reports/attack/lp_attacker.py: only the files are read). None
of the files may give a small count away, alone or together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.reports.attack.exports import (
    EVERY_BREAKDOWN,
    YEAR,
    demo,
    export,
    summary,
    unavailable,
)
from tests.reports.attack.lp_attacker import Violation, attack_files, attack_folder
from vpi_groups.attendance import retention
from vpi_groups.reports.indicators import Breakdown, PeriodSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Attendance, AttendanceStatus, PeriodKind, ProgrammeSession


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[vaults.Vault]:
    """The demo programme, shared by the tests that only export from it."""
    vault = demo(tmp_path_factory.mktemp("demo") / "vault")
    yield vault
    vault.lock()


def test_one_default_report_gives_nothing_away(demo_vault: vaults.Vault, tmp_path: Path) -> None:
    export(demo_vault, tmp_path / "year.json", PeriodSpec.year(YEAR), k=5)
    violations = attack_folder(tmp_path)
    assert violations == [], summary(violations)


def test_reports_of_nested_periods_give_nothing_away_together(
    demo_vault: vaults.Vault, tmp_path: Path
) -> None:
    """The year by month and by quarter, each quarter, each month, and k = 3 and 11."""
    export(demo_vault, tmp_path / "year.json", PeriodSpec.year(YEAR))
    export(demo_vault, tmp_path / "year-q.json", PeriodSpec.year(YEAR, PeriodKind.QUARTER))
    for quarter in range(1, 5):
        export(demo_vault, tmp_path / f"q{quarter}.json", PeriodSpec.quarter(YEAR, quarter))
    for month in range(1, 13):
        export(demo_vault, tmp_path / f"m{month:02d}.json", PeriodSpec.month(YEAR, month))
    export(demo_vault, tmp_path / "year-k3.json", PeriodSpec.year(YEAR), k=3)
    export(demo_vault, tmp_path / "year-k11.json", PeriodSpec.year(YEAR), k=11)
    violations = attack_folder(tmp_path)
    assert violations == [], summary(violations)


@pytest.mark.parametrize("k", [7, 11])
def test_one_table_alone_gives_nothing_away(
    demo_vault: vaults.Vault, tmp_path: Path, k: int
) -> None:
    """A report with a single breakdown (besides months), each attacked on its own."""
    violations: list[Violation] = []
    for breakdown in EVERY_BREAKDOWN:
        path = export(
            demo_vault,
            tmp_path / f"{breakdown.value}.json",
            PeriodSpec.year(YEAR),
            breakdowns=[breakdown],
            k=k,
        )
        violations += attack_files([path])
    assert violations == [], summary(violations)


def _someone_of(vault: vaults.Vault, start: dt.datetime, end: dt.datetime) -> int:
    """A participant present at a session between these instants."""
    with vault.session() as s:
        return s.scalars(
            select(Attendance.participant_id)
            .join(ProgrammeSession, ProgrammeSession.id == Attendance.session_id)
            .where(
                Attendance.status == AttendanceStatus.PRESENT.value,
                ProgrammeSession.starts_at >= start,
                ProgrammeSession.starts_at < end,
            )
            .order_by(Attendance.participant_id)
            .limit(1)
        ).one()


def test_erasure_and_purge_leave_the_year_unchanged(tmp_path: Path) -> None:
    """The same year before and after an erasure, then after a purge of its first half."""
    vault = demo(tmp_path / "vault")
    out = tmp_path / "reports"
    out.mkdir()
    try:
        spec = PeriodSpec.year(YEAR)
        export(vault, out / "1-before.json", spec)
        autumn = dt.datetime(YEAR, 9, 1, tzinfo=dt.UTC), dt.datetime(YEAR, 12, 1, tzinfo=dt.UTC)
        person = _someone_of(vault, *autumn)
        with vault.session() as s:
            retention.erase(s, person)
        export(vault, out / "2-after-erasure.json", spec)
        with vault.session() as s:
            # 24 months before 1 July 2027: people last seen before July 2025 go
            report = retention.purge(s, months=24, now=dt.datetime(2027, 7, 1, tzinfo=dt.UTC))
        assert report.participants > 0
        export(vault, out / "3-after-purge.json", spec)
        export(
            vault, out / "4-after-purge-by-quarter.json", PeriodSpec.year(YEAR, PeriodKind.QUARTER)
        )
    finally:
        vault.lock()
    paths = sorted(out.glob("*.json"))
    assert unavailable(paths) == []  # whole calendar periods are always exact
    violations = attack_folder(out)
    assert violations == [], summary(violations)


def test_breakdowns_are_the_application_s() -> None:
    """The attacker's vocabulary of breakdowns is the one the files use."""
    assert {b.value for b in Breakdown} == {
        "axis",
        "action",
        "group",
        "facilitator-sector",
        "referral-source",
        "age-band",
        "gender",
        "month",
    }

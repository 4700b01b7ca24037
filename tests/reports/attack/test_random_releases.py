"""Random programmes, random series of releases: all the files together give nothing away.

Each example builds a small random programme (the strategy of
tests/reports/test_report_properties.py), then exports 2 to 5 reports of nested
calendar periods of 2025 (the year, one quarter, months of that quarter; by month or
by quarter; random breakdowns; k from 3 to 11), sometimes purging everyone or erasing
someone between two exports, through the real export path. The attacker then reads
every file of the folder together.

Shrinking is left out: an example costs up to a second, and a failing one is shown
as drawn (programme, releases and the violations found).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.reports.attack.exports import PASSPHRASE, export, summary
from tests.reports.attack.lp_attacker import attack_folder
from tests.reports.test_report_properties import Spec, build, programmes
from vpi_groups.attendance import retention
from vpi_groups.reports.indicators import Breakdown, PeriodSpec, ReportError, ReportErrorCode
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    AgeBand,
    AttendanceStatus,
    Participant,
    PeriodKind,
    ReferralSource,
)

YEAR = 2025


@dataclass(frozen=True)
class Release:
    """One export: its period, columns, breakdowns, threshold, and what happened before."""

    period: str  # "year", "quarter" or "month"
    month: int  # the month, for a month's report
    by: PeriodKind
    breakdowns: tuple[Breakdown, ...]
    k: int
    before: str | None  # None, "purge" or "erase"

    def spec(self, quarter: int) -> PeriodSpec:
        if self.period == "year":
            return PeriodSpec.year(YEAR, self.by)
        if self.period == "quarter":
            return PeriodSpec.quarter(YEAR, quarter, self.by)
        return PeriodSpec.month(YEAR, self.month, self.by)


@st.composite
def releases(draw: st.DrawFn, quarter: int) -> list[Release]:
    """2 to 5 exports of the year, the quarter and its months."""
    months = st.integers(3 * quarter - 2, 3 * quarter)
    out = []
    for _ in range(draw(st.integers(2, 5))):
        out.append(
            Release(
                period=draw(st.sampled_from(["year", "quarter", "month"])),
                month=draw(months),
                by=draw(st.sampled_from([PeriodKind.MONTH, PeriodKind.QUARTER])),
                breakdowns=tuple(
                    draw(st.lists(st.sampled_from(Breakdown), unique=True, max_size=4))
                ),
                k=draw(st.integers(3, 11)),
                before=draw(st.sampled_from([None, None, None, "purge", "erase"])),
            )
        )
    return out


def _participants(vault: vaults.Vault) -> list[int]:
    with vault.session() as s:
        return list(s.scalars(select(Participant.id).order_by(Participant.id)))


# Derandomised: the same programmes and release sequences on every run, so that the
# gate is stable. To search further, copy this test without ``derandomize`` and with
# more examples, and run it with --hypothesis-seed=N; a draw found so becomes a named
# test below.
@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=programmes(), data=st.data())
def test_random_releases_give_nothing_away(
    shared_vault: vaults.Vault, spec: Spec, data: st.DataObject
) -> None:
    build(shared_vault, spec)
    # the quarter of a group's start, so that the nested periods hold sessions
    quarter = data.draw(st.sampled_from([(start.month - 1) // 3 + 1 for start, _n in spec.groups]))
    series = data.draw(releases(quarter))
    refusals: list[int] = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for number, release in enumerate(series, start=1):
            if release.before == "purge":
                with shared_vault.session() as s:
                    retention.purge(s, months=24, now=dt.datetime(2029, 1, 1, tzinfo=dt.UTC))
            elif release.before == "erase" and (people := _participants(shared_vault)):
                person = people[data.draw(st.integers(0, len(people) - 1))]
                with shared_vault.session() as s:
                    retention.erase(s, person)
            path = out / f"{number}-{release.period}.json"
            refused: ReportError | None = None
            try:
                export(
                    shared_vault,
                    path,
                    release.spec(quarter),
                    breakdowns=release.breakdowns,
                    k=release.k,
                )
            except ReportError as error:
                refused = error
            if refused is not None:
                # a report that cannot be protected is refused, and nothing is written
                assert refused.code is ReportErrorCode.CANNOT_PROTECT
                assert not path.exists()
                refusals.append(number)
        violations = attack_folder(out)
    note(f"quarter {quarter}; releases: {series}; refused: {refusals}")
    assert violations == [], summary(violations)


# ---------------------------------------------------------------- draws found by searching
#
# Each was found by the random search (a seed, many examples), failed on the audit of
# its day, and is kept here as it was drawn.

_MARKS = {"P": AttendanceStatus.PRESENT, "E": AttendanceStatus.EXCUSED}
_MARKS["A"] = AttendanceStatus.ABSENT
REFERRAL, AGE, GROUP = Breakdown.REFERRAL_SOURCE, Breakdown.AGE_BAND, Breakdown.GROUP
ACTION, AXIS, MONTH = Breakdown.ACTION, Breakdown.AXIS, Breakdown.MONTH
SECTOR = Breakdown.FACILITATOR_SECTOR


def _marks(text: str) -> list[AttendanceStatus | None]:
    return [_MARKS.get(c) for c in text]


def _attack(tmp_path: Path, spec: Spec, quarter: int, series: list[Release]) -> None:
    """Build ``spec``, export ``series`` (an erasure takes the first person), attack."""
    vault, _ = vaults.create(tmp_path / "vault", PASSPHRASE, kdf_seconds=0)
    try:
        build(vault, spec)
        out = tmp_path / "files"
        out.mkdir()
        for number, release in enumerate(series, start=1):
            if release.before == "purge":
                with vault.session() as s:
                    retention.purge(s, months=24, now=dt.datetime(2029, 1, 1, tzinfo=dt.UTC))
            elif release.before == "erase" and (people := _participants(vault)):
                with vault.session() as s:
                    retention.erase(s, people[0])
            path = out / f"{number}-{release.period}.json"
            refused: ReportError | None = None
            try:
                export(
                    vault, path, release.spec(quarter), breakdowns=release.breakdowns, k=release.k
                )
            except ReportError as error:
                refused = error
            if refused is not None:  # refused whole: nothing written
                assert refused.code is ReportErrorCode.CANNOT_PROTECT
                assert not path.exists()
        violations = attack_folder(out)
    finally:
        vault.lock()
    assert violations == [], summary(violations)


def test_a_groups_people_are_tied_to_its_held_sessions(tmp_path: Path) -> None:
    """Seed 505: a group's people in April, hidden at k = 10, was exactly 6.

    The quarter's report at k = 3 published the group's attendances in April and its
    held sessions; attendances ≤ held sessions × people gave at least 6 people, and
    the quarter's 6 people at most 6. The audit stated that tie for attribute rows
    only; it now states it for groups, actions, axes and everyone.
    """
    spec = Spec(
        groups=[(dt.date(2025, 11, 27), 3), (dt.date(2025, 3, 30), 4), (dt.date(2025, 4, 8), 5)],
        people=[
            (AgeBand.FROM_36_TO_45, ReferralSource.HEALTH),
            (AgeBand.FROM_26_TO_35, ReferralSource.SCHOOL),
            (AgeBand.OVER_65, ReferralSource.POLICE),
            (AgeBand.FROM_46_TO_55, ReferralSource.JUSTICE),
            (AgeBand.UNDER_18, ReferralSource.SOCIAL_SERVICES),
            (AgeBand.UNDER_18, ReferralSource.POLICE),
            (AgeBand.FROM_36_TO_45, ReferralSource.ASSOCIATION),
            (AgeBand.FROM_18_TO_25, ReferralSource.OTHER),
        ],
        marks=_marks(
            "-PPAPPEPPEAPAA-PPEPAPE-EPPE-PPEPEAPAAE-AAAPEAPPP--A-PPEPPAPPAEPPP-PAP-PP-A---E-PA-"
            "PPEPEAPEPAPP-A"
        ),
        headcounts=[None, None, 7, None, None, 5, None, None, None, None, 8, 4],
    )
    by = PeriodKind.QUARTER
    series = [
        Release("quarter", 5, by, (REFERRAL, ACTION, AXIS, MONTH), 6, "purge"),
        Release("month", 4, by, (MONTH, SECTOR, GROUP, REFERRAL), 10, None),
        Release("quarter", 4, PeriodKind.MONTH, (), 11, None),
        Release("quarter", 5, by, (SECTOR, AGE, GROUP, ACTION), 3, "purge"),
    ]
    _attack(tmp_path, spec, 2, series)


def test_the_headcount_row_is_cut_where_the_months_are(tmp_path: Path) -> None:
    """Seed 505, later: the headcount-only attendances of February were exactly 2.

    The quarter showed its months' totals and held sessions, and the headcount row
    over the quarter only; January's one session had no one on a register, so its
    attendances were all headcount, and February's followed. The audit now cuts the
    attribute rows (and the headcount row) at the months the totals show.
    """
    spec = Spec(
        groups=[(dt.date(2025, 1, 29), 4), (dt.date(2025, 8, 5), 5), (dt.date(2025, 2, 14), 2)],
        people=[
            (AgeBand.FROM_56_TO_65, ReferralSource.POLICE),
            (AgeBand.FROM_18_TO_25, ReferralSource.SOCIAL_SERVICES),
            (AgeBand.FROM_26_TO_35, ReferralSource.JUSTICE),
            (AgeBand.FROM_18_TO_25, ReferralSource.POLICE),
            (AgeBand.UNKNOWN, ReferralSource.ASSOCIATION),
        ],
        marks=_marks("PP-PP-PAEA-PAPP-AP-P--A-PP-PAPPPA-A-PPEPEEEAPPPPA--APPP"),
        headcounts=[8, None, None, None, None, 2, None, None, 1, 2, None],
    )
    by = PeriodKind.QUARTER
    series = [
        Release("month", 3, PeriodKind.MONTH, (REFERRAL, GROUP), 11, "purge"),
        Release("quarter", 2, by, (MONTH, SECTOR, REFERRAL, GROUP), 3, "erase"),
        Release("year", 2, by, (REFERRAL, ACTION, AXIS, AGE), 4, None),
        Release("year", 3, by, (SECTOR, GROUP), 5, "purge"),
        Release("year", 1, by, (AGE, GROUP, AXIS, MONTH), 6, None),
    ]
    _attack(tmp_path, spec, 1, series)


def test_a_zero_published_earlier_is_never_hidden_again(tmp_path: Path) -> None:
    """Seed 606: a quarter's people aged 26-35, hidden, could only be 0.

    The year's report had published 0 for each month of the quarter; the quarter's
    report hid February's 0 (for P3) and so the quarter's row total, believing them
    uncertain. A zero an earlier release published now stays published.
    """
    spec = Spec(
        groups=[(dt.date(2025, 1, 30), 4), (dt.date(2025, 5, 27), 5)],
        people=[
            (AgeBand.FROM_26_TO_35, ReferralSource.JUSTICE),
            (AgeBand.FROM_26_TO_35, ReferralSource.JUSTICE),
            (AgeBand.FROM_56_TO_65, ReferralSource.SCHOOL),
            (AgeBand.UNKNOWN, ReferralSource.UNKNOWN),
            (AgeBand.UNKNOWN, ReferralSource.SELF),
            (AgeBand.FROM_18_TO_25, ReferralSource.OTHER),
            (AgeBand.FROM_26_TO_35, ReferralSource.JUSTICE),
        ],
        marks=_marks("-AAP-EAP-EPP-PAEAP-EE-EA-P---PAEAP-P-PP-PAEEPEEPA-APPAAPPPPE--P"),
        headcounts=[None, 1, None, None, 2, 3, 6, 2, None],
    )
    series = [
        Release("year", 1, PeriodKind.MONTH, (), 3, "purge"),
        Release("quarter", 1, PeriodKind.MONTH, (), 3, "purge"),
    ]
    _attack(tmp_path, spec, 1, series)

"""Reports cover the calendar grid only: whole months, quarters, years, or runs of years.

Any two days are tried (hypothesis); a period is accepted exactly when it is on the grid,
worked out here from the calendar, not by the code under test. The command line's
presets give the same periods, and a period off the grid is a usage error (exit code 2)
that says why.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.reports.conftest import make_programme
from vpi_groups import error_messages
from vpi_groups.cli import EXIT_OK, EXIT_USAGE, main
from vpi_groups.reports.periods import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_YEARS,
    PeriodSpec,
    ReportError,
    ReportErrorCode,
    on_grid,
)
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import PeriodKind

PASSPHRASE = "bilan trimestriel du centre social 2025"


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def expected_kind(start: dt.date, end: dt.date) -> str | None:
    """What the two days make on the calendar: "month", "quarter", "years", or None."""
    if start.day != 1:
        return None
    if end == _last_day(start.year, start.month):
        return "month"
    if start.month in (1, 4, 7, 10) and end == _last_day(start.year, start.month + 2):
        return "quarter"
    if start.month == 1 and (end.month, end.day) == (12, 31) and end.year >= start.year:
        return "years"
    return None


def _grid_days(first: int, last: int) -> st.SearchStrategy[dt.date]:
    """First and last days of months, where the grid's periods begin and end."""
    months = st.tuples(st.integers(first, last), st.integers(1, 12))
    return st.one_of(
        months.map(lambda ym: dt.date(ym[0], ym[1], 1)),
        months.map(lambda ym: _last_day(*ym)),
    )


def days(first: int = 1995, last: int = 2105) -> st.SearchStrategy[dt.date]:
    """Any day, often one where a period of the grid begins or ends."""
    return st.one_of(st.dates(dt.date(first, 1, 1), dt.date(last, 12, 31)), _grid_days(first, last))


#: Periods worth trying every time: (first day, last day, accepted).
KNOWN = [
    (dt.date(2025, 1, 1), dt.date(2025, 12, 31), True),  # a year
    (dt.date(2025, 1, 1), dt.date(2025, 11, 30), False),  # the year but December
    (dt.date(2025, 1, 1), dt.date(2025, 12, 30), False),  # the year but its last day
    (dt.date(2025, 3, 15), dt.date(2025, 4, 30), False),  # cuts March
    (dt.date(2025, 2, 1), dt.date(2025, 4, 30), False),  # three months across quarters
    (dt.date(2025, 10, 1), dt.date(2025, 12, 31), True),  # the fourth quarter
    (dt.date(2024, 2, 1), dt.date(2024, 2, 29), True),  # a leap February
    (dt.date(2024, 2, 1), dt.date(2024, 2, 28), False),  # one day short of it
    (dt.date(2024, 1, 1), dt.date(2026, 12, 31), True),  # three whole years
    (dt.date(2024, 7, 1), dt.date(2025, 6, 30), False),  # twelve months, not a calendar year
]


@pytest.mark.parametrize(("start", "end", "accepted"), KNOWN)
def test_known_periods(start: dt.date, end: dt.date, accepted: bool) -> None:
    assert on_grid(start, end) is accepted
    assert (expected_kind(start, end) is not None) is accepted


def _known_examples(test: Callable[..., None]) -> Callable[..., None]:
    for start, end, _accepted in KNOWN:
        test = example(start=start, end=end, by=PeriodKind.MONTH)(test)
    return test


@_known_examples
@given(start=days(), end=days(), by=st.sampled_from(PeriodKind))
def test_accepted_exactly_on_the_grid(start: dt.date, end: dt.date, by: PeriodKind) -> None:
    kind = expected_kind(start, end)
    assert on_grid(start, end) == (kind is not None and start <= end)
    if end < start:
        code: ReportErrorCode | None = ReportErrorCode.END_BEFORE_START
    elif start.year < FIRST_YEAR or end.year > LAST_YEAR:
        code = ReportErrorCode.YEAR_RANGE
    elif end.year - start.year >= MAX_YEARS:
        code = ReportErrorCode.TOO_LONG
    elif kind is None:
        code = ReportErrorCode.NOT_ON_GRID
    else:
        code = None
    if code is not None:
        with pytest.raises(ReportError) as refused:
            PeriodSpec(start, end, by)
        assert refused.value.code is code
        return
    assert kind is not None
    spec = PeriodSpec(start, end, by)
    assert spec.span == (start, end)
    single_year = start.year == end.year
    calendar_kind = {
        "month": PeriodKind.MONTH,
        "quarter": PeriodKind.QUARTER,
        "years": PeriodKind.YEAR if single_year else None,
    }[kind]
    assert spec.calendar_kind is calendar_kind
    # the columns tile the period, and every one is a whole calendar period
    buckets = spec.buckets()
    assert buckets[0][0] == start
    assert buckets[-1][1] == end
    for (_a, before_end), (after_start, _b) in itertools.pairwise(buckets):
        assert after_start == before_end + dt.timedelta(days=1)
    for low, high in buckets:
        assert expected_kind(low, high) is not None


def test_presets_are_on_the_grid() -> None:
    assert PeriodSpec.month(2024, 2).span == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert PeriodSpec.quarter(2025, 4).span == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert PeriodSpec.year(2025).span == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert PeriodSpec.whole_years(2016, 2025).span == (dt.date(2016, 1, 1), dt.date(2025, 12, 31))
    assert PeriodSpec.whole_years(2000, 2000 + MAX_YEARS - 1).years()[-1] == 2029
    with pytest.raises(ReportError) as refused:
        PeriodSpec.whole_years(2000, 2000 + MAX_YEARS)
    assert refused.value.code is ReportErrorCode.TOO_LONG
    with pytest.raises(ReportError) as refused:
        PeriodSpec.whole_years(2026, 2025)
    assert refused.value.code is ReportErrorCode.END_BEFORE_START


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_refusal_says_why_and_what_is_allowed(lang: str) -> None:
    error = ReportError(ReportErrorCode.NOT_ON_GRID)
    said = error_messages.describe(error, lang)
    words = {
        "fr": ["soustraction", "mois", "trimestre", "année", f"{MAX_YEARS} au plus"],
        "en": ["subtraction", "month", "quarter", "year", f"{MAX_YEARS} at most"],
    }[lang]
    assert all(word in said for word in words), said
    assert "--from" in error_messages.describe(error, lang, "cli")
    assert error_messages.describe(error, lang, "window") == said


# ---------------------------------------------------------------- the command line


def _locked_programme(root: Path) -> tuple[Path, Path]:
    folder = root / "vault"
    vault, _ = vaults.create(folder, PASSPHRASE, kdf_seconds=0)
    make_programme(vault)
    vault.lock()
    secret = root / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return folder, secret


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A locked vault holding the programme of conftest.py, and its passphrase file."""
    return _locked_programme(tmp_path_factory.mktemp("report-grid"))


@pytest.fixture
def fresh(tmp_path: Path) -> tuple[Path, Path]:
    """The same, with no report released yet (earlier releases bind later ones)."""
    return _locked_programme(tmp_path)


def _report(setup: tuple[Path, Path], out: Path, *args: str) -> int:
    folder, secret = setup
    secrets = ["--passphrase-file", str(secret)]
    return main(
        ["--vault", str(folder), "report", *args, "--format", "json", "--out", str(out), *secrets]
    )


@pytest.mark.parametrize(
    ("args", "start", "end", "kind"),
    [
        (["--year", "2025"], "2025-01-01", "2025-12-31", "year"),
        (["--quarter", "2025-Q1"], "2025-01-01", "2025-03-31", "quarter"),
        (["--quarter", "2025-T2"], "2025-04-01", "2025-06-30", "quarter"),  # French T
        (["--month", "2025-03"], "2025-03-01", "2025-03-31", "month"),
        (["--month", "2024-02"], "2024-02-01", "2024-02-29", "month"),
        (["--from", "2024-01-01", "--to", "2025-12-31"], "2024-01-01", "2025-12-31", None),
        (["--from", "01/04/2025", "--to", "30/06/2025"], "2025-04-01", "2025-06-30", "quarter"),
    ],
)
def test_presets_and_dates_on_the_command_line(
    setup: tuple[Path, Path],
    tmp_path: Path,
    args: list[str],
    start: str,
    end: str,
    kind: str | None,
) -> None:
    out = tmp_path / "bilan.json"
    assert _report(setup, out, *args, "--by", "quarter") == EXIT_OK
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["period"] == {"start": start, "end": end, "by": "quarter", "calendar": kind}


def test_a_month_preset_counts_that_month(fresh: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "bilan.json"
    assert _report(fresh, out, "--month", "2025-03") == EXIT_OK
    document = json.loads(out.read_text(encoding="utf-8"))
    tables = {t["id"]: t for t in document["tables"]}
    months = tables["attendances-by-month"]
    assert [r["key"] for r in months["rows"]] == ["2025-03-01/2025-03-31"]
    # sessions are counts of activity, never hidden: the five of March (one cancelled)
    sessions = tables["sessions-by-month"]
    assert [r["key"] for r in sessions["rows"]] == ["2025-03-01/2025-03-31"]
    assert sessions["cells"] == [[4, 1, 0, 5]]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        # off the grid: why, and what to give instead
        (["--from", "2025-01-01", "--to", "2025-11-30"], "par soustraction"),
        (["--from", "2025-03-15", "--to", "2025-04-30"], "--year, --quarter ou --month"),
        # presets mixed with each other or with dates
        (["--year", "2025", "--month", "2025-03"], "Une seule période à la fois"),
        (["--quarter", "2025-Q1", "--from", "2025-01-01", "--to", "2025-03-31"], "Une seule"),
        ([], "Indiquez la période"),
        (["--from", "2025-01-01"], "--from et --to vont ensemble"),
        (["--to", "2025-12-31"], "--from et --to vont ensemble"),
        # presets that are not one
        (["--year", "25"], "Valeur invalide pour --year : 25 (attendu : AAAA)"),
        (["--quarter", "2025-Q5"], "Valeur invalide pour --quarter : 2025-Q5"),
        (["--month", "2025-13"], "Valeur invalide pour --month : 2025-13"),
        (["--month", "March"], "(attendu : AAAA-MM)"),
        (["--year", "1990"], "entre les années 2000 et 2100. Vérifiez --year."),
    ],
)
def test_refused_periods_are_usage_errors(
    setup: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    words: str,
) -> None:
    out = tmp_path / "bilan.json"
    assert _report(setup, out, *args) == EXIT_USAGE
    said = capsys.readouterr().err
    assert said.startswith("vpi-groups: ")
    assert words in said
    assert not out.exists()


def test_the_help_lists_the_presets(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["report", "--help"])
    assert stopped.value.code == EXIT_OK
    said = capsys.readouterr().out
    for option in ("--year", "--quarter", "--month", "--from", "--to"):
        assert option in said
    assert "soustraction" in said

"""The partners' reception tallies (``persons-received``) under attack.

A vault holds one year of the demo programme (its four receiving partners tally every
month) and hand-made tallies that make small counts: a small partner with one to
three persons in a few months, and alone in December; no man in the third quarter
but one of the small partner's; a single "other" gender in May. Reports of 2025 are
exported through the real path, as a user would over the year (the year by quarter,
each quarter, single months, the year by month), with every breakdown, and the
attacker (tests/reports/attack/lp_attacker.py) reads the files together.

The attacker ties no tally to any other count (they are partners' receptions, not
the programme's participants), so its LP splits: the tallies of the files are
attacked on their own here, which keeps this file fast; the demo's whole files, tallies
included, are attacked in test_findings.py. Then files are edited by hand from the
real ones, to show the attacker finds what a faulty file would give away.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.reports.attack.exports import PASSPHRASE, export, summary, unavailable
from tests.reports.attack.lp_attacker import (
    ALL,
    RECEIVED,
    SUPPRESSED,
    Key,
    Violation,
    attack,
    attack_documents,
)
from tests.reports.attack.test_attacker_finds import document, span, table
from vpi_groups.demo import data as demo_data
from vpi_groups.programme import records as programme
from vpi_groups.programme import tallies
from vpi_groups.reports.indicators import PeriodSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Gender, PeriodKind, Sector, TallyContact

YEAR = 2025
TODAY = dt.date(YEAR, 12, 31)  # one year of demo programme; its tallies stop in November
IN_PERSON, INFORMED = TallyContact.RECEIVED, TallyContact.INFORMED
WOMAN, MAN, OTHER, UNSAID = Gender.WOMAN, Gender.MAN, Gender.OTHER, Gender.UNSAID
# the small partner's months: persons by (contact, gender); alone in December
SMALL: dict[int, dict[tallies.TallyCell, int]] = {
    2: {(IN_PERSON, WOMAN): 2},
    3: {(INFORMED, WOMAN): 1},
    6: {(IN_PERSON, WOMAN): 2, (IN_PERSON, UNSAID): 1},
    9: {(INFORMED, MAN): 1},  # the only man of the third quarter
    11: {(IN_PERSON, WOMAN): 1, (INFORMED, WOMAN): 2},
    12: {(IN_PERSON, WOMAN): 2, (INFORMED, WOMAN): 1},
}
MONTHS = (2, 6, 9, 12)  # the single months exported
Q3 = "2025-07-01/2025-09-30"
DECEMBER = "2025-12-01/2025-12-31"
WHOLE_YEAR = "2025-01-01/2025-12-31"
BY_MONTH, BY_PARTNER = f"{RECEIVED}-by-month", f"{RECEIVED}-by-partner"
BY_GENDER = f"{RECEIVED}-by-gender"


@dataclass(frozen=True)
class Series:
    """The exported files, the small partner's id (a row key) and the true counts."""

    folder: Path
    small: str
    truth: Mapping[tuple[str, str, dt.date], int]  # (breakdown, row, month) -> persons

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.json"

    def read(self, name: str) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.path(name).read_bytes())
        return loaded

    def true(self, breakdown: str, row: str, within: str) -> int:
        """The true count of a row over a span."""
        start, end = span(within)
        return sum(
            n
            for (b, r, month), n in self.truth.items()
            if (b, r) == (breakdown, row) and start <= month <= end
        )


def _tallies(vault: vaults.Vault) -> int:
    """Add the hand-made tallies to the demo's; return the small partner's id."""
    with vault.session() as s:
        spec = programme.OrganisationSpec("Point d'accès au droit", Sector.JUSTICE)
        small = programme.create_organisation(s, spec).id
        for month, counts in SMALL.items():
            tallies.record_tally(s, dt.date(YEAR, month, 1), small, counts, today=TODAY)
        # the demo partners' men of the third quarter are counted as women instead
        for line in tallies.tallies(s, dt.date(YEAR, 7, 1), dt.date(YEAR, 9, 30)):
            if line.organisation_id != small:
                counts = dict(line.counts)
                for contact in (IN_PERSON, INFORMED):
                    men = counts.pop((contact, MAN), 0)
                    counts[contact, WOMAN] = counts.get((contact, WOMAN), 0) + men
                tallies.record_tally(s, line.month, line.organisation_id, counts, today=TODAY)
        # one woman received in May by the largest partner said "other"
        may = tallies.tallies(s, dt.date(YEAR, 5, 1), dt.date(YEAR, 5, 31))
        largest = max(may, key=lambda line: line.total)
        counts = dict(largest.counts)
        counts[IN_PERSON, WOMAN] -= 1
        counts[IN_PERSON, OTHER] = 1
        tallies.record_tally(s, largest.month, largest.organisation_id, counts, today=TODAY)
    return small


def _truth(vault: vaults.Vault) -> dict[tuple[str, str, dt.date], int]:
    out: dict[tuple[str, str, dt.date], int] = defaultdict(int)
    with vault.session() as s:
        for line in tallies.tallies(s):
            for (contact, gender), persons in line.counts.items():
                for row in (
                    ("all", "all"),
                    ("partner", str(line.organisation_id)),
                    ("contact", str(contact)),
                    ("gender", str(gender)),
                ):
                    out[(*row, line.month)] += persons
    return dict(out)


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> Series:
    """The demo year with small tallies, and its reports exported over the year."""
    root = tmp_path_factory.mktemp("receptions")
    vault, _recovery = vaults.create(root / "vault", PASSPHRASE, kdf_seconds=0)
    try:
        with vault.session() as s:
            demo_data.populate(s, years=1, seed=7, today=TODAY)
        small = _tallies(vault)
        folder = root / "reports"
        folder.mkdir()
        export(vault, folder / "1-year-by-quarter.json", PeriodSpec.year(YEAR, PeriodKind.QUARTER))
        for quarter in range(1, 5):
            export(vault, folder / f"2-q{quarter}.json", PeriodSpec.quarter(YEAR, quarter))
        for month in MONTHS:
            export(vault, folder / f"3-m{month:02d}.json", PeriodSpec.month(YEAR, month))
        export(vault, folder / "4-year-by-month.json", PeriodSpec.year(YEAR))
        truth = _truth(vault)
    finally:
        vault.lock()
    return Series(folder, str(small), truth)


# ---------------------------------------------------------------- reading and editing files


def _tallies_only(document: Mapping[str, Any]) -> dict[str, Any]:
    """The file with its tally tables only (the attacker's tallies share no fact)."""
    tables = [t for t in document["tables"] if t["indicator"] == RECEIVED]
    return {**document, "tables": tables, "chart": {"bars": []}}


def _attack(series: Series, edited: Mapping[str, dict[str, Any]] | None = None) -> list[Violation]:
    """The tallies of every file of the series together, some files replaced by ``edited``."""
    edited = edited or {}
    names = sorted(p.stem for p in series.folder.glob("*.json"))
    documents = [_tallies_only(edited.get(n) or series.read(n)) for n in names]
    return attack(documents, [f"{n}.json" for n in names])


def _table(document: Mapping[str, Any], table_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(t for t in document["tables"] if t["id"] == table_id)
    return found


def _row(table: Mapping[str, Any], key: str) -> int:
    return [str(r["key"]) for r in table["rows"]].index(key)


def _column(table: Mapping[str, Any], key: str) -> int:
    return [str(c["key"]) for c in table["columns"]].index(key)


def _key(breakdown: str, row: str, within: str) -> Key:
    f = ALL if breakdown == "all" else (breakdown, row)
    start, end = span(within)
    return (RECEIVED, f, (start, end))


def _found(violations: list[Violation], rule: str, key: Key) -> list[Violation]:
    return [v for v in violations if v.rule == rule and v.population == key]


# ---------------------------------------------------------------- the files as exported


def test_the_tallies_of_every_release_give_nothing_away_together(series: Series) -> None:
    paths = sorted(series.folder.glob("*.json"))
    assert len(paths) == 6 + len(MONTHS)
    assert unavailable(paths) == []
    for path in paths:
        ids = {t["id"] for t in json.loads(path.read_bytes())["tables"]}
        assert {BY_MONTH, BY_PARTNER, f"{RECEIVED}-by-contact", BY_GENDER} <= ids, path.name
    # the small counts are there, and hidden: the small partner over the year, the one
    # man of the third quarter, December (the small partner alone)
    year = series.read("1-year-by-quarter")
    partners = _table(year, BY_PARTNER)
    assert SUPPRESSED in partners["cells"][_row(partners, series.small)]
    genders = _table(year, BY_GENDER)
    assert series.true("gender", "man", Q3) == 1
    assert genders["cells"][_row(genders, "man")][_column(genders, Q3)] == SUPPRESSED
    months = _table(series.read("4-year-by-month"), BY_MONTH)
    assert series.true("all", "all", DECEMBER) == 3
    assert months["cells"][_row(months, DECEMBER)] == [SUPPRESSED]
    names = sorted(p.stem for p in paths)
    result = attack_documents([_tallies_only(series.read(n)) for n in names], names)
    assert result.violations == [], summary(result.violations)
    assert result.unknowns > 100


# ---------------------------------------------------------------- faulty files, made by hand


def test_one_hidden_cell_beside_its_published_row_total_is_found(series: Series) -> None:
    """The year by quarter with a partner's row published but for one cell.

    The small partner's third quarter (1 person) is then its year's total less its
    other quarters; a demo partner's hidden quarter is found as exactly (not small).
    """
    year = series.read("1-year-by-quarter")
    partners = _table(year, BY_PARTNER)
    quarters = [str(c["key"]) for c in partners["columns"]]
    big = next(r for r in (str(r["key"]) for r in partners["rows"]) if r != series.small)
    for partner, hidden in ((series.small, Q3), (big, quarters[0])):
        row = _row(partners, partner)
        partners["cells"][row] = [
            SUPPRESSED if q == hidden else series.true("partner", partner, q) for q in quarters
        ]
        partners["row_totals"][row] = series.true("partner", partner, WHOLE_YEAR)
    violations = _attack(series, {"1-year-by-quarter": year})
    small_q3 = _key("partner", series.small, Q3)
    (p1,) = _found(violations, "P1", small_q3)
    assert "exactly 1" in str(p1), summary(violations)
    assert "1-year-by-quarter.json" in str(p1)
    assert _found(violations, "P2", small_q3)
    big_q1 = _key("partner", big, quarters[0])
    assert series.true("partner", big, quarters[0]) >= 5
    assert _found(violations, "P2", big_q1), summary(violations)
    assert not _found(violations, "P1", big_q1)
    assert {v.rule for v in violations} <= {"P1", "P2"}


def _december_given_away(series: Series) -> dict[str, Any]:
    """The year by month with every hidden month but December rewritten to its true value."""
    year = series.read("4-year-by-month")
    months = _table(year, BY_MONTH)
    rewritten = 0
    for number, row in enumerate(months["rows"]):
        month = str(row["key"])
        if month != DECEMBER and months["cells"][number] == [SUPPRESSED]:
            months["cells"][number] = [series.true("all", "all", month)]
            rewritten += 1
    assert rewritten >= 1  # December (3 persons) was hidden with another month
    return year


def test_a_hidden_month_rewritten_to_its_true_value_gives_december_away(series: Series) -> None:
    """December's 3 persons, hidden, are the year's total less the other months.

    The December file hides the man row's zero (P3: all three are women); once a file
    publishes it, the three persons of December are known to be women.
    """
    year = _december_given_away(series)
    violations = _attack(series, {"4-year-by-month": year})
    december = _key("all", "all", DECEMBER)
    (p1,) = _found(violations, "P1", december)
    assert "exactly 3" in str(p1), summary(violations)
    assert "3-m12.json" in str(p1)
    assert "4-year-by-month.json" in str(p1)
    assert _found(violations, "P2", december)
    assert not _found(violations, "P3", december), summary(violations)  # the zero is hidden
    # December's file with its gender zeros all published
    month = series.read("3-m12")
    genders = _table(month, BY_GENDER)
    hidden_zeros = 0
    for number, row in enumerate(genders["rows"]):
        gender = str(row["key"])
        if series.true("gender", gender, DECEMBER) == 0:
            hidden_zeros += genders["cells"][number] == [SUPPRESSED]
            genders["cells"][number] = [0]
    assert hidden_zeros >= 1  # the rule (P3) hid one
    violations = _attack(series, {"4-year-by-month": year, "3-m12": month})
    (p3,) = _found(violations, "P3", december)
    assert "gender=woman" in str(p3), summary(violations)


def test_a_partner_left_out_of_a_month_counted_nobody_then() -> None:
    """Partners a file lists are those that counted somebody in its period.

    B's January is 13 - 10 = 3 (a faulty January file). B is left out of February's and
    March's files: it received nobody then, so its first quarter is 3 as well.
    """
    jan, feb, mar = (f"2025-{m:02d}-01/2025-{m:02d}-{d}" for m, d in ((1, 31), (2, 28), (3, 31)))
    q1 = "2025-01-01/2025-03-31"
    S = SUPPRESSED  # noqa: N806

    def partners(period: str, rows: list[str], cells: list[Any], total: Any) -> dict[str, Any]:
        by_partner = table(RECEIVED, "partner", rows, [period], [[c] for c in cells], None, [total])
        return document(period, "month", 5, [by_partner])

    quarter = partners(q1, ["A", "B"], [S, S], 40)
    january = partners(jan, ["A", "B"], [10, S], 13)
    february, march = partners(feb, ["A"], [S], S), partners(mar, ["A"], [S], S)
    b_q1 = (RECEIVED, ("partner", "B"), span(q1))
    b_jan = (RECEIVED, ("partner", "B"), span(jan))
    alone = attack([quarter, january])
    assert _found(alone, "P1", b_jan)
    assert not _found(alone, "P1", b_q1)  # B may have come back in February or March
    violations = attack([quarter, january, february, march])
    (p1,) = _found(violations, "P1", b_q1)
    assert "exactly 3" in str(p1)

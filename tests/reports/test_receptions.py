"""Reception tallies: recorded a partner's month at a time, reported as protected counts.

The tallies below are known by heart; every expected figure is added up by hand here.

    CIDFF        Jan 2025: received woman 6, man 1;  informed woman 4
                 Feb 2025: received woman 7;         informed woman 3, unsaid 2
                 Apr 2025: received woman 9
    France Vict. Jan 2025: received woman 12;        informed woman 5, man 2
                 Feb 2025: received woman 10, man 3
                 May 2025: informed woman 8
    Police       Mar 2025: received woman 2 (a small count)

Quarter 1: CIDFF 6+1+4 + 7+3+2 = 23; France Victimes 12+5+2 + 10+3 = 32; police 2: 57.
Quarter 2: CIDFF 9; France Victimes 8: 17. Year: 74. Men: Q1 1+2+3 = 6, Q2 0.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Mapping

import openpyxl  # type: ignore[import-untyped]
import pytest

from vpi_groups.programme import records as programme
from vpi_groups.programme import tallies
from vpi_groups.reports import indicators as reports
from vpi_groups.reports.indicators import CellState, PeriodSpec, Table
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Gender, PeriodKind, Sector, TallyContact
from vpi_groups.validation import InvalidValueError, NotFoundError, OutOfRangeError

R, INF = TallyContact.RECEIVED, TallyContact.INFORMED
W, M, U = Gender.WOMAN, Gender.MAN, Gender.UNSAID
TODAY = dt.date(2026, 6, 15)

TALLIES: Mapping[tuple[str, dt.date], Mapping[tallies.TallyCell, int]] = {
    ("CIDFF", dt.date(2025, 1, 1)): {(R, W): 6, (R, M): 1, (INF, W): 4},
    ("CIDFF", dt.date(2025, 2, 1)): {(R, W): 7, (INF, W): 3, (INF, U): 2},
    ("CIDFF", dt.date(2025, 4, 1)): {(R, W): 9},
    ("France Victimes", dt.date(2025, 1, 1)): {(R, W): 12, (INF, W): 5, (INF, M): 2},
    ("France Victimes", dt.date(2025, 2, 1)): {(R, W): 10, (R, M): 3},
    ("France Victimes", dt.date(2025, 5, 1)): {(INF, W): 8},
    ("Police", dt.date(2025, 3, 1)): {(R, W): 2},
}


def _partners(vault: vaults.Vault) -> dict[str, int]:
    with vault.session() as s:
        return {
            name: programme.create_organisation(s, programme.OrganisationSpec(name, sector)).id
            for name, sector in (
                ("CIDFF", Sector.ASSOCIATION),
                ("France Victimes", Sector.ASSOCIATION),
                ("Police", Sector.JUSTICE),
            )
        }


@pytest.fixture
def recorded(vault: vaults.Vault) -> dict[str, int]:
    ids = _partners(vault)
    with vault.session() as s:
        for (name, month), counts in TALLIES.items():
            tallies.record_tally(s, month, ids[name], counts, today=TODAY)
    return ids


def _table(report: reports.Report, table_id: str) -> Table:
    return next(t for t in report.tables if t.id == table_id)


def _row(table: Table, name: str) -> tuple[reports.Cell, ...]:
    return next(
        cells for label, cells in zip(table.rows, table.cells, strict=True) if label.fr == name
    )


# ---------------------------------------------------------------- recording


def test_a_month_is_replaced_whole_and_zeros_are_not_kept(
    vault: vaults.Vault, recorded: dict[str, int]
) -> None:
    cidff = recorded["CIDFF"]
    with vault.session() as s:
        # any day of the month names the month
        line = tallies.record_tally(
            s, dt.date(2025, 1, 20), cidff, {(R, W): 5, (INF, W): 0}, today=TODAY
        )
        assert line.month == dt.date(2025, 1, 1)
        assert dict(line.counts) == {(R, W): 5}
    with vault.session() as s:
        again = tallies.month_tally(s, dt.date(2025, 1, 1), cidff)
        assert dict(again.counts) == {(R, W): 5}  # the man received and the informed are gone
        assert again.total == 5
        # all zeros clear the month
        tallies.record_tally(s, dt.date(2025, 1, 1), cidff, {(R, W): 0}, today=TODAY)
        assert tallies.month_tally(s, dt.date(2025, 1, 1), cidff).counts == {}


def test_the_list_is_latest_month_first_then_partners_in_dictionary_order(
    vault: vaults.Vault, recorded: dict[str, int]
) -> None:
    with vault.session() as s:
        found = tallies.tallies(s, dt.date(2025, 1, 1), dt.date(2025, 2, 28))
        assert [(line.month.month, line.organisation, line.total) for line in found] == [
            (2, "CIDFF", 12),
            (2, "France Victimes", 13),
            (1, "CIDFF", 11),
            (1, "France Victimes", 19),
        ]
        assert tallies.tally_months(s)[:2] == [dt.date(2025, 5, 1), dt.date(2025, 4, 1)]
        assert tallies.delete_tally(s, dt.date(2025, 2, 1), recorded["CIDFF"]) == 12
        assert len(tallies.tallies(s, dt.date(2025, 2, 1), dt.date(2025, 2, 28))) == 1


@pytest.mark.parametrize(
    ("month", "partner", "counts", "error", "reason"),
    [
        (dt.date(2026, 7, 1), "CIDFF", {(R, W): 1}, InvalidValueError, "future-month"),
        (dt.date(2025, 3, 1), "nobody", {(R, W): 1}, NotFoundError, None),
        (dt.date(2025, 3, 1), "CIDFF", {(R, W): 10_000}, OutOfRangeError, None),
        (dt.date(2025, 3, 1), "CIDFF", {(R, W): -1}, OutOfRangeError, None),
    ],
)
def test_what_is_refused_leaves_the_month_as_it_was(
    vault: vaults.Vault,
    recorded: dict[str, int],
    month: dt.date,
    partner: str,
    counts: Mapping[tallies.TallyCell, int],
    error: type[Exception],
    reason: str | None,
) -> None:
    with vault.session() as s, pytest.raises(error) as raised:
        tallies.record_tally(s, month, recorded.get(partner, 999_999), counts, today=TODAY)
    if reason is not None:
        assert reason in str(raised.value)
    with vault.session() as s:
        assert dict(tallies.month_tally(s, dt.date(2025, 1, 1), recorded["CIDFF"]).counts) == {
            (R, W): 6,
            (R, M): 1,
            (INF, W): 4,
        }


def test_the_current_month_may_be_recorded(vault: vaults.Vault, recorded: dict[str, int]) -> None:
    with vault.session() as s:
        line = tallies.record_tally(s, TODAY, recorded["Police"], {(INF, W): 1}, today=TODAY)
        assert line.month == dt.date(2026, 6, 1)


# ---------------------------------------------------------------- in the report


def _year(vault: vaults.Vault, k: int = 3) -> reports.Report:
    spec = PeriodSpec(dt.date(2025, 1, 1), dt.date(2025, 12, 31), by=PeriodKind.QUARTER)
    with vault.session() as s:
        return reports.build_report(s, spec, k=k)


def test_the_report_adds_the_months_by_partner_contact_and_gender(
    vault: vaults.Vault, recorded: dict[str, int]
) -> None:
    report = _year(vault)
    by_partner = _table(report, "persons-received-by-partner")
    assert [label.fr for label in by_partner.rows] == ["CIDFF", "France Victimes", "Police"]
    assert [c.exact for c in _row(by_partner, "CIDFF")] == [23, 9, 0, 0]
    assert [c.exact for c in _row(by_partner, "France Victimes")] == [32, 8, 0, 0]
    assert by_partner.grand_total is not None
    assert by_partner.grand_total.exact == 74
    assert by_partner.column_totals is not None
    assert [c.exact for c in by_partner.column_totals] == [57, 17, 0, 0]
    by_contact = _table(report, "persons-received-by-contact")
    received = 6 + 1 + 7 + 9 + 12 + 10 + 3 + 2
    assert by_contact.row_totals is not None
    assert [c.exact for c in by_contact.row_totals] == [received, 74 - received]
    by_gender = _table(report, "persons-received-by-gender")
    assert [c.exact for c in _row(by_gender, "Homme")] == [6, 0, 0, 0]
    by_month = _table(report, "persons-received-by-month")
    assert [row[0].exact for row in by_month.cells][:6] == [30, 25, 2, 9, 8, 0]
    assert any("deux mois" in note.fr for note in report.notes)


def test_small_counts_are_hidden_and_cannot_be_recovered_from_their_line(
    vault: vaults.Vault, recorded: dict[str, int]
) -> None:
    report = _year(vault, k=3)
    police = _row(_table(report, "persons-received-by-partner"), "Police")
    assert police[0].exact == 2
    assert police[0].state is CellState.SUPPRESSED
    assert police[0].published is None
    # its quarter's total is published: another cell of that column must be hidden too,
    # or 57 - 23 - 32 gives the 2 back
    column = [
        _row(_table(report, "persons-received-by-partner"), n)[0]
        for n in ("CIDFF", "France Victimes")
    ]
    assert any(c.state is not CellState.PUBLISHED for c in column)
    march = _table(report, "persons-received-by-month").cells[2][0]
    assert march.exact == 2
    assert march.state is CellState.SUPPRESSED
    # the released counts go to the ledger with the others
    assert any(c.indicator == "persons-received" and not c.published for c in report.released)


def test_a_period_without_tallies_has_no_tally_table(
    vault: vaults.Vault, recorded: dict[str, int]
) -> None:
    spec = PeriodSpec(dt.date(2024, 1, 1), dt.date(2024, 12, 31), by=PeriodKind.QUARTER)
    with vault.session() as s:
        report = reports.build_report(s, spec, k=3)
    assert not [t for t in report.tables if t.indicator is reports.Indicator.PERSONS_RECEIVED]


def test_every_file_format_carries_the_tallies_and_json_follows_the_schema(
    vault: vaults.Vault, recorded: dict[str, int]
) -> None:
    from tests.reports.test_report_export import _schema, validate
    from vpi_groups.reports import files

    report = _year(vault, k=3)
    document = json.loads(files.to_json(report))
    schema = _schema()
    validate(document, schema, schema)
    by_id = {t["id"]: t for t in document["tables"]}
    partner = by_id["persons-received-by-partner"]
    assert partner["unit"] == "people"
    assert partner["protected"] is True
    police = [r["key"] for r in partner["rows"]].index(str(recorded["Police"]))
    assert partner["cells"][police][0] == "suppressed"  # the 2 never leaves as a number
    csv_text = files.render(report, files.Format.CSV, "fr").decode("utf-8-sig")
    assert "Personnes accueillies ou informées par les partenaires" in csv_text
    book = openpyxl.load_workbook(io.BytesIO(files.render(report, files.Format.XLSX, "fr")))
    assert "Accueillies — partenaire" in book.sheetnames

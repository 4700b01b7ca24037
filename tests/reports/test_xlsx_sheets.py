r"""XLSX sheet names: short, unique, allowed by Excel, readable; the full title in A1.

Excel refuses a sheet name longer than 31 characters or holding one of ``[]:*?/\``,
and two names equal but for case. Names were the first 27 characters of the title
and a number ("Participant·es distinct·es 2"): unreadable. The tests read the files
with openpyxl, as a spreadsheet would.
"""

from __future__ import annotations

import datetime as dt
import io

import openpyxl  # type: ignore[import-untyped]
import pytest

from tests.reports.conftest import Programme
from vpi_groups.reports import files as report_export
from vpi_groups.reports import indicators as reports
from vpi_groups.reports import joint
from vpi_groups.reports.indicators import Breakdown, PeriodSpec, Report
from vpi_groups.storage import vault as vaults

FORBIDDEN = set("[]:*?/\\")
GENERATED = dt.datetime(2026, 1, 15, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def line_rule_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The joint audit is left out: these tests are about the workbook's sheets."""
    monkeypatch.setattr(
        joint, "protect_jointly", lambda *_args, **_kwargs: joint.JointResult(0, 0, 3)
    )


def every_table(vault: vaults.Vault) -> Report:
    """A report with every breakdown: the most tables, the longest titles."""
    with vault.session() as s:
        return reports.build_report(
            s, PeriodSpec.year(2025), breakdowns=list(Breakdown), k=3, now=GENERATED
        )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sheet_names_are_allowed_unique_and_a1_holds_the_full_title(
    vault: vaults.Vault, known: Programme, lang: str
) -> None:
    report = every_table(vault)
    assert len(report.tables) > 25
    book = openpyxl.load_workbook(io.BytesIO(report_export.to_xlsx(report, lang)))
    names = book.sheetnames
    assert len(names) == len(report.tables) + 1  # the summary sheet first
    for name in names:
        assert 0 < len(name) <= 31, name
        assert not FORBIDDEN & set(name), name
        assert not name.startswith("'")
        assert not name.endswith("'")
    assert len({name.casefold() for name in names}) == len(names)
    for sheet, table in zip(book.worksheets[1:], report.tables, strict=True):
        assert sheet["A1"].value == table.title.text(lang), sheet.title
        assert sheet["A1"].font.bold
    # The summary lists every sheet beside its full title.
    summary = book.worksheets[0]
    listed = {
        row[1].value: row[2].value for row in summary.iter_rows() if len(row) > 2 and row[2].value
    }
    assert listed == {
        sheet.title: table.title.text(lang)
        for sheet, table in zip(book.worksheets[1:], report.tables, strict=True)
    }


def test_sheet_names_read_as_what_the_sheet_holds(vault: vaults.Vault, known: Programme) -> None:
    """Short forms a reader recognises, not cut titles with a number."""
    report = every_table(vault)
    book = openpyxl.load_workbook(io.BytesIO(report_export.to_xlsx(report, "fr")))
    by_id = {
        table.id: sheet.title
        for sheet, table in zip(book.worksheets[1:], report.tables, strict=True)
    }
    assert by_id["participants-by-month"] == "Distinct·es — mois"
    assert by_id["participants-by-age-band"] == "Distinct·es — âge"
    assert by_id["participants-by-referral-source"] == "Distinct·es — orientation"
    assert by_id["new-participants-by-age-band"] == "Nouveaux·elles — âge"
    assert by_id["attendances-by-facilitator-sector"] == "Présences — secteur anim."
    assert by_id["average-attendance-by-facilitator-sector"] == "Moy. présences — secteur anim."
    assert by_id["contributions-by-partner-sector"] == "Contributions (€) — secteur"
    assert book.worksheets[0].title == "Bilan d'activité anonymisé"
    english = openpyxl.load_workbook(io.BytesIO(report_export.to_xlsx(report, "en")))
    assert english.worksheets[1 + list(by_id).index("participants-by-age-band")].title == (
        "Distinct — age"
    )


@pytest.mark.parametrize(
    ("words", "taken", "expected"),
    [
        ("Présences — mois", [], "Présences — mois"),
        ("a/b\\c[d]e:f*g?h", [], "a-b-c-d-e-f-g-h"),
        ("'Entre apostrophes'", [], "Entre apostrophes"),
        ("Présences — mois", ["PRÉSENCES — MOIS"], "Présences — mois (2)"),
        ("Présences — mois", ["présences — mois", "Présences — mois (2)"], "Présences — mois (3)"),
        ("History", [], "History (2)"),
        ("x" * 40, [], "x" * 30 + "…"),
        ("x" * 40, ["x" * 30 + "…"], "x" * 26 + "… (2)"),
        ("   ", [], "-"),
    ],
)
def test_safe_sheet_name(words: str, taken: list[str], expected: str) -> None:
    name = report_export.safe_sheet_name(words, taken)
    assert name == expected
    assert len(name) <= 31

"""The organisation's name in the header of every report format, read back independently.

The name was written in the code ("Atelier technique de prévention des violences
intrafamiliales"), the same for every vault. It is now the vault's setting; until it is
set, a neutral programme name stands in. Each file is parsed as its readers would:
the csv module, openpyxl, json, and poppler's pdftotext for the PDF.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from tests.reports.conftest import Programme
from vpi_groups import vault_settings
from vpi_groups.reports import files as report_export
from vpi_groups.reports import indicators as reports
from vpi_groups.reports import joint
from vpi_groups.reports.files import Format
from vpi_groups.reports.indicators import Breakdown, PeriodSpec, Report
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Setting
from vpi_groups.ui.report_pdf import render_pdf

GENERATED = dt.datetime(2026, 1, 15, 9, 30, tzinfo=dt.UTC)
NAME = "Atelier VIF du Val-Fleuri ; CCAS & « Les Tilleuls »"  # ; and quotes: CSV quoting
OLD_FIXED_NAME = "Atelier technique de prévention des violences intrafamiliales"
NEUTRAL = {
    "fr": "Programme de prévention des violences intrafamiliales",
    "en": "Domestic violence prevention programme",
}


@pytest.fixture(autouse=True)
def line_rule_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The joint audit is left out: these tests are about the files' headers."""
    monkeypatch.setattr(
        joint, "protect_jointly", lambda *_args, **_kwargs: joint.JointResult(0, 0, 3)
    )


@pytest.fixture
def named(vault: vaults.Vault) -> Iterator[None]:
    """The shared vault with the organisation's name set, unset again afterwards."""
    with vault.session() as s:
        vault_settings.save_organisation(s, f"  {NAME}  ")
    yield
    with vault.session() as s:
        row = s.get(Setting, vault_settings.ORGANISATION)
        if row is not None:
            s.delete(row)


def build_with_setting(vault: vaults.Vault) -> tuple[Report, str]:
    """The report and the organisation's name, read from the vault as the window does."""
    with vault.session() as s:
        report = reports.build_report(
            s, PeriodSpec.year(2025), breakdowns=[Breakdown.GROUP], k=3, now=GENERATED
        )
        return report, vault_settings.organisation(s)


def pdf_lines(data: bytes, folder: Path) -> list[str]:
    """The PDF's text as poppler reads it, one stripped line each."""
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdftotext is not installed; CI must install poppler-utils")
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    source = folder / "bilan.pdf"
    source.write_bytes(data)
    out = subprocess.run([tool, str(source), "-"], capture_output=True, text=True, check=True)
    return [line.strip() for line in out.stdout.splitlines()]


def headers(report: Report, organisation: str, lang: str, folder: Path) -> dict[str, object]:
    """The second header line of each format, as an independent reader finds it."""
    delimiter = ";" if lang == "fr" else ","
    data = report_export.render(report, Format.CSV, lang, organisation=organisation)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))
    data = report_export.render(report, Format.XLSX, lang, organisation=organisation)
    book = openpyxl.load_workbook(io.BytesIO(data))
    data = report_export.render(report, Format.JSON, lang, organisation=organisation)
    document = json.loads(data)
    lines = pdf_lines(render_pdf(report, lang, organisation=organisation), folder)
    return {
        "csv": rows[1],
        "xlsx": {sheet["A2"].value for sheet in book.worksheets},
        "json": document["organisation"],
        "pdf": lines[lines.index(rows[0][0]) + 1],  # the line under the title
    }


@pytest.mark.usefixtures("named")
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_name_set_is_in_every_format(
    vault: vaults.Vault, known: Programme, lang: str, tmp_path: Path
) -> None:
    report, organisation = build_with_setting(vault)
    assert organisation == NAME  # trimmed when saved
    found = headers(report, organisation, lang, tmp_path)
    assert found == {
        "csv": [NAME],
        "xlsx": {NAME},  # the summary sheet and every table's sheet
        "json": {"fr": NAME, "en": NAME},
        "pdf": NAME,
    }


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_unset_a_neutral_programme_name_and_never_the_old_fixed_one(
    vault: vaults.Vault, known: Programme, lang: str, tmp_path: Path
) -> None:
    report, organisation = build_with_setting(vault)
    assert organisation == ""
    found = headers(report, organisation, lang, tmp_path)
    assert found == {
        "csv": [NEUTRAL[lang]],
        "xlsx": {NEUTRAL[lang]},
        "json": NEUTRAL,
        "pdf": NEUTRAL[lang],
    }
    for fmt in (Format.CSV, Format.JSON):
        assert OLD_FIXED_NAME.encode() not in report_export.render(report, fmt, lang)

"""CSV, XLSX and JSON writers, the documented JSON schema, and saving with an audit entry."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from tests.reports.conftest import Programme
from vpi_groups.reports import files as report_export
from vpi_groups.reports import indicators as reports
from vpi_groups.reports import joint, ledger
from vpi_groups.reports.files import Format
from vpi_groups.reports.indicators import Breakdown, CellState, PeriodSpec, Report
from vpi_groups.storage import audit
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.errors import WriteFailedError
from vpi_groups.storage.models import AuditKind

ROOT = Path(__file__).resolve().parents[2]
GENERATED = dt.datetime(2026, 1, 15, 9, 30, tzinfo=dt.UTC)  # 10:30 in Paris


@pytest.fixture(autouse=True)
def line_rule_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the writers: the joint audit is left out here.

    On this five-person programme it hides most counts (tests/reports/attack and
    tests/reports/test_joint.py test it); the writers are checked on the numbers the
    line-by-line rule leaves, which are the ones written out below.
    """
    monkeypatch.setattr(
        joint, "protect_jointly", lambda *_args, **_kwargs: joint.JointResult(0, 0, 3)
    )


def build(vault: vaults.Vault, k: int = 3, spec: PeriodSpec | None = None) -> Report:
    with vault.session() as s:
        return reports.build_report(
            s,
            spec or PeriodSpec.year(2025),
            breakdowns=[Breakdown.GROUP, Breakdown.REFERRAL_SOURCE],
            k=k,
            now=GENERATED,
        )


def csv_blocks(data: bytes, delimiter: str) -> dict[str, list[list[str]]]:
    """The tables of a CSV export by title: the lines after a title, up to a blank line."""
    text = data.decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    blocks: dict[str, list[list[str]]] = {}
    for index, line in enumerate(lines):
        if index and lines[index - 1] == [] and len(line) == 1:
            body = []
            for following in lines[index + 1 :]:
                if following == []:
                    break
                body.append(following)
            blocks[line[0]] = body
    return blocks


# ---------------------------------------------------------------- CSV


def test_csv_for_french_spreadsheets(vault: vaults.Vault, known: Programme) -> None:
    data = report_export.to_csv(build(vault), "fr")
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    assert "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")
    assert lines[0] == "Bilan d'activité anonymisé"
    assert "Période;du 01/01/2025 au 31/12/2025" in lines
    assert "Seuil de diffusion;k = 3" in lines
    assert "Édité le;15/01/2026 10:30" in lines
    blocks = csv_blocks(data, ";")
    months = blocks["Présences, par mois"]
    assert months[0] == ["", "Période entière"]
    assert ["mars 2025", "10"] in months
    assert ["avril 2025", "19"] in months
    assert months[-1] == ["Ensemble", "29"]
    averages = blocks["Moyenne de présences par séance réalisée, par mois"]
    assert ["mars 2025", "2,5"] in averages
    assert ["janvier 2025", "–"] in averages
    money = blocks["Contributions financières des partenaires (euros), par secteur du partenaire"]
    assert ["Social", "1500,50"] in money
    people = blocks["Participant·es distinct·es, par mois"]
    assert ["avril 2025", "s"] in people  # one person: hidden (k = 3)


def test_csv_in_english(vault: vaults.Vault, known: Programme) -> None:
    data = report_export.to_csv(build(vault), "en")
    text = data.decode("utf-8-sig")
    assert "Period,from 2025-01-01 to 2025-12-31" in text.split("\r\n")
    blocks = csv_blocks(data, ",")
    averages = blocks["Average attendance per held session, by month"]
    assert ["March 2025", "2.5"] in averages


def test_every_published_cell_is_in_the_csv(vault: vaults.Vault, known: Programme) -> None:
    report = build(vault, k=5)
    blocks = csv_blocks(report_export.to_csv(report, "fr"), ";")
    for table in report.tables:
        body = blocks[table.title.fr]
        for row, cells in zip(body[1:], table.cells, strict=False):
            for shown, c in zip(row[1:], cells, strict=False):
                assert shown == report_export.cell_text(c, table.unit, "fr")
                if c.state is CellState.SUPPRESSED:
                    assert shown == "s"


# ---------------------------------------------------------------- XLSX


def test_xlsx_one_sheet_per_table_with_a_header(vault: vaults.Vault, known: Programme) -> None:
    report = build(vault)
    book = openpyxl.load_workbook(io.BytesIO(report_export.to_xlsx(report, "fr")))
    names = report_export.sheet_names(report, "fr")
    assert book.sheetnames == ["Bilan d'activité anonymisé", *names]
    assert all(len(n) <= 31 for n in names)
    assert len({n.lower() for n in names}) == len(names)
    for name, table in zip(names, report.tables, strict=True):
        sheet = book[name]
        assert sheet["A3"].value == "Période"
        assert sheet["B3"].value == "du 01/01/2025 au 31/12/2025"
        assert sheet["B5"].value == "k = 3"
        assert sheet["B6"].value == "15/01/2026 10:30"
        titles = [c.value for c in sheet["A"]]
        assert table.title.fr in titles
    months = book[names[[t.id for t in report.tables].index("attendances-by-month")]]
    values = {row[0].value: row[1].value for row in months.iter_rows() if row[0].value and row[1:]}
    assert values["mars 2025"] == 10
    assert values["Ensemble"] == 29
    people = book[names[[t.id for t in report.tables].index("participants-by-month")]]
    shown = {row[0].value: row[1].value for row in people.iter_rows() if row[1:]}
    assert shown["avril 2025"] == "s"
    money = book[names[[t.id for t in report.tables].index("contributions-by-partner-sector")]]
    amounts = {row[0].value: row[1] for row in money.iter_rows() if row[1:]}
    assert amounts["Social"].value == 1500.5
    assert amounts["Social"].number_format == "#,##0.00"


# ---------------------------------------------------------------- JSON and its documented schema


def _schema() -> dict[str, object]:
    document = (ROOT / "docs" / "report-format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", document, flags=re.DOTALL)
    assert len(blocks) == 1, "the document holds one JSON Schema"
    schema: dict[str, object] = json.loads(blocks[0])
    return schema


_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def validate(
    value: object, schema: dict[str, object], root: dict[str, object], at: str = "$"
) -> None:
    """A small JSON Schema validator: the keywords docs/report-format.md uses, no more."""
    known = {"$schema", "$defs", "$ref", "type", "const", "enum", "properties", "required",
             "additionalProperties", "items", "anyOf", "minimum", "maximum"}  # fmt: skip
    assert set(schema) <= known, f"unsupported keywords {set(schema) - known}"
    if "$ref" in schema:
        ref = str(schema["$ref"])
        assert ref.startswith("#/$defs/")
        defs = root["$defs"]
        assert isinstance(defs, dict)
        validate(value, defs[ref.removeprefix("#/$defs/")], root, at)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        assert any(_TYPES[str(t)](value) for t in types), f"{at}: {value!r} is not {types}"
    if "const" in schema:
        assert value == schema["const"], f"{at}: {value!r} != {schema['const']!r}"
    if "enum" in schema:
        assert value in schema["enum"], f"{at}: {value!r} not in {schema['enum']}"  # type: ignore[operator]
    if "minimum" in schema and _TYPES["number"](value):
        assert value >= schema["minimum"], at  # type: ignore[operator]
    if "maximum" in schema and _TYPES["number"](value):
        assert value <= schema["maximum"], at  # type: ignore[operator]
    if "anyOf" in schema:
        errors = []
        for option in schema["anyOf"]:  # type: ignore[attr-defined]
            try:
                validate(value, option, root, at)
            except AssertionError as exc:
                errors.append(str(exc))
            else:
                break
        else:
            raise AssertionError(f"{at}: no option fits: {errors}")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        assert isinstance(properties, dict)
        for name in schema.get("required", []):  # type: ignore[attr-defined]
            assert name in value, f"{at}: {name} missing"
        if schema.get("additionalProperties") is False:
            extra = set(value) - set(properties)
            assert not extra, f"{at}: unexpected {extra}"
        for name, item in value.items():
            if name in properties:
                validate(item, properties[name], root, f"{at}.{name}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            validate(item, schema["items"], root, f"{at}[{index}]")  # type: ignore[arg-type]


def test_json_export_follows_the_documented_schema(vault: vaults.Vault, known: Programme) -> None:
    report = build(vault, k=5, spec=PeriodSpec.quarter(2025, 2))
    document = json.loads(report_export.to_json(report))
    schema = _schema()
    validate(document, schema, schema)
    for table in document["tables"]:
        width = len(table["columns"])
        assert all(len(row) == width for row in table["cells"])
        assert len(table["cells"]) == len(table["rows"])
        if table["row_totals"] is not None:
            assert len(table["row_totals"]) == len(table["rows"])
        if table["column_totals"] is not None:
            assert len(table["column_totals"]) == width
    by_id = {t["id"]: t for t in document["tables"]}
    months = by_id["attendances-by-month"]
    assert [r["key"] for r in months["rows"]] == [
        "2025-04-01/2025-04-30",
        "2025-05-01/2025-05-31",
        "2025-06-01/2025-06-30",
    ]
    assert months["cells"] == [[19], [0], [0]]
    assert by_id["participants-by-month"]["cells"][0] == ["suppressed"]
    assert by_id["contributions-by-partner-sector"]["cells"][1] == [1500.5]
    assert document["disclosure"]["k"] == 5
    assert document["period"] == {
        "start": "2025-04-01",
        "end": "2025-06-30",
        "by": "month",
        "calendar": "quarter",
    }
    assert document["generated_at"] == "2026-01-15T09:30:00+00:00"
    several = json.loads(
        report_export.to_json(build(vault, spec=PeriodSpec.whole_years(2024, 2025)))
    )
    validate(several, schema, schema)
    assert several["period"]["calendar"] is None  # a run of whole years


def test_the_schema_checker_catches_a_wrong_document(vault: vaults.Vault, known: Programme) -> None:
    document = json.loads(report_export.to_json(build(vault)))
    schema = _schema()
    document["tables"][0]["cells"][0][0] = "secret"
    with pytest.raises(AssertionError, match="no option fits"):
        validate(document, schema, schema)
    del document["tables"][0]["cells"]
    with pytest.raises(AssertionError, match="cells missing"):
        validate(document, schema, schema)


# ---------------------------------------------------------------- saving


def test_save_writes_the_file_and_records_counts_only(
    vault: vaults.Vault, known: Programme, tmp_path: Path
) -> None:
    report = build(vault, k=5)
    data = report_export.render(report, Format.CSV)
    target = tmp_path / "bilan.csv"
    with vault.session() as s:
        report_export.save(s, report, Format.CSV, data, target)
    assert target.read_bytes() == data
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    with vault.session() as s:
        entries = [e for e in audit.entries(s) if e.kind is AuditKind.EXPORT_REPORT]
    assert len(entries) == 1
    counts = dict(entries[0].counts)
    assert counts["format_csv"] == 1
    assert counts["k"] == 5
    assert counts["bytes"] == len(data)
    assert counts["tables"] == len(report.tables)
    assert counts["period_start"] == 20250101
    assert counts["cells_suppressed"] > 0
    assert all(isinstance(v, int) for v in counts.values())
    with vault.session() as s:
        (release,) = ledger.listing(s)
    assert release.file_name == "bilan.csv"
    assert release.sha256 == hashlib.sha256(data).hexdigest()
    assert (release.period, release.k) == ((dt.date(2025, 1, 1), dt.date(2025, 12, 31)), 5)
    assert release.published + release.hidden == len(report.released)


def test_a_failed_write_records_nothing(
    vault: vaults.Vault, known: Programme, tmp_path: Path
) -> None:
    report = build(vault)
    missing = tmp_path / "no-such-folder" / "bilan.json"
    data = report_export.to_json(report)
    with pytest.raises(WriteFailedError, match="ENOENT"), vault.session() as s:
        report_export.save(s, report, Format.JSON, data, missing)
    with vault.session() as s:
        assert [e for e in audit.entries(s) if e.kind is AuditKind.EXPORT_REPORT] == []
        assert ledger.listing(s) == []  # nothing left the machine, nothing is recorded


def test_render_leaves_the_pdf_to_the_ui(vault: vaults.Vault, known: Programme) -> None:
    with pytest.raises(ValueError, match="PDF"):
        report_export.render(build(vault), Format.PDF)


def test_numbers_in_words() -> None:
    unit = reports.Unit
    assert report_export.format_number(Decimal("1234.5"), unit.EUROS, "fr") == "1234,50"
    assert report_export.format_number(Decimal("2.25"), unit.AVERAGE, "en") == "2.2"
    assert report_export.format_number(12, unit.PEOPLE, "fr") == "12"
